"""The application window: the document list, the reading pane with its header and source view, the footnote
sidebar, menus, tool bar and status bar, all commands from the action registry.

Layout: a splitter with the library (search, filters, list) on the left and the reading area on the right
(a message bar, the document header with the question navigator, tabs "Naast elkaar" / "Brontekst", the
find bar); the footnotes in a dock on the right.

Built in two steps, so that a start shows the window at once: the frame (menus, tool bar, status bar, the
sidebar's dock, the splitter with stand-ins; only a few commands enabled) is made and shown first, and
`attach(library)` then builds the content and imports what it needs (the library package, the panes). Given
a library, the constructor does both (tests, screenshots).

Opening: `open_paths(paths)` is the one entry for files (File > Open, drag and drop, command-line arguments,
and a second launch forwarded by the single-instance service): they are imported off the GUI thread and the
first one opened. `open_document(id, pair)` shows a library document; following a citation records the place
left in the history, so Back returns to the same document and pair.

Moving to a pair (keys, header, find) scrolls it into view with its question and answer tops side by side
near the top (the pane's `go_to_pair`), flashes it, brings its notes to the top of the sidebar, says "Vraag 3
van 12" in the status bar and announces that to assistive technology.
"""

from __future__ import annotations

import itertools
import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QActionGroup, QGuiApplication
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QToolBar, QWidget

from reader import APP_NAME, __version__
from reader.gui import printing_bridge, safety
from reader.gui import settings as S
from reader.gui.actions import ActionRegistry, Scope
from reader.gui.history import History, Place
from reader.gui.i18n import tr

if TYPE_CHECKING:  # the content of the window is imported when it is built (see MainWindow.attach)
    from datetime import date

    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
    from PySide6.QtWidgets import QMessageBox

    from reader.core.model import Document
    from reader.gui.document_header import DocumentHeader
    from reader.gui.find_bar import FindBar
    from reader.gui.import_runner import ImportProgress, ImportRunner
    from reader.gui.library_panel import LibraryPanel
    from reader.gui.message_bar import MessageBar
    from reader.gui.notes_panel import NotesPanel
    from reader.gui.reading_pane import ReadingPane
    from reader.gui.shortcuts_dialog import ShortcutOverview, ShortcutsEditor
    from reader.gui.source_view import SourceView
    from reader.library import ImportSummary, Library, Row

OPEN_FILTER = "*.pdf *.xml *.html *.htm *.xhtml *.txt *.text *.md"
LIST_WIDTH = 440  # the list's share of a new window; the reading area and the sidebar get the rest
SIDEBAR_WIDTH = 300
TYPED_NUMBER_MS = 1000  # digits typed within this time form one question number


def question_count(doc: Document) -> int:
    """The number of questions as numbered ("1, 2" counts two), at least the number of question blocks."""
    numbers = {n for q in doc.questions for n in q.numbers}
    return max(len(numbers), len(doc.questions))


def find_question(doc: Document, pairs: list, number: str) -> int:
    """The pair holding question `number` ("3", "3a"), or -1."""
    wanted = number.strip().lower().rstrip(".")
    for i, p in enumerate(pairs):
        for qi in p.questions:
            if wanted in (n.lower() for n in doc.questions[qi].numbers):
                return i
    for i, p in enumerate(pairs):  # an answer that names a question not printed here
        for ai in p.answers:
            if wanted in (n.lower() for n in doc.answers[ai].numbers):
                return i
    return -1


class MainWindow(QMainWindow):
    document_opened = Signal(str)
    import_finished = Signal(object)  # ImportSummary

    def __init__(
        self,
        library: Library | None,
        settings: S.Settings,
        *,
        restore: bool = True,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """The window's frame (menus, tool bar, status bar, the sidebar's dock), and — when `library` is given —
        its content. Without a library the frame can be shown at once and `attach(library)` called next, so
        the window appears before the list, the reading pane and the library code are loaded."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.library: Library | None = None
        self.settings = settings
        self.history = History()
        self.doc: Document | None = None
        self.doc_id: str | None = None
        self.row: Row | None = None
        self.last_announcement = ""
        self._restore = restore
        self._today = today
        self._typed = ""
        self._typed_timer = QTimer(self)
        self._typed_timer.setSingleShot(True)
        self._typed_timer.setInterval(TYPED_NUMBER_MS)
        self._typed_timer.timeout.connect(self._typed_clear)
        self._pending_add: str | None = None
        self._overview: ShortcutOverview | None = None  # made when first asked for (keeps start-up short)
        self._editor: ShortcutsEditor | None = None
        self._source_view: SourceView | None = None
        self._source_stale = True
        self._printing: set[str] = set()
        self._queued_paths: list[str] = []
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)

        self.registry = ActionRegistry(self, settings.shortcut_overrides())
        self.actions_ = self.registry.actions

        # the splitter holds stand-ins until attach() puts the list and the reading area in their place
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main_splitter")
        for _ in range(2):
            self.splitter.addWidget(QWidget(self.splitter))
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.notes_dock = QDockWidget(tr("Voetnoten"), self)
        self.notes_dock.setObjectName("notes_dock")
        self.notes_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.notes_dock.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.notes_dock)
        self.resizeDocks([self.notes_dock], [SIDEBAR_WIDTH], Qt.Orientation.Horizontal)

        self.menus = self.registry.build_menus(self.menuBar())
        self.toolbar = QToolBar(tr("Werkbalk"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.registry.build_toolbar(self.toolbar)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.position = QLabel(self)
        self.position.setObjectName("pair_position")
        self.position.setContentsMargins(8, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.position)
        self._language_group = QActionGroup(self)
        for lang in ("system", "nl", "en"):
            self._language_group.addAction(self.actions_[f"language_{lang}"])
        self._language_checked()
        self._connect_actions()
        self.resize(self._default_size())
        self._split_pending = True  # default splitter sizes are set when the window's width is known
        if restore:
            self._restore_frame()
        self._update_actions()
        if library is not None:
            self.attach(library)

    def _default_size(self) -> QSize:
        """1440×900, or nine tenths of a smaller screen."""
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return QSize(1440, 900)
        room = screen.availableGeometry().size()
        return QSize(min(1440, room.width() * 9 // 10), min(900, room.height() * 9 // 10))

    def _default_split(self) -> list[int]:
        """Sizes for the splitter in a window of this width (before it is laid out, QSplitter would scale
        them by their proportions instead)."""
        list_width = min(LIST_WIDTH, max(300, self.width() * 3 // 10))  # narrower in a small window
        return [list_width, max(300, self.width() - list_width - SIDEBAR_WIDTH)]

    @property
    def attached(self) -> bool:
        return self.library is not None

    def attach(self, library: Library) -> None:
        """Build the content of the window on `library`: the list (its first page), the reading area and the
        footnote sidebar; then restore where the reader left them."""
        from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout

        from reader.gui.document_header import DocumentHeader
        from reader.gui.find_bar import FindBar
        from reader.gui.import_runner import ImportProgress, ImportRunner
        from reader.gui.library_panel import LibraryPanel
        from reader.gui.message_bar import MessageBar
        from reader.gui.notes_panel import NotesPanel
        from reader.gui.reading_pane import ReadingPane

        self.library = library
        self.setUpdatesEnabled(False)
        # ---- the library (left) ---------------------------------------------------------------------------
        self.library_panel: LibraryPanel = LibraryPanel(library, self)
        if self._today is not None:
            self.library_panel.model.set_today(self._today)

        # ---- the reading area (centre) ------------------------------------------------------------------------
        self.reading_area = QWidget(self)
        self.reading_area.setObjectName("reading_area")
        area = QVBoxLayout(self.reading_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.setSpacing(0)
        self.message_bar: MessageBar = MessageBar(self.reading_area)
        area.addWidget(self.message_bar)
        self.header: DocumentHeader = DocumentHeader(
            self.actions_["previous_pair"], self.actions_["next_pair"], self.reading_area
        )
        self.header.hide()  # until a document is open
        area.addWidget(self.header)
        self.centre = QStackedWidget(self.reading_area)
        self.placeholder = self._placeholder()
        self.centre.addWidget(self.placeholder)
        self.tabs = QTabWidget(self.centre)
        self.tabs.setObjectName("reading_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabPosition(QTabWidget.TabPosition.South)
        self.pane: ReadingPane = ReadingPane(self.tabs)
        self.pane.setObjectName("reading_pane")
        self.source_page = QWidget(self.tabs)  # the source view is made when the tab is first shown
        self.source_page.setObjectName("source_page")
        source_layout = QVBoxLayout(self.source_page)
        source_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.pane, tr("Naast elkaar"))
        self.tabs.addTab(self.source_page, tr("Brontekst"))
        self.tabs.setTabToolTip(0, tr("Vragen links, antwoorden rechts"))
        self.tabs.setTabToolTip(1, tr("De gelezen tekst, gekleurd: zo ziet u wat de lezer ervan maakte"))
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.centre.addWidget(self.tabs)
        area.addWidget(self.centre, 1)
        self.find_bar: FindBar = FindBar(self.reading_area)
        area.addWidget(self.find_bar)

        # the stand-ins' sizes once the frame has been laid out; before that, the default proportions
        sizes = self.splitter.sizes() if self.isVisible() else [LIST_WIDTH, LIST_WIDTH]
        for index, widget in ((0, self.library_panel), (1, self.reading_area)):
            self.splitter.replaceWidget(index, widget).deleteLater()
        self.splitter.setSizes(sizes)

        # ---- the footnotes (right) -----------------------------------------------------------------------------
        self.notes: NotesPanel = NotesPanel(self)
        self.notes_dock.setWidget(self.notes)

        self.runner: ImportRunner = ImportRunner(library, self)
        self.import_progress: ImportProgress = ImportProgress(self.runner, self)
        self.statusBar().insertPermanentWidget(0, self.import_progress)

        self.registry.attach(Scope.PANE, self.pane)
        self.registry.attach(Scope.SIDEBAR, self.notes)
        self._connect_content()
        self._set_tab_order()
        self._printing = printing_bridge.available()
        if self._restore:
            self._restore_content()
        self.library_panel.start()
        self.setUpdatesEnabled(True)
        self._update_actions()
        if self._queued_paths:
            queued, self._queued_paths = self._queued_paths, []
            self.open_paths(queued)

    # ---- construction helpers -------------------------------------------------------------------------------------
    def _placeholder(self) -> QWidget:
        from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

        page = QWidget(self)
        page.setObjectName("reading_placeholder")
        box = QVBoxLayout(page)
        box.addStretch(2)
        title = QLabel(tr("Kies een document om te lezen"), page)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = QLabel(
            tr("Elke vraag staat naast haar antwoord. J en K gaan naar de volgende en vorige vraag, "
               "Ctrl+L zoekt in de bibliotheek, F1 toont alle sneltoetsen."),
            page,
        )  # fmt: skip
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setStyleSheet("color: palette(placeholder-text);")
        hint.setMaximumWidth(460)
        box.addWidget(title)
        row = QHBoxLayout()  # centred, wrapped at its own width (an alignment flag would cut its height)
        row.addStretch(1)
        row.addWidget(hint, 3)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(3)
        return page

    def _connect_actions(self) -> None:
        """Every command, connected once; handlers reach the content through `self`, built by attach()."""
        self.registry.connect({
            "open": self.choose_files,
            "add_samples": self.add_samples,
            "print": lambda: self._print("print"),
            "print_preview": lambda: self._print("print_preview"),
            "export_pdf": lambda: self._print("export_pdf"),
            "quit": self.close,
            "find": lambda: self.find_bar.open_bar(),
            "find_next": lambda: self.find_again(False),
            "find_previous": lambda: self.find_again(True),
            "search_library": self.focus_library_search,
            "shortcuts": self.edit_shortcuts,
            "toggle_list": self._show_list,
            "toggle_sidebar": self._show_sidebar,
            "toggle_source": self._show_source,
            "zoom_in": lambda: self.pane.zoom_in(),
            "zoom_out": lambda: self.pane.zoom_out(),
            "zoom_reset": lambda: self.pane.reset_zoom(),
            "next_pane": lambda: self.cycle_focus(1),
            "previous_pane": lambda: self.cycle_focus(-1),
            "language_system": lambda on: on and self.set_language("system"),
            "language_nl": lambda on: on and self.set_language("nl"),
            "language_en": lambda on: on and self.set_language("en"),
            "next_pair": self.next_pair,
            "previous_pair": self.previous_pair,
            "first_pair": lambda: self.go_to_pair(0),
            "last_pair": lambda: self.go_to_pair(self.pane.pair_count() - 1),
            "go_to_pair": lambda: self.header.focus_field(),
            "page_down": lambda: self._page(1),
            "page_up": lambda: self._page(-1),
            "next_document": lambda: self.step_document(1),
            "previous_document": lambda: self.step_document(-1),
            "back": self.go_back,
            "forward": self.go_forward,
            "follow_citation": lambda: self.notes.follow_selected(),
            "shortcut_overview": self.show_shortcuts,
            "about": self.about,
        })  # fmt: skip

    def _connect_content(self) -> None:
        lp = self.library_panel
        lp.document_chosen.connect(lambda i: self.open_document(i))
        lp.open_requested.connect(self._open_and_read)
        lp.add_samples_requested.connect(self.add_samples)
        lp.open_files_requested.connect(self.choose_files)
        self.pane.pair_changed.connect(self._pair_changed)
        self.pane.footnote_activated.connect(self._footnote_activated)
        self.pane.citation_activated.connect(self.follow_citation)
        self.pane.external_link_activated.connect(self.open_url)
        self.pane.column_ratio_changed.connect(lambda r: self.settings.set(S.COLUMN_RATIO, r))
        self.pane.zoom_changed.connect(self._zoom_changed)
        self.pane.installEventFilter(self)
        self.notes.open_document.connect(self.follow_citation)
        self.notes.open_url.connect(self.open_url)
        self.notes.add_file_requested.connect(self.add_cited_file)
        self.header.go_to.connect(self._go_to_typed)
        self.header.open_document.connect(self.follow_citation)
        self.header.go_to_cancelled.connect(self.focus_reading)
        self.find_bar.find_requested.connect(self._find)
        self.find_bar.closed.connect(self.focus_reading)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.notes_dock.visibilityChanged.connect(lambda _v: self._sync_view_actions())
        self.runner.finished.connect(self._import_done)

    def _set_tab_order(self) -> None:
        lp = self.library_panel
        chain = [lp.search, lp.filter_button, lp.table, self.header.previous, self.header.field, self.header.next,
                 self.pane, self.tabs.tabBar(), self.notes]  # fmt: skip
        for a, b in itertools.pairwise(chain):
            QWidget.setTabOrder(a, b)

    # ---- documents ---------------------------------------------------------------------------------------------
    def current_place(self) -> Place | None:
        return Place(self.doc_id, self.pane.current_pair()) if self.doc_id else None

    def open_document(self, doc_id: str, pair: int = -1, *, record: bool = True) -> bool:
        """Show library document `doc_id` (at `pair`, or at the top with the first pair current)."""
        if doc_id == self.doc_id and self.doc is not None:
            if pair >= 0:
                self.go_to_pair(pair, flash=False)
            return True
        from reader.library import LibraryError

        try:
            doc = self.library.document(doc_id)
            row = self.library.get(doc_id)
        except LibraryError as exc:
            self.message_bar.show_message(exc.message(), self.message_bar.ERROR)
            return False
        if doc is None:
            self.message_bar.show_message(
                tr("Het document %1 staat niet (meer) in de bibliotheek.").replace("%1", doc_id),
                self.message_bar.WARNING,
            )
            return False
        if record:
            self.history.visit(self.current_place())
        self.doc, self.doc_id, self.row = doc, doc_id, row
        postponed = row is not None and row.status == "postponed" and doc.kind != "mededeling"
        notice = self.library.notice_of(doc_id) if postponed and self.library is not None else None
        self.pane.set_document(doc, postponed=postponed or None, postponed_on=notice[1] if notice else None)
        self.centre.setCurrentWidget(self.tabs)
        self.header.show()
        self.header.set_row(doc_id, row, question_count(doc))
        self.notes.set_document(doc, doc_id, self.library)
        self._source_stale = True
        if self.tabs.currentWidget() is self.source_page:
            self._fill_source()
        title = safety.clean(doc.subject or doc.title or doc_id).replace("[*]", "[*][*]")
        self.setWindowTitle(f"{title[:1].upper() + title[1:]} — {APP_NAME}")
        self.library_panel.select_id(doc_id)
        if pair >= 0:
            self.go_to_pair(pair, flash=False)
        elif self.pane.pair_count():
            self.pane.set_current_pair(0)
        else:
            self._pair_changed(-1)
        self._update_actions()
        self._record_status()
        self.document_opened.emit(doc_id)
        return True

    def _open_and_read(self, doc_id: str) -> None:
        self.open_document(doc_id)
        self.focus_reading()

    def follow_citation(self, doc_id: str) -> None:
        """A citation activated in the sidebar or the header: open it in place when it is in the library,
        else its official page in the browser."""
        if doc_id in self.library:
            self.open_document(doc_id)
            return
        from reader.core.citations import official_url

        self.open_url(QUrl(official_url(doc_id)))

    def open_url(self, url: QUrl) -> None:
        if not safety.open_external(url):
            self.statusBar().showMessage(
                tr("Deze koppeling wordt niet geopend: alleen webadressen (http, https) gaan naar de browser."), 6000
            )

    def go_back(self) -> None:
        place = self.history.back(self.current_place())
        if place is not None:
            self.open_document(place.doc_id, place.pair, record=False)
        self._update_actions()

    def go_forward(self) -> None:
        place = self.history.forward(self.current_place())
        if place is not None:
            self.open_document(place.doc_id, place.pair, record=False)
        self._update_actions()

    def step_document(self, delta: int) -> None:
        doc_id = self.library_panel.step(delta)
        if doc_id is None:
            self.statusBar().showMessage(
                tr("Dit is het laatste document in de lijst.") if delta > 0 else tr("Dit is het eerste document."),
                3000,
            )

    # ---- pairs ----------------------------------------------------------------------------------------------------
    def go_to_pair(self, i: int, *, flash: bool = True) -> bool:
        if not 0 <= i < self.pane.pair_count():
            return False
        self.pane.go_to_pair(i, flash=flash)
        return True

    def next_pair(self) -> None:
        if not self.pane.next_pair() and self.pane.pair_count():
            self.statusBar().showMessage(tr("Dit is de laatste vraag."), 2000)

    def previous_pair(self) -> None:
        if not self.pane.previous_pair() and self.pane.pair_count():
            self.statusBar().showMessage(tr("Dit is de eerste vraag."), 2000)

    def go_to_question(self, number: str) -> bool:
        if self.doc is None:
            return False
        i = find_question(self.doc, self.pane.pairs(), number)
        if i < 0:
            self.statusBar().showMessage(tr("Er is geen vraag %1 in dit document.").replace("%1", number), 4000)
            return False
        self.go_to_pair(i)
        return True

    def _go_to_typed(self, number: str) -> None:
        if self.go_to_question(number):
            self.focus_reading()

    def _pair_changed(self, i: int) -> None:
        self.notes.set_current_pair(i)
        doc = self.doc
        if doc is None or i < 0:
            self.position.setText(tr("%1 vragen").replace("%1", str(question_count(doc))) if doc else "")
            self.header.set_current("")
            return
        pair = self.pane.pairs()[i]
        from reader.gui.aligned_document import pair_label

        label = pair_label(pair, doc)
        total = question_count(doc)
        if pair.questions:
            text = tr("%1 van %2").replace("%1", label).replace("%2", str(total))
        else:
            text = tr("%1 (zonder vraag)").replace("%1", label)
        self.position.setText(text)
        first = pair.questions[0] if pair.questions else None
        self.header.set_current(doc.questions[first].numbers[0] if first is not None and doc.questions[first].numbers
                                else "")  # fmt: skip
        self._announce(text)

    def _announce(self, text: str) -> None:
        """Tell assistive technology where the reader is now."""
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        self.last_announcement = text
        self.position.setAccessibleName(text)
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.pane, text))

    def _page(self, direction: int) -> None:
        bar = self.pane.verticalScrollBar()
        bar.setValue(bar.value() + direction * bar.pageStep())

    # ---- find -------------------------------------------------------------------------------------------------------
    def _find(self, text: str, backward: bool, case: bool) -> None:
        found = self.pane.find_text(text, backward=backward, case_sensitive=case)
        self.find_bar.set_found(found)
        if found and self.pane.current_pair() >= 0:
            self.pane.ensureCursorVisible()

    def find_again(self, backward: bool) -> None:
        if not self.find_bar.edit.text():
            self.find_bar.open_bar()
            return
        self.find_bar.show()
        self.find_bar.find(backward=backward)

    # ---- focus ---------------------------------------------------------------------------------------------------
    def focus_reading(self) -> None:
        widget = self.tabs.currentWidget() if self.centre.currentWidget() is self.tabs else None
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_library_search(self) -> None:
        if not self.library_panel.isVisible():
            self.actions_["toggle_list"].setChecked(True)
        self.library_panel.focus_search()

    def _parts(self) -> list[tuple[QWidget, object]]:
        """The parts F6 moves between: (container, how to focus it), visible ones only."""
        parts: list[tuple[QWidget, object]] = []
        if self.library_panel.isVisible():
            parts.append((self.library_panel, self._focus_list_part))
        parts.append((self.reading_area, self.focus_reading))
        if self.notes_dock.isVisible():
            parts.append((self.notes_dock, self._focus_notes_part))
        return parts

    def _focus_list_part(self) -> None:
        if self.library_panel.stack.currentWidget() is self.library_panel.table:
            self.library_panel.focus_list()
        else:
            self.library_panel.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_notes_part(self) -> None:
        if not self.notes.focus_first():
            self.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    def cycle_focus(self, step: int) -> None:
        parts = self._parts()
        focus = self.focusWidget()
        here = -1
        for k, (container, _f) in enumerate(parts):
            if focus is not None and (container is focus or container.isAncestorOf(focus)):
                here = k
        target = parts[(here + step) % len(parts)] if here >= 0 else parts[0 if step > 0 else -1]
        target[1]()  # type: ignore[operator]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # typing a number in the reading pane goes to that question
        if watched is self.pane and event.type() == QEvent.Type.KeyPress and hasattr(event, "text"):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            text = event.text()
            if text.isdigit() and len(text) == 1 and mods == Qt.KeyboardModifier.NoModifier:
                self._typed_digit(text)
                return True
        return super().eventFilter(watched, event)

    def _typed_digit(self, digit: str) -> None:
        if self.doc is None:
            return
        candidate = self._typed + digit
        pairs = self.pane.pairs()
        if find_question(self.doc, pairs, candidate) < 0 and find_question(self.doc, pairs, digit) >= 0:
            candidate = digit  # "12" does not exist but "2" does: start again
        self._typed = candidate
        self._typed_timer.start()
        self.statusBar().showMessage(tr("Ga naar vraag %1").replace("%1", candidate), TYPED_NUMBER_MS)
        self.go_to_question(candidate)

    def _typed_clear(self) -> None:
        self._typed = ""

    # ---- sidebar ----------------------------------------------------------------------------------------------
    def _footnote_activated(self, number: int) -> None:
        self.notes_dock.show()
        self.notes.show_note(number)

    def add_cited_file(self, doc_id: str) -> None:
        """ "Toevoegen uit een bestand" for a citation not in the library."""
        from PySide6.QtWidgets import QFileDialog

        paths, _filter = QFileDialog.getOpenFileNames(
            self, tr("Bestand van %1 kiezen").replace("%1", doc_id), "", self._file_filter()
        )
        if paths:
            self._pending_add = doc_id
            self.runner.start(paths, "cited")

    # ---- opening files --------------------------------------------------------------------------------------------
    def _file_filter(self) -> str:
        return ";;".join([
            tr("Kamervragen (PDF, XML, HTML, tekst) (%1)").replace("%1", OPEN_FILTER),
            tr("Alle bestanden (*)"),
        ])  # fmt: skip

    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        paths, _filter = QFileDialog.getOpenFileNames(self, tr("Kamervragen openen"), "", self._file_filter())
        if paths:
            self.open_paths(paths)

    def open_paths(self, paths: list[str]) -> None:
        """Add files (and folders) to the library and open the first one. The hook for command-line
        arguments, drag and drop, and files forwarded by a second launch (single instance)."""
        paths = [os.path.abspath(p) for p in paths if p]
        if not self.attached:  # the content is still being built: these come next
            self._queued_paths += paths
            return
        if not paths:
            self.activateWindow()
            return
        self.runner.start(paths, "open")
        self._record_status(paths)

    def import_now(self, paths: list[str], tag: str = "open") -> ImportSummary:
        """The same as `open_paths`, in this thread (for --screenshot, which must not wait on events)."""
        from reader.library import Importer

        summary = Importer(self.library).run([os.path.abspath(p) for p in paths])
        self._import_done(summary, list(paths), tag)
        return summary

    def add_samples(self) -> None:
        """The bundled fictional documents (reader.resources/samples)."""
        from importlib import resources

        try:
            folder = resources.files("reader.resources") / "samples"
            with resources.as_file(folder) as path:
                self.runner.start([str(path)], "samples")
        except (ModuleNotFoundError, FileNotFoundError):
            self.message_bar.show_message(tr("De voorbeelddocumenten zijn niet gevonden."), self.message_bar.WARNING)

    def _import_done(self, summary: ImportSummary, paths: list[str], tag: str) -> None:
        self.library_panel.refresh()
        first = (summary.added + summary.updated + summary.unchanged or [None])[0]
        if summary.error:
            self.message_bar.show_message(
                tr("Het toevoegen is gestopt: %1").replace("%1", summary.error), self.message_bar.ERROR
            )
        elif summary.failed:
            n = len(summary.failed)
            text = (
                tr("Eén bestand kon niet worden gelezen.")
                if n == 1
                else tr("%1 bestanden konden niet worden gelezen.").replace("%1", str(n))
            )
            details = "\n".join(f.message() for f in summary.failed[:12])
            if n > 12:
                details += "\n" + tr("en nog %1 andere").replace("%1", str(n - 12))
            self.message_bar.show_message(text, self.message_bar.ERROR, details)
        elif summary.cancelled:
            self.message_bar.show_message(
                tr("Toevoegen geannuleerd. Wat al was toegevoegd, blijft in de bibliotheek."), self.message_bar.INFO
            )
        self.statusBar().showMessage(summary.text(), 5000)
        if tag == "cited":
            target = self._pending_add
            self._pending_add = None
            if target and target in self.library:
                self.open_document(target)
            elif self.doc is not None:
                self.notes.set_document(self.doc, self.doc_id, self.library)  # re-resolve what is there now
                self.notes.set_current_pair(self.pane.current_pair())
        elif tag == "samples":
            if self.doc is None:
                first_row = self.library_panel.model.id_at(0)
                if first_row:
                    self.open_document(first_row)
        elif first is not None:
            self.open_document(first)
        elif self.doc is not None:
            self.notes.set_document(self.doc, self.doc_id, self.library)
        self.import_finished.emit(summary)

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

    # ---- view ---------------------------------------------------------------------------------------------------
    def _show_list(self, shown: bool) -> None:
        self.library_panel.setVisible(shown)
        if not shown and self.library_panel.isAncestorOf(self.focusWidget()):
            self.focus_reading()

    def _show_sidebar(self, shown: bool) -> None:
        self.notes_dock.setVisible(shown)

    def _show_source(self, shown: bool) -> None:
        self.tabs.setCurrentIndex(1 if shown else 0)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.source_page:
            self._fill_source()
        self._sync_view_actions()

    @property
    def source_view(self) -> SourceView:
        """The source view, made on first use (it loads Pygments and the lexer)."""
        if self._source_view is None:
            from reader.gui.source_view import SourceView

            self._source_view = SourceView(self.source_page)
            self.source_page.layout().addWidget(self._source_view)
            self.source_page.setFocusProxy(self._source_view)
        return self._source_view

    def _fill_source(self) -> None:
        if not self._source_stale:
            return
        text = self.doc.source_text if self.doc is not None else ""
        if not text and self.doc_id:
            from reader.library import LibraryError

            try:
                text = self.library.source_text(self.doc_id) or ""
            except LibraryError:
                text = ""
        self.source_view.set_text(text)
        self._source_stale = False

    def _zoom_changed(self, size: float) -> None:
        self.settings.set(S.POINT_SIZE, size)

    def _sync_view_actions(self) -> None:
        if not self.attached:
            return
        for action_id, on in (
            ("toggle_list", not self.library_panel.isHidden()),
            ("toggle_sidebar", not self.notes_dock.isHidden()),
            ("toggle_source", self.tabs.currentWidget() is self.source_page),
        ):
            action = self.actions_[action_id]
            if action.isChecked() != on:
                action.blockSignals(True)
                action.setChecked(on)
                action.blockSignals(False)

    # commands that work in the window's frame before its content is built
    FRAME_COMMANDS = ("quit", "about", "shortcut_overview", "shortcuts", "language_system", "language_nl",
                      "language_en")  # fmt: skip

    def _update_actions(self) -> None:
        if not self.attached:
            for action_id, action in self.actions_.items():
                action.setEnabled(action_id in self.FRAME_COMMANDS)
            return
        for action in self.actions_.values():
            action.setEnabled(True)
        has_doc = self.doc is not None
        for action_id in ("next_pair", "previous_pair", "first_pair", "last_pair", "go_to_pair", "find",
                          "find_next", "find_previous", "page_down", "page_up"):  # fmt: skip
            self.actions_[action_id].setEnabled(has_doc)
        self.actions_["back"].setEnabled(self.history.can_go_back())
        self.actions_["forward"].setEnabled(self.history.can_go_forward())
        for action_id in ("print", "print_preview", "export_pdf"):
            action = self.actions_[action_id]
            available = action_id in self._printing
            action.setEnabled(available and has_doc)
            if not available:
                action.setToolTip(tr("Afdrukken is in deze versie nog niet beschikbaar"))
                action.setStatusTip(tr("Afdrukken is in deze versie nog niet beschikbaar"))
        self._sync_view_actions()

    def _print(self, command: str) -> None:
        if command in self._printing and self.doc is not None:
            printing_bridge.call(command, self, self.doc, self.pane.current_pair())

    # ---- dialogs ------------------------------------------------------------------------------------------------
    def show_shortcuts(self) -> ShortcutOverview:
        from reader.gui.shortcuts_dialog import ShortcutOverview

        if self._overview is None:
            self._overview = ShortcutOverview(self.registry, self)
            self._overview.edit_button.clicked.connect(self.edit_shortcuts)
        self._overview.refresh()
        self._overview.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns that it cannot raise windows
            self._overview.raise_()
        self._overview.activateWindow()
        return self._overview

    def edit_shortcuts(self) -> ShortcutsEditor:
        from reader.gui.shortcuts_dialog import ShortcutsEditor

        self._editor = ShortcutsEditor(self.registry, self)
        self._editor.accepted.connect(self._shortcuts_changed)
        self._editor.open()
        return self._editor

    def _shortcuts_changed(self) -> None:
        self.settings.set_shortcut_overrides(self.registry.overrides())
        self.settings.sync()
        if self._overview is not None:
            self._overview.refresh()

    def about(self) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setWindowTitle(tr("Over %1").replace("%1", APP_NAME))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{APP_NAME} {__version__}")
        box.setInformativeText(
            tr("Schriftelijke Kamervragen naast hun antwoorden, met voetnoten die naar de aangehaalde "
               "documenten leiden.\n\nBibliotheek: %1").replace("%1", str(self.library.path))
        )  # fmt: skip
        box.setIcon(QMessageBox.Icon.Information)
        box.open()
        return box

    def set_language(self, lang: str) -> None:
        if self.settings.get(S.LANGUAGE) == lang:
            return
        self.settings.set(S.LANGUAGE, lang)
        self.settings.sync()
        self.message_bar.show_message(
            tr("De nieuwe taal wordt gebruikt zodra u het programma opnieuw start."), self.message_bar.INFO
        )

    def _language_checked(self) -> None:
        lang = self.settings.get(S.LANGUAGE)
        action = self.actions_.get(f"language_{lang}") or self.actions_["language_system"]
        action.setChecked(True)  # signals on: the group keeps one checked; set_language sees no change

    # ---- state ----------------------------------------------------------------------------------------------------
    def _restore_frame(self) -> None:
        """Where the window stood (before it is shown, so it does not jump) and which docks were open."""
        s = self.settings
        geometry = s.get(S.GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = s.get(S.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)

    def _restore_content(self) -> None:
        s = self.settings
        splitter = s.get(S.SPLITTER)
        if not splitter.isEmpty() and self.splitter.restoreState(splitter):
            self._split_pending = False
        header = s.get(S.LIST_HEADER)
        if not header.isEmpty():
            self.library_panel.table.horizontalHeader().restoreState(header)
        self.library_panel.setVisible(s.get(S.LIST_VISIBLE))
        self.pane.set_column_ratio(s.get(S.COLUMN_RATIO))
        if s.get(S.POINT_SIZE) > 0:
            self.pane.set_point_size(s.get(S.POINT_SIZE))
        self.tabs.setCurrentIndex(1 if s.get(S.CENTRE_TAB) == 1 else 0)
        self._sync_view_actions()

    def restore_document(self) -> bool:
        """Open the document (and pair) that was open when the window last closed."""
        last = self.settings.get(S.LAST_DOCUMENT)
        if self.library is not None and last and last in self.library:
            return self.open_document(last, self.settings.get(S.LAST_PAIR), record=False)
        return False

    def save_state(self) -> None:
        s = self.settings
        s.set(S.GEOMETRY, self.saveGeometry())
        s.set(S.WINDOW_STATE, self.saveState())
        if not self.attached:  # closed before its content was built: nothing else changed
            s.sync()
            return
        s.set(S.SPLITTER, self.splitter.saveState())
        s.set(S.LIST_HEADER, self.library_panel.table.horizontalHeader().saveState())
        s.set(S.LIST_VISIBLE, not self.library_panel.isHidden())
        s.set(S.COLUMN_RATIO, self.pane.column_ratio())
        s.set(S.CENTRE_TAB, self.tabs.currentIndex())
        s.set(S.LAST_DOCUMENT, self.doc_id or "")
        s.set(S.LAST_PAIR, self.pane.current_pair())
        s.sync()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._split_pending:
            self._split_pending = False
            self.splitter.setSizes(self._default_split())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        if self.attached:
            self.runner.cancel()
            self.runner.wait()
        if self._overview is not None:
            self._overview.close()
        super().closeEvent(event)

    def _record_status(self, paths: list[str] | None = None) -> None:
        """Tell the desktop integration's status file what is open (only when it is asked for)."""
        try:
            from reader.desktop.status import record_opened
        except ImportError:
            return
        record_opened(paths or [], self.doc_id, title=self.windowTitle())


def open_first_start(window: MainWindow, settings: S.Settings) -> None:
    """On a first start with an empty library: add the bundled samples, and open the first one."""
    if len(window.library) == 0 and not settings.get(S.SAMPLES_OFFERED):
        settings.set(S.SAMPLES_OFFERED, True)
        window.add_samples()
