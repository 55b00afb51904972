"""Documents of questions without answers are read in one column, and the view model says once what the reader
needs to know (the three weeks, oral questions, a postponement, an answer the library holds); the screen, the
print's text document and the HTML all say it. And the screen's break opportunities for overlong tokens."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest

from reader.core import rules
from reader.core.citations import official_url
from reader.core.model import Block, Document, Kind, Member, Reference, RefKind, Soort
from reader.presentation.html import write_html
from reader.presentation.soft_breaks import SHY, ZWSP, soft_breaks, strip_soft_breaks
from reader.presentation.text_document import AlignedOptions, build_aligned_document
from reader.presentation.view import Columns, ViewOptions, natural_columns, present


def open_questions(soort: Soort | None = None) -> Document:
    return Document(
        kind=Kind.VRAGEN,
        soort=soort,
        zaak="2031Z00001",
        title="Vragen van het lid Fictief over de veerpont (ingezonden 1 oktober 2031).",
        indieners=[Member("Fictief", "Testpartij")],
        ingezonden=date(2031, 10, 1),
        questions=[Block(str(n), [str(n)], f"Fictieve vraag {n} over de veerpont?") for n in (1, 2, 3)],
    )


def test_questions_only_documents_are_read_in_one_column() -> None:
    doc = open_questions()
    assert natural_columns(doc) == Columns.QUESTIONS
    view = present(doc, ViewOptions(columns=Columns.AUTO, language="nl", today=date(2031, 11, 1)))
    assert view.columns == Columns.QUESTIONS and view.headings == ("Vraag",)
    assert all(r.answer_note is None and r.answers == () for r in view.rows)
    # an answered set keeps both columns
    answered = Document(questions=[Block("1", ["1"], "V?")], answers=[Block("1", ["1"], "A.")])
    assert present(answered, ViewOptions(columns=Columns.AUTO)).columns == Columns.BOTH
    # asked for both, both are shown (print chooses for itself)
    assert present(doc, ViewOptions(language="nl")).rows[0].answer_note is not None


@pytest.mark.parametrize(
    ("today", "nl", "en"),
    [
        (date(2031, 11, 1), "Nog niet beantwoord; de termijn van drie weken verliep op 22 oktober 2031",
         "Not yet answered; the three weeks for an answer ran out on 22 October 2031"),
        (date(2031, 10, 10), "Nog niet beantwoord; de termijn van drie weken verloopt op 22 oktober 2031",
         "Not yet answered; the three weeks for an answer run out on 22 October 2031"),
    ],
)  # fmt: skip
def test_open_questions_say_when_the_three_weeks_ran_out(today: date, nl: str, en: str) -> None:
    doc = open_questions()
    assert rules.answer_due(doc) == date(2031, 10, 22)
    for lang, text in (("nl", nl), ("en", en)):
        status = present(doc, ViewOptions(columns=Columns.AUTO, language=lang, today=today)).header.status
        assert status is not None and status.plain == text


def test_oral_postponed_and_answered_questions_say_so() -> None:
    oral = present(open_questions(Soort.MONDELING), ViewOptions(language="nl")).header.status
    assert oral is not None and oral.plain == "Mondelinge vragen: geen schriftelijk antwoord"
    postponed = present(open_questions(), ViewOptions(language="en", postponed=True, postponed_on=date(2031, 10, 20)))
    assert postponed.header.status is not None
    assert postponed.header.status.plain == "Postponed — notice received 20 October 2031"
    answer = Reference(RefKind.AANHANGSEL, "ah-tk-20312032-99", official_url("ah-tk-20312032-99"), "")
    answered = present(open_questions(), ViewOptions(language="nl", answered_in=answer)).header.status
    assert answered is not None and answered.plain == "Inmiddels beantwoord: ah-tk-20312032-99"
    # an answered set has no such line
    assert present(Document(questions=[Block("1", ["1"], "V?")])).header.status is None


def test_the_screen_the_print_and_the_html_say_the_status(qapp: object) -> None:
    doc = open_questions()
    text = "de termijn van drie weken verliep op 22 oktober 2031"
    aligned = build_aligned_document(doc, AlignedOptions(columns=Columns.AUTO, language="nl", today=date(2032, 1, 1)))
    plain = aligned.document.toPlainText()
    assert text in plain and "Nog niet beantwoord\n" not in plain + "\n"
    assert all(p.table.columns() == 1 for p in aligned.pairs)
    html = write_html(present(doc, ViewOptions(columns=Columns.AUTO, language="nl", today=date(2032, 1, 1))))
    assert text in html


def test_soft_breaks_only_in_overlong_tokens() -> None:
    sentence = "De ervaringsdeskundigheid van de lhbti-gemeenschap in Noord-Holland telt."
    assert soft_breaks(sentence) == sentence  # words are never touched
    url = "https://www.example.org/bestanden/2022-03/220315_%20Fictief%20beleid%20provincies%202022.pdf"
    broken = soft_breaks(f"Zie {url} hier.")
    assert strip_soft_breaks(broken) == f"Zie {url} hier."
    assert f"/{ZWSP}bestanden/{ZWSP}" in broken  # an address breaks at its slashes first
    assert all(len(part) <= 13 for part in broken.split(ZWSP)[1:-1])  # never a long run without a chance
    long_word = "arbeidsongeschiktheidsverzekeringsmaatschappij"
    assert SHY in soft_breaks(long_word) and strip_soft_breaks(soft_breaks(long_word)) == long_word
