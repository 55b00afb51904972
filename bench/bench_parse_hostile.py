"""The text parser on hostile input: every shape at the size limit, its time and its memory.

    .venv/bin/python bench/bench_parse_hostile.py [--size BYTES] [--timeout SECONDS] [--only NAME ...]

Each shape is a text built to hit one part of the parser as hard as it can (a long word with a hyphen mark
in it, marker-like numbers after words, thousands of headings, note-like lines, form feeds…), grown to
`--size` bytes (default: the 4 MB cap on text input, `reader.core.parse.MAX_TEXT_BYTES`). Each is parsed
through `parse_bytes` (format detection and decoding included) in a fresh process, best of `--rounds`; the
table gives the time, the time per MB, and the growth of the process's peak resident memory as a multiple of
the input. A shape that runs past `--timeout` is reported as such. The worst shape is printed last. As a
baseline from the same run, the time of `str.splitlines()` plus one `re.finditer(r"\\S+")` over the same text
is printed: the parser has more to do, but it is the cost of touching every character once.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.core.parse import MAX_TEXT_BYTES  # noqa: E402

try:
    from reader.core.parse_text.rules import MAX_LINES
except ImportError:  # a parser from before the line limit, measured for comparison
    MAX_LINES = 30_000

HEADER = "Vragen van het lid Smit (Testpartij) aan de Minister van Testzaken over de proef (ingezonden 2 juni 2025).\n"


def repeat(unit: str, size: int, prefix: str = "") -> str:
    """`prefix` + `unit` repeated to `size` UTF-8 bytes (at most)."""
    room = size - len(prefix.encode())
    return prefix + unit * max(1, room // len(unit.encode()))


def numbered(template: str, size: int, prefix: str = "") -> str:
    """`template` with {n} = 1, 2, 3 … repeated up to `size` UTF-8 bytes."""
    parts = [prefix]
    used = len(prefix.encode())
    n = 1
    while True:
        piece = template.format(n=n)
        used += len(piece.encode())
        if used > size:
            return "".join(parts)
        parts.append(piece)
        n += 1


# name → builder(size) → text. Mostly one construct repeated; a few mixed ones at the end.
SHAPES: dict[str, Callable[[int], str]] = {
    "one long word": lambda s: repeat("a", s),
    "long word with U+FFFE": lambda s: repeat("ab\ufffe", s),
    "U+FFFE only": lambda s: repeat("\ufffe", s),
    "long word, U+FFFE elsewhere": lambda s: repeat("a", s, "\ufffe "),
    "long run of digits": lambda s: repeat("1", s),
    "long run of dots": lambda s: repeat(".", s),
    "spaces only": lambda s: repeat(" ", s - 2, "x"),
    "blank lines": lambda s: repeat("\n", s - 2, "x"),
    "form feeds": lambda s: repeat("\f", s - 2, "x"),
    "words and form feeds": lambda s: repeat("woord\f", s),
    "'woord 1 ' (space markers)": lambda s: repeat("woord 1 ", s, HEADER + "Vraag 1\n"),
    "'woord 1 ' with its note": lambda s: repeat("woord 1 ", s - 30, HEADER + "Vraag 1\n") + "\n1 Trouw, 3 mei",
    "'worden?1 ' (glued markers)": lambda s: repeat("worden?1 ", s, HEADER + "Vraag 1\n"),
    "'1 2 ' (marker lists)": lambda s: repeat("1 2 ", s),
    "'1 2' lines (marker lines)": lambda s: repeat("1 2\n", s, HEADER + "Vraag 1\n"),
    "digits glued to years": lambda s: repeat("20241 ", s, HEADER + "Vraag 1\n"),
    "'Vraag 1' lines": lambda s: repeat("Vraag 1\n", s),
    "'Vraag N' lines": lambda s: numbered("Vraag {n}\n", s),
    "'Vraag N' / 'Antwoord N'": lambda s: numbered("Vraag {n}\nKent u het?\nAntwoord {n}\nJa.\n", s, HEADER),
    "'Antwoord' lines (older layout)": lambda s: repeat("Antwoord\n", s),
    "inline headings 'Vraag 1: …'": lambda s: repeat("Vraag 1: Kent u het bericht?\n", s),
    "numbered questions '1. …'": lambda s: numbered("{n}. Kunt u dat?\n", s, "Antwoord\n"),
    "note lines '1 Kamerstuk …'": lambda s: repeat("1 Kamerstuk 29 544, nr. 123\n", s, HEADER + "Vraag 1\nTekst1\n"),
    "notes 'N Trouw' counting up": lambda s: numbered("tekst{n}\n{n} Trouw, 1 mei\n", s, HEADER + "Vraag 1\n"),
    "bare note numbers (pdftotext)": lambda s: numbered("{n}\n", s, HEADER + "Vraag 1\ntekst1\n"),
    "glued notes '1Trouw'": lambda s: numbered("{n}Trouw, nos.nl/a-b\n", s, HEADER + "Vraag 1\ntekst1\n"),
    "running footers": lambda s: numbered("tekst\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel {n}\n", s),
    "footers glued in one line": lambda s: repeat("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2", s),
    "Markdown markers '[1 ]'": lambda s: repeat("woord[1 ] ", s, HEADER + "Vraag 1\n"),
    "Markdown headings and bold": lambda s: repeat("# **Vraag 1**\n-----\n", s),
    "Word notes ' 1)'": lambda s: repeat("bericht? 1)\n", s, HEADER + "1) NOS\nVraag 1\n"),
    "citations": lambda s: repeat("Kamerstuk 29 544, nr. 1, ", s, HEADER + "Vraag 1\n"),
    "citations in notes": lambda s: numbered(
        "tekst{n}\n{n} Aanhangsel Handelingen, vergaderjaar 2018–2019, nr. 1989\n", s, HEADER + "Vraag 1\n"
    ),
    "open parentheses": lambda s: repeat("(", s - 10, "nr. 1"),
    "line-end hyphens": lambda s: repeat("a-\n", s, HEADER + "Vraag 1\n"),
    "header repeated": lambda s: repeat("Vragen van het lid ", s),
    "header without date": lambda s: repeat("Vragen van het lid a aan de b over c ", s),
    "ontvangen repeated": lambda s: repeat("Antwoord van minister (ontvangen ", s),
    "accents": lambda s: repeat("e ´", s),
    "zaak numbers": lambda s: repeat("2024Z18294\n", s),
    "list items": lambda s: repeat("– een punt.\n", s, HEADER + "Vraag 1\n"),
    "U+FFFE in many short words": lambda s: repeat("ab\ufffecd ", s),
    "Markdown italics": lambda s: repeat("_a_ ", s, "# 2\n# 3\n" + HEADER + "Vraag 1\n"),
    "double spaces": lambda s: repeat("a  ", s, HEADER + "Vraag 1\n"),
    "accents in words": lambda s: repeat("xe ´ ", s, HEADER + "Vraag 1\n"),
    "heading with a long label": lambda s: repeat(", 1", s, "Vraag 1"),
    "open dates in the header": lambda s: repeat("(ingezonden ", s, "Vragen van het lid a aan de b over c "),
    "Zie ook with citations": lambda s: repeat("Kamerstuk 29 544, nr. 1, ", s, HEADER + "Zie ook "),
    "sentence ends (paragraphs)": lambda s: repeat("Ja.\n", s, HEADER + "Vraag 1\n"),
    "long lines of prose": lambda s: repeat(
        "Dit is een regel met gewone woorden die doorloopt tot het einde van de regel en nog verder gaat, ",
        s,
        HEADER + "Vraag 1\n",
    ),
}


def _lines(text: str) -> int:
    return text.count("\n") + text.count("\f")


def padded(name: str, size: int) -> str:
    """The shape with as many lines as the line limit allows, each padded with trailing spaces, to `size`:
    the most lines a parse of that size will read."""
    lines = MAX_LINES - 1000
    text = SHAPES[name](size)
    while _lines(text) > lines:
        text = SHAPES[name](len(text.encode()) * lines // max(1, _lines(text)))
    rows = text.split("\n")
    width = max(1, (size - len(rows)) // len(rows))
    return "\n".join(r + " " * max(0, width - len(r.encode())) for r in rows)


def _child(name: str, size: int, rounds: int, pad: bool) -> None:
    """Run in a fresh process: build the shape, parse it, print JSON with the figures."""
    import re
    import time
    import tracemalloc

    from reader.core.errors import ParseError
    from reader.core.parse import parse_bytes

    parse_bytes(b"Vragen van het lid A (X) aan de Minister van B over C (ingezonden 2 juni 2025).\nVraag 1\nKent u?")
    text = padded(name, size) if pad else SHAPES[name](size)
    data = text.encode("utf-8")
    t0 = time.process_time()
    text.splitlines()
    sum(1 for _ in re.finditer(r"\S+", text))
    floor = time.process_time() - t0
    cpu = wall = float("inf")
    outcome = ""
    for _ in range(rounds):
        w0, c0 = time.perf_counter(), time.process_time()
        try:
            doc = parse_bytes(data, name)
            outcome = f"{len(doc.questions)} q, {len(doc.answers)} a, {len(doc.footnotes)} notes"
        except ParseError as exc:
            outcome = f"ParseError {exc.key}"
        cpu = min(cpu, time.process_time() - c0)
        wall = min(wall, time.perf_counter() - w0)
    tracemalloc.start()
    try:
        parse_bytes(data, name)
    except ParseError:
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    result = {"bytes": len(data), "lines": _lines(text), "cpu": cpu, "wall": wall, "floor": floor, "peak": peak}
    print(json.dumps({**result, "outcome": outcome}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=MAX_TEXT_BYTES, help="input size in bytes (default: the cap)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds before a shape counts as hung")
    ap.add_argument("--rounds", type=int, default=3, help="parses per shape (best is reported)")
    ap.add_argument("--only", nargs="*", help="run only the shapes whose names contain one of these")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--pad", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        _child(args.child, args.size, args.rounds, args.pad)
        return 0
    names = [n for n in SHAPES if not args.only or any(o.lower() in n.lower() for o in args.only)]
    print(f"text parser, hostile shapes at {args.size / 1e6:.2f} MB (best of {args.rounds}, a process each)")
    print("cpu: process time of parse_bytes (decoding included); wall: the same on the clock; floor: splitlines")
    print("and one pass of \\S+ over the same text; mem: tracemalloc peak / input bytes")
    print(f"{'shape':44} {'lines':>6} {'cpu s':>6} {'wall s':>6} {'floor':>6} {'mem×':>5}  outcome")
    worst: tuple[float, str] = (0.0, "")
    for name in names:
        variants = [(name, False)]
        if _lines(SHAPES[name](args.size)) >= MAX_LINES:
            variants.append((f"{name} (padded to {MAX_LINES - 1000} lines)", True))
        for label, pad in variants:
            cmd = [sys.executable, __file__, "--child", name, "--size", str(args.size), "--rounds", str(args.rounds)]
            if pad:
                cmd.append("--pad")
            try:
                proc = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, cwd=ROOT, check=False)
            except subprocess.TimeoutExpired:
                print(f"{label:44} {'':>6} {'>' + str(int(args.timeout)):>6}   (timed out)")
                worst = max(worst, (float("inf"), label))
                continue
            if proc.returncode != 0:
                print(f"{label:44} failed: {proc.stderr.strip().splitlines()[-1:]}")
                continue
            r = json.loads(proc.stdout.strip().splitlines()[-1])
            print(
                f"{label:44} {r['lines']:6} {r['cpu']:6.3f} {r['wall']:6.3f} {r['floor']:6.3f}"
                f" {r['peak'] / r['bytes']:5.1f}  {r['outcome']}"
            )
            worst = max(worst, (r["cpu"], label))
    print(f"worst: {worst[1]} ({worst[0]:.3f} s of CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
