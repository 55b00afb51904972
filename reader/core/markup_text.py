"""Plain text out of markup, the same way for every marked-up form (official XML, web page, ODT, Word).

`TextBuilder` collects the pieces of a question's or answer's body: whitespace collapsed as a browser would,
paragraphs separated by a blank line, footnote markers at the character offset where they stand, citations
that the markup links (an `extref`, a link to an official document) with their spans, and tables kept as
tables at the paragraph where they stand. `make_footnote` turns a note's text and links into a `Footnote`.
Everything here is linear in the text: pieces are appended, never re-copied.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, field

from reader.core.citations import find_citations, find_references, find_urls, official_url, reference_of_id
from reader.core.model import Citation, Footnote, Marker, Reference, Table

# soft hyphens and zero-width characters vanish; other control characters become spaces
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _visible(m: re.Match[str]) -> str:
    c = m.group(0)
    return "" if c in "\u00ad\u200b\u200c\u200d\u2060\ufeff" else " "


class TextBuilder:
    """Plain text from pieces of markup, with its footnote markers, linked citations and tables."""

    __slots__ = ("_brk", "_prefix", "_space", "breaks", "citations", "length", "markers", "parts", "tables")

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.breaks = 0  # paragraph breaks emitted
        self.markers: list[Marker] = []
        self.citations: list[Citation] = []  # linked by the markup (extref, link), in text order
        self.tables: list[Table] = []
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
        sep = ""
        if self.length:
            if self._brk:
                sep = "\n\n"
                self.breaks += 1
            elif self._space:
                sep = " "
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

    # -- linked citations and tables ---------------------------------------------------------------------
    def mark(self) -> tuple[int, int]:
        """Where the next text will go: pass it to `link` once the linked text is added."""
        return len(self.parts), self.length

    def link(self, mark: tuple[int, int], ref: Reference) -> None:
        """The text added since `mark` cites `ref` (an extref, a link to an official document)."""
        index, start = mark
        added = "".join(self.parts[index:])
        start += len(added) - len(added.lstrip())
        if self.length > start:
            self.citations.append(Citation(start, self.length, ref))

    @property
    def paragraph_count(self) -> int:
        return self.breaks + 1 if self.length else 0

    def table(self, rows: list[list[str]]) -> None:
        """A table after the paragraphs so far; the text after it starts a new paragraph."""
        self.tables.append(Table(rows, self.paragraph_count))
        self.paragraph()

    def absorb(self, other: TextBuilder) -> None:
        """Markers of a piece read apart (a table cell) belong here, where the piece stands."""
        self.markers += [Marker(self.length, m.number) for m in other.markers]

    # -- results -----------------------------------------------------------------------------------------
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
        """The text on one line (paragraph breaks become spaces): for notes, cells and header lines."""
        return self.text.replace("\n\n", " ")


def block_citations(text: str, linked: list[Citation]) -> list[Citation]:
    """The citations of a body text: those the markup links, then what the text itself cites elsewhere."""
    found = find_citations(text)
    if not linked:
        return found
    linked = sorted(linked, key=lambda c: c.start)
    out: list[Citation] = []
    i = 0
    for c in found:
        while i < len(linked) and linked[i].end <= c.start:
            i += 1
        if i < len(linked) and linked[i].start < c.end:
            continue  # the markup already says what this cites
        out.append(c)
    out += linked
    out.sort(key=lambda c: c.start)
    return out


# ---- official ids, references, footnotes -------------------------------------------------------------

ID_RE = re.compile(
    r"(?:ah|h|kv)-(?:tk|ek)-[0-9A-Za-z]{4,12}(?:-\d{1,5}){0,2}|kst-\d{5}(?:-[0-9A-Za-z]{1,8}){1,3}"
    r"|stb-\d{4}-\d{1,6}|stcrt-\d{4}-\d{1,7}",
    re.ASCII,
)
ANY_ID_RE = re.compile(r"[a-z]{1,8}-[0-9A-Za-z]{1,40}(?:-[0-9A-Za-z]{1,40}){0,6}", re.ASCII)


def reference_for(doc_id: str, text: str = "") -> Reference | None:
    """A Reference for an official id of a known family; None for other families (nds-, blg-, …)."""
    doc_id = doc_id.strip()
    if not ID_RE.fullmatch(doc_id):
        return None
    return reference_of_id(doc_id, text)


@dataclass
class NoteLinks:
    """What a footnote's markup says beyond its text: cited document ids and link targets."""

    doc_ids: list[tuple[str, str]] = field(default_factory=list)  # (id, text as printed)
    urls: list[str] = field(default_factory=list)


def _url_key(url: str) -> str:
    return url.rstrip("/…. ")


class _UrlSet:
    """Links of one note, each once. A link found in the text is the same as one already there when it is
    that link shortened ("https://x.nl/a…") or without its trailing slash."""

    FUZZY_LIMIT = 200  # beyond this many links in one note only exact repeats are dropped (stays linear)

    def __init__(self) -> None:
        self.urls: list[str] = []
        self._exact: set[str] = set()
        self._keys: set[str] = set()
        self._sorted: list[str] = []

    def add(self, url: str, fuzzy: bool = False) -> None:
        if url in self._exact:
            return
        key = _url_key(url)
        if fuzzy:
            if key in self._keys:
                return
            if len(key) > 12 and len(self.urls) <= self.FUZZY_LIMIT:
                i = bisect_left(self._sorted, key)
                if i < len(self._sorted) and self._sorted[i].startswith(key):
                    return
        self.urls.append(url)
        self._exact.add(url)
        self._keys.add(key)
        if len(self.urls) <= self.FUZZY_LIMIT:
            insort(self._sorted, key)


def make_footnote(number: int, text: str, links: NoteLinks | None = None) -> Footnote:
    """A footnote with references from the markup and from the text, each id once; urls likewise."""
    links = links or NoteLinks()
    found = {r.id: r for r in find_references(text)}
    refs: dict[str, Reference] = {}
    urls = _UrlSet()
    for doc_id, printed in links.doc_ids:
        ref = found.get(doc_id) or reference_for(doc_id, printed)
        if ref is None:
            # an official document outside the known families (nds-, blg-): still a link to read it
            urls.add(official_url(doc_id))
        else:
            refs.setdefault(ref.id, ref)
    for ref in found.values():
        refs.setdefault(ref.id, ref)
    for url in links.urls:
        urls.add(url)
    for url in find_urls(text):
        urls.add(url, fuzzy=True)
    return Footnote(number, text, list(refs.values()), urls.urls)


def note_number(text: str) -> int | None:
    m = re.search(r"\d{1,4}", text)
    return int(m.group(0)) if m else None
