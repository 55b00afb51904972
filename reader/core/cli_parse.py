"""`kamervragen-reader parse`: the parser's JSON export on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from reader.core.command_line import standalone
from reader.core.errors import ParseError
from reader.core.export import export_dict
from reader.core.i18n import tr
from reader.core.parse import parse_file


def configure(ap: argparse.ArgumentParser) -> None:
    fmt = ap.add_mutually_exclusive_group()
    fmt.add_argument("--jsonl", action="store_true", help=tr("help_parse_jsonl"))
    fmt.add_argument("--json", action="store_true", help=tr("help_parse_json"))
    ap.add_argument("files", nargs="+", metavar="FILE")


def run(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    failed = False
    for path in args.files:
        try:
            obj = export_dict(parse_file(path), path)
        except ParseError as exc:
            obj = {"source": path, "error": str(exc)}
            print(str(exc), file=err)
            failed = True
        except Exception as exc:  # a bug of ours: still one line for this file, and the others go on
            text = tr("internal", path=path, reason=f"{type(exc).__name__}: {exc}")
            obj = {"source": path, "error": text}
            print(text, file=err)
            failed = True
        out.write(json.dumps(obj, ensure_ascii=False, indent=2 if args.json else None) + "\n")
        out.flush()
    return 1 if failed else 0


def main(argv: list[str]) -> int:
    return standalone("kamervragen-reader parse", tr("cmd_parse"), configure, run, argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
