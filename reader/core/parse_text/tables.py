"""The table pass: rows of cells in a question's or an answer's lines become a `Table` at their place.

Rows are lines of tab-separated cells (a PDF's tables found by position, `reader.core.pdf_layout`; a copied
spreadsheet or Word table), -layout lines whose runs of spaces line up in columns, or lines of a label and as
many figures each, where the extractor kept single spaces only (pypdf) (`reader.core.text_tables`).
The pass writes a placeholder (TABLE_OPEN k TABLE_CLOSE, then the markers that stood in the table's cells) in
the table's first line and takes its other lines out of the body; `take_tables`, called on a block's
finished text, takes the placeholders out again: the text before and after becomes separate paragraphs,
and the table stands between them (`Table.position`).
"""

from __future__ import annotations

import re

from reader.core import cancel
from reader.core.model import Marker, Table
from reader.core.parse_text.lines import CHECK_EVERY, SENTINEL, LineKind, strip_sentinels
from reader.core.parse_text.state import ParseState
from reader.core.text_tables import Span, figure_row, figure_table, is_list, layout_spans, layout_table, tab_cells

TABLE_OPEN, TABLE_CLOSE = "\ue002", "\ue003"
# TABLE_OPEN k TABLE_CLOSE: table k stands here; with no k: a paragraph starts here (a table's caption)
PLACEHOLDER = re.compile(re.escape(TABLE_OPEN) + r"(\d{0,6})" + re.escape(TABLE_CLOSE))
_ENDS_PARAGRAPH = ".:?!"
MAX_BLANKS = 2  # blank lines a -layout table may have between two rows
MAX_TABLES = 500


def read_tables(state: ParseState) -> None:
    """Takes the body lines of questions and answers; gives the tables printed in them (`state.tables`), a
    placeholder where each stands, and their other lines as JUNK (a notice's text keeps its lines)."""
    lines = state.lines
    if TABLE_OPEN in state.text or TABLE_CLOSE in state.text:  # the source's own: not ours to read
        for i in range(len(lines)):
            t = lines.text[i]
            if TABLE_OPEN in t or TABLE_CLOSE in t:
                lines.text[i] = t.replace(TABLE_OPEN, "").replace(TABLE_CLOSE, "")
    if state.first_heading is None:
        return
    in_block = False
    run: list[int] = []  # the row lines of the table being read
    kind = ""  # "tab" or "layout"
    blanks = 0
    for i in range(state.body_start, len(lines) + 1):
        if not i & CHECK_EVERY:
            cancel.check()
        k = lines.kind[i] if i < len(lines) else LineKind.HEADING
        if k is LineKind.BLANK and run and kind == "layout" and blanks < MAX_BLANKS:
            blanks += 1
            continue
        row_kind = _row_kind(lines.text[i]) if k is LineKind.BODY and in_block else ""
        if row_kind and (not run or row_kind == kind):
            run.append(i)
            kind = row_kind
            blanks = 0
            continue
        if run:
            _close(state, run, kind)
            run = []
        if row_kind:
            run, kind, blanks = [i], row_kind, 0
        if k is LineKind.HEADING:
            in_block = True
        elif k is LineKind.MEDEDELING_HEAD:
            in_block = False


def _row_kind(text: str) -> str:
    if "\t" in text and tab_cells(text) is not None:
        return "tab"
    if "  " in text.strip() and layout_spans(text) is not None:
        return "layout"
    if figure_row(strip_sentinels(text)) is not None:
        return "figures"
    return ""


def _close(state: ParseState, run: list[int], kind: str) -> None:
    """Make the rows `run` a table when they are one (two rows or more, not a list)."""
    if len(run) < 2 or len(state.tables) >= MAX_TABLES:
        return
    lines = state.lines
    texts = [strip_sentinels(lines.text[i]) for i in run]
    rows: list[list[str]] | None
    if kind == "tab":
        rows = [tab_cells(t) or [] for t in texts]
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        if is_list(rows):
            rows = None
    elif kind == "figures":
        rows = figure_table([figure_row(t) or [] for t in texts])
    else:
        spans: list[list[Span]] = [layout_spans(t) or [] for t in texts]
        rows = layout_table(texts, spans)
    if rows is None:
        return
    markers = "".join(m.group(0) for i in run for m in SENTINEL.finditer(lines.text[i]))
    lines.text[run[0]] = f"{TABLE_OPEN}{len(state.tables)}{TABLE_CLOSE}{markers}"
    for i in range(run[0] + 1, run[-1] + 1):
        lines.kind[i] = LineKind.JUNK
    state.tables.append(rows)
    _caption(state, run[0] - 1)


def _caption(state: ParseState, i: int) -> None:
    """A line right above a table, after a finished sentence and not one itself, is the table's caption: it
    starts a paragraph of its own rather than running on from the sentence."""
    lines = state.lines
    if i - 1 < state.body_start or lines.kind[i] is not LineKind.BODY or lines.kind[i - 1] is not LineKind.BODY:
        return
    above, caption = strip_sentinels(lines.text[i - 1]).rstrip(), strip_sentinels(lines.text[i]).rstrip()
    if above[-1:] in _ENDS_PARAGRAPH and caption and caption[-1] not in _ENDS_PARAGRAPH:
        lines.text[i] = f"{TABLE_OPEN}{TABLE_CLOSE}{lines.text[i]}"


def take_tables(
    text: str, markers: list[Marker], tables: list[list[list[str]]]
) -> tuple[str, list[Marker], list[Table]]:
    """A block's finished text without its table placeholders, its markers moved with the text, and the tables
    at their places: the text before a table ends a paragraph, the text after it starts one."""
    if TABLE_OPEN not in text:
        return text, markers, []
    pieces: list[str] = []
    kept: list[tuple[int, int, int]] = []  # (old start, old end, new start) of the text kept
    found: list[Table] = []
    length = pos = 0
    for m in [*PLACEHOLDER.finditer(text), None]:
        chunk = text[pos : m.start() if m else len(text)]
        lead = len(chunk) - len(chunk.lstrip())
        chunk = chunk.strip()
        if chunk:
            if pieces:
                pieces.append("\n\n")
                length += 2
            kept.append((pos + lead, pos + lead + len(chunk), length))
            pieces.append(chunk)
            length += len(chunk)
        if m is None:
            break
        k = int(m.group(1)) if m.group(1) else len(tables)
        if k < len(tables):
            before = "".join(pieces)
            found.append(Table(tables[k], sum(1 for p in before.split("\n\n") if p.strip())))
        pos = m.end()
    new_text = "".join(pieces)
    return new_text, [_moved(mk, kept, len(new_text)) for mk in markers], found


def _moved(marker: Marker, kept: list[tuple[int, int, int]], length: int) -> Marker:
    """The marker's offset in the text without placeholders: in the piece it stood in, or the start of the
    first piece after it."""
    for start, end, new in kept:
        if marker.offset <= end:
            return Marker(new + max(0, marker.offset - start), marker.number)
    return Marker(length, marker.number)
