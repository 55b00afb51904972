"""Structure text copied out of an official Kamervragen PDF, by any extractor, into a `Document`.

`parse_text(text, name, source_format)` runs the passes of `pipeline.PASSES` in this order over one
`ParseState` (text → lines → kinds → notes, markers, blocks → document):

 1. measure                a text with more lines than any set is refused before it is read (clean.py)
 2. read_dialect           which extractor wrote the text (dialect.py)
 3. clean                  "\\n" line ends, accents, QtPdf hyphen marks, glued headings, Markdown / Word markup
 4. paginate               lines and pages, cut at form feeds and running footers (pages.py)
 5. mark_junk              BLANK lines; the page-1 id, ISSN, place and year as JUNK
 6. read_masthead          masthead, "AH 604" and zaak lines as JUNK; their year, number, chamber, zaak
 7. mark_headings          HEADING ("Vraag 1", "Antwoord 2 en 3", …) and MEDEDELING_HEAD (headings.py)
 8. split_inline_headings  "Vraag 1: Kent u …?" → a heading line and a body line
 9. read_layout            the layout half of the dialect, from the headings
10. number_only_questions  NUMBERED / ONE_ANTWOORD layouts: "1. Kunt u …" heads question 1
11. cut_next_set           a next set glued on ("… Vragen van het lid … (ingezonden …)") as JUNK (nextset.py)
12. find_body_start        the first heading; HEADER lines before the body
13. late_header_lines      an older set's "Antwoord van … (Ontvangen …)" between questions and answers
14. find_notes             NOTE lines and numbers, page by page (notes.py)
15. drop_page_edge_blanks  a blank line at a page break or a note block is not a paragraph break (pages.py)
16. collect_notes          the footnotes, with their citations and links
17. place_markers          each note's marker in the body, as a sentinel (markers.py)
18. read_header            the header fields (reader.core.header)
19. read_tables            rows of cells (tabs, or -layout columns) as tables, a placeholder where each stands
                           (tables.py; `take_tables` puts them in their block at their place)
20. build_blocks           questions, answers, a notice's text, paragraphs rebuilt (blocks.py, assemble.py)
21. identify               the Document: identity, kind; not a set of Kamervragen → ParseError
22. read_meaning           soort, `beantwoord_in`, a notice's subject, a title never empty, body citations
                           (meaning.py)

Dialects (dialect.py): the source is plain (pdftotext, the seed's copy, a paste), layout (pdftotext
-layout), pypdf, PyPDF2, QtPdf, Markdown or Word; the layout is HEADINGS ("Vraag N" / "Antwoord N"),
NUMBERED (Word: only "Antwoord" headings), ONE_ANTWOORD (older sets: one "Antwoord", answers numbered again)
or UNNUMBERED (no headings). Adding a layout means a dialect and, at most, a pass in the tuple.

Every pattern and rule with its reason, and the limits (lines, blocks, markers), are in rules.py (the heading
rules, shared with the XML parser, in `reader.core.labels`). Each pass is linear in the text by construction
(no pattern retries a split of the same characters; every scan moves forward once; textops.py keeps
substitutions in bounded memory), and the parse can be cancelled between passes and within long loops
(`reader.core.cancel`). Lines are `lines.Lines`: columns of spans of the cleaned text, a `LineKind` each.
"""

from reader.core.parse_text.dialect import Dialect, Layout, Source, detect_dialect
from reader.core.parse_text.lines import M_CLOSE, M_OPEN, PAGE, LineKind, Lines
from reader.core.parse_text.pipeline import PASSES, parse_text
from reader.core.parse_text.state import ParseState

__all__ = [
    "M_CLOSE",
    "M_OPEN",
    "PAGE",
    "PASSES",
    "Dialect",
    "Layout",
    "LineKind",
    "Lines",
    "ParseState",
    "Source",
    "detect_dialect",
    "parse_text",
]
