"""`kamervragen-reader export` (reader.printing.cli): PDF and HTML, options, overwriting, failures, messages."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from synth import render_text
from test_printing_support import grouped_document, hostile_document, needs_poppler, pdf_info, pdf_pages_text

from reader.core.model import Document
from reader.printing import renderer
from reader.printing.cli import main_export
from reader.printing.html_export import aligned_html
from reader.printing.options import PrintOptions

REPO = Path(__file__).resolve().parents[1]


def write_doc(tmp_path: Path, doc: Document, name: str = "doc.txt") -> Path:
    """A document as a file parse_file reads: the text layout of the official PDF (our own fictional text)."""
    path = tmp_path / name
    path.write_text(render_text(doc), encoding="utf-8")
    return path


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return write_doc(tmp_path, grouped_document())


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main_export(argv)
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


# ---- PDF ----------------------------------------------------------------------------------------------------
@needs_poppler
def test_export_pdf_with_options(source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.pdf"
    code, stdout, err = run([str(source), "--pdf", str(out), "--paper", "letter", "--landscape"], capsys)
    assert code == 0, err
    assert "out.pdf" in stdout
    info = pdf_info(out)
    assert info["Page size"].startswith("792 x 612")
    assert info["Title"].startswith("ah-tk-20312032-778")
    text = "\n".join(pdf_pages_text(out))
    assert "Voetnoten" in text and "Pagina 1 van" in text


@needs_poppler
def test_pairs_selection_columns_and_no_footnotes(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "sel.pdf"
    code, _, err = run([str(source), "--pdf", str(out), "--pairs", "2-3", "--no-footnotes"], capsys)
    assert code == 0, err
    text = "\n".join(pdf_pages_text(out))
    assert "Vraag 1 " not in text and "Vraag 2" in text and "Vraag 5" in text
    assert "Voetnoten" not in text
    out2 = tmp_path / "answers.pdf"
    code, _, err = run([str(source), "--pdf", str(out2), "--columns", "answers", "--pairs", "1"], capsys)
    assert code == 0, err
    text = "\n".join(pdf_pages_text(out2))
    assert "Antwoord 1" in text and "Vraag 1" not in text and "Antwoord 2, 3 en 4" not in text


def test_existing_file_needs_force(source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.pdf"
    out.write_bytes(b"keep me")
    code, _, err = run([str(source), "--pdf", str(out)], capsys)
    assert code == 1 and "--force" in err and out.read_bytes() == b"keep me"
    code, _, err = run([str(source), "--pdf", str(out), "--force"], capsys)
    assert code == 0, err
    assert out.read_bytes().startswith(b"%PDF-")


def test_failed_export_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure halfway (the first pages are already in the file) leaves neither a PDF nor a temporary file."""
    painted: list[int] = []
    real = renderer.PrintRenderer.paint_page

    def fail_on_page_two(self: renderer.PrintRenderer, painter: object, page: int) -> None:
        if page == 2:
            raise renderer.ExportError("pdf_failed", path="out.pdf", reason="simulated disk failure")
        painted.append(page)
        real(self, painter, page)  # type: ignore[arg-type]

    monkeypatch.setattr(renderer.PrintRenderer, "paint_page", fail_on_page_two)
    doc_path = write_doc(tmp_path, Document.from_dict(_long_doc_dict()), "long.txt")
    out = tmp_path / "out.pdf"
    code, _, err = run([str(doc_path), "--pdf", str(out)], capsys)
    assert code == 1 and "simulated disk failure" in err
    assert painted == [1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.txt"]
    # the same over an existing file: it stays as it was
    out.write_bytes(b"old")
    code, _, _ = run([str(doc_path), "--pdf", str(out), "--force"], capsys)
    assert code == 1 and out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["long.txt", "out.pdf"]


def _long_doc_dict() -> dict:
    from sample_document import fictional_document

    return fictional_document(8, seed=2).to_dict()


def test_output_folder_missing_and_output_is_input(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run([str(source), "--pdf", str(tmp_path / "nope" / "out.pdf")], capsys)
    assert code == 1 and "nope" in err
    code, _, err = run([str(source), "--html", str(source), "--force"], capsys)
    assert code == 1 and source.read_text(encoding="utf-8").startswith(render_text(grouped_document())[:20])


# ---- errors and language ------------------------------------------------------------------------------------
def test_errors_in_dutch_and_english(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    code, _, err = run([str(source), "--pdf", str(tmp_path / "x.pdf"), "--pairs", "9"], capsys)
    assert code == 1 and "paar 9 bestaat niet" in err and "3 paren" in err
    code, _, err = run([str(source), "--pdf", str(tmp_path / "x.pdf"), "--pairs", "1-"], capsys)
    assert code == 1 and "ongeldige paren" in err
    code, _, err = run([str(tmp_path / "missing.txt"), "--pdf", str(tmp_path / "x.pdf")], capsys)
    assert code == 1 and "niet gevonden" in err
    code, _, err = run([str(source)], capsys)
    assert code == 2 and "--pdf" in err
    code, _, err = run([], capsys)
    assert code == 2 and "geef het document op" in err
    code, _, err = run([str(source), "--pdf", str(tmp_path / "x.pdf"), "--columns", "links"], capsys)
    assert code == 2 and "onbekende kolommen 'links'" in err
    monkeypatch.setenv("LANG", "C")
    code, _, err = run([str(source), "--pdf", str(tmp_path / "x.pdf"), "--pairs", "0"], capsys)
    assert code == 1 and "invalid pairs" in err
    code, _, err = run([str(source), "--pdf", str(tmp_path / "x.pdf"), "--paper", "B7"], capsys)
    assert code == 2 and "unknown paper size" in err
    code, _, err = run(["ah-tk-20312032-1", "--pdf", str(tmp_path / "x.pdf")], capsys)
    assert code == 1 and "no document with this id" in err
    assert not (tmp_path / "x.pdf").exists()


def test_export_by_library_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from reader.library import Library

    with Library() as lib:  # the test's own library (conftest points KAMERVRAGEN_LIBRARY at a temp dir)
        lib.add(grouped_document())
    out = tmp_path / "by-id.html"
    code, _, err = run(["ah-tk-20312032-778", "--html", str(out)], capsys)
    assert code == 0, err
    assert "wachttijden bij het loket" in out.read_text(encoding="utf-8")


def test_command_line_entry_point(source: Path, tmp_path: Path) -> None:
    """Through `python -m reader export`, as a user types it (the dispatcher maps export to main_export)."""
    out = tmp_path / "cli.pdf"
    env = dict(os.environ, LANG="C")
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "export", str(source), "--pdf", str(out)],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"cli\.pdf written \((1 page|\d+ pages)\)", proc.stdout)  # the count's own plural
    assert out.read_bytes().startswith(b"%PDF-")


# ---- HTML ---------------------------------------------------------------------------------------------------
class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_html_is_self_contained_and_escaped() -> None:
    html = aligned_html(hostile_document())
    parser = _Collect()
    parser.feed(html)
    tags = [t for t, _ in parser.tags]
    # nothing that runs or loads: no script, no image, no frame, no external style sheet
    for forbidden in ("script", "img", "iframe", "object", "embed", "link", "base", "form"):
        assert forbidden not in tags, forbidden
    assert "<script" not in html.lower() and "<img" not in html.lower()
    for tag, attrs in parser.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if (
                name in ("src", "href", "action", "data")
                and value
                and re.match(r"(?i)\s*(https?:|//|javascript:)", value)
            ):
                assert tag == "a" and name == "href", (tag, name, value)
                assert value.startswith("https://zoek.officielebekendmakingen.nl/"), value
    # the markup in the document is shown as text
    text = "".join(parser.text)
    assert "<script>alert(1)</script>" in text and "<img src=x>" in text and "<b>X</b>" in text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # a browser is told the same: no scripts, no loads (only the page's own style element)
    assert "default-src 'none'" in html
    # footnote links stay in the page; the note's own URL is text, not a link
    assert '<a href="#noot-1">1</a>' in html
    assert 'href="https://evil.example' not in html and "https://evil.example/x.js" in text


def test_html_shows_grouped_and_unanswered_like_the_screen(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "view.html"
    code, _, err = run([str(source), "--html", str(out)], capsys)
    assert code == 0, err
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert 'rowspan="3"' in html and "answer grouped" in html
    assert "Niet beantwoord in dit document" in html
    assert '<a href="https://zoek.officielebekendmakingen.nl/ah-tk-20312032-1000.html">ah-tk-20312032-1000</a>' in html
    assert "www.example.org/rapport" in html and 'href="www.example.org' not in html
    # --pairs and --columns apply to HTML as well; --force is needed the second time
    code, _, err = run([str(source), "--html", str(out), "--pairs", "3", "--columns", "questions"], capsys)
    assert code == 1 and "--force" in err
    code, _, err = run([str(source), "--html", str(out), "--pairs", "3", "--columns", "questions", "--force"], capsys)
    assert code == 0, err
    html = out.read_text(encoding="utf-8")
    assert (
        "Vraag 5" in html
        and "Vraag 1" not in html
        and "Antwoord" not in html.split("<body>")[1].replace("Antwoord van", "")
    )


def test_html_export_failure_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.printing import html_export

    target = tmp_path / "page.html"

    def boom(self: Path, *args: object, **kwargs: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", boom)
    with pytest.raises(renderer.ExportError) as err:
        html_export.export_html(grouped_document(), target, PrintOptions())
    assert "No space left" in str(err.value)
    assert list(tmp_path.iterdir()) == []
