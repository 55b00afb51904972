"""`kamervragen-reader parse`: the parser's JSON export on the command line."""

from __future__ import annotations

import argparse
import json
import sys

from reader.core.errors import ParseError
from reader.core.export import export_dict
from reader.core.messages import language, message
from reader.core.parse import parse_file


def main(argv: list[str]) -> int:
    en = language() == "en"
    ap = argparse.ArgumentParser(
        prog="kamervragen-reader parse",
        description="Parse Kamervragen documents (PDF, XML, HTML, text) and print them as JSON."
        if en
        else "Kamervragen-documenten (PDF, XML, HTML, tekst) inlezen en als JSON afdrukken.",
    )
    fmt = ap.add_mutually_exclusive_group()
    fmt.add_argument("--jsonl", action="store_true", help="one JSON object per line, one line per file (default)" if en
                     else "één JSON-object per regel, een regel per bestand (standaard)")
    fmt.add_argument("--json", action="store_true", help="pretty-printed JSON" if en else "leesbaar opgemaakte JSON")
    ap.add_argument("files", nargs="+", metavar="FILE")
    args = ap.parse_args(argv)

    failed = False
    out = sys.stdout
    for path in args.files:
        try:
            obj = export_dict(parse_file(path), path)
        except ParseError as exc:
            obj = {"source": path, "error": str(exc)}
            print(str(exc), file=sys.stderr)
            failed = True
        except Exception as exc:  # a bug of ours: still one line for this file, and the others go on
            text = message("internal", path=path, reason=f"{type(exc).__name__}: {exc}")
            obj = {"source": path, "error": text}
            print(text, file=sys.stderr)
            failed = True
        out.write(json.dumps(obj, ensure_ascii=False, indent=2 if args.json else None) + "\n")
        out.flush()
    return 1 if failed else 0
