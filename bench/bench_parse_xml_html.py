"""How many official XML and HTML documents the parsers read per second, on one core.

    .venv/bin/python bench/bench_parse_xml_html.py [--seconds 3]

Reads the XML fixtures and the corpus fragments (`$KAMERVRAGEN_CORPUS`, as for the tests), and the HTML
fixtures, into memory first, then parses them through `parse_bytes` (format detection included) in turns
until the time is up. The goal of the issue is at least 500 XML documents per second.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.parse import parse_bytes  # noqa: E402

CORPUS = Path(os.environ.get("KAMERVRAGEN_CORPUS", ROOT.parent / "shared" / "corpus"))
GOAL = 500


def load(paths: list[Path]) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in paths]


def rate(docs: list[tuple[str, bytes]], seconds: float) -> tuple[float, int, float]:
    """(documents per second, documents parsed, megabytes per second)."""
    for name, data in docs:  # warm up: imports, regex compilation
        parse_bytes(data, name)
    count = size = 0
    start = time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        for name, data in docs:
            parse_bytes(data, name)
            count += 1
            size += len(data)
    return count / elapsed, count, size / elapsed / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    args = ap.parse_args()
    fixtures = ROOT / "tests" / "fixtures"
    sets = {
        "XML fixtures": load(sorted((fixtures / "xml").glob("*.xml"))),
        "XML corpus fragments": load(sorted((CORPUS / "xml").glob("*.xml"))),
        "HTML fixtures": load(sorted((fixtures / "html").glob("*.html"))),
    }
    sets["XML all"] = sets["XML fixtures"] + sets["XML corpus fragments"]
    ok = True
    for label, docs in sets.items():
        if not docs:
            print(f"{label:22} (none found)")
            continue
        per_s, count, mb_s = rate(docs, args.seconds)
        kb = sum(len(d) for _, d in docs) / len(docs) / 1024
        print(f"{label:22} {len(docs):2} files, {kb:5.1f} KB avg: {per_s:7.0f} docs/s ({mb_s:5.1f} MB/s, n={count})")
        if label.startswith("XML") and per_s < GOAL:
            ok = False
    print(f"goal: >= {GOAL} XML docs/s on one core: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
