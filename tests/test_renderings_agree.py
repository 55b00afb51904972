"""The official repository's renderings of one answered set (ah-tk-20202021-3235: XML, web page, ODT, PDF)
give the same document, field by field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.model import Document
from reader.core.parse import parse_file

STEM = "ah-tk-20202021-3235"
STRUCTURED = ("html", "odt")


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+|\d+", text.lower())


def header(doc: Document) -> dict[str, object]:
    return {
        "id": doc.id,
        "kind": doc.kind,
        "soort": doc.soort_or_default,
        "vergaderjaar": doc.vergaderjaar,
        "nummer": doc.nummer,
        "ingezonden": doc.ingezonden,
        "ontvangen": doc.ontvangen,
        "indieners": [(m.name, m.party) for m in doc.indieners],
        "gericht_aan": doc.gericht_aan,
        "beantwoord_door": doc.beantwoord_door,
        "subject": doc.subject,
        "title": doc.title,
        "zie_ook": [r.id for r in doc.zie_ook],
        "beantwoord_in": [r.id for r in doc.beantwoord_in],
        "footnotes": [(f.number, f.text, [r.id for r in f.references], f.urls) for f in doc.footnotes],
    }


def blocks(doc: Document) -> list[tuple[str, str, list[str], list[int]]]:
    return [
        (kind, b.label, b.numbers, b.footnotes) for kind, bs in (("q", doc.questions), ("a", doc.answers)) for b in bs
    ]


@pytest.fixture(scope="module")
def xml(corpus: Path) -> Document:
    return parse_file(corpus / "official" / f"{STEM}.xml")


def test_the_xml_itself(xml: Document):
    assert header(xml)["subject"] == "de TOZO"
    assert (len(xml.questions), len(xml.answers)) == (9, 9)
    cited = [(b.text[c.start : c.end], c.reference.id) for b in xml.answers for c in b.citations]
    assert cited == [("Staatsblad 2020, 118", "stb-2020-118")]


@pytest.mark.parametrize("fmt", STRUCTURED)
def test_structured_renderings_agree_with_the_xml(corpus: Path, xml: Document, fmt: str):
    doc = parse_file(corpus / "official" / f"{STEM}.{fmt}")
    assert doc.source_format == fmt
    assert header(doc) == header(xml)
    assert blocks(doc) == blocks(xml)
    for a, b in zip(doc.questions + doc.answers, xml.questions + xml.answers, strict=True):
        assert a.text == b.text  # the same paragraphs, character for character
        assert [(c.start, c.end, c.reference.id) for c in a.citations] == [
            (c.start, c.end, c.reference.id) for c in b.citations
        ]
        assert [t.rows for t in a.tables] == [t.rows for t in b.tables]


@pytest.fixture(scope="module")
def pdf(corpus: Path) -> Document:
    return parse_file(corpus / "official" / f"{STEM}.pdf")


def test_the_pdf_agrees_with_the_xml(pdf: Document, xml: Document):
    """Everything the PDF path yields today: header, numbering, notes, and the words of every block."""
    assert pdf.source_format == "pdf"
    assert header(pdf) == header(xml)
    assert blocks(pdf) == blocks(xml)
    for a, b in zip(pdf.questions + pdf.answers, xml.questions + xml.answers, strict=True):
        assert words(a.text) == words(b.text)


def test_the_pdf_keeps_the_paragraphs(pdf: Document, xml: Document):
    assert [len(b.paragraphs) for b in pdf.questions + pdf.answers] == [
        len(b.paragraphs) for b in xml.questions + xml.answers
    ]


def test_the_pdf_cites_the_staatsblad_in_answer_2(pdf: Document):
    answer = pdf.answers[1]
    assert [(answer.text[c.start : c.end], c.reference.id) for c in answer.citations] == [
        ("Staatsblad 2020, 118", "stb-2020-118")
    ]
