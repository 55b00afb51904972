"""The `kamervragen-reader` command: subcommands for the command line, otherwise the window.

    kamervragen-reader [FILE...]                      open the application (with these files)
    kamervragen-reader parse --jsonl FILE...          the JSON export, one line per file
    kamervragen-reader parse --json FILE              one document, pretty-printed
    kamervragen-reader import PATH... [--library F]   add files and folders to the library
    kamervragen-reader search QUERY [filters]         search the library
    kamervragen-reader info ID                        one document's record
    kamervragen-reader export FILE --pdf OUT.pdf      print the aligned view to PDF (or --html)

Subcommands are imported lazily, so `parse` never loads Qt widgets and starts fast.
"""

from __future__ import annotations

import importlib
import sys

SUBCOMMANDS: dict[str, str] = {
    "parse": "reader.core.cli_parse:main",
    "import": "reader.library.cli:main_import",
    "search": "reader.library.cli:main_search",
    "info": "reader.library.cli:main_info",
    "export": "reader.printing.cli:main_export",
}
GUI = "reader.gui.app:main"


def _load(target: str):
    module, _, func = target.partition(":")
    return getattr(importlib.import_module(module), func)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        return int(_load(SUBCOMMANDS[args[0]])(args[1:]) or 0)
    return int(_load(GUI)(args) or 0)
