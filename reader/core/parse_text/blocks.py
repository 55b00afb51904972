"""Sections and blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from reader.core.header import vergaderjaar_of
from reader.core.labels import numbers_of, parse_heading
from reader.core.model import Block, Document
from reader.core.parse_text.assemble import _finish_text, _join_lines
from reader.core.parse_text.lines import Identity, Line, _strip_sentinels
from reader.core.parse_text.pages import _ZAAK


@dataclass
class _Section:
    kind: str  # vraag, antwoord, mededeling
    label: str
    lines: list[int] = field(default_factory=list)


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
