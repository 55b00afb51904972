"""Read the official XML of a set of Kamervragen (KOOP "officiële publicaties") into a `Document`.

Accepts whole documents (`officiele-publicatie` → `kamervragen` with `kamervraagkop`,
`kamervraagomschrijving`, `kamervraagopmerking`; the older `vragen`/`omschr`/`nummer` and
`body/vragen`, `body/reactie` layouts), bare `vraag`/`antwoord` fragments (as in the corpus) and the
`metadata.xml` fields (`DC.identifier`, `OVERHEIDop.*`) wherever they appear. See formats.md §2.

Safety: a DTD or any entity declaration is refused before anything is expanded or fetched (billion laughs,
external entities); only the standard library's expat is used.

The helpers shared with `parse_html` (text building with footnote markers, footnotes, metadata, numbering
and the final assembly of the Document) live here too, so both official forms mean the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from xml.etree.ElementTree import Element, TreeBuilder
from xml.parsers import expat

from reader.core.citations import find_references, find_urls, id_parts, official_url, vergaderjaar
from reader.core.errors import ParseError
from reader.core.header import parse_date, parse_header, split_members, vergaderjaar_of
from reader.core.labels import LABEL, clean_label, numbers_of, parse_heading
from reader.core.model import Block, Document, Footnote, Kind, Marker, Member, Reference, RefKind, infer_kind

MAX_DEPTH = 200  # real documents nest < 20 deep; the limit keeps the recursive walk far from Python's

# ---- plain text with footnote markers ----------------------------------------------------------------

# soft hyphens and zero-width characters vanish; other control characters become spaces
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _visible(m: re.Match[str]) -> str:
    c = m.group(0)
    return "" if c in "\u00ad\u200b\u200c\u200d\u2060\ufeff" else " "


class TextBuilder:
    """Plain text from pieces of markup: whitespace collapsed as a browser would, paragraphs separated by a
    blank line, and footnote markers recorded at the character offset where they stand."""

    __slots__ = ("_brk", "_prefix", "_space", "length", "markers", "parts")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.markers: list[Marker] = []
        self._space = False
        self._brk = False
        self._prefix = ""

    def add(self, s: str | None) -> None:
        if not s:
            return
        if _INVISIBLE.search(s):
            s = _INVISIBLE.sub(_visible, s)
        words = s.split()
        if not words:
            self._space = True
            return
        if s[0].isspace():
            self._space = True
        self._emit(" ".join(words))
        self._space = s[-1].isspace()

    def _emit(self, chunk: str) -> None:
        sep = ("\n\n" if self._brk else " " if self._space else "") if self.length else ""
        if self._prefix:
            chunk = self._prefix + chunk
            self._prefix = ""
        piece = sep + chunk
        self.parts.append(piece)
        self.length += len(piece)
        self._brk = self._space = False

    def paragraph(self) -> None:
        """End the paragraph: the next text starts after a blank line."""
        if self.length:
            self._brk = True
            self._space = False

    def prefix(self, text: str) -> None:
        """Text put before the next words, in the same paragraph (a list item's "–" or "a.")."""
        text = " ".join(text.split())
        self._prefix = text + " " if text else ""

    def marker(self, number: int) -> None:
        self.markers.append(Marker(self.length, number))

    @property
    def last(self) -> str:
        """The last piece of text added (for looking at what a marker follows)."""
        return self.parts[-1] if self.parts else ""

    @property
    def empty(self) -> bool:
        return not self.length

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def line(self) -> str:
        """The text on one line (paragraph breaks become spaces): for notes and header lines."""
        return self.text.replace("\n\n", " ")


# ---- official ids, references, footnotes -------------------------------------------------------------

_ID_RE = re.compile(r"(?:ah|h|kv)-(?:tk|ek)-[0-9A-Za-z]{4,12}(?:-\d+){0,2}|kst-\d{5}(?:-[0-9A-Za-z]+){1,3}", re.ASCII)
_ANY_ID_RE = re.compile(r"[a-z]{1,8}-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*", re.ASCII)
_KINDS = {"ah": RefKind.AANHANGSEL, "kv": RefKind.KAMERVRAGEN, "h": RefKind.HANDELINGEN, "kst": RefKind.KAMERSTUK}
_ZAAK = re.compile(r"\b(\d{4}Z\d{5})\b")


def reference_for(doc_id: str, text: str = "") -> Reference | None:
    """A Reference for an official id of one of the four families; None for other families."""
    doc_id = doc_id.strip()
    if not _ID_RE.fullmatch(doc_id):
        return None
    kind = _KINDS[doc_id.split("-", 1)[0]]
    return Reference(kind, doc_id, official_url(doc_id), " ".join(text.split()))


@dataclass
class NoteLinks:
    """What a footnote's markup says beyond its text: cited document ids and link targets."""

    doc_ids: list[tuple[str, str]] = field(default_factory=list)  # (id, text as printed)
    urls: list[str] = field(default_factory=list)


def _same_url(a: str, b: str) -> bool:
    """A link printed shortened ("https://x.nl/a…") or without its trailing slash is the same link."""
    a, b = a.rstrip("/…. "), b.rstrip("/…. ")
    return a == b or (len(a) > 12 and b.startswith(a))


def make_footnote(number: int, text: str, links: NoteLinks | None = None) -> Footnote:
    """A footnote with references from the markup and from the text, each id once; urls likewise."""
    links = links or NoteLinks()
    found = {r.id: r for r in find_references(text)}
    refs: list[Reference] = []
    urls: list[str] = []
    for doc_id, printed in links.doc_ids:
        ref = found.get(doc_id) or reference_for(doc_id, printed)
        if ref is None:
            # an official document outside the four families (nds-, blg-, stcrt-): still a link to read it
            urls.append(official_url(doc_id))
        elif all(r.id != ref.id for r in refs):
            refs.append(ref)
    for ref in found.values():
        if all(r.id != ref.id for r in refs):
            refs.append(ref)
    for url in links.urls:
        if url not in urls:
            urls.append(url)
    for url in find_urls(text):
        if not any(_same_url(url, u) for u in urls):
            urls.append(url)
    return Footnote(number, text, refs, urls)


def note_number(text: str) -> int | None:
    m = re.search(r"\d{1,4}", text)
    return int(m.group(0)) if m else None


# ---- blocks and the finished document ----------------------------------------------------------------

_BARE_LABEL = re.compile(rf"^\s*(?:nr\.?\s*)?({LABEL})\s*[.:)]?\s*$", re.I)
_SEARCH_LABEL = re.compile(LABEL)


@dataclass
class RawBlock:
    """A question or answer as read, before numbers are inferred."""

    kind: str  # "vraag" | "antwoord"
    heading: str  # the heading as printed ("Antwoord op vraag 5"); "" if none
    label: str
    text: str = ""
    markers: list[Marker] = field(default_factory=list)


def heading_label(text: str, kind: str) -> str | None:
    """The label of a heading slot (`nr`, `h2`, `p.nummer`): "Vraag 2 en 3" → "2 en 3", "1" → "1";
    "" for a bare "Antwoord"; None when the text is no heading at all."""
    text = " ".join(text.split())
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
        numbers = numbers_of(raw.label) if raw.label else []
        inferred = False
        if not numbers:
            inferred = True
            if raw.kind == "antwoord":
                numbers = _infer_answer(prev, prev_kind, answers)
            else:
                numbers = [_next_number(questions[-1].numbers if questions else [])]
        block = Block(raw.label, numbers, raw.text, list(raw.markers), inferred and bool(numbers))
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
    """Everything a parser found, in the terms both official forms share."""

    header_lines: list[str] = field(default_factory=list)  # as printed, in order
    raws: list[RawBlock] = field(default_factory=list)
    notes: dict[int, Footnote] = field(default_factory=dict)
    mededeling: list[str] = field(default_factory=list)  # paragraphs of a postponement notice
    extra_lines: list[str] = field(default_factory=list)  # remarks shown in the source view only
    meta: dict[str, list[str]] = field(default_factory=dict)  # lower-case name → values
    ids: list[str] = field(default_factory=list)  # candidate official ids, best first
    nummer_texts: list[str] = field(default_factory=list)  # kamervraagnummer and the like
    kop_lines: list[str] = field(default_factory=list)  # "Vergaderjaar 2024-2025", "Eerste Kamer"
    zie_refs: list[Reference] = field(default_factory=list)
    asked: date | None = None  # printed ISO dates (datum isodatum) beat dates read from the text
    received: date | None = None
    names: list[str] = field(default_factory=list)  # naam elements of the question description


def _meta(parts: Parts, key: str) -> str | None:
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
    m = re.search(r"\b(\d{4})\s*(?:[-–/]\s*)?(\d{2}|\d{4})\b", text)
    return vergaderjaar(m.group(1), m.group(2)) if m else None


def _nummer_of(text: str) -> int | None:
    """The Aanhangsel number from a printed number field: "1547", "Aanhangsel nr. 1547", "151601547"."""
    t = text.strip()
    m = re.fullmatch(r"(?:[A-Za-z. ]*?)(\d{1,5})", t)
    if m:
        return int(m.group(1))
    m = re.fullmatch(r"(\d{2})(\d{2})(\d{5})", t)  # Tweede Kamer style: 15 16 01580
    if m and (int(m.group(1)) + 1) % 100 == int(m.group(2)):
        return int(m.group(3))
    return None


def _apply_identity(doc: Document, parts: Parts) -> None:
    for candidate in [*parts.ids, _meta(parts, "DC.identifier") or "", _meta(parts, "dcterms.identifier") or ""]:
        if candidate and _set_id(doc, candidate):
            break
    creator = " ".join([*parts.kop_lines, _meta(parts, "DC.creator") or "", _meta(parts, "OVERHEID.authority") or ""])
    if not doc.doc_id and re.search(r"Eerste\s+Kamer", creator):
        doc.chamber = "ek"
    if doc.vergaderjaar is None:
        for text in [*parts.kop_lines, _meta(parts, "OVERHEIDop.vergaderjaar") or ""]:
            if re.search(r"\d{4}", text):
                doc.vergaderjaar = _vergaderjaar_text(text)
                if doc.vergaderjaar:
                    break
    if doc.nummer is None:
        for text in [*parts.nummer_texts, _meta(parts, "OVERHEIDop.aanhangselNummer") or ""]:
            if _ZAAK.search(text):
                continue
            doc.nummer = _nummer_of(text)
            if doc.nummer is not None:
                break
    if doc.zaak is None:
        for text in [*parts.nummer_texts, _meta(parts, "OVERHEIDop.vraagnummer") or ""]:
            m = _ZAAK.search(text)
            if m:
                doc.zaak = m.group(1)
                break


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
        first = next((line for line in parts.header_lines if re.match(r"\s*(?:Mondelinge\s+)?Vragen\b", line)), None)
        doc.title = first or _meta(parts, "DC.title")
    if not doc.indieners and parts.names:
        doc.indieners = [Member(n) for n in parts.names]
    if not doc.indieners:
        values = [v for v in parts.meta.get("overheidop.indiener", []) if v.strip()]
        doc.indieners = [m for v in values for m in split_members(v.replace("|", ","))]
    doc.gericht_aan = doc.gericht_aan or _meta(parts, "OVERHEIDop.ontvanger")
    if doc.ingezonden is None and _meta(parts, "OVERHEIDop.datumIndiening"):
        doc.ingezonden = parse_date(_meta(parts, "OVERHEIDop.datumIndiening") or "")
    if doc.ontvangen is None and _meta(parts, "OVERHEIDop.datumOntvangst"):
        doc.ontvangen = parse_date(_meta(parts, "OVERHEIDop.datumOntvangst") or "")
    # on a question page OVERHEIDop.aanhangsel names the answer: a "see also" of the reader's kind
    for v in parts.meta.get("overheidop.aanhangsel", []):
        ref = reference_for(v)
        if ref and ref.id != doc.id:
            zie.setdefault(ref.id, ref)
    doc.zie_ook = [r for r in zie.values() if r.id != doc.id]
    return h.mededeling_header


def _source_text(doc: Document, parts: Parts) -> str:
    out: list[str] = [line for line in parts.header_lines if line]
    out += [line for line in parts.extra_lines if line]
    for raw in parts.raws:
        head = raw.heading
        if not re.search(r"[A-Za-z]{3}", head):  # a bare "1" printed as the heading
            head = f"{raw.kind.capitalize()} {raw.label}".strip()
        out.append(f"{head}\n{raw.text}" if raw.text else head)
    if doc.mededeling:
        out.append(f"Mededeling\n{doc.mededeling}")
    if doc.footnotes:
        out.append("\n".join(f"{f.number} {f.text}" for f in doc.footnotes))
    return "\n\n".join(out) + "\n"


def build_document(parts: Parts, fmt: str) -> Document:
    """The Document from what a parser found: identity, header, numbered blocks, notes, kind, source text."""
    doc = Document(source_format=fmt)
    _apply_identity(doc, parts)
    mededeling_header = _apply_header(doc, parts)
    doc.questions, doc.answers = _blocks(parts.raws)
    doc.footnotes = [parts.notes[n] for n in sorted(parts.notes)]
    mededeling = "\n\n".join(p for p in parts.mededeling if p.strip()) or None
    doc.kind = infer_kind(bool(doc.answers), bool(mededeling) or mededeling_header)
    if doc.answers and mededeling:  # a remark beside real answers is not a postponement: keep it in the source
        parts.extra_lines.append(mededeling)
    elif doc.kind == Kind.MEDEDELING:
        doc.mededeling = mededeling
    if doc.vergaderjaar is None:
        day = doc.ingezonden if doc.kind == Kind.VRAGEN else (doc.ontvangen or doc.ingezonden)
        if day:
            doc.vergaderjaar = vergaderjaar_of(day)
    doc.source_text = _source_text(doc, parts)
    return doc


def mededeling_paragraphs(paragraphs: Iterable[str]) -> list[str]:
    """The notice without its "Mededeling" heading."""
    out = [p for p in paragraphs if p.strip()]
    if out and re.fullmatch(r"\s*Mededeling\s*[.:]?\s*", out[0], re.I):
        out = out[1:]
    return out


def is_zie_ook(text: str) -> bool:
    return bool(re.match(r"\s*\[?\s*Zie\s*ook\b", text, re.I))


# ---- XML: a tree from expat, with every DTD refused ----------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit(":", 1)[-1] if ":" in tag else tag


class _SafeTree:
    """Builds an ElementTree from expat events; a DTD, entity or notation declaration stops the parse."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.builder = TreeBuilder()
        self.depth = 0

    def forbid(self, *_args: object) -> None:
        raise ParseError("xml_forbidden", self.name)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ParseError("xml_malformed", self.name, reason=f"nesting deeper than {MAX_DEPTH} levels")
        self.builder.start(_local(tag), {_local(k): v for k, v in attrs.items()})

    def end(self, tag: str) -> None:
        self.depth -= 1
        self.builder.end(_local(tag))

    def parse(self, data: bytes | str) -> Element:
        p = expat.ParserCreate()
        p.buffer_text = True
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        p.StartDoctypeDeclHandler = self.forbid
        p.EntityDeclHandler = self.forbid
        p.UnparsedEntityDeclHandler = self.forbid
        p.NotationDeclHandler = self.forbid
        p.ElementDeclHandler = self.forbid
        p.AttlistDeclHandler = self.forbid
        p.ExternalEntityRefHandler = self.forbid
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.builder.data
        try:
            p.Parse(data, True)
        except expat.ExpatError as exc:
            where = f"{exc.lineno}:{exc.offset + 1}"
            raise ParseError("xml_malformed", self.name, reason=f"{expat.ErrorString(exc.code)}, {where}") from exc
        except (ValueError, LookupError) as exc:  # an encoding Python cannot map
            raise ParseError("xml_malformed", self.name, reason=str(exc)) from exc
        return self.builder.close()


# ---- XML: the reader -----------------------------------------------------------------------------------

_SKIP = frozenset({
    "noot.nr", "li.nr", "plaatje", "illustratie", "metadata", "meta", "nr", "nummer", "vraagnummer",
    "kamervraagnummer",
})  # fmt: skip
_PARA = frozenset({
    "al", "tussenkop", "kop", "titel", "li", "lijst", "al-groep", "citaat", "table", "tgroup", "thead",
    "tbody", "row", "noot.al", "tekstregel", "toelicht", "kamervraagopmerking", "vrije-tekst",
})  # fmt: skip
_HEADER = frozenset({"kamervraagomschrijving", "omschr"})
_NAME_PARTS = frozenset({"voornaam", "initialen", "tussenvoegsel", "titel"})
_BLOCK = frozenset({"vraag", "antwoord"})


def _plain(el: Element) -> str:
    return " ".join("".join(el.itertext()).split())


def _name(el: Element) -> str:
    """A <naam> with <voornaam>/<tussenvoegsel>/<achternaam> parts: the parts with spaces between."""
    parts = [_plain(child) for child in el] if len(el) else []
    return " ".join(p for p in parts if p) or _plain(el)


class _XmlReader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.parts = Parts()
        self.links: NoteLinks | None = None  # set while a footnote's text is read
        self.loose: list[str] = []  # paragraphs outside questions and answers
        self.seen_block = False
        self.note_ids: dict[str, int] = {}  # noot id → number, for nootref
        self.top_number = 0  # the highest note number seen

    # -- inline flow ----------------------------------------------------------------------------------
    def flow(self, el: Element, tb: TextBuilder) -> None:
        tag = el.tag
        if tag == "noot":
            self.note(el, tb)
            return
        if tag == "nootref":
            number = note_number(el.get("nr", "")) or self._ref_number(el.get("refid", ""))
            if number is not None:
                tb.marker(number)
            return
        if tag in _SKIP:
            return
        if tag == "extref" and self.links is not None:
            self._extref(el)
        para = tag in _PARA
        if para:
            tb.paragraph()
        if tag == "li":
            nr = el.find("li.nr")
            if nr is not None:
                tb.prefix(_plain(nr))
        if tag == "row":
            self._row(el, tb)
        else:
            tb.add(el.text)
            for child in el:
                self.flow(child, tb)
                if child.tag in _NAME_PARTS and not (child.tail or "")[:1].isspace():
                    tb.add(" ")  # <voornaam>G.J.</voornaam><achternaam>…: the printed name has a space
                tb.add(child.tail)
        if para:
            tb.paragraph()

    def _row(self, el: Element, tb: TextBuilder) -> None:
        # a table row on one line, cells separated by a bar
        first = True
        for entry in el:
            if not first:
                tb.add(" | ")
            first = False
            tb.add(entry.text)
            for child in entry:
                self.flow(child, tb)
                tb.add(child.tail)

    def _extref(self, el: Element) -> None:
        assert self.links is not None
        target = (el.get("doc") or el.get("href") or "").strip()
        if not target:
            return
        if (el.get("soort") or "").lower() == "url" or re.match(r"(?:https?://|www\.)", target, re.I):
            if target not in self.links.urls:
                self.links.urls.append(target)
        elif _ANY_ID_RE.fullmatch(target):
            self.links.doc_ids.append((target, _plain(el)))

    # -- footnotes -------------------------------------------------------------------------------------
    def _ref_number(self, refid: str) -> int | None:
        return self.note_ids.get(refid)

    def note(self, el: Element, tb: TextBuilder | None) -> None:
        nr = el.find("noot.nr")
        number = note_number(_plain(nr)) if nr is not None else note_number(el.get("nr", ""))
        if number is None:  # unnumbered (e.g. "*"): give it the next free number so nothing is lost
            number = self.top_number + 1
        self.top_number = max(self.top_number, number)
        if tb is not None:
            tb.marker(number)
        if number in self.parts.notes:
            return
        outer, self.links = self.links, NoteLinks()
        ntb = TextBuilder()
        for child in el:
            if child.tag != "noot.nr":
                self.flow(child, ntb)
                ntb.add(child.tail)
        self.parts.notes[number] = make_footnote(number, ntb.line(), self.links)
        self.links = outer

    # -- structure -------------------------------------------------------------------------------------
    def walk(self, el: Element, context: str = "") -> None:
        for child in el:
            tag = child.tag
            if tag in _BLOCK:
                self.block(child)
            elif tag in _HEADER:
                self.omschrijving(child, context)
            elif tag == "kamervraagopmerking":
                self.opmerking(child)
            elif tag in ("kamervraagnummer", "vraagnummer", "aanhangselnummer", "nummer"):
                self.parts.nummer_texts.append(_plain(child))
            elif tag == "tekstregel":
                self.parts.kop_lines.append(_plain(child))
            elif tag in ("meta", "metadata") and (child.get("name") or child.get("property")):
                key = (child.get("name") or child.get("property") or "").lower()
                self.parts.meta.setdefault(key, []).append(child.get("content") or _plain(child))
            elif tag == "noot":
                self.note(child, None)
            elif tag in ("al", "toelicht", "tussenkop"):
                self.loose_paragraphs(child)
            elif tag == "ondertekening":
                continue
            else:
                self.walk(child, tag if tag in ("vragen", "reactie") else context)

    def loose_paragraphs(self, el: Element) -> None:
        tb = TextBuilder()
        self.flow(el, tb)
        if tb.empty:
            return
        last = self.parts.raws[-1] if self.parts.raws else None
        if el.tag == "toelicht" and last is not None and last.kind == "vraag":
            # an explanation printed after the questions belongs with them
            base = len(last.text) + 2 if last.text else 0
            last.markers += [Marker(m.offset + base, m.number) for m in tb.markers]
            last.text = f"{last.text}\n\n{tb.text}" if last.text else tb.text
        elif self.seen_block:
            self.loose.append(tb.text)
        else:
            self.parts.header_lines.append(tb.line())

    def omschrijving(self, el: Element, context: str) -> None:
        outer, self.links = self.links, NoteLinks()
        tb = TextBuilder()
        self.flow(el, tb)
        line = tb.line()
        self.parts.header_lines.append(line)
        kind = (el.get("type") or "").lower()
        if not kind:
            kind = "vraag" if context == "vragen" or re.match(r"\s*(?:Mondelinge\s+)?Vragen\b", line) else "antwoord"
        datum = el.find(".//datum")
        iso = parse_date(datum.get("isodatum", "")) if datum is not None else None
        if kind == "vraag":
            self.parts.asked = self.parts.asked or iso
            self.parts.names += [_name(n) for n in el.iter("naam") if _name(n)]
        else:
            self.parts.received = self.parts.received or iso
        self._zie_refs(line)
        self.links = outer

    def _zie_refs(self, line: str) -> None:
        assert self.links is not None
        if re.search(r"Zie\s*ook", line, re.I):
            for doc_id, printed in self.links.doc_ids:
                ref = reference_for(doc_id, printed)
                if ref:
                    self.parts.zie_refs.append(ref)

    def opmerking(self, el: Element) -> None:
        outer, self.links = self.links, NoteLinks()
        tb = TextBuilder()
        self.flow(el, tb)
        text = tb.text
        if is_zie_ook(text):
            self.parts.header_lines.append(tb.line())
            self._zie_refs(text)
        else:
            self.parts.mededeling += mededeling_paragraphs(text.split("\n\n"))
        self.links = outer

    def block(self, el: Element) -> None:
        self.seen_block = True
        kind = el.tag
        raw = RawBlock(kind, "", "")
        tb = TextBuilder()
        started = False  # body text seen: a later nr is no longer this block's heading
        tb.add(el.text)
        for child in el:
            if child.tag in ("nr", "nummer") and not started and not raw.heading:
                raw.heading = _plain(child)
                raw.label = heading_label(raw.heading, kind) or ""
            elif child.tag == "al" and (head := self._al_heading(child)) is not None:
                if started or raw.heading:
                    self._close(raw, tb)
                    raw, tb = RawBlock(head[0], "", ""), TextBuilder()
                raw.kind = head[0]
                raw.heading, raw.label = _plain(child), head[1]
                started = False
                continue
            else:
                self.flow(child, tb)
                started = started or not tb.empty
            tb.add(child.tail)
        self._close(raw, tb)

    @staticmethod
    def _al_heading(el: Element) -> tuple[str, str] | None:
        # a paragraph that is nothing but a heading ("Vraag 1") where no nr element is used
        if len(el) or not el.text or len(el.text) > 80:
            return None
        return heading_text(" ".join(el.text.split()))

    def _close(self, raw: RawBlock, tb: TextBuilder) -> None:
        raw.text = tb.text
        end = len(raw.text)
        raw.markers = [Marker(min(m.offset, end), m.number) for m in tb.markers]
        self.parts.raws.append(raw)

    def read(self, root: Element) -> Document:
        for n in root.iter("noot"):
            nr = n.find("noot.nr")
            num = note_number(_plain(nr)) if nr is not None else note_number(n.get("nr", ""))
            if num is not None and n.get("id"):
                self.note_ids.setdefault(n.get("id", ""), num)
        rid = (root.get("id") or "").strip()
        if _ID_RE.fullmatch(rid):  # the collector's wrapper of fragments names the document
            self.parts.ids.append(rid)
        self.walk(_wrap(root))
        answered = any(r.kind == "antwoord" for r in self.parts.raws)
        if self.parts.raws and not answered and not self.parts.mededeling:
            # older layouts print the notice as plain paragraphs after the questions
            self.parts.mededeling = mededeling_paragraphs(self.loose)
        else:
            self.parts.extra_lines += self.loose
        if not self.parts.raws and not self.parts.mededeling:
            raise ParseError("not_kamervragen", self.name)
        return build_document(self.parts, "xml")


def _wrap(el: Element) -> Element:
    w = Element("wrapper")
    w.append(el)
    return w


def parse_xml(data: bytes, name: str = "") -> Document:
    """Parse the official XML (a whole document, its fragments or its metadata with the body)."""
    root = _SafeTree(name).parse(data)
    try:
        return _XmlReader(name).read(root)
    except RecursionError as exc:
        raise ParseError("xml_malformed", name, reason=f"nesting deeper than {MAX_DEPTH} levels") from exc
