"""What the aligned view says besides the document's own text: which footnotes belong to a row, the endnotes
with their resolved citations, and the notes in a cell that has no question or no answer.

`row_notes` is the one answer to "which notes belong to this pair": the sidebar orders its cards by it, the
print and the HTML export choose their endnotes by it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from reader.core.citations import official_url
from reader.core.i18n import tr
from reader.core.model import Document, Footnote, Pair, Reference, Soort
from reader.presentation.dates import format_date
from reader.presentation.text import Link, Paragraph, Text, clean_text


def row_notes(doc: Document, pair: Pair, *, questions: bool = True, answers: bool = True) -> list[int]:
    """The footnote numbers whose markers stand in a pair's questions, then its answers, each once, in order.
    `questions`/`answers` False leaves that column's markers out (a print of one column)."""
    numbers: list[int] = []
    blocks = ([doc.questions[i] for i in pair.questions] if questions else []) + (
        [doc.answers[i] for i in pair.answers] if answers else []
    )
    for block in blocks:
        numbers += [n for n in block.footnotes if n not in numbers]
    return numbers


@dataclass(frozen=True)
class Endnote:
    """A footnote as printed at the end: its text, every document it cites (id and official page), and the
    web addresses it names that are neither a citation's page nor already in its text."""

    number: int
    text: str
    references: tuple[Reference, ...]
    urls: tuple[str, ...]


def endnote(note: Footnote) -> Endnote:
    text = clean_text(note.text)
    refs = tuple(r if r.url else Reference(r.kind, r.id, official_url(r.id), r.text) for r in note.references)
    shown = {r.url for r in refs}
    urls: list[str] = []
    for url in note.urls:
        if url in shown or url in text:
            continue
        shown.add(url)
        urls.append(url)
    return Endnote(note.number, text, refs, tuple(urls))


def endnotes(doc: Document, numbers: Iterable[int] | None) -> tuple[Endnote, ...]:
    """The endnotes of the notes numbered `numbers` (None: every note), in the document's order."""
    wanted = None if numbers is None else set(numbers)
    return tuple(endnote(f) for f in doc.footnotes if wanted is None or f.number in wanted)


def unanswered_note(
    doc: Document, lang: str, postponed: bool | None = None, postponed_on: date | None = None
) -> Paragraph:
    """The note beside a question this document does not answer, by what the document is.

    `postponed` True: the caller knows the set was postponed (a later notice in the library; `postponed_on`
    its date); None: only when the document itself is a notice of postponement.
    """
    soort = doc.soort_or_default
    if postponed is None:
        postponed = soort == Soort.UITSTEL
    if postponed:
        day = postponed_on or doc.ontvangen
        if day is not None:
            return _note(tr("Uitgesteld — mededeling ontvangen {}", format_date(day, lang), lang=lang))
        return _note(tr("Uitgesteld — zie de mededeling", lang=lang))
    if soort == Soort.PER_BRIEF:
        if doc.beantwoord_in:
            ref = doc.beantwoord_in[0]
            before, _, after = tr("Beantwoord per brief ({})", "\x00", lang=lang).partition("\x00")
            return Paragraph((Text(before), Link(ref.id, ref), Text(after)))
        return _note(tr("Beantwoord per brief — zie de mededeling", lang=lang))
    if soort == Soort.INGETROKKEN:
        return _note(tr("Ingetrokken — er komt geen antwoord", lang=lang))
    if soort == Soort.MONDELING:
        return _note(tr("Mondelinge vragen: geen schriftelijk antwoord", lang=lang))
    if soort == Soort.SCHRIFTELIJK:
        return _note(tr("Nog niet beantwoord", lang=lang))
    if soort == Soort.OVERIG:
        return _note(tr("Niet beantwoord — zie de mededeling", lang=lang))
    return _note(tr("Niet beantwoord in dit document", lang=lang))


def orphan_note(doc: Document, pair: Pair, lang: str) -> Paragraph:
    """The note in the question column of an answer that names no question printed in this document."""
    if any(doc.answers[i].numbers for i in pair.answers):
        return _note(tr("Geen vraag met dit nummer in dit document", lang=lang))
    return _note(tr("Geen vraag bij dit antwoord in dit document", lang=lang))


def _note(text: str) -> Paragraph:
    return Paragraph((Text(text),))
