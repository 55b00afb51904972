"""Adding files to the library from the window: File > Open, drag and drop, command-line arguments, files
forwarded by a second launch, the bundled samples, and "add from a file" for a cited document.

Every request is an `ImportJob` with its own continuation, run in the background by the `ImportRunner`
(import_runner.py). When a job is over the window first reports it (the list re-read, failures in the message
bar, a one-line summary in the status bar), then runs the job's continuation (open the first file, the cited
document, …), then emits `import_finished(summary)`. Paths that arrive before the library is open wait for it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from reader.gui.i18n import tr

if TYPE_CHECKING:
    from reader.gui.import_runner import ImportJob, ImportProgress, ImportRunner
    from reader.gui.main_window import MainWindow
    from reader.library import ImportSummary

OPEN_FILTER = "*.pdf *.xml *.html *.htm *.xhtml *.txt *.text *.md"
MAX_LISTED_FAILURES = 12
Then = Callable[["ImportSummary"], object]


def file_filter() -> str:
    return ";;".join([
        tr("Kamervragen (PDF, XML, HTML, tekst) (%1)").replace("%1", OPEN_FILTER),
        tr("Alle bestanden (*)"),
    ])  # fmt: skip


class ImportController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.waiting: list[str] = []  # paths that came before the library was open
        self._runner: ImportRunner | None = None
        self._progress: ImportProgress | None = None

    @property
    def runner(self) -> ImportRunner:
        """The runner and its progress in the status bar, made when the library is set (imports need it)."""
        if self._runner is None:
            from reader.gui.import_runner import ImportProgress, ImportRunner

            library = self.window.library
            assert library is not None, "imports need the library"
            self._runner = ImportRunner(str(library.path), self)
            self._progress = ImportProgress(self._runner, self.window)
            self.window.statusBar().insertPermanentWidget(0, self._progress)
        return self._runner

    @property
    def progress(self) -> ImportProgress:
        self.runner  # noqa: B018 - made together
        assert self._progress is not None
        return self._progress

    @property
    def busy(self) -> bool:
        return self._runner is not None and self._runner.busy

    # ---- requests ----------------------------------------------------------------------------------------------
    def submit(self, paths: list[str], then: Then | None = None, label: str = "") -> ImportJob:
        """Import `paths` in the background; report, then run `then(summary)` (default: open the first file)."""
        from reader.gui.import_runner import ImportJob

        return self.submit_job(ImportJob(paths, then or self.open_first, label))

    def submit_job(self, job: ImportJob) -> ImportJob:
        """Run any job (an `ImportJob` subclass that fetches first, say) the window's way: when it is over, the
        report, then the job's own `on_done`, then `import_finished`."""
        then = job.on_done
        job.on_done = self._after(then if then is not None else (lambda _summary: None), job)
        return self.runner.submit(job)

    def open_paths(self, paths: list[str]) -> None:
        """Add files (and folders) to the library and open the first one."""
        paths = [os.path.abspath(p) for p in paths if p]
        if self.window.library is None:  # the library is being opened: these come next
            self.waiting += paths
            return
        if not paths:
            self.window.activateWindow()
            return
        self.submit(paths)
        self.window.record_status(paths)

    def library_ready(self) -> None:
        if self.waiting:
            waiting, self.waiting = self.waiting, []
            self.open_paths(waiting)

    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _filter = QFileDialog.getOpenFileNames(self.window, tr("Kamervragen openen"), "", file_filter())
        if paths:
            self.open_paths(paths)

    def add_samples(self) -> None:
        """The bundled fictional documents (reader.resources/samples); the first listed opens if none is open."""
        from importlib import resources

        try:
            folder = resources.files("reader.resources") / "samples"
            with resources.as_file(folder) as path:
                self.submit([str(path)], self.open_first_listed)
        except (ModuleNotFoundError, FileNotFoundError):
            bar = self.window.message_bar
            bar.show_message(tr("De voorbeelddocumenten zijn niet gevonden."), bar.WARNING)

    def add_cited_file(self, doc_id: str) -> None:
        """ "Toevoegen uit een bestand" for a citation not in the library: the file is added and, when it is
        the cited document, opened in place."""
        from PySide6.QtWidgets import QFileDialog

        paths, _filter = QFileDialog.getOpenFileNames(
            self.window, tr("Bestand van %1 kiezen").replace("%1", doc_id), "", file_filter()
        )
        if paths:
            self.submit(paths, self.open_cited(doc_id))

    def import_now(self, paths: list[str], then: Then | None = None) -> ImportSummary:
        """The same as `submit`, in this thread (for --screenshot, which must not wait on events)."""
        from reader.library import Importer

        library = self.window.library
        assert library is not None
        summary = Importer(library).run([os.path.abspath(p) for p in paths])
        self._after(then or self.open_first)(summary)
        return summary

    # ---- continuations ----------------------------------------------------------------------------------------
    def open_first(self, summary: ImportSummary) -> None:
        """Open the first file read; when none was, resolve the open document's citations again."""
        read = summary.added + summary.updated + summary.unchanged
        if read:
            self.window.open_document(read[0], focus=True)
        else:
            self.window.navigator.refresh_notes()

    def open_first_listed(self, _summary: ImportSummary | None = None) -> None:
        """When nothing is open yet, the first answered set of the list (the samples: not the overdue open
        questions that stand at the top), else the document at the top."""
        w = self.window
        if w.doc is None:
            first = w.library_panel.first_answered()
            if first:
                w.open_document(first, focus=True)

    def open_cited(self, doc_id: str) -> Then:
        """Open `doc_id` when it has arrived; else show what the sidebar resolves now."""

        def then(_summary: ImportSummary) -> None:
            library = self.window.library
            if library is not None and doc_id in library:
                self.window.open_document(doc_id, focus=True)
            else:
                self.window.navigator.refresh_notes()

        return then

    # ---- reporting ----------------------------------------------------------------------------------------------
    def _after(self, then: Then, job: ImportJob | None = None) -> Callable[[ImportSummary], None]:
        def done(summary: ImportSummary) -> None:
            self.report(summary, job)
            then(summary)
            status = job.status_text(summary) if job is not None else None
            self.window.statusBar().showMessage(status or self.summary_message(summary), 8000 if status else 5000)
            self.window.import_finished.emit(summary)

        return done

    def summary_message(self, summary: ImportSummary) -> str:
        """The status bar's line when a job is over: "Geopend: <subject>" when one file was read and is open;
        else what happened, counted in words ("3 documenten: 2 toegevoegd, 1 ongewijzigd")."""
        from reader.gui import safety

        w = self.window
        read = summary.added + summary.updated + summary.unchanged
        opened = ""
        if w.doc is not None and w.doc_id in read:
            subject = safety.clean(w.doc.subject or w.doc.title or w.doc_id or "")
            opened = tr("Geopend: %1").replace("%1", subject[:1].upper() + subject[1:])
            if len(read) == 1 and not summary.failed:
                return opened
        counts = [
            (summary.added, tr("%n toegevoegd", None, len(summary.added))),
            (summary.updated, tr("%n bijgewerkt", None, len(summary.updated))),
            (summary.unchanged, tr("%n ongewijzigd", None, len(summary.unchanged))),
            (summary.failed, tr("%n mislukt", None, len(summary.failed))),
        ]
        total = len(read) + len(summary.failed)
        text = tr("%n documenten: %1", None, total).replace("%1", ", ".join(t for items, t in counts if items))
        if not total:
            text = tr("Geen documenten gelezen")
        return f"{text} · {opened}" if opened else text

    def report(self, summary: ImportSummary, job: ImportJob | None = None) -> None:
        """The list read again; what went wrong in the message bar; the counts in the status bar."""
        w = self.window
        w.library_panel.refresh()
        bar = w.message_bar
        problem = job.problem(summary) if job is not None else None
        if problem:
            bar.show_message(problem, bar.ERROR)
        elif summary.error:
            bar.show_message(tr("Het toevoegen is gestopt: %1").replace("%1", summary.error), bar.ERROR)
        elif summary.failed:
            n = len(summary.failed)
            text = (
                tr("Eén bestand kon niet worden gelezen.")
                if n == 1
                else tr("%n bestanden konden niet worden gelezen.", None, n)
            )
            details = "\n".join(f.message() for f in summary.failed[:MAX_LISTED_FAILURES])
            if n > MAX_LISTED_FAILURES:
                details += "\n" + tr("en nog %n andere", None, n - MAX_LISTED_FAILURES)
            bar.show_message(text, bar.ERROR, details)
        elif summary.cancelled:
            bar.show_message(tr("Toevoegen geannuleerd. Wat al was toegevoegd, blijft in de bibliotheek."), bar.INFO)

    def close(self) -> None:
        """Stop the running job and drop the queued ones (the window closes: no continuation runs)."""
        if self._runner is not None:
            self._runner.cancel(notify=False)
            self._runner.wait()
