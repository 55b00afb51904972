"""Linear time and memory for the marked-up forms, whatever shape a hostile file takes (issue 14).

Hypothesis builds documents out of hostile snippets (unclosed and nested tags, long runs of text, digits and
dots, links, notes, tables, headings, citations: `hostile_markup`) for the official XML, the web page, ODT
and Word, at two sizes, and checks that doubling the input at most about doubles the parse's CPU time (a
ratio with tolerance, not a wall-clock limit: a quadratic step shows as 4) and that the memory it allocates
stays within a fixed multiple of the markup. Sizes stay under the parsers' caps, so the whole parser runs.
"""

from __future__ import annotations

import gc
import time
import tracemalloc

import pytest
from hostile_markup import DOCUMENTS, SNIPPETS, units_for
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from reader.core.errors import ParseError
from reader.core.parse import parse_bytes

SIZE = 600_000  # bytes of markup in the larger document (the caps on tags and blocks come first)
SHARE = 0.4  # of the parsers' caps on tags and blocks, for the larger document
RATIO = 3.0  # twice the input: about twice the time (linear gives ~2, quadratic ~4)
FLOOR = 0.02  # seconds: below this, timer resolution and fixed costs decide the ratio
MEMORY = 128  # peak bytes allocated per byte of markup (one tag per 4 bytes of HTML is the worst: ~110)


def cpu_time(data: bytes, name: str, repeat: int) -> float:
    """Best CPU time of `repeat` parses, the cyclic garbage collector held off: a full collection walks every
    object of the test process (Qt, pytest), a fixed cost that lands in one run and not the other."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.process_time()
            try:
                parse_bytes(data, name)
            except ParseError:
                pass  # a hostile shape may be refused; the time to say so counts the same
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def peak_memory(data: bytes, name: str) -> int:
    tracemalloc.start()
    try:
        parse_bytes(data, name)
    except ParseError:
        pass
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return peak


def check_growth(fmt: str, unit: str) -> None:
    n = units_for(fmt, unit, SIZE, SHARE) // 2
    if n < 2:
        return
    name = f"hostile.{fmt}"
    small, big = DOCUMENTS[fmt](unit, n), DOCUMENTS[fmt](unit, 2 * n)
    ratio = 0.0
    for repeat in (3, 7):  # a loaded machine can spoil one measurement; a quadratic step spoils both
        t1, t2 = cpu_time(small, name, repeat), cpu_time(big, name, repeat)
        ratio = t2 / max(t1, FLOOR)
        if ratio <= RATIO:
            break
    assert ratio <= RATIO, f"{fmt} {unit[:60]!r} x{n}: {t1:.3f}s, twice the input {t2:.3f}s"
    markup = len(unit) * n
    peak = peak_memory(small, name)
    assert peak <= MEMORY * markup, f"{fmt} {unit[:60]!r}: {peak / markup:.0f} bytes per byte of markup"


SETTINGS = settings(
    max_examples=2,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def shapes(fmt: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(SNIPPETS[fmt]), min_size=1, max_size=3).map("".join)


@SETTINGS
@given(unit=shapes("xml"))
@example(unit=SNIPPETS["xml"][2])  # extrefs and citations in running text
@example(unit=SNIPPETS["xml"][9])  # Aanhangsel lists and dossier lists
@example(unit=SNIPPETS["xml"][-1])  # tags in long text
def test_xml_grows_linearly(unit: str) -> None:
    check_growth("xml", unit)


@SETTINGS
@given(unit=shapes("html"))
@example(unit="<b>x")  # 800,000 unclosed <b> took 32 s with html.parser
@example(unit="<p>x")  # 3.6 MB of unclosed <p> took more than 60 s
@example(unit="<!--")  # html.parser rescans an unterminated comment for every "<!--"
@example(unit=SNIPPETS["html"][-1])  # tags in long text
def test_html_grows_linearly(unit: str) -> None:
    check_growth("html", unit)


@SETTINGS
@given(unit=shapes("odt"))
@example(unit=SNIPPETS["odt"][2])  # notes
def test_odt_grows_linearly(unit: str) -> None:
    check_growth("odt", unit)


@SETTINGS
@given(unit=shapes("docx"))
@example(unit=SNIPPETS["docx"][1] + SNIPPETS["docx"][0])  # bold questions and plain answers alternating
def test_docx_grows_linearly(unit: str) -> None:
    check_growth("docx", unit)


@pytest.mark.parametrize("fmt", ["xml", "html", "odt", "docx"])
def test_past_the_caps_a_document_is_refused_quickly(fmt: str) -> None:
    unit = {"xml": "<al>x</al>", "html": "<b>x", "odt": "<text:p>x</text:p>", "docx": SNIPPETS["docx"][0]}[fmt]
    data = DOCUMENTS[fmt](unit, 4_000_000 // len(unit))
    small = DOCUMENTS[fmt](unit, 1_000)
    with pytest.raises(ParseError) as err:
        parse_bytes(data, f"x.{fmt}")
    assert err.value.key == "markup_too_complex"
    # refusing 4 MB costs no more than a few times reading the markup once, not parsing it
    assert cpu_time(data, f"x.{fmt}", 1) < 40 * max(cpu_time(small, f"x.{fmt}", 3), 0.01)
