"""Hostile files (issue 14): only regular files are read, never past a cap; wide encodings, stray NULs and
dangerous link schemes are handled; sizes are reported truthfully."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from reader.core.errors import ParseError
from reader.core.model import Footnote
from reader.core.parse import MAX_TEXT_BYTES, parse_bytes, parse_file

XML = (
    '<?xml version="1.0" encoding="{enc}"?><kamervragen><vraag><nr>Vraag 1</nr><al>Kent u het verzonnen bericht?'
    "</al></vraag><antwoord><nr>Antwoord 1</nr><al>Ja.</al></antwoord></kamervragen>"
)
TEXT = "Vraag 1\nKent u het verzonnen bericht over de veerpont?\nAntwoord 1\nJa, dat ken ik.\n"


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_refused_without_reading(tmp_path: Path, device: str) -> None:
    link = tmp_path / "report.txt"
    link.symlink_to(device)
    start = time.monotonic()
    with pytest.raises(ParseError) as info:
        parse_file(link)
    assert info.value.key == "not_regular"
    assert time.monotonic() - start < 5


def test_a_named_pipe_never_blocks(tmp_path: Path) -> None:
    fifo = tmp_path / "a.pdf"
    os.mkfifo(fifo)
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(_key(fifo)), daemon=True)
    thread.start()
    thread.join(10)
    assert not thread.is_alive(), "parse_file blocked on a named pipe"
    assert result == ["not_regular"]


def _key(path: Path) -> str:
    try:
        parse_file(path)
    except ParseError as exc:
        return exc.key
    return "parsed"


def test_the_command_line_on_dev_zero_ends_at_once(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reader", "parse", "--json", "/dev/zero"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LANG": "C"},
    )
    assert done.returncode == 1 and "not a regular file" in done.stderr and "Traceback" not in done.stderr


def test_a_symlink_to_a_regular_file_is_read(tmp_path: Path) -> None:
    real = tmp_path / "echt.txt"
    real.write_text(TEXT, encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(real)
    assert parse_file(tmp_path / "link.txt").questions[0].text.startswith("Kent u")


def test_the_size_is_read_with_a_cap_and_said_truthfully(tmp_path: Path) -> None:
    big = tmp_path / "groot.txt"
    big.write_bytes(TEXT.encode() + b"x" * MAX_TEXT_BYTES)
    with pytest.raises(ParseError) as info:
        parse_file(big)
    assert info.value.message("en").endswith("(4.1 MB; at most 4 MB)")  # never "4 MB; at most 4 MB"


def test_one_nul_byte_does_not_make_a_text_binary() -> None:
    doc = parse_bytes(TEXT.replace("verzonnen", "ver\x00zonnen").encode())
    assert doc.questions[0].text == "Kent u het verzonnen bericht over de veerpont?"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32", "utf-32-be"])
def test_wide_encodings_of_xml_and_text(encoding: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-32-be": b"\x00\x00\xfe\xff"}.get(encoding, b"")
    xml = bom + XML.format(enc=encoding.upper()).encode(encoding)
    doc = parse_bytes(xml, "x.xml")
    assert [q.text for q in doc.questions] == ["Kent u het verzonnen bericht?"]
    assert [a.text for a in doc.answers] == ["Ja."]
    text = parse_bytes(bom + TEXT.encode(encoding), "x.txt")
    assert text.answers[0].text == "Ja, dat ken ik."


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JAVASCRIPT:x", "file:///etc/passwd", "data:text/html,<b>"])
def test_dangerous_link_schemes_never_reach_the_export(url: str) -> None:
    note = Footnote(1, "zie", urls=[url, "https://www.example.nl/a"])
    assert note.urls == ["https://www.example.nl/a"]
    html = (
        '<html><body><div class="stuk"><div class="vraag"><h2>Vraag 1</h2><p>Kent u dit?'
        '<a class="nootnum" href="#n1">1</a></p></div><div class="antwoord"><h2>Antwoord 1</h2><p>Ja.</p></div>'
        f'<div id="noten"><div class="voet noot"><span class="nootnum">1</span><p><a class="externe_link" href="{url}">'
        "klik</a> en https://www.example.nl/b</p></div></div></div></body></html>"
    )
    doc = parse_bytes(html.encode(), "x.html")
    exported = json.dumps(doc.to_dict())
    assert url.split(":")[0].lower() + ":" not in exported.lower().replace("https:", "")


# ---- exports: verified before they replace anything; --force replaces only a regular file --------------------
def _export(args: list[str], cwd: Path, fsize: int | None = None) -> subprocess.CompletedProcess[str]:
    import resource

    def limit() -> None:
        if fsize is not None:  # as `ulimit -f`: a write past this size fails (EFBIG), as on a full disk
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    return subprocess.run(
        [sys.executable, "-m", "reader", "export", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**os.environ, "LANG": "C", "QT_QPA_PLATFORM": "offscreen"},
        preexec_fn=limit,
    )


SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "samples" / "ah-tk-20242025-1812.txt"


@pytest.mark.parametrize("kind", ["--pdf", "--html"])
def test_an_export_on_a_full_disk_fails_and_leaves_nothing(tmp_path: Path, kind: str) -> None:
    out = tmp_path / ("uit.pdf" if kind == "--pdf" else "uit.html")
    done = _export([str(SAMPLE), kind, str(out)], tmp_path, fsize=6000)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "written" not in done.stdout
    assert not out.exists() and list(tmp_path.iterdir()) == [], list(tmp_path.iterdir())


def test_an_existing_file_survives_a_failed_export(tmp_path: Path) -> None:
    out = tmp_path / "uit.pdf"
    out.write_bytes(b"%PDF-1.4 an earlier export\n%%EOF\n")
    done = _export([str(SAMPLE), "--pdf", str(out), "--force"], tmp_path, fsize=6000)
    assert done.returncode == 1
    assert out.read_bytes() == b"%PDF-1.4 an earlier export\n%%EOF\n"


def test_force_never_replaces_a_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "uit.pdf"
    os.mkfifo(fifo)
    done = _export([str(SAMPLE), "--pdf", str(fifo), "--force"], tmp_path)
    assert done.returncode == 1 and "not a regular file" in done.stderr
    import stat

    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_a_good_export_is_whole(tmp_path: Path) -> None:
    from PySide6.QtPdf import QPdfDocument

    out = tmp_path / "uit.pdf"
    done = _export([str(SAMPLE), "--pdf", str(out)], tmp_path)
    assert done.returncode == 0, done.stderr
    pdf = QPdfDocument()
    pdf.load(str(out))
    assert pdf.status() == QPdfDocument.Status.Ready and pdf.pageCount() >= 1
    assert [p.name for p in tmp_path.iterdir()] == ["uit.pdf"]
