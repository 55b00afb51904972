"""Import jobs carry what to do when they finish: jobs queued back to back each run their own continuation with
their own result (two "add the cited document" imports both open their own document), a dropped job is told,
and a failing job neither loses its continuation nor stalls the queue."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from gui_helpers import CITED_ID, QT_LOG_IGNORE, cited_document, library_with_samples, make_window
from PySide6.QtWidgets import QFileDialog
from synth import render_text

from reader.gui.import_runner import ImportJob, ImportRunner, Progress
from reader.library import ImportSummary, Library

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)
OTHER_ID = "ah-tk-20182019-2001"


def cited_files(folder: Path) -> tuple[Path, Path]:
    """Two fictional answered sets, as files: nr. 1989 (what the seed cites) and nr. 2001."""
    first = folder / "eerste.txt"
    first.write_text(render_text(cited_document()), encoding="utf-8")
    second = folder / "tweede.txt"
    second.write_text(render_text(replace(cited_document(), nummer=2001)), encoding="utf-8")
    return first, second


def test_jobs_queued_back_to_back_each_get_their_own_result(qtbot: object, tmp_path: Path) -> None:
    first, second = cited_files(tmp_path)
    library = Library(tmp_path / "lib.sqlite3")
    runner = ImportRunner(str(library.path))
    results: list[tuple[str, list[str]]] = []
    finished: list[ImportJob] = []
    runner.finished.connect(lambda _summary, job: finished.append(job))
    a = runner.submit(ImportJob([str(first)], on_done=lambda s: results.append(("a", s.added))))
    b = runner.submit(ImportJob([str(second)], on_done=lambda s: results.append(("b", s.added))))
    assert runner.busy and runner.pending == 1  # the second waits for the first
    qtbot.waitUntil(lambda: len(results) == 2, timeout=20_000)  # type: ignore[attr-defined]
    assert results == [("a", [CITED_ID]), ("b", [OTHER_ID])]
    assert finished == [a, b]
    assert not runner.busy
    library.close()


class Failing(ImportJob):
    def run(self, library_path: str, progress: Progress, cancel: threading.Event) -> ImportSummary:
        raise RuntimeError("kapot")


class Slow(ImportJob):
    """Waits until cancelled (or a few seconds), then says so."""

    def run(self, library_path: str, progress: Progress, cancel: threading.Event) -> ImportSummary:
        cancel.wait(10)
        return ImportSummary(total=1, cancelled=cancel.is_set())


def test_a_failing_job_keeps_its_continuation_and_the_queue_moves_on(qtbot: object, tmp_path: Path) -> None:
    first, _second = cited_files(tmp_path)
    runner = ImportRunner(str(tmp_path / "lib.sqlite3"))
    seen: list[ImportSummary] = []
    runner.submit(Failing(["x"], on_done=seen.append))
    runner.submit(ImportJob([str(first)], on_done=seen.append))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=20_000)  # type: ignore[attr-defined]
    assert seen[0].error == "RuntimeError: kapot"
    assert seen[1].added == [CITED_ID]


def test_cancel_tells_every_dropped_job(qtbot: object, tmp_path: Path) -> None:
    runner = ImportRunner(str(tmp_path / "lib.sqlite3"))
    seen: list[tuple[str, bool]] = []
    runner.submit(Slow(["a"], on_done=lambda s: seen.append(("running", s.cancelled))))
    runner.submit(ImportJob(["b"], on_done=lambda s: seen.append(("queued 1", s.cancelled))))
    runner.submit(ImportJob(["c"], on_done=lambda s: seen.append(("queued 2", s.cancelled))))
    runner.cancel()
    assert seen == [("queued 1", True), ("queued 2", True)]  # at once, in order
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=20_000)  # type: ignore[attr-defined]
    assert seen[2] == ("running", True)
    assert not runner.busy and runner.pending == 0


def test_two_cited_documents_added_back_to_back_each_open(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Add from a file" for two citations in a row: the second request arrives while the first import runs,
    and each opens (and announces) its own document when it is in."""
    first, second = cited_files(tmp_path)
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1819")
    answers = iter([[str(first)], [str(second)]])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (next(answers), "")))
    opened: list[tuple[str, str, str]] = []  # (id, the header's id, what assistive technology was told)
    window.document_opened.connect(
        lambda doc_id: opened.append((doc_id, window.header.ident.full_text(), window.last_announcement))
    )
    summaries: list[ImportSummary] = []
    window.import_finished.connect(summaries.append)
    window.imports.add_cited_file(CITED_ID)
    window.imports.add_cited_file(OTHER_ID)
    assert window.runner.pending == 1
    qtbot.waitUntil(lambda: len(summaries) == 2, timeout=20_000)  # type: ignore[attr-defined]
    assert opened == [(CITED_ID, CITED_ID, "Vraag 1 van 3"), (OTHER_ID, OTHER_ID, "Vraag 1 van 3")]
    assert window.doc_id == OTHER_ID
    window.go_back()  # each opened in place: Back goes through both
    assert window.doc_id == CITED_ID
    window.go_back()
    assert window.doc_id == "ah-tk-20242025-1819"


def test_a_cited_file_that_is_another_document_opens_nothing_else(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _first, second = cited_files(tmp_path)
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1819")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(second)], "")))
    with qtbot.waitSignal(window.import_finished, timeout=20_000):  # type: ignore[attr-defined]
        window.imports.add_cited_file(CITED_ID)  # the user picked the wrong file
    assert OTHER_ID in window.library  # type: ignore[operator]
    assert window.doc_id == "ah-tk-20242025-1819"  # the cited document is not there: stay


@dataclass
class FetchFirst(ImportJob):
    """A job that gets its file first (as fetching a cited document will), then imports it."""

    folder: Path = Path()

    def run(self, library_path: str, progress: Progress, cancel: threading.Event) -> ImportSummary:
        path = self.folder / "opgehaald.txt"
        path.write_text(render_text(cited_document()), encoding="utf-8")  # in the worker thread, no widget
        self.paths = [str(path)]
        return super().run(library_path, progress, cancel)


def test_a_job_of_its_own_kind_runs_the_window_way(qtbot: object, tmp_path: Path) -> None:
    """`submit_job`: the list is read again and failures reported before the job's continuation runs."""
    window = make_window(qtbot, library_with_samples())
    seen: list[int] = []

    def then(summary: ImportSummary) -> None:
        seen.append(window.library_panel.model.total())  # the list already has the new document
        window.open_document(summary.added[0])

    with qtbot.waitSignal(window.import_finished, timeout=20_000):  # type: ignore[attr-defined]
        window.imports.submit_job(FetchFirst([], on_done=then, folder=tmp_path))
    assert seen == [9]
    assert window.doc_id == CITED_ID
