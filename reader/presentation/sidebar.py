"""What the sidebar says about a document, Qt-free: where each footnote's marker stands ("bij antwoord 5"),
the citations in the text of a pair, and the preview of a cited set (its header and the pair the citing text
refers to).

- `note_places(doc, lang)`: {note number: ("vraag 1", "antwoord 4")}, as the markers stand: a note whose
  marker is in Antwoord 5 is "bij antwoord 5", not "bij vraag 5".
- `TextCitation` / `text_citations(doc, pair)`: the citations in the body text of a pair's questions and
  answers (`Block.citations`), each with the heading of the block it stands in and the sentence around it.
- `note_context(doc, number)`: the sentences where a footnote's markers stand (what the note is cited for).
- `preview(cited, citing_text, lang)`: a `Preview` of a cited set: its header (as the reading pane shows it)
  and the row of the pair that the citing text refers to (`reader.core.cited_pair`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.core.cited_pair import CitedPair, Reason, cited_pair, citing_sentence
from reader.core.model import Block, Document, Pair, Reference
from reader.presentation.dates import format_date
from reader.presentation.labels import answer_heading, question_heading, view_language
from reader.presentation.text import clean_text
from reader.presentation.view import Header, Row, ViewOptions, present


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _blocks(doc: Document, pair: Pair | None = None, lang: str | None = None) -> list[tuple[Block, str]]:
    """(block, its heading in lower case) of a pair's questions then answers; of the whole document for None."""
    if pair is None:
        questions, answers = list(range(len(doc.questions))), list(range(len(doc.answers)))
    else:
        questions, answers = pair.questions, pair.answers
    lang = lang or view_language()
    return [(doc.questions[i], _lower_first(question_heading(doc.questions[i], lang))) for i in questions] + [
        (doc.answers[i], _lower_first(answer_heading(doc.answers[i], lang))) for i in answers
    ]


def note_places(doc: Document, lang: str | None = None) -> dict[int, tuple[str, ...]]:
    """{note number: the headings of the blocks its markers stand in, lower case, in reading order}."""
    lang = lang or view_language()
    places: dict[int, list[str]] = {}

    def add(block: Block, heading: str) -> None:
        for number in block.footnotes:
            where = places.setdefault(number, [])
            if heading not in where:
                where.append(heading)

    for pair in doc.pairs():  # reading order: a question, then the answers beside it
        for i in pair.questions:
            add(doc.questions[i], _lower_first(question_heading(doc.questions[i], lang)))
        for i in pair.answers:
            add(doc.answers[i], _lower_first(answer_heading(doc.answers[i], lang)))
    return {n: tuple(v) for n, v in places.items()}


def note_context(doc: Document, number: int) -> str:
    """The sentences in which note `number`'s markers stand (what the note is cited for); '' for none."""
    sentences: list[str] = []
    for block, _heading in _blocks(doc):
        for marker in block.markers:
            if marker.number == number:
                s = citing_sentence(block.text, marker.offset)
                if s and s not in sentences:
                    sentences.append(s)
    return " ".join(sentences)


@dataclass(frozen=True)
class TextCitation:
    """A citation in the body text of a question or an answer."""

    reference: Reference
    where: str  # "antwoord 2"
    printed: str  # the citation as printed in the text
    context: str  # the sentence it stands in


def text_citations(doc: Document, pair: Pair, lang: str | None = None) -> tuple[TextCitation, ...]:
    """The citations in the text of a pair's questions and answers, in reading order, each document once."""
    seen: set[str] = set()
    out: list[TextCitation] = []
    for block, heading in _blocks(doc, pair, lang):
        for c in block.citations:
            if c.reference.id in seen:
                continue
            seen.add(c.reference.id)
            printed = block.text[c.start : c.end].strip() or c.reference.text or c.reference.id
            out.append(TextCitation(c.reference, heading, printed, citing_sentence(block.text, c.start, c.end)))
    return tuple(out)


@dataclass(frozen=True)
class Preview:
    """A cited set as the sidebar previews it: its header, and the row of the pair the citing text refers to
    (None when the text refers to none)."""

    doc_id: str
    header: Header
    row: Row | None
    match: CitedPair
    byline: str = ""  # who answered, and when: "Minister Madlener (Infrastructuur en Waterstaat), 9 augustus 2024"

    @property
    def pair(self) -> int:
        return self.match.index

    @property
    def by_number(self) -> bool:
        return self.match.reason == Reason.NUMBER


def preview(cited: Document, citing_text: str, lang: str | None = None, doc_id: str | None = None) -> Preview:
    """The preview of `cited` for a citation that stands in `citing_text`."""
    match = cited_pair(cited, citing_text)
    pairs: Sequence[int] = [match.index] if match.index >= 0 else []
    view = present(cited, ViewOptions(pairs=pairs, language=lang))
    row = view.rows[0] if view.rows else None
    by = clean_text(cited.beantwoord_door or "").strip()
    byline = ", ".join(p for p in (by, format_date(cited.ontvangen, view.language)) if p)
    return Preview(doc_id or cited.id or "", view.header, row, match, byline)
