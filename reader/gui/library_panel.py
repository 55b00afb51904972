"""The library side of the window: the search field, the filters, the document list and its empty states.

Typing in the search field runs the library's full-text search after a short pause; the filters
(vergaderjaar, status, kind, party, ministry, member, addressee) fold into the same `Query`. Vergaderjaar, party,
ministry and kind are shared with the overview (`shared`, shared_filters.py): a change in one is a change in the
other. The overview shows the sets behind a bar or table cell here (`show_selection`), named in a line above
the list until the reader searches or filters again. Choosing a row (with the
keyboard or the mouse) emits `document_chosen(id)`; Enter in the list also asks the window to move focus to
the reading pane (`open_requested`). Sorting by a column header is a new library query (see
document_model.py); a click on a column the library cannot sort by leaves the order as it was.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.gui import online_search
from reader.gui.document_delegate import SubjectDelegate, row_height
from reader.gui.document_model import SORT_KEYS, Column, DocumentListModel, headers
from reader.gui.i18n import tr
from reader.gui.shared_filters import SelectionBanner, SharedFilters
from reader.library import Library, Query

SEARCH_DELAY_MS = 250
DEFAULT_WIDTHS = {
    Column.NUMBER: 48, Column.DATE: 90, Column.SUBJECT: 300, Column.MEMBERS: 190, Column.ADDRESSEE: 200,
    Column.QUESTIONS: 56, Column.STATUS: 112,
}  # fmt: skip
HIDDEN_BY_DEFAULT = (Column.MEMBERS, Column.ADDRESSEE, Column.QUESTIONS)  # the subject cell shows who asked whom


class DocumentTable(QTableView):
    """The list; Enter opens the current row in the reading pane."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class LibraryPanel(QWidget):
    document_chosen = Signal(str)
    open_requested = Signal(str)  # Enter on a row: open it and read
    add_samples_requested = Signal()
    open_files_requested = Signal()
    leave_requested = Signal()  # Escape in the empty search field: the keyboard back to the text
    online_search_requested = Signal(str)  # Enter with the "Officiële bekendmakingen" scope (online_search.py)

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("library_panel")
        self.setMinimumWidth(280)  # the list may be narrow: the subject column elides
        self.library = library
        self.model = DocumentListModel(library, self)
        self.shared = SharedFilters(library, self)  # vergaderjaar, party, ministry, kind: also the overview's
        self._choosing = False  # True while the selection is set by the program (no document_chosen)
        self.open_id: str | None = None  # the document the window shows: selected whenever it is listed
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_query)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 4)
        layout.setSpacing(6)

        # ---- search and filters ------------------------------------------------------------------------------
        row = QHBoxLayout()
        row.setSpacing(6)
        self.search = QLineEdit(self)
        self.search.setObjectName("library_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("Zoeken in de bibliotheek"))
        self.search.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            QLineEdit.ActionPosition.LeadingPosition,
        )
        self.search.setAccessibleName(tr("Zoeken in de bibliotheek"))
        self.search.setAccessibleDescription(
            tr('Zoekt in titels, vragen, antwoorden, voetnoten en namen; "aanhalingstekens" voor een zinsdeel, '
               "OR, NOT en * voor een woordbegin")
        )  # fmt: skip
        self.search.setToolTip(tr('Woorden: alle moeten voorkomen. "zinsdeel", of: OR, niet: NOT, woordbegin: wacht*'))
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._search_enter)
        self.search.installEventFilter(self)
        row.addWidget(self.search, 1)
        self.filter_button = QToolButton(self)
        self.filter_button.setObjectName("filter_button")
        self.filter_button.setCheckable(True)
        self.filter_button.setText(tr("&Filters"))
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.filter_button.setArrowType(Qt.ArrowType.DownArrow)
        self.filter_button.setAccessibleDescription(
            tr("Filters voor vergaderjaar, status, soort, partij, ministerie, lid en adressaat")
        )
        self.filter_button.toggled.connect(self._show_filters)
        row.addWidget(self.filter_button)
        layout.addLayout(row)
        self.scope = online_search.scope_box(self)
        self.scope.toggled.connect(self._scope_changed)
        layout.addWidget(self.scope)

        self.filters = QWidget(self)
        self.filters.setObjectName("filters")
        grid = QGridLayout(self.filters)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        self.year = QComboBox(self.filters)
        self.status = QComboBox(self.filters)
        self.kind = QComboBox(self.filters)
        self.party = QComboBox(self.filters)
        self.ministry = QComboBox(self.filters)
        self.member = QLineEdit(self.filters)
        self.addressee = QLineEdit(self.filters)
        self.member.setPlaceholderText(tr("naam"))
        self.addressee.setPlaceholderText(tr("bijv. Financiën"))
        for text, value in ((tr("Alle"), None), (tr("Beantwoord"), "answered"), (tr("Uitgesteld"), "postponed"),
                            (tr("Open"), "open"), (tr("Te laat"), "overdue")):  # fmt: skip
            self.status.addItem(text, value)
        fields = (
            (tr("&Vergaderjaar"), self.year, 0, 0),
            (tr("&Status"), self.status, 0, 2),
            (tr("S&oort"), self.kind, 1, 0),
            (tr("&Partij"), self.party, 1, 2),
            (tr("&Lid"), self.member, 2, 0),
            (tr("&Aan"), self.addressee, 2, 2),
            (tr("&Ministerie"), self.ministry, 3, 0),
        )
        for text, widget, r, c in fields:
            label = QLabel(text, self.filters)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            grid.addWidget(label, r, c)
            grid.addWidget(widget, r, c + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.clear_button = QPushButton(tr("Filters &wissen"), self.filters)
        self.clear_button.clicked.connect(self.clear_filters)
        grid.addWidget(self.clear_button, 3, 3, Qt.AlignmentFlag.AlignRight)
        for field, combo in (("year", self.year), ("party", self.party), ("ministry", self.ministry),
                             ("kind", self.kind)):  # fmt: skip
            self.shared.bind(field, combo)
        self.shared.changed.connect(self.apply_query)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_query())
        for edit in (self.member, self.addressee):
            edit.textChanged.connect(lambda _t: self._timer.start())
        self.filters.hide()
        layout.addWidget(self.filters)

        self.error = QLabel(self)
        self.error.setObjectName("query_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b02020;")
        self.error.hide()
        layout.addWidget(self.error)
        self.selection = SelectionBanner(self)
        self.selection.cleared.connect(self.apply_query)
        layout.addWidget(self.selection)

        # ---- the list and its empty states -----------------------------------------------------------------
        self.stack = QStackedWidget(self)
        self.table = DocumentTable(self.stack)
        self.table.setObjectName("document_list")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(row_height(self.font()))
        self.table.setItemDelegateForColumn(Column.SUBJECT, SubjectDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column, width in DEFAULT_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.SUBJECT, QHeaderView.ResizeMode.Stretch)
        for column in HIDDEN_BY_DEFAULT:
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        # the indicator first: enabling sorting sorts by it, and the list is already in that order (no query)
        header.setSortIndicator(Column.DATE, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.setAccessibleName(tr("Documentenlijst"))
        self.table.setAccessibleDescription(
            tr("De documenten in uw bibliotheek; Enter opent het gekozen document om te lezen")
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.open_requested.connect(self._enter_on_row)
        self.table.doubleClicked.connect(self._enter_on_row)
        self.stack.addWidget(self.table)
        self.empty_library = self._empty_library_page()
        self.stack.addWidget(self.empty_library)
        self.no_results = self._no_results_page()
        self.stack.addWidget(self.no_results)
        layout.addWidget(self.stack, 1)

        self.count = QLabel(self)
        self.count.setObjectName("document_count")
        self.count.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.count)
        self.online = online_search.OnlineResults(self)  # the repository's results, under the library's
        self.online.hide()
        layout.addWidget(self.online, 1)

        self.model.query_failed.connect(self._query_failed)
        self.model.total_changed.connect(lambda _n: self._update_state())
        self.model.modelReset.connect(self._update_state)
        self.setTabOrder(self.search, self.filter_button)
        self.setTabOrder(self.filter_button, self.table)

    # ---- pages --------------------------------------------------------------------------------------------------
    def _empty_library_page(self) -> QWidget:
        page = QWidget(self.stack)
        page.setObjectName("empty_library")
        box = QVBoxLayout(page)
        box.setContentsMargins(18, 24, 18, 18)
        box.setSpacing(10)
        title = QLabel(tr("Uw bibliotheek is nog leeg"), page)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        box.addWidget(title)
        text = QLabel(
            tr("Open Kamervragen als PDF, XML, HTML of tekst met Bestand › Openen (Ctrl+O), of sleep bestanden "
               "naar dit venster. Wat u opent, komt in uw bibliotheek: daarna kunt u het doorzoeken, en "
               "verwijzingen ernaar openen op hun plek."),
            page,
        )  # fmt: skip
        text.setWordWrap(True)
        box.addWidget(text)
        self.open_button = QPushButton(tr("Bestand &openen…"), page)
        self.open_button.clicked.connect(self.open_files_requested)
        self.samples_button = QPushButton(tr("&Voorbeelddocumenten toevoegen"), page)
        self.samples_button.setObjectName("add_samples_button")
        self.samples_button.setToolTip(tr("Acht fictieve documenten om het programma te leren kennen"))
        self.samples_button.clicked.connect(self.add_samples_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.samples_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addStretch(1)
        return page

    def _no_results_page(self) -> QWidget:
        page = QWidget(self.stack)
        page.setObjectName("no_results")
        box = QVBoxLayout(page)
        box.setContentsMargins(18, 24, 18, 18)
        box.setSpacing(10)
        title = QLabel(tr("Geen documenten gevonden"), page)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        box.addWidget(title)
        text = QLabel(tr("Niets in uw bibliotheek past bij deze zoektekst en filters."), page)
        text.setWordWrap(True)
        box.addWidget(text)
        button = QPushButton(tr("Zoektekst en filters &wissen"), page)
        button.clicked.connect(self.clear_all)
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        return page

    # ---- the query ----------------------------------------------------------------------------------------------
    def current_query(self) -> Query:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return replace(
            self.shared.query(self.model.query()),
            text=self.search.text().strip(),
            status=self.status.currentData(),
            member=text(self.member),
            addressee=text(self.addressee),
            month=None,
            sets_only=False,
        )

    def apply_query(self) -> bool:
        self._timer.stop()
        chosen = self.open_id or self.current_id()
        self.selection.hide()
        ok = self.model.set_query(self.current_query())
        if ok:
            self.error.hide()
            self._reselect(chosen)
        self._update_filter_button()
        return ok

    def refresh(self) -> None:
        """Read the list again (after an import), keeping the chosen row and the filter choices."""
        chosen = self.open_id or self.current_id()
        self._fill_choices()
        self.model.refresh()
        self._reselect(chosen)

    def _fill_choices(self) -> None:
        self.shared.refresh()  # the vergaderjaren, parties and ministries in the library, here and in the overview

    def start(self) -> None:
        """The first query, when the window is ready."""
        self._fill_choices()
        self.apply_query()

    def clear_filters(self) -> None:
        self.status.blockSignals(True)
        self.status.setCurrentIndex(0)
        self.status.blockSignals(False)
        for edit in (self.member, self.addressee):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)
        if self.shared.active():
            self.shared.clear()  # the list (and the overview) follow its `changed`
        else:
            self.apply_query()

    def clear_all(self) -> None:
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.clear_filters()

    def active_filters(self) -> int:
        q = self.current_query()
        return sum(v is not None for v in (q.year, q.status, q.kind, q.party, q.ministry, q.member, q.addressee))

    def show_selection(self, query: Query, text: str) -> bool:
        """List exactly what `query` finds (the sets behind a bar or cell of the overview), in the list's order,
        named by `text` above the list; the search text and the list's own filters are cleared (so they do not
        narrow it further). Searching or filtering again returns to the filters."""
        self._timer.stop()
        for widget in (self.search, self.member, self.addressee, self.status):
            widget.blockSignals(True)
        try:
            self.search.clear()
            self.member.clear()
            self.addressee.clear()
            self.status.setCurrentIndex(0)
        finally:
            for widget in (self.search, self.member, self.addressee, self.status):
                widget.blockSignals(False)
        current = self.model.query()
        chosen = self.current_id()
        ok = self.model.set_query(
            replace(query, sort=current.sort, descending=current.descending, limit=current.limit,
                    today=current.today or query.today)
        )  # fmt: skip
        if ok:
            self.error.hide()
            self.selection.show_text(f"{text} ({self.model.total():n})")
            self._reselect(chosen)
        self._update_filter_button()
        self._update_state()
        return ok

    def _update_filter_button(self) -> None:
        n = self.active_filters()
        self.filter_button.setText(tr("&Filters (%1)").replace("%1", str(n)) if n else tr("&Filters"))

    def _show_filters(self, shown: bool) -> None:
        self.filters.setVisible(shown)
        self.filter_button.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)
        if shown:
            self.year.setFocus(Qt.FocusReason.OtherFocusReason)

    def _query_failed(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def _update_state(self) -> None:
        total = self.model.total()
        searching = bool(self.search.text().strip()) or self.active_filters() > 0
        if total == 0 and not searching and len(self.library) == 0:
            self.stack.setCurrentWidget(self.empty_library)
        elif total == 0:
            self.stack.setCurrentWidget(self.no_results)
        else:
            self.stack.setCurrentWidget(self.table)
        text = tr("%Ln gevonden", None, total) if searching else tr("%Ln documenten", None, total)
        self.count.setText(text)
        column, order = self.model.sort_column()
        header = self.table.horizontalHeader()
        if column >= 0 and (header.sortIndicatorSection() != column or header.sortIndicatorOrder() != order):
            header.blockSignals(True)
            header.setSortIndicator(column, order)
            header.blockSignals(False)

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if Column(column) not in SORT_KEYS:
            QTimer.singleShot(0, self._update_state)  # put the indicator back on the column in use

    def _header_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column, (title, _tip) in headers().items():
            if column == Column.SUBJECT:
                continue
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
            menu.addAction(action)
        menu.popup(header.mapToGlobal(pos))

    # ---- rows ---------------------------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_id(self, doc_id: str | None) -> bool:
        """Make `doc_id`'s row current without emitting document_chosen (it is already open)."""
        return self._reselect(doc_id)

    def show_open(self, doc_id: str | None) -> bool:
        """The window shows `doc_id`: its row is selected now, and again whenever a search or a refresh lists
        it (a document opened from elsewhere, a followed citation, is fetched into the list when it is in
        the rows of the current search). False when the list does not hold it."""
        self.open_id = doc_id
        if doc_id and self.model.row_of(doc_id) < 0:
            self.model.fetch_until(doc_id)
        return self._reselect(doc_id)

    def _reselect(self, doc_id: str | None) -> bool:
        row = self.model.row_of(doc_id) if doc_id else -1
        self._choosing = True
        try:
            sm = self.table.selectionModel()
            if row < 0:
                sm.clearSelection()
                sm.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
                return False
            index = self.model.index(row, Column.SUBJECT)
            sm.setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.table.scrollTo(index)
            return True
        finally:
            self._choosing = False

    def first_answered(self) -> str | None:
        """The first row of the list (as far as it is fetched) whose questions are answered; else the first."""
        from reader.core.rules import Status
        from reader.gui.document_model import row_status

        for i in range(self.model.rowCount()):
            row = self.model.row_at(i)
            if row is not None and row_status(row) in (Status.ANSWERED, Status.ANSWERED_BY_LETTER):
                return row.id
        return self.model.id_at(0)

    def step(self, delta: int) -> str | None:
        """Choose the row `delta` rows from the current one (fetching more rows at the end); its id or None."""
        index = self.table.currentIndex()
        row = (index.row() if index.isValid() else -1) + delta
        if row >= self.model.rowCount() and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        if not 0 <= row < self.model.rowCount():
            return None
        target = self.model.index(row, Column.SUBJECT)
        self.table.selectionModel().setCurrentIndex(
            target, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(target)
        return self.model.id_at(row)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._choosing or not current.isValid():
            return
        doc_id = self.model.id_at(current.row())
        if doc_id:
            self.document_chosen.emit(doc_id)

    def _enter_on_row(self, index: QModelIndex) -> None:
        doc_id = self.model.id_at(index.row())
        if doc_id:
            self.open_requested.emit(doc_id)

    def _search_enter(self) -> None:
        self.apply_query()
        if self.online_scope:
            self.online.focus_when_found = True
            self.online_search_requested.emit(self.search.text())
            return
        self.focus_list()

    @property
    def online_scope(self) -> bool:
        """The search also asks the official repository (the scope "Officiële bekendmakingen")."""
        return self.scope.isChecked()

    def _scope_changed(self, _on: bool) -> None:
        self.online.setVisible(self.online_scope)
        if not self.online_scope:
            self.online.clear()

    def focus_list(self) -> None:
        """Focus the list, on the current row or the first one."""
        if self.stack.currentWidget() is not self.table:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.step(1)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key == Qt.Key.Key_Down:
                if self._timer.isActive():
                    self.apply_query()
                self.focus_list()
                return True
            if key == Qt.Key.Key_Escape:
                if self.search.text():
                    self.search.clear()
                else:
                    self.leave_requested.emit()  # an empty search: back to the text
                return True
        return super().eventFilter(watched, event)
