"""`kamervragen-reader stats`: answer times per ministry, party, member, vergaderjaar or month.

    kamervragen-reader stats [--by ministry|party|member|year|month] [QUERY...] [filters as for search]
                             [--json | --csv] [--library FILE]

The figures and what they count are stats.py's; the filters are the search's. Opens the library read-only.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from reader.core.i18n import tr
from reader.library.cli import add_filter_options, add_library_option, query_from, read_library
from reader.library.stats import BYS, Group, Stats


def configure(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("query", nargs="*", metavar="QUERY")
    ap.add_argument("--by", "--per", default="ministry", help=tr("help_stats_by", bys=", ".join(BYS)))
    add_filter_options(ap)
    form = ap.add_mutually_exclusive_group()
    form.add_argument("--json", action="store_true", help=tr("help_json"))
    form.add_argument("--csv", action="store_true", help=tr("help_stats_csv"))
    add_library_option(ap)


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    stats, code = read_library(args.library, err, lambda lib: lib.stats(args.by, query_from(args)))
    if stats is None:
        return code
    if args.json:
        out.write(json.dumps(stats.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif args.csv:
        out.write(stats.to_csv())
    else:
        print_table(stats, out)
    return 0


def _share(value: float | None) -> str:
    return "–" if value is None else f"{round(100 * value)}%"


def _days(value: float | None) -> str:
    if value is None:
        return "–"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def _cells(g: Group, name: str) -> list[str]:
    return [name, str(g.answered), _days(g.median_days), _days(g.p90_days), _share(g.within_3_weeks),
            str(g.postponed), str(g.open), str(g.overdue)]  # fmt: skip


def print_table(stats: Stats, out: TextIO) -> None:
    """The figures as a plain table, a line per group and one for all sets."""
    heads = [tr(f"stats_by_{stats.by}"), tr("stats_answered"), tr("stats_median"), tr("stats_p90"),
             tr("stats_within"), tr("stats_postponed"), tr("stats_open"), tr("stats_overdue")]  # fmt: skip
    rows = [_cells(g, (g.name or tr("stats_unknown"))[:48]) for g in stats.groups]
    total = _cells(stats.total, tr("stats_total"))
    widths = [max(len(r[i]) for r in (heads, total, *rows)) for i in range(len(heads))]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(cells))

    print(tr("stats_heading", sets=stats.total.sets, groups=len(stats.groups)), file=out)
    print(line(heads), file=out)
    for r in rows:
        print(line(r), file=out)
    print(line(total), file=out)
    print(tr("stats_note"), file=out)
