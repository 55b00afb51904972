"""Read the OpenDocument text (ODT) rendering of a set of Kamervragen (the official repository serves one for
every publication, made from the XML) into a `Document`.

The ODT is a zip (`safe_zip`): `mimetype` says `application/vnd.oasis.opendocument.text`, `content.xml`
holds the text, `meta.xml` the publication's metadata (`meta:user-defined` "OVERHEIDop.ParlID/DC.identifier",
"OVERHEIDop.vergaderjaar", …: the same names as the web page's `meta` tags). The text is flat: the kop table
(`parlementair.kop`: chamber, vergaderjaar), a `kamervraagnummer` paragraph, the header paragraphs ("Vragen
van …", "Antwoord van …"), then "Vraag 1" / "Antwoord 1" paragraphs with the body paragraphs after them
(`flat_blocks`). A frame on the first page prints the document's id. Footnotes are `text:note` where their
marker stands; links (`text:a`) to an official document are citations; other tables are tables.
XML safety as everywhere (`safe_xml`): no DTD, no entities, nesting and element count bounded.
"""

from __future__ import annotations

from xml.etree.ElementTree import Element

from reader.core import cancel
from reader.core.errors import ParseError
from reader.core.flat_blocks import Para, assemble
from reader.core.markup_doc import Parts, build_document
from reader.core.markup_text import ID_RE, NoteLinks, TextBuilder, make_footnote, note_number, reference_for
from reader.core.model import Citation, Document, Marker, Reference
from reader.core.safe_xml import parse_fast
from reader.core.safe_zip import SafeZip
from reader.core.table_grid import MAX_COLUMNS, MAX_ROWSPAN, Cell, grid, span_value

MIMETYPE = b"application/vnd.oasis.opendocument.text"
_SKIP = frozenset({
    "soft-page-break", "bookmark", "bookmark-start", "bookmark-end", "reference-mark", "reference-mark-start",
    "reference-mark-end", "change", "change-start", "change-end", "sequence-decls", "tracked-changes", "forms",
    "annotation", "annotation-end", "frame", "table-of-content", "user-field-decls", "variable-decls",
})  # fmt: skip
_BREAKS = frozenset({"tab", "line-break"})


def _href_reference(el: Element) -> Reference | None:
    href = (el.get("href") or "").strip()
    tail = href.rsplit("/", 1)[-1]
    for suffix in (".html", ".pdf", ".xml", ".odt"):
        tail = tail.removesuffix(suffix)
    if not ID_RE.fullmatch(tail):
        return None
    return reference_for(tail, "".join(el.itertext()))


class _OdtReader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.parts = Parts()
        self.paras: list[Para] = []
        self.next_note = 0
        self.count = 0

    # -- inline text -----------------------------------------------------------------------------------
    def flow(self, el: Element, tb: TextBuilder) -> None:
        self.count += 1
        if self.count % 2048 == 0:
            cancel.check()
        for child in el:
            tag = child.tag
            if tag in _SKIP:
                pass
            elif tag == "s" or tag in _BREAKS:  # one or more spaces
                tb.add(" ")
            elif tag == "note":
                self.note(child, tb)
            elif tag == "a":
                ref = _href_reference(child)
                mark = tb.mark()
                tb.add(child.text)
                self.flow(child, tb)
                if ref is not None:
                    tb.link(mark, ref)
            else:
                tb.add(child.text)
                self.flow(child, tb)
            tb.add(child.tail)

    def note(self, el: Element, tb: TextBuilder) -> None:
        citation = next((c for c in el if c.tag == "note-citation"), None)
        number = note_number("".join(citation.itertext())) if citation is not None else None
        if number is None:
            number = self.next_note + 1
        self.next_note = max(self.next_note, number)
        tb.marker(number)
        if number in self.parts.notes:
            return
        ntb = TextBuilder()
        links = NoteLinks()
        for body in (c for c in el if c.tag == "note-body"):
            for p in body.iter():
                if p.tag == "a" and p.get("href"):
                    href = p.get("href", "")
                    ref = _href_reference(p)
                    if ref is not None:
                        links.doc_ids.append((ref.id, ref.text))
                    elif href.startswith(("http://", "https://")) and href not in links.urls:
                        links.urls.append(href)
            for p in body:
                ntb.paragraph()
                ntb.add(p.text)
                self.flow(p, ntb)
        self.parts.notes[number] = make_footnote(number, ntb.line(), links)

    def paragraph(self, el: Element) -> None:
        tb = TextBuilder()
        tb.add(el.text)
        self.flow(el, tb)
        style = (el.get("style-name") or "").lower()
        if style == "kamervraagnummer":
            self.parts.nummer_texts.append(tb.line()[:200])
            return
        if not tb.empty or tb.markers:
            self.paras.append(Para(tb.line(), tb.markers, tb.citations))

    # -- tables ----------------------------------------------------------------------------------------
    def table(self, el: Element) -> None:
        if (el.get("name") or "").lower().endswith(".kop"):  # the masthead: chamber, vergaderjaar
            for p in el.iter():
                if p.tag in ("p", "h"):
                    line = " ".join("".join(p.itertext()).split())
                    if line:
                        self.parts.kop_lines.append(line[:500])
            return
        rows: list[list[Cell]] = []
        markers_tb = TextBuilder()
        for row in _rows(el):
            cells: list[Cell] = []
            for cell in row:
                if cell.tag != "table-cell":
                    continue  # covered cells are filled by the grid
                ctb = TextBuilder()
                for p in cell:
                    ctb.paragraph()
                    if p.tag in ("p", "h"):
                        ctb.add(p.text)
                        self.flow(p, ctb)
                markers_tb.absorb(ctb)
                cols = span_value(cell.get("number-columns-spanned"), MAX_COLUMNS)
                cells.append(Cell(ctb.line(), None, cols, span_value(cell.get("number-rows-spanned"), MAX_ROWSPAN)))
            rows.append(cells)
        table = grid(rows)
        if len(table) == 1 and len(table[0]) == 1:
            self.paras.append(Para(table[0][0], markers_tb.markers))
        elif table:
            self.paras.append(Para("", markers_tb.markers, table=table))

    # -- structure -------------------------------------------------------------------------------------
    def body(self, el: Element) -> None:
        for child in el:
            tag = child.tag
            if tag in ("p", "h"):
                self.paragraph(child)
            elif tag == "list":
                self.list(child)
            elif tag == "table":
                self.table(child)
            elif tag == "frame":
                self.frame(child)
            elif tag in ("section", "text", "body", "index-body"):
                self.body(child)

    def list(self, el: Element) -> None:
        for item in el:
            if item.tag not in ("list-item", "list-header"):
                continue
            for child in item:
                if child.tag in ("p", "h"):
                    before = len(self.paras)
                    self.paragraph(child)
                    if len(self.paras) > before and self.paras[-1].text:
                        self.paras[-1].text = "– " + self.paras[-1].text
                        self.paras[-1].markers = [Marker(m.offset + 2, m.number) for m in self.paras[-1].markers]
                        self.paras[-1].citations = [
                            Citation(c.start + 2, c.end + 2, c.reference) for c in self.paras[-1].citations
                        ]
                elif child.tag == "list":
                    self.list(child)

    def frame(self, el: Element) -> None:
        # page furniture; the first page's frame prints the document's own id
        for p in el.iter("p"):
            text = "".join(p.itertext()).strip()
            if ID_RE.fullmatch(text):
                self.parts.ids.append(text)

    def meta(self, root: Element) -> None:
        for el in root.iter():
            if el.tag == "user-defined":
                key = (el.get("name") or "").rsplit("/", 1)[-1].lower()
                value = " ".join("".join(el.itertext()).split())
                if key and value:
                    self.parts.meta.setdefault(key, []).append(value)
            elif el.tag == "title" and (el.text or "").strip():
                self.parts.meta.setdefault("dc.title", []).append(el.text or "")

    def read(self, content: Element, meta: Element | None) -> Document:
        if meta is not None:
            self.meta(meta)
        for body in content.iter("body"):
            self.body(body)
        assemble(self.parts, self.paras, name=self.name)
        if not self.parts.raws and not self.parts.mededeling:
            raise ParseError("not_kamervragen", self.name)
        return build_document(self.parts, "odt")


def _rows(table: Element) -> list[Element]:
    out: list[Element] = []
    for child in table:
        if child.tag == "table-row":
            out.append(child)
        elif child.tag in ("table-header-rows", "table-rows", "table-row-group"):
            out += _rows(child)
    return out


def parse_odt(data: bytes, name: str = "", archive: SafeZip | None = None) -> Document:
    """Parse an ODT rendering of a set (a zip whose `mimetype` is the OpenDocument text)."""
    archive = archive or SafeZip(data, name)
    if not archive.has("content.xml"):
        raise ParseError("zip_unknown", name)
    content = parse_fast(archive.read("content.xml"), name)
    meta = parse_fast(archive.read("meta.xml"), name) if archive.has("meta.xml") else None
    try:
        return _OdtReader(name).read(content, meta)
    except RecursionError as exc:
        raise ParseError("xml_malformed", name, reason="nesting too deep") from exc
