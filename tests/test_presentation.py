"""The view model (reader.presentation): rows, notes per row, the notes of empty cells per soort, pointers to
answers that stand elsewhere, tables, inline citations, dates and labels in both languages, and the layers."""

from __future__ import annotations

import ast
import json
from datetime import date
from pathlib import Path

import pytest
from sample_document import fictional_document

from reader.core import i18n
from reader.core.catalogue import CATALOGUE
from reader.core.citations import official_url
from reader.core.model import Block, Citation, Document, Footnote, Kind, Marker, Member, Reference, RefKind, Soort
from reader.presentation.dates import format_date
from reader.presentation.labels import pair_label, view_language
from reader.presentation.notes import row_notes
from reader.presentation.text import Link, NoteMark, Paragraph, TableView, Text
from reader.presentation.view import Columns, Pointer, Row, ViewOptions, present

ROOT = Path(__file__).resolve().parents[1]


def kst(doc_id: str = "kst-36471-64") -> Reference:
    return Reference(RefKind.KAMERSTUK, doc_id, official_url(doc_id), "Kamerstuk 36 471, nr. 64")


def non_adjacent_document() -> Document:
    """Nine questions; one answer covers questions 3 and 8 (printed as in a Word letter: "Antwoord op vraag 3
    en 8"), and 8 is not answered elsewhere."""
    questions = [Block(str(n), [str(n)], f"Fictieve vraag nummer {n}?") for n in range(1, 10)]
    answers = [Block(str(n), [str(n)], f"Fictief antwoord {n}.") for n in (1, 2)]
    answers.append(Block("3 en 8", ["3", "8"], "Een antwoord op twee vragen die niet naast elkaar staan."))
    answers += [Block(str(n), [str(n)], f"Fictief antwoord {n}.") for n in (4, 5, 6, 7, 9)]
    return Document(vergaderjaar="2031-2032", nummer=900, questions=questions, answers=answers)


def unanswered(soort: Soort | None, kind: Kind, **fields: object) -> Document:
    doc = Document(kind=kind, soort=soort, questions=[Block("1", ["1"], "Een vraag zonder antwoord?")])
    for name, value in fields.items():
        setattr(doc, name, value)
    return doc


def answer_note(doc: Document, **options: object) -> Paragraph:
    row = present(doc, ViewOptions(**options)).rows[0]  # type: ignore[arg-type]
    assert row.answer_note is not None
    return row.answer_note


# ---- rows ------------------------------------------------------------------------------------------------------
def test_a_row_per_pair_with_headings_notes_and_empty_cell_notes() -> None:
    doc = fictional_document(8)
    view = present(doc, ViewOptions(language="nl"))
    pairs = doc.pairs()
    assert [r.index for r in view.rows] == list(range(len(pairs))) and view.pointers == ()
    for row, pair in zip(view.rows, pairs, strict=True):
        assert row.pair == pair
        assert [b.heading for b in row.questions] == [f"Vraag {doc.questions[i].label}" for i in pair.questions]
        assert [b.heading for b in row.answers] == [f"Antwoord {doc.answers[i].label}" for i in pair.answers]
        assert list(row.notes) == row_notes(doc, pair)
        assert row.grouped == (len(pair.questions) > 1)
    grouped = next(r for r in view.rows if r.grouped)
    assert grouped.label == "Vraag 4–6" and grouped.answers[0].heading == "Antwoord 4, 5 en 6"
    lonely = next(r for r in view.rows if not r.pair.answers)
    assert lonely.answer_note == Paragraph((Text("Niet beantwoord in dit document"),))
    orphan = next(r for r in view.rows if not r.pair.questions)
    assert orphan.question_note == Paragraph((Text("Geen vraag met dit nummer in dit document"),))
    assert orphan.continued == ("Vraag (vervolg)", "Antwoord 20 (vervolg)")
    assert view.headings == ("Vraag", "Antwoord") and view.endnotes_heading == "Voetnoten"


def test_row_notes_is_the_one_rule_for_a_pairs_notes() -> None:
    note_q, note_a = 4, 7
    doc = Document(
        questions=[Block("1", ["1"], "Vraag met noot.", [Marker(5, note_q), Marker(5, note_q)])],
        answers=[Block("1", ["1"], "Antwoord met twee noten.", [Marker(3, note_a), Marker(8, note_q)])],
        footnotes=[Footnote(note_q, "Noot bij de vraag"), Footnote(note_a, "Noot bij het antwoord")],
    )
    pair = doc.pairs()[0]
    assert row_notes(doc, pair) == [note_q, note_a]
    assert row_notes(doc, pair, questions=False) == [note_a, note_q]
    assert row_notes(doc, pair, answers=False) == [note_q]
    # a print of the answers alone names the notes of the answers only
    view = present(doc, ViewOptions(columns=Columns.ANSWERS, pairs=[0]))
    assert [e.number for e in view.endnotes] == [note_q, note_a] and view.rows[0].notes == (note_a, note_q)


def test_endnotes_resolve_citations_and_keep_other_addresses() -> None:
    ref = Reference(RefKind.AANHANGSEL, "ah-tk-20312032-1000", "", "Aanhangsel Handelingen II 2031/32, nr. 1000")
    note = Footnote(1, "Zie Aanhangsel nr. 1000 en www.example.org/a", [ref], ["www.example.org/a", "example.net/b"])
    doc = Document(questions=[Block("1", ["1"], "Vraag.", [Marker(6, 1)])], footnotes=[note, Footnote(2, "Los.")])
    view = present(doc)
    first = view.endnotes[0]
    assert first.references[0].url == "https://zoek.officielebekendmakingen.nl/ah-tk-20312032-1000.html"
    assert first.urls == ("example.net/b",)  # the other address is already in the note's text
    assert [e.number for e in view.endnotes] == [1, 2]  # everything shown: every note
    assert [e.number for e in present(doc, ViewOptions(pairs=[0])).endnotes] == [1]


# ---- the notes of unanswered questions, by what the document is ---------------------------------------------
@pytest.mark.parametrize(
    ("doc", "options", "nl", "en"),
    [
        (unanswered(None, Kind.ANTWOORD), {}, "Niet beantwoord in dit document", "Not answered in this document"),
        (unanswered(Soort.UITSTEL, Kind.MEDEDELING, ontvangen=date(2024, 11, 14)), {},
         "Uitgesteld — mededeling ontvangen 14 november 2024", "Postponed — notice received 14 November 2024"),
        (unanswered(None, Kind.MEDEDELING), {}, "Uitgesteld — zie de mededeling", "Postponed — see the notice"),
        (unanswered(None, Kind.VRAGEN), {"postponed": True, "postponed_on": date(2032, 4, 1)},
         "Uitgesteld — mededeling ontvangen 1 april 2032", "Postponed — notice received 1 April 2032"),
        (unanswered(Soort.PER_BRIEF, Kind.MEDEDELING), {}, "Beantwoord per brief — zie de mededeling",
         "Answered by letter — see the notice"),
        (unanswered(Soort.INGETROKKEN, Kind.MEDEDELING), {}, "Ingetrokken — er komt geen antwoord",
         "Withdrawn — no answer will follow"),
        (unanswered(Soort.MONDELING, Kind.VRAGEN), {}, "Mondelinge vragen: geen schriftelijk antwoord",
         "Oral questions: no written answer"),
        (unanswered(None, Kind.VRAGEN), {}, "Nog niet beantwoord", "Not yet answered"),
    ],
)  # fmt: skip
def test_the_note_of_an_unanswered_question_says_what_the_document_is(
    doc: Document, options: dict[str, object], nl: str, en: str
) -> None:
    assert answer_note(doc, language="nl", **options).plain == nl
    assert answer_note(doc, language="en", **options).plain == en


def test_answered_by_letter_names_the_letter_as_a_link() -> None:
    doc = unanswered(Soort.PER_BRIEF, Kind.MEDEDELING, beantwoord_in=[kst()], mededeling="Beantwoord per brief.")
    note = answer_note(doc, language="nl")
    assert note.plain == "Beantwoord per brief (kst-36471-64)"
    assert [r for r in note.runs if isinstance(r, Link)] == [Link("kst-36471-64", kst())]
    view = present(doc, ViewOptions(language="nl"))
    assert view.header.kind == "Mededeling: beantwoord per brief"
    answered_in = next(r for r in view.header.rows if r.label == "Beantwoord in")
    assert answered_in.runs == (Link("kst-36471-64", kst()),)
    assert view.header.notice == "Beantwoord per brief."


# ---- questions answered in a row that stands elsewhere -----------------------------------------------------
def test_an_answer_to_questions_that_are_not_adjacent_stands_beside_all_and_is_pointed_at() -> None:
    doc = non_adjacent_document()
    view = present(doc, ViewOptions(language="nl"))
    assert len(view.rows) == 8  # nine questions, one row holds two of them
    shared = next(r for r in view.rows if r.grouped)
    assert [b.heading for b in shared.questions] == ["Vraag 3", "Vraag 8"]
    assert [b.heading for b in shared.answers] == ["Antwoord 3 en 8"]
    assert shared.label == "Vraag 3, 8"  # not "3–8": questions 4 to 7 are not in it
    # at question 8's own place, between questions 7 and 9: where it is answered
    order = [i.label if isinstance(i, Row) else f"→ {i.label}" for i in view.items]
    assert order == ["Vraag 1", "Vraag 2", "Vraag 3, 8", "Vraag 4", "Vraag 5", "Vraag 6", "Vraag 7", "→ Vraag 8",
                     "Vraag 9"]  # fmt: skip
    pointer = view.pointers[0]
    assert pointer == Pointer((7,), "Vraag 8", "beantwoord bij vraag 3", shared.index)
    english = present(doc, ViewOptions(language="en")).pointers[0]
    assert (english.label, english.text) == ("Question 8", "answered with question 3")
    # a print of some pairs, or of the answers alone, has no pointers
    assert present(doc, ViewOptions(pairs=[0, 2])).pointers == ()
    assert present(doc, ViewOptions(columns=Columns.ANSWERS)).pointers == ()


def test_adjacent_groups_need_no_pointer() -> None:
    assert present(fictional_document(12)).pointers == ()


def test_a_run_of_displaced_questions_gets_one_pointer() -> None:
    doc = non_adjacent_document()
    doc.answers[2] = Block("3, 8 en 9", ["3", "8", "9"], "Een antwoord op drie vragen.")
    del doc.answers[-1]
    view = present(doc, ViewOptions(language="nl"))
    assert [(p.label, p.text) for p in view.pointers] == [("Vraag 8, 9", "beantwoord bij vraag 3")]
    assert isinstance(view.items[-1], Pointer) and view.items[-2].label == "Vraag 7"  # type: ignore[union-attr]


# ---- text: markers, citations, tables --------------------------------------------------------------------------
def test_inline_citations_become_links_and_markers_stay_in_place() -> None:
    text = "Zie Kamerstuk 36 471, nr. 64 en de noot.\n\nTweede alinea."
    start = text.index("Kamerstuk")
    end = text.index(" en de")
    after_note = text.index("noot") + len("noot")
    markers = [Marker(len("Zie Kamerstuk"), 1), Marker(after_note, 2), Marker(after_note, 3)]
    block = Block("1", ["1"], text, markers, citations=[Citation(start, end, kst())])
    doc = Document(answers=[block], footnotes=[Footnote(1, "Eerste noot."), Footnote(2, "Tweede noot.")])
    first, second = present(doc).rows[0].answers[0].parts
    assert isinstance(first, Paragraph) and isinstance(second, Paragraph)
    assert first.runs == (
        Text("Zie "),
        Link("Kamerstuk", kst()),
        NoteMark(1, "1. Eerste noot."),
        Link(" 36 471, nr. 64", kst()),  # the marker inside the citation splits its link
        Text(" en de noot"),
        NoteMark(2, "2. Tweede noot."),
        NoteMark(3, "Voetnoot 3", after_mark=True),  # a note the document lacks
        Text("."),
    )
    assert second.runs == (Text("Tweede alinea."),)
    assert present(doc).rows[0].citations == (kst(),)


def test_tables_stand_at_their_positions() -> None:
    from reader.core.model import Table

    rows = [["Soort melding", "2030", "2031"], ["Fictief A", "2", "3"], ["Fictief B", "10"]]
    block = Block("1", ["1"], "Voor de tabel.\n\nNa de tabel.", tables=[Table(rows, 1), Table([["los"]], 9)])
    parts = present(Document(answers=[block])).rows[0].answers[0].parts
    assert [type(p).__name__ for p in parts] == ["Paragraph", "TableView", "Paragraph", "TableView"]
    table = parts[1]
    assert isinstance(table, TableView)
    assert table.rows == (("Soort melding", "2030", "2031"), ("Fictief A", "2", "3"), ("Fictief B", "10", ""))
    only_table = Block("1", ["1"], "", tables=[Table([["a", "b"]], 0)])
    assert present(Document(answers=[only_table])).rows[0].answers[0].parts == (TableView((("a", "b"),)),)


# ---- languages -------------------------------------------------------------------------------------------------
def test_dates_and_labels_in_both_languages() -> None:
    assert format_date(date(2019, 5, 21), "nl") == "21 mei 2019"
    assert format_date(date(2019, 5, 21), "en") == "21 May 2019"
    assert format_date(None) == ""
    doc = fictional_document(4)
    doc.ingezonden = date(2019, 5, 21)
    nl = present(doc, ViewOptions(language="nl"))
    en = present(doc, ViewOptions(language="en"))
    assert ("Ingezonden", "21 mei 2019") in [(r.label, r.plain) for r in nl.header.rows]
    assert ("Submitted", "21 May 2019") in [(r.label, r.plain) for r in en.header.rows]
    assert en.header.kind == "Questions and answers" and en.headings == ("Question", "Answer")
    assert en.rows[0].questions[0].heading == "Question 1" and en.page_words.format(1, 2) == "Page 1 of 2"
    assert pair_label(doc.pairs()[3], doc, "en") == "Question 4–6"


def test_the_interface_language_chooses_the_views_language(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    try:
        monkeypatch.setenv("LANG", "C.UTF-8")
        assert view_language() == "en"  # the one rule: Dutch with a Dutch locale, English otherwise
        monkeypatch.setenv("LANG", "en_GB.UTF-8")
        assert view_language() == "en"
        i18n.set_language("nl")  # the window's setting or --lang wins
        assert view_language() == "nl"
        i18n.set_language("en")
        assert present(fictional_document(2)).language == "en"
    finally:
        i18n.set_language(None)


def test_every_text_of_the_presentation_is_in_the_catalogue_with_the_windows_english() -> None:
    texts: set[str] = set()
    for path in (ROOT / "reader" / "presentation").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "tr" and node.args:
                first = node.args[0]
                assert isinstance(first, ast.Constant), f"{path.name}: tr() of a non-literal"
                texts.add(first.value)
    assert texts and not texts - set(CATALOGUE), sorted(texts - set(CATALOGUE))
    # the English the window showed before these words moved here (Qt's catalogue, context AlignedDocument,
    # kept as it was in tests/fixtures/aligned_document_en.json) is unchanged
    before = json.loads((ROOT / "tests" / "fixtures" / "aligned_document_en.json").read_text(encoding="utf-8"))
    assert before
    for source, english in before.items():
        assert CATALOGUE[source.replace("%1", "{}")] == english.replace("%1", "{}"), source


def test_members_and_parties_in_the_header() -> None:
    doc = Document(indieners=[Member("Jansen", "Partij A"), Member("Zonder Partij")], gericht_aan="Minister X")
    rows = {r.label: r.plain for r in present(doc, ViewOptions(language="nl")).header.rows}
    assert rows == {"Vragen van": "Jansen (Partij A), Zonder Partij", "Aan": "Minister X"}


def test_a_printed_label_reads_in_the_views_language() -> None:
    from reader.presentation.labels import answer_heading, numbers_text

    block = Block(label="2, 3 en 4", numbers=["2", "3", "4"], text="Ja.")
    assert numbers_text("2, 3 en 4", "nl") == "2, 3 en 4"
    assert numbers_text("2, 3 en 4", "en") == "2, 3 and 4"
    assert numbers_text("5 t/m 8", "en") == "5 to 8"
    assert numbers_text("Kamerstuk en", "en") == "Kamerstuk en"  # no word after it: not a join
    assert answer_heading(block, "en") == "Answer 2, 3 and 4"
    assert answer_heading(block, "nl") == "Antwoord 2, 3 en 4"
