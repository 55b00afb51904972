"""The passes in their order, and `parse_text`, which runs them."""

from __future__ import annotations

from collections.abc import Callable

from reader.core import cancel
from reader.core.model import Document
from reader.core.parse_text.blocks import build_blocks, identify, read_header
from reader.core.parse_text.clean import clean, measure, read_dialect
from reader.core.parse_text.headings import (
    find_body_start,
    late_header_lines,
    mark_headings,
    number_only_questions,
    read_layout,
    split_inline_headings,
)
from reader.core.parse_text.markers import place_markers
from reader.core.parse_text.meaning import read_meaning
from reader.core.parse_text.nextset import cut_next_set
from reader.core.parse_text.notes import collect_notes, find_notes
from reader.core.parse_text.pages import drop_page_edge_blanks, mark_junk, paginate, read_masthead
from reader.core.parse_text.state import ParseState
from reader.core.parse_text.tables import read_tables

Pass = Callable[[ParseState], None]

PASSES: tuple[Pass, ...] = (
    measure,
    read_dialect,
    clean,
    paginate,
    mark_junk,
    read_masthead,
    mark_headings,
    split_inline_headings,
    read_layout,
    number_only_questions,
    cut_next_set,
    find_body_start,
    late_header_lines,
    find_notes,
    drop_page_edge_blanks,
    collect_notes,
    place_markers,
    read_header,
    read_tables,
    build_blocks,
    identify,
    read_meaning,
)


def run(state: ParseState, passes: tuple[Pass, ...] = PASSES) -> ParseState:
    """Run `passes` over `state` in order, looking at the cancel token before each."""
    for step in passes:
        cancel.check()
        step(state)
    return state


def parse_text(text: str, name: str = "", source_format: str = "text") -> Document:
    """Parse copied or extracted text of one Kamervragen document (`name` is used in messages only).

    Raises `ParseError` for a text that is not a set of Kamervragen, and `reader.core.cancel.Cancelled` when
    the parse is cancelled."""
    state = run(ParseState.of(text, name, source_format))
    assert state.document is not None  # the last pass made it, or raised
    return state.document
