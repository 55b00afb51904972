"""The view model of a document: everything a reader sees of it, built once, Qt-free.

`present(doc, options) -> View`. The screen (`text_document`), the print renderer (which lays the same text
document out on paper) and the HTML export (`html`) are writers of a `View`: none of them looks at the
`Document` for what to say, so the three cannot disagree.

A `View` holds
- `header`: the kind in words and the id, the subject, labelled rows (members with party, addressee, dates,
  who answered, "Beantwoord in" and "Zie ook" references as links) and the text of a notice;
- `items`: in reading order, a `Row` per shown pair of `Document.pairs()` (its questions and answers as
  `BlockView`s of paragraphs and tables, or a note where a column is empty; its footnote numbers; the
  "(vervolg)" headings of a pair carried over to the next page) and, where a question is answered in a row
  that stands elsewhere (an answer to questions 3 and 8 stands beside question 3), a `Pointer` at the
  question's own place ("Vraag 8: beantwoord bij vraag 3");
- `endnotes`: the footnotes of what is shown, with their citations resolved to ids and official pages;
- `headings` (the column headings), `title` (for page headers and file titles), `language`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from reader.core import rules
from reader.core.i18n import tr
from reader.core.model import Document, Kind, Pair, Reference, Soort
from reader.presentation.dates import format_date
from reader.presentation.labels import (
    answer_heading,
    answered_by_words,
    column_headings,
    document_title,
    pair_label,
    question_heading,
    soort_words,
    view_language,
)
from reader.presentation.notes import Endnote, endnotes, orphan_note, row_notes, unanswered_note
from reader.presentation.text import Link, Paragraph, Part, Run, Text, block_parts, capitalised, clean_text


class Columns(StrEnum):
    """Which columns a view shows."""

    BOTH = "both"
    QUESTIONS = "questions"
    ANSWERS = "answers"
    AUTO = "auto"  # both; the questions only for a document that holds only questions (`natural_columns`)


@dataclass(frozen=True)
class ViewOptions:
    """What to show.

    columns: both, questions only or answers only; AUTO: as the document is best read (`natural_columns`).
    pairs: indexes into `Document.pairs()` to show, in the order given; None = all (out-of-range ones dropped).
    postponed: whether unanswered questions were postponed; None = only when the document is a notice of
        postponement. postponed_on: the notice's date (default `doc.ontvangen`).
    language: 'nl' or 'en'; None = `view_language()` (the interface's).
    today: the date the status of open questions is told on (None: today).
    answered_in: the set's answer when it is elsewhere (the library knows it): the status of open questions
        then names it.
    """

    columns: Columns = Columns.BOTH
    pairs: Sequence[int] | None = None
    postponed: bool | None = None
    postponed_on: date | None = None
    language: str | None = None
    today: date | None = None
    answered_in: Reference | None = None


@dataclass(frozen=True)
class HeaderRow:
    label: str  # "Vragen van", "Ontvangen", …
    runs: tuple[Run, ...]

    @property
    def plain(self) -> str:
        return Paragraph(self.runs).plain


@dataclass(frozen=True)
class Header:
    kind: str  # what the document is, in words
    doc_id: str | None
    title: str  # the subject, capitalised (never empty)
    rows: tuple[HeaderRow, ...]
    notice: str | None  # the text of a notice
    status: Paragraph | None = None  # what a reader of questions without answers needs to know (`status_note`)

    @property
    def kicker(self) -> str:
        """The small line above the title: 'Vragen en antwoorden  ·  ah-tk-20232024-1031'."""
        return f"{self.kind}  ·  {self.doc_id}" if self.doc_id else self.kind


@dataclass(frozen=True)
class BlockView:
    """A question or an answer: its heading and its body (paragraphs and tables, in order)."""

    index: int  # into Document.questions or Document.answers
    heading: str  # "Vraag 3", "Antwoord 2 en 3"
    parts: tuple[Part, ...]
    notes: tuple[int, ...]  # the footnote numbers of its markers
    citations: tuple[Reference, ...]  # the documents its text cites


@dataclass(frozen=True)
class Row:
    """One shown pair: questions beside the answers that answer them."""

    index: int  # into Document.pairs()
    pair: Pair
    label: str  # "Vraag 3", "Vraag 8–11", "Antwoord 7"
    questions: tuple[BlockView, ...]  # empty when the questions column is hidden, or there is none
    answers: tuple[BlockView, ...]
    question_note: Paragraph | None  # an answer without a question: why (when the column is shown)
    answer_note: Paragraph | None  # a question without an answer: why (when the column is shown)
    notes: tuple[int, ...]  # the footnotes of the row's shown blocks (`row_notes`)
    continued: tuple[str, str]  # the headings of the row carried over to a next page: question, answer

    @property
    def grouped(self) -> bool:
        """Several questions beside one answer cell."""
        return len(self.questions) > 1

    @property
    def citations(self) -> tuple[Reference, ...]:
        seen: dict[str, Reference] = {}
        for b in (*self.questions, *self.answers):
            for r in b.citations:
                seen.setdefault(r.id, r)
        return tuple(seen.values())


@dataclass(frozen=True)
class Pointer:
    """At the place of questions that are answered in a row standing elsewhere: where they are answered."""

    questions: tuple[int, ...]  # indexes into Document.questions
    label: str  # "Vraag 8"
    text: str  # "beantwoord bij vraag 3"
    pair: int  # the index into Document.pairs() of the row that answers them


Item = Row | Pointer


@dataclass(frozen=True)
class View:
    language: str
    columns: Columns
    header: Header
    items: tuple[Item, ...]
    endnotes: tuple[Endnote, ...]
    headings: tuple[str, ...]  # the column headings, one per shown column
    title: str  # "ah-tk-20232024-1031 — Subject"
    endnotes_heading: str
    everything: bool  # every pair in both columns is shown
    note_words: str  # the name of a footnote: "Voetnoot {}" (its number)
    page_words: str  # a printed page's footer: "Pagina {} van {}" (page, count)

    @property
    def rows(self) -> tuple[Row, ...]:
        return tuple(i for i in self.items if isinstance(i, Row))

    @property
    def pointers(self) -> tuple[Pointer, ...]:
        return tuple(i for i in self.items if isinstance(i, Pointer))

    @property
    def show_questions(self) -> bool:
        return self.columns in (Columns.BOTH, Columns.QUESTIONS)

    @property
    def show_answers(self) -> bool:
        return self.columns in (Columns.BOTH, Columns.ANSWERS)

    def row(self, pair_index: int) -> Row | None:
        return next((r for r in self.rows if r.index == pair_index), None)


# ---- building ------------------------------------------------------------------------------------------------
def present(doc: Document, options: ViewOptions | None = None) -> View:
    """The view of `doc` (see the module docstring)."""
    opts = options or ViewOptions()
    if opts.columns == Columns.AUTO:
        opts = replace(opts, columns=natural_columns(doc))
    lang = opts.language or view_language()
    pairs = doc.pairs()
    wanted = list(range(len(pairs))) if opts.pairs is None else [i for i in opts.pairs if 0 <= i < len(pairs)]
    show_q = opts.columns in (Columns.BOTH, Columns.QUESTIONS)
    show_a = opts.columns in (Columns.BOTH, Columns.ANSWERS)
    note_words = tr("Voetnoot {}", lang=lang)
    rows = [_row(doc, i, pairs[i], opts, lang, note_words) for i in wanted]
    items: list[Item] = list(rows)
    if opts.pairs is None and show_q:
        items = _with_pointers(doc, pairs, rows, lang)
    everything = opts.pairs is None and show_q and show_a
    numbers: list[int] = []
    for r in rows:
        numbers += [n for n in r.notes if n not in numbers]
    return View(
        language=lang,
        columns=opts.columns,
        header=_header(doc, lang, status_note(doc, opts, lang)),
        items=tuple(items),
        endnotes=endnotes(doc, None if everything else numbers),
        headings=column_headings(show_q, show_a, lang),
        title=document_title(doc),
        endnotes_heading=tr("Voetnoten", lang=lang),
        everything=everything,
        note_words=note_words,
        page_words=tr("Pagina {} van {}", lang=lang),
    )


def _block(doc: Document, index: int, question: bool, lang: str, note_words: str) -> BlockView:
    block = doc.questions[index] if question else doc.answers[index]
    heading = question_heading(block, lang) if question else answer_heading(block, lang)
    return BlockView(index, heading, block_parts(block, doc, note_words), tuple(block.footnotes),
                     tuple(block.references))  # fmt: skip


def _row(doc: Document, index: int, pair: Pair, opts: ViewOptions, lang: str, note_words: str) -> Row:
    show_q = opts.columns in (Columns.BOTH, Columns.QUESTIONS)
    show_a = opts.columns in (Columns.BOTH, Columns.ANSWERS)
    questions = tuple(_block(doc, i, True, lang, note_words) for i in pair.questions) if show_q else ()
    answers = tuple(_block(doc, i, False, lang, note_words) for i in pair.answers) if show_a else ()
    question_note = orphan_note(doc, pair, lang) if show_q and not pair.questions else None
    answer_note = unanswered_note(doc, lang, opts.postponed, opts.postponed_on) if show_a and not pair.answers else None
    suffix = tr(" (vervolg)", lang=lang)
    q = pair_label(pair, doc, lang) if pair.questions else tr("Vraag", lang=lang)
    labels = [doc.answers[i].label for i in pair.answers if doc.answers[i].label]
    a = tr("Antwoord {}", labels[0], lang=lang) if labels else tr("Antwoord", lang=lang)
    return Row(
        index=index,
        pair=pair,
        label=pair_label(pair, doc, lang),
        questions=questions,
        answers=answers,
        question_note=question_note,
        answer_note=answer_note,
        notes=tuple(row_notes(doc, pair, questions=show_q, answers=show_a)),
        continued=(q + suffix, a + suffix),
    )


def _with_pointers(doc: Document, pairs: Sequence[Pair], rows: list[Row], lang: str) -> list[Item]:
    """The rows with a `Pointer` at the place of every question answered in a row that stands elsewhere.

    A row stands at its first question. A later question of the row is at its place when the question
    before it is in the row and at its place too; the others are "displaced": each run of them gets a
    pointer right after whatever shows the question before the run.
    """
    row_of = {qi: pi for pi, p in enumerate(pairs) for qi in p.questions}
    runs: list[tuple[int, list[int]]] = []  # (pair index, displaced questions), by their first question
    for pi, p in enumerate(pairs):
        in_place = set(p.questions[:1])
        for qi in p.questions[1:]:
            if qi - 1 in in_place:
                in_place.add(qi)
            elif runs and runs[-1][0] == pi and runs[-1][1][-1] == qi - 1:
                runs[-1][1].append(qi)
            else:
                runs.append((pi, [qi]))
    if not runs:
        return list(rows)
    items: list[Item] = list(rows)
    for pi, questions in sorted(runs, key=lambda r: r[1][0]):
        before = questions[0] - 1
        at = next(
            (
                k
                for k, item in enumerate(items)
                if (isinstance(item, Row) and item.index == row_of.get(before))
                or (isinstance(item, Pointer) and before in item.questions)
            ),
            None,
        )
        if at is None:
            continue
        labels = [doc.questions[q].label or ", ".join(doc.questions[q].numbers) for q in questions]
        labels = [label for label in labels if label]
        label = tr("Vraag {}", ", ".join(labels), lang=lang) if labels else tr("Vraag", lang=lang)
        target = question_heading(doc.questions[pairs[pi].questions[0]], lang)
        text = tr("beantwoord bij {}", target[:1].lower() + target[1:], lang=lang)
        items.insert(at + 1, Pointer(tuple(questions), label, text, pi))
    return items


def natural_columns(doc: Document) -> Columns:
    """The columns a document is best read in: the questions only when it holds questions and no answer (open
    or oral questions: a column of "not answered" notes says nothing the header does not say once)."""
    if doc.kind == Kind.VRAGEN and doc.questions and not doc.answers:
        return Columns.QUESTIONS
    return Columns.BOTH


def status_note(doc: Document, opts: ViewOptions, lang: str) -> Paragraph | None:
    """What a reader of a document of questions without answers needs to know, said once under its header:
    oral questions get no written answer; open ones when the three weeks ran (or run) out; a postponement
    with the notice's date; an answer the library holds. None for every other document."""
    if doc.kind != Kind.VRAGEN:
        return None
    if doc.soort_or_default == Soort.MONDELING:
        return Paragraph((Text(tr("Mondelinge vragen: geen schriftelijk antwoord", lang=lang)),))
    if opts.answered_in is not None:
        ref = opts.answered_in
        before, _, after = tr("Inmiddels beantwoord: {}", "\x00", lang=lang).partition("\x00")
        return Paragraph((Text(before), Link(ref.id, ref), Text(after)))
    if opts.postponed:
        return unanswered_note(doc, lang, True, opts.postponed_on)
    due = rules.answer_due(doc)
    if due is None:
        return Paragraph((Text(tr("Nog niet beantwoord", lang=lang)),))
    today = opts.today or date.today()
    text = (
        tr("Nog niet beantwoord; de termijn van drie weken verliep op {}", format_date(due, lang), lang=lang)
        if today > due
        else tr("Nog niet beantwoord; de termijn van drie weken verloopt op {}", format_date(due, lang), lang=lang)
    )
    return Paragraph((Text(text),))


def _header(doc: Document, lang: str, status: Paragraph | None = None) -> Header:
    rows: list[HeaderRow] = []

    def add(label: str, text: str) -> None:
        rows.append(HeaderRow(label, (Text(text),)))

    if doc.indieners:
        add(tr("Vragen van", lang=lang),
            clean_text(", ".join(f"{m.name} ({m.party})" if m.party else m.name for m in doc.indieners)))  # fmt: skip
    if doc.gericht_aan:
        add(tr("Aan", lang=lang), clean_text(doc.gericht_aan))
    if doc.ingezonden:
        add(tr("Ingezonden", lang=lang), format_date(doc.ingezonden, lang))
    if doc.beantwoord_door:
        add(answered_by_words(doc, lang), clean_text(doc.beantwoord_door))
    if doc.ontvangen:
        add(tr("Ontvangen", lang=lang), format_date(doc.ontvangen, lang))
    if doc.beantwoord_in:
        rows.append(HeaderRow(tr("Beantwoord in", lang=lang), _links(doc.beantwoord_in)))
    if doc.zie_ook:
        rows.append(HeaderRow(tr("Zie ook", lang=lang), _links(doc.zie_ook)))
    title = capitalised(clean_text(doc.subject or doc.title or doc.id or tr("Kamervragen", lang=lang)))
    notice = clean_text(doc.mededeling.strip()) if doc.kind == Kind.MEDEDELING and doc.mededeling else None
    return Header(soort_words(doc, lang), doc.id, title, tuple(rows), notice, status)


def _links(refs: Sequence[Reference]) -> tuple[Run, ...]:
    runs: list[Run] = []
    for k, ref in enumerate(refs):
        if k:
            runs.append(Text(", "))
        runs.append(Link(ref.id, ref))
    return tuple(runs)
