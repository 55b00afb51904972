"""Read the official XML of a set of Kamervragen (KOOP "officiële publicaties") into a `Document`.

Accepts whole documents (`officiele-publicatie` → `kamervragen` with `kamervraagkop`,
`kamervraagomschrijving`, `kamervraagopmerking`; the older `vragen`/`omschr`/`nummer` and
`body/vragen`, `body/reactie` layouts), bare `vraag`/`antwoord` fragments (as in the corpus) and the
`metadata.xml` fields (`DC.identifier`, `OVERHEIDop.*`) wherever they appear.

Beyond the text: `kamervraagonderwerp` is the subject; an `extref soort="document"` in a question or answer
is a citation whose span is where its text lands (the rest of the text is searched for citations too); a
CALS table (`table` > `tgroup` > `row` > `entry`, spans by `namest`/`nameend` and `morerows`) is kept as a
table at its paragraph, not run into the text.

Safety (`safe_xml`): a DTD or any entity declaration is refused before anything is expanded or fetched; only
the standard library's expat is used; nesting is bounded. Every step is linear in the input.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from reader.core import cancel
from reader.core.errors import ParseError
from reader.core.header import parse_date
from reader.core.markup_doc import (
    Parts,
    RawBlock,
    announces_oral_questions,
    build_document,
    check_blocks,
    heading_label,
    heading_text,
    is_zie_ook,
    mededeling_paragraphs,
)
from reader.core.markup_text import ANY_ID_RE, ID_RE, NoteLinks, TextBuilder, make_footnote, note_number, reference_for
from reader.core.model import Document, Marker, Reference
from reader.core.safe_xml import MAX_DEPTH, parse_safe
from reader.core.table_grid import MAX_COLUMNS, MAX_ROWSPAN, Cell, grid, span_value

_SKIP = frozenset({
    "noot.nr", "li.nr", "plaatje", "illustratie", "metadata", "meta", "nr", "nummer", "vraagnummer",
    "kamervraagnummer", "colspec", "spanspec",
})  # fmt: skip
_PARA = frozenset({
    "al", "tussenkop", "kop", "titel", "title", "li", "lijst", "al-groep", "citaat", "noot.al", "tekstregel",
    "toelicht", "kamervraagopmerking", "vrije-tekst",
})  # fmt: skip
_TABLES = frozenset({"table", "tabel", "tgroup"})
_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_HEADER = frozenset({"kamervraagomschrijving", "omschr"})
_NAME_PARTS = frozenset({"voornaam", "initialen", "tussenvoegsel", "titel"})
_BLOCK = frozenset({"vraag", "antwoord"})
_CHECK_EVERY = 2048  # elements between cancellation checks


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
        self.builders: list[TextBuilder] = []  # one per raw block, closed when the document is read
        self.count = 0

    # -- inline flow ----------------------------------------------------------------------------------
    def flow(self, el: Element, tb: TextBuilder) -> None:
        self.count += 1
        if self.count % _CHECK_EVERY == 0:
            cancel.check()
        tag = el.tag
        if tag == "noot":
            self.note(el, tb)
            return
        if tag == "nootref":
            number = note_number(el.get("nr", "")) or self.note_ids.get(el.get("refid", ""))
            if number is not None:
                tb.marker(number)
            return
        if tag in _SKIP:
            return
        if tag in _TABLES or tag == "row":
            self.table(el, tb)
            return
        if tag == "kamervraagonderwerp" and not self.parts.onderwerp:
            self.parts.onderwerp = _plain(el) or None
        cited: Reference | None = None
        mark = tb.mark()
        if tag == "extref":
            if self.links is not None:
                self._note_extref(el)
            else:
                cited = self._body_extref(el)
        para = tag in _PARA
        if para:
            tb.paragraph()
        if tag == "li":
            nr = el.find("li.nr")
            if nr is not None:
                tb.prefix(_plain(nr))
        tb.add(el.text)
        for child in el:
            self.flow(child, tb)
            if child.tag in _NAME_PARTS and not (child.tail or "")[:1].isspace():
                tb.add(" ")  # <voornaam>G.J.</voornaam><achternaam>…: the printed name has a space
            tb.add(child.tail)
        if cited is not None:
            tb.link(mark, cited)
        if para:
            tb.paragraph()

    def _note_extref(self, el: Element) -> None:
        assert self.links is not None
        target = (el.get("doc") or el.get("href") or "").strip()
        if not target:
            return
        if (el.get("soort") or "").lower() == "url" or re.match(r"(?:https?://|www\.)", target, re.I):
            if target not in self.links.urls:
                self.links.urls.append(target)
        elif ANY_ID_RE.fullmatch(target):
            self.links.doc_ids.append((target, _plain(el)))

    @staticmethod
    def _body_extref(el: Element) -> Reference | None:
        """The reference an extref in a question or answer cites ("Staatsblad 2020, 118" → stb-2020-118)."""
        if (el.get("soort") or "document").lower() != "document":
            return None
        return reference_for(el.get("doc") or "", _plain(el))

    # -- tables ----------------------------------------------------------------------------------------
    def table(self, el: Element, tb: TextBuilder) -> None:
        """A CALS table: its title a paragraph, its rows a table at this place in the text."""
        titles = [c for c in el if c.tag in ("title", "titel")]
        for t in titles:
            self.flow(t, tb)
        groups = [el] if el.tag in ("tgroup", "row") else [c for c in el if c.tag == "tgroup"] or [el]
        for group in groups:
            rows = self._rows(group, tb)
            if not rows:
                continue
            if len(rows) == 1 and len(rows[0]) == 1:  # a framed paragraph, not a table
                tb.paragraph()
                tb.add(rows[0][0])
                tb.paragraph()
            else:
                tb.table(rows)

    def _rows(self, group: Element, tb: TextBuilder) -> list[list[str]]:
        columns: dict[str, int] = {}
        for i, spec in enumerate(c for c in group if c.tag == "colspec"):
            number = spec.get("colnum")
            index = int(number) - 1 if number and number.isdigit() and 0 < int(number) <= MAX_COLUMNS else i
            columns.setdefault(spec.get("colname") or "", index)
        row_elements = [group] if group.tag == "row" else []
        for child in group:
            if child.tag == "row":
                row_elements.append(child)
            elif child.tag in _ROW_GROUPS:
                row_elements += [r for r in child if r.tag == "row"]
        rows: list[list[Cell]] = []
        for row in row_elements:
            cells: list[Cell] = []
            for entry in row:
                if entry.tag != "entry":
                    continue
                ctb = TextBuilder()
                ctb.add(entry.text)
                for child in entry:
                    self.flow(child, ctb)
                    ctb.add(child.tail)
                tb.absorb(ctb)
                text = ctb.line()
                for inner in ctb.tables:  # a table in a cell: its words stay in the cell
                    text = " ".join([text, *(" ".join(r) for r in inner.rows)]).strip()
                start = columns.get(entry.get("namest") or entry.get("colname") or "\0")
                end = columns.get(entry.get("nameend") or "\0")
                colspan = end - start + 1 if start is not None and end is not None and end >= start else 1
                more = (entry.get("morerows") or "").strip()[:6]
                rowspan = span_value(str(int(more) + 1), MAX_ROWSPAN) if more.isdigit() else 1
                cells.append(Cell(text, start, min(colspan, MAX_COLUMNS), rowspan))
            rows.append(cells)
        return grid(rows)

    # -- footnotes -------------------------------------------------------------------------------------
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
            self.count += 1
            if self.count % _CHECK_EVERY == 0:
                cancel.check()
            tag = child.tag
            if tag in _BLOCK:
                self.block(child)
            elif tag in _HEADER:
                self.omschrijving(child, context)
            elif tag == "kamervraagopmerking":
                self.opmerking(child)
            elif tag in ("kamervraagnummer", "vraagnummer", "aanhangselnummer", "nummer"):
                self.parts.nummer_texts.append(_plain(child)[:200])
            elif tag == "tekstregel":
                self.parts.kop_lines.append(_plain(child)[:500])
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
        last = self.parts.raws[-1] if self.parts.raws else None
        if el.tag == "toelicht" and last is not None and last.kind == "vraag":
            # an explanation printed after the questions belongs with them
            tb = self.builders[-1]
            tb.paragraph()
            self.flow(el, tb)
            return
        tb = TextBuilder()
        self.flow(el, tb)
        if tb.empty:
            return
        if self.seen_block:
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
            asks = context == "vragen" or re.match(r"\s?(?:Mondelinge\s[Vv]ragen|Vragen)\b", line)
            kind = "vraag" if asks else "antwoord"
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
        if re.search(r"Zie\s?ook", line, re.I):
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
                raw.heading = _plain(child)[:200]
                raw.label = heading_label(raw.heading, kind) or ""
            elif child.tag == "al" and (head := self._al_heading(child)) is not None:
                if started or raw.heading:
                    self._open(raw, tb)
                    raw, tb = RawBlock(head[0], "", ""), TextBuilder()
                raw.kind = head[0]
                raw.heading, raw.label = _plain(child), head[1]
                started = False
                continue
            else:
                self.flow(child, tb)
                started = started or not tb.empty or bool(tb.tables)
            tb.add(child.tail)
        self._open(raw, tb)

    @staticmethod
    def _al_heading(el: Element) -> tuple[str, str] | None:
        # a paragraph that is nothing but a heading ("Vraag 1") where no nr element is used
        if len(el) or not el.text or len(el.text) > 80:
            return None
        return heading_text(" ".join(el.text.split()))

    def _open(self, raw: RawBlock, tb: TextBuilder) -> None:
        """A block is read; its text is taken when the document is done (an explanation may follow)."""
        self.parts.raws.append(raw)
        self.builders.append(tb)
        check_blocks(self.parts, self.name)

    def _close_all(self) -> None:
        for raw, tb in zip(self.parts.raws, self.builders, strict=True):
            raw.text = tb.text
            end = len(raw.text)
            raw.markers = [m if m.offset <= end else Marker(end, m.number) for m in tb.markers]
            raw.citations = tb.citations
            raw.tables = tb.tables

    def read(self, root: Element) -> Document:
        for n in root.iter("noot"):
            nr = n.find("noot.nr")
            num = note_number(_plain(nr)) if nr is not None else note_number(n.get("nr", ""))
            if num is not None and n.get("id"):
                self.note_ids.setdefault(n.get("id", ""), num)
        rid = (root.get("id") or "").strip()
        if ID_RE.fullmatch(rid):  # the collector's wrapper of fragments names the document
            self.parts.ids.append(rid)
        self.walk(_wrap(root))
        self._close_all()
        answered = any(r.kind == "antwoord" for r in self.parts.raws)
        if self.parts.raws and not answered and not self.parts.mededeling:
            # older layouts print the notice as plain paragraphs after the questions
            self.parts.mededeling = mededeling_paragraphs(self.loose)
        else:
            self.parts.extra_lines += self.loose
        if not self.parts.raws and not self.parts.mededeling and not announces_oral_questions(self.parts):
            raise ParseError("not_kamervragen", self.name)
        return build_document(self.parts, "xml")


def _wrap(el: Element) -> Element:
    w = Element("wrapper")
    w.append(el)
    return w


def parse_xml(data: bytes, name: str = "") -> Document:
    """Parse the official XML (a whole document, its fragments or its metadata with the body)."""
    root = parse_safe(data, name, MAX_DEPTH)
    try:
        return _XmlReader(name).read(root)
    except RecursionError as exc:
        raise ParseError("xml_malformed", name, reason=f"nesting deeper than {MAX_DEPTH} levels") from exc
