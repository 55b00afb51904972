"""The document list: a table model over the library that fetches rows page by page as the view scrolls.

Rows come from `Library.query` with the current `Query` (search text, filters, order); the model never holds
more rows than the view has asked for (`canFetchMore`/`fetchMore`, a page at a time). Sorting is a new library
query, never an in-memory sort, so it is right for a 100,000-document library too; only the orders the library
knows are offered (number, date), other columns keep the current order.

Text is returned as display text, which item views draw as plain text; tool tips go through
`safety.tooltip`. The status column has an icon, a colour for overdue questions and an accessible text that
says in words what the colour and icon say.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from reader.core import rules
from reader.core.rules import Status
from reader.gui import safety
from reader.gui.i18n import tr
from reader.library import Library, LibraryError, Page, Query, Row

PAGE_SIZE = 200
FETCH_FOR_SELECTION = 5  # pages fetched at most to select the open document in the list
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the document id of a row
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the library Row
SECONDARY_ROLE = Qt.ItemDataRole.UserRole + 3  # the subject cell's second line: who asked whom
OVERDUE_COLOR = QColor(176, 32, 32)

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NUMBER = 0
    DATE = 1
    SUBJECT = 2
    MEMBERS = 3
    ADDRESSEE = 4
    QUESTIONS = 5
    STATUS = 6


# the library's sort keys for the columns it can sort by
SORT_KEYS: dict[Column, str] = {
    Column.NUMBER: "number", Column.DATE: "date", Column.SUBJECT: "subject", Column.MEMBERS: "member",
    Column.ADDRESSEE: "addressee", Column.QUESTIONS: "questions", Column.STATUS: "status",
}  # fmt: skip


def headers() -> dict[Column, tuple[str, str]]:
    """(title, tool tip) of each column, in the current language."""
    return {
        Column.NUMBER: (tr("Nr."), tr("Het nummer in het Aanhangsel, of het zaaknummer van open vragen")),
        Column.DATE: (tr("Datum"), tr("Ontvangen (antwoord of mededeling), of ingezonden (open vragen)")),
        Column.SUBJECT: (tr("Onderwerp"), tr("Waar de vragen over gaan")),
        Column.MEMBERS: (tr("Vragensteller"), tr("De Kamerleden die de vragen stelden, met hun partij")),
        Column.ADDRESSEE: (tr("Aan"), tr("Aan wie de vragen gericht zijn")),
        Column.QUESTIONS: (tr("Vragen"), tr("Het aantal vragen")),
        Column.STATUS: (tr("Status"), tr("Beantwoord, uitgesteld of open; rood: de termijn van drie weken is voorbij")),
    }


def short_date(day: date | None) -> str:
    """ "29 mrt. 2019" (in the interface language, which sets QLocale's default)."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def number_text(row: Row) -> str:
    """The Aanhangsel number ("1989"; the full id is in the tool tip). Questions not yet answered have no
    number yet: their cell stays empty (the zaak number is in the tool tip)."""
    if row.nummer is not None and row.vergaderjaar:
        return f"{row.nummer}"
    return ""


def secondary_text(row: Row) -> str:
    """ "Bosgraaf (SP) → Minister van Infrastructuur en Waterstaat"."""
    members = safety.clean(row.members_text)
    to = safety.clean(row.addressee or "")
    if members and to:
        return f"{members} → {to}"
    return members or to


def row_status(row: Row) -> Status:
    """What the list shows for a row (core.rules): its set's status, unless the document's own soort settles it
    (oral questions, withdrawn ones, an answer by letter)."""
    return rules.status_key(row.kind, row.soort or None, row.status, row.overdue, row.answered_by)


def status_text(row: Row) -> str:
    return {
        Status.ANSWERED: tr("Beantwoord"),
        Status.ANSWERED_BY_LETTER: tr("Per brief"),
        Status.POSTPONED: tr("Uitgesteld"),
        Status.OVERDUE: tr("Te laat"),
        Status.OPEN: tr("Open"),
        Status.WITHDRAWN: tr("Ingetrokken"),
        Status.ORAL: tr("Mondeling"),
    }[row_status(row)]


def status_description(row: Row) -> str:
    """The status in words, for the accessible text and the tool tip."""
    status = row_status(row)
    if status == Status.ANSWERED:
        if row.days is not None:
            return tr("Beantwoord na %n dagen", None, row.days)
        return tr("Beantwoord")
    if status == Status.ANSWERED_BY_LETTER:
        return tr("Beantwoord bij brief (een Kamerstuk)")
    if status == Status.POSTPONED:
        return tr("Beantwoording uitgesteld (mededeling ontvangen)")
    if status == Status.WITHDRAWN:
        return tr("De vragen zijn ingetrokken")
    if status == Status.ORAL:
        return tr("Mondelinge vragen: er komt geen schriftelijk antwoord")
    if status == Status.OVERDUE:
        return tr("Open, termijn verstreken: %n dagen te laat", None, rules.days_late(row.days))
    if row.days is not None:
        return tr("Open sinds %n dagen", None, row.days)
    return tr("Open")


def subject_text(row: Row) -> str:
    text = row.subject or row.title or row.id
    text = safety.clean(text).strip()
    return text[:1].upper() + text[1:]


class DocumentListModel(QAbstractTableModel):
    """See the module docstring. `query_failed(message)` reports search text the library cannot read."""

    query_failed = Signal(str)
    total_changed = Signal(int)

    def __init__(self, library: Library, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._library = library
        self._page_size = page_size
        self._query = Query(limit=page_size)
        self._rows: list[Row] = []
        self._total = 0
        self._today: date | None = None
        self._fetching = False
        self._icons: dict[Status, QIcon] = {}

    # ---- the query ------------------------------------------------------------------------------------------
    @property
    def library(self) -> Library:
        return self._library

    def query(self) -> Query:
        return self._query

    def total(self) -> int:
        """All documents that match, not only the rows fetched so far."""
        return self._total

    def set_query(self, query: Query) -> bool:
        """List what `query` finds (its limit and offset are ignored). False, with `query_failed`, when the
        library cannot read the search text; the rows shown so far then stay."""
        query = replace(query, limit=self._page_size, offset=0, today=self._today)
        try:
            page = self._library.query(query)
        except LibraryError as exc:
            self.query_failed.emit(exc.message())
            return False
        self._reset(page.rows, page.total, query)
        self.total_changed.emit(self._total)
        return True

    def refresh(self) -> None:
        """Read the rows again (after an import): as many as were shown, at least one page."""
        wanted = max(len(self._rows), self._page_size)
        try:
            page = self._library.query(replace(self._query, limit=wanted, offset=0))
        except LibraryError as exc:
            self.query_failed.emit(exc.message())
            return
        self._reset(page.rows, page.total, self._query)
        self.total_changed.emit(self._total)

    def _reset(self, rows: list[Row], total: int, query: Query) -> None:
        self._fetching = True  # no fetchMore from inside the reset (views and the model tester ask)
        try:
            self.beginResetModel()
            self._query = query
            self._rows = list(rows)
            self._total = max(total, len(self._rows))
            self.endResetModel()
        finally:
            self._fetching = False

    def set_today(self, today: date | None) -> None:
        """Fix "today" (for overdue), for tests and screenshots; None = the real date."""
        self._today = today
        self._query = replace(self._query, today=today)

    # ---- lookup ---------------------------------------------------------------------------------------------
    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def id_at(self, row: int) -> str | None:
        r = self.row_at(row)
        return r.id if r else None

    def row_of(self, doc_id: str) -> int:
        """The row of a document among the rows fetched so far, or -1."""
        for i, r in enumerate(self._rows):
            if r.id == doc_id:
                return i
        return -1

    def fetch_until(self, doc_id: str, pages: int = FETCH_FOR_SELECTION) -> int:
        """Fetch more pages (at most `pages`) until `doc_id` is among the rows; its row, or -1."""
        for _ in range(pages):
            row = self.row_of(doc_id)
            if row >= 0 or not self.canFetchMore(QModelIndex()):
                return row
            self.fetchMore(QModelIndex())
        return self.row_of(doc_id)

    # ---- QAbstractItemModel ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        # a view (or the model tester) may ask for more from inside beginInsertRows: one page at a time
        self._fetching = True
        try:
            self._fetch_page()
        finally:
            self._fetching = False

    def _fetch_page(self) -> None:
        try:
            page: Page = self._library.query(replace(self._query, offset=len(self._rows)))
        except LibraryError as exc:
            self._total = len(self._rows)  # stop asking; the message says why
            self.query_failed.emit(exc.message())
            return
        known = {r.id for r in self._rows[-self._page_size :]}
        rows = [r for r in page.rows if r.id not in known]  # the library changed between pages
        if not rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()
        if page.total != self._total:
            self._total = max(page.total, len(self._rows))
            self.total_changed.emit(self._total)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        title, tip = headers()[Column(section)]
        if role == Qt.ItemDataRole.DisplayRole:
            return title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole and section == Column.QUESTIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() < len(Column):
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return safety.tooltip(self._tooltip(row, column))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(row, column)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == SECONDARY_ROLE:
            return secondary_text(row) if column == Column.SUBJECT else None
        if column == Column.STATUS:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._icon(row_status(row))
            if role == Qt.ItemDataRole.ForegroundRole and row_status(row) == Status.OVERDUE:
                return QBrush(OVERDUE_COLOR)
        if role == Qt.ItemDataRole.ForegroundRole and column in (Column.NUMBER, Column.DATE):
            return QApplication.palette().brush(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.QUESTIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _icon(self, status: Status) -> QIcon:
        if not self._icons:
            style = QApplication.style()
            answered = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
            self._icons = {
                Status.OVERDUE: style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                Status.POSTPONED: style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
                Status.ANSWERED: answered,
                Status.ANSWERED_BY_LETTER: answered,
            }
        return self._icons.get(status, QIcon())

    def _display(self, row: Row, column: Column) -> str:
        if column == Column.NUMBER:
            return number_text(row)
        if column == Column.DATE:
            return short_date(row.ontvangen or row.ingezonden)
        if column == Column.SUBJECT:
            return subject_text(row)
        if column == Column.MEMBERS:
            return safety.clean(row.members_text)
        if column == Column.ADDRESSEE:
            return safety.clean(row.addressee or "")
        if column == Column.QUESTIONS:
            return str(row.n_questions)
        return status_text(row)

    def _tooltip(self, row: Row, column: Column) -> str:
        if column == Column.NUMBER:
            return row.id
        if column == Column.SUBJECT:
            return safety.clean(row.title or row.subject or row.id)
        if column == Column.MEMBERS:
            return secondary_text(row)
        if column == Column.STATUS:
            return status_description(row)
        if column == Column.DATE:
            parts = []
            if row.ingezonden:
                parts.append(tr("Ingezonden %1").replace("%1", short_date(row.ingezonden)))
            if row.ontvangen:
                parts.append(tr("Ontvangen %1").replace("%1", short_date(row.ontvangen)))
            return "\n".join(parts)
        return self._display(row, column)

    def _accessible(self, row: Row, column: Column) -> str:
        if column == Column.NUMBER:
            return row.id
        if column == Column.STATUS:
            return status_description(row)
        if column == Column.QUESTIONS:
            return tr("%n vragen", None, row.n_questions)
        if column == Column.SUBJECT:
            return f"{subject_text(row)}; {secondary_text(row)}"
        return self._display(row, column)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A new library query in the order of `column` (number or date); other columns keep the order."""
        key = SORT_KEYS.get(Column(column)) if 0 <= column < len(Column) else None
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the rows are in (for the header's sort indicator); -1 for relevance."""
        for column, key in SORT_KEYS.items():
            if key == self._query.sort:
                order = Qt.SortOrder.DescendingOrder if self._query.descending else Qt.SortOrder.AscendingOrder
                return int(column), order
        return -1, Qt.SortOrder.DescendingOrder
