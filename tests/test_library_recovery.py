"""A damaged library of ours is moved aside (never deleted); a file that is not ours is refused and left exactly
as it is; read-only and full disks are told clearly."""

from __future__ import annotations

import io
import os
import sqlite3
from pathlib import Path

import pytest
from synth import documents, make_document

from reader.library import cli, schema
from reader.library.errors import LibraryError
from reader.library.importer import Importer
from reader.library.store import Library


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


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in `folder` with its bytes and modification time (nanoseconds)."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}


def assert_refused_and_untouched(path: Path, reason_en: str, read_only: bool = False) -> LibraryError:
    before = snapshot(path.parent)
    with pytest.raises(LibraryError) as info:
        Library(path, read_only=read_only)
    assert info.value.key == "not_a_library"
    en, nl = info.value.message("en"), info.value.message("nl")
    assert str(path) in en and reason_en in en and "left as it is" in en
    assert "niet aangeraakt" in nl
    assert snapshot(path.parent) == before  # byte for byte, same mtime, nothing added or moved
    return info.value


# (behaviour changed by issue 14: these files were moved aside and replaced by a new library; now they are
# refused and left exactly as they are)
@pytest.mark.parametrize(
    "content",
    [
        pytest.param(os.urandom(20_000), id="random-bytes"),
        pytest.param(b"Boodschappen: melk, brood.\n" * 100, id="text-file"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + b"\x00" * 500, id="png"),
    ],
)
@pytest.mark.parametrize("read_only", [False, True])
def test_a_file_that_is_not_sqlite_is_refused_and_left_as_it_is(
    tmp_path: Path, content: bytes, read_only: bool
) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(content)
    assert_refused_and_untouched(path, "not an SQLite database", read_only)


def _other_application(path: Path, wal: bool = False) -> None:
    other = sqlite3.connect(path)
    if wal:
        other.execute("PRAGMA journal_mode = WAL")
    other.execute("CREATE TABLE contacts (name TEXT)")
    other.execute("INSERT INTO contacts VALUES ('Jan')")
    other.commit()
    other.close()


def test_a_database_of_another_application_is_refused_and_left_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _other_application(path)
    error = assert_refused_and_untouched(path, "another application")
    assert "ander programma" in error.message("nl")
    assert sqlite3.connect(path).execute("SELECT name FROM contacts").fetchall() == [("Jan",)]


def test_a_wal_database_of_another_application_gets_no_companions(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    _other_application(path, wal=True)
    for read_only in (False, True):
        assert_refused_and_untouched(path, "another application", read_only)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contacts.db"]  # no -wal, no -shm made by us


def test_a_database_with_another_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    other = sqlite3.connect(path)
    other.execute("PRAGMA application_id = 12345")
    other.execute("CREATE TABLE documents (id TEXT)")  # even with a table name like ours
    other.commit()
    other.close()
    assert_refused_and_untouched(path, "another application")


def test_a_symlink_to_a_foreign_file_is_refused_and_both_stay(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Mijn aantekeningen\n")
    link = tmp_path / "library.sqlite3"
    link.symlink_to(notes)
    assert_refused_and_untouched(link, "not an SQLite database")
    assert link.is_symlink() and os.readlink(link) == str(notes)
    db = tmp_path / "other.db"
    _other_application(db)
    link.unlink()
    link.symlink_to(db)
    assert_refused_and_untouched(link, "another application")


def _refusal(path: Path, read_only: bool = False) -> LibraryError:
    """The error opening `path` raises, in a thread that may not hang the test run (a pipe blocks a reader)."""
    import threading

    found: list[BaseException | None] = []

    def attempt() -> None:
        try:
            Library(path, read_only=read_only).close()
            found.append(None)
        except BaseException as exc:
            found.append(exc)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(20)
    assert not worker.is_alive(), "opening blocks"
    assert isinstance(found[0], LibraryError), found
    return found[0]


def test_a_named_pipe_or_a_device_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "library.sqlite3"
    os.mkfifo(fifo)
    for read_only in (False, True):
        error = _refusal(fifo, read_only)  # opening a pipe to read would block for ever
        assert error.key == "not_a_library" and "not a regular file" in error.message("en")
    link = tmp_path / "zero.sqlite3"
    link.symlink_to("/dev/zero")
    assert _refusal(link).key == "not_a_library"


def test_a_link_to_nothing_is_refused_and_nothing_is_made(tmp_path: Path) -> None:
    link = tmp_path / "library.sqlite3"
    link.symlink_to(tmp_path / "elsewhere" / "gone.sqlite3")
    for read_only in (False, True):
        with pytest.raises(LibraryError) as info:
            Library(link, read_only=read_only)
        assert info.value.key == "not_a_library" and "does not exist" in info.value.message("en")
    assert link.is_symlink() and not (tmp_path / "elsewhere").exists()


def test_a_symlink_to_our_library_is_used(tmp_path: Path) -> None:
    real = tmp_path / "real.sqlite3"
    with Library(real) as lib:
        lib.add(make_document(1))
    link = tmp_path / "link.sqlite3"
    link.symlink_to(real)
    with Library(link) as lib:
        assert lib.ids() == ["ah-tk-20232024-1"] and lib.notice is None
    with Library(link, read_only=True) as lib:
        assert lib.ids() == ["ah-tk-20232024-1"]


def test_a_new_library_is_marked_as_ours_in_the_file_itself(tmp_path: Path) -> None:
    """The mark is written before the file goes into WAL mode, so another process never finds it unmarked."""
    path = tmp_path / "library.sqlite3"
    lib = Library(path)  # kept open: the log is not yet copied into the file
    lib.add(make_document(1))
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == schema.APPLICATION_ID
    lib.close()


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
    with Library(path) as lib:
        lib.add(make_document(1))
    data = bytearray(path.read_bytes())
    data[100:] = os.urandom(len(data) - 100)
    path.write_bytes(bytes(data))
    out, err = io.StringIO(), io.StringIO()
    assert cli.main_import([str(tmp_path / "nothing-here"), "--library", str(path), "-q"], out=out, err=err) == 1
    assert "library.damaged-" in err.getvalue()


@pytest.mark.parametrize("command", ["search", "info", "import"])
def test_the_command_line_refuses_a_foreign_library_and_leaves_it(tmp_path: Path, command: str) -> None:
    # (behaviour changed by issue 14: `search --library notes.txt` moved the file aside and made a library)
    path = tmp_path / "notes.txt"
    path.write_bytes(b"garbage" * 100)
    before = snapshot(tmp_path)
    args = {"search": ["x"], "info": ["ah-tk-20232024-1"], "import": [str(tmp_path / "nothing"), "-q"]}[command]
    main = {"search": cli.main_search, "info": cli.main_info, "import": cli.main_import}[command]
    out, err = io.StringIO(), io.StringIO()
    assert main([*args, "--library", str(path)], out=out, err=err) == 1
    assert "is geen bibliotheek van Kamervragen Reader" in err.getvalue() and "Traceback" not in err.getvalue()
    assert snapshot(tmp_path) == before


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
    # (the key was "damaged" before issue 14; a foreign file is now "not_a_library" read-only or not)
    assert info.value.key == "not_a_library" and "not an SQLite database" in info.value.message("en")
    assert path.read_bytes() == b"garbage" * 100 and moved_files(path) == []


def test_opening_read_only_never_creates_a_library(tmp_path: Path) -> None:
    # (behaviour changed by issue 14: a missing library was an error; read-only it is now an empty library)
    with Library(tmp_path / "folder" / "absent.sqlite3", read_only=True) as lib:
        assert len(lib) == 0 and lib.missing
        assert lib.query(text="zwembad").total == 0 and lib.stats().total.sets == 0
        assert lib.get("ah-tk-20232024-1") is None and lib.cited_by("ah-tk-20232024-1") == []
    assert list(tmp_path.iterdir()) == []  # not the file, not its folder


def test_read_only_commands_leave_the_library_exactly_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        lib.add(make_document(1))
        lib.add(make_document(2, footnotes=("Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 1",)))
    before = snapshot(tmp_path)
    out, err = io.StringIO(), io.StringIO()
    assert cli.main_search(["zwembad", "--library", str(path)], out=out, err=err) == 0, err.getvalue()
    assert cli.main_info(["ah-tk-20232024-1", "--library", str(path)], out=out, err=err) == 0
    from reader.core.command_line import standalone
    from reader.library import cli_stats

    assert standalone("stats", "", cli_stats.configure, cli_stats.run, ["--library", str(path)], out, err) == 0
    assert "2 results" in out.getvalue() or "2 resultaten" in out.getvalue()
    assert snapshot(tmp_path) == before  # no -wal, no -shm, no change of the file or its time


def test_read_only_never_migrates_an_older_library(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        lib.add(make_document(1))
        lib.connection.execute(f"PRAGMA user_version = {schema.VERSION - 1}")
    before = snapshot(tmp_path)
    with pytest.raises(LibraryError) as info:
        Library(path, read_only=True)
    assert info.value.key == "needs_upgrade" and "older version" in info.value.message("en")
    assert snapshot(tmp_path) == before
