"""Read the official web page of a set of Kamervragen (zoek.officielebekendmakingen.nl) into a `Document`.

The page layout (formats.md §3) is known only from other tools' scrapers: `div.stuk` holding
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
from dataclasses import dataclass
from html.parser import HTMLParser

from reader.core.citations import official_url
from reader.core.errors import ParseError
from reader.core.markup_doc import (
    Parts,
    RawBlock,
    build_document,
    heading_label,
    heading_text,
    is_zie_ook,
    mededeling_paragraphs,
)
from reader.core.markup_text import ANY_ID_RE, ID_RE, NoteLinks, TextBuilder, make_footnote, note_number
from reader.core.model import Document, Footnote, Marker
from reader.core.parse import decode_text
from reader.core.safe_xml import MAX_DEPTH

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


class Node:
    __slots__ = ("attrs", "children", "classes", "tag")

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[Node | str] = []
        self.classes = frozenset(attrs.get("class", "").lower().split())

    def iter(self) -> list[Node]:
        """This node and every element below it, in document order (iterative: pages nest deeply)."""
        out: list[Node] = []
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            out.append(node)
            stack.extend(reversed([c for c in node.children if isinstance(c, Node)]))
        return out

    def text(self) -> str:
        parts: list[str] = []
        stack: list[Node | str] = [self]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                parts.append(item)
            elif item.tag not in _NO_TEXT or item is self:
                stack.extend(reversed(item.children))
        return " ".join("".join(parts).split())


class _DomBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack: list[Node] = [self.root]

    def _close_to(self, tags: frozenset[str] | set[str], scope: frozenset[str]) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            tag = self.stack[i].tag
            if tag in tags:
                del self.stack[i:]
                return
            if tag in scope:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: (v or "") for k, v in attrs})
        if tag in _CLOSES_P:
            self._close_to({"p"}, _SCOPE)
        if tag == "li":
            self._close_to({"li"}, frozenset({"ul", "ol", "table"}))
        elif tag in ("dt", "dd"):
            self._close_to({"dt", "dd"}, frozenset({"dl", "table"}))
        elif tag in ("td", "th"):
            self._close_to({"td", "th"}, frozenset({"tr", "table"}))
        elif tag == "tr":
            self._close_to({"tr", "td", "th"}, frozenset({"table"}))
        self.stack[-1].children.append(node)
        if tag not in _VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.stack[-1].tag == tag and len(self.stack) > 1:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def _dom(text: str, name: str) -> Node:
    builder = _DomBuilder()
    try:
        builder.feed(text)
        builder.close()
    except Exception as exc:  # html.parser is forgiving; anything it still rejects is one clear message
        raise ParseError("html_malformed", name, reason=str(exc) or type(exc).__name__) from exc
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


def _note_nodes(area: Node) -> list[Node]:
    notes = [n for n in area.iter() if n is not area and ("noot" in n.classes or "voetnoot" in n.classes)]
    # a note inside another note element (the wrapper div of some layouts) is the same note
    inner = {id(c) for n in notes for c in n.iter() if c is not n}
    notes = [n for n in notes if id(n) not in inner]
    if notes:
        return notes
    return [n for n in area.iter() if n.tag == "li"] or [n for n in area.iter() if n.tag == "p"]


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
    """One paragraph of the page with where it stands."""

    text: str
    markers: list[Marker]
    slot: bool  # a heading element (h1–h6) or a number paragraph (p.nummer)
    kind: str | None  # "vraag"/"antwoord" inside div.vraag/div.antwoord
    block: int | None  # identity of that div
    area: str | None  # "header", "opmerking"


class _Linearizer:
    """Turns the container into paragraphs, each with its markers and context; markers never become text."""

    def __init__(self, notes_area: Node | None, notes: dict[int, Footnote], anchors: dict[str, int]) -> None:
        self.skip = notes_area
        self.notes = notes
        self.anchors = anchors
        self.units: list[_Unit] = []
        self.tb = TextBuilder()
        self.slot = False
        self.li_numbers: dict[int, dict[int, int]] = {}  # id of an <ol> → id of its items → their number

    def flush(self, ctx: Context) -> None:
        if not self.tb.empty or self.tb.markers:
            self.units.append(_Unit(self.tb.text, self.tb.markers, self.slot, *ctx))
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
            kids = [c for c in node.children if isinstance(c, Node)]
            link = kids[0] if len(kids) == 1 and kids[0].tag == "a" else None
        href = link.attrs.get("href", "") if link is not None else ""
        is_marker = "nootnum" in node.classes or (link is not None and "nootnum" in link.classes)
        if node.tag == "sup" and href.startswith("#"):
            is_marker = True
        text = node.text()
        if node.tag == "sup" and not is_marker and re.fullmatch(r"\d{1,3}(?:\s*,?\s*\d{1,3})*", text):
            # a bare superscript number is a marker only when the page has a note of that number, and not
            # an exponent glued to a unit ("m2", "km3")
            exponent = re.search(r"(?:^|[\s(])[A-Za-z]{1,2}$", self.tb.last)
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
            if tag in _BLOCKISH:
                self.flush(ctx)
                self.slot = tag in _HEADINGS or "nummer" in child.classes
                self._list_prefix(child, node)
                self.walk(child, inner, chrome)
                self.flush(inner)
            else:
                self.walk(child, inner, chrome)

    def _list_prefix(self, li: Node, parent: Node) -> None:
        # a list item's bullet or number is drawn by the browser: print it, as the PDF does
        if li.tag != "li" or parent.tag not in ("ul", "ol"):
            return
        first = li.text()[:4]
        if re.match(r"[-–•·*]|\(?\w{1,2}[.)]\s", first):
            return
        if parent.tag == "ol":
            if id(parent) not in self.li_numbers:  # once per list: long lists stay linear
                items = [c for c in parent.children if isinstance(c, Node) and c.tag == "li"]
                self.li_numbers[id(parent)] = {id(c): i for i, c in enumerate(items, 1)}
            self.tb.prefix(f"{self.li_numbers[id(parent)].get(id(li), 1)}.")
        else:
            self.tb.prefix("–")


class _HtmlReader:
    def __init__(self, name: str) -> None:
        self.name = name
        self.parts = Parts()

    def metas(self, root: Node) -> None:
        for n in root.iter():
            if n.tag == "meta":
                key = (n.attrs.get("name") or n.attrs.get("property") or "").lower()
                if key and n.attrs.get("content"):
                    self.parts.meta.setdefault(key, []).append(n.attrs["content"])
            elif n.tag == "link" and "canonical" in n.attrs.get("rel", "").lower():
                target = _href_target(n.attrs.get("href", ""))
                if target and target[0] == "doc":
                    self.parts.ids.append(target[1])

    def notes(self, root: Node) -> tuple[Node | None, dict[str, int]]:
        area = next((n for n in root.iter() if n.attrs.get("id") in ("noten", "voetnoten", "footnotes")), None)
        if area is None:
            area = next((n for n in root.iter() if n.classes & {"noten", "voetnoten", "footnotes"}), None)
        nodes = _note_nodes(area) if area is not None else []
        if area is None:  # notes without their list container
            nodes = [n for n in root.iter() if "voet" in n.classes and "noot" in n.classes]
        anchors: dict[str, int] = {}
        for i, node in enumerate(nodes, 1):
            number, text, links, ids = _read_note(node, i)
            if not text:
                continue
            for anchor in ids:
                anchors.setdefault(anchor, number)
            if number not in self.parts.notes:
                self.parts.notes[number] = make_footnote(number, text, links)
        return area, anchors

    def units(self, root: Node, area: Node | None, anchors: dict[str, int]) -> list[_Unit]:
        nodes = root.iter()
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
            if any(u.block is not None or (u.text and heading_text(u.text)) for u in units):
                break
        return units

    def read(self, root: Node) -> Document:
        self.metas(root)
        area, anchors = self.notes(root)
        units = self.units(root, area, anchors)
        self.assemble(units)
        if not self.parts.raws and not self.parts.mededeling:
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
            head = self._heading(u)
            new_div = u.block is not None and u.block != current_block
            if new_div or (head is not None and u.area is None):
                if tb is not None:
                    self._close(raws[-1], tb)
                current_block = u.block
                kind = u.kind or (head[0] if head else "vraag")
                raws.append(RawBlock(kind, u.text if head else "", head[1] if head else ""))
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
            self._append(tb, u)
        if tb is not None:
            self._close(raws[-1], tb)
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

    @staticmethod
    def _append(tb: TextBuilder, u: _Unit) -> None:
        # a unit's text is already normalised, so it lands unchanged at the end of the block text;
        # markers on a line of their own belong to the end of the paragraph before
        tb.paragraph()
        tb.add(u.text)
        start = tb.length - len(u.text)
        tb.markers += [Marker(start + m.offset, m.number) for m in u.markers]

    @staticmethod
    def _close(raw: RawBlock, tb: TextBuilder) -> None:
        raw.text = tb.text
        end = len(raw.text)
        raw.markers = [Marker(min(m.offset, end), m.number) for m in tb.markers]


def parse_html(data: bytes, name: str = "") -> Document:
    """Parse the official web page (saved from the browser or downloaded)."""
    root = _dom(decode_text(data), name)
    try:
        return _HtmlReader(name).read(root)
    except RecursionError as exc:
        raise ParseError("html_malformed", name, reason="nesting too deep") from exc
