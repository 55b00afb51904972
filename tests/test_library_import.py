"""Importing files and folders: deduplication by content, failures kept, progress, cancel, threads, samples."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from synth import make_document, write_files

from reader.library import samples
from reader.library.importer import Importer, collect
from reader.library.store import Library


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    with Library(tmp_path / "lib.sqlite3") as library:
        yield library


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Twelve generated documents in nested folders, plus files an import must ignore or report."""
    root = tmp_path / "docs"
    write_files(8, root / "a")
    write_files(12, root / "b" / "deeper")  # the same seed: the first 8 are byte-identical copies
    (root / ".hidden").mkdir()
    (root / ".hidden" / "secret.txt").write_text("not imported")
    (root / "b" / "photo.jpg").write_bytes(b"\xff\xd8\xff not a document")
    (root / "b" / "notes.txt").write_text("Boodschappenlijst: melk, brood, kaas.\n")
    (root / "README.md").write_text("# What is in this folder\n")
    return root


def test_collect_walks_folders_for_known_extensions(folder: Path, tmp_path: Path) -> None:
    files, missing = collect([folder, folder / "a", tmp_path / "nowhere"])
    names = [p.name for p in files]
    assert len(files) == 8 + 12 + 1  # each file once, though folder/a was named twice
    assert "photo.jpg" not in names and "secret.txt" not in names and "notes.txt" in names
    assert missing == [tmp_path / "nowhere"]
    explicit, _ = collect([folder / "b" / "photo.jpg"])
    assert [p.name for p in explicit] == ["photo.jpg"]  # a file named explicitly is always tried


def test_import_a_folder_dedups_by_id_and_content(lib: Library, folder: Path) -> None:
    summary = Importer(lib).run([folder])
    assert len(summary.added) == 12
    assert len(summary.unchanged) == 8  # the identical copies: recorded as sources, not parsed
    assert [Path(f.path).name for f in summary.failed] == ["notes.txt"]
    assert summary.failed[0].key == "not_kamervragen"
    assert len(lib) == 12
    first = summary.added[0]
    assert len(lib.sources(first)) == 2
    assert [Path(f.path).name for f in lib.failures()] == ["notes.txt"]
    assert lib.check() == []
    again = Importer(lib).run([folder])
    assert (len(again.added), len(again.updated), len(again.unchanged)) == (0, 0, 20)
    assert len(again.failed) == 1  # a failure is tried again (the parser may have improved)
    assert len(lib.failures()) == 1


def test_a_fixed_file_leaves_the_failures_list(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "later.txt"
    path.write_text("nog niets\n")
    assert len(Importer(lib).run([path]).failed) == 1
    path.write_text(make_document(44).source_text)
    summary = Importer(lib).run([path])
    assert summary.added == ["ah-tk-20232024-44"]
    assert lib.failures() == []


def test_unreadable_and_missing_paths_are_reported(lib: Library, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    summary = Importer(lib).run([empty, tmp_path / "gone.pdf"])
    assert sorted(f.key for f in summary.failed) == ["empty", "path_not_found"]
    assert [Path(f.path).name for f in lib.failures()] == ["empty.txt"]  # only files that exist are kept
    assert not summary.ok
    assert "gone.pdf" in summary.failed[0].message("en") and "not found" in summary.failed[0].message("en")


def test_progress_and_summary(lib: Library, tmp_path: Path) -> None:
    write_files(5, tmp_path / "five")
    calls: list[tuple[int, int]] = []
    summary = Importer(lib).run([tmp_path / "five"], progress=lambda done, total, path: calls.append((done, total)))
    assert calls == [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]
    assert summary.ok and summary.total == 5 and summary.done == 5
    assert summary.text("en") == "5 added, 0 updated, 0 unchanged, 0 failed"
    assert summary.text("nl") == "5 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 0 mislukt"


def test_cancel_stops_between_documents(lib: Library, tmp_path: Path) -> None:
    write_files(10, tmp_path / "ten")
    cancel = threading.Event()

    def progress(done: int, total: int, path: str) -> None:
        if done == 3:
            cancel.set()

    summary = Importer(lib).run([tmp_path / "ten"], progress=progress, cancel=cancel)
    assert summary.cancelled and len(summary.added) == 3
    assert len(lib) == 3 and lib.check() == []
    rest = Importer(lib).run([tmp_path / "ten"])
    assert (len(rest.added), len(rest.unchanged)) == (7, 3)


def test_import_in_a_worker_thread_uses_its_own_connection(tmp_path: Path) -> None:
    write_files(6, tmp_path / "six")
    with Library(tmp_path / "lib.sqlite3") as lib:
        result = []
        worker = threading.Thread(target=lambda: result.append(Importer(lib).run([tmp_path / "six"])))
        worker.start()
        worker.join()
        assert len(result[0].added) == 6
        # the GUI's connection sees the worker's documents (WAL: readers are not blocked)
        assert len(lib) == 6 and lib.query().total == 6


def test_samples_are_optional_and_idempotent(lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # whatever the bundled folder holds now, importing it twice adds nothing the second time
    first = samples.add_samples(lib)
    second = samples.add_samples(lib)
    assert second.added == [] and second.updated == []
    assert len(lib) == len(first.added)

    # an absent folder imports nothing and does not fail
    class Absent:
        def __truediv__(self, name: str) -> Absent:
            return self

        def is_dir(self) -> bool:
            return False

    monkeypatch.setattr(samples.resources, "files", lambda package: Absent())
    empty = samples.add_samples(lib)
    assert empty.total == 0 and empty.ok


def test_samples_from_a_folder_of_generated_documents(
    lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_files(3, tmp_path / "pkg" / "samples")
    monkeypatch.setattr(samples.resources, "files", lambda package: tmp_path / "pkg")
    assert len(samples.add_samples(lib).added) == 3
    assert samples.add_samples(lib).added == []
    assert len(lib) == 3


def test_a_file_edited_and_reverted_is_read_each_time(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    first = make_document(9, questions=("Eerste versie?",)).source_text
    path.write_text(first)
    assert Importer(lib).run([path]).added == ["ah-tk-20232024-9"]
    path.write_text(make_document(9, questions=("Tweede versie?",)).source_text)
    assert Importer(lib).run([path]).updated == ["ah-tk-20232024-9"]
    path.write_text(first)  # back to the first content: that is what the file holds now
    assert Importer(lib).run([path]).updated == ["ah-tk-20232024-9"]
    assert [q.text for q in lib.document("ah-tk-20232024-9").questions] == ["Eerste versie?"]
    assert len(lib.sources("ah-tk-20232024-9")) == 1  # one file, its current content


def test_a_file_overwritten_with_another_document_moves_its_source(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_text(make_document(1).source_text)
    Importer(lib).run([path])
    path.write_text(make_document(2).source_text)
    Importer(lib).run([path])
    assert lib.sources("ah-tk-20232024-1") == []  # kept in the library, but the file no longer holds it
    assert [s.path for s in lib.sources("ah-tk-20232024-2")] == [str(path)]
