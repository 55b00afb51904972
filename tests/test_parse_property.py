"""Property: for any input, the parser returns a Document or raises ParseError, and does so quickly.

Thousands of generated inputs: random text and bytes, text built from the pieces of the real layouts
(headings, notes, footers, markers), and mutations (lines dropped, duplicated, swapped, characters
inserted, cut short) of real corpus documents and of our own layout samples.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core.errors import ParseError
from reader.core.model import Document
from reader.core.parse import parse_bytes

CORPUS = Path(os.environ.get("KAMERVRAGEN_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
HERE = Path(__file__).resolve().parent

PIECES = [
    "Vraag 1",
    "Vraag 2, 3",
    "Vraag 4 t/m 6",
    "Vraag 3a",
    "Antwoord 1",
    "Antwoord 2 en 3",
    "Antwoord",
    "Antwoord op vraag 5",
    "Antwoord vraag 7:",
    "Mededeling",
    "1",
    "1 2",
    "2, 3 en 4",
    "4.",
    "5 De",
    "3Trouw",
    "1 Aanhangsel Handelingen, vergaderjaar 2018–2019, nr. 1989",
    "2 Kamerstuk 29 544, nr. 123",
    "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2",
    "Aanhangsel 3Vraag 9",
    "ah-tk-20232024-878",
    "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1",
    "Vragen van het lid Smit (Testpartij) aan de Minister van X over Y (ingezonden 2 juni 2025).",
    "Antwoord van Minister Visser (Cultuur) (ontvangen 20 juni 2025).",
    "Zie ook Aanhangsel Handelingen, nr.",
    "Kent u het bericht?1",
    "worden?1 Zo nee",
    "https://www.example.nl/a-\nb",
    "[1 ]",
    " 1)",
    "AH 604",
    "2024Z18294",
    "\f",
    "",
    "-----",
    "# 2",
    "**Vraag 1**",
    "\ufffe",
    "gespreks-",
    "techniek",
    "«»",
    "(((",
]

SAMPLES = sorted((CORPUS / "txt").glob("*.txt")) + sorted((CORPUS / "txt").glob("*.md")) if CORPUS.is_dir() else []
SAMPLES += sorted((HERE.parent / "resources" / "samples").glob("*.txt"))
TEXTS = [p.read_text(encoding="utf-8", errors="replace") for p in SAMPLES]
if not TEXTS:  # without corpus and samples, mutate a small document of our own
    TEXTS = [
        "Vragen van het lid Smit (Testpartij) aan de Minister van X over Y (ingezonden 2 juni 2025).\n"
        "Vraag 1\nKent u het bericht?1\nAntwoord 1\nJa.\n1 Kamerstuk 29 544, nr. 123\n"
    ]

SLOW = 2.0  # seconds: a real document parses in a few milliseconds


def check(data: bytes) -> None:
    t0 = time.perf_counter()
    try:
        doc = parse_bytes(data, "generated")
        assert isinstance(doc, Document)
        doc.pairs()  # the pairing and the export must work on whatever came out
        doc.to_dict()
    except ParseError as exc:
        assert str(exc)
    assert time.perf_counter() - t0 < SLOW, f"took {time.perf_counter() - t0:.2f} s"


@st.composite
def layout_text(draw) -> str:
    parts = draw(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=60))
    return "\n".join(parts)


@st.composite
def mutated(draw) -> str:
    lines = draw(st.sampled_from(TEXTS)).split("\n")
    for _ in range(draw(st.integers(0, 8))):
        if not lines:
            break
        op = draw(st.sampled_from(["drop", "dup", "swap", "insert", "garble", "cut", "join"]))
        i = draw(st.integers(0, len(lines) - 1))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines.insert(i, draw(st.one_of(st.sampled_from(PIECES), st.text(max_size=30))))
        elif op == "garble":
            pos = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:pos] + draw(st.text(max_size=5)) + lines[i][pos:]
        elif op == "cut":
            lines = lines[: i + 1]
        elif op == "join" and i + 1 < len(lines):
            lines[i : i + 2] = [lines[i] + lines[i + 1]]
    return "\n".join(lines)


PROFILE = settings(
    max_examples=int(os.environ.get("PARSER_PROPERTY_EXAMPLES", "1000")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@PROFILE
@given(st.binary(max_size=4000))
def test_random_bytes(data):
    check(data)


@PROFILE
@given(st.text(max_size=3000))
def test_random_text(text):
    check(text.encode("utf-8", "surrogatepass"))


@PROFILE
@given(layout_text())
def test_layout_pieces(text):
    check(text.encode("utf-8", "surrogatepass"))


@PROFILE
@given(mutated())
def test_mutated_documents(text):
    check(text.encode("utf-8", "surrogatepass"))


@pytest.mark.parametrize("n", [2000, 20000])
def test_long_pathological_lines_stay_fast(n):
    for text in (
        "1" * n,
        "Vraag 1\n" + "worden?1 " * n,
        "1 2 " * n,
        "a-\n" * n,
        "(" * n + "nr. 1",
        "Aanhangsel Handelingen, vergaderjaar 2018–2019, nr. " + "1, " * n,
        "https://x.nl/" + "-\n" * n,
    ):
        check(text.encode())
