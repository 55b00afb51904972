"""The text of a Word document (WordprocessingML) as paragraphs in reading order, with what the letter
reader needs to know about each: bold or not, automatically numbered, footnote references, tables.

Only what is printed counts: deleted text (`w:del`), hidden runs (`w:vanish`), field instructions and the
fallback copy of a drawing (`mc:Fallback`) are skipped; text boxes are read as paragraphs of their own after
the paragraph that anchors them. Bold is resolved as Word does: the run's own `w:b`, else its character
style, else the paragraph style (styles inherit through `w:basedOn`). Element names are local (`safe_xml`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from reader.core import cancel
from reader.core.markup_text import TextBuilder
from reader.core.model import Marker
from reader.core.table_grid import MAX_COLUMNS, Cell, grid, span_value

_SKIP = frozenset({
    "del", "delText", "instrText", "Fallback", "rPr", "pPr", "proofErr", "bookmarkStart", "bookmarkEnd",
    "lastRenderedPageBreak", "sectPr", "commentRangeStart", "commentRangeEnd", "commentReference", "tblPr",
    "tblGrid", "trPr", "tcPr", "permStart", "permEnd",
})  # fmt: skip
_CHECK_EVERY = 4096


def _on(el: Element | None) -> bool | None:
    """A Word toggle property: `<w:b/>` is on, `w:val` "0"/"false"/"off" is off; None when absent."""
    if el is None:
        return None
    return (el.get("val") or "true").lower() not in ("0", "false", "off", "none")


@dataclass
class Styles:
    """Which paragraph and character styles are bold or numbered (through `basedOn`)."""

    bold: dict[str, bool] = field(default_factory=dict)
    numbered: set[str] = field(default_factory=set)

    @classmethod
    def read(cls, root: Element | None) -> Styles:
        out = cls()
        if root is None:
            return out
        own: dict[str, bool | None] = {}
        parent: dict[str, str] = {}
        numbered: set[str] = set()
        for style in root.iter("style"):
            sid = style.get("styleId") or ""
            rpr = style.find("rPr")
            own[sid] = _on(rpr.find("b")) if rpr is not None else None
            based = style.find("basedOn")
            if based is not None and based.get("val"):
                parent[sid] = based.get("val") or ""
            ppr = style.find("pPr")
            if ppr is not None and ppr.find("numPr") is not None:
                numbered.add(sid)
        for sid in own:
            value: bool | None = None
            cur: str | None = sid
            for _ in range(12):  # inheritance chains are short; a cycle must not hang
                if cur is None or cur not in own:
                    break
                if own[cur] is not None:
                    value = own[cur]
                    break
                cur = parent.get(cur)
            out.bold[sid] = bool(value)
        out.numbered = numbered
        return out


@dataclass
class WordPara:
    """A paragraph (or a table) as printed."""

    text: str
    markers: list[Marker] = field(default_factory=list)  # Word footnote ids at their offsets
    bold: bool = False
    numbered: bool = False
    style: str = ""
    table: list[list[str]] | None = None
    in_box: bool = False  # from a text box (letterhead, address)
    lines: list[str] = field(default_factory=list)  # a table's paragraphs cell by cell, for the letter's fields


class WordText:
    """Walks `w:body` (or a header, or a footnote) into `WordPara`s."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.paras: list[WordPara] = []
        self.count = 0

    def body(self, el: Element, in_box: bool = False) -> None:
        for child in el:
            self.count += 1
            if self.count % _CHECK_EVERY == 0:
                cancel.check()
            tag = child.tag
            if tag == "p":
                self.paragraph(child, in_box)
            elif tag == "tbl":
                self.table(child, in_box)
            elif tag not in _SKIP:  # sdt, sdtContent, customXml, ins, AlternateContent, Choice …
                self.body(child, in_box)

    def paragraph(self, p: Element, in_box: bool) -> None:
        ppr = p.find("pPr")
        style = ""
        numbered = False
        if ppr is not None:
            ps = ppr.find("pStyle")
            style = (ps.get("val") or "") if ps is not None else ""
            numbered = ppr.find("numPr") is not None or style in self.styles.numbered
        tb = TextBuilder()
        counts = [0, 0]  # bold characters, all characters
        boxes: list[Element] = []
        self._runs(p, tb, self.styles.bold.get(style, False), counts, boxes)
        if not tb.empty or tb.markers:
            bold = counts[1] > 0 and counts[0] >= 0.9 * counts[1]
            self.paras.append(WordPara(tb.line(), tb.markers, bold, numbered, style, in_box=in_box))
        for box in boxes:
            self.body(box, in_box=True)

    def _runs(self, el: Element, tb: TextBuilder, para_bold: bool, counts: list[int], boxes: list[Element]) -> None:
        for child in el:
            tag = child.tag
            if tag == "r":
                self._run(child, tb, para_bold, counts, boxes)
            elif tag == "txbxContent":
                boxes.append(child)
            elif tag not in _SKIP:  # hyperlink, ins, smartTag, fldSimple, sdt, AlternateContent, Choice, drawing …
                self._runs(child, tb, para_bold, counts, boxes)

    def _run(self, r: Element, tb: TextBuilder, para_bold: bool, counts: list[int], boxes: list[Element]) -> None:
        rpr = r.find("rPr")
        bold = para_bold
        if rpr is not None:
            if _on(rpr.find("vanish")):
                return
            rs = rpr.find("rStyle")
            if rs is not None and rs.get("val") in self.styles.bold:
                bold = self.styles.bold[rs.get("val") or ""] or bold
            own = _on(rpr.find("b"))
            if own is not None:
                bold = own
        for child in r:
            tag = child.tag
            if tag == "t":
                text = child.text or ""
                tb.add(text)
                n = len(text.strip())
                counts[1] += n
                counts[0] += n if bold else 0
            elif tag in ("tab", "br", "cr"):
                tb.add(" ")
            elif tag == "noBreakHyphen":
                tb.add("-")
            elif tag in ("footnoteReference", "endnoteReference"):
                fid = child.get("id") or ""
                if fid.lstrip("-").isdigit():
                    # Word footnote ids, numbered once the letter is read; endnotes far beyond them
                    tb.marker(int(fid) + (100_000 if tag == "endnoteReference" else 0))
            elif tag not in _SKIP:  # drawing, pict, AlternateContent: text boxes in them
                for box in child.iter("txbxContent"):
                    boxes.append(box)
                    break

    def table(self, tbl: Element, in_box: bool) -> None:
        rows: list[list[Cell]] = []
        cell_paras: list[WordPara] = []
        for tr in (c for c in tbl if c.tag == "tr"):
            cells: list[Cell] = []
            for tc in (c for c in tr if c.tag == "tc"):
                sub = WordText(self.styles)
                sub.body(tc, in_box)
                cell_paras += sub.paras
                tcpr = tc.find("tcPr")
                span = tcpr.find("gridSpan") if tcpr is not None else None
                texts = [p.text if p.table is None else " ".join(" ".join(r) for r in p.table) for p in sub.paras]
                colspan = span_value(span.get("val") if span is not None else None, MAX_COLUMNS)
                cells.append(Cell(" ".join(t for t in texts if t), None, colspan))
            rows.append(cells)
        table = grid(rows)
        if not table:
            return
        if len(table[0]) == 1:  # a one-column table is paragraphs in a frame (letterheads use them)
            self.paras += cell_paras
            return
        lines: list[str] = []
        sub_all = WordText(self.styles)
        sub_all.paras = cell_paras
        lines = sub_all.cells_as_lines()
        markers = [Marker(0, m.number) for p in cell_paras for m in p.markers]
        self.paras.append(WordPara("", markers, table=table, in_box=in_box, lines=lines))

    def cells_as_lines(self) -> list[str]:
        """Every paragraph's text, tables cell by cell: for looking up the letter's fields."""
        out: list[str] = []
        for p in self.paras:
            if p.table is None:
                out.append(p.text)
            else:
                out += p.lines
        return out
