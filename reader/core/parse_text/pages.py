"""Stage 2: pages, junk, identity."""

from __future__ import annotations

import re

from reader.core.labels import parse_heading
from reader.core.parse_text.lines import PAGE, Identity, Line

_YEARS = r"(\d{4})\s*[–—−-]\s*(\d{2,4})"
_FOOTER = re.compile(
    rf"Tweede\s+Kamer\s*,\s*vergaderjaar\s*{_YEARS}\s*,\s*(Aanhangsel|Vragen)\b\s*(\d*)",
    re.I,
)
_EK_FOOTER = re.compile(rf"Eerste\s+Kamer\s*,\s*vergaderjaar\s*{_YEARS}\s*,\s*(Aanhangsel|Vragen)\b\s*(\d*)", re.I)
_DOC_ID = re.compile(r"^\s*((?:ah|kv)-(?:tk|ek)-[0-9A-Za-z]+(?:-\d+)?)\s*$")
_DOC_ID_GARBLED = re.compile(r"^\s*(ah|h|kv)\s+(tk|ek)\s+(\d{8}|\d{4}Z\d{5})\s+(\d+)?\s*$")
_JUNK = [
    re.compile(r"^\s*ISSN\s*0921\s*-?\s*7398\s*$", re.I),
    re.compile(r"^\s*ISSN\s*0921\s*-?\s*7398\s*[’']s-Gravenhage\s+\d{4}\s*$", re.I),
    re.compile(r"^\s*[’']s-Gravenhage\s+\d{4}\s*$", re.I),
    re.compile(r"^\s*[hk]\s*v?\s*tk\s+\d{8}\s+\d+\s*$"),  # a garbled page-1 id "h tk 20232024 302"
]
_MASTHEAD = [
    re.compile(r"^\s*(?:#+\s*)?Tweede\s+Kamer\s+der\s+Staten-?\s*Generaal\s*\d?\s*$", re.I),
    re.compile(r"^\s*(?:#+\s*)?Eerste\s+Kamer\s+der\s+Staten-?\s*Generaal\s*\d?\s*$", re.I),
    re.compile(
        rf"^\s*(?:#+\s*)?Vergaderjaar\s*{_YEARS}\s*(?:Aanhangsel\s+van\s+de\s+Handelingen|Vragen\s+gesteld.*)?\s*$",
        re.I,
    ),
    re.compile(r"^\s*Vragen\s+gesteld\s+door\s+de\s+leden\s+der\s+Kamer.*$", re.I),
    re.compile(r"^\s*regering\s+gegeven\s+antwoorden\s*$", re.I),
    re.compile(r"^\s*#+\s*\d?\s*$"),  # the masthead logo "# 2" of Markdown conversions
]
_ZAAK = re.compile(r"\b(20\d{2})\s?Z\s?(\d{5})\b")
_AH_DRAFT = re.compile(r"^\s*AH\s+(\d{1,5})\s*$")
_MEDEDELING_HEAD = re.compile(r"^\s*Mededeling\s*[.:]?\s*$", re.I)
_HEADER_START = re.compile(
    r"^\s*(?:Mondelinge\s+vragen|Vragen)\s+van\s+(?:het|de)\b|^\s*(?:Antwoord|Mededeling)\s+van\s+\S|^\s*\(ingezonden",
    re.I,
)


def _split_footer(line: str, expected_page: int) -> tuple[str, str, str, str | None] | None:
    """If `line` holds a running footer: (before, after, years, kind) with the page number cut off."""
    m = _FOOTER.search(line) or _EK_FOOTER.search(line)
    if not m:
        return None
    digits = m.group(4)
    end = m.end()
    if digits:
        # "Aanhangsel 22024 pas bij": page 2 followed by "2024"; the page number is the expected one
        want = str(expected_page)
        keep = len(want) if digits.startswith(want) else min(len(digits), 2 if len(digits) > 2 else len(digits))
        end = m.start(4) + keep
    return line[: m.start()], line[end:], f"{m.group(1)}-{m.group(2)}", m.group(3)


def _paginate(text: str, ident: Identity) -> list[Line]:
    out: list[Line] = []
    page = 1
    footers = 0  # running footers seen: the next one prints page number footers + 1
    content = False  # the current page has lines
    await_number = False  # pdftotext prints the footer's page number on a line of its own

    def new_page() -> None:
        nonlocal page, content
        if content:
            page += 1
            content = False

    for raw_line in text.split("\n"):
        for i, piece in enumerate(raw_line.split(PAGE)):
            if i > 0:
                new_page()
            rest = piece
            if await_number and rest.strip():
                await_number = False
                if rest.strip() == str(footers):
                    continue
            while True:
                split = _split_footer(rest, footers + 1)
                if not split:
                    break
                before, after, years, _kind = split
                if _EK_FOOTER.search(rest) and not _FOOTER.search(rest):
                    ident.chamber = "ek"
                ident.footer_years.append(years)
                footers += 1
                if before.strip():
                    out.append(Line(before, page))
                    content = True
                content = True
                new_page()
                await_number = not re.search(r"(?:Aanhangsel|Vragen)\s*\d", rest)
                rest = after
            if rest.strip():
                out.append(Line(rest, page))
                content = True
            elif out and out[-1].text.strip() and rest is piece:
                # a blank line of the source (not the empty rest of a footer line: a page break is not a
                # paragraph break, the sentence may go on on the next page)
                out.append(Line("", page))
    for ln in out:
        _classify_junk(ln, ident)
    return out


def _classify_junk(ln: Line, ident: Identity) -> None:
    s = ln.text.strip()
    if not s:
        ln.kind = "blank"
        return
    m = _DOC_ID.match(s)
    if m:
        ln.kind = "junk"
        ident.doc_id = ident.doc_id or m.group(1)
        return
    m = _DOC_ID_GARBLED.match(s)
    if m and m.group(1) in ("ah", "h") and m.group(4):
        ln.kind = "junk"
        ident.doc_id = ident.doc_id or f"ah-{m.group(2)}-{m.group(3)}-{m.group(4)}"
        return
    for pat in _JUNK:
        if pat.match(s):
            ln.kind = "junk"
            return


def _read_masthead(lines: list[Line], ident: Identity) -> None:
    """Masthead lines and the document number before the header; Word drafts' "AH 604" and zaak line."""
    for ln in lines:
        if ln.kind in ("blank", "junk"):
            continue
        s = ln.text.strip()
        if _HEADER_START.match(s) or parse_heading(s):
            break
        hit = False
        for pat in _MASTHEAD:
            m = pat.match(s)
            if m:
                hit = True
                if m.groups() and m.group(1) and re.fullmatch(r"\d{4}", m.group(1)):
                    ident.vergaderjaar = ident.vergaderjaar or f"{m.group(1)}-{int(m.group(1)) + 1}"
                if re.search(r"Eerste\s+Kamer", s, re.I):
                    ident.chamber = "ek"
                break
        if hit:
            ln.kind = "junk"
            continue
        m = _AH_DRAFT.match(s)
        if m:
            ident.nummer = ident.nummer or int(m.group(1))
            ln.kind = "junk"
            continue
        if re.fullmatch(r"\d{1,5}", s):
            # the last bare number before the header: a Markdown masthead logo "2" comes first
            ident.nummer = int(s)
            ln.kind = "junk"
            continue
        m = _ZAAK.fullmatch(s) or _ZAAK.fullmatch(s.replace(" ", ""))
        if m:
            ident.zaak = ident.zaak or f"{m.group(1)}Z{m.group(2)}"
            ln.kind = "junk"
            continue


def _drop_page_edge_blanks(lines: list[Line]) -> None:
    """A blank line next to a note block, a footer or a page break is layout, not a paragraph break: the
    sentence may go on after the page break."""
    prev: list[Line | None] = []
    last: Line | None = None
    for ln in lines:
        prev.append(last)
        if ln.kind != "blank":
            last = ln
    nxt: Line | None = None
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        if ln.kind != "blank":
            nxt = ln
            continue
        before = prev[i]
        if before is None or nxt is None or before.kind != "body" or nxt.kind != "body" or before.page != nxt.page:
            ln.kind = "junk"
