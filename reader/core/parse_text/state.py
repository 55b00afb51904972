"""What the passes share: the text, its dialect, its lines, and what each pass has found so far."""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.errors import ParseError
from reader.core.header import Header
from reader.core.model import Block, Document, Footnote
from reader.core.parse_text.assemble import Hyphenation
from reader.core.parse_text.dialect import Dialect
from reader.core.parse_text.lines import Lines
from reader.core.parse_text.rules import MAX_BLOCKS

# (strength, start, end): where a note's marker may stand in a line, and how sure that is
Candidate = tuple[int, int, int]


@dataclass
class Identity:
    """What the text says about which document it is (page 1, masthead, footers, a draft's lines)."""

    vergaderjaar: str | None = None
    nummer: int | None = None
    zaak: str | None = None
    doc_id: str | None = None
    chamber: str = "tk"
    footer_years: list[str] = field(default_factory=list)


@dataclass
class ParseState:
    """The parse of one text, filled in pass by pass (the package docstring lists the passes in order)."""

    text: str  # the text being cleaned; the lines are cut from it
    name: str = ""  # for messages
    source_format: str = "text"
    original: str = ""  # the text as given (the document's source text)
    dialect: Dialect = field(default_factory=Dialect)
    ident: Identity = field(default_factory=Identity)
    lines: Lines = field(default_factory=Lines)
    first_heading: int | None = None  # the first HEADING or MEDEDELING_HEAD line
    body_start: int = 0  # the first line after the header
    width: int = 80  # the typical length of a body line (paragraph ends are read against it)
    hyphenation: Hyphenation | None = None  # what decides a line-end hyphen (the block pass sets it)
    long_lines: dict[int, dict[int, Candidate]] = field(default_factory=dict)  # marker candidates of long lines
    notes: list[Footnote] = field(default_factory=list)
    header: Header = field(default_factory=Header)
    questions: list[Block] = field(default_factory=list)
    answers: list[Block] = field(default_factory=list)
    mededeling: list[str] = field(default_factory=list)
    tables: list[list[list[str]]] = field(default_factory=list)  # rows of cells, by placeholder (tables.py)
    document: Document | None = None

    @classmethod
    def of(cls, text: str, name: str = "", source_format: str = "text") -> ParseState:
        return cls(text, name, source_format, text)

    def check_blocks(self, count: int) -> None:
        """Refuse a text with more questions and answers than any set has."""
        if count > MAX_BLOCKS:
            raise ParseError("too_many_blocks", self.name, limit=MAX_BLOCKS)
