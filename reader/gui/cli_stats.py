"""`kamervragen-reader stats … --chart PNG`: the library's stats command (reader.library.cli_stats) and, with
`--chart`, the chart of the chosen grouping as a PNG — the chart the overview window draws (stats_charts.py):
answer times per ministry, party, member or vergaderjaar as boxes, per month as the trend.

    kamervragen-reader stats [--by …] [filters] [--json | --csv] [--chart PNG [--chart-size WxH] [--force]]

The command lives in the library layer; only the chart needs Qt, so this module (of the window's layer, which
may use the library's) adds the options and hands everything else to it. No Qt is imported here: without
`--chart` the command stays Qt-free; with it, a QApplication is made on the offscreen platform. The figures are
printed as without `--chart` (stdout); the line that says the PNG was written goes to stderr, so `--json` and
`--csv` output stays clean. The PNG is written whole or not at all, and an existing file only with `--force`.
"""

from __future__ import annotations

import argparse
import os
from typing import TextIO

from reader.core.i18n import language, tr
from reader.gui.cli import parse_size
from reader.library import cli_stats as library_stats

DEFAULT_SIZE = (1200, 750)  # stats_charts.CHART_SIZE (not imported: it needs Qt)


def configure(ap: argparse.ArgumentParser) -> None:
    library_stats.configure(ap)
    ap.add_argument("--chart", metavar="PNG", help=tr("help_stats_chart"))
    ap.add_argument(
        "--chart-size", type=parse_size, default=DEFAULT_SIZE, metavar="WxH", help=tr("help_stats_chart_size")
    )
    ap.add_argument("--force", action="store_true", help=tr("help_force"))


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if not args.chart:
        return library_stats.run(args, out, err)
    from reader.printing.errors import ExportError
    from reader.printing.files import check_target

    try:
        check_target(args.chart, args.force)  # refused before the work, not after it
    except ExportError as exc:
        print(str(exc), file=err)
        return 1
    code = library_stats.run(args, out, err)
    if code != 0:
        return code
    return write_chart(args, err)


def write_chart(args: argparse.Namespace, err: TextIO) -> int:
    """Read the figures again (the library's command has closed its library) and write their chart."""
    from reader.library.cli import _open, query_from
    from reader.library.errors import LibraryError, QueryError

    try:
        lib = _open(args.library, err, read_only=True)
        try:
            stats = lib.stats(args.by, query_from(args))
        finally:
            lib.close()
    except (LibraryError, QueryError) as exc:
        print(str(exc), file=err)
        return 1
    _application()
    from PySide6.QtCore import QSize

    from reader.gui.stats_charts import chart_for, render_image
    from reader.printing.errors import ExportError
    from reader.printing.files import atomic_output

    width, height = args.chart_size
    chart = chart_for(stats)
    image = render_image(chart, QSize(width, height))
    try:
        with atomic_output(args.chart, args.force) as tmp:
            if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]  # (the stub says bytes; PySide6 takes str)
                raise ExportError("cannot_write", path=args.chart, reason="PNG")
    except ExportError as exc:
        print(str(exc), file=err)
        return 1
    print(tr("stats_chart_written", path=args.chart, width=width, height=height), file=err)
    return 0


def _application() -> None:
    """A QApplication on the offscreen platform (Qt Charts needs widgets), in the command line's language."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication(["kamervragen-reader"])
        from reader.gui.app import quiet_offscreen_warnings

        quiet_offscreen_warnings()
        from reader.gui.i18n import Translations

        translations = Translations()
        translations.install(language(), app)
        app._translations = translations  # type: ignore[attr-defined]  # kept alive with the application
