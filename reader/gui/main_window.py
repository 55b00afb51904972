"""The application window, complete when constructed: the document list, the reading area (the reading pane
with its header, the source view, the find bar), the footnote sidebar, menus, tool bar and status bar.

What lives where:
- actions.py: every command, declared once (key, menu place, when it is enabled); commands.py: its handler;
- window_layout.py: the splitter, the dock, the tool bar; reading_area.py: the centre;
- navigation.py: opening documents, Back/Forward, moving between pairs, the position in the status bar;
- imports.py: adding files (open, drop, samples, a cited document) as background jobs (import_runner.py);
- sources_ui.py: the official sources (Ophalen, the online search, Bijwerken, the watch list), as jobs of the
  same queue (source_jobs.py);
- session.py: where the reader left the window; focus.py: F6 and where the keyboard goes;
- window_dialogs.py: the shortcut overview and editor, About, the language;
- the rules the window shows (counting questions, the postponed rule) are core's: reader.core.rules.

A start shows the window before the library is open: `MainWindow(None, settings)` is shown, and
`set_library(library)` follows right after the first frame (or the constructor does it when given a
library). Until then the commands that need the library are disabled (their `enabled_when`) and files asked
for wait. The parts that show data are made when first needed — the list and the sidebar's content with the
library, the reading pane with the first document, the source view with its tab — and every part is reachable
as an attribute at any time (a property makes it), so there is no second step to forget.

`open_paths(paths)` is the one entry for files (File > Open, drag and drop, command-line arguments, and a
second launch forwarded by the single-instance service).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMainWindow, QWidget

from reader import APP_NAME
from reader.gui import settings as S
from reader.gui import window_layout as layout
from reader.gui.action_registry import ActionRegistry
from reader.gui.actions import Scope, WindowState, enabled_ids
from reader.gui.commands import PRINT_COMMANDS, Commands
from reader.gui.finding import Finder
from reader.gui.focus import Focus
from reader.gui.imports import ImportController, Then
from reader.gui.navigation import Navigator
from reader.gui.reading_area import DocumentView, ReadingArea
from reader.gui.responsive import Responsive
from reader.gui.session import Session
from reader.gui.session import open_first_start as open_first_start
from reader.gui.side_by_side import SideBySide
from reader.gui.sources_ui import SourcesController
from reader.gui.window_dialogs import LANGUAGES, WindowDialogs

if TYPE_CHECKING:
    from datetime import date

    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
    from PySide6.QtWidgets import QMessageBox, QTabWidget

    from reader.core.model import Document
    from reader.gui.document_header import DocumentHeader
    from reader.gui.find_bar import FindBar
    from reader.gui.import_runner import ImportProgress, ImportRunner
    from reader.gui.library_panel import LibraryPanel
    from reader.gui.message_bar import MessageBar
    from reader.gui.notes_panel import NotesPanel
    from reader.gui.overview import OverviewWindow
    from reader.gui.reading_pane import ReadingPane
    from reader.gui.shortcuts_dialog import ShortcutOverview, ShortcutsEditor
    from reader.gui.source_view import SourceView
    from reader.library import ImportSummary, Library, Row


class MainWindow(QMainWindow):
    document_opened = Signal(str)
    import_finished = Signal(object)  # ImportSummary, after the import's own continuation ran

    FRAME_COMMANDS = enabled_ids(WindowState())  # what works before the library is open
    _printing = PRINT_COMMANDS  # the print commands (reader.printing.dialogs, loaded on first use)

    def __init__(
        self,
        library: Library | None,
        settings: S.Settings,
        *,
        restore: bool = True,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """The window on `library`, or (None) on the library that `set_library` brings next. `restore`: where
        the reader left it (settings); `today`: a fixed date for "overdue" (tests, screenshots)."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.settings = settings
        self.library: Library | None = None
        self.today = today
        self.registry = ActionRegistry(self, settings.shortcut_overrides())
        self.actions_ = self.registry.actions
        self.menus = self.registry.build_menus(self.menuBar())
        self.toolbar = layout.tool_bar(self, self.registry)
        self.position = layout.position_label(self)
        self.notes_dock = layout.sidebar_dock(self)
        self.reading_area = ReadingArea(self.actions_["previous_pair"], self.actions_["next_pair"], self._wire, self)
        self.splitter = layout.splitter(self, self.reading_area)
        self._language_group = QActionGroup(self)
        for lang in LANGUAGES:
            self._language_group.addAction(self.actions_[f"language_{lang}"])
        self._library_panel: LibraryPanel | None = None
        self._notes: NotesPanel | None = None
        self._answer_overview: OverviewWindow | None = None

        self.navigator = Navigator(self)
        self.imports = ImportController(self)
        self.focus = Focus(self)
        self.side = SideBySide(self)
        self.responsive = Responsive(self)
        self.finder = Finder(self)
        self.dialogs = WindowDialogs(self)
        self.sources = SourcesController(self)
        self.session = Session(self, restore)
        self.registry.bind(Commands(self))
        self.dialogs.check_language()
        self.notes_dock.visibilityChanged.connect(lambda _v: self.update_commands())
        self.responsive.list_wanted = settings.get(S.LIST_VISIBLE) if restore else True
        self.resize(layout.default_size())
        self.session.restore_frame()
        self.responsive.sidebar_wanted = not self.notes_dock.isHidden()  # as restored
        self.update_commands()
        if library is not None:
            self.set_library(library)

    # ---- the library ---------------------------------------------------------------------------------------------
    def set_library(self, library: Library) -> None:
        """Show `library`: the list's first page and the sidebar; then the files that waited for it."""
        self.library = library
        self.setUpdatesEnabled(False)
        self.library_panel.start()
        self.reading_area.show_placeholder()
        self.notes  # noqa: B018 - the sidebar's content, in the dock before it is seen
        self.imports.progress  # noqa: B018 - its place in the status bar (which sets the bar's height)
        self.setUpdatesEnabled(True)
        self.responsive.update_layout()  # the list and the sidebar exist now: fold them if the window is narrow
        self.update_commands()
        self.focus.reading()  # before the window is activated: Qt would give the search field the keyboard
        self.imports.library_ready()
        self.sources.library_ready()

    @property
    def has_list(self) -> bool:
        return self._library_panel is not None

    @property
    def library_panel(self) -> LibraryPanel:
        """The search field, the filters and the list (made with the library, which it lists)."""
        if self._library_panel is None:
            from reader.gui.library_panel import LibraryPanel

            assert self.library is not None, "the list needs the library"
            panel = self._library_panel = LibraryPanel(self.library, self)
            if self.today is not None:
                panel.model.set_today(self.today)
            layout.put_list(self.splitter, panel)
            panel.document_chosen.connect(lambda doc_id: self.open_document(doc_id))
            panel.open_requested.connect(self._read_from_list)
            panel.add_samples_requested.connect(self.imports.add_samples)
            panel.open_files_requested.connect(self.imports.choose_files)
            panel.leave_requested.connect(self.focus.reading)
            panel.online_search_requested.connect(self.sources.search_online)
            panel.online.open_requested.connect(self.sources.open_result)
            self.session.restore_list(panel)
            self._set_tab_order()
        return self._library_panel

    @property
    def notes(self) -> NotesPanel:
        """The footnote sidebar's content."""
        if self._notes is None:
            from reader.gui.notes_panel import NotesPanel

            notes = self._notes = NotesPanel(self, help_seen=self.settings.get(S.SIDEBAR_HELP_SEEN))
            self.notes_dock.setWidget(notes)
            self.registry.attach(Scope.SIDEBAR, notes)
            notes.help_seen.connect(lambda: self.settings.set(S.SIDEBAR_HELP_SEEN, True))
            notes.open_document.connect(self.navigator.follow_citation)
            notes.open_at.connect(self.navigator.follow_citation)
            notes.open_beside.connect(self.side.open)
            notes.open_url.connect(self.navigator.open_url)
            notes.add_file_requested.connect(self.imports.add_cited_file)
            notes.fetch_requested.connect(self.sources.fetch_citation)
            notes.fetch_all_requested.connect(self.sources.fetch_missing)
            self._set_tab_order()
        return self._notes

    @property
    def has_answer_overview(self) -> bool:
        return self._answer_overview is not None

    @property
    def answer_overview(self) -> OverviewWindow:
        """The overview of answer times, a window of its own (made when first shown: it loads Qt Charts)."""
        if self._answer_overview is None:
            from reader.gui.overview import OverviewWindow

            self._answer_overview = OverviewWindow(self)
        return self._answer_overview

    def show_answer_overview(self) -> OverviewWindow:
        overview = self.answer_overview
        overview.show_beside(self)
        return overview

    # ---- the reading area's parts (made with the first document) -----------------------------------------------
    def _wire(self, view: DocumentView) -> None:
        """The document view was just made: its keys, signals and remembered settings."""
        nav, pane = self.navigator, view.pane
        self.registry.attach(Scope.PANE, pane)
        pane.pair_changed.connect(nav.pair_changed)
        pane.footnote_activated.connect(self._footnote_activated)
        pane.citation_activated.connect(nav.follow_citation)
        pane.external_link_activated.connect(nav.open_url)
        pane.column_ratio_changed.connect(lambda r: self.settings.set(S.COLUMN_RATIO, r))
        pane.column_ratio_changed.connect(lambda _r: self.responsive.update_layout())
        pane.zoom_changed.connect(lambda size: self.settings.set(S.POINT_SIZE, size))
        pane.zoom_changed.connect(lambda _size: self.responsive.update_layout())
        pane.today = self.today
        from reader.gui.typed_number import TypedNumber

        pane.installEventFilter(TypedNumber(nav.question_exists, nav.go_to_typed_number, pane))
        view.header.go_to.connect(nav.go_to_typed)
        view.header.open_document.connect(nav.follow_citation)
        view.header.go_to_cancelled.connect(self.focus.reading)
        view.find_bar.find_requested.connect(self.finder.find)
        view.find_bar.closed.connect(self.finder.closed)
        view.tabs.currentChanged.connect(self._tab_changed)
        self.session.restore_reading(view)
        self._set_tab_order()

    @property
    def pane(self) -> ReadingPane:
        return self.reading_area.view.pane

    @property
    def header(self) -> DocumentHeader:
        return self.reading_area.view.header

    @property
    def tabs(self) -> QTabWidget:
        return self.reading_area.view.tabs

    @property
    def source_page(self) -> QWidget:
        return self.reading_area.view.source_page

    @property
    def source_view(self) -> SourceView:
        return self.reading_area.view.source_view

    @property
    def find_bar(self) -> FindBar:
        return self.reading_area.view.find_bar

    @property
    def message_bar(self) -> MessageBar:
        return self.reading_area.message_bar

    @property
    def centre(self) -> QWidget:
        return self.reading_area.centre

    @property
    def placeholder(self) -> QWidget:
        return self.reading_area.placeholder

    def _set_tab_order(self) -> None:
        lp, area = self._library_panel, self.reading_area
        view = area.view if area.has_view else None
        layout.set_tab_order([
            lp.search if lp else None, lp.filter_button if lp else None, lp.table if lp else None,
            view.header.previous if view else None, view.header.field if view else None,
            view.header.next if view else None, view.pane if view else None, view.tabs.tabBar() if view else None,
            self._notes,
        ])  # fmt: skip

    def _footnote_activated(self, number: int) -> None:
        self.responsive.set_sidebar_shown(True)
        self.notes.show_note(number)

    def _read_from_list(self, doc_id: str) -> None:
        """Enter (or a double click) on a row: open it and read; a list in a drawer closes."""
        self.navigator.open_and_read(doc_id)
        self.responsive.close_drawers()

    def _tab_changed(self, _index: int) -> None:
        if self.reading_area.view.source_shown:
            self.navigator.fill_source()
        self.update_commands()

    # ---- the state of the commands ---------------------------------------------------------------------------------
    def state(self) -> WindowState:
        """What enables and checks the commands (see actions.WindowState)."""
        history = self.navigator.history
        area = self.reading_area
        return WindowState(
            library_open=self.library is not None,
            document_open=self.doc is not None,
            can_go_back=history.can_go_back(),
            can_go_forward=history.can_go_forward(),
            list_shown=self.responsive.list_shown(),
            sidebar_shown=self.responsive.sidebar_shown(),
            source_shown=area.has_view and area.view.source_shown,
            side_open=self.side.is_open,
            overview_shown=self._answer_overview is not None and self._answer_overview.isVisible(),
            offline=self.sources.offline,
            watch_at_start=self.sources.check_at_start,
        )

    def update_commands(self) -> None:
        self.registry.update(self.state())

    # ---- the window's public face: documents, files, state, dialogs ------------------------------------------
    @property
    def doc(self) -> Document | None:
        return self.navigator.doc

    @property
    def doc_id(self) -> str | None:
        return self.navigator.doc_id

    @property
    def row(self) -> Row | None:
        return self.navigator.row

    @property
    def last_announcement(self) -> str:
        return self.navigator.last_announcement

    def open_document(self, doc_id: str, pair: int = -1, *, record: bool = True, focus: bool | None = None) -> bool:
        return self.navigator.open_document(doc_id, pair, record=record, focus=focus)

    def follow_citation(self, doc_id: str) -> None:
        self.navigator.follow_citation(doc_id)

    def open_url(self, url: QUrl) -> None:
        self.navigator.open_url(url)

    def go_to_pair(self, i: int, *, flash: bool = True) -> bool:
        return self.navigator.go_to_pair(i, flash=flash)

    def go_back(self) -> None:
        self.navigator.go_back()

    def focus_reading(self) -> None:
        self.focus.reading()

    def focus_library_search(self) -> None:
        self.focus.library_search()

    def open_paths(self, paths: list[str]) -> None:
        """Add files (and folders) to the library and open the first one (waits for the library)."""
        self.imports.open_paths(paths)

    def import_now(self, paths: list[str], then: Then | None = None) -> ImportSummary:
        return self.imports.import_now(paths, then)

    @property
    def runner(self) -> ImportRunner:
        return self.imports.runner

    @property
    def import_progress(self) -> ImportProgress:
        return self.imports.progress

    def restore_document(self) -> bool:
        return self.session.restore_document()

    def save_state(self) -> None:
        self.session.save()

    def show_shortcuts(self) -> ShortcutOverview:
        return self.dialogs.show_shortcuts()

    def edit_shortcuts(self) -> ShortcutsEditor:
        return self.dialogs.edit_shortcuts()

    def about(self) -> QMessageBox:
        return self.dialogs.about()

    @property
    def _overview(self) -> ShortcutOverview | None:
        return self.dialogs.overview

    def record_status(self, paths: list[str] | None = None) -> None:
        """Tell the desktop integration's status file what is open (only when it is asked for)."""
        try:
            from reader.desktop.status import record_opened
        except ImportError:
            return
        record_opened(paths or [], self.doc_id, title=self.windowTitle())

    # ---- events ---------------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.open_paths(paths)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.session.split_pending:
            self.session.split_pending = False
            self.splitter.setSizes(layout.default_split(self.width()))
        self.responsive.update_layout()
        if self.focusWidget() is None:
            self.focus.reading()  # not the first button or field of the tab chain (Qt's choice on activation)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.save()
        self.imports.close()
        if self._library_panel is not None:
            self._library_panel.online.stop()
        self.dialogs.close()
        super().closeEvent(event)
