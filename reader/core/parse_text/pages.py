"""Pages and page furniture: the text cut into lines and pages at form feeds and running footers; the page-1
block, ids and the masthead marked as junk, with the identity they state."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator

from reader.core import cancel
from reader.core.errors import ParseError
from reader.core.labels import parse_heading
from reader.core.parse_text.lines import CHECK_EVERY, PAGE, LineKind, Lines
from reader.core.parse_text.rules import (
    AH_DRAFT,
    BARE_NUMBER,
    DOC_ID,
    DOC_ID_GARBLED,
    EK_FOOTER,
    FOOTER,
    FOOTER_PAGE_NUMBER,
    HEADER_START,
    JUNK,
    JUNK_FIRST,
    MASTHEAD,
    MAX_LINES,
    ZAAK,
)
from reader.core.parse_text.state import ParseState

_EERSTE_KAMER = re.compile(r"Eerste\s++Kamer", re.I)
_KAMER = re.compile(r"kamer", re.I)
_MASTHEAD_FIRST = frozenset("#TtEeVvRr")


def paginate(state: ParseState) -> None:
    """Takes the cleaned text; gives its lines, each with its page. A page ends at a form feed and at the
    running footer "Tweede Kamer, vergaderjaar …, Aanhangsel N", wherever an extractor glued it; the footer
    is cut out (its page number too, also when pdftotext prints it on the next line) and its years and
    chamber go to the identity. A blank line is kept after text only: a page break is not a paragraph
    break, the sentence may go on on the next page."""
    text = state.text
    ident = state.ident
    lines = state.lines = Lines(text)
    page = 1
    footers = 0  # running footers seen: the next one prints page number footers + 1
    content = False  # the current page has lines
    await_number = False  # pdftotext prints the footer's page number on a line of its own
    after_text = False  # the last line kept has text (a blank line is kept after text only)
    k = 0
    # where "Kamer" stands: only a piece holding one can hold a footer (read once, not two patterns a line)
    kamer = [m.start() for m in _KAMER.finditer(text)]
    next_kamer = 0
    for line_start, line_end in _spans(text, "\n", 0, len(text)):
        k += 1
        if not k & CHECK_EVERY:
            cancel.check()
        pieces = _spans(text, PAGE, line_start, line_end) if text.find(PAGE, line_start, line_end) >= 0 else None
        for i, (a, b) in enumerate(pieces or ((line_start, line_end),)):
            if i > 0 and content:
                page += 1
                content = False
            piece = text[a:b]
            if await_number and piece.strip():
                await_number = False
                if piece.strip() == str(footers):
                    continue
            cur = 0  # where the rest of the piece begins, after the footers cut out of it
            while next_kamer < len(kamer) and kamer[next_kamer] < a:
                next_kamer += 1
            footer = next_kamer < len(kamer) and kamer[next_kamer] < b
            if footer and (FOOTER.pattern.search(piece) or EK_FOOTER.pattern.search(piece)):
                tk = list(FOOTER.pattern.finditer(piece))
                ek = list(EK_FOOTER.pattern.finditer(piece))
                numbered = [m.start() for m in FOOTER_PAGE_NUMBER.pattern.finditer(piece)]
                last_numbered = numbered[-1] if numbered else -1
                ti = ei = 0
                while True:
                    while ti < len(tk) and tk[ti].start() < cur:
                        ti += 1
                    while ei < len(ek) and ek[ei].start() < cur:
                        ei += 1
                    m = tk[ti] if ti < len(tk) else ek[ei] if ei < len(ek) else None
                    if m is None:
                        break
                    if ti >= len(tk):
                        ident.chamber = "ek"
                    ident.footer_years.append(f"{m.group(1)}-{m.group(2)}")
                    footers += 1
                    if footers >= MAX_LINES:  # a page each: no set has that many
                        raise ParseError("too_many_lines", state.name, limit=MAX_LINES)
                    end = m.end()
                    digits = m.group(4)
                    if digits:
                        # "Aanhangsel 22024 pas bij": page 2 followed by "2024"; the page number is the expected one
                        want = str(footers)
                        keep = len(want) if digits.startswith(want) else min(len(digits), 2)
                        end = m.start(4) + keep
                    if piece[cur : m.start()].strip():
                        lines.append_span(a + cur, a + m.start(), page)
                        after_text = True
                    page += 1
                    content = False
                    await_number = last_numbered < cur
                    cur = end
            if piece[cur:].strip():
                lines.append_span(a + cur, b, page)
                content = after_text = True
            elif after_text and cur == 0:
                # a blank line of the source (not the empty rest of a footer line)
                lines.append_span(a, a, page, LineKind.BLANK)
                after_text = False


def _spans(text: str, sep: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of `text[start:end]` between the separators `sep`, as `str.split` would cut it."""
    pos = start
    while True:
        at = text.find(sep, pos, end)
        if at < 0:
            yield pos, end
            return
        yield pos, at
        pos = at + 1


def mark_junk(state: ParseState) -> None:
    """Takes the lines; gives each empty line the kind BLANK, and the page-1 block (the id "ah-tk-…", ISSN,
    place and year) the kind JUNK, with the id as the document's identity."""
    lines = state.lines
    ident = state.ident
    for i, t in enumerate(lines.text):
        if not i & CHECK_EVERY:
            cancel.check()
        s = t.strip()
        if not s:
            lines.kind[i] = LineKind.BLANK
            continue
        if s[0] not in JUNK_FIRST:
            continue
        m = DOC_ID.match(s)
        if m:
            lines.kind[i] = LineKind.JUNK
            ident.doc_id = ident.doc_id or m.group(1)
            continue
        m = DOC_ID_GARBLED.match(s)
        if m and m.group(1) in ("ah", "h"):
            lines.kind[i] = LineKind.JUNK
            ident.doc_id = ident.doc_id or f"ah-{m.group(2)}-{m.group(3)}-{m.group(4)}"
            continue
        if any(rule.match(s) for rule in JUNK):
            lines.kind[i] = LineKind.JUNK


def read_masthead(state: ParseState) -> None:
    """Takes the lines before the header; gives the masthead ("Tweede Kamer der Staten-Generaal",
    "Vergaderjaar …", the Aanhangsel number) and a Word draft's "AH 604" and zaak lines the kind JUNK, and
    what they state (parliamentary year, number, zaak, chamber) to the identity."""
    lines = state.lines
    ident = state.ident
    for i, kind in enumerate(lines.kind):
        if not i & CHECK_EVERY:
            cancel.check()
        if kind in (LineKind.BLANK, LineKind.JUNK):
            continue
        s = lines.text[i].strip()
        if HEADER_START.match(s) or parse_heading(s):
            break
        first = s[0]
        if first in _MASTHEAD_FIRST and _masthead(s, state):
            lines.kind[i] = LineKind.JUNK
            continue
        m = AH_DRAFT.match(s) if first == "A" else None
        if m:
            ident.nummer = ident.nummer or int(m.group(1))
            lines.kind[i] = LineKind.JUNK
            continue
        if BARE_NUMBER.match(s):
            # the last bare number before the header: a Markdown masthead logo "2" comes first
            ident.nummer = int(s)
            lines.kind[i] = LineKind.JUNK
            continue
        if first == "2":
            m = ZAAK.pattern.fullmatch(s) or ZAAK.pattern.fullmatch(s.replace(" ", ""))
            if m:
                ident.zaak = ident.zaak or f"{m.group(1)}Z{m.group(2)}"
                lines.kind[i] = LineKind.JUNK


def _masthead(s: str, state: ParseState) -> bool:
    for rule in MASTHEAD:
        m = rule.match(s)
        if m:
            if m.groups() and m.group(1) and len(m.group(1)) == 4 and m.group(1).isdecimal():
                year = int(m.group(1))
                state.ident.vergaderjaar = state.ident.vergaderjaar or f"{m.group(1)}-{year + 1}"
            if _EERSTE_KAMER.search(s):
                state.ident.chamber = "ek"
            return True
    return False


def drop_page_edge_blanks(state: ParseState) -> None:
    """Takes the lines with their notes; gives the kind JUNK to a blank line next to a note block, a footer
    or a page break: that is layout, not a paragraph break (the sentence may go on after the page break)."""
    lines = state.lines
    kinds = lines.kind
    before = array("i")
    last = -1
    for i, kind in enumerate(kinds):
        before.append(last)
        if kind is not LineKind.BLANK:
            last = i
    after = -1
    for i in range(len(kinds) - 1, -1, -1):
        if kinds[i] is not LineKind.BLANK:
            after = i
            continue
        b = before[i]
        if (
            b < 0
            or after < 0
            or kinds[b] is not LineKind.BODY
            or kinds[after] is not LineKind.BODY
            or lines.page[b] != lines.page[after]
        ):
            kinds[i] = LineKind.JUNK
