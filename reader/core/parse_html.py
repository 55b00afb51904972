"""Read the official web page of a set of Kamervragen (zoek.officielebekendmakingen.nl) into a `Document`.

The page layout is known only from other tools' scrapers: `div.stuk` holding
`div.vraag > h2` / `div.antwoord > h2` (older pages: `p.nummer`) with `p` paragraphs, markers
`a.nootnum[href="#…"]` in a `sup`, notes in `div#noten > div.voet.noot` (`span.nootnum`, `p`,
`a.externe_link`), the postponement in `div.kamervraagopmerking` and `meta` tags (`DC.identifier`,
`OVERHEIDop.*`) in the head. So everything is looked up defensively: class tokens, not exact class strings,
and when the divs are missing, any paragraph or heading that reads "Vraag 3" / "Antwoord 2 en 3" starts a
block (the same `labels.parse_heading` every parser uses).

Standard library only (`html.parser`); script and style content is never text; the model gets plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reader.core import cancel
from reader.core.citations import official_url
from reader.core.errors import ParseError
from reader.core.flat_blocks import append_piece, close_block
from reader.core.html_tokens import scan
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
from reader.core.markup_text import (
    ANY_ID_RE,
    ID_RE,
    NoteLinks,
    TextBuilder,
    make_footnote,
    note_number,
    reference_for,
)
from reader.core.model import Citation, Document, Footnote, Marker, Reference
from reader.core.parse import decode_text
from reader.core.safe_xml import MAX_DEPTH
from reader.core.table_grid import MAX_COLUMNS, MAX_ROWSPAN, Cell, grid, span_value

# ---- a small, forgiving DOM ----------------------------------------------------------------------------

_VOID = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
    "wbr", "keygen",
})  # fmt: skip
# a start tag of one of these closes an open <p> (HTML's implied end tags, simplified)
_CLOSES_P = frozenset({
    "p", "div", "ul", "ol", "dl", "table", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "section",
    "article", "aside", "header", "footer", "nav", "form", "hr", "address", "figure", "main", "fieldset",
})  # fmt: skip
_SCOPE = frozenset({"table", "td", "th", "caption", "button", "html", "body", "ul", "ol", "dl", "div"})
# never text: code, styling, embedded objects, form controls
_NO_TEXT = frozenset({
    "script", "style", "template", "noscript", "head", "title", "svg", "math", "iframe", "object", "canvas",
    "select", "option", "textarea", "button",
})  # fmt: skip
# page chrome, skipped when the document container is not found
_CHROME = frozenset({"nav", "footer", "form", "aside"})
_BLOCKISH = frozenset({
    "p", "div", "li", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "section",
    "article", "main", "header", "ul", "ol", "dl", "table", "tr", "caption", "figcaption", "address", "td", "th",
})  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


_NO_CLASSES: frozenset[str] = frozenset()
_NONE: list[Any] = []  # the shared empty list of a unit without markers or links: never appended to


class Node:
    __slots__ = ("attrs", "children", "classes", "tag")

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Node | str] = []
        self.classes = frozenset(attrs["class"].lower().split()) if "class" in attrs else _NO_CLASSES

    def iter(self) -> list[Node]:
        """This node and every element below it, in document order (iterative: pages nest deeply)."""
        out: list[Node] = []
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed([c for c in node.children if isinstance(c, Node)]))
        return out

    def text(self, limit: int | None = None) -> str:
        """The text below this element on one line; with `limit`, only about that many characters (a
        marker or a list item's first characters need no more, and deep nesting must not cost more)."""
        parts: list[str] = []
        stack: list[Node | str] = [self]
        size = visited = 0
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                parts.append(item)
                size += len(item.strip())
            elif item.tag not in _NO_TEXT or item is self:
                stack.extend(reversed(item.children))
            visited += 1
            if limit is not None and (size > limit or visited > 8 * limit):
                break
        return " ".join("".join(parts).split())


MAX_TAGS = 50_000  # start and end tags; a real page has a few thousand
_SCAN = 32  # how far down the open elements an implied end tag looks (a <p> holds a few inline levels)


class _DomBuilder:
    """A forgiving DOM from the tokens: implied end tags simplified, nesting capped, every step O(1)
    amortised (open elements are counted by name, so an end tag with nothing to close costs nothing)."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.root = Node("#document", {})
        self.stack: list[Node] = [self.root]
        self.open: dict[str, int] = {}
        self.tags = 0

    def _pop_to(self, i: int) -> None:
        for node in self.stack[i:]:
            self.open[node.tag] -= 1
        del self.stack[i:]

    def _close_to(self, tags: frozenset[str], scope: frozenset[str]) -> None:
        if not any(self.open.get(t) for t in tags):
            return
        for i in range(len(self.stack) - 1, max(0, len(self.stack) - 1 - _SCAN), -1):
            tag = self.stack[i].tag
            if tag in tags:
                self._pop_to(i)
                return
            if tag in scope:
                return

    def _count(self) -> None:
        self.tags += 1
        if self.tags > MAX_TAGS:
            raise ParseError("markup_too_complex", self.name, limit=MAX_TAGS)
        if self.tags % 4096 == 0:
            cancel.check()

    def start(self, tag: str, attrs: dict[str, str], self_closing: bool) -> None:
        self._count()
        node = Node(tag, attrs)
        if tag in _CLOSES_P:
            self._close_to(_P, _SCOPE)
        if tag == "li":
            self._close_to(_LI, _LI_SCOPE)
        elif tag in ("dt", "dd"):
            self._close_to(_DT_DD, _DL_SCOPE)
        elif tag in ("td", "th"):
            self._close_to(_CELLS, _ROW_SCOPE)
        elif tag == "tr":
            self._close_to(_ROWS, _TABLE_SCOPE)
        self.stack[-1].children.append(node)
        if tag not in _VOID and not self_closing and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)
            self.open[tag] = self.open.get(tag, 0) + 1

    def end(self, tag: str) -> None:
        self._count()
        if not self.open.get(tag):
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                self._pop_to(i)
                return

    def data(self, text: str) -> None:
        self.stack[-1].children.append(text)


_P = frozenset({"p"})
_LI = frozenset({"li"})
_LI_SCOPE = frozenset({"ul", "ol", "table"})
_DT_DD = frozenset({"dt", "dd"})
_DL_SCOPE = frozenset({"dl", "table"})
_CELLS = frozenset({"td", "th"})
_ROW_SCOPE = frozenset({"tr", "table"})
_ROWS = frozenset({"tr", "td", "th"})
_TABLE_SCOPE = frozenset({"table"})


def _dom(text: str, name: str) -> Node:
    builder = _DomBuilder(name)
    scan(text, builder)
    return builder.root


# ---- footnotes -------------------------------------------------------------------------------------------

_DOC_PATH = re.compile(rf"(?:^|/)({ID_RE.pattern})(?:\.(?:html|pdf|xml))?/?$")
_LAST_SEGMENT = re.compile(r"(?:^|/)([^/]+?)(?:\.(?:html|pdf|xml))?/?$")


def _href_target(href: str) -> tuple[str, str] | None:
    """('doc', id) for a link to an official document of the four families, ('url', link) for another
    web link (a relative link to another official document becomes its official address)."""
    href = href.strip()
    path = re.split(r"[?#]", href, maxsplit=1)[0]
    m = _DOC_PATH.search(path)
    if m:
        return "doc", m.group(1)
    if re.match(r"https?://", href, re.I):
        return "url", href
    m = _LAST_SEGMENT.search(path)
    if m and not re.match(r"[a-z][a-z0-9+.-]*:", href, re.I) and ANY_ID_RE.fullmatch(m.group(1)):
        return "url", official_url(m.group(1))
    return None


def _is_note(node: Node) -> bool:
    return "noot" in node.classes or "voetnoot" in node.classes


def outermost(root: Node, wanted: Callable[[Node], bool]) -> list[Node]:
    """The elements below `root` that are `wanted` and not inside another wanted one, in document order
    (a note inside another note element, the wrapper div of some layouts, is the same note)."""
    out: list[Node] = []
    stack = [c for c in reversed(root.children) if isinstance(c, Node)]
    while stack:
        node = stack.pop()
        if wanted(node):
            out.append(node)
            continue
        stack.extend(c for c in reversed(node.children) if isinstance(c, Node))
    return out


def _note_nodes(area: Node) -> list[Node]:
    notes = outermost(area, _is_note)
    if notes:
        return notes
    return outermost(area, lambda n: n.tag == "li") or outermost(area, lambda n: n.tag == "p")


def _read_note(node: Node, fallback: int) -> tuple[int, str, NoteLinks, list[str]]:
    """Number, text, links and element ids of one note element."""
    number: int | None = None
    ids: list[str] = []
    links = NoteLinks()
    tb = TextBuilder()
    for n in node.iter():
        ids += [v for k in ("id", "name") if (v := n.attrs.get(k))]
    stack: list[Node | str] = list(reversed(node.children))
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            tb.add(item)
            continue
        if item.tag in _NO_TEXT or "note-close" in item.classes:
            continue
        if "nootnum" in item.classes or (item.tag == "sup" and number is None and tb.empty):
            number = number or note_number(item.text())
            continue
        if item.tag == "a" and item.attrs.get("href"):
            target = _href_target(item.attrs["href"])
            if target and target[0] == "doc":
                links.doc_ids.append((target[1], item.text()))
            elif target and target[1] not in links.urls:
                links.urls.append(target[1])
        if item.tag in _BLOCKISH or item.tag == "br":
            stack.append(" ")  # popped after the element's content: paragraphs of a note join with a space
        stack.extend(reversed(item.children))
    text = tb.line()
    if number is None:  # "1 Trouw, …" / "1. Trouw, …" printed as text
        m = re.match(r"(\d{1,3})\.?\s+(.*)", text, re.S)
        if m and node.tag != "li":
            number, text = int(m.group(1)), m.group(2)
    return number or fallback, text, links, ids


# ---- the page reader -------------------------------------------------------------------------------------

_HEADER_LINE = re.compile(
    r"\s*(?:\[?\s*Zie\s*ook|(?:Mondelinge\s+)?Vragen\s+van|Antwoord\s+van|Mededeling\s+van)", re.I
)
_HEADER_DATES = re.compile(r"\(\s*(?:ingezonden|ontvangen)\b|Zie\s*ook", re.I)
_KIND_CLASSES = {"vraag": "vraag", "antwoord": "antwoord"}


Context = tuple[str | None, int | None, str | None]  # block kind, block identity, area


def _context_of(node: Node, ctx: Context) -> Context:
    """The context inside `node`: a question or answer div, the notice, the header description."""
    kind, block, area = ctx
    classes = node.classes
    for cls, k in _KIND_CLASSES.items():
        if cls in classes:
            return k, id(node), area
    if "kamervraagopmerking" in classes or "opmerking" in classes:
        return kind, block, "opmerking"
    if any(c.startswith(("kamervraagomschrijving", "kamervraagkop", "omschr")) for c in classes):
        return kind, block, "header"
    return ctx


@dataclass
class _Unit:
    """One paragraph (or table) of the page with where it stands."""

    text: str
    markers: list[Marker]
    slot: bool  # a heading element (h1–h6) or a number paragraph (p.nummer)
    kind: str | None  # "vraag"/"antwoord" inside div.vraag/div.antwoord
    block: int | None  # identity of that div
    area: str | None  # "header", "opmerking"
    citations: list[Citation] = field(default_factory=list)  # links to official documents, in `text`
    table: list[list[str]] | None = None  # a table: its rows (the text is empty)


class _Linearizer:
    """Turns the container into paragraphs, each with its markers and context; markers never become text;
    links to official documents become citations; tables stay tables."""

    def __init__(self, notes_area: Node | None, notes: dict[int, Footnote], anchors: dict[str, int]) -> None:
        self.skip = notes_area
        self.notes = notes
        self.anchors = anchors
        self.units: list[_Unit] = []
        self.tb = TextBuilder()
        self.slot = False
        self.li_numbers: dict[int, dict[int, int]] = {}  # id of an <ol> → id of its items → their number
        self.onderwerp: str | None = None
        self.count = 0

    def flush(self, ctx: Context) -> None:
        tb = self.tb
        if not tb.empty or tb.markers:
            # most paragraphs have no markers or links: they share one empty list (read only)
            self.units.append(_Unit(tb.text, tb.markers or _NONE, self.slot, *ctx, citations=tb.citations or _NONE))
        self.tb = TextBuilder()
        self.slot = False

    def marker_numbers(self, node: Node) -> list[int] | None:
        """The note numbers a marker element stands for; None when the element is no marker."""
        if node.tag == "span" and "nootnum" not in node.classes:
            return None
        if node.tag == "a" and "nootnum" not in node.classes:
            return None  # a plain link, or an anchor; a linked marker has the class or stands in a <sup>
        link = node if node.tag == "a" else None
        if node.tag == "sup":
            kids = [c for c in node.children[:3] if isinstance(c, Node)]
            link = kids[0] if len(kids) == 1 and kids[0].tag == "a" else None
        href = link.attrs.get("href", "") if link is not None else ""
        is_marker = "nootnum" in node.classes or (link is not None and "nootnum" in link.classes)
        if node.tag == "sup" and href.startswith("#"):
            is_marker = True
        text = node.text(limit=40)
        if len(text) > 40:
            return None
        if node.tag == "sup" and not is_marker and re.fullmatch(r"\d{1,3}(?:\s?,?\s?\d{1,3})*", text):
            # a bare superscript number is a marker only when the page has a note of that number, and not
            # an exponent glued to a unit ("m2", "km3")
            exponent = re.search(r"(?:^|[\s(])[A-Za-z]{1,2}$", self.tb.last[-4:])
            is_marker = not exponent and all(int(n) in self.notes for n in re.findall(r"\d+", text))
        if not is_marker:
            return None
        numbers = [int(n) for n in re.findall(r"\d{1,3}", text)]
        if not numbers and href.startswith("#") and href[1:] in self.anchors:
            numbers = [self.anchors[href[1:]]]
        return numbers or None

    def walk(self, node: Node, ctx: Context, chrome: bool) -> None:
        for child in node.children:
            if isinstance(child, str):
                self.tb.add(child)
                continue
            self.count += 1
            if self.count % 4096 == 0:
                cancel.check()
            tag = child.tag
            if child is self.skip or tag in _NO_TEXT or (chrome and tag in _CHROME):
                continue
            if tag in ("a", "sup", "span") and (numbers := self.marker_numbers(child)) is not None:
                for n in numbers:
                    self.tb.marker(n)
                continue
            if tag == "br":
                self.flush(ctx)
                continue
            inner = _context_of(child, ctx)
            if "kamervraagonderwerp" in child.classes and self.onderwerp is None:
                self.onderwerp = child.text(limit=500) or None
            if tag == "table":
                self.table(child, inner, chrome)
            elif tag in _BLOCKISH:
                self.flush(ctx)
                self.slot = tag in _HEADINGS or "nummer" in child.classes
                self._list_prefix(child, node)
                self.walk(child, inner, chrome)
                self.flush(inner)
            elif tag == "a" and (ref := _cited(child)) is not None:
                tb, mark = self.tb, self.tb.mark()
                self.walk(child, inner, chrome)
                if tb is self.tb:  # no paragraph ended inside the link
                    tb.link(mark, ref)
            else:
                self.walk(child, inner, chrome)

    # -- tables ----------------------------------------------------------------------------------------
    def table(self, node: Node, ctx: Context, chrome: bool) -> None:
        """A table: its caption a paragraph, its rows one unit; the markers in its cells stay with it."""
        self.flush(ctx)
        rows: list[list[Cell]] = []
        markers: list[Marker] = []
        for part in node.children:
            if not isinstance(part, Node):
                continue
            if part.tag == "caption":
                self.walk(part, ctx, chrome)
                self.flush(ctx)
            elif part.tag == "tr":
                rows.append(self._row(part, ctx, chrome, markers))
            elif part.tag in ("thead", "tbody", "tfoot"):
                for tr in part.children:
                    if isinstance(tr, Node) and tr.tag == "tr":
                        rows.append(self._row(tr, ctx, chrome, markers))
        table = grid(rows)
        if len(table) == 1 and len(table[0]) == 1:  # a framed paragraph, not a table
            self.tb.add(table[0][0])
            self.tb.markers += [Marker(self.tb.length, m.number) for m in markers]
            self.flush(ctx)
        elif table:
            self.units.append(_Unit("", markers, False, *ctx, table=table))

    def _row(self, tr: Node, ctx: Context, chrome: bool, markers: list[Marker]) -> list[Cell]:
        cells: list[Cell] = []
        for td in tr.children:
            if not isinstance(td, Node) or td.tag not in ("td", "th"):
                continue
            sub = _Linearizer(self.skip, self.notes, self.anchors)
            sub.walk(td, ctx, chrome)
            sub.flush(ctx)
            texts = [u.text if u.table is None else " ".join(" ".join(r) for r in u.table) for u in sub.units]
            markers += [m for u in sub.units for m in u.markers]
            cells.append(
                Cell(
                    " ".join(t for t in texts if t),
                    None,
                    span_value(td.attrs.get("colspan"), MAX_COLUMNS),
                    span_value(td.attrs.get("rowspan"), MAX_ROWSPAN),
                )
            )
        return cells

    def _list_prefix(self, li: Node, parent: Node) -> None:
        # a list item's bullet or number is drawn by the browser: print it, as the PDF does
        if li.tag != "li" or parent.tag not in ("ul", "ol"):
            return
        first = li.text(limit=8)[:4]
        if re.match(r"[-–•·*]|\(?\w{1,2}[.)]\s", first):
            return
        if parent.tag == "ol":
            if id(parent) not in self.li_numbers:  # once per list: long lists stay linear
                items = [c for c in parent.children if isinstance(c, Node) and c.tag == "li"]
                self.li_numbers[id(parent)] = {id(c): i for i, c in enumerate(items, 1)}
            self.tb.prefix(f"{self.li_numbers[id(parent)].get(id(li), 1)}.")
        else:
            self.tb.prefix("–")


def _cited(a: Node) -> Reference | None:
    """The official document a link in the body points to ("stb-2020-118.html" → stb-2020-118)."""
    target = _href_target(a.attrs.get("href", ""))
    if target is None or target[0] != "doc":
        return None
    return reference_for(target[1], a.text(limit=200))


class _HtmlReader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.parts = Parts()

    def metas(self, nodes: list[Node]) -> None:
        for n in nodes:
            if n.tag == "meta":
                key = (n.attrs.get("name") or n.attrs.get("property") or "").lower()
                if key and n.attrs.get("content"):
                    self.parts.meta.setdefault(key, []).append(n.attrs["content"])
            elif n.tag == "link" and "canonical" in n.attrs.get("rel", "").lower():
                target = _href_target(n.attrs.get("href", ""))
                if target and target[0] == "doc":
                    self.parts.ids.append(target[1])

    def notes(self, root: Node, nodes: list[Node]) -> tuple[Node | None, dict[str, int]]:
        area = next((n for n in nodes if n.attrs.get("id") in ("noten", "voetnoten", "footnotes")), None)
        if area is None:
            area = next((n for n in nodes if n.classes & {"noten", "voetnoten", "footnotes"}), None)
        if area is not None:
            note_nodes = _note_nodes(area)
        else:  # notes without their list container
            note_nodes = outermost(root, lambda n: "voet" in n.classes and "noot" in n.classes)
        anchors: dict[str, int] = {}
        for i, node in enumerate(note_nodes, 1):
            number, text, links, ids = _read_note(node, i)
            if not text:
                continue
            for anchor in ids:
                anchors.setdefault(anchor, number)
            if number not in self.parts.notes:
                self.parts.notes[number] = make_footnote(number, text, links)
        return area, anchors

    def units(self, root: Node, nodes: list[Node], area: Node | None, anchors: dict[str, int]) -> list[_Unit]:
        container = next((n for n in nodes if "stuk" in n.classes), None)
        container = container or next((n for n in nodes if n.attrs.get("id") in ("broodtekst", "main-column")), None)
        body = next((n for n in nodes if n.tag == "body"), root)
        units: list[_Unit] = []
        for scope, chrome in ((container, False), (body, True)):
            if scope is None:
                continue
            lin = _Linearizer(area, self.parts.notes, anchors)
            ctx = _context_of(scope, (None, None, None))
            lin.walk(scope, ctx, chrome)
            lin.flush(ctx)
            units = lin.units
            self.parts.onderwerp = lin.onderwerp
            if any(u.block is not None or (u.text and heading_text(u.text)) for u in units):
                break
        return units

    def read(self, root: Node) -> Document:
        nodes = root.iter()
        self.metas(nodes)
        area, anchors = self.notes(root, nodes)
        units = self.units(root, nodes, area, anchors)
        self.assemble(units)
        if not self.parts.raws and not self.parts.mededeling and not announces_oral_questions(self.parts):
            raise ParseError("not_kamervragen", self.name)
        return build_document(self.parts, "html")

    def assemble(self, units: list[_Unit]) -> None:
        raws = self.parts.raws
        tb: TextBuilder | None = None
        current_block: int | None = None
        uses_divs = any(u.block is not None for u in units)
        loose: list[str] = []
        in_mededeling = False
        for u in units:
            if u.table is not None:
                if tb is not None and not in_mededeling and not (uses_divs and u.block is None):
                    append_piece(tb, u)
                else:
                    self.parts.extra_lines.append("\n".join(" | ".join(row) for row in u.table))
                continue
            head = self._heading(u)
            new_div = u.block is not None and u.block != current_block
            if new_div or (head is not None and u.area is None):
                if tb is not None:
                    close_block(raws[-1], tb)
                current_block = u.block
                kind = u.kind or (head[0] if head else "vraag")
                raws.append(RawBlock(kind, u.text if head else "", head[1] if head else ""))
                check_blocks(self.parts, self.name)
                tb = TextBuilder()
                in_mededeling = False
                if head is not None:
                    continue
            if u.block is None and _HEADER_LINE.match(u.text) and _HEADER_DATES.search(u.text):
                # "Antwoord van … (ontvangen …)" may stand between the last question and the first answer
                self.parts.header_lines.append(u.text)
                continue
            if u.area == "opmerking":
                if is_zie_ook(u.text):
                    self.parts.header_lines.append(u.text.replace("\n\n", " "))
                else:
                    self.parts.mededeling.append(u.text)
                continue
            if re.fullmatch(r"\s*Mededeling\s*[.:]?\s*", u.text) and not u.block:
                in_mededeling = True
                continue
            if u.area == "header" or tb is None:
                if u.area == "header" or _HEADER_LINE.match(u.text):
                    self.parts.header_lines.append(u.text.replace("\n\n", " "))
                continue
            if in_mededeling or (uses_divs and u.block is None):
                loose.append(u.text)
                continue
            append_piece(tb, u)
        if tb is not None:
            close_block(raws[-1], tb)
        self.parts.mededeling = mededeling_paragraphs(self.parts.mededeling)
        if not self.parts.mededeling and not any(r.kind == "antwoord" for r in raws):
            self.parts.mededeling = mededeling_paragraphs(loose)
        else:
            self.parts.extra_lines += loose

    @staticmethod
    def _heading(u: _Unit) -> tuple[str, str] | None:
        if not u.text or len(u.text) > 80:
            return None
        if u.slot and u.kind:
            label = heading_label(u.text, u.kind)
            if label is not None:
                return u.kind, label
        return heading_text(u.text)


def parse_html(data: bytes, name: str = "") -> Document:
    """Parse the official web page (saved from the browser or downloaded)."""
    root = _dom(decode_text(data), name)
    try:
        return _HtmlReader(name).read(root)
    except RecursionError as exc:
        raise ParseError("html_malformed", name, reason="nesting too deep") from exc
