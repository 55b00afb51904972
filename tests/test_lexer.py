"""The Pygments lexer for copied Kamervragen text: tokens per construct, round trip, speed, registration."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from pygments.lexers import get_lexer_by_name, get_lexer_for_filename
from pygments.token import (
    Comment,
    Generic,
    Keyword,
    Literal,
    Name,
    Number,
    String,
    Text,
    Whitespace,
    _TokenType,
)

from reader.core.lexer import KamervragenLexer

REPO = Path(__file__).resolve().parents[1]


def lex(text: str) -> list[tuple[_TokenType, str]]:
    return list(KamervragenLexer().get_tokens(text))


def values(text: str, ttype: _TokenType) -> list[str]:
    """The token values of exactly `ttype` (not its subtypes), stripped, empty ones left out."""
    return [v.strip() for t, v in lex(text) if t is ttype and v.strip()]


def in_type(text: str, ttype: _TokenType) -> list[str]:
    """The token values of `ttype` or any of its subtypes."""
    return [v.strip() for t, v in lex(text) if t in ttype and v.strip()]


# A made-up page-1 text in the official layout (not copied from any document).
PAGE = textwrap.dedent(
    """\
    Tweede Kamer der Staten-Generaal2
    Vergaderjaar 2024–2025 Aanhangsel van de Handelingen
    Vragen gesteld door de leden der Kamer, met de daarop door de
    regering gegeven antwoorden
    1807
    Vragen van het lid Verhoef (CDA) aan de Minister van Infrastructuur en
    Waterstaat over het onderhoud van de vuurtorens op de Waddeneilanden
    (ingezonden 3 februari 2025).
    Antwoord van Minister Tanger (Infrastructuur en Waterstaat) (ontvangen
    24 februari 2025).
    Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1803.
    Vraag 1
    Bent u bekend met het bericht dat de vuurtoren van Oostpunt al maanden
    niet brandt?1 Wat is daarvan de oorzaak?
    Antwoord 1
    Ja. In mijn brief van 12 december 20242 heb ik de Kamer hierover geïnformeerd.
    Zie ook de eerdere vragen3 en het rapport.4
    1 Dagblad van het Noorden, 30 januari 2025, «Vuurtoren Oostpunt blijft donker»
    2 Kamerstuk 36 600 XII, nr. 45
    3 Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1803
    4 https://www.example.nl/rapporten/vuurtorens-2025.pdf
    ah-tk-20242025-1807
    ISSN 0921 - 7398
    ’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1
    """
)


# ---- tokens per construct -------------------------------------------------------------------------------


def test_masthead_lines_are_headings() -> None:
    heads = values(PAGE, Generic.Heading)
    assert heads[:5] == [
        "Tweede Kamer der Staten-Generaal2",
        "Vergaderjaar 2024–2025 Aanhangsel van de Handelingen",
        "Vragen gesteld door de leden der Kamer, met de daarop door de",
        "regering gegeven antwoorden",
        "1807",
    ]


def test_questions_only_masthead_and_zaak_number() -> None:
    text = (
        "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer\n"
        " \n2025Z01234\nVragen van het lid Smeets (PVV) aan de Minister van Defensie over de\n"
        "kustwacht (ingezonden 4 maart\n2025).\nVraag 1\nKlopt het?\n"
        "kv-tk-2025Z01234\n’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2024–2025, Vragen 1\n"
    )
    assert values(text, Generic.Heading)[-1] == "2025Z01234"
    assert values(text, Literal.Date) == ["4 maart\n2025"]
    assert values(text, Comment) == [
        "kv-tk-2025Z01234",
        "’s-Gravenhage 2025",
        "Tweede Kamer, vergaderjaar 2024–2025, Vragen 1",
    ]


def test_header_sentences_and_dates() -> None:
    sub = " ".join(values(PAGE, Generic.Subheading))
    assert sub.startswith("Vragen van het lid")
    assert "Antwoord van" in sub and "Minister Tanger" in sub and "Zie ook" in sub
    assert values(PAGE, Literal.Date) == ["3 februari 2025", "24 februari 2025"]
    # the header ends at its date: the question text is not part of it
    assert "Bent u bekend" not in sub


def test_oral_questions_announcement() -> None:
    text = (
        "Mondelinge vragen van het lid Krul (CDA) aan de Minister van Financiën over het\n"
        "bericht «Pinautomaat leeg» (ingezonden 19 november 2024)\n    \n"
        "kv-tk-2024Z99999\n’s-Gravenhage 2024 Tweede Kamer, vergaderjaar 2024–2025, Vragen"
    )
    assert values(text, Generic.Subheading)[0] == "Mondelinge vragen van het lid"
    assert values(text, Literal.Date) == ["19 november 2024"]
    assert values(text, Comment)[-1] == "Tweede Kamer, vergaderjaar 2024–2025, Vragen"


def test_mededeling_header_and_heading() -> None:
    text = (
        "Mededeling van Staatssecretaris Vos (Onderwijs, Cultuur en Wetenschap)\n"
        "(ontvangen 5 maart 2025).\nVraag 1\nKunt u dat toelichten?\nMededeling\n"
        "De vragen kunnen tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord.\n"
    )
    assert values(text, Generic.Subheading)[0] == "Mededeling van"
    assert values(text, Literal.Date) == ["5 maart 2025"]
    assert values(text, Keyword) == ["Vraag", "Mededeling"]


@pytest.mark.parametrize(
    ("line", "words", "label"),
    [
        ("Vraag 1", "Vraag", "1"),
        ("Vraag 1, 2", "Vraag", "1, 2"),
        ("Vraag 3a", "Vraag", "3a"),
        ("Vragen 2 en 3", "Vragen", "2 en 3"),
        ("Antwoord 2 t/m 4", "Antwoord", "2 t/m 4"),
        ("Antwoord 2 tot en met 4", "Antwoord", "2 tot en met 4"),
        ("Antwoord 5 en 6", "Antwoord", "5 en 6"),
        ("Antwoord op vraag 5", "Antwoord op vraag", "5"),
        ("Antwoord vraag 7:", "Antwoord vraag", "7"),
        ("Antwoord vragen 1,2,3,4 en 5", "Antwoord vragen", "1,2,3,4 en 5"),
        ("**Vraag 4**", "Vraag", "4"),
    ],
)
def test_headings(line: str, words: str, label: str) -> None:
    text = f"Dat is zo.\n{line}\nTekst van de alinea.\n"
    assert values(text, Keyword) == [words]
    assert values(text, Number) == [label]


def test_bare_headings() -> None:
    assert values("Tekst.\nAntwoord\nJa.\nMededeling:\nTekst.\n", Keyword) == ["Antwoord", "Mededeling"]


def test_heading_words_inside_a_sentence_are_text() -> None:
    text = "In het antwoord op vraag 2 staat dit.\nVraag 2 is eerder gesteld door anderen.\n"
    assert values(text, Keyword) == []


def test_glued_footer_then_heading() -> None:
    text = "einde van de bladzijde.\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3Vraag 9\nWaarom?\n"
    assert values(text, Comment) == ["Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3"]
    assert values(text, Keyword) == ["Vraag"]
    assert values(text, Number) == ["9"]


def test_footer_glued_to_body_text() -> None:
    text = "ISSN 0921 - 7398’s-Gravenhage 2024Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1beschikbare ruimte\n"
    assert values(text, Comment) == [
        "ISSN 0921 - 7398",
        "’s-Gravenhage 2024",
        "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1",
    ]
    assert "beschikbare ruimte" in values(text, Text)


def test_page_one_footer_block() -> None:
    assert values(PAGE, Comment) == [
        "ah-tk-20242025-1807",
        "ISSN 0921 - 7398",
        "’s-Gravenhage 2025",
        "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1",
    ]


# ---- footnote markers -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "markers"),
    [
        ("doodsbang worden?1 Zo nee, waarom niet?", ["1"]),
        ("uw eerdere vragen2 heb ik gesteld", ["2"]),
        ("in het rapport.4\n", ["4"]),
        ("het bericht «Vuurtoren blijft donker»1?", ["1"]),
        ("het bericht «Vuurtoren blijft donker»?1", ["1"]),
        ("de brief (van januari).2 Verder", ["2"]),
        ("(zie de brief)12 en verder", ["12"]),
        ("op 12 december 20241 heb ik", ["1"]),
        ("de voorstellen1,2 zijn", ["1,2"]),
        ("als volgt:3\n", ["3"]),
    ],
)
def test_glued_markers(text: str, markers: list[str]) -> None:
    assert values(text, Name.Label) == markers


@pytest.mark.parametrize(
    "text",
    [
        "in 2023 en 2024 is 3.5 procent betaald",
        "de uitstoot van CO2 en NO2 op de A2",
        "een oppervlak van 40 km2 in Natura2000-gebied",
        "Kamerstuk 29 544, nr.12",
        "meer dan 1.500.000 euro",
        "het jaar 2000 en 1999",
        "zie https://www.example.nl/a/2024/vraag2 voor meer",
    ],
)
def test_numbers_that_are_not_markers(text: str) -> None:
    assert values(text + "\n", Name.Label) == []


def test_marker_lines() -> None:
    text = "Is dat juist?\n1\nVraag 2\nKlopt het?\n2, 3 en 4\nAntwoord 2\n"
    assert values(text, Name.Label) == ["1", "2, 3 en 4"]


# ---- citations, links, notes ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "citation",
    [
        "Aanhangsel Handelingen, vergaderjaar 2018–2019, nr. 1989",
        "Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 869",
        "Aanhangsel van de Handelingen II, vergaderjaar 2023–2024, nr. 302",
        "Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel van de Handelingen, nr. 2386",
        "Kamervragen (Aanhangsel) 2023–2024, nr. 2267",
        "Aanhangsel Handelingen II 2018/19, nr. 1989",
        "Aanhangsel Handelingen, vergaderjaar 2024–2025, nrs. 12 en 13",
        "Kamerstuk 29 544, nr. 123",
        "Kamerstukken II 2018/19, 29 544, nr. 123",
        "Kamerstuk 36 800 XVI, nr. 12",
        "Kamerstuk 21 501-02, nr. 2498",
        "Handelingen II 2019/20, nr. 96, item 7",
        "ah-tk-20182019-1989",
        "kv-tk-2025Z01234",
    ],
)
def test_citations(citation: str) -> None:
    text = f"Zoals eerder gemeld in {citation} is dat zo.\n"
    assert values(text, Name.Tag) == [citation]


def test_citation_broken_over_lines() -> None:
    text = "Zie Aanhangsel Handelingen, vergaderjaar\n2024–2025, nr. 1803 voor het antwoord.\n"
    assert values(text, Name.Tag) == ["Aanhangsel Handelingen, vergaderjaar\n2024–2025, nr. 1803"]


def test_bare_dossier_citation_in_parentheses() -> None:
    assert values("de brief (36 200 XIV, nr. 126) over\n", Name.Tag) == ["36 200 XIV, nr. 126"]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example.nl/rapporten/vuurtorens-2025.pdf",
        "www.example.nl/nieuws",
        "nos.nl/artikel/2500000-fietsenstalling-vol",
    ],
)
def test_links(url: str) -> None:
    text = f"Zie ({url}).\n"
    assert values(text, String.Other) == [url]


def test_note_block() -> None:
    notes = values(PAGE, Comment.Special)
    assert notes[0] == "1"
    assert "Dagblad van het Noorden" in " ".join(notes)
    assert "2" in notes and "3" in notes and "4" in notes
    tags = values(PAGE, Name.Tag)
    assert "Kamerstuk 36 600 XII, nr. 45" in tags
    assert tags.count("Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1803") == 2  # Zie ook + note 3
    assert values(PAGE, String.Other) == ["https://www.example.nl/rapporten/vuurtorens-2025.pdf"]


def test_note_glued_to_its_number() -> None:
    text = "en verder.\n1Dagblad van het Noorden, 30 januari 2025 (https://www.example.nl/a)\n"
    assert values(text, Comment.Special)[0] == "1"
    assert values(text, String.Other) == ["https://www.example.nl/a"]


def test_answer_text_is_text() -> None:
    toks = lex(PAGE)
    body = "".join(v for t, v in toks if t in (Text, Whitespace))
    assert "In mijn brief van" in body


# ---- round trip, robustness, speed ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        PAGE,
        "",
        "\n\n\n",
        "geen regeleinde aan het eind",
        "\ufeffmet BOM\n",
        "Vragen van het lid X (ingezonden (ontvangen (ontvangen 7 juni 2024)",
        "Vragen van het lid zonder einde\nen nog een regel\n\nVraag 1\n",
        "\t  Vraag 1 \t\n\f\n\u00a0Antwoord 1\u00a0\n",
        "1\n2\n3 en\n" * 5,
        "»)?1?2.3:4;5" * 20,
    ],
)
def test_round_trip(text: str) -> None:
    toks = list(KamervragenLexer().get_tokens_unprocessed(text))
    assert "".join(v for _, _, v in toks) == text
    assert all(t is not Generic.Error and "Error" not in str(t) for _, t, _ in toks)
    # get_tokens keeps the text too (Pygments only drops a leading BOM)
    assert "".join(v for _, v in lex(text)) == text.removeprefix("\ufeff")


def test_corpus_like_text_is_fast() -> None:
    # ~50 KB of made-up page text; it lexes in about 10 ms here. The bound only catches a lexer that turned
    # quadratic or backtracking (the figure itself is a benchmark matter: these machines are noisy)
    text = (PAGE * 40)[:50_000]
    lexer = KamervragenLexer()
    list(lexer.get_tokens(text))  # compile the regexes first
    start = time.perf_counter()
    toks = list(lexer.get_tokens(text))
    elapsed = time.perf_counter() - start
    assert "".join(v for _, v in toks) == text
    assert elapsed < 1.0, f"50 KB took {elapsed * 1000:.0f} ms"


_ADVERSARIAL = r"""
import random, string, sys, time
from reader.core.lexer import KamervragenLexer

def cases(scale):
    rnd = random.Random(20250101)
    alphabet = string.printable + "«»–’‘“”éëï\u00a0\f"
    return {
        "random": "".join(rnd.choice(alphabet) for _ in range(1_000_000 // scale)),
        "dots": "http://" + "." * (1_000_000 // scale),
        "domain": "a." * (500_000 // scale),
        "label": "Vraag " + "1, " * (330_000 // scale) + "x",
        "header": "Vragen van het lid " + "(ingezonden " * (80_000 // scale),
        "cite": ("Aanhangsel Handelingen, vergaderjaar 2018–2019, nr. " + "12, " * 10) * (15_000 // scale),
        "digits": "12 345 " * (140_000 // scale),
        "markers": "vragen2 20241.?1»2 " * (50_000 // scale),
        "notes": "1 A\n" * (250_000 // scale),
    }

lexer = KamervragenLexer()
half, full = cases(4), cases(2)
for name in full:
    times = []
    for text in (half[name], full[name]):
        best = float("inf")
        for _ in range(2 if len(text) < 100_000 else 1):
            start = time.process_time()
            out = "".join(v for _, _, v in lexer.get_tokens_unprocessed(text))
            best = min(best, time.process_time() - start)
            assert out == text, name
        times.append(best)
    print(name, round(times[0], 3), round(times[1], 3), flush=True)
"""


def test_pathological_input_never_hangs() -> None:
    """Every hostile shape lexes in time linear in its length: twice the input at most about twice the CPU
    time (a growth ratio, not a wall-clock bound: these machines are shared), and half a megabyte well within
    half a minute. A ratio over the bound is measured again (up to three runs, the best time of each size
    kept): a neighbour's load can slow one run, a quadratic lexer is slow in every run."""
    best: dict[str, tuple[float, float]] = {}
    for _ in range(3):
        # In a child process: a regex stuck in backtracking cannot be interrupted from Python, only killed.
        proc = subprocess.run(
            [sys.executable, "-c", _ADVERSARIAL],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=REPO,
        )
        assert proc.returncode == 0, proc.stderr
        for line in proc.stdout.splitlines():
            name, half, full = line.split()
            assert float(full) < 30, f"{name}: 0.5 MB took {full} s of CPU"
            old = best.get(name, (float("inf"), float("inf")))
            best[name] = (min(old[0], float(half)), min(old[1], float(full)))
        if all(full <= 3.0 * max(half, 0.05) for half, full in best.values()):
            break
    for name, (half, full) in best.items():
        assert full <= 3.0 * max(half, 0.05), f"{name}: doubling the input took {half} → {full} s"


# ---- registration ---------------------------------------------------------------------------------------


def test_entry_point_registered() -> None:
    eps = importlib.metadata.entry_points(group="pygments.lexers")
    assert any(ep.name == "kamervragen" and ep.value == "reader.core.lexer:KamervragenLexer" for ep in eps)


@pytest.mark.parametrize("alias", ["kamervragen", "aanhangsel"])
def test_found_by_pygments(alias: str) -> None:
    lexer = get_lexer_by_name(alias)
    assert type(lexer).__name__ == "KamervragenLexer"
    assert lexer.name == "Kamervragen"


def test_found_by_file_name() -> None:
    assert type(get_lexer_for_filename("ah-tk-20242025-1807.txt")).__name__ == "KamervragenLexer"
    assert type(get_lexer_for_filename("kv-tk-2025Z05123.txt")).__name__ == "KamervragenLexer"
    assert type(get_lexer_for_filename("notities.txt")).__name__ == "TextLexer"


def test_analyse_text() -> None:
    assert KamervragenLexer.analyse_text(PAGE) >= 0.9
    assert KamervragenLexer.analyse_text("def f(): pass") == 0.0


# ---- the corpus -----------------------------------------------------------------------------------------


@pytest.mark.corpus
def test_seed_text_lexes_with_headings_and_footer(corpus: Path) -> None:
    seed = corpus / "txt" / "seed-ah-tk-20182019-2752.txt"
    text = seed.read_text(encoding="utf-8")
    toks = lex(text)
    assert "".join(v for _, v in toks) == text
    keywords = [v for t, v in toks if t is Keyword]
    assert keywords.count("Vraag") == 3 and keywords.count("Antwoord") == 3
    assert [v for t, v in toks if t is Number] == ["1, 2", "1, 2", "3, 4", "3, 4", "5, 6", "5, 6"]
    assert [v for t, v in toks if t is Comment] == ["Tweede Kamer, vergaderjaar 2018–2019, Aanhangsel 2"]
    assert [v for t, v in toks if t is Name.Label] == ["1", "2"]
    assert [v for t, v in toks if t is Literal.Date] == ["29 maart 2019", "21 mei 2019"]
    assert [v for t, v in toks if t is Name.Tag] == ["Aanhangsel Handelingen, vergaderjaar 2018–2019, nr. 1989"] * 2


@pytest.mark.corpus
def test_corpus_texts_round_trip(corpus: Path) -> None:
    folder = corpus / "txt"
    for path in sorted(folder.iterdir()):
        text = path.read_text(encoding="utf-8").replace("\r\n", "\n")
        toks = lex(text)
        assert "".join(v for _, v in toks) == text.removeprefix("\ufeff"), path.name
        assert any(t in Keyword or t in Generic.Heading for t, _ in toks), path.name
