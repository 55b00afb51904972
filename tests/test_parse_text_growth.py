"""The text parser's time and memory grow linearly with the input, whatever its shape (hostile input).

Hypothesis builds texts from hostile shapes (long tokens without spaces, runs of digits, dots and markers,
headings, citations, U+FFFE, form feeds, "Vraag N" lines, note-like lines, Markdown and Word markup, …),
each at two sizes, one twice the other. Doubling the input may at most about double the parse time: the
ratio of the two (CPU time, best of a few runs, with a small floor against noise) must stay under 3 — a
growth ratio, not a wall-clock limit. The memory the parse allocates at its peak (tracemalloc) must stay a
small multiple of the input, plus a fixed allowance for what a document may hold at most (2,000 questions
and answers, 999 notes, 10,000 markers, each a few hundred bytes in the model).

A parse can also be cancelled: before it starts, and from another thread while it runs.
"""

from __future__ import annotations

import gc
import threading
import time
import tracemalloc
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.core import cancel
from reader.core.errors import ParseError
from reader.core.header import parse_header, split_members
from reader.core.labels import clean_label, numbers_of, parse_heading
from reader.core.parse_text import ParseState, parse_text
from reader.core.parse_text.notes import find_notes
from reader.core.parse_text.pages import paginate
from reader.core.parse_text.pipeline import PASSES, Pass, run

SMALL = 20 * 1024  # characters; the large size is twice this
GROWTH = 3.0  # time(2n) / time(n) at most (linear growth is 2)
FLOOR = 0.010  # seconds: below this, timings are noise
MEMORY = 12  # peak allocations at most MEMORY × the input …
ALLOWANCE = 4 * 1024 * 1024  # … plus this, for the most a document may hold

HEADER = "Vragen van het lid Smit (Testpartij) aan de Minister van Testzaken (ingezonden 2 juni 2025).\n"

# (prefix, unit): the unit is repeated, "{n}" counting up from 1
SHAPES: list[tuple[str, str]] = [
    ("", "a"),
    ("", "ab\ufffe"),
    ("", "ab\ufffecd "),
    ("\ufffe ", "a"),
    ("", "1"),
    ("", "."),
    ("x", " "),
    ("x", "\n"),
    ("x", "\f"),
    ("", "woord\f"),
    (HEADER + "Vraag 1\n", "woord 1 "),
    (HEADER + "Vraag 1\n", "worden?1 "),
    (HEADER + "Vraag 1\n1 Trouw, 3 mei\nKent u", "woord 1 "),
    (HEADER + "Vraag 1\n", "artikel 1 "),
    ("", "1 2 "),
    (HEADER + "Vraag 1\n", "1 2\n"),
    (HEADER + "Vraag 1\n", "20241 "),
    ("", "Vraag 1\n"),
    ("", "Vraag {n}\n"),
    (HEADER, "Vraag {n}\nKent u het?\nAntwoord {n}\nJa.\n"),
    ("", "Antwoord\n"),
    ("", "Vraag 1: Kent u het bericht?\n"),
    ("Antwoord\n", "{n}. Kunt u dat?\n"),
    (HEADER + "Vraag 1\nTekst1\n", "1 Kamerstuk 29 544, nr. 123\n"),
    (HEADER + "Vraag 1\n", "tekst{n}\n{n} Trouw, 1 mei\n"),
    (HEADER + "Vraag 1\ntekst1\n", "{n}\n"),
    (HEADER + "Vraag 1\ntekst1\n", "{n}Trouw, nos.nl/a-b\n"),
    ("", "tekst\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel {n}\n"),
    ("", "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2"),
    (HEADER + "Vraag 1\n", "woord[1 ] "),
    ("", "# **Vraag 1**\n-----\n"),
    ("# 2\n# 3\n" + HEADER + "Vraag 1\n", "_a_ "),
    (HEADER + "1) NOS\nVraag 1\n", "bericht? 1)\n"),
    (HEADER + "Vraag 1\n", "Kamerstuk 29 544, nr. 1, "),
    (HEADER + "Vraag 1\n", "tekst{n}\n{n} Aanhangsel Handelingen, vergaderjaar 2018–2019, nr. 1, 2, 3\n"),
    ("nr. 1", "("),
    (HEADER + "Vraag 1\n", "a-\n"),
    ("", "Vragen van het lid "),
    ("", "Vragen van het lid a aan de b over c "),
    ("Vragen van het lid a aan de b over c ", "(ingezonden "),
    ("", "Antwoord van minister (ontvangen "),
    (HEADER + "Zie ook ", "Kamerstuk 29 544, nr. 1, "),
    ("Vraag 1", ", 1"),
    (HEADER + "Vraag 1\n", "xe ´ "),
    (HEADER + "Vraag 1\n", "a  "),
    (HEADER + "Vraag 1\n", "Ja.\n"),
    ("", "2024Z18294\n"),
    (HEADER + "Vraag 1\n", "– een punt.\n"),
    (HEADER + "Vraag 1\n", "Dit is een regel met gewone woorden die doorloopt tot het einde van de regel, "),
]

# pieces hypothesis composes into units of its own
PIECES = [
    "Vraag 1", "Vraag 2, 3", "Antwoord 1", "Antwoord", "Mededeling", "1", "1 2", "2, 3 en 4", "4.", "3Trouw",
    "worden?1", "[1 ]", " 1)", "1) NOS", "\ufffe", "\f", "\n", "\n\n", " ", "  ", ".", "-", "(", ")", "_", "#",
    "**", "-----", "«", "»", "’", "2024", "20241", "NIS2", "artikel", "nr.", "Kamerstuk 29 544, nr. 1",
    "Aanhangsel Handelingen, vergaderjaar 2018–2019, nr. 12", "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2",
    "(ingezonden 2 juni 2025)", "(ontvangen", "Vragen van het lid", "aan de", "over", "Zie ook", "www.a.nl/b",
    "ah-tk-20232024-878", "ISSN 0921 - 7398", "gespreks-", "´", "e", "Kent u het bericht?",
]  # fmt: skip


def build(prefix: str, unit: str, size: int) -> str:
    """`prefix` and `unit` repeated to `size` characters, "{n}" in the unit counting up."""
    parts = [prefix]
    length = len(prefix)
    n = 1
    while length < size:
        piece = unit.replace("{n}", str(n))
        parts.append(piece)
        length += len(piece)
        n += 1
    return "".join(parts)[:size]


def cpu(text: str, rounds: int = 2) -> float:
    """The CPU time of the fastest of `rounds` parses of `text` (the garbage collector held back meanwhile)."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(rounds):
            start = time.process_time()
            try:
                parse_text(text)
            except ParseError:
                pass
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def peak(text: str) -> int:
    """The peak of the memory allocated while `text` is parsed."""
    tracemalloc.start()
    try:
        parse_text(text)
    except ParseError:
        pass
    finally:
        top = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return top


def check_growth(prefix: str, unit: str) -> None:
    small, large = build(prefix, unit, SMALL), build(prefix, unit, 2 * SMALL)
    t_small = t_large = float("inf")
    for attempt in range(12):
        # the best of runs taken in turns: a run slowed by the machine is noise, a growth worse than
        # linear shows in every run
        t_small, t_large = min(t_small, cpu(small, 1)), min(t_large, cpu(large, 1))
        ratio = max(t_large, FLOOR) / max(t_small, FLOOR)
        if attempt >= 1 and ratio <= GROWTH:
            break
    assert ratio <= GROWTH, f"{unit!r}: {t_small:.4f} s → {t_large:.4f} s for twice the input ({ratio:.1f}×)"
    used = peak(small)
    size = len(small.encode("utf-8"))
    assert used <= MEMORY * size + ALLOWANCE, f"{unit!r}: {used / size:.1f}× the input at its peak"


@pytest.fixture(scope="module", autouse=True)
def _warm_up() -> None:
    """Compile the patterns and import what the parser imports before anything is timed."""
    for prefix, unit in SHAPES:
        cpu(build(prefix, unit, 2048), 1)


@pytest.mark.parametrize(("prefix", "unit"), SHAPES, ids=[repr(u)[:30] for _, u in SHAPES])
def test_known_hostile_shapes_grow_linearly(prefix: str, unit: str) -> None:
    check_growth(prefix, unit)


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    prefix=st.sampled_from(["", HEADER, HEADER + "Vraag 1\n", "# 2\n" + HEADER + "Vraag 1\n"]),
    unit=st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), min_size=1, max_size=6).map("".join),
)
def test_composed_hostile_shapes_grow_linearly(prefix: str, unit: str) -> None:
    if unit:
        check_growth(prefix, unit)


# ---- the header and the labels, read by every parser -----------------------------------------------------

HEADER_SHAPES = [
    ("", "Vragen van het lid "),
    ("Vragen van het lid a ", "aan "),
    ("Vragen van het lid a aan de b ", "over c (ingezonden "),
    ("Vragen van het lid a aan de b over c ", "(ingezonden 2 juni 2025 "),
    ("", "Antwoord van minister (ontvangen "),
    ("Antwoord van ", "de (ontvangen (ontvangen "),
    ("Vragen van de leden ", "Smit, Jansen en De Vries "),
    ("Vragen van de leden ", "Smit (beiden "),
    ("Vragen van de leden ", "a ( ) "),
    ("Zie ook ", "Kamerstuk 29 544, nr. 1, "),
    ("", "verga-\n  derjaar "),
    ("", " " * 50 + "\n"),
]


def ratio_of(work: Callable[[str], object], small: str, large: str) -> float:
    """time(large) / time(small), each the best of CPU-timed runs taken in turns (the garbage collector held
    back): three rounds, and more (up to twelve) while the ratio is over the bound, as `check_growth` does: a
    run slowed by the machine is noise, a growth worse than linear shows in every run."""
    best = [float("inf"), float("inf")]
    ratio = float("inf")
    gc.collect()
    gc.disable()
    try:
        for attempt in range(12):
            for k, text in enumerate((small, large)):
                start = time.process_time()
                work(text)
                best[k] = min(best[k], time.process_time() - start)
            ratio = max(best[1], FLOOR) / max(best[0], FLOOR)
            if attempt >= 2 and ratio <= GROWTH:
                break
    finally:
        gc.enable()
    return ratio


def read_header(text: str) -> None:
    parse_header(text)
    split_members(text)


def read_label(text: str) -> None:
    parse_heading(text)
    numbers_of(text)
    clean_label(text)


@pytest.mark.parametrize(("prefix", "unit"), HEADER_SHAPES, ids=[repr(u)[:24] for _, u in HEADER_SHAPES])
def test_the_header_is_read_in_linear_time(prefix: str, unit: str) -> None:
    ratio = ratio_of(read_header, build(prefix, unit, 4 * SMALL), build(prefix, unit, 8 * SMALL))
    assert ratio <= GROWTH, f"{unit!r}: {ratio:.1f}× the time for twice the text"


@pytest.mark.parametrize(("prefix", "unit"), [("", "1, 2 "), ("", "1 t/m 50, "), ("Vraag 1", ", 1"), ("1", "\t")])
def test_labels_are_read_in_linear_time(prefix: str, unit: str) -> None:
    ratio = ratio_of(read_label, build(prefix, unit, 4 * SMALL), build(prefix, unit, 8 * SMALL))
    assert ratio <= GROWTH, f"{unit!r}: {ratio:.1f}× the time for twice the text"


# ---- cancelling ------------------------------------------------------------------------------------------

PROSE = "Ja, dat bericht is bekend; zie de Kamerbrief van 12 maart 20243 en de brief over de proef.1\n"
# a large text within every limit: 900 questions and answers of 14 lines each, with markers and notes
LARGE = (
    HEADER
    + "".join(
        f"Vraag {n}\nKent u het bericht over dag {n}?1\n{PROSE * 13}Antwoord {n}\n{PROSE * 14}" for n in range(1, 901)
    )
    + "1 Trouw, 3 mei 2024\n2 NOS, 4 mei 2024\n3 Kamerstuk 29 544, nr. 123\n"
)


def test_a_token_cancelled_before_the_parse_stops_it() -> None:
    token = cancel.CancelToken()
    token.cancel()
    with cancel.cancellable(token), pytest.raises(cancel.Cancelled):
        parse_text(LARGE)


def test_a_token_cancelled_from_another_thread_stops_a_large_parse() -> None:
    start = time.perf_counter()
    assert len(parse_text(LARGE).questions) == 900  # it parses when nobody cancels it
    whole = time.perf_counter() - start
    token = cancel.CancelToken()
    outcome: dict[str, float | str] = {}

    def work() -> None:
        with cancel.cancellable(token):
            try:
                parse_text(LARGE)
                outcome["result"] = "parsed"
            except cancel.Cancelled:
                outcome["result"] = "cancelled"
        outcome["ended"] = time.perf_counter()

    thread = threading.Thread(target=work)
    thread.start()
    time.sleep(whole / 5)
    asked = time.perf_counter()
    token.cancel()
    thread.join(timeout=60)
    assert outcome["result"] == "cancelled"
    assert float(outcome["ended"]) - asked < whole / 2  # it stopped mid-document, not at the end


@pytest.mark.parametrize("step", [paginate, find_notes])
def test_long_passes_look_at_the_token_within_their_loops(step: Pass) -> None:
    text = HEADER + "Vraag 1\n" + "1 Kent u het bericht?\n" * 10_000
    state = run(ParseState.of(text), PASSES[: PASSES.index(step)])
    token = cancel.CancelToken()
    token.cancel()
    with cancel.cancellable(token), pytest.raises(cancel.Cancelled):
        step(state)
