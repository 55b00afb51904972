"""Bad input: one clear message naming the file and the problem, no traceback, other files still parse."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reader.core.errors import ParseError
from reader.core.parse import parse_file

SEED_LIKE = (
    "Vragen van het lid Smit (Testpartij) aan de Minister van Cultuur over musea (ingezonden 2 juni 2025).\n"
    "Antwoord van Minister Visser (Cultuur) (ontvangen 20 juni 2025).\n"
    "Vraag 1\nKent u het bericht?\nAntwoord 1\nJa.\n"
)


def _pdf(path: Path, text: str | None) -> None:
    """A real PDF written by Qt: with a text layer, or (text None) an image only, like a scan."""
    from PySide6.QtCore import QCoreApplication, QRect
    from PySide6.QtGui import QColor, QGuiApplication, QImage, QPageSize, QPainter, QPdfWriter

    _app = QCoreApplication.instance() or QGuiApplication([])
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    if text is None:
        img = QImage(400, 300, QImage.Format.Format_RGB32)
        img.fill(QColor("white"))
        painter.drawImage(QRect(0, 0, 4000, 3000), img)
    else:
        y = 600
        for para in text.splitlines():
            for line in textwrap.wrap(para, 60):
                painter.drawText(600, y, line)
                y += 300
    painter.end()


@pytest.fixture
def bad_files(tmp_path: Path) -> dict[str, Path]:
    files = {
        "empty": tmp_path / "leeg.txt",
        "binary": tmp_path / "data.bin",
        "truncated": tmp_path / "afgebroken.pdf",
        "scan": tmp_path / "scan.pdf",
        "malformed_xml": tmp_path / "kapot.xml",
        "dtd_xml": tmp_path / "dtd.xml",
        "huge": tmp_path / "groot.txt",
        "not_kv": tmp_path / "lijst.txt",
        "directory": tmp_path / "map.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 40)
    good = tmp_path / "goed.pdf"
    _pdf(good, SEED_LIKE)
    files["truncated"].write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    _pdf(files["scan"], None)
    files["malformed_xml"].write_text("<vraag><nr>Vraag 1</nr><al>open", encoding="utf-8")
    files["dtd_xml"].write_text(
        '<?xml version="1.0"?><!DOCTYPE v [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        "<vraag><nr>Vraag 1</nr><al>&b;</al></vraag>",
        encoding="utf-8",
    )
    with files["huge"].open("w", encoding="utf-8") as fh:
        for _ in range(50 * 1024 // 5):
            fh.write(SEED_LIKE[:1024].ljust(5 * 1024, " ") + "\n")
    files["not_kv"].write_text("Boodschappen\nMelk\nBrood\n", encoding="utf-8")
    files["directory"].mkdir()
    return files


EXPECTED_KEY = {
    "empty": "empty",
    "binary": "binary",
    "truncated": "pdf_damaged",
    "scan": "pdf_no_text",
    "malformed_xml": "xml_malformed",
    "dtd_xml": "xml_forbidden",
    "huge": "too_large",
    "not_kv": "not_kamervragen",
    "directory": "is_directory",
}


def test_each_bad_file_gets_its_own_error(bad_files):
    for name, path in bad_files.items():
        with pytest.raises(ParseError) as info:
            parse_file(path)
        assert info.value.key == EXPECTED_KEY[name], name
        for lang in ("nl", "en"):
            msg = info.value.message(lang)
            assert str(path) in msg and len(msg) > len(str(path)) + 10
    with pytest.raises(ParseError) as info:
        parse_file(bad_files["empty"].parent / "bestaat-niet.pdf")
    assert info.value.key == "not_found"


def test_pdf_with_text_layer_parses(tmp_path):
    path = tmp_path / "goed.pdf"
    _pdf(path, SEED_LIKE)
    doc = parse_file(path)
    assert doc.source_format == "pdf"
    assert [q.text for q in doc.questions] == ["Kent u het bericht?"]


def _run_cli(args: list[str], lang: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, LANG=lang, LC_ALL=lang, QT_QPA_PLATFORM="offscreen")
    env.pop("LANGUAGE", None)
    return subprocess.run(
        [sys.executable, "-m", "reader", "parse", "--jsonl", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_cli_reports_each_file_and_continues(bad_files, tmp_path):
    good = tmp_path / "goed.txt"
    good.write_text(SEED_LIKE, encoding="utf-8")
    paths = [str(p) for p in bad_files.values()]
    proc = _run_cli([paths[0], str(good), *paths[1:]], "C")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert [x["source"] for x in lines] == [paths[0], str(good), *paths[1:]]
    assert lines[1]["questions"][0]["text"] == "Kent u het bericht?"
    errors = [x["error"] for x in lines if "error" in x]
    assert len(errors) == len(paths)
    assert any("the file is empty" in e for e in errors)  # English with LANG=C
    dutch = _run_cli([paths[0]], "nl_NL.UTF-8")
    assert "het bestand is leeg" in json.loads(dutch.stdout)["error"]


def test_cli_all_good_exits_zero(tmp_path):
    good = tmp_path / "goed.txt"
    good.write_text(SEED_LIKE, encoding="utf-8")
    proc = _run_cli([str(good)], "C")
    assert proc.returncode == 0, proc.stderr


def test_pdf_source_text_has_no_qtpdf_artefacts(tmp_path):
    path = tmp_path / "goed.pdf"
    _pdf(path, SEED_LIKE)
    doc = parse_file(path)
    assert "\ufffe" not in doc.source_text and "\r" not in doc.source_text and "\f" not in doc.source_text
    assert "Kent u het bericht?" in doc.source_text


def test_qtpdf_hyphen_inside_a_line():
    from reader.core.parse_text import parse_text

    text = (
        "Vragen van het lid Smit (Testpartij) aan de Minister van X over Y (ingezonden 2 juni 2025).\n"
        "Vraag 1\nKent u de vertegenwoor\ufffedigingsrelatie?1\n"
        "1 Krant, https://www.example.nl/digitale-toegang\ufffeoverheid en verte\ufffegenwoordigers\n"
    )
    doc = parse_text(text)
    assert doc.questions[0].text == "Kent u de vertegenwoordigingsrelatie?"
    assert doc.footnotes[0].urls == ["https://www.example.nl/digitale-toegang-overheid"]
    assert doc.footnotes[0].text.endswith("en vertegenwoordigers")


def test_cli_survives_an_unexpected_error(tmp_path, monkeypatch, capsys):
    """A bug in the parser still gives one line for that file, no traceback, and the next file parses."""
    from reader.core import cli_parse

    good = tmp_path / "goed.txt"
    good.write_text(SEED_LIKE, encoding="utf-8")
    real = cli_parse.parse_file

    def flaky(path):
        if str(path).endswith("kapot.txt"):
            raise IndexError("list index out of range")
        return real(path)

    monkeypatch.setattr(cli_parse, "parse_file", flaky)
    monkeypatch.setenv("LANG", "C")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.delenv("LANGUAGE", raising=False)
    assert cli_parse.main([str(tmp_path / "kapot.txt"), str(good)]) == 1
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert "unexpected error" in lines[0]["error"] and "IndexError" in lines[0]["error"]
    assert lines[1]["questions"][0]["text"] == "Kent u het bericht?"
