"""The parser."""

from __future__ import annotations

from reader.core.errors import ParseError
from reader.core.header import parse_header
from reader.core.labels import numbers_of, parse_heading
from reader.core.model import Block, Document, infer_kind
from reader.core.parse_text.assemble import _finish_text, _join_lines, _typical_width
from reader.core.parse_text.blocks import _identity, _sections, _unnumbered_blocks
from reader.core.parse_text.clean import _clean
from reader.core.parse_text.headings import (
    _late_header_lines,
    _number_only_questions,
    _split_inline_headings,
    _unnumbered_body_start,
)
from reader.core.parse_text.lines import Identity, _strip_sentinels
from reader.core.parse_text.markers import _place_markers
from reader.core.parse_text.notes import _collect_notes, _find_notes
from reader.core.parse_text.pages import (
    _HEADER_START,
    _MEDEDELING_HEAD,
    _ZAAK,
    _drop_page_edge_blanks,
    _paginate,
    _read_masthead,
)


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
