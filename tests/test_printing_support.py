"""Helpers for the printing tests: reading PDFs back with poppler, and fictional documents written here.

The checks read the printed PDF the way a person would: `pdftotext -layout` keeps the two columns on one
line, so a question's first line and its answer's first line must be on the same line of its output;
`pdftotext -raw` gives each page's text in drawing order, where a pair's first and last words are looked up
(with all white space removed, so a line break inside a phrase does not matter).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reader.core.model import Block, Document, Footnote, Marker, Member, Reference, RefKind
from reader.presentation.labels import answer_heading, question_heading
from reader.presentation.text import clean_text

# A QApplication for the whole session, made when the tests are collected, before any test runs: the renderer,
# like the PDF parser, makes a plain QGuiApplication when it finds none, and a widget test (the print dialogs)
# after that would abort the process. Collection comes first, so whichever module runs first, this one wins.
APP = QApplication.instance() or QApplication(["kamervragen-reader-tests"])

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdfinfo")),
    reason="pdftotext/pdfinfo (poppler-utils) not installed; .ci/run installs them",
)


def pdf_pages_text(path: Path, layout: bool = True) -> list[str]:
    """The text of every page (pdftotext separates pages with a form feed)."""
    mode = "-layout" if layout else "-raw"
    out = subprocess.run(["pdftotext", mode, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    pages = out.stdout.decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(path)], capture_output=True, check=True)
    info: dict[str, str] = {}
    for line in out.stdout.decode("utf-8").splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def squash(text: str) -> str:
    """No white space, compatibility forms folded (a ligature "ﬁ" reads "fi")."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _words_after_last_marker(block: Block, last: bool) -> str:
    """A phrase of the block's text that no footnote marker interrupts: its first or last words."""
    text = block.text
    paras = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
    if not paras:
        return ""
    if last:
        start = text.rfind(paras[-1])
        cut = max([m.offset for m in block.markers if m.offset > start] or [start])
        words = clean_text(text[cut:]).split()
        return " ".join(words[-6:])
    end = text.find(paras[0]) + len(paras[0])
    cut = min([m.offset for m in block.markers if m.offset < end] or [end])
    words = clean_text(text[:cut]).split()
    return " ".join(words[:4])


@dataclass
class PairText:
    """What of a pair can be looked for in the PDF text."""

    index: int
    question_label: str | None  # "Vraag 3" (first question), None when the pair has no question
    answer_label: str | None
    question_start: str
    answer_start: str
    tails: list[str]  # the last words of every question and answer of the pair


def pair_texts(doc: Document) -> list[PairText]:
    out = []
    for i, pair in enumerate(doc.pairs()):
        q = doc.questions[pair.questions[0]] if pair.questions else None
        a = doc.answers[pair.answers[0]] if pair.answers else None
        tails = [_words_after_last_marker(doc.questions[k], True) for k in pair.questions]
        tails += [_words_after_last_marker(doc.answers[k], True) for k in pair.answers]
        out.append(
            PairText(
                i,
                question_heading(q) if q else None,
                answer_heading(a) if a else None,
                _words_after_last_marker(q, False) if q else "",
                _words_after_last_marker(a, False) if a else "",
                [t for t in tails if t],
            )
        )
    return out


def label_line(pages: list[str], pt: PairText) -> tuple[int, int, str] | None:
    """(page 1-based, line index, line) of the line with the pair's question and answer headings side by side."""
    for p, page in enumerate(pages, start=1):
        lines = page.splitlines()
        for n, line in enumerate(lines):
            if "(vervolg)" in line:
                continue
            if pt.question_label and pt.answer_label:
                pattern = rf"{re.escape(pt.question_label)}\s{{2,}}{re.escape(pt.answer_label)}\s*$"
                if re.search(pattern, line.strip()):
                    return p, n, line
    return None


def assert_first_lines_side_by_side(pages: list[str], pt: PairText) -> int:
    """The question's heading and first words stand on the same lines as the answer's; returns the page."""
    found = label_line(pages, pt)
    assert found is not None, f"pair {pt.index + 1}: '{pt.question_label}' and '{pt.answer_label}' not on one line"
    page, n, _line = found
    lines = pages[page - 1].splitlines()
    following = next((ln for ln in lines[n + 1 :] if ln.strip()), "")
    q_first = pt.question_start.split()[:2]
    a_first = pt.answer_start.split()[:2]
    squashed = squash(following)
    assert squash(" ".join(q_first)) in squashed and squash(" ".join(a_first)) in squashed, (
        f"pair {pt.index + 1}: first lines not side by side: {following!r} (expected {q_first} and {a_first})"
    )
    # the question's words come first on the line: it is the left column
    assert squashed.index(squash(" ".join(q_first))) < squashed.index(squash(" ".join(a_first)))
    return page


def pages_with(raw_pages: list[str], phrase: str) -> list[int]:
    target = squash(phrase)
    return [p for p, text in enumerate(raw_pages, start=1) if target in squash(text)]


# ---- fictional documents (our own text, not the corpus) ------------------------------------------------------
def tokens(prefix: str, count: int, per_paragraph: int = 60) -> str:
    """Numbered words ('vq0001 vq0002 …') in paragraphs: every word says where it belongs."""
    words = [f"{prefix}{i:04d}" for i in range(1, count + 1)]
    paras = [" ".join(words[i : i + per_paragraph]) for i in range(0, count, per_paragraph)]
    return "\n\n".join(paras)


def tall_document() -> Document:
    """Three pairs; the second has a question and an answer each longer than a page (both must flow on)."""
    questions = [
        Block("1", ["1"], "Bent u bekend met het bericht over de proef met lange teksten?"),
        Block("2", ["2"], tokens("vq", 900)),
        Block("3", ["3"], "Kunt u deze vragen afzonderlijk beantwoorden?"),
    ]
    answers = [
        Block("1", ["1"], "Ja, het bericht is mij bekend."),
        Block("2", ["2"], tokens("va", 1400)),
        Block("3", ["3"], "Ja."),
    ]
    return Document(
        vergaderjaar="2031-2032",
        nummer=777,
        title="Vragen van het lid Jansen (Partij A) over een proef met lange teksten (ingezonden 1 april 2032).",
        indieners=[Member("Jansen", "Partij A")],
        gericht_aan="Minister van Fictieve Zaken",
        ingezonden=date(2032, 4, 1),
        beantwoord_door="Minister Voorbeeld (Fictieve Zaken)",
        ontvangen=date(2032, 4, 20),
        questions=questions,
        answers=answers,
    )


def grouped_document() -> Document:
    """Questions 2, 3 and 4 answered together; question 5 unanswered; a footnote citing an Aanhangsel."""
    q2 = "Hoe beoordeelt u de uitkomst van het onderzoek naar de wachttijden bij het loket?"
    questions = [
        Block("1", ["1"], "Bent u bekend met het rapport over de wachttijden?", [Marker(50, 1)]),
        Block("2", ["2"], q2),
        Block("3", ["3"], "Welke maatregelen neemt u om de wachttijden te verkorten?"),
        Block("4", ["4"], "Wanneer informeert u de Kamer over de voortgang?"),
        Block("5", ["5"], "Bent u bereid deze vragen binnen drie weken te beantwoorden?"),
    ]
    answers = [
        Block("1", ["1"], "Ja, dat rapport is mij bekend."),
        Block(
            "2, 3 en 4",
            ["2", "3", "4"],
            "De uitkomst van het onderzoek neem ik serieus.\n\nIk heb de uitvoerder gevraagd de wachttijden "
            "binnen een half jaar te halveren en informeer de Kamer voor de zomer over de voortgang.",
        ),
    ]
    ref = Reference(
        RefKind.AANHANGSEL,
        "ah-tk-20312032-1000",
        "https://zoek.officielebekendmakingen.nl/ah-tk-20312032-1000.html",
        "Aanhangsel Handelingen II 2031/32, nr. 1000",
    )
    return Document(
        vergaderjaar="2031-2032",
        nummer=778,
        title="Vragen van het lid De Vries (Partij B) over de wachttijden bij het loket (ingezonden 2 mei 2032).",
        indieners=[Member("De Vries", "Partij B")],
        gericht_aan="Minister van Fictieve Zaken",
        ingezonden=date(2032, 5, 2),
        beantwoord_door="Minister Voorbeeld (Fictieve Zaken)",
        ontvangen=date(2032, 5, 30),
        questions=questions,
        answers=answers,
        footnotes=[
            Footnote(
                1,
                "Aanhangsel Handelingen II 2031/32, nr. 1000; zie ook www.example.org/rapport",
                [ref],
                ["www.example.org/rapport"],
            )
        ],
    )


def hostile_document() -> Document:
    """Markup in every field: it must come out as text, never as markup."""
    bad = '<script>alert(1)</script> <img src=x> <a href="http://evil.example">klik</a> & "quotes"'
    return Document(
        vergaderjaar="2031-2032",
        nummer=779,
        title=f"Vragen van het lid X over {bad} (ingezonden 3 juni 2032).",
        indieners=[Member("<b>X</b>", "<i>P</i>")],
        gericht_aan="<style>body{display:none}</style>",
        questions=[Block("1", ["1"], f"Vraag met {bad}?", [Marker(5, 1)])],
        answers=[Block("1", ["1"], f"Antwoord met {bad}.")],
        footnotes=[Footnote(1, f"Noot {bad} https://evil.example/x.js", [], ["https://evil.example/x.js"])],
    )


def test_support_phrases_skip_markers() -> None:
    text = "Eerste woorden hier, dan een noot en verder tekst tot het einde."
    block = Block("1", ["1"], text, [Marker(text.index("dan"), 1)])
    assert _words_after_last_marker(block, False) == "Eerste woorden hier,"
    assert _words_after_last_marker(block, True) == "noot en verder tekst tot het einde."[len("noot ") :]
    block = Block("1", ["1"], text, [Marker(text.index("het einde"), 2)])
    assert _words_after_last_marker(block, True) == "het einde."
