"""The official sources in the window: "Ophalen" on a citation, "Alle ontbrekende ophalen", opening a result of
the online search, "Bijwerken", the watch list, and the offline setting.

Nothing is fetched unless the reader asks for it (a button, a command) or switched on the watch list's check at
start (`settings.SOURCES_WATCH`); with `settings.SOURCES_OFFLINE` nothing is fetched at all, and every request
says so in the status bar. The work runs as background jobs (source_jobs.py) in the import queue: progress and
Annuleren in the status bar; a network error is one clear message (the message bar and the status bar), and the
window carries on. A fetched citation opens in place (the place left goes into the history, so Back returns).
When a watched question is answered, the answer is fetched, the watch list marks it ("nieuw" for this
session) and the reader is told: the desktop's notification where there is one (QSystemTrayIcon), the status
bar always.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.gui import settings as S
from reader.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSystemTrayIcon

    from reader.gui.main_window import MainWindow
    from reader.gui.source_dialogs import WatchDialog
    from reader.gui.source_jobs import CheckJob, FetchJob, SourceJob, UpdateJob
    from reader.library.watch import Watched
    from reader.sources import SourceSettings

ANNOUNCE_MS = 20_000  # how long an announcement stays in the status bar


class SourcesController(QObject):
    watch_changed = Signal()  # the watch list changed (followed, removed, checked): its dialog reads it again
    announced = Signal(str)  # the reader was told that followed questions changed

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.fresh: set[str] = set()  # zaken whose state changed in this session: marked "nieuw" in the list
        self.announcements: list[str] = []
        self._tray: QSystemTrayIcon | None = None
        self._dialog: WatchDialog | None = None
        # read once: the window's state asks for them after every change
        self._offline = window.settings.get(S.SOURCES_OFFLINE)
        self._check_at_start = window.settings.get(S.SOURCES_WATCH)
        self.unfinished_update = ""  # what the window said at start about an update left unfinished

    # ---- settings ----------------------------------------------------------------------------------------------
    @property
    def offline(self) -> bool:
        return self._offline

    def set_offline(self, on: bool) -> None:
        self._offline = on
        self.window.settings.set(S.SOURCES_OFFLINE, on)
        self.window.settings.sync()
        self.window.update_commands()
        self.window.statusBar().showMessage(
            tr("Offline: er wordt niets opgehaald.") if on else tr("Ophalen bij de officiële bronnen staat aan."),
            5000,
        )

    @property
    def check_at_start(self) -> bool:
        return self._check_at_start

    def set_check_at_start(self, on: bool) -> None:
        self._check_at_start = on
        self.window.settings.set(S.SOURCES_WATCH, on)
        self.window.settings.sync()
        self.window.update_commands()
        self.watch_changed.emit()

    def source_settings(self) -> SourceSettings:
        """The [sources] settings as the sources package reads them (rate, timeout), with the window's choices."""
        from dataclasses import replace

        from reader.sources import SourceSettings

        settings = self.window.settings
        settings.sync()
        loaded = SourceSettings.load(settings.folder / "settings.ini")
        return replace(loaded, offline=self.offline, watch=self.check_at_start)

    def refused(self) -> bool:
        """True (and the reader told why) when fetching is switched off."""
        if not self.offline:
            return False
        from reader.gui.source_jobs import offline_text

        self.window.statusBar().showMessage(offline_text(), 8000)
        return True

    def _submit(self, job: SourceJob) -> SourceJob:
        job.settings = self.source_settings()
        self.window.imports.submit_job(job)
        return job

    # ---- fetching ----------------------------------------------------------------------------------------------
    def fetch_citation(self, doc_id: str) -> FetchJob | None:
        """ "Ophalen" on a citation: fetch, store and open it in place (Back returns to the citing document)."""
        if self.refused():
            return None
        from reader.gui.source_jobs import FetchJob

        job = FetchJob([], ids=[doc_id], label=tr("%1 ophalen…").replace("%1", doc_id))
        job.on_done = lambda _summary: self._open_fetched(doc_id)
        return self._submit(job)  # type: ignore[return-value]

    def fetch_missing(self, ids: list[str] | None = None) -> FetchJob | None:
        """ "Alle ontbrekende ophalen": every cited document of the open document that the library lacks."""
        if ids is None:
            ids = self.window.notes.missing_ids() if self.window.doc is not None else []
        if not ids:
            self.window.statusBar().showMessage(tr("Alle aangehaalde Kamervragen staan al in uw bibliotheek."), 4000)
            return None
        if self.refused():
            return None
        from reader.gui.source_jobs import FetchJob

        job = FetchJob([], ids=list(ids), on_done=lambda _summary: self.window.navigator.refresh_notes())
        return self._submit(job)  # type: ignore[return-value]

    def open_result(self, doc_id: str) -> FetchJob | None:
        """Enter on a result of the online search: open it, fetched and stored first when it is not there yet."""
        library = self.window.library
        if library is not None and doc_id in library:
            self.window.open_document(doc_id, focus=True)
            return None
        if self.refused():
            return None
        from reader.gui.source_jobs import FetchJob

        job = FetchJob([], ids=[doc_id], label=tr("%1 ophalen…").replace("%1", doc_id))
        job.on_done = lambda _summary: self._open_fetched(doc_id, from_search=True)
        return self._submit(job)  # type: ignore[return-value]

    def _open_fetched(self, doc_id: str, *, from_search: bool = False) -> None:
        library = self.window.library
        if library is not None and doc_id in library:
            self.window.open_document(doc_id, focus=True)
            if from_search:
                self.window.library_panel.online.mark_in_library(doc_id)
        else:
            self.window.navigator.refresh_notes()

    def search_online(self, text: str) -> None:
        """Enter in the search field with the "Officiële bekendmakingen" scope."""
        library = self.window.library
        if library is not None:
            self.window.library_panel.online.search(text, str(library.path), self.source_settings())

    # ---- Bijwerken ---------------------------------------------------------------------------------------------
    def needs_since(self) -> bool:
        """No update was ever made (nor one left unfinished): the reader chooses where to start."""
        from reader.library.watch import UpdateState

        library = self.window.library
        if library is None:
            return True
        state = UpdateState(library)
        return state.last_update() is None and state.running() is None

    def update(self, since: date | None = None) -> UpdateJob | None:
        """Fetch every answered set published since `since` (None: since the last update, or where an
        unfinished one stopped)."""
        if self.refused():
            return None
        from reader.gui.source_jobs import UpdateJob

        job = UpdateJob([], since=since)
        job.on_done = lambda _summary: self.window.navigator.refresh_notes()
        return self._submit(job)  # type: ignore[return-value]

    def ask_update(self, choose: bool = False) -> UpdateJob | None:
        """The command: since the last update; the reader picks a day first when there was none (or `choose`)."""
        if self.refused():
            return None
        if not choose and not self.needs_since():
            return self.update()
        from reader.gui.source_dialogs import ask_since

        since = ask_since(self.window)
        return self.update(since) if since is not None else None

    # ---- the watch list ----------------------------------------------------------------------------------------
    def follow(self, text: str) -> str | None:
        """Follow questions (a zaak number, kv-tk-…, or the id of questions in the library); None when that
        worked, else why not. Fetches nothing."""
        from reader.sources.watching import watch

        library = self.window.library
        if library is None:
            return tr("De bibliotheek is niet open.")
        (added,) = watch(library, [text.strip()])
        if added.error is not None or added.zaak is None:
            return tr("'%1' is geen zaaknummer (zoals 2024Z12345) of document met vragen en een zaaknummer.").replace(
                "%1", text.strip()
            )
        message = (tr("%1 wordt nu gevolgd.") if added.new else tr("%1 werd al gevolgd.")).replace("%1", added.zaak)
        self.window.statusBar().showMessage(message, 5000)
        self.watch_changed.emit()
        return None

    def follow_current(self) -> None:
        """The open document's questions (a `vragen` document with a zaak number)."""
        w = self.window
        doc = w.doc
        if doc is None or not doc.zaak or w.doc_id is None:
            w.statusBar().showMessage(
                tr("Dit document heeft geen zaaknummer; typ het zaaknummer in de volglijst."), 6000
            )
            return
        self.follow(w.doc_id)

    def unfollow(self, zaak: str) -> None:
        from reader.library.watch import WatchList

        library = self.window.library
        if library is not None and WatchList(library).remove(zaak):
            self.fresh.discard(zaak)
            self.window.statusBar().showMessage(tr("%1 wordt niet meer gevolgd.").replace("%1", zaak), 5000)
            self.watch_changed.emit()

    def check(self, *, quiet: bool = False) -> CheckJob | None:
        """Ask the sources about every followed question not settled yet."""
        if quiet and self.offline:
            return None
        if self.refused():
            return None
        from reader.gui.source_jobs import CheckJob

        job = CheckJob([], quiet=quiet)
        job.on_done = lambda _summary: self._checked(job)
        return self._submit(job)  # type: ignore[return-value]

    def library_ready(self) -> None:
        """At start: say that an update was left unfinished (a crash, a closed laptop) and how it goes on; check
        the watch list when the reader switched that on and it has questions to ask about."""
        if self.window.library is None:
            return
        from reader.library.watch import UpdateState, WatchList

        running = UpdateState(self.window.library).running()
        if running is not None:
            from reader.presentation.dates import format_date

            since = format_date(running.since)
            self.unfinished_update = tr(
                "Het bijwerken vanaf %1 is niet afgemaakt; Bibliotheek › Bijwerken gaat verder waar het stopte."
            ).replace("%1", since)
            self.window.statusBar().showMessage(self.unfinished_update, ANNOUNCE_MS)
        if not self.check_at_start or self.offline:
            return
        if any(not w.done for w in WatchList(self.window.library).entries()):
            self.check(quiet=True)

    def _checked(self, job: CheckJob) -> None:
        """A check is over: tell the reader what changed (and mark it told), refresh what shows it."""
        from reader.library.watch import WatchList

        library = self.window.library
        if library is None:
            return
        watchlist = WatchList(library)
        news = watchlist.unseen()
        if news:
            self.fresh.update(w.zaak for w in news)
            job.announcement = news_text(news)
            self.announce(job.announcement)
            watchlist.mark_seen()
        self.window.navigator.refresh_notes()
        self.watch_changed.emit()

    def announce(self, text: str) -> None:
        """The desktop's notification where there is one; the status bar always."""
        from PySide6.QtWidgets import QSystemTrayIcon

        self.announcements.append(text)
        self.window.statusBar().showMessage(text, ANNOUNCE_MS)
        if QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages():
            if self._tray is None:
                self._tray = QSystemTrayIcon(self.window.windowIcon(), self)
                self._tray.setToolTip(self.window.windowTitle())
                self._tray.messageClicked.connect(self.show_watch_list)
            self._tray.show()
            self._tray.showMessage(tr("Kamervragen Reader — volglijst"), text)
        self.announced.emit(text)

    def show_watch_list(self) -> WatchDialog:
        if self._dialog is None:
            from reader.gui.source_dialogs import WatchDialog

            self._dialog = WatchDialog(self)
        self._dialog.refresh()
        self._dialog.show()
        self._dialog.raise_()
        self._dialog.activateWindow()
        return self._dialog

    @property
    def watch_dialog(self) -> WatchDialog | None:
        return self._dialog


def news_text(news: list[Watched]) -> str:
    """ "Beantwoord: 2024Z12345 (ah-tk-…)" for each followed question whose state changed."""
    parts = []
    for w in news:
        name = state_name(w.state)
        part = f"{name[:1].upper() + name[1:]}: {w.zaak}"
        if w.answer_id and w.state == "answered":
            part += f" ({w.answer_id})"
        parts.append(part)
    return tr("Volglijst: %1").replace("%1", "; ".join(parts))


def state_name(state: str) -> str:
    return {
        "answered": tr("beantwoord"),
        "postponed": tr("uitgesteld"),
        "withdrawn": tr("ingetrokken"),
        "open": tr("nog open"),
        "unknown": tr("onbekend bij de Tweede Kamer"),
        "failed": tr("niet na te gaan"),
    }.get(state, state)
