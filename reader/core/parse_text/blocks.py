"""The header, the questions and answers, and the document they make."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable

from reader.core import cancel
from reader.core.errors import ParseError
from reader.core.header import parse_header, vergaderjaar_of
from reader.core.labels import numbers_of, parse_heading
from reader.core.model import Block, Document, infer_kind
from reader.core.parse_text.assemble import JOINED_LINE, Hyphenation, paragraphs, split_grouped_questions, typical_width
from reader.core.parse_text.dialect import Source
from reader.core.parse_text.lines import CHECK_EVERY, LineKind, strip_sentinels
from reader.core.parse_text.rules import BARE_ANTWOORD, HEADER_CHARS, NUMBERED_PARAGRAPH, ZAAK
from reader.core.parse_text.state import ParseState
from reader.core.parse_text.tables import take_tables

# extractors that may join a paragraph's printed lines, keeping a broken word's hyphen inside the line, and
# from what line length: pypdf's lines are pieces of joined lines, so any; a plain copy's only when longer
# than a printed line (QtPdf marks its breaks, pdftotext -layout keeps them, Word has none)
JOINING_SOURCES = {Source.PYPDF: 0, Source.PYPDF2: 0, Source.MARKDOWN: 0, Source.PLAIN: JOINED_LINE}
_AH_ID = re.compile(r"ah-(tk|ek)-(\d{4})(\d{4})-(\d{1,7})")
_KV_ID = re.compile(r"kv-(tk|ek)-(\d{4}Z\d{5})")


def read_header(state: ParseState) -> None:
    """Takes the HEADER lines; gives the header: who asked whom about what and when, who answered when, and
    "Zie ook" (`reader.core.header`)."""
    text = "\n".join(state.lines.texts(LineKind.HEADER))
    state.header = parse_header(strip_sentinels(text[:HEADER_CHARS]))


def build_blocks(state: ParseState) -> None:
    """Takes the body lines and headings; gives the questions, the answers and a notice's text. Each heading
    opens a block (a bare "Antwoord" answers the question just before it); without headings (layout
    UNNUMBERED) the body is read as "1. …" / "Antwoord: …" pairs, or as one question per paragraph."""
    lines = state.lines
    width = state.width = typical_width(lines)
    text = state.text  # the cleaned text: its words are the document's (the header's and notes' too)
    state.hyphenation = Hyphenation(lambda: (text,), JOINING_SOURCES.get(state.dialect.source))
    if state.first_heading is None:  # the UNNUMBERED layout
        _unnumbered_blocks(state)
        if state.header.mededeling_header and not state.questions:
            body = [t for i, t in enumerate(lines.text) if i >= state.body_start and lines.kind[i] is LineKind.BODY]
            state.mededeling.append(paragraphs(body, width, state.hyphenation)[0])
    kind = label = ""
    section: array[int] | None = None  # the body and blank lines of the block being read
    for i in range(state.body_start, len(lines) + 1):
        if not i & CHECK_EVERY:
            cancel.check()
        line_kind = lines.kind[i] if i < len(lines) else LineKind.HEADING
        if line_kind is LineKind.BODY or line_kind is LineKind.BLANK:
            if section is not None:
                section.append(i)
            continue
        if line_kind is not LineKind.HEADING and line_kind is not LineKind.MEDEDELING_HEAD:
            continue
        if section is not None:
            _add_block(state, kind, label, (lines.text[j] for j in section))
        if i == len(lines):
            break
        if line_kind is LineKind.MEDEDELING_HEAD:
            kind, label = "mededeling", ""
        else:
            kind, label = parse_heading(strip_sentinels(lines.text[i]).strip()) or ("vraag", "")
        section = array("i")


def _add_block(state: ParseState, kind: str, label: str, texts: Iterable[str]) -> None:
    numbers = numbers_of(label) if kind == "vraag" and label else []
    if len(numbers) > 1:
        texts = split_grouped_questions(list(texts), len(numbers), state.width)
    body, markers, tables = take_tables(*paragraphs(texts, state.width, state.hyphenation), state.tables)
    if kind == "mededeling":
        state.mededeling.append(body)
    elif kind == "vraag":
        numbers = numbers_of(label) if label else [str(len(state.questions) + 1)]
        state.questions.append(Block(label, numbers, body, markers, inferred=not label, tables=tables))
    elif label:
        state.answers.append(Block(label, numbers_of(label), body, markers, tables=tables))
    else:
        # a bare "Antwoord": it answers the question printed just before it
        prev_q = state.questions[-1].numbers if state.questions else [str(len(state.answers) + 1)]
        state.answers.append(Block("", list(prev_q), body, markers, inferred=True, tables=tables))


def _paragraphs_of(state: ParseState) -> list[array[int]]:
    """The paragraphs of the body (runs of body lines between blank lines) as their line indexes; more than
    a set can have questions is refused."""
    lines = state.lines
    paras: list[array[int]] = []
    cur = array("i")
    for i in range(state.body_start, len(lines)):
        kind = lines.kind[i]
        if kind is LineKind.BODY and lines.text[i].strip():
            cur.append(i)
        elif kind is LineKind.BLANK and cur:
            paras.append(cur)
            state.check_blocks(len(paras))
            cur = array("i")
    if cur:
        paras.append(cur)
        state.check_blocks(len(paras))
    return paras


def _unnumbered_blocks(state: ParseState) -> None:
    """Word layouts: "1. Question?" / "Antwoord:" pairs, or questions as plain paragraphs."""
    if state.header.mededeling_header:
        return
    lines, width = state.lines, state.width
    paras = _paragraphs_of(state)
    questions, answers = state.questions, state.answers
    numbered = any(NUMBERED_PARAGRAPH.match(lines.text[p[0]]) for p in paras)
    if numbered and any(BARE_ANTWOORD.match(lines.text[p[0]]) for p in paras):
        mode: str | None = None
        buf: list[str] = []
        label = ""

        def flush() -> None:
            if mode is None:
                return
            body, markers = paragraphs(buf, width, state.hyphenation)
            if mode == "q":
                questions.append(Block(label, numbers_of(label), body, markers))
            else:
                qn = questions[-1].numbers if questions else [str(len(answers) + 1)]
                answers.append(Block("", list(qn), body, markers, inferred=True))

        for p in paras:
            first = lines.text[p[0]]
            mq = NUMBERED_PARAGRAPH.match(first)
            ma = BARE_ANTWOORD.match(first)
            if ma:
                flush()
                mode, buf = "a", ([ma.group(1)] if ma.group(1).strip() else []) + [lines.text[i] for i in p[1:]]
            elif mq and (mode != "q" or not buf):
                flush()
                mode, label = "q", mq.group(1)
                buf = [mq.group(2)] + [lines.text[i] for i in p[1:]]
            else:
                buf += ["", *(lines.text[i] for i in p)]
        flush()
        return
    # questions as paragraphs (a question text from the Tweede Kamer site)
    for p in paras:
        body, markers = paragraphs((lines.text[i] for i in p), width, state.hyphenation)
        if body:
            n = str(len(questions) + 1)
            questions.append(Block(n, [n], body, markers, inferred=True))


def identify(state: ParseState) -> None:
    """Takes everything found; gives the document: header fields, blocks, notes, the notice's text, its
    identity (the page-1 id first, then masthead, footers and dates), its kind. A text with neither a
    heading nor a header is not a set of Kamervragen (ParseError)."""
    header, ident = state.header, state.ident
    doc = Document(source_format=state.source_format, source_text=state.original)
    header.apply(doc)
    doc.questions = state.questions
    doc.answers = state.answers
    doc.footnotes = state.notes
    doc.mededeling = "\n\n".join(m for m in state.mededeling if m) or None
    doc.chamber = ident.chamber
    vj = ident.vergaderjaar
    nummer = ident.nummer
    if ident.doc_id:
        m = _AH_ID.fullmatch(ident.doc_id)
        if m:
            # the page-1 id is authoritative; the masthead number can be confused with the logo
            doc.chamber = m.group(1)
            vj = f"{m.group(2)}-{m.group(3)}"
            nummer = int(m.group(4))
        m = _KV_ID.fullmatch(ident.doc_id)
        if m:
            doc.chamber = m.group(1)
            ident.zaak = ident.zaak or m.group(2)
    day = header.ontvangen or header.ingezonden
    if not vj and ident.footer_years:
        first_year = ident.footer_years[0].split("-")[0]
        vj = f"{first_year}-{int(first_year) + 1}"
    if not vj and day:
        vj = vergaderjaar_of(day)
    doc.vergaderjaar = vj
    doc.nummer = nummer
    doc.zaak = ident.zaak
    if doc.zaak is None:
        m = ZAAK.pattern.search(state.original[:400])
        if m:
            doc.zaak = f"{m.group(1)}Z{m.group(2)}"
    doc.doc_id = ident.doc_id
    if doc.zaak is None and doc.mededeling:
        # a postponement names the questions' zaak number ("… (2024Z16988) kunnen niet …"): it links the
        # notice to the later answer of the same questions
        m = ZAAK.pattern.search(doc.mededeling)
        if m:
            doc.zaak = f"{m.group(1)}Z{m.group(2)}"
    doc.kind = infer_kind(bool(doc.answers), header.mededeling_header or bool(doc.mededeling))
    has_header = bool(header.title or header.beantwoord_door or header.ingezonden or header.ontvangen)
    if state.first_heading is None and not has_header:
        # paragraphs alone are not a set of questions: something must say this is one
        raise ParseError("not_kamervragen", state.name)
    if not doc.questions and not doc.answers and not doc.mededeling and not has_header:
        raise ParseError("not_kamervragen", state.name)
    state.document = doc
