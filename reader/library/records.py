"""What the library hands out besides documents and rows: results of storing, notices, citations both ways,
sources, failures; and where a citation stands (`PLACES`, `citation_edges`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from reader.core.i18n import tr
from reader.core.model import Document, Reference


class Outcome(StrEnum):
    ADDED = "added"
    UPDATED = "updated"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class AddResult:
    id: str
    outcome: Outcome


@dataclass(frozen=True)
class Notice:
    """Something the user must be told about opening the library (a file moved aside, read-only)."""

    key: str
    path: Path
    moved_to: Path | None = None
    reason: str = ""

    def message(self, lang: str | None = None) -> str:
        reason = tr(self.reason, lang=lang) if self.reason.startswith("reason_") else self.reason
        return tr(self.key, lang=lang, path=self.path, moved=self.moved_to, reason=reason)

    def __str__(self) -> str:
        return self.message()


def place_text(where: str, footnote: int, label: str, lang: str | None = None) -> str:
    """Where a citation stands, in words: "Zie ook", "noot 3", "beantwoord in", "in de tekst van antwoord 2"."""
    if where == "footnote":
        return tr("footnote", lang=lang, n=footnote)
    if where in ("question", "answer"):
        return tr(f"place_{where}", lang=lang, label=label or footnote)
    return tr(where, lang=lang)


@dataclass(frozen=True)
class Citation:
    """One cited id at one place of a document, resolved when in the library."""

    footnote: int  # the note's number; 0 for the "Zie ook" pointer and everything not in a footnote
    cited_id: str
    kind: str
    text: str
    url: str  # the official page, always
    in_library: bool
    title: str | None  # the cited document's title when it is in the library
    where: str = "footnote"  # zie_ook | beantwoord_in | footnote | question | answer (see PLACES)
    label: str = ""  # in a question's or an answer's text: its number as printed

    def where_text(self, lang: str | None = None) -> str:
        return place_text(self.where, self.footnote, self.label, lang)


@dataclass(frozen=True)
class CitedBy:
    """A document that cites a given id, and where."""

    id: str
    footnote: int  # the note's number; 0 for the "Zie ook" pointer and everything not in a footnote
    kind: str
    title: str | None
    date: date | None
    where: str = "footnote"  # zie_ook | beantwoord_in | footnote | question | answer
    label: str = ""
    soort: str = ""

    def where_text(self, lang: str | None = None) -> str:
        return place_text(self.where, self.footnote, self.label, lang)


@dataclass(frozen=True)
class Source:
    path: str
    hash: str
    format: str
    added: str


@dataclass(frozen=True)
class Failure:
    """A file that could not be read as a document."""

    path: str
    key: str
    message_nl: str
    message_en: str
    at: str

    def message(self, lang: str | None = None) -> str:
        from reader.core.i18n import language

        return self.message_en if (lang or language()) == "en" else self.message_nl


# where a citation stands; the order in which a document's citations are listed
PLACES = ("zie_ook", "beantwoord_in", "footnote", "question", "answer")
_PLACE_ORDER = "CASE c.place " + " ".join(f"WHEN '{p}' THEN {i}" for i, p in enumerate(PLACES)) + " END"


def citation_edges(doc: Document) -> list[tuple[str, int, str, int, str, str, str]]:
    """(place, footnote, cited id, pos, kind, text, label) for every citation of `doc`, each id once per place:
    the "Zie ook" pointer and `beantwoord_in` (footnote 0), the footnotes (their number), and the body text of
    each question and answer (footnote = its position, 1-based; label = its number as printed)."""
    edges: dict[tuple[str, int, str], tuple[str, int, str, int, str, str, str]] = {}

    def add(place: str, number: int, refs: list[Reference], label: str = "") -> None:
        for ref in refs:
            edges.setdefault(
                (place, number, ref.id), (place, number, ref.id, len(edges), str(ref.kind), ref.text, label)
            )

    add("zie_ook", 0, doc.zie_ook)
    add("beantwoord_in", 0, doc.beantwoord_in)
    for note in doc.footnotes:
        add("footnote", note.number, note.references)
    for place, blocks in (("question", doc.questions), ("answer", doc.answers)):
        for i, block in enumerate(blocks, 1):
            add(place, i, block.references, block.label)
    return list(edges.values())
