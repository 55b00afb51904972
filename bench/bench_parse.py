"""Parsing speed, as ratios to baselines measured in the same run (these machines are noisy).

1. PDF: the whole parse of each corpus PDF (QtPdf text + structuring) against `pdftotext` extracting the
   same PDF's text. Both as a process per file (what a user runs) and, for our parser, in-process too.
   Goal: at most 1.5x pdftotext.
2. Copied text and XML: documents per second on one core (goal: 500 or more).

Usage: python bench/bench_parse.py [--corpus DIR] [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reader.core.parse import parse_bytes  # noqa: E402

_WORD = re.compile(r"\w+")


def timed(fn: Callable[[], object], rounds: int) -> float:
    """Median seconds of `rounds` calls."""
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    pdfs = sorted((args.corpus / "pdf").glob("*.pdf"))
    texts = sorted((args.corpus / "txt").glob("*.txt")) + sorted((args.corpus / "txt").glob("*.md"))
    xmls = sorted((args.corpus / "xml").glob("*.xml")) + sorted((ROOT / "tests" / "fixtures" / "xml").glob("*.xml"))
    if not pdfs or not shutil.which("pdftotext"):
        print("needs the corpus PDFs and pdftotext (poppler-utils)")
        return 2

    datas = [p.read_bytes() for p in pdfs]
    for d in datas:  # warm up: QtPdf, imports
        parse_bytes(d)
    ours_inproc = timed(lambda: [parse_bytes(d) for d in datas], args.rounds)

    def pdftotext_each() -> None:
        for p in pdfs:
            subprocess.run(["pdftotext", str(p), "-"], capture_output=True, check=True)

    def ours_each() -> None:
        for p in pdfs:
            subprocess.run(
                [sys.executable, "-m", "reader", "parse", "--jsonl", str(p)], capture_output=True, check=True, cwd=ROOT
            )

    def ours_batch() -> None:
        subprocess.run(
            [sys.executable, "-m", "reader", "parse", "--jsonl", *map(str, pdfs)],
            capture_output=True,
            check=True,
            cwd=ROOT,
        )

    base = timed(pdftotext_each, args.rounds)
    each = timed(ours_each, max(1, args.rounds // 2))
    batch = timed(ours_batch, args.rounds)
    n = len(pdfs)
    print(f"PDF ({n} files): pdftotext {1000 * base / n:.1f} ms/file (a process each)")
    print(f"  ours in-process            {1000 * ours_inproc / n:.1f} ms/file  ratio {ours_inproc / base:.2f}x")
    print(f"  ours, one process, all     {1000 * batch / n:.1f} ms/file  ratio {batch / base:.2f}x")
    print(
        f"  ours, a process each       {1000 * each / n:.1f} ms/file  ratio {each / base:.2f}x"
        "  (Python + Qt start-up dominates)"
    )

    for label, files in (("copied text", texts), ("XML", xmls)):
        if not files:
            continue
        blobs = [p.read_bytes() for p in files]
        for b in blobs:
            try:
                parse_bytes(b)
            except Exception as exc:  # a fragment without questions is still timed
                print(f"  note: {exc}")
        reps = max(1, 2000 // len(blobs))

        def run(blobs: list[bytes] = blobs, reps: int = reps) -> None:
            for _ in range(reps):
                for b in blobs:
                    parse_bytes(b)

        def floor(blobs: list[bytes] = blobs, reps: int = reps) -> None:
            """Touching every character once: decode, split into lines, one pattern over each line."""
            for _ in range(reps):
                for b in blobs:
                    for line in b.decode("utf-8", "replace").splitlines():
                        _WORD.findall(line)

        secs = timed(run, 3)
        base = timed(floor, 3)
        print(
            f"{label}: {reps * len(blobs) / secs:.0f} documents/s on one core ({len(blobs)} files,"
            f" {sum(map(len, blobs)) // len(blobs) // 1024} KB average); {secs / base:.1f}x the floor"
            f" (decode + lines + one pattern: {reps * len(blobs) / base:.0f} documents/s)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
