"""What the document is and what its text cites: soort, where the answer is, subject, title, body citations.

The same reading the markup parsers do (`reader.core.soort`, `reader.core.citations`), over what the text
passes found: the header lines, the notice's text, the finished blocks.
"""

from __future__ import annotations

from reader.core.citations import find_citations
from reader.core.model import Kind, Soort
from reader.core.parse_text.lines import LineKind, strip_sentinels
from reader.core.parse_text.state import ParseState
from reader.core.soort import HEADER_CHARS, classify_notice, is_further_answer, is_oral_announcement, notice_subject
from reader.core.titles import fallback_title


def read_meaning(state: ParseState) -> None:
    """Takes the document; gives its soort (which answer, notice or questions), `beantwoord_in` for an answer
    by letter, the subject a notice names, a title when the header has none, and each block's citations."""
    doc = state.document
    assert doc is not None  # identify made it
    header = strip_sentinels("\n".join(state.lines.texts(LineKind.HEADER))[:HEADER_CHARS])
    if doc.kind == Kind.MEDEDELING:
        doc.soort, doc.beantwoord_in = classify_notice(doc.mededeling or "")
    elif doc.kind == Kind.VRAGEN:
        oral = state.header.mondeling or is_oral_announcement(header)
        doc.soort = Soort.MONDELING if oral else Soort.SCHRIFTELIJK
    else:
        doc.soort = Soort.NADER if is_further_answer(header) else Soort.ANTWOORD
    if not doc.title and doc.mededeling:
        doc.onderwerp = notice_subject(doc.mededeling)
    if not doc.title:
        doc.title = fallback_title(doc, header)
    for block in (*doc.questions, *doc.answers):
        block.citations = find_citations(block.text)
