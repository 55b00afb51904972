"""How long the marked-up forms take on hostile input: every shape of `tests/hostile_markup.py` at 4 MB.

    .venv/bin/python bench/bench_parse_hostile_markup.py [--size 4000000] [--repeat 3]

For each parser (official XML, web page, ODT, Word) and each hostile shape, a document of about `--size`
bytes of markup is parsed through `parse_bytes` (format detection included) and its CPU time taken (best of
`--repeat`); a shape past the parser's caps is refused, and the time to refuse is what counts. Because a
refusal is quick, each shape is also timed at the largest size its caps accept ("under the caps"), the most
work a hostile file can make the parser do. The baseline, measured in the same run, is the official rendering
of ah-tk-20202021-3235 in the same form (`$KAMERVRAGEN_CORPUS/official`; for Word a ministry's letter of
`$KAMERVRAGEN_CORPUS/docx`), scaled to the same number of bytes of markup:
the ratio says how much more a hostile byte costs than a real one. The goal of issue 14: every shape under 2 s
at 4 MB.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from hostile_markup import DOCUMENTS, SNIPPETS, units_for  # noqa: E402

from reader.core.errors import ParseError  # noqa: E402
from reader.core.parse import parse_bytes  # noqa: E402

CORPUS = Path(os.environ.get("KAMERVRAGEN_CORPUS", ROOT.parent / "shared" / "corpus"))
GOAL = 2.0


def cpu(data: bytes, name: str, repeat: int) -> tuple[float, str]:
    best, outcome = float("inf"), "parsed"
    for _ in range(repeat):
        start = time.process_time()
        try:
            parse_bytes(data, name)
            outcome = "parsed"
        except ParseError as exc:
            outcome = exc.key
        best = min(best, time.process_time() - start)
    return best, outcome


def baseline(fmt: str, size: int, repeat: int) -> float | None:
    """CPU seconds the real rendering would take at `size` bytes of markup (per-byte time of the real one)."""
    path = CORPUS / "official" / f"ah-tk-20202021-3235.{fmt}"
    if fmt == "docx":  # no official Word rendering: a ministry's letter of the corpus
        path = next(iter(sorted((CORPUS / "docx").glob("05_*.docx"))), CORPUS / "none")
    if not path.exists():
        return None
    data = path.read_bytes()
    markup = len(data)
    if fmt in ("odt", "docx"):
        import zipfile

        part = "content.xml" if fmt == "odt" else "word/document.xml"
        markup = zipfile.ZipFile(path).getinfo(part).file_size
    seconds, _ = cpu(data, path.name, max(repeat, 20))
    return seconds * size / markup


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=4_000_000, help="bytes of markup per document")
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = ap.parse_args()
    worst_overall = 0.0
    for fmt, snippets in SNIPPETS.items():
        base = baseline(fmt, args.size, args.repeat)
        print(f"\n== {fmt}: baseline (the official rendering, scaled to {args.size / 1e6:.0f} MB): "
              + (f"{base:.2f} s" if base else "corpus not found"))  # fmt: skip
        print(f"{'shape':48} {'at size':>24} {'under the caps':>30}")
        worst = (0.0, "")
        for unit in snippets:
            n = max(1, args.size // len(unit))
            t_full, outcome = cpu(DOCUMENTS[fmt](unit, n), f"x.{fmt}", args.repeat)
            m = units_for(fmt, unit, args.size, 0.99)
            t_cap, cap_outcome = cpu(DOCUMENTS[fmt](unit, m), f"x.{fmt}", args.repeat)
            kb = len(unit) * m / 1e3
            label = repr(unit[:44])
            print(f"{label:48} {t_full:7.2f} s {outcome:>14}  {t_cap:7.2f} s at {kb:6.0f} KB {cap_outcome:>9}")
            for t, where in ((t_full, f"{label} at size"), (t_cap, f"{label} under the caps ({kb:.0f} KB)")):
                if t > worst[0]:
                    worst = (t, where)
        ratio = f" = {worst[0] / base:.1f}x the baseline" if base else ""
        print(f"worst {fmt}: {worst[1]}: {worst[0]:.2f} s{ratio}")
        worst_overall = max(worst_overall, worst[0])
    met = worst_overall <= GOAL
    print(f"\ngoal: every shape under {GOAL:.0f} s at {args.size / 1e6:.0f} MB: {'met' if met else 'NOT met'}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
