"""Printing without waste, and in the interface language.

By default the header and the first pair start on page 1, a pair continues on the next page ("(vervolg)")
when more than a third of the page is left and moves when less is, so no page but the last is less than 40%
full; "pairs always whole" (`PrintOptions.whole_pairs`, the dialog, `export --whole-pairs`) keeps every pair
that fits on a page in one piece. The print and the HTML speak the language of the interface.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sample_document import fictional_document
from test_printing_cli import run, write_doc
from test_printing_renderer import check_pdf
from test_printing_support import grouped_document, needs_poppler, pair_texts, pdf_pages_text, squash, tokens

from reader.core import i18n
from reader.core.model import Block, Document, Member
from reader.core.parse import parse_file
from reader.presentation.text import clean_text
from reader.printing.html_export import aligned_html
from reader.printing.options import PrintOptions
from reader.printing.renderer import PageMap, export_pdf
from reader.printing.settings import load_options, save_options

CORPUS_FILES = ("txt/seed-ah-tk-20182019-2752.txt", "pdf/ah-tk-20232024-1314.pdf", "pdf/ah-tk-20232024-2271.pdf")
LEAST_FILL = 0.40  # of the fullest page's lines


def export(doc: Document, tmp_path: Path, name: str, options: PrintOptions | None = None) -> tuple[Path, PageMap]:
    path = tmp_path / name
    return path, export_pdf(doc, path, options or PrintOptions())


def page_lines(pdf: Path) -> list[int]:
    """The lines of text on each page, as `pdftotext -layout` gives them (the bands included)."""
    return [sum(1 for line in page.splitlines() if line.strip()) for page in pdf_pages_text(pdf)]


def assert_no_page_wasted(pdf: Path) -> None:
    lines = page_lines(pdf)
    fullest = max(lines)
    for page, count in enumerate(lines[:-1], start=1):
        assert count >= LEAST_FILL * fullest, f"page {page} of {len(lines)} holds {count} lines of {fullest}: {lines}"


def assert_page_one_holds_a_question(doc: Document, pdf: Path, page_map: PageMap) -> None:
    first = pair_texts(doc)[0]
    assert page_map.pairs[0].first_page == 1
    page_one = pdf_pages_text(pdf)[0]
    assert first.question_label and first.question_label in page_one
    assert squash(" ".join(first.question_start.split()[:3])) in squash(page_one)


def two_pairs(first: int, second: int) -> Document:
    """Two pairs whose answers hold `first` and `second` numbered words (our own text)."""
    questions = [Block(str(n), [str(n)], f"Wat is de stand van proef {n}?") for n in (1, 2)]
    answers = [Block(str(n), [str(n)], tokens(f"a{n}w", size)) for n, size in ((1, first), (2, second))]
    return Document(
        vergaderjaar="2031-2032",
        nummer=905,
        title="Vragen van het lid Jansen (Partij A) over een proef met papier (ingezonden 1 april 2032).",
        indieners=[Member("Jansen", "Partij A")],
        ingezonden=date(2032, 4, 1),
        questions=questions,
        answers=answers,
    )


# ---- the corpus ------------------------------------------------------------------------------------------------
@needs_poppler
@pytest.mark.corpus
@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_prints_start_on_page_one_and_waste_no_page(corpus: Path, tmp_path: Path, name: str) -> None:
    doc = parse_file(corpus / name)
    pdf, page_map = export(doc, tmp_path, "default.pdf")
    assert_page_one_holds_a_question(doc, pdf, page_map)
    assert_no_page_wasted(pdf)
    check_pdf(doc, pdf, page_map, unsplit=False)  # pairs side by side, where the page map says, footers
    whole, whole_map = export(doc, tmp_path, "whole.pdf", PrintOptions(whole_pairs=True))
    check_pdf(doc, whole, whole_map)  # the option keeps every pair that fits in one piece
    assert page_map.page_count <= whole_map.page_count
    # a pair that continues on the next page says so there
    for p in page_map.pairs:
        if p.split and p.index > 0:
            assert "(vervolg)" in pdf_pages_text(pdf)[p.first_page], p


@needs_poppler
@pytest.mark.corpus
def test_the_seed_no_longer_spends_a_page_on_its_header(corpus: Path, tmp_path: Path) -> None:
    doc = parse_file(corpus / CORPUS_FILES[0])
    pdf, page_map = export(doc, tmp_path, "seed.pdf")
    _, whole_map = export(doc, tmp_path, "whole.pdf", PrintOptions(whole_pairs=True))
    assert page_map.page_count < whole_map.page_count  # 2 pages instead of 3 for 3 pairs
    assert whole_map.pairs[0].first_page == 2  # the old waste, still there for those who want whole pairs
    assert "Antwoord 1, 2 (vervolg)" in pdf_pages_text(pdf)[1]


@needs_poppler
@pytest.mark.corpus
@pytest.mark.parametrize("name", ["txt/ah-tk-20232024-1031.pypdf.txt", *CORPUS_FILES])
def test_every_endnote_and_its_heading_are_printed(corpus: Path, tmp_path: Path, name: str) -> None:
    """Paragraphs split at page breaks (see the renderer) leave everything else as it was laid out."""
    doc = parse_file(corpus / name)
    pdf, _ = export(doc, tmp_path, "notes.pdf")
    raw = squash("\n".join(pdf_pages_text(pdf, layout=False)))
    assert doc.footnotes and raw.count("Voetnoten") == 1
    for note in doc.footnotes:
        assert squash(clean_text(note.text)[:50]) in raw, note.number


# ---- the rules, on our own documents ---------------------------------------------------------------------------
@needs_poppler
def test_a_pair_continues_when_more_than_a_third_of_the_page_is_left(tmp_path: Path) -> None:
    doc = two_pairs(30, 170)
    pdf, page_map = export(doc, tmp_path, "continues.pdf")
    second = page_map.pairs[1]
    assert second.room is not None and second.room > page_map.page_height / 3  # what the test is about
    assert second.split and not second.moved and second.first_page == 1
    assert second.fits is None  # not measured: it continues whatever its height
    pages = pdf_pages_text(pdf)
    assert "Vraag 2 (vervolg)" not in pages[1]  # the question ended on page 1: its column says "Vraag"
    assert "Antwoord 2 (vervolg)" in pages[1]
    assert_no_page_wasted(pdf)
    # the same pair, whole: it starts on page 2 instead
    whole, whole_map = export(doc, tmp_path, "whole.pdf", PrintOptions(whole_pairs=True))
    assert whole_map.pairs[1].fits and whole_map.pairs[1].moved  # it does fit on a page of its own
    assert whole_map.pairs[1].first_page == 2 and not whole_map.pairs[1].split
    assert "(vervolg)" not in "\n".join(pdf_pages_text(whole))


@needs_poppler
def test_a_pair_moves_when_a_third_of_the_page_or_less_is_left(tmp_path: Path) -> None:
    doc = two_pairs(125, 110)
    pdf, page_map = export(doc, tmp_path, "moves.pdf")
    second = page_map.pairs[1]
    assert second.room is not None and second.room <= page_map.page_height / 3  # what the test is about
    assert second.fits and second.moved and second.first_page == 2 and not second.split
    assert_no_page_wasted(pdf)


def test_the_first_pair_stays_under_the_header_and_a_long_pair_is_not_moved() -> None:
    from reader.printing.renderer import PrintRenderer, new_pdf_printer

    doc = two_pairs(380, 40)  # the first answer is longer than a page: it starts on page 1 and flows on
    page_map = PrintRenderer(doc).layout(new_pdf_printer("/dev/null", PrintOptions(), doc))
    first = page_map.pairs[0]
    assert first.first_page == 1 and first.split and not first.moved
    tall = fictional_document(30, seed=11)
    page_map = PrintRenderer(tall).layout(new_pdf_printer("/dev/null", PrintOptions(), tall))
    assert page_map.pairs[0].first_page == 1
    for p in page_map.pairs:
        if p.moved:  # only a pair that fits on a page, or one whose start would be a stub
            assert p.fits or (p.room is not None and p.room < page_map.page_height / 3)


@needs_poppler
@pytest.mark.parametrize("seed", [1, 3, 7])
def test_fictional_sets_waste_no_page(tmp_path: Path, seed: int) -> None:
    doc = fictional_document(24, seed=seed)
    pdf, page_map = export(doc, tmp_path, f"f{seed}.pdf")
    assert page_map.page_count > 5
    assert_no_page_wasted(pdf)
    check_pdf(doc, pdf, page_map, unsplit=False)


# ---- the option, in the dialog's settings and on the command line ----------------------------------------------
def test_pairs_always_whole_is_off_by_default_and_remembered() -> None:
    assert PrintOptions().whole_pairs is False
    save_options(PrintOptions(whole_pairs=True))
    assert load_options().whole_pairs is True


def test_the_dialog_offers_pairs_always_whole(qtbot: object) -> None:
    from reader.printing import dialogs

    dialog = dialogs.PrintOptionsDialog(None, fictional_document(4), PrintOptions(whole_pairs=True))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.whole_pairs.isChecked() and dialog.options().whole_pairs
    dialog.whole_pairs.setChecked(False)
    assert dialog.options().whole_pairs is False


@needs_poppler
def test_export_whole_pairs_on_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_doc(tmp_path, two_pairs(30, 170))
    default, whole = tmp_path / "default.pdf", tmp_path / "whole.pdf"
    assert run([str(source), "--pdf", str(default)], capsys)[0] == 0
    assert run([str(source), "--pdf", str(whole), "--whole-pairs"], capsys)[0] == 0
    assert "Antwoord 2 (vervolg)" in "\n".join(pdf_pages_text(default))
    assert "(vervolg)" not in "\n".join(pdf_pages_text(whole))
    code, out, _ = run(["--help"], capsys)
    assert code == 0 and "--whole-pairs" in out


# ---- the interface language ------------------------------------------------------------------------------------
@pytest.fixture
def english() -> object:
    i18n.set_language("en")  # what the window's English and `--lang en` set
    try:
        yield
    finally:
        i18n.set_language(None)


@needs_poppler
def test_the_export_speaks_english_when_the_interface_does(tmp_path: Path, english: object) -> None:
    doc = grouped_document()
    doc.ingezonden = date(2019, 5, 21)
    pdf, _ = export(doc, tmp_path, "en.pdf")
    text = "\n".join(pdf_pages_text(pdf))
    for expected in ("21 May 2019", "Submitted", "Questions by", "Question 1", "Answer 2, 3 and 4",
                     "Not answered in this document", "Footnotes", "Page 1 of 1", "Questions and answers"):  # fmt: skip
        assert expected in text, expected
    assert "Pagina" not in text and "Ingezonden" not in text and "mei" not in text
    page = aligned_html(doc)
    assert "21 May 2019" in page and "<th>Submitted</th>" in page and "Not answered in this document" in page
    i18n.set_language("nl")
    assert "21 mei 2019" in aligned_html(doc) and "Pagina 1 van 1" in "\n".join(
        pdf_pages_text(export(doc, tmp_path, "nl.pdf")[0])
    )


@needs_poppler
@pytest.mark.corpus
def test_the_seed_in_english(corpus: Path, tmp_path: Path, english: object) -> None:
    doc = parse_file(corpus / CORPUS_FILES[0])
    pdf, _ = export(doc, tmp_path, "seed-en.pdf")
    assert "21 May 2019" in "\n".join(pdf_pages_text(pdf))
    assert "21 May 2019" in aligned_html(doc)


def test_an_english_locale_gives_an_english_export(tmp_path: Path) -> None:
    """The command line without --lang follows the locale as the window does: Dutch with a Dutch locale,
    English otherwise (C included)."""
    source = write_doc(tmp_path, grouped_document())
    out = tmp_path / "page.html"
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    cases = (("en_GB.UTF-8", "<th>Submitted<"), ("C.UTF-8", "<th>Submitted<"), ("nl_NL.UTF-8", "<th>Ingezonden<"))
    for lang, expected in cases:
        proc = subprocess.run(
            [sys.executable, "-m", "reader", "export", str(source), "--html", str(out), "--force"],
            capture_output=True, text=True, env={**env, "LANG": lang}, timeout=120,
        )  # fmt: skip
        assert proc.returncode == 0, proc.stderr
        assert expected in out.read_text(encoding="utf-8"), lang
