"""Clean text from copied text and PDFs (issue 11, "Clean text"): a footnote marker never splits a sentence
or a paragraph, line-end hyphenation undone while real hyphens stay, each question of a grouped heading in its
own paragraph. Fixtures are fictional; corpus tests use the `corpus` fixture."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.parse import parse_file
from reader.core.parse_text import PAGE, parse_text

HEADER = (
    "Vragen van het lid Veldhuis (D66) aan de Minister van Infrastructuur en Waterstaat over de fietsbrug bij\n"
    "Ooltgensplaat (ingezonden 3 maart 2024).\n"
    "Antwoord van Minister Brandsma (Infrastructuur en Waterstaat) (ontvangen 20 maart 2024).\n"
)
STARTS_WITH_PUNCTUATION = re.compile(r"^\s*[,;:.)]")

# QtPdf ends a line at a superscript marker: the sentence goes on at the start of the next line
MARKER_LINES = HEADER + (
    "Vraag 1\n"
    "U schrijft in uw brief van 4 januari 2024 dat de brug bij Ooltgensplaat opnieuw zal worden\n"
    "bekeken1\n"
    "; hoe verhoudt zich dat tot de aangenomen motie van het lid Veldhuis\n"
    "c.s.2\n"
    ", waarmee de Kamer heeft uitgesproken dat de brug open moet blijven?\n"
    "Antwoord 1\n"
    "Het artikel «Brug dicht tot de zomer»\n"
    "3, waarin de datum wordt genoemd, klopt.\n"
    f"{PAGE}1 Kamerstuk 31 305, nr. 400\n2 Kamerstuk 31 305, nr. 401\n3 Dagblad van Zeeland, 1 maart 2024\n"
)


def test_a_footnote_marker_never_splits_a_sentence():
    doc = parse_text(MARKER_LINES)
    question, answer = doc.questions[0], doc.answers[0]
    assert question.paragraphs == [question.text]
    assert "worden bekeken; hoe verhoudt" in question.text
    assert "Veldhuis c.s., waarmee de Kamer" in question.text
    assert answer.text == "Het artikel «Brug dicht tot de zomer», waarin de datum wordt genoemd, klopt."
    assert question.footnotes == [1, 2] and answer.footnotes == [3]


def _corpus_files(corpus: Path) -> list[Path]:
    files = [*(corpus / "pdf").glob("*.pdf"), *(corpus / "txt").glob("*"), *(corpus / "xml").glob("*.xml")]
    files += [p for p in (corpus / "official").glob("ah-*") if not p.name.endswith("metadata.xml")]
    files += list((corpus / "docx").glob("*.docx"))
    return sorted(files)


def test_no_paragraph_of_any_corpus_document_begins_with_punctuation(corpus: Path):
    files = _corpus_files(corpus)
    assert len(files) > 60
    bad = [
        (path.name, block.label, paragraph[:30])
        for path in files
        for block in (lambda d: d.questions + d.answers)(parse_file(path))
        for paragraph in block.paragraphs
        if STARTS_WITH_PUNCTUATION.match(paragraph)
    ]
    assert bad == []
