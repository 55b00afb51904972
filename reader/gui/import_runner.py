"""Adding files to the library off the GUI thread, with progress and cancel in the status bar.

`ImportRunner.start(paths)` runs `Importer.run` in a `QThread` (the importer opens its own connection there;
WAL lets the window keep reading). Progress and the result come back as queued signals, so no widget is ever
touched from the worker. Requests made while an import runs are queued and run next.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from reader.gui.i18n import tr
from reader.library import Importer, ImportSummary, Library


class _Worker(QThread):
    progressed = Signal(int, int, str)
    done = Signal(object)  # ImportSummary

    def __init__(self, library_path: str, paths: list[str], cancel: threading.Event) -> None:
        super().__init__()
        self.library_path = library_path
        self.paths = paths
        self.cancel = cancel

    def run(self) -> None:
        try:
            summary = Importer(self.library_path).run(
                self.paths, progress=lambda done, total, path: self.progressed.emit(done, total, path),
                cancel=self.cancel,
            )  # fmt: skip
        except Exception as exc:  # never let a worker die silently: the window shows it
            summary = ImportSummary(total=len(self.paths), error=f"{type(exc).__name__}: {exc}")
        self.done.emit(summary)


class ImportRunner(QObject):
    """Runs one import at a time; `finished(summary, paths, tag)` after each."""

    started = Signal()
    progressed = Signal(int, int, str)
    finished = Signal(object, list, str)

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._worker: _Worker | None = None
        self._cancel = threading.Event()
        self._queue: list[tuple[list[str], str]] = []
        self._current: tuple[list[str], str] = ([], "")

    @property
    def busy(self) -> bool:
        return self._worker is not None

    def start(self, paths: Sequence[str], tag: str = "open") -> None:
        """Import `paths`; `tag` comes back with the result (what the window should do next)."""
        self._queue.append((list(paths), tag))
        if self._worker is None:
            self._next()

    def _next(self) -> None:
        if not self._queue:
            return
        paths, tag = self._queue.pop(0)
        self._current = (paths, tag)
        self._cancel = threading.Event()
        worker = _Worker(str(self.library.path), paths, self._cancel)
        worker.progressed.connect(self.progressed, Qt.ConnectionType.QueuedConnection)
        worker.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self._worker = worker
        self.started.emit()
        worker.start()

    def _done(self, summary: ImportSummary) -> None:
        worker = self._worker
        if worker is not None:
            worker.wait()
            worker.deleteLater()
        self._worker = None
        paths, tag = self._current
        self.finished.emit(summary, paths, tag)
        self._next()

    def cancel(self) -> None:
        """Stop after the file being read (what was stored stays), and drop queued imports."""
        self._queue.clear()
        self._cancel.set()

    def wait(self, ms: int = 30_000) -> bool:
        """Block until the running import is over (when the window closes)."""
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
        self.cancel_button.clicked.connect(runner.cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        runner.started.connect(self._started)
        runner.progressed.connect(self._progressed)
        runner.finished.connect(lambda *_a: self.setVisible(runner.busy))
        self.hide()

    def _started(self) -> None:
        self.label.setText(tr("Toevoegen aan de bibliotheek…"))
        self.bar.setRange(0, 0)
        self.show()

    def _progressed(self, done: int, total: int, _path: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(tr("Toevoegen: %1 van %2").replace("%1", str(done)).replace("%2", str(total)))
