"""`kamervragen-reader export`: the aligned print to PDF, or the aligned view as an HTML page.

    kamervragen-reader export FILE --pdf OUT.pdf [--pairs 1-3,5] [--no-footnotes] [--paper A4|Letter]
                                   [--landscape] [--columns both|questions|answers] [--whole-pairs]
                                   [--html OUT.html] [--force]

FILE is any document `parse_file` reads, or the id of a document in the library (read only). The options
are the defaults unless given: the command line does not use what the print dialog remembered, so a script
gives the same PDF on every machine. Exit status: 0 written, 1 an error (message on stderr, in Dutch or with
LANG=C in English), 2 a usage error. Existing files are kept unless --force; a failed export leaves no file.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import TextIO

from reader.core.command_line import standalone
from reader.core.errors import ParseError
from reader.core.i18n import tr, trn
from reader.core.model import Document
from reader.core.parse import parse_file
from reader.printing.errors import ExportError
from reader.printing.options import PAPER_SIZES, Columns, PairSpecError, PrintOptions, Scope, parse_pair_spec

_ID = re.compile(r"^(?:ah|kv|kst|h)-[a-z0-9-]+$", re.I)


def _paper(value: str) -> str:
    for p in PAPER_SIZES:
        if p.lower() == value.lower():
            return p
    raise argparse.ArgumentTypeError(tr("bad_paper", value=value, choices=", ".join(PAPER_SIZES)))


def _columns(value: str) -> Columns:
    try:
        return Columns(value.lower())
    except ValueError:
        choices = ", ".join(c.value for c in Columns)
        raise argparse.ArgumentTypeError(tr("bad_columns", value=value, choices=choices)) from None


def configure_export(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("file", metavar="FILE", nargs="?", help=tr("help_file"))
    ap.add_argument("--pdf", metavar="OUT.pdf", help=tr("help_pdf"))
    ap.add_argument("--html", metavar="OUT.html", help=tr("help_html"))
    ap.add_argument("--pairs", metavar="1-3,5", help=tr("help_pairs"))
    ap.add_argument("--no-footnotes", action="store_true", help=tr("help_no_footnotes"))
    ap.add_argument("--paper", type=_paper, default="A4", metavar="|".join(PAPER_SIZES), help=tr("help_paper"))
    ap.add_argument("--landscape", action="store_true", help=tr("help_landscape"))
    ap.add_argument(
        "--columns", type=_columns, default=Columns.BOTH, metavar="both|questions|answers", help=tr("help_columns")
    )
    ap.add_argument("--whole-pairs", action="store_true", help=tr("help_whole_pairs"))
    ap.add_argument("--force", action="store_true", help=tr("help_force"))


def load_document(arg: str) -> Document:
    """The file at `arg`; when there is none and `arg` looks like an id, that document from the library."""
    path = Path(arg)
    if not path.exists() and _ID.match(arg):
        doc = _from_library(arg)
        if doc is not None:
            return doc
        raise ExportError("export_not_in_library", path=arg)
    return parse_file(path)


def _from_library(doc_id: str) -> Document | None:
    from reader.library import Library, LibraryError, default_path

    if not default_path().exists():  # never create a library just to look something up
        return None
    try:
        with Library(read_only=True) as lib:
            return lib.document(doc_id)
    except LibraryError:
        return None


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def main_export(argv: list[str]) -> int:
    return standalone("kamervragen-reader export", tr("help_description"), configure_export, run_export, argv)


def run_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if not args.file:
        print(tr("no_input"), file=err)
        return 2
    if not args.pdf and not args.html:
        print(tr("no_output"), file=err)
        return 2
    outputs = [Path(p) for p in (args.pdf, args.html) if p]
    try:
        for target in outputs:
            if _same_file(target, Path(args.file)):
                raise ExportError("same_as_input", path=str(target))
            if target.exists() and not args.force:  # refuse before the work, not after it
                raise ExportError("exists", path=str(target))
        doc = load_document(args.file)
        count = len(doc.pairs())
        if count == 0:
            raise ExportError("no_pairs", path=args.file)
        options = PrintOptions(
            columns=args.columns,
            footnotes=not args.no_footnotes,
            paper=args.paper,
            landscape=args.landscape,
            whole_pairs=args.whole_pairs,
        )
        if args.pairs is not None:
            options = replace(options, scope=Scope.SELECTED, pairs=tuple(parse_pair_spec(args.pairs, count)))
        if args.pdf:
            from reader.printing.renderer import export_pdf

            page_map = export_pdf(doc, args.pdf, options, overwrite=args.force)
            print(trn("{path} geschreven ({n} pagina's)", page_map.page_count, path=args.pdf), file=out)
        if args.html:
            from reader.printing.html_export import export_html

            export_html(doc, args.html, options, overwrite=args.force)
            print(tr("written_html", path=args.html), file=out)
    except (ParseError, ExportError, PairSpecError) as exc:
        print(str(exc), file=err)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main_export(sys.argv[1:]))
