"""The Document out of what a marked-up form's reader found, the same way for XML, web page, ODT and Word.

A reader fills `Parts` (header lines, raw question and answer blocks, notes, metadata, the notice); then
`build_document` decides identity, header fields, numbering, kind and soort, subject and title, and the
source text. So every marked-up form means the same by the same words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from reader.core import cancel
from reader.core.citations import id_parts, vergaderjaar
from reader.core.errors import ParseError
from reader.core.header import parse_date, parse_header, split_members, vergaderjaar_of
from reader.core.labels import LABEL, clean_label, numbers_of, parse_heading
from reader.core.markup_text import block_citations, reference_for
from reader.core.model import Block, Citation, Document, Footnote, Kind, Marker, Member, Reference, Soort, Table
from reader.core.model import infer_kind as _infer_kind
from reader.core.soort import classify_notice, is_further_answer, is_oral_announcement, notice_subject
from reader.core.titles import fallback_title

HEADING_CHARS = 200  # a heading slot holding more than this is no heading
MAX_BLOCKS = 5_000  # questions and answers together; a real set has at most a few hundred


def check_blocks(parts: Parts, name: str) -> None:
    """Refuse a document with more questions and answers than any set has (bounded work for the rest)."""
    if len(parts.raws) > MAX_BLOCKS:
        raise ParseError("too_many_blocks", name, limit=MAX_BLOCKS)


_BARE_LABEL = re.compile(rf"^\s?(?:nr\.?\s?)?({LABEL})\s?[.:)]?$", re.I)
_SEARCH_LABEL = re.compile(LABEL)
_ZAAK = re.compile(r"\b(\d{4}Z\d{5})\b")


@dataclass
class RawBlock:
    """A question or answer as read, before numbers are inferred."""

    kind: str  # "vraag" | "antwoord"
    heading: str  # the heading as printed ("Antwoord op vraag 5"); "" if none
    label: str
    text: str = ""
    markers: list[Marker] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)  # linked by the markup; the text adds its own
    tables: list[Table] = field(default_factory=list)


def heading_label(text: str, kind: str) -> str | None:
    """The label of a heading slot (`nr`, `h2`, `p.nummer`): "Vraag 2 en 3" → "2 en 3", "1" → "1";
    "" for a bare "Antwoord"; None when the text is no heading at all."""
    if len(text) > 4 * HEADING_CHARS:
        return None
    text = " ".join(text.split())
    if len(text) > HEADING_CHARS:
        return None
    h = parse_heading(text)
    if h:
        return h[1]
    m = _BARE_LABEL.match(text)
    if m:
        return clean_label(m.group(1))
    if kind and re.match(rf"^\s*{kind}\b", text, re.I):
        m = _SEARCH_LABEL.search(text)
        return clean_label(m.group(0)) if m else ""
    return None


def heading_text(text: str) -> tuple[str, str] | None:
    """(kind, label) when a whole paragraph is a heading ("Vraag 3a", "Antwoord 2 t/m 4", "Antwoord")."""
    if len(text) > 80:
        return None
    return parse_heading(text)


def _blocks(raws: list[RawBlock]) -> tuple[list[Block], list[Block]]:
    """Questions and answers with their numbers; unnumbered headings get inferred numbers."""
    questions: list[Block] = []
    answers: list[Block] = []
    prev: Block | None = None
    prev_kind = ""
    for raw in raws:
        cancel.check()
        numbers = numbers_of(raw.label) if raw.label else []
        inferred = False
        if not numbers:
            inferred = True
            if raw.kind == "antwoord":
                numbers = _infer_answer(prev, prev_kind, answers)
            else:
                numbers = [_next_number(questions[-1].numbers if questions else [])]
        block = Block(
            raw.label,
            numbers,
            raw.text,
            list(raw.markers),
            inferred and bool(numbers),
            block_citations(raw.text, raw.citations),
            list(raw.tables),
        )
        (answers if raw.kind == "antwoord" else questions).append(block)
        prev, prev_kind = block, raw.kind
    return questions, answers


def _next_number(numbers: list[str]) -> str:
    for n in reversed(numbers):
        if n.isdigit():
            return str(int(n) + 1)
    return "1"


def _infer_answer(prev: Block | None, prev_kind: str, answers: list[Block]) -> list[str]:
    # an unnumbered "Antwoord" right after question N answers N; after answer N it answers N + 1
    if prev is not None and prev_kind == "vraag":
        return list(prev.numbers)
    if answers and answers[-1].numbers:
        return [_next_number(answers[-1].numbers)]
    return []


@dataclass
class Parts:
    """Everything a reader found, in the terms all marked-up forms share."""

    header_lines: list[str] = field(default_factory=list)  # as printed, in order
    raws: list[RawBlock] = field(default_factory=list)
    notes: dict[int, Footnote] = field(default_factory=dict)
    mededeling: list[str] = field(default_factory=list)  # paragraphs of a notice
    extra_lines: list[str] = field(default_factory=list)  # remarks shown in the source view only
    meta: dict[str, list[str]] = field(default_factory=dict)  # lower-case name → values
    ids: list[str] = field(default_factory=list)  # candidate official ids, best first
    nummer_texts: list[str] = field(default_factory=list)  # kamervraagnummer and the like
    kop_lines: list[str] = field(default_factory=list)  # "Vergaderjaar 2024-2025", "Eerste Kamer"
    zie_refs: list[Reference] = field(default_factory=list)
    asked: date | None = None  # printed ISO dates (datum isodatum) beat dates read from the text
    received: date | None = None
    names: list[str] = field(default_factory=list)  # naam elements of the question description
    onderwerp: str | None = None  # the subject as marked up (kamervraagonderwerp)


def meta_value(parts: Parts, key: str) -> str | None:
    for v in parts.meta.get(key.lower(), []):
        v = " ".join(v.split())
        if v:
            return v
    return None


def _set_id(doc: Document, doc_id: str) -> bool:
    doc_id = doc_id.strip()
    parts = id_parts(doc_id)
    if parts:
        doc.chamber, doc.vergaderjaar, doc.nummer = parts
        doc.doc_id = doc_id
        return True
    m = re.fullmatch(r"kv-(tk|ek)-(\d{4}Z\d{5})", doc_id)
    if m:
        doc.chamber, doc.zaak = m.group(1), m.group(2)
        doc.doc_id = doc_id
        return True
    return False


def _vergaderjaar_text(text: str) -> str | None:
    m = re.search(r"\b(\d{4})\s?(?:[-–/]\s?)?(\d{2}|\d{4})\b", " ".join(text.split()))
    return vergaderjaar(m.group(1), m.group(2)) if m else None


def _nummer_of(text: str) -> int | None:
    """The Aanhangsel number from a printed number field: "1547", "Aanhangsel nr. 1547", "151601547"."""
    t = text.strip()
    if len(t) > 40:
        return None
    m = re.fullmatch(r"(?:[A-Za-z. ]{0,30}?)(\d{1,5})", t)
    if m:
        return int(m.group(1))
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{5})", t)  # Tweede Kamer style: 15 16 01580
    if m and (int(m.group(1)) + 1) % 100 == int(m.group(2)):
        return int(m.group(3))
    return None


def _apply_identity(doc: Document, parts: Parts) -> None:
    for candidate in [
        *parts.ids,
        meta_value(parts, "DC.identifier") or "",
        meta_value(parts, "dcterms.identifier") or "",
    ]:
        if candidate and _set_id(doc, candidate):
            break
    creator = " ".join(
        [*parts.kop_lines, meta_value(parts, "DC.creator") or "", meta_value(parts, "OVERHEID.authority") or ""]
    )
    if not doc.doc_id and re.search(r"Eerste\s+Kamer", creator):
        doc.chamber = "ek"
    if doc.vergaderjaar is None:
        for text in [*parts.kop_lines, meta_value(parts, "OVERHEIDop.vergaderjaar") or ""]:
            if re.search(r"\d{4}", text):
                doc.vergaderjaar = _vergaderjaar_text(text)
                if doc.vergaderjaar:
                    break
    if doc.nummer is None:
        for text in [*parts.nummer_texts, meta_value(parts, "OVERHEIDop.aanhangselNummer") or ""]:
            if _ZAAK.search(text):
                continue
            doc.nummer = _nummer_of(text)
            if doc.nummer is not None:
                break
    if doc.zaak is None:
        for text in [*parts.nummer_texts, meta_value(parts, "OVERHEIDop.vraagnummer") or ""]:
            m = _ZAAK.search(text)
            if m:
                doc.zaak = m.group(1)
                break


_QUESTION_TITLE = re.compile(r"\s*(?:Mondelinge\s+[Vv]ragen|Vragen)\b")
_ANSWER_LINE = re.compile(r"\s*(?:Mededeling|(?:Nader(?:e)?\s+|Aanvullend(?:e)?\s+)?Antwoord(?:en)?)\s+van\b", re.I)


def _apply_header(doc: Document, parts: Parts) -> bool:
    """Header fields from the printed description, then from the metadata. True for a "Mededeling van"."""
    h = parse_header("\n".join(parts.header_lines))
    h.apply(doc)
    doc.ingezonden = parts.asked or h.ingezonden
    doc.ontvangen = parts.received or h.ontvangen
    zie: dict[str, Reference] = {}
    for r in [*h.zie_ook, *parts.zie_refs]:
        zie.setdefault(r.id, r)
    if not doc.title:
        first = next((line for line in parts.header_lines if _QUESTION_TITLE.match(line)), None)
        doc.title = first or meta_value(parts, "DC.title")
    if not doc.indieners and parts.names:
        doc.indieners = [Member(n) for n in parts.names]
    if not doc.indieners:
        values = [v for v in parts.meta.get("overheidop.indiener", []) if v.strip()]
        doc.indieners = [m for v in values for m in split_members(v.replace("|", ","))]
    doc.gericht_aan = doc.gericht_aan or meta_value(parts, "OVERHEIDop.ontvanger")
    if doc.ingezonden is None and meta_value(parts, "OVERHEIDop.datumIndiening"):
        doc.ingezonden = parse_date(meta_value(parts, "OVERHEIDop.datumIndiening") or "")
    if doc.ontvangen is None and meta_value(parts, "OVERHEIDop.datumOntvangst"):
        doc.ontvangen = parse_date(meta_value(parts, "OVERHEIDop.datumOntvangst") or "")
    # on a question page OVERHEIDop.aanhangsel names the answer: a "see also" of the reader's kind
    for v in parts.meta.get("overheidop.aanhangsel", []):
        ref = reference_for(v)
        if ref and ref.id != doc.id:
            zie.setdefault(ref.id, ref)
    doc.zie_ook = [r for r in zie.values() if r.id != doc.id]
    return h.mededeling_header


def _apply_soort(doc: Document, parts: Parts) -> None:
    """What the document is beyond its kind (the JSON export's `soort`), and where the answer is instead."""
    answer_lines = "\n".join(line for line in parts.header_lines if _ANSWER_LINE.match(line))
    if doc.kind == Kind.MEDEDELING:
        doc.soort, doc.beantwoord_in = classify_notice(doc.mededeling or "")
    elif doc.kind == Kind.VRAGEN:
        oral = is_oral_announcement("\n".join(parts.header_lines))
        doc.soort = Soort.MONDELING if oral else Soort.SCHRIFTELIJK
    else:
        types = " ".join(parts.meta.get("dc.type", []))
        nader = is_further_answer(answer_lines) or bool(re.search(r"\bnader", types, re.I))
        doc.soort = Soort.NADER if nader else Soort.ANTWOORD


def _apply_subject_and_title(doc: Document, parts: Parts) -> None:
    """The subject as marked up, else as a notice names it; a title that is never empty when the document
    says anything about itself (never an id)."""
    if parts.onderwerp:
        doc.onderwerp = parts.onderwerp
    elif not doc.title and doc.mededeling:
        doc.onderwerp = notice_subject(doc.mededeling)
    if doc.title:
        return
    line = next((line for line in parts.header_lines if _ANSWER_LINE.match(line)), None)
    if line and doc.onderwerp:
        doc.title = f"{line.rstrip(' .')} over {doc.onderwerp}."
    elif line:
        doc.title = line
    elif doc.onderwerp:
        doc.title = f"Vragen over {doc.onderwerp}"
    else:  # a bare fragment: a title of what is known, never an id
        doc.title = fallback_title(doc)


def _source_text(doc: Document, parts: Parts) -> str:
    out: list[str] = [line for line in parts.header_lines if line]
    out += [line for line in parts.extra_lines if line]
    for raw in parts.raws:
        head = raw.heading
        if not re.search(r"[A-Za-z]{3}", head):  # a bare "1" printed as the heading
            head = f"{raw.kind.capitalize()} {raw.label}".strip()
        out.append(f"{head}\n{raw.text}" if raw.text else head)
        for table in raw.tables:
            out.append("\n".join(" | ".join(row) for row in table.rows))
    if doc.mededeling:
        out.append(f"Mededeling\n{doc.mededeling}")
    if doc.footnotes:
        out.append("\n".join(f"{f.number} {f.text}" for f in doc.footnotes))
    return "\n\n".join(out) + "\n"


def build_document(parts: Parts, fmt: str) -> Document:
    """The Document from what a reader found: identity, header, numbered blocks, notes, kind and soort,
    subject and title, source text."""
    doc = Document(source_format=fmt)
    _apply_identity(doc, parts)
    mededeling_header = _apply_header(doc, parts)
    doc.questions, doc.answers = _blocks(parts.raws)
    doc.footnotes = [parts.notes[n] for n in sorted(parts.notes)]
    mededeling = "\n\n".join(p for p in parts.mededeling if p.strip()) or None
    doc.kind = _infer_kind(bool(doc.answers), bool(mededeling) or mededeling_header)
    if doc.answers and mededeling:  # a remark beside real answers is not a postponement: keep it in the source
        parts.extra_lines.append(mededeling)
    elif doc.kind == Kind.MEDEDELING:
        doc.mededeling = mededeling
    if doc.vergaderjaar is None:
        day = doc.ingezonden if doc.kind == Kind.VRAGEN else (doc.ontvangen or doc.ingezonden)
        if day:
            doc.vergaderjaar = vergaderjaar_of(day)
    _apply_soort(doc, parts)
    _apply_subject_and_title(doc, parts)
    doc.source_text = _source_text(doc, parts)
    return doc


def announces_oral_questions(parts: Parts) -> bool:
    """Only a header, and it announces oral questions: a document of its own (no question text follows)."""
    return any(_QUESTION_TITLE.match(line) for line in parts.header_lines) and is_oral_announcement(
        "\n".join(parts.header_lines)
    )


def mededeling_paragraphs(paragraphs: Iterable[str]) -> list[str]:
    """The notice without its "Mededeling" heading."""
    out = [p for p in paragraphs if p.strip()]
    if out and re.fullmatch(r"\s?Mededeling\s?[.:]?\s?", out[0], re.I):
        out = out[1:]
    return out


def is_zie_ook(text: str) -> bool:
    return bool(re.match(r"\s?\[?\s?Zie\s?ook\b", text, re.I))
