"""Adding files to the library off the GUI thread, one job at a time, with progress and cancel in the status bar.

    runner.submit(ImportJob(paths, on_done=lambda summary: ...))

An `ImportJob` carries what to import and what to do with the result: `on_done(summary)` runs on the GUI thread
when the job is over, so two jobs queued back to back each get their own result and their own continuation.
`job.run(library_path, progress, cancel)` does the work in a `QThread`: the importer opens its own connection
there (WAL lets the window keep reading). Progress and the result come back as queued signals, so no widget is
ever touched from the worker. A job that needs more than an import (fetching a cited document first, say)
subclasses `ImportJob` and overrides `run`; it still returns an `ImportSummary`.

Cancel stops the running job after the file being read (what was stored stays) and drops the queued ones;
each dropped job still gets its `on_done`, with a summary marked cancelled, so no continuation is lost.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from reader.gui.i18n import tr

if TYPE_CHECKING:
    from reader.library import ImportSummary

Progress = Callable[[int, int, str], None]  # (files done, files in all, the file being read)


@dataclass
class ImportJob:
    """Files (and folders) to add to the library, and what to do with the summary afterwards."""

    paths: Sequence[str]
    on_done: Callable[[ImportSummary], object] | None = None
    label: str = field(default="")  # the status bar's text while it runs; "" = "Toevoegen aan de bibliotheek…"
    counting: str = field(default="")  # its progress, "%1" done of "%2"; "" = "Toevoegen: %1 van %2"

    def run(self, library_path: str, progress: Progress, cancel: threading.Event) -> ImportSummary:
        """The work, in the worker thread: nothing here may touch a widget."""
        from reader.library import Importer

        return Importer(library_path).run(list(self.paths), progress=progress, cancel=cancel)

    def finish(self, summary: ImportSummary) -> None:
        if self.on_done is not None:
            self.on_done(summary)

    def problem(self, summary: ImportSummary) -> str | None:
        """What went wrong, for the message bar, when the job says it its own way (None: the window's way)."""
        return None

    def status_text(self, summary: ImportSummary) -> str | None:
        """The status bar's line when the job is over (None: the window counts what was read)."""
        return None


def failed_summary(job: ImportJob, error: str | None = None, *, cancelled: bool = False) -> ImportSummary:
    """The summary of a job that did not run to its end (an exception, or dropped from the queue)."""
    from reader.library import ImportSummary

    return ImportSummary(total=len(job.paths), error=error, cancelled=cancelled)


class _Worker(QThread):
    progressed = Signal(int, int, str)
    done = Signal(object)  # ImportSummary

    def __init__(self, job: ImportJob, library_path: str, cancel: threading.Event) -> None:
        super().__init__()
        self.job = job
        self.library_path = library_path
        self.cancel = cancel

    def run(self) -> None:
        try:
            summary = self.job.run(self.library_path, self.progressed.emit, self.cancel)
        except Exception as exc:  # never let a worker die silently: the window shows it
            summary = failed_summary(self.job, f"{type(exc).__name__}: {exc}")
        self.done.emit(summary)


class ImportRunner(QObject):
    """Runs import jobs one at a time, in order; `finished(summary, job)` after each (the job's own `on_done`
    has run by then)."""

    started = Signal(object)  # the job
    progressed = Signal(int, int, str)
    finished = Signal(object, object)  # ImportSummary, ImportJob

    def __init__(self, library_path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library_path = library_path
        self._worker: _Worker | None = None
        self._cancel = threading.Event()
        self._queue: deque[ImportJob] = deque()
        self._current: ImportJob | None = None

    @property
    def busy(self) -> bool:
        return self._worker is not None

    @property
    def pending(self) -> int:
        """Jobs waiting for the running one to finish."""
        return len(self._queue)

    def submit(self, job: ImportJob) -> ImportJob:
        """Queue `job`; it starts at once when nothing else runs."""
        self._queue.append(job)
        if self._worker is None:
            self._next()
        return job

    def _next(self) -> None:
        if not self._queue:
            return
        job = self._queue.popleft()
        self._current = job
        self._cancel = threading.Event()
        worker = _Worker(job, self.library_path, self._cancel)
        worker.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        worker.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._worker = worker
        self.started.emit(job)
        worker.start()

    def _done(self, summary: ImportSummary) -> None:
        worker, job = self._worker, self._current
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        self._worker, self._current = None, None
        try:
            if job is not None:
                job.finish(summary)
                self.finished.emit(summary, job)
        finally:
            self._next()  # a failing continuation must not stall the queue

    def cancel(self, *, notify: bool = True) -> None:
        """Stop after the file being read (what was stored stays); the queued jobs are dropped, each told so
        (unless `notify` is False: the window is closing)."""
        self._cancel.set()
        dropped, self._queue = list(self._queue), deque()
        for job in dropped if notify else ():
            summary = failed_summary(job, cancelled=True)
            job.finish(summary)
            self.finished.emit(summary, job)

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the running job is over (when the window closes)."""
        if self._worker is None:
            return True
        return self._worker.wait(ms)


class ImportProgress(QWidget):
    """The status bar's part: "Toevoegen: 3 van 10", a bar, and a cancel button."""

    def __init__(self, runner: ImportRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_progress")
        self.runner = runner
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setMaximumWidth(160)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(tr("Voortgang van het toevoegen"))
        self.cancel_button = QToolButton(self)
        self.cancel_button.setObjectName("import_cancel")
        self.cancel_button.setText(tr("Annuleren"))
        self.cancel_button.setToolTip(tr("Stoppen met toevoegen; wat al is toegevoegd, blijft bewaard"))
        self.cancel_button.clicked.connect(lambda: runner.cancel())
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        runner.started.connect(self._started)
        runner.progressed.connect(self._progressed)
        runner.finished.connect(lambda *_a: self.setVisible(runner.busy))
        self._counting = ""
        self.hide()

    def _started(self, job: ImportJob) -> None:
        self._counting = job.counting or tr("Toevoegen: %1 van %2")
        self.label.setText(job.label or tr("Toevoegen aan de bibliotheek…"))
        self.bar.setRange(0, 0)
        self.show()

    def _progressed(self, done: int, total: int, _path: str) -> None:
        if total <= 0:
            return  # not counted yet: the bar keeps moving
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self._counting.replace("%1", str(done)).replace("%2", str(total)))
