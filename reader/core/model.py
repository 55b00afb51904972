"""The document model of a set of written questions (Kamervragen) and their answers.

Plain Python: no Qt. Every parser (copied text, PDF, XML, HTML) produces a `Document`; the library stores
its `to_dict()` form and rebuilds it with `Document.from_dict()`; the GUI and the printer read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    """What a document is: questions with answers, a postponement notice, or questions only."""

    ANTWOORD = "antwoord"
    MEDEDELING = "mededeling"
    VRAGEN = "vragen"


class Soort(StrEnum):
    """What a document is, finer than `Kind` (the export's `soort`): which answer, which notice, which questions."""

    ANTWOORD = "antwoord"  # kind antwoord: the answers
    NADER = "nader"  # kind antwoord: a further answer to questions answered before
    UITSTEL = "uitstel"  # kind mededeling: the answer is postponed
    PER_BRIEF = "per-brief"  # kind mededeling: the questions were answered by a letter (a Kamerstuk)
    INGETROKKEN = "ingetrokken"  # kind mededeling: the questions were withdrawn
    OVERIG = "overig"  # kind mededeling: another notice
    SCHRIFTELIJK = "schriftelijk"  # kind vragen: written questions awaiting an answer
    MONDELING = "mondeling"  # kind vragen: oral questions announced for the question hour (no written answer)


SOORTEN_OF_KIND: dict[str, tuple[Soort, ...]] = {
    "antwoord": (Soort.ANTWOORD, Soort.NADER),
    "mededeling": (Soort.UITSTEL, Soort.PER_BRIEF, Soort.INGETROKKEN, Soort.OVERIG),
    "vragen": (Soort.SCHRIFTELIJK, Soort.MONDELING),
}


def default_soort(kind: Kind) -> Soort:
    """The soort a document of this kind has when nothing in it says otherwise."""
    return SOORTEN_OF_KIND[str(kind)][0]


class RefKind(StrEnum):
    AANHANGSEL = "aanhangsel"  # ah-tk-… / ah-ek-…: an answered set in the Aanhangsel van de Handelingen
    KAMERSTUK = "kamerstuk"  # kst-…
    HANDELINGEN = "handelingen"  # h-tk-…
    KAMERVRAGEN = "kamervragen"  # kv-tk-…: questions not yet answered
    STAATSBLAD = "staatsblad"  # stb-2020-118
    STAATSCOURANT = "staatscourant"  # stcrt-2020-12345


def infer_kind(has_answers: bool, notice: bool) -> Kind:
    """Answers make an answered set; without them a postponement text or a "Mededeling van" header makes a
    notice; else the document holds questions only."""
    if has_answers:
        return Kind.ANTWOORD
    return Kind.MEDEDELING if notice else Kind.VRAGEN


@dataclass(frozen=True)
class Reference:
    """A citation of an official parliamentary document, resolved to its canonical id."""

    kind: RefKind
    id: str
    url: str
    text: str = ""  # the citation as printed (normalised whitespace)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": str(self.kind), "id": self.id, "url": self.url, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Reference:
        return cls(RefKind(d["kind"]), d["id"], d["url"], d.get("text", ""))


@dataclass
class Member:
    """A member of parliament who asked the questions."""

    name: str
    party: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "party": self.party}


_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+-]{0,30}):")


def is_web_address(url: str) -> bool:
    """An address a reader may follow: http(s), or one without a scheme ("www.…", "example.nl/…"). Never
    `javascript:`, `file:`, `data:` or any other scheme, whatever a document's markup says."""
    m = _SCHEME.match(url.strip())
    if m is None:
        return bool(url.strip())
    return m.group(1).lower() in ("http", "https") and url.strip()[m.end() :].startswith("//")


@dataclass
class Footnote:
    number: int
    text: str
    references: list[Reference] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        # the one gate for links: every parser, the library, the export and the window read them from here
        self.urls = [u for u in self.urls if is_web_address(u)]

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "text": self.text,
            "references": [r.to_dict() for r in self.references],
            "urls": list(self.urls),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Footnote:
        return cls(
            int(d["number"]),
            d.get("text", ""),
            [Reference.from_dict(r) for r in d.get("references", [])],
            list(d.get("urls", [])),
        )


@dataclass
class Marker:
    """A footnote marker: note `number` stands at character `offset` of a block's text."""

    offset: int
    number: int


@dataclass(frozen=True)
class Citation:
    """A citation that stands in a block's body text (not in a footnote): characters `start:end` of the text."""

    start: int
    end: int
    reference: Reference

    def to_list(self) -> list[Any]:
        return [self.start, self.end, self.reference.to_dict()]

    @classmethod
    def from_list(cls, item: list[Any]) -> Citation:
        return cls(int(item[0]), int(item[1]), Reference.from_dict(item[2]))


@dataclass
class Table:
    """A table printed in a block's body: rows of cell texts. It stands after `position` paragraphs of the
    block's text (0: before the first; `len(paragraphs)`: after the last). `Block.text` leaves it out (the
    screen, print and HTML show it as a table); `Block.text_with_tables` puts its rows in."""

    rows: list[list[str]]
    position: int = 0


@dataclass
class Block:
    """A question or an answer: its printed label, the question numbers it covers, its body text."""

    label: str  # the number text of the heading as printed: "1", "3a", "1, 2", "2 t/m 4"; "" if unnumbered
    numbers: list[str]  # the question numbers covered: ["1", "2"], ["2", "3", "4"], ["3a"]
    text: str  # body only; paragraphs separated by a blank line
    markers: list[Marker] = field(default_factory=list)
    inferred: bool = False  # numbers were inferred (unnumbered heading), not printed
    citations: list[Citation] = field(default_factory=list)  # citations in the text itself, in text order
    tables: list[Table] = field(default_factory=list)

    @property
    def references(self) -> list[Reference]:
        """The documents the body text cites, each id once, in text order."""
        seen: dict[str, Reference] = {}
        for c in self.citations:
            seen.setdefault(c.reference.id, c.reference)
        return list(seen.values())

    @property
    def footnotes(self) -> list[int]:
        seen: list[int] = []
        for m in self.markers:
            if m.number not in seen:
                seen.append(m.number)
        return seen

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in self.text.split("\n\n") if p.strip()]

    def text_with_tables(self) -> str:
        """The text with each table where it stands, one row per line, cells joined by " | ": for readers of
        plain text (the JSON export, the search index), who would otherwise lose a table's words."""
        if not self.tables:
            return self.text
        paragraphs = self.paragraphs
        tables = sorted(self.tables, key=lambda t: t.position)
        out: list[str] = []
        k = 0
        for i in range(len(paragraphs) + 1):
            while k < len(tables) and (tables[k].position <= i or i == len(paragraphs)):
                rows = [" | ".join(c.replace("\n", " ").strip() for c in r) for r in tables[k].rows]
                out.append("\n".join(r for r in rows if r.strip(" |")))
                k += 1
            if i < len(paragraphs):
                out.append(paragraphs[i])
        return "\n\n".join(p for p in out if p.strip())

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "numbers": list(self.numbers),
            "text": self.text,
            "footnotes": self.footnotes,
            "markers": [[m.offset, m.number] for m in self.markers],
            "inferred": self.inferred,
            "references": [r.to_dict() for r in self.references],
            "citations": [c.to_list() for c in self.citations],
            "tables": [t.rows for t in self.tables],
            "table_positions": [t.position for t in self.tables],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Block:
        markers = [Marker(int(o), int(n)) for o, n in d.get("markers", [])]
        rows_of = d.get("tables", [])
        positions = d.get("table_positions", [])
        tables = [
            Table([list(map(str, r)) for r in rows], int(positions[i]) if i < len(positions) else 0)
            for i, rows in enumerate(rows_of)
        ]
        return cls(
            d.get("label", ""),
            list(d.get("numbers", [])),
            d.get("text", ""),
            markers,
            bool(d.get("inferred", False)),
            [Citation.from_list(c) for c in d.get("citations", [])],
            tables,
        )


@dataclass
class Pair:
    """One row of the aligned view: questions and the answers that answer them.

    Usually one question and one answer. A grouped answer ("Antwoord 5 en 6") gathers separately printed
    questions; a question with no answer has `answers == []`; an answer naming no printed question has
    `questions == []`. Indexes point into `Document.questions` / `Document.answers`.
    """

    questions: list[int]
    answers: list[int]

    @property
    def answered(self) -> bool:
        return bool(self.answers)


@dataclass
class Document:
    kind: Kind = Kind.ANTWOORD
    soort: Soort | None = None  # None: the default of the kind (see `soort_or_default`)
    chamber: str = "tk"  # "tk" (Tweede Kamer) or "ek" (Eerste Kamer)
    vergaderjaar: str | None = None  # "2023-2024"
    nummer: int | None = None  # the Aanhangsel number
    zaak: str | None = None  # "2024Z18294": the zaak number, for questions not yet answered
    doc_id: str | None = None  # the id printed in the document itself, when it says one
    title: str | None = None  # "Vragen van het lid … (ingezonden …)."
    indieners: list[Member] = field(default_factory=list)
    gericht_aan: str | None = None
    ingezonden: date | None = None
    beantwoord_door: str | None = None  # "Minister X (Ministerie)", with any "mede namens" clause
    ontvangen: date | None = None
    zie_ook: list[Reference] = field(default_factory=list)
    questions: list[Block] = field(default_factory=list)
    answers: list[Block] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    mededeling: str | None = None  # the text of a notice (postponement, answered by letter, withdrawn)
    onderwerp: str | None = None  # the subject as the document names it ("de TOZO"); see `subject`
    beantwoord_in: list[Reference] = field(default_factory=list)  # where the answer is, when not here
    source_format: str = "text"  # "text", "pdf", "xml", "html", "odt", "docx"
    source_text: str = ""  # the text as read (what the source view shows)

    # ---- identity -------------------------------------------------------------------------------------
    @property
    def id(self) -> str | None:
        """The official id: ah-tk-VVVVVVVV-N for a numbered Aanhangsel document, else kv-tk-ZAAK."""
        if self.vergaderjaar and self.nummer is not None:
            return f"ah-{self.chamber}-{self.vergaderjaar.replace('-', '')}-{self.nummer}"
        if self.doc_id:
            return self.doc_id
        if self.zaak:
            return f"kv-{self.chamber}-{self.zaak}"
        return None

    @property
    def soort_or_default(self) -> Soort:
        return self.soort if self.soort is not None else default_soort(self.kind)

    @property
    def subject(self) -> str | None:
        """The subject of the questions: as the document names it, else what follows " over " in the title,
        without the dates."""
        if self.onderwerp:
            return self.onderwerp
        if not self.title:
            return None
        m = re.search(r"\bover\s+(.*?)(?:\s*\(ingezonden[^)]*\))?\.?\s*$", self.title, re.S)
        return m.group(1).strip() if m else self.title

    def footnote(self, number: int) -> Footnote | None:
        for f in self.footnotes:
            if f.number == number:
                return f
        return None

    @property
    def references(self) -> list[Reference]:
        """Every citation in the "Zie ook" pointer, the answer's place, the footnotes and the body texts,
        each id once."""
        seen: dict[str, Reference] = {}
        for r in self.zie_ook:
            seen.setdefault(r.id, r)
        for r in self.beantwoord_in:
            seen.setdefault(r.id, r)
        for f in self.footnotes:
            for r in f.references:
                seen.setdefault(r.id, r)
        for b in (*self.questions, *self.answers):
            for r in b.references:
                seen.setdefault(r.id, r)
        return list(seen.values())

    # ---- pairing --------------------------------------------------------------------------------------
    def pairs(self) -> list[Pair]:
        """Questions grouped with the answers that name their numbers, in reading order.

        Connected components of the "shares a question number" relation, so that "Vraag 5", "Vraag 6"
        and "Antwoord 5 en 6" form one row. Nothing is dropped: unanswered questions and answers that name
        no printed question get rows of their own.
        """
        nq = len(self.questions)
        parent = list(range(nq + len(self.answers)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(a: int, b: int) -> None:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)

        by_number: dict[str, int] = {}
        for qi, q in enumerate(self.questions):
            for n in q.numbers:
                by_number.setdefault(n, qi)
        for ai, a in enumerate(self.answers):
            for n in a.numbers:
                found = by_number.get(n)
                if found is not None:
                    union(found, nq + ai)

        groups: dict[int, Pair] = {}
        order: list[int] = []
        for i in range(len(parent)):
            root = find(i)
            if root not in groups:
                groups[root] = Pair([], [])
                order.append(root)
            if i < nq:
                groups[root].questions.append(i)
            else:
                groups[root].answers.append(i - nq)
        pairs = [groups[r] for r in order]
        # Answers without questions were appended after all questions: put each right after the pair
        # holding the answer printed before it, so the rows follow the document.
        linked = [p for p in pairs if p.questions]
        for orphan in (p for p in pairs if not p.questions):
            first = orphan.answers[0]
            pos = 0
            for i, p in enumerate(linked):
                if p.answers and min(p.answers) < first:
                    pos = i + 1
            linked.insert(pos, orphan)
        return linked

    # ---- serialisation --------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The JSON export (README: "JSON export") plus the fields needed to rebuild the document."""
        return {
            "id": self.id,
            "kind": str(self.kind),
            "soort": str(self.soort_or_default),
            "chamber": self.chamber,
            "vergaderjaar": self.vergaderjaar,
            "nummer": self.nummer,
            "zaak": self.zaak,
            "doc_id": self.doc_id,
            "title": self.title,
            "subject": self.subject,
            "onderwerp": self.onderwerp,
            "indieners": [m.to_dict() for m in self.indieners],
            "gericht_aan": self.gericht_aan,
            "ingezonden": self.ingezonden.isoformat() if self.ingezonden else None,
            "beantwoord_door": self.beantwoord_door,
            "ontvangen": self.ontvangen.isoformat() if self.ontvangen else None,
            "zie_ook": [r.id for r in self.zie_ook],
            "zie_ook_references": [r.to_dict() for r in self.zie_ook],
            "questions": [q.to_dict() for q in self.questions],
            "answers": [a.to_dict() for a in self.answers],
            "footnotes": [f.to_dict() for f in self.footnotes],
            "mededeling": self.mededeling,
            "beantwoord_in": [r.id for r in self.beantwoord_in],
            "beantwoord_in_references": [r.to_dict() for r in self.beantwoord_in],
            "source_format": self.source_format,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        def day(v: str | None) -> date | None:
            return date.fromisoformat(v) if v else None

        return cls(
            kind=Kind(d.get("kind", "antwoord")),
            soort=Soort(d["soort"]) if d.get("soort") in Soort.__members__.values() else None,
            chamber=d.get("chamber", "tk"),
            vergaderjaar=d.get("vergaderjaar"),
            nummer=d.get("nummer"),
            zaak=d.get("zaak"),
            doc_id=d.get("doc_id"),
            title=d.get("title"),
            indieners=[Member(m["name"], m.get("party")) for m in d.get("indieners", [])],
            gericht_aan=d.get("gericht_aan"),
            ingezonden=day(d.get("ingezonden")),
            beantwoord_door=d.get("beantwoord_door"),
            ontvangen=day(d.get("ontvangen")),
            zie_ook=[Reference.from_dict(r) for r in d.get("zie_ook_references", [])],
            questions=[Block.from_dict(b) for b in d.get("questions", [])],
            answers=[Block.from_dict(b) for b in d.get("answers", [])],
            footnotes=[Footnote.from_dict(f) for f in d.get("footnotes", [])],
            mededeling=d.get("mededeling"),
            onderwerp=d.get("onderwerp"),
            beantwoord_in=[Reference.from_dict(r) for r in d.get("beantwoord_in_references", [])],
            source_format=d.get("source_format", "text"),
            source_text=d.get("source_text", ""),
        )
