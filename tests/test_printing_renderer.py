"""The print renderer (reader.printing.renderer): PDFs read back with poppler, and the renderer's page map.

Every check is made twice where it can be: from the renderer's own page map, and from the PDF's text.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from dataclasses import replace
from pathlib import Path

import pytest
from sample_document import fictional_document
from test_printing_support import (
    assert_first_lines_side_by_side,
    grouped_document,
    label_line,
    needs_poppler,
    pages_with,
    pair_texts,
    pdf_info,
    pdf_pages_text,
    tall_document,
)

from reader.core.model import Document
from reader.core.parse import parse_file
from reader.printing.errors import ExportError
from reader.printing.options import Columns, PrintOptions, Scope
from reader.printing.renderer import PageMap, PrintRenderer, document_title, export_pdf, new_pdf_printer

SEED = "txt/seed-ah-tk-20182019-2752.txt"
LONG_TEXT = "txt/ah-tk-20232024-1031.pypdf.txt"
LONG_PDF = "pdf/ah-tk-20232024-2313.pdf"


def check_pdf(
    doc: Document, pdf: Path, page_map: PageMap, options: PrintOptions | None = None, *, unsplit: bool = True
) -> None:
    """The full set of checks on one printed document (both columns, all pairs). `unsplit`: check that a pair
    that fits on a page is never split (what the option "pairs always whole" promises)."""
    layout_pages = pdf_pages_text(pdf)
    raw_pages = pdf_pages_text(pdf, layout=False)
    n = page_map.page_count
    # page count: the PDF, the page map and the footer agree
    assert int(pdf_info(pdf)["Pages"]) == n == len(layout_pages)
    for i, text in enumerate(layout_pages, start=1):
        assert f"Pagina {i} van {n}" in text, f"page {i} has no footer 'Pagina {i} van {n}'"
    # title and creator metadata
    info = pdf_info(pdf)
    assert info["Title"] == document_title(doc)
    assert info["Creator"] == "Kamervragen Reader"
    # every printed pair: headings and first lines side by side, on the page the page map says
    assert [p.index for p in page_map.pairs] == list(range(len(doc.pairs())))
    for pt in pair_texts(doc):
        placement = page_map.placement(pt.index)
        assert placement is not None
        if pt.question_label and pt.answer_label:
            page = assert_first_lines_side_by_side(layout_pages, pt)
            assert page == placement.first_page, f"pair {pt.index + 1}: on page {page}, page map says {placement}"
        if placement.fits and unsplit:
            # a pair that fits on a page is never split: by the page map, and by the PDF's own pages
            assert placement.first_page == placement.last_page, placement
            for tail in pt.tails:
                assert placement.first_page in pages_with(raw_pages, tail), (
                    f"pair {pt.index + 1}: '{tail}' not on page {placement.first_page}"
                )


def export(doc: Document, tmp_path: Path, name: str = "out.pdf", **kwargs: object) -> tuple[Path, PageMap]:
    pdf = tmp_path / name
    options = kwargs.pop("options", None) or PrintOptions()
    page_map = export_pdf(doc, pdf, options, **kwargs)  # type: ignore[arg-type]
    return pdf, page_map


# ---- fictional documents (no corpus needed) ---------------------------------------------------------------
@needs_poppler
def test_fictional_document_prints_aligned_and_unsplit(tmp_path: Path) -> None:
    doc = fictional_document(14, seed=3)
    pdf, page_map = export(doc, tmp_path, options=PrintOptions(whole_pairs=True))
    assert page_map.page_count > 3
    check_pdf(doc, pdf, page_map)
    # the fictional set has pairs that do not fit on what was left of a page: they were moved, not split
    assert all(not p.split for p in page_map.pairs if p.fits)


@needs_poppler
def test_pair_taller_than_a_page_flows_on_in_both_columns(tmp_path: Path) -> None:
    doc = tall_document()
    pdf, page_map = export(doc, tmp_path)
    tall = page_map.placement(1)
    assert tall is not None and not tall.fits and tall.split
    assert tall.height > page_map.page_height
    check_pdf(doc, pdf, page_map)
    raw = pdf_pages_text(pdf, layout=False)
    # both columns continue: every page of the pair holds question words and answer words, in order
    last_q = last_a = 0
    both = 0
    for page in range(tall.first_page, tall.last_page + 1):
        q = [int(w) for w in re.findall(r"vq(\d{4})", raw[page - 1])]
        a = [int(w) for w in re.findall(r"va(\d{4})", raw[page - 1])]
        if last_q < 900:
            assert q, f"page {page}: the question column stopped before its end"
        assert a, f"page {page}: the answer column stopped"
        both += bool(q and a)
        if q:
            assert q == list(range(last_q + 1, last_q + 1 + len(q))), "question words lost or repeated at a break"
            last_q = q[-1]
        assert a == list(range(last_a + 1, last_a + 1 + len(a))), "answer words lost or repeated at a break"
        last_a = a[-1]
    assert (last_q, last_a) == (900, 1400)
    assert both >= 3  # the question (3 pages long) continued beside the answer over two page breaks
    # the first words of both columns stand side by side
    first = pdf_pages_text(pdf)[tall.first_page - 1]
    assert any("vq0001" in line and "va0001" in line for line in first.splitlines())
    # a page that continues a pair says so in its column headings
    assert "Vraag 2 (vervolg)" in pdf_pages_text(pdf)[tall.first_page]


@needs_poppler
def test_grouped_answer_and_unanswered_question_as_on_screen(tmp_path: Path) -> None:
    doc = grouped_document()
    pdf, page_map = export(doc, tmp_path)
    check_pdf(doc, pdf, page_map)
    text = "\n".join(pdf_pages_text(pdf))
    # the grouped answer stands beside the first of its questions; the others follow in the left column
    pt = pair_texts(doc)[1]
    assert pt.answer_label == "Antwoord 2, 3 en 4"
    lines = text.splitlines()
    i = next(n for n, line in enumerate(lines) if "Antwoord 2, 3 en 4" in line)
    assert "Vraag 2" in lines[i]
    assert any("Vraag 3" in line for line in lines[i + 1 :]) and any("Vraag 4" in line for line in lines[i + 1 :])
    # the unanswered question has the note of the aligned view beside it
    five = next(line for line in lines if "Vraag 5" in line)
    assert "Niet beantwoord in dit document" in five
    # the footnote, with its citation's id and official URL; the in-app links are gone from the PDF
    assert "Voetnoten" in text
    assert "ah-tk-20312032-1000" in text
    assert "https://zoek.officielebekendmakingen.nl/ah-tk-20312032-1000.html" in text
    raw = pdf.read_bytes()
    assert b"/URI (note:" not in raw and b"/URI (doc:" not in raw
    assert b"/URI (https://zoek.officielebekendmakingen.nl/ah-tk-20312032-1000.html)" in raw


@needs_poppler
def test_options_columns_footnotes_paper_pairs(tmp_path: Path) -> None:
    doc = grouped_document()
    questions_only = PrintOptions(columns=Columns.QUESTIONS, footnotes=False, paper="Letter", landscape=True)
    pdf, page_map = export(doc, tmp_path, "q.pdf", options=questions_only)
    text = "\n".join(pdf_pages_text(pdf))
    assert "Vraag 4" in text and "Antwoord" not in text.replace("Antwoord van", "")
    assert "Voetnoten" not in text
    assert pdf_info(pdf)["Page size"].startswith("792 x 612")  # Letter, landscape
    answers_only = PrintOptions(columns=Columns.ANSWERS)
    pdf, _ = export(doc, tmp_path, "a.pdf", options=answers_only)
    text = "\n".join(pdf_pages_text(pdf))
    assert "Antwoord 2, 3 en 4" in text and "Vraag 3" not in text
    # questions only print no note of the answers' column; notes of unprinted blocks are left out
    selected = PrintOptions(scope=Scope.SELECTED, pairs=(1,))
    pdf, page_map = export(doc, tmp_path, "s.pdf", options=selected)
    text = "\n".join(pdf_pages_text(pdf))
    assert [p.index for p in page_map.pairs] == [1]
    assert "Vraag 1" not in text and "Antwoord 2, 3 en 4" in text
    assert "Voetnoten" not in text  # the only note's marker is in pair 1, which is not printed
    # the current pair
    current = PrintOptions(scope=Scope.CURRENT)
    pdf, page_map = export(doc, tmp_path, "c.pdf", options=current, current_pair=0)
    text = "\n".join(pdf_pages_text(pdf))
    assert [p.index for p in page_map.pairs] == [0] and "Vraag 1" in text and "Voetnoten" in text


def test_renderer_relayouts_for_another_paper_and_is_stable() -> None:
    doc = fictional_document(10, seed=5)
    renderer = PrintRenderer(doc)
    a4 = new_pdf_printer("/dev/null", PrintOptions(), doc)
    first = renderer.layout(a4)
    assert renderer.layout(a4) is first  # same printer geometry: no new layout
    landscape = new_pdf_printer("/dev/null", PrintOptions(landscape=True), doc)
    other = renderer.layout(landscape)
    assert other is not first and other.page_height < first.page_height
    # the same options give the same pages every time
    assert PrintRenderer(doc).layout(a4) == first


def test_export_refuses_existing_file_and_leaves_nothing_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = grouped_document()
    target = tmp_path / "out.pdf"
    target.write_bytes(b"mine")
    with pytest.raises(ExportError) as err:
        export_pdf(doc, target, PrintOptions())
    assert err.value.key == "exists" and target.read_bytes() == b"mine"

    def broken(self: PrintRenderer, painter: object, page: int) -> None:
        raise RuntimeError("simulated failure while painting")

    monkeypatch.setattr(PrintRenderer, "paint_page", broken)
    with pytest.raises(RuntimeError):
        export_pdf(doc, target, PrintOptions(), overwrite=True)
    assert target.read_bytes() == b"mine"  # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]  # no temporary file left


def test_pdf_file_mode_is_that_of_a_normal_file(tmp_path: Path) -> None:
    pdf, _ = export(fictional_document(2), tmp_path)
    mask = os.umask(0)
    os.umask(mask)
    assert pdf.stat().st_mode & 0o777 == 0o666 & ~mask


# ---- the shared corpus ----------------------------------------------------------------------------------------
@needs_poppler
@pytest.mark.corpus
@pytest.mark.parametrize("name", [SEED, LONG_TEXT, LONG_PDF])
def test_corpus_documents_print_aligned(corpus: Path, tmp_path: Path, name: str) -> None:
    path = corpus / name
    if not path.exists():
        pytest.skip(f"{name} is not in the corpus at {corpus}")
    doc = parse_file(path)
    pdf, page_map = export(doc, tmp_path, options=PrintOptions(whole_pairs=True))
    check_pdf(doc, pdf, page_map)
    if name != SEED:
        assert page_map.page_count >= 5
        assert any(p.first_page > 1 for p in page_map.pairs)


@needs_poppler
@pytest.mark.corpus
def test_seed_columns_and_selection(corpus: Path, tmp_path: Path) -> None:
    doc = parse_file(corpus / SEED)
    pdf, page_map = export(doc, tmp_path, options=replace(PrintOptions(), scope=Scope.SELECTED, pairs=(1, 2)))
    assert [p.index for p in page_map.pairs] == [1, 2]
    layout = pdf_pages_text(pdf)
    assert label_line(layout, pair_texts(doc)[0]) is None
    for pt in pair_texts(doc)[1:]:
        assert_first_lines_side_by_side(layout, pt)
    # only the notes of the printed pairs: both notes stand in pair 1, which is not printed
    assert {n for k in doc.pairs()[0].questions for n in doc.questions[k].footnotes} | {
        n for k in doc.pairs()[0].answers for n in doc.answers[k].footnotes
    } == {f.number for f in doc.footnotes}
    assert "Voetnoten" not in "\n".join(layout)


@needs_poppler
def test_postponement_notice_and_a_document_without_pairs(tmp_path: Path) -> None:
    from reader.core.model import Kind

    notice = fictional_document(4, kind=Kind.MEDEDELING)
    pdf, page_map = export(notice, tmp_path, "notice.pdf")
    lines = "\n".join(pdf_pages_text(pdf)).splitlines()
    first = next(line for line in lines if line.lstrip().startswith("Vraag 1 "))
    assert "Uitgesteld — mededeling ontvangen 24 maart" in first  # beside the question, as on screen
    assert any("niet binnen de gebruikelijke termijn" in line for line in lines)
    empty = Document(title="Vragen van het lid X over niets (ingezonden 1 mei 2030).")
    pdf, page_map = export(empty, tmp_path, "empty.pdf")
    assert page_map.page_count == 1 and page_map.pairs == ()
    assert "Pagina 1 van 1" in pdf_pages_text(pdf)[0]
