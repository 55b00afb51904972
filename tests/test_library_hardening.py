"""Hostile files and folders for the import (issue 14): special files, symbolic links, names that are not UTF-8,
one failing file among many, nonsense option values, a cancel in the middle of a document."""

from __future__ import annotations

import io
import json
import os
import threading
import time
from pathlib import Path

import pytest
from synth import make_document

from reader.core import cancel as core_cancel
from reader.core.files import NotRegular, TooLarge, path_text, read_regular
from reader.library import cli, importer
from reader.library.errors import QueryError
from reader.library.importer import Importer
from reader.library.search import Query
from reader.library.store import Library


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    with Library(tmp_path / "lib.sqlite3") as library:
        yield library


def run_in_time(target, seconds: float = 30.0):  # type: ignore[no-untyped-def]
    """Run `target()` in a daemon thread; fail (instead of hanging the test run) when it takes too long."""
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(target()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "hangs"
    return result[0]


# ---- special files and links -----------------------------------------------------------------------------


def test_a_folder_with_a_pipe_devices_and_links_imports_what_is_regular(lib: Library, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1.txt").write_text(make_document(1).source_text)
    os.mkfifo(folder / "a.pdf")  # opening it to read would block for ever
    (folder / "zero.txt").symlink_to("/dev/zero")  # reading it never ends
    (folder / "random.xml").symlink_to("/dev/urandom")
    outside = tmp_path / "outside.txt"
    outside.write_text(make_document(2).source_text)
    (folder / "linked.txt").symlink_to(outside)  # a link to a regular file is read
    (folder / "loop").symlink_to(folder)  # a link to a folder is not followed: no loop
    (folder / "elsewhere").symlink_to(tmp_path)
    summary = run_in_time(lambda: Importer(lib).run([folder]))
    assert sorted(summary.added) == ["ah-tk-20232024-1", "ah-tk-20232024-2"]
    assert summary.failed == [] and summary.ok
    assert sorted((Path(s.path).name, s.kind) for s in summary.skipped) == [
        ("a.pdf", "pipe"), ("random.xml", "device"), ("zero.txt", "device")
    ]  # fmt: skip
    assert "not a regular file (a named pipe), not read" in summary.skipped[0].message("en")
    assert "geen gewoon bestand (een named pipe)" in summary.skipped[0].message("nl")
    assert [s.path for s in lib.sources("ah-tk-20232024-2")] == [str(folder / "linked.txt")]


def test_special_files_named_explicitly_are_failures_not_hangs(lib: Library, tmp_path: Path) -> None:
    fifo = tmp_path / "a.txt"
    os.mkfifo(fifo)
    summary = run_in_time(lambda: Importer(lib).run([fifo, "/dev/zero"]))
    assert [f.key for f in summary.failed] == ["not_regular", "not_regular"]
    assert "not a regular file (a named pipe)" in summary.failed[0].message("en")
    assert "(a device)" in summary.failed[1].message("en") and not summary.ok


def test_the_import_summary_prints_the_skipped_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "a.pdf")
    out, err = io.StringIO(), io.StringIO()
    code = run_in_time(
        lambda: cli.main_import([str(folder), "--library", str(tmp_path / "l.sqlite3"), "-q"], out=out, err=err)
    )
    assert code == 0
    assert f"Skipped:\n  {folder / 'a.pdf'}: not a regular file (a named pipe), not read" in out.getvalue()
    out = io.StringIO()
    run_in_time(
        lambda: cli.main_import(
            [str(folder), "--library", str(tmp_path / "l.sqlite3"), "-q", "--json"], out=out, err=err
        )
    )
    assert json.loads(out.getvalue())["skipped"][0]["kind"] == "pipe"


def test_reading_has_a_hard_cap_whatever_size_the_system_reports(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_bytes(b"x" * 100)
    assert read_regular(small, 100) == b"x" * 100
    with pytest.raises(TooLarge):
        read_regular(small, 99)
    # /proc reports a size of 0 for a file that has content: the cap holds on what is read, not on the size
    assert os.stat("/proc/self/maps").st_size == 0
    with pytest.raises(TooLarge) as info:
        read_regular("/proc/self/maps", 10)
    assert info.value.size is None  # more than the cap, whatever the system said
    with pytest.raises(NotRegular):
        read_regular("/dev/zero", 10)


def test_a_file_larger_than_the_cap_is_a_failure(lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.core import parse  # the caps are the parser's, one reading for the import and `parse`

    monkeypatch.setattr(parse, "MAX_TEXT_BYTES", 3 * 2**20)
    big = tmp_path / "big.txt"
    big.write_bytes(b"Vraag 1\n" * (3 * 2**17 + 1))  # 3 MB and 8 bytes
    summary = Importer(lib).run([big])
    assert [f.key for f in summary.failed] == ["too_large"]
    assert "(3.1 MB; at most 3 MB)" in summary.failed[0].message("en")  # rounded up: never "3 MB; at most 3 MB"
    monkeypatch.setattr(parse, "MAX_TEXT_BYTES", 1024)
    summary = Importer(lib).run([Path("/proc/self/smaps")])  # reports 0 bytes and holds tens of KB
    assert [f.key for f in summary.failed] == ["too_large_unknown"]
    assert summary.failed[0].message("en").startswith("/proc/self/smaps: the file is too large (more than")


# ---- names that are not UTF-8, and one failing file among many ----------------------------------------------


def _odd_name(folder: Path, raw: bytes) -> Path:
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), raw)))
    return path


def test_a_name_that_is_not_utf8_is_stored_and_shown_readably(lib: Library, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1.txt").write_text(make_document(1).source_text)
    _odd_name(folder, b"caf\xe9-2.txt").write_text(make_document(2).source_text)
    _odd_name(folder, b"\xff\xfe-kapot.txt").write_text("geen kamervraag\n")
    (folder / "3.txt").write_text(make_document(3).source_text)
    summary = Importer(lib).run([folder])
    assert sorted(summary.added) == ["ah-tk-20232024-1", "ah-tk-20232024-2", "ah-tk-20232024-3"]
    assert [s.path for s in lib.sources("ah-tk-20232024-2")] == [str(folder) + "/caf\\xe9-2.txt"]
    assert [f.path for f in lib.failures()] == [str(folder) + "/\\xff\\xfe-kapot.txt"]
    again = Importer(lib).run([folder])  # the stored name finds the file again: nothing re-read
    assert len(again.unchanged) == 3 and again.added == [] and again.updated == []


def test_the_command_line_prints_such_names_to_a_utf8_stream(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _odd_name(folder, b"caf\xe9.txt").write_text("geen kamervraag\n")
    raw_out, raw_err = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(raw_out, encoding="utf-8", errors="strict")
    err = io.TextIOWrapper(raw_err, encoding="utf-8", errors="strict")
    code = cli.main_import([str(folder), "--library", str(tmp_path / "l.sqlite3")], out=out, err=err)
    out.flush()
    err.flush()
    assert code == 1
    assert "caf\\xe9.txt" in raw_out.getvalue().decode("utf-8")


def test_path_text_keeps_valid_names_and_escapes_the_rest() -> None:
    assert path_text("/data/Gabriëls.txt") == "/data/Gabriëls.txt"
    assert path_text(os.fsdecode(b"/data/caf\xe9.txt")) == "/data/caf\\xe9.txt"
    assert path_text("/data/\ud800.txt") == "/data/\\ud800.txt"


def test_one_failing_file_never_stops_the_others(lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in (1, 2, 3):
        (folder / f"{i}.txt").write_text(make_document(i).source_text)
    real_add = Library.add

    def add(self: Library, doc, **kw):  # type: ignore[no-untyped-def]
        if doc.id == "ah-tk-20232024-2":
            raise ValueError("something unforeseen while storing")
        return real_add(self, doc, **kw)

    monkeypatch.setattr(Library, "add", add)
    summary = Importer(lib).run([folder])
    assert sorted(summary.added) == ["ah-tk-20232024-1", "ah-tk-20232024-3"]
    assert [(Path(f.path).name, f.key) for f in summary.failed] == [("2.txt", "internal")]
    assert "something unforeseen" in summary.failed[0].message("en")


# ---- nonsense option values ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--limit", "-1"], "«-1» is not a whole number from 0 to 10000"),
        (["--limit", "veel"], "«veel» is not a whole number from 0 to 10000"),
        (["--limit", "20000"], "«20000» is not a whole number from 0 to 10000"),
        (["--offset", "-5"], "«-5» is not a whole number of 0 or more"),
    ],
)
def test_nonsense_numbers_are_a_usage_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    with pytest.raises(SystemExit) as info:
        cli.main_search([*args, "--library", str(tmp_path / "l.sqlite3")])
    assert info.value.code == 2
    captured = capsys.readouterr()
    assert expected in captured.err and "usage:" in captured.err and "Traceback" not in captured.err


def test_nonsense_values_in_a_query_are_a_clear_error() -> None:
    for kw in ({"limit": -1}, {"offset": -3}, {"limit": "x"}, {"month": "mei"}, {"month": "2024-13"}):
        with pytest.raises(QueryError) as info:
            Query(**kw).normalised()  # type: ignore[arg-type]
        assert info.value.message("en") and info.value.message("nl")
    assert Query(month="5-2024").normalised().month == "2024-05"
    assert Query(limit=50_000).normalised().limit == 10_000  # a list scrolled far asks for all it shows


# ---- cancel in the middle of a document --------------------------------------------------------------------


def test_a_cancel_stops_the_parse_of_a_document_midway(
    lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "big.txt").write_text(make_document(1).source_text)
    (tmp_path / "next.txt").write_text(make_document(2).source_text)
    started = threading.Event()
    checks: list[float] = []

    def slow_parse(data: bytes, name: str = ""):  # type: ignore[no-untyped-def]
        """A parse of a huge document: it checks for a cancel between passes, as the parsers do."""
        started.set()
        for _ in range(500):  # 10 s in all without a cancel
            core_cancel.check()
            checks.append(time.monotonic())
            time.sleep(0.02)
        return make_document(1)

    monkeypatch.setattr(importer, "parse_bytes", slow_parse)
    cancel = threading.Event()
    threading.Thread(target=lambda: (started.wait(10), time.sleep(0.2), cancel.set()), daemon=True).start()
    began = time.monotonic()
    summary = Importer(lib).run([tmp_path / "big.txt", tmp_path / "next.txt"], cancel=cancel)
    assert summary.cancelled and time.monotonic() - began < 3
    assert summary.added == [] and summary.failed == []  # not stored, and not a failure either
    assert len(lib) == 0 and lib.failures() == []
