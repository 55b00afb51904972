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

from reader.core.parse_text.lines import M_CLOSE, M_OPEN, PAGE
from reader.core.parse_text.pipeline import parse_text

__all__ = ["M_CLOSE", "M_OPEN", "PAGE", "parse_text"]
