"""The official sources' operations as the window's background jobs: fetching cited documents, updating the
library, checking the watch list. Each is an `ImportJob` (import_runner.py), so it runs in the same queue as
file imports, off the GUI thread, with the status bar's progress and cancel, and reports the window's way.

    job = FetchJob(ids=["ah-tk-20182019-1989"], settings=source_settings, on_done=then)
    window.imports.submit_job(job)            # later, on the GUI thread: job.report, job.error, then(summary)

`run` works in the worker thread: it opens its own connection to the library there and builds a `Sources`
whose cancel token is the runner's cancel event, so Annuleren stops the work at the next chunk, wait or request
(what was stored stays stored; an update goes on from there the next time). What the operation reported is kept
on the job (`report`), and a `SourceError` that stopped it before it began (`error`); the `ImportSummary` the
runner passes on lists what was stored, so the list is read again and the counts are right.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from reader.core.cancel import CancelToken
from reader.gui.i18n import tr
from reader.gui.import_runner import ImportJob, Progress

if TYPE_CHECKING:
    from reader.library import ImportSummary, Library
    from reader.sources import FetchReport, SourceError, Sources, SourceSettings, UpdateReport, WatchReport
    from reader.sources.progress import Progress as StepProgress


class EventToken(CancelToken):
    """A `CancelToken` on the runner's cancel event (the worker is stopped by setting that event)."""

    def __init__(self, event: threading.Event) -> None:
        self._event = event


def stopped_text(error: SourceError) -> str:
    """One clear sentence for an error that stopped an operation (no connection, fetching switched off)."""
    from reader.sources import Offline

    if isinstance(error, Offline):
        return offline_text()
    return str(error)


def offline_text() -> str:
    return tr("Ophalen staat uit (Bibliotheek › Offline werken). Er is niets opgehaald.")


@dataclass
class SourceJob(ImportJob):
    """What the three jobs share: the worker's library and sources, the error that stopped the work."""

    settings: SourceSettings | None = None
    error: SourceError | None = field(default=None, init=False)

    def run(self, library_path: str, progress: Progress, cancel: threading.Event) -> ImportSummary:
        from reader.library import ImportSummary, Library
        from reader.sources import SourceError, Sources

        summary = ImportSummary()
        try:
            sources = Sources(self.settings, cancel=EventToken(cancel))
            with Library(library_path) as library:
                self.work(sources, library, lambda step: progress(step.done, step.total, step.id), summary)
        except SourceError as exc:
            self.error = exc
        summary.cancelled = summary.cancelled or cancel.is_set()
        return summary

    def work(self, sources: Sources, library: Library, progress: StepProgress, summary: ImportSummary) -> None:
        raise NotImplementedError

    def stop_reason(self) -> SourceError | None:
        """The error that stopped the work (before it began, or part way: no connection, offline)."""
        report = getattr(self, "report", None)
        stopped = getattr(report, "stopped", None)
        return self.error or stopped

    def problem(self, summary: ImportSummary) -> str | None:
        reason = self.stop_reason()
        return stopped_text(reason) if reason is not None else None


@dataclass
class FetchJob(SourceJob):
    """Fetch documents by id (a citation's "Ophalen", "Alle ontbrekende ophalen", a search result)."""

    ids: list[str] = field(default_factory=list)
    report: FetchReport | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.label = self.label or tr("Ophalen bij de officiële bronnen…")
        self.counting = self.counting or tr("Ophalen: %1 van %2")

    def work(self, sources: Sources, library: Library, progress: StepProgress, summary: ImportSummary) -> None:
        from reader.sources import fetch

        self.report = report = fetch(sources, library, list(self.ids), progress=progress)
        summary.total = len(self.ids)
        summary.cancelled = report.cancelled
        for outcome in report.outcomes:
            if outcome.outcome == "added" and outcome.stored_id:
                summary.added.append(outcome.stored_id)
            elif outcome.outcome == "updated" and outcome.stored_id:
                summary.updated.append(outcome.stored_id)
            elif outcome.ok and outcome.stored_id:
                summary.unchanged.append(outcome.stored_id)

    def failures(self) -> list[str]:
        """One line per document that could not be fetched: "ah-tk-…: niet gevonden bij de officiële bronnen"."""
        if self.report is None:
            return []
        return [f"{o.asked}: {o.error}" for o in self.report.outcomes if not o.ok and o.error is not None]

    def problem(self, summary: ImportSummary) -> str | None:
        stopped = super().problem(summary)
        if stopped:
            return stopped
        failed = self.failures()
        if failed:
            return tr("Niet opgehaald: %1").replace("%1", "; ".join(failed[:5]))
        return None

    def status_text(self, summary: ImportSummary) -> str | None:
        if self.stop_reason() is not None:
            return tr("Ophalen mislukt.")
        if summary.cancelled:
            return tr("Ophalen geannuleerd; wat al was opgeslagen, blijft bewaard.")
        n = len(summary.added) + len(summary.updated)
        if n:
            return tr("%n documenten opgehaald en opgeslagen", None, n)
        if self.report is not None and self.report.outcomes and self.report.ok:
            return tr("Staat al in de bibliotheek.")
        return None


@dataclass
class UpdateJob(SourceJob):
    """Bijwerken: every answered set published since the last update (or `since`)."""

    since: date | None = None
    report: UpdateReport | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.label = self.label or tr("Bijwerken: de lijst opvragen…")
        self.counting = self.counting or tr("Bijwerken: %1 van %2")

    def work(self, sources: Sources, library: Library, progress: StepProgress, summary: ImportSummary) -> None:
        from reader.sources import update

        self.report = report = update(sources, library, since=self.since, progress=progress)
        summary.added.extend(report.added)
        summary.updated.extend(report.updated)
        summary.total = report.listed
        summary.cancelled = report.cancelled

    def status_text(self, summary: ImportSummary) -> str | None:
        report = self.report
        if report is None:
            return tr("Bijwerken mislukt.")
        counts = (
            tr("%n nieuw", None, len(report.added))
            + ", "
            + tr("%n aangevuld", None, len(report.updated))
            + ", "
            + tr("%n al in de bibliotheek", None, report.present)
        )
        if report.failed:
            counts += ", " + tr("%n mislukt", None, len(report.failed))
        if not report.complete:
            return tr("Bijwerken onderbroken (%1); de volgende keer gaat het verder waar het bleef.").replace(
                "%1", counts
            )
        return tr("Bijgewerkt: %1").replace("%1", counts)

    def problem(self, summary: ImportSummary) -> str | None:
        stopped = super().problem(summary)
        if stopped:
            return stopped
        if self.report is not None and self.report.failed:
            lines = [f"{doc_id}: {error}" for doc_id, error in self.report.failed[:5]]
            return tr("Niet opgehaald: %1").replace("%1", "; ".join(lines))
        return None


@dataclass
class CheckJob(SourceJob):
    """The watch list checked: has a followed question been answered? An answer found is fetched and stored."""

    zaken: list[str] | None = None
    quiet: bool = False  # the check at start: a network error goes to the status bar only
    report: WatchReport | None = field(default=None, init=False)
    announcement: str = field(default="", init=False)  # what the window told the reader (sources_ui.py)

    def __post_init__(self) -> None:
        self.label = self.label or tr("Volglijst controleren…")
        self.counting = self.counting or tr("Volglijst: %1 van %2")

    def work(self, sources: Sources, library: Library, progress: StepProgress, summary: ImportSummary) -> None:
        from reader.sources import check

        self.report = report = check(sources, library, progress=progress, zaken=self.zaken)
        summary.cancelled = report.cancelled
        for c in report.checks:
            if c.stored and c.answer_id:
                summary.added.append(c.answer_id)

    def problem(self, summary: ImportSummary) -> str | None:
        return None if self.quiet else super().problem(summary)

    def status_text(self, summary: ImportSummary) -> str | None:
        reason = self.stop_reason()
        if reason is not None:
            return tr("Volglijst niet gecontroleerd: %1").replace("%1", stopped_text(reason))
        if self.report is None:
            return None
        if self.announcement:
            return self.announcement
        return tr("Volglijst gecontroleerd: niets nieuws.")
