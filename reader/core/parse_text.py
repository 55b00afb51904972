"""Structure text copied out of an official Kamervragen PDF, by any extractor, into a `Document`.

The text comes in many shapes (formats.md §1): pdftotext, pypdf/PyPDF2 (footnote numbers glued to their
text, "…Aanhangsel 3Vraag 9"), QtPdf (hyphenation as U+FFFE), Markdown conversions ("[1 ]" markers,
"#", "**"), Word drafts ("AH 604", "Antwoord op vraag 1", "1) …" notes) and plain copies with the running
footer and the note block in the middle of the flow. So the parser works from lines, in stages:

1. `_clean`: one newline style, Markdown and private-use artefacts removed, page breaks made explicit.
2. `_paginate`: split into pages at form feeds and at the running footer "Tweede Kamer, vergaderjaar …,
   Aanhangsel N" (wherever an extractor glued it); drop the page-1 block (id, ISSN, place and year) and
   the masthead, remembering the identity they state.
3. `_find_notes`: footnotes are the trailing run of each page that starts with the next expected note
   number; where a page break left no trace, a run whose markers were already seen in the text.
4. Headings ("Vraag 1, 2", "Antwoord 2 t/m 4", "Antwoord op vraag 5", a bare "Antwoord") cut the body
   into questions and answers; a "Mededeling" heading starts a postponement text.
5. `_place_markers`: each note's marker is looked for before the note, on its page, in the forms
   extractors produce ("worden?1", "20241" = 2024 + 1, a line "1 2", "3 Er loopt …", "[1 ]", " 1)").
6. Paragraphs are rebuilt from line lengths; line-end hyphenation is undone.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from reader.core.citations import find_references, find_urls
from reader.core.errors import ParseError
from reader.core.header import parse_header, vergaderjaar_of
from reader.core.labels import numbers_of, parse_heading
from reader.core.model import Block, Document, Footnote, Marker, infer_kind

# A marker the cleaning stage is sure of ("[1 ]" in Markdown, " 1)" in Word) is written as M_OPEN n M_CLOSE.
M_OPEN, M_CLOSE = "\ue000", "\ue001"
PAGE = "\f"

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
_HEADER_START = re.compile(
    r"^\s*(?:Mondelinge\s+vragen|Vragen)\s+van\s+(?:het|de)\b|^\s*(?:Antwoord|Mededeling)\s+van\s+\S|^\s*\(ingezonden",
    re.I,
)
_MEDEDELING_HEAD = re.compile(r"^\s*Mededeling\s*[.:]?\s*$", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•·*]|\d{1,2}[.)]|[a-z][.)])\s+\S")
_SENTENCE_END = re.compile(r"[.?!:;»”’\"')]\s*$")


@dataclass
class Line:
    text: str
    page: int
    kind: str = "body"  # body, blank, heading, mededeling_head, note, junk, header
    note: int | None = None  # for a note's first line: its number
    embedded: list[tuple[int, int]] = field(default_factory=list)  # later notes on the same line


@dataclass
class Identity:
    vergaderjaar: str | None = None
    nummer: int | None = None
    zaak: str | None = None
    doc_id: str | None = None
    chamber: str = "tk"
    footer_years: list[str] = field(default_factory=list)


# ---- 1. cleaning ----------------------------------------------------------------------------------------


_SPACING_ACCENTS = {
    "´": "\u0301",
    "`": "\u0300",
    "¨": "\u0308",
    "ˇ": "\u030c",
    "¸": "\u0327",
    "ˆ": "\u0302",
    "˜": "\u0303",
    "˚": "\u030a",
}


def _compose_accents(text: str) -> str:
    """Extractors write "Kostić" as "Kostic ´" or "Kostic´", "Yeşilgöz" as "Yes¸ilgöz": put the accent back
    on its letter. An acute or grave inside a word ("zo´n") is an apostrophe and stays."""

    def fix(m: re.Match[str]) -> str:
        composed = unicodedata.normalize("NFC", m.group(1) + _SPACING_ACCENTS[m.group(2)])
        return composed if len(composed) == 1 else m.group(0)

    text = re.sub(r"([A-Za-z]) ?([¸ˇ˚˜¨ˆ])", fix, text)
    return re.sub(r"([A-Za-z]) ?([´`])(?![A-Za-z])", fix, text)


def _mid_line_hyphen(m: re.Match[str]) -> str:
    token = m.group(0)
    if re.search(r"://|www\.|/", token):
        return token.replace("\ufffe", "-")
    return re.sub(r"(?<=[a-zà-ÿ])\ufffe(?=[a-zà-ÿ])", "", token)


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _compose_accents(text)
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    text = text.replace(M_OPEN, "").replace(M_CLOSE, "")
    # QtPdf writes a hyphen that broke a line as U+FFFE. At a line end the joiner decides later; inside a
    # line (QtPdf sometimes rejoins the halves) it is hyphenation to undo, except in a link, where it is the
    # link's own hyphen ("digitale-toegang-overheid")
    text = re.sub(r"\S*\ufffe\S*", _mid_line_hyphen, text)
    text = text.replace("\ufffe", "-")
    # a heading glued to the end of a sentence by an extractor: "… (ontvangen 20 juni 2025). Vraag 1"
    text = re.sub(
        r"(?m)^(.*[.?!)»])[ \t]+"
        r"((?:Vraag|Antwoord)[ \t]+\d{1,3}[a-z]?(?:[ \t]*(?:,|en|t/m)[ \t]*\d{1,3}[a-z]?)*)[ \t]*$",
        r"\1\n\2",
        text,
    )
    lines = text.split("\n")
    markdown = sum(1 for ln in lines if re.match(r"^\s*(#{1,6}\s|\*\*|-----\s*$)", ln)) >= 2 or bool(
        re.search(r"\[\d{1,3}\s*\]", text)
    )
    if markdown:
        text = _clean_markdown(text)
    # Word drafts print notes as "1) NOS, …" at the end and markers as " 1)" after a word ("bericht? 1)")
    if re.search(r"(?m)^\s*1\)\s+\S", text):
        text = re.sub(
            r"(?<=[\w?!.»”’\"'])(?<!nr\.)(?<!nrs\.)(?<!\bnr)[ \t](\d{1,2})\)(?=\s|$)",
            lambda m: f"{M_OPEN}{m.group(1)}{M_CLOSE}",
            text,
        )
    return text


def _clean_markdown(text: str) -> str:
    text = re.sub(r"(?m)^\s*-----\s*$", PAGE, text)
    text = re.sub(r"(?m)^\s*#{1,6}\s*", "", text)
    text = text.replace("**", "")
    text = re.sub(r"(?<![\w/])_(\S(?:[^_\n]*\S)?)_(?![\w/])", r"\1", text)
    text = re.sub(r"(?m)^_|_$", "", text)
    # "[1 ]", "[4 5 ]", "[10]" are footnote markers; "11[e ]" is a superscript ordinal
    text = re.sub(
        r"\[\s*(\d{1,3}(?:\s+\d{1,3})*)\s*\]",
        lambda m: "".join(f"{M_OPEN}{n}{M_CLOSE}" for n in m.group(1).split()),
        text,
    )
    text = re.sub(r"\[\s*([a-z]{1,3})\s*\]", r"\1", text)
    return text


# ---- 2. pages, junk, identity ---------------------------------------------------------------------------


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


# ---- 3. footnotes ---------------------------------------------------------------------------------------

_NOTE_START = re.compile(r"^\s*(\d{1,3})(?:\s*\)|(?=\D)|$)\s*(.*)$")


def _note_number(line: str, expected: int | None = None) -> tuple[int, str] | None:
    """The number a line starts with and the rest, for "1 Trouw, …", "1Trouw, …", "1) NOS, …".

    With `expected` (inside a run of notes) a number glued to a text that itself starts with digits is
    split: pypdf prints note 6 "1823021 ENE …" as "61823021 ENE …"."""
    s = line.lstrip()
    if s.startswith(M_OPEN):
        return None
    m = _NOTE_START.match(s)
    # "2024 …" is not note 2 followed by "024", but "11 3628105–…" is note 11 (a space between)
    if m and (not m.group(2)[:1].isdigit() or s[m.end(1) : m.end(1) + 1].isspace()):
        return int(m.group(1)), m.group(2)
    if expected is not None:
        want = str(expected)
        m = re.match(r"(\d+)\s*(.*)$", s)
        if m and m.group(1).startswith(want) and len(m.group(1)) > len(want):
            return expected, s[len(want) :]
    return None


def _looks_like_note_text(rest: str) -> bool:
    """A note starts like a citation or a sentence; a marker at a line start continues body text."""
    r = rest.strip()
    if not r or r[0] in ",.;:»”’)":
        return False
    return not re.match(r"(?:en|of|die|dat|wordt|worden|is|zijn|op|van|in|als|te|met|voor|om)\b", r)


def _embedded_notes(text: str, n: int) -> list[tuple[int, int]]:
    """Later notes printed on the same line as an earlier one ("… standards 11 10 miljoen …"):
    (offset, number) for n, n+1, … where each stands after a space and before a capital, digit or link."""
    out: list[tuple[int, int]] = []
    pos = 0
    while True:
        m = re.compile(rf"(?<=\S\s)({n})\s+(?=[A-Z0-9«(\[]|https?:|www\.)").search(text, pos)
        if not m or m.start() < 10:
            return out
        out.append((m.start(1), n))
        pos = m.end()
        n += 1


def _walk_run(lines: list[Line], run: list[int], first: int, mark: bool) -> int | None:
    """Walk a candidate run of notes starting with note `first`; return the number of notes in it, or None
    when the run cannot be notes (a heading inside). With `mark`, set the lines' kinds and numbers."""
    n = first
    empty = False  # the last note started had no text yet
    for k, j in enumerate(run):
        ln = lines[j]
        if ln.kind in ("heading", "mededeling_head"):
            return None
        if ln.kind not in ("body", "note"):
            continue
        got = _note_number(ln.text, n if k > 0 else None)
        if got and got[0] == n:
            if empty:
                return None  # numbers without texts: pdftotext's separated layout, not this one
            if mark:
                ln.kind, ln.note = "note", n
            n += 1
            empty = not got[1].strip()
        elif k == 0 or re.fullmatch(r"\s*\d{1,3}\s*", ln.text):
            return None  # a bare number out of order: pdftotext's separated layout
        else:
            empty = False
            if mark:
                ln.kind = "note"
        emb = _embedded_notes(ln.text, n)
        if emb:
            if mark:
                ln.embedded = emb
            n = emb[-1][1] + 1
    return n - first


def _find_notes(lines: list[Line], body_start: int) -> None:
    """Mark footnote lines (kind 'note'; the first line of each note carries its number)."""
    expected = 1
    pages: dict[int, list[int]] = {}
    for i, ln in enumerate(lines):
        if i >= body_start and ln.kind not in ("junk", "blank"):
            pages.setdefault(ln.page, []).append(i)
    for page in sorted(pages):
        expected = _notes_of_page(lines, pages[page], expected)


def _marker_before(lines: list[Line], idx: list[int], upto: int, n: int) -> bool:
    """Is there a marker for note n in the body lines idx[:upto] (any form, the line-start form included)?"""
    return any(lines[j].kind == "body" and _marker_spans(lines[j].text, n, at_line_start=True) for j in idx[:upto])


def _notes_of_page(lines: list[Line], idx: list[int], expected: int) -> int:
    """The trailing run of a page: the last line starting with `expected` whose successors to the page end
    are later notes or their continuation lines; it must have its marker before it on the page, or look
    like a note (glued "1Trouw", several notes). Mid-page notes are looked for before it."""
    for pos in range(len(idx) - 1, -1, -1):
        ln = lines[idx[pos]]
        if ln.kind != "body":
            continue
        got = _note_number(ln.text)
        if not got or got[0] != expected:
            continue
        count = _walk_run(lines, idx[pos:], expected, mark=False)
        if not count:
            continue
        if not _marker_before(lines, idx, pos, expected) and (
            not _looks_like_note_text(got[1]) or (not _glued_note(ln.text) and count < 2)
        ):
            continue
        _walk_run(lines, idx[pos:], expected, mark=True)
        _mid_page_notes(lines, idx[:pos], expected)
        return expected + count
    separated = _separated_notes(lines, idx, expected)
    if separated is not None:
        return separated
    return _mid_page_notes(lines, idx, expected)


def _separated_notes(lines: list[Line], idx: list[int], expected: int) -> int | None:
    """pdftotext (without -layout) prints a page's note numbers apart from their texts, in a block of
    bare number lines and text lines, sometimes out of order ("9", texts, "11", text, "12", text, "10").
    When the page ends in such a block, the texts are given to the numbers in numeric order."""
    first = None
    for pos, j in enumerate(idx):
        if lines[j].kind == "body" and lines[j].text.strip() == str(expected):
            first = pos
            break
    if first is None:
        return None
    block = idx[first:]
    numbers: list[int] = []
    texts: list[int] = []
    for j in block:
        ln = lines[j]
        if ln.kind in ("heading", "mededeling_head"):
            return None
        if ln.kind != "body":
            continue
        s = ln.text.strip()
        if re.fullmatch(r"\d{1,3}", s) and int(s) >= expected and int(s) not in numbers:
            numbers.append(int(s))
        else:
            texts.append(j)
    numbers.sort()
    if numbers != list(range(expected, expected + len(numbers))) or not texts or len(texts) > 4 * len(numbers):
        return None
    # one text line in `texts` starts each note: the first, and the lines that most look like a start
    # (not after a hyphen, slash or open link; a capital, digit or link) — as many as there are numbers
    if len(texts) < len(numbers):
        return None
    scores = [
        (_note_start_score(lines[a].text, lines[b].text), -k)
        for k, (a, b) in enumerate(itertools.pairwise(texts), start=1)
    ]
    chosen = {0} | {-neg for _, neg in sorted(scores, reverse=True)[: len(numbers) - 1]}
    starts = [k in chosen for k in range(len(texts))]
    n = expected
    for j in block:
        ln = lines[j]
        if ln.kind == "body" and re.fullmatch(r"\d{1,3}", ln.text.strip()):
            ln.kind = "junk"
    for k, j in enumerate(texts):
        lines[j].kind = "note"
        if starts[k]:
            lines[j].note = n
            lines[j].text = f"{n} {lines[j].text.strip()}"
            n += 1
    return n


def _note_start_score(prev: str, cur: str) -> int:
    p, c = prev.rstrip(), cur.strip()
    if not c:
        return -9
    score = 0
    if p.endswith(("-", "/", "_", ",", "|", "–", "(")) or c[0] in "%/)-–":
        score -= 3
    if re.match(r"(?:https?://|www\.)", c):
        score += 2
    elif c[0].islower():
        score -= 1
    if p[-1:] in ".?!»)”’" or p[-1:].isdigit():
        score += 1
    if c[0].isupper() or c[0].isdigit() or c[0] in "«(":
        score += 1
    return score


def _glued_note(text: str) -> bool:
    """pypdf glues a note's number to its text: "1Trouw, …"."""
    return bool(re.match(r"^\s*\d{1,3}[^\d\s,.;:)]", text))


def _mid_page_notes(lines: list[Line], idx: list[int], expected: int) -> int:
    """Notes left in the middle of the flow where a page break left no trace (the seed's form): a line
    starting with the next note number whose marker was already seen, running until a line that opens
    the next page (leading space), a heading, or a long line of prose."""
    pos = 0
    while pos < len(idx):
        ln = lines[idx[pos]]
        got = _note_number(ln.text) if ln.kind == "body" else None
        if (
            not got
            or got[0] != expected
            or not _looks_like_note_text(got[1])
            or _is_only_markers(ln.text)
            or not _marker_before(lines, idx, pos, expected)
        ):
            pos += 1
            continue
        ln.kind, ln.note = "note", expected
        expected += 1
        pos += 1
        while pos < len(idx):
            nxt = lines[idx[pos]]
            if nxt.kind != "body":
                break
            got = _note_number(nxt.text)
            if got and got[0] == expected and _marker_before(lines, idx, pos, expected):
                nxt.kind, nxt.note = "note", expected
                expected += 1
            elif nxt.text[:1].isspace() or got or len(nxt.text.strip()) > 95:
                break
            else:
                nxt.kind = "note"
            pos += 1
    return expected


def _is_only_markers(text: str) -> bool:
    return bool(re.fullmatch(r"\s*\d{1,3}(?:\s*(?:,|en|&)?\s*\d{1,3})*\s*[.,;:»”’)?!]*\s*", _strip_sentinels(text)))


# ---- 5. markers -----------------------------------------------------------------------------------------


# Words after which a number is a count or a reference in prose, not a footnote marker ("artikel 10").
_NUMBER_CONTEXT = frozenset(
    (
        "artikel",
        "artikelen",
        "nr",
        "nrs",
        "nummer",
        "vraag",
        "vragen",
        "antwoord",
        "antwoorden",
        "pagina",
        "bijlage",
        "punt",
        "stap",
        "fase",
        "hoofdstuk",
        "lid",
        "sub",
        "de",
        "het",
        "een",
        "en",
        "of",
        "tot",
        "t/m",
        "van",
        "op",
        "om",
        "met",
        "over",
        "voor",
        "dan",
        "circa",
        "ongeveer",
        "ruim",
        "bijna",
        "zo'n",
        "die",
        "dat",
        "in",
        "aan",
        "bij",
        "per",
        "na",
        "uit",
        "te",
        "tot",
        "kamerstuk",
        "groep",
        "klasse",
        "niveau",
        "week",
        "jaar",
        "dag",
        "versie",
        "motie",
        "item",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    )
)
_UNIT_AFTER = re.compile(
    r"\s+(?:miljoen|miljard|procent|%|jaar|jaren|dagen|dag|weken|week|maanden|maand|uur|euro|keer|mensen|"
    r"personen|kinderen|gemeenten|m|km|kg|ton)\b",
    re.I,
)


def _marker_candidates(text: str, n: int) -> list[tuple[int, int, int]]:
    """Where note n's marker may stand in one line: (strength, start, end) of the digits to remove.
    Strength 3: certain (a cleaning-stage marker, a line of markers only); 2: glued to a word or year;
    1: at the line start before text; 0: set apart by a space after a word (newer pypdf)."""
    s = str(n)
    if s not in text:
        return []
    out: list[tuple[int, int, int]] = []
    for m in re.finditer(re.escape(M_OPEN) + s + re.escape(M_CLOSE), text):
        out.append((3, m.start(), m.end()))
    if out:
        return out
    # a line of markers only: "1", "1 2", "2, 3 en 4", "4.", "6».", "6 7,"
    if _is_only_markers(text):
        nums = [int(x) for x in re.findall(r"\d+", text)]
        if n in nums and all(b - a == 1 for a, b in itertools.pairwise(nums)):
            # a lone "3." may be a list item's number rather than a marker before a full stop
            strength = 1 if re.fullmatch(r"\s*\d{1,3}\.\s*", text) else 3
            for m in re.finditer(r"\d+", text):
                if int(m.group(0)) == n:
                    return [(strength, m.start(), m.end())]
    # glued to the end of a word or after punctuation: "worden?1", "vragen2", "Rijksoverheid.3",
    # "gesproken.3Toekomstige", "(KYBER)10", a year + marker "20241", "2022–202813"
    for m in re.finditer(r"(\S*?)(\d+)(?=$|[\s,.;:)»”’!?]|[A-Z][a-z])", text):
        word, digits = m.group(1), m.group(2)
        if not digits.endswith(s):
            continue
        head = word + digits[: len(digits) - len(s)]
        start = m.start(2) + len(digits) - len(s)
        if not head:
            continue
        last = head[-1]
        if last.isalpha() or last in "?!.,»”’):;\"'":
            # "NIS2", "CO2": short capitals before a one-digit number are more likely a name; kept as the
            # weakest candidate, for when nothing else stands before the note
            weak = (
                last.isalpha()
                and n < 10
                and re.search(r"(?:^|[^A-Za-z])[A-Z]{1,3}$", head)
                and not re.search(r"(?:^|[^A-Za-z])(?:EIB|ADR|CDA|VVD|NOS)$", head)
            )
            out.append((-1 if weak else 2, start, start + len(s)))
        elif last.isdigit():
            year = re.search(r"(?:^|\D)((?:19|20)\d{2})$", head)
            if year and len(head) - head.rfind(year.group(1)) == 4:
                out.append((2, start, start + len(s)))
            elif re.search(r"[A-Za-z]", head):
                out.append((-1, start, start + len(s)))  # "NIS24" = NIS2 + marker 4, as a last resort
    got = _note_number(text)
    if got and got[0] == n:
        rest = got[1]
        if not rest or rest[:1] in ",.;:»”’)" or rest[:1].isalpha() or rest[:1] in "(«":
            m = re.match(r"\s*\d+", text)
            if m:
                # "3. Alle producten …" may be a list item as well as a marker before a full stop
                out.append((0 if rest[:1] == "." else 1, m.end() - len(s), m.end()))
    # newer pypdf sets a marker apart by a space: "ombudsman? 1", "jl. 2 heb ik", "rapport 1 geeft"
    for m in re.finditer(rf"(?<=[\w?!.»”’):;,])\s({s})(?=[\s.,;:)»”’]|$|[A-Z][a-z])", text):
        before = re.search(r"([\w/'’]+)\W*$", text[: m.start()])
        word = before.group(1).lower() if before else ""
        if word in _NUMBER_CONTEXT:
            continue
        if text[m.start() - 1].isdigit() and not re.fullmatch(r"(?:19|20)\d{2}", word):
            continue  # "3 4": a sequence of numbers, unless after a year ("uit 2022 4")
        if _UNIT_AFTER.match(text, m.end(1)):
            continue
        out.append((0, m.start(1), m.end(1)))
    return out


def _marker_spans(text: str, n: int, at_line_start: bool = True) -> list[tuple[int, int]]:
    """The spans of the strongest candidates for note n's marker in one line."""
    cands = _marker_candidates(text, n)
    if not at_line_start:
        cands = [c for c in cands if c[0] != 1]
    if not cands:
        return []
    best = max(c[0] for c in cands)
    return [(a, b) for strength, a, b in cands if strength == best]


def _place_markers(lines: list[Line], note_numbers: list[int]) -> None:
    """Insert certain-marker sentinels where each note's marker stands in the body lines: the strongest
    candidate between the previous marker and the note, on the note's page first."""
    note_pos = {ln.note: i for i, ln in enumerate(lines) if ln.kind == "note" and ln.note is not None}
    prev = 0
    for n in note_numbers:
        end = note_pos.get(n, len(lines))
        page = lines[end].page if end < len(lines) else None
        best: tuple[int, int, int, int] | None = None  # (strength, -line, start, end)
        for same_page in (True, False):
            for i in range(prev, end):
                ln = lines[i]
                if ln.kind != "body" or (same_page and page is not None and ln.page != page):
                    continue
                for strength, a, b in _marker_candidates(ln.text, n):
                    cand = (strength, -i, a, b)
                    if best is None or cand[:2] > best[:2]:
                        best = cand
            if best:
                break
        if not best:
            continue
        i, a, b = -best[1], best[2], best[3]
        text = lines[i].text
        if _is_only_markers(text) and M_OPEN not in text:
            # a line of markers ("2, 3 en 4", "6 7,"): all of them at once, keeping the punctuation
            nums = [int(x) for x in re.findall(r"\d+", text)]
            tail = re.search(r"[.,;:»”’)?!]*\s*$", text)
            lines[i].text = "".join(f"{M_OPEN}{k}{M_CLOSE}" for k in nums) + (tail.group(0).strip() if tail else "")
        elif text[a:b] != f"{M_OPEN}{n}{M_CLOSE}":
            lines[i].text = text[:a] + f"{M_OPEN}{n}{M_CLOSE}" + text[b:]
        prev = i


# ---- 6. text assembly -----------------------------------------------------------------------------------


def _join_lines(texts: list[str], width: int) -> str:
    """Join wrapped lines into paragraphs ("\\n\\n" between them), undoing line-end hyphenation.

    A paragraph ends at a blank line, or at a line that ends a sentence and is clearly shorter than the
    text's typical line; a list item ("– …", "1. …") after a finished sentence starts a new one."""
    paras: list[str] = []
    cur: list[str] = []  # pieces of the paragraph being built (joined once: no quadratic copying)

    def tail() -> str:
        return cur[-1] if cur else ""

    for raw in texts:
        t = raw.strip()
        if not t:
            if cur:
                paras.append("".join(cur))
                cur = []
            continue
        if _is_only_marker_sentinels(t) and cur:
            cur.append(t)
            continue
        last = tail()
        if not cur:
            cur = [t]
        elif _LIST_ITEM.match(t) and _SENTENCE_END.search(last[-4:]):
            paras.append("".join(cur))
            cur = [t]
        elif last.endswith("-") and len(last) > 1 and last[-2].isalpha() and t[:1].isalpha():
            # "gespreks-" + "techniek": hyphenation; "Noord-" + "Holland", "ggz-" + "…": a real hyphen
            if t[0].isupper() or re.search(r"(?:^|[\s(])[A-Z]{2,}[a-z]?-$|\d-$", last[-12:]):
                cur.append(t)
            else:
                cur[-1] = last[:-1]
                cur.append(t)
        else:
            cur.append(" " + t)
        if _SENTENCE_END.search(_strip_sentinels(t)) and len(_strip_sentinels(raw).rstrip()) < 0.8 * width:
            paras.append("".join(cur))
            cur = []
    if cur:
        paras.append("".join(cur))
    return "\n\n".join(p.strip() for p in paras if p.strip())


def _strip_sentinels(t: str) -> str:
    return _SENTINEL.sub("", t) if M_OPEN in t else t


def _is_only_marker_sentinels(t: str) -> bool:
    return bool(t) and not _strip_sentinels(t).strip(" .,;:»”’)?!")


_SENTINEL = re.compile(re.escape(M_OPEN) + r"(\d+)" + re.escape(M_CLOSE))


def _finish_text(text: str) -> tuple[str, list[Marker]]:
    """Remove marker sentinels, recording where they stood; no double spaces where they were."""
    markers: list[Marker] = []
    out: list[str] = []
    length = 0
    pos = 0
    for m in [*_SENTINEL.finditer(text), None]:
        chunk = text[pos : m.start() if m else len(text)]
        chunk = re.sub(r"  +", " ", chunk)
        if out and out[-1].endswith(" ") and chunk.startswith(" "):
            chunk = chunk.lstrip(" ")
        if out and out[-1][-1:] in ".?!" and chunk[:1].isalpha() and markers and markers[-1].offset == length:
            chunk = " " + chunk  # "gesproken.3Toekomstige": keep the words apart once the marker is gone
        out.append(chunk)
        length += len(chunk)
        if m:
            markers.append(Marker(length, int(m.group(1))))
            pos = m.end()
    result = "".join(out)
    lead = len(result) - len(result.lstrip())
    final = result.strip()
    return final, [Marker(max(0, min(len(final), mk.offset - lead)), mk.number) for mk in markers]


# ---- the parser -----------------------------------------------------------------------------------------


@dataclass
class _Section:
    kind: str  # vraag, antwoord, mededeling
    label: str
    lines: list[int] = field(default_factory=list)


def parse_text(text: str, name: str = "", source_format: str = "text") -> Document:
    """Parse copied or extracted text of one Kamervragen document."""
    original = text
    ident = Identity()
    lines = _paginate(_clean(text), ident)
    _read_masthead(lines, ident)

    # headings and the Mededeling heading
    for ln in lines:
        if ln.kind != "body":
            continue
        s = _strip_sentinels(ln.text).strip()
        if parse_heading(s):
            ln.kind = "heading"
        elif _MEDEDELING_HEAD.match(s):
            ln.kind = "mededeling_head"

    lines = _number_only_questions(_split_inline_headings(lines))
    first_heading = next((i for i, ln in enumerate(lines) if ln.kind in ("heading", "mededeling_head")), None)
    header_start = next((i for i, ln in enumerate(lines) if ln.kind == "body" and _HEADER_START.match(ln.text)), None)
    body_start = _unnumbered_body_start(lines, header_start) if first_heading is None else first_heading
    for i in range(min(body_start, len(lines))):
        if lines[i].kind == "body":
            lines[i].kind = "header"
    _late_header_lines(lines, body_start)
    _find_notes(lines, body_start)

    _drop_page_edge_blanks(lines)
    notes = _collect_notes(lines)
    _place_markers(lines, [f.number for f in notes])

    header_text = "\n".join(ln.text for ln in lines if ln.kind == "header")
    header = parse_header(_strip_sentinels(header_text))

    width = _typical_width(lines)
    sections = _sections(lines, body_start)
    questions: list[Block] = []
    answers: list[Block] = []
    mededeling: list[str] = []
    if first_heading is None:
        questions, answers = _unnumbered_blocks(lines, body_start, width, header.mededeling_header)
        if header.mededeling_header and not questions:
            mededeling = [
                _finish_text(
                    _join_lines(
                        [lines[i].text for i in range(body_start, len(lines)) if lines[i].kind == "body"], width
                    )
                )[0]
            ]
    for sec in sections:
        texts = [lines[i].text for i in sec.lines]
        body, markers = _finish_text(_join_lines(texts, width))
        if sec.kind == "mededeling":
            mededeling.append(body)
            continue
        if sec.kind == "vraag":
            numbers = numbers_of(sec.label) if sec.label else [str(len(questions) + 1)]
            questions.append(Block(sec.label, numbers, body, markers, inferred=not sec.label))
        else:
            if sec.label:
                answers.append(Block(sec.label, numbers_of(sec.label), body, markers))
            else:
                # a bare "Antwoord": it answers the question printed just before it
                prev_q = questions[-1].numbers if questions else [str(len(answers) + 1)]
                answers.append(Block("", list(prev_q), body, markers, inferred=True))

    doc = Document(source_format=source_format, source_text=original)
    header.apply(doc)
    doc.questions = questions
    doc.answers = answers
    doc.footnotes = notes
    doc.mededeling = "\n\n".join(m for m in mededeling if m) or None
    _identity(doc, ident, header.ontvangen or header.ingezonden, text)
    if doc.zaak is None and doc.mededeling:
        # a postponement names the questions' zaak number ("… (2024Z16988) kunnen niet …"): it links the
        # notice to the later answer of the same questions
        m = _ZAAK.search(doc.mededeling)
        if m:
            doc.zaak = f"{m.group(1)}Z{m.group(2)}"

    doc.kind = infer_kind(bool(answers), header.mededeling_header or bool(doc.mededeling))
    has_heading = first_heading is not None
    has_header = bool(header.title or header.beantwoord_door or header.ingezonden or header.ontvangen)
    if not has_heading and not has_header:
        # paragraphs alone are not a set of questions: something must say this is one
        raise ParseError("not_kamervragen", name)
    if not questions and not answers and not doc.mededeling and not has_header:
        raise ParseError("not_kamervragen", name)
    return doc


def _identity(doc: Document, ident: Identity, day: date | None, text: str) -> None:
    doc.chamber = ident.chamber
    vj = ident.vergaderjaar
    nummer = ident.nummer
    if ident.doc_id:
        m = re.fullmatch(r"ah-(tk|ek)-(\d{4})(\d{4})-(\d+)", ident.doc_id)
        if m:
            # the page-1 id is authoritative; the masthead number can be confused with the logo
            doc.chamber = m.group(1)
            vj = f"{m.group(2)}-{m.group(3)}"
            nummer = int(m.group(4))
        m = re.fullmatch(r"kv-(tk|ek)-(\d{4}Z\d{5})", ident.doc_id)
        if m:
            doc.chamber = m.group(1)
            ident.zaak = ident.zaak or m.group(2)
    if not vj and ident.footer_years:
        a = ident.footer_years[0].split("-")[0]
        vj = f"{a}-{int(a) + 1}"
    if not vj and day:
        vj = vergaderjaar_of(day)
    doc.vergaderjaar = vj
    doc.nummer = nummer
    doc.zaak = ident.zaak
    if doc.zaak is None:
        m = _ZAAK.search(text[:400])
        if m:
            doc.zaak = f"{m.group(1)}Z{m.group(2)}"
    doc.doc_id = ident.doc_id


_LATE_HEADER = re.compile(r"^\s*(?:Antwoord|Mededeling)\s+van\s+(?:de\s+|het\s+)?[A-Za-z]", re.I)


def _late_header_lines(lines: list[Line], body_start: int) -> None:
    """Older sets print "Antwoord van minister … (Ontvangen …)" between the questions and the answers: it
    belongs to the header, not to the last question. It may wrap; it ends with its "(ontvangen …)"."""
    i = body_start
    while i < len(lines):
        ln = lines[i]
        if ln.kind == "body" and _LATE_HEADER.match(ln.text):
            end = None
            for j in range(i, min(i + 4, len(lines))):
                if lines[j].kind != "body":
                    break
                if re.search(r"\(\s*ontvangen\b", lines[j].text, re.I):
                    end = j
                    break
            if end is not None:  # only a real header line, closed by its date
                for j in range(i, end + 1):
                    lines[j].kind = "header"
                i = end
        i += 1


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


def _typical_width(lines: list[Line]) -> int:
    lengths = sorted(len(_strip_sentinels(ln.text).rstrip()) for ln in lines if ln.kind == "body" and ln.text.strip())
    if not lengths:
        return 80
    return max(40, lengths[int(len(lengths) * 0.8)] if len(lengths) > 4 else lengths[-1])


def _sections(lines: list[Line], body_start: int) -> list[_Section]:
    sections: list[_Section] = []
    cur: _Section | None = None
    for i in range(body_start, len(lines)):
        ln = lines[i]
        if ln.kind == "heading":
            kind, label = parse_heading(_strip_sentinels(ln.text).strip()) or ("vraag", "")
            cur = _Section(kind, label)
            sections.append(cur)
        elif ln.kind == "mededeling_head":
            cur = _Section("mededeling", "")
            sections.append(cur)
        elif ln.kind in ("body", "blank") and cur is not None:
            cur.lines.append(i)
    return sections


def _collect_notes(lines: list[Line]) -> list[Footnote]:
    pieces: list[tuple[int | None, str]] = []  # (number of a note that starts here, or None; text)
    for ln in lines:
        if ln.kind != "note":
            continue
        cuts = [(0, ln.note), *ln.embedded]
        for k, (offset, number) in enumerate(cuts):
            end = cuts[k + 1][0] if k + 1 < len(cuts) else len(ln.text)
            text = ln.text[offset:end]
            if number is not None:
                got = _note_number(text, number)
                text = got[1] if got else text
            if k == 0 and number is None:
                pieces.append((None, text))
            elif number is not None:
                pieces.append((number, text))
    notes: list[Footnote] = []
    cur: list[str] = []
    number: int | None = None

    def flush() -> None:
        if number is None:
            return
        raw = "\n".join(cur)
        text = re.sub(r"\s+", " ", _dehyphenate_note(raw)).strip()
        notes.append(Footnote(number, text, find_references(raw), find_urls(raw)))

    for num, text in pieces:
        if num is not None:
            flush()
            number, cur = num, [text]
        else:
            cur.append(text)
    flush()
    return notes


def _dehyphenate_note(raw: str) -> str:
    # hyphenation inside words is undone; URLs keep their hyphens (find_urls read them from `raw`)
    return re.sub(r"(?<=[a-zà-ÿ])-\s*\n\s*(?=[a-zà-ÿ])(?![^\s]*/)", "", raw)


# ---- documents without "Vraag N" headings (Word files) -------------------------------------------------

_Q_NUMBERED_LINE = re.compile(r"^\s*(\d{1,2}[a-z]?)(?:[.)]\s+(\S.*)|\s*)$")


def _number_only_questions(lines: list[Line]) -> list[Line]:
    """Where answers have "Antwoord" headings and no question has a "Vraag" heading, a paragraph opening
    "1. Kunt u …", or a bare number line, is the question's heading: make it one. A number is taken as a
    heading where a paragraph starts, or where it is the next question number in sequence.

    Older sets print all questions first and then one bare "Antwoord" with the answers numbered again from
    1: after such a heading the numbers head answers."""
    headings = [parse_heading(_strip_sentinels(ln.text).strip()) for ln in lines if ln.kind == "heading"]
    if any(h and h[0] == "vraag" for h in headings) or not any(h and h[0] == "antwoord" for h in headings):
        return lines
    out: list[Line] = []
    prev_kind = "blank"
    expected = 1
    answers = False
    for k, ln in enumerate(lines):
        if ln.kind == "heading" and expected > 2 and parse_heading(ln.text.strip()) == ("antwoord", ""):
            nxt = next((x for x in lines[k + 1 :] if x.kind == "body"), None)
            m = _Q_NUMBERED_LINE.match(nxt.text) if nxt is not None else None
            if m and m.group(1) == "1":
                answers, expected, prev_kind = True, 1, "heading"
                continue  # the numbers below head the answers
        m = _Q_NUMBERED_LINE.match(ln.text) if ln.kind == "body" else None
        if m and (prev_kind in ("blank", "heading") or m.group(1) == str(expected)):
            out.append(Line(f"{'Antwoord' if answers else 'Vraag'} {m.group(1)}", ln.page, "heading"))
            if m.group(2):
                out.append(Line(m.group(2), ln.page, "body"))
            digits = re.match(r"\d+", m.group(1))
            expected = int(digits.group(0)) + 1 if digits else expected
        else:
            out.append(ln)
        if ln.kind != "junk":
            prev_kind = ln.kind
    return out


_INLINE_HEADING = re.compile(
    r"^\s*((?:Vraag|Antwoord)\s+(?:op\s+vraag\s+)?\d{1,3}[a-z]?(?:\s*(?:,|en)\s*\d{1,3}[a-z]?)*)\s*[:.]\s+(\S.*)$"
)


def _split_inline_headings(lines: list[Line]) -> list[Line]:
    """ "Vraag 1: Kent u het bericht?" / "Antwoord 1: Ja." — a heading with its text on the same line."""
    out: list[Line] = []
    for ln in lines:
        m = _INLINE_HEADING.match(ln.text) if ln.kind == "body" else None
        if m and parse_heading(m.group(1)):
            out.append(Line(m.group(1), ln.page, "heading"))
            out.append(Line(m.group(2), ln.page, "body"))
        else:
            out.append(ln)
    return out


def _unnumbered_body_start(lines: list[Line], header_start: int | None) -> int:
    """Where the body begins when there are no headings: after the header paragraph(s)."""
    if header_start is None:
        return next((i for i, ln in enumerate(lines) if ln.kind == "body"), len(lines))
    i = header_start
    # the header runs to the first blank line after the last "(ontvangen …)"/"(ingezonden …)"/"Vragen van"
    last = i
    for j in range(i, min(len(lines), i + 30)):
        ln = lines[j]
        if ln.kind == "body" and (_HEADER_START.match(ln.text) or re.search(r"\((?:ingezonden|ontvangen)", ln.text)):
            last = j
    j = last + 1
    while (
        j < len(lines)
        and lines[j].kind == "body"
        and lines[j].text.strip()
        and not re.match(r"^\s*\d{1,2}[.)]\s", lines[j].text)
    ):
        # the header sentence wraps onto following lines until a blank line
        if re.search(r"[.)]\s*$", lines[j - 1].text):
            break
        j += 1
    return j


def _paragraphs_of(lines: list[Line], start: int) -> list[list[int]]:
    paras: list[list[int]] = []
    cur: list[int] = []
    for i in range(start, len(lines)):
        ln = lines[i]
        if ln.kind == "body" and ln.text.strip():
            cur.append(i)
        elif ln.kind in ("blank",) and cur:
            paras.append(cur)
            cur = []
    if cur:
        paras.append(cur)
    return paras


_NUMBERED_Q = re.compile(r"^\s*(\d{1,2}[a-z]?)[.)]\s+(\S.*)$")
_BARE_ANTWOORD = re.compile(r"^\s*Antwoord\s*[:.]?\s*(.*)$", re.I)


def _unnumbered_blocks(
    lines: list[Line], start: int, width: int, is_mededeling: bool
) -> tuple[list[Block], list[Block]]:
    """Word layouts: "1. Question?" / "Antwoord:" pairs, or questions as plain paragraphs."""
    paras = _paragraphs_of(lines, start)
    questions: list[Block] = []
    answers: list[Block] = []
    if is_mededeling:
        return questions, answers
    numbered = [p for p in paras if _NUMBERED_Q.match(lines[p[0]].text)]
    bare_answers = [p for p in paras if _BARE_ANTWOORD.match(lines[p[0]].text)]
    if numbered and bare_answers:
        mode: str | None = None
        buf: list[str] = []
        label = ""

        def flush() -> None:
            if mode is None:
                return
            body, markers = _finish_text(_join_lines(buf, width))
            if mode == "q":
                questions.append(Block(label, numbers_of(label), body, markers))
            else:
                qn = questions[-1].numbers if questions else [str(len(answers) + 1)]
                answers.append(Block("", list(qn), body, markers, inferred=True))

        for p in paras:
            first = lines[p[0]].text
            mq = _NUMBERED_Q.match(first)
            ma = _BARE_ANTWOORD.match(first)
            if ma:
                flush()
                mode, buf = "a", ([ma.group(1)] if ma.group(1).strip() else []) + [lines[i].text for i in p[1:]]
            elif mq and (mode != "q" or not buf):
                flush()
                mode, label = "q", mq.group(1)
                buf = [mq.group(2)] + [lines[i].text for i in p[1:]]
            else:
                buf += [""] + [lines[i].text for i in p]
        flush()
        return questions, answers
    # questions as paragraphs (a question text from the Tweede Kamer site)
    for p in paras:
        body, markers = _finish_text(_join_lines([lines[i].text for i in p], width))
        if not body:
            continue
        n = str(len(questions) + 1)
        questions.append(Block(n, [n], body, markers, inferred=True))
    return questions, answers
