"""A damaged or foreign library file is moved aside (never deleted); read-only and full disks are told clearly."""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path

import pytest

from reader.core.errors import ParseError
from reader.core.parse import parse_bytes
from reader.library import cli, schema
from reader.library.errors import LibraryError
from reader.library.importer import Importer
from reader.library.store import Library
from reader.library.synth import documents, make_document


def _parser_ready() -> bool:
    try:
        return parse_bytes(make_document(1).source_text.encode(), "probe").id == "ah-tk-20232024-1"
    except ParseError:
        return False


needs_parser = pytest.mark.skipif(not _parser_ready(), reason="the text parser cannot read documents yet")


def moved_files(path: Path) -> list[Path]:
    return sorted(p for p in path.parent.iterdir() if p.name != path.name and not p.name.startswith(path.name + "-"))


def assert_fresh_library_after_move(path: Path, original: bytes, tag: str) -> Library:
    lib = Library(path)
    assert lib.notice is not None
    moved = lib.notice.moved_to
    assert moved is not None and moved.parent == path.parent
    assert moved.name.startswith(f"library.{tag}-") and moved.name.endswith(".sqlite3")
    assert moved.read_bytes() == original  # kept byte for byte
    en, nl = lib.notice.message("en"), lib.notice.message("nl")
    assert str(moved) in en and str(moved) in nl and str(path) in en
    assert "new, empty library" in en and "nieuwe, lege bibliotheek" in nl
    assert len(lib) == 0 and lib.check() == []
    lib.add(make_document(1))
    assert len(lib) == 1
    return lib


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(os.urandom(20_000), id="random-bytes"),
        pytest.param(b"Boodschappen: melk, brood.\n" * 100, id="text-file"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 500, id="png"),
    ],
)
def test_a_file_that_is_not_sqlite_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(content)
    assert_fresh_library_after_move(path, content, "not-a-library").close()
    assert len(moved_files(path)) == 1


def test_a_database_of_another_application_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.execute("INSERT INTO contacts VALUES ('Jan')")
    other.commit()
    other.close()
    original = path.read_bytes()
    lib = assert_fresh_library_after_move(path, original, "not-a-library")
    assert "another application" in lib.notice.message("en")
    lib.close()
    moved = moved_files(path)[0]
    assert sqlite3.connect(moved).execute("SELECT name FROM contacts").fetchall() == [("Jan",)]


def test_a_database_with_another_application_id_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    other = sqlite3.connect(path)
    other.execute("PRAGMA application_id = 12345")
    other.execute("CREATE TABLE documents (id TEXT)")  # even with a table name like ours
    other.commit()
    other.close()
    assert_fresh_library_after_move(path, path.read_bytes(), "not-a-library").close()


def test_a_damaged_library_is_moved_aside_with_its_wal(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        for doc in documents(30):
            lib.add(doc)
    data = bytearray(path.read_bytes())
    data[100:] = os.urandom(len(data) - 100)  # the SQLite header survives, the pages do not
    path.write_bytes(bytes(data))
    Path(str(path) + "-wal").write_bytes(b"stale wal")
    lib = assert_fresh_library_after_move(path, bytes(data), "damaged")
    assert "damaged" in lib.notice.message("en") and "beschadigd" in lib.notice.message("nl")
    assert Path(str(lib.notice.moved_to) + "-wal").read_bytes() == b"stale wal"
    lib.close()


def test_an_empty_file_becomes_a_library_without_fuss(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"")
    with Library(path) as lib:
        assert lib.notice is None and len(lib) == 0
    assert moved_files(path) == []


def test_a_library_of_a_newer_version_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        lib.add(make_document(1))
        lib.connection.execute(f"PRAGMA user_version = {schema.VERSION + 5}")
    before = path.read_bytes()
    with pytest.raises(LibraryError) as info:
        Library(path)
    assert info.value.key == "too_new"
    assert "newer version" in info.value.message("en") and "nieuwere versie" in info.value.message("nl")
    assert path.read_bytes() == before and moved_files(path) == []


def test_the_command_line_prints_the_notice(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"garbage" * 100)
    out, err = io.StringIO(), io.StringIO()
    assert cli.main_search(["--library", str(path)], out=out, err=err) == 0
    assert "library.not-a-library-" in err.getvalue()
    assert "0" in out.getvalue()


def test_a_folder_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("I am a file, not a folder")
    with pytest.raises(LibraryError) as info:
        Library(blocker / "sub" / "library.sqlite3")
    assert info.value.key == "cannot_create_folder"
    assert str(blocker / "sub") in info.value.message("en")


def test_a_folder_at_the_library_path_is_not_moved(tmp_path: Path) -> None:
    (tmp_path / "library.sqlite3").mkdir()
    with pytest.raises(LibraryError) as info:
        Library(tmp_path / "library.sqlite3")
    assert info.value.key == "cannot_open"
    assert (tmp_path / "library.sqlite3").is_dir()


# ---- read-only and full ------------------------------------------------------------------------------------


def test_a_read_only_library_can_be_read_but_not_written(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        lib.add(make_document(1))
    with Library(path, read_only=True) as lib:
        assert lib.query(text="zwembad").total == 1
        with pytest.raises(LibraryError) as info:
            lib.add(make_document(2))
        assert info.value.key == "read_only"
        assert "read-only" in info.value.message("en") and "alleen-lezen" in info.value.message("nl")
        assert "Nothing was lost" in info.value.message("en")
    with Library(path) as lib:
        assert lib.ids() == ["ah-tk-20232024-1"] and lib.check() == []


def _write_docs(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(1, n + 1):
        (folder / f"{i:03d}.txt").write_text(make_document(i).source_text)
    return folder


@needs_parser
def test_an_import_into_a_read_only_library_stops_with_the_message(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    Library(path).close()
    folder = _write_docs(tmp_path, 2)
    with Library(path, read_only=True) as lib:
        summary = Importer(lib).run([folder])
    assert summary.error is not None and summary.error == LibraryError("read_only", path=path).message()
    assert summary.added == [] and not summary.ok


def test_a_full_disk_keeps_everything_stored_before(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        docs = list(documents(200, seed=3))
        for doc in docs[:20]:
            lib.add(doc)
        pages = lib.connection.execute("PRAGMA page_count").fetchone()[0]
        # SQLite's own page limit makes the file "full" exactly as a full disk does (SQLITE_FULL)
        lib.connection.execute(f"PRAGMA max_page_count = {pages + 40}")
        stored = 20
        with pytest.raises(LibraryError) as info:
            for doc in docs[20:]:
                lib.add(doc)
                stored += 1
        assert info.value.key == "disk_full"
        assert "disk is full" in info.value.message("en") and "schijf is vol" in info.value.message("nl")
        assert len(lib) == stored > 20
        assert lib.check() == []
        for doc in docs[:stored]:
            assert lib.document(doc.id).to_dict() == doc.to_dict()
        assert docs[stored].id not in lib  # the document that did not fit is not there at all, not half
        lib.connection.execute("PRAGMA max_page_count = 1073741823")
        lib.add(docs[stored])
        assert docs[stored].id in lib


@needs_parser
def test_an_import_onto_a_full_disk_reports_it(tmp_path: Path) -> None:
    folder = _write_docs(tmp_path, 60)
    with Library(tmp_path / "library.sqlite3") as lib:
        pages = lib.connection.execute("PRAGMA page_count").fetchone()[0]
        lib.connection.execute(f"PRAGMA max_page_count = {pages + 12}")
        summary = Importer(lib).run([folder])  # same thread: the importer uses this connection
        assert summary.error is not None and "schijf is vol" in LibraryError("disk_full", path="x").message("nl")
        assert 0 < len(summary.added) < 60
        assert len(lib) == len(summary.added) and lib.check() == []


def test_a_foreign_file_opened_read_only_is_reported_not_moved(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"garbage" * 100)
    with pytest.raises(LibraryError) as info:
        Library(path, read_only=True)
    assert info.value.key == "damaged" and "not an SQLite database" in info.value.message("en")
    assert path.read_bytes() == b"garbage" * 100 and moved_files(path) == []


def test_opening_read_only_never_creates_a_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError) as info:
        Library(tmp_path / "absent.sqlite3", read_only=True)
    assert info.value.key == "cannot_open"
    assert not (tmp_path / "absent.sqlite3").exists()
