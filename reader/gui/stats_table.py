"""The table beside each chart of the overview: one row per group with the figures the chart draws, and every
group, also those the chart leaves out.

    model = StatsTableModel(ANSWER_TIME_COLUMNS); model.set_stats(stats)
    model.group_at(row), model.status_of(column)      # what a click on a cell lists (stats.query_for)

A cell counts sets of one status of the search: a click on it lists exactly those (`status_of`: "answered" for
the answer times, "overdue", "open" without postponement, "postponed" still open); a click on the name lists all
the group's sets. The display text is formatted in the interface language (7,5 / 7.5; 75%); SORT_ROLE gives the
number itself (None as -1) so a sort proxy orders by value, and the month column by date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import StrEnum

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from reader.gui import safety
from reader.gui.i18n import tr
from reader.gui.stats_charts import group_name, library_word, open_counts
from reader.library.stats import Group, Stats

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class Figure(StrEnum):
    NAME = "name"
    SETS = "sets"
    ANSWERED = "answered"
    MEDIAN = "median"
    P90 = "p90"
    WITHIN = "within"
    POSTPONED = "postponed"
    OPEN = "open"  # open without a postponement (the search's status "open"), overdue ones included
    OVERDUE = "overdue"
    POSTPONED_OPEN = "postponed_open"


ANSWER_TIME_COLUMNS = (Figure.NAME, Figure.ANSWERED, Figure.MEDIAN, Figure.P90, Figure.WITHIN, Figure.POSTPONED)
OPEN_COLUMNS = (Figure.NAME, Figure.SETS, Figure.OPEN, Figure.OVERDUE, Figure.POSTPONED_OPEN)
TREND_COLUMNS = (Figure.NAME, Figure.SETS, Figure.ANSWERED, Figure.MEDIAN, Figure.P90, Figure.WITHIN, Figure.OVERDUE)

# what a click on a cell lists: the search's status whose sets the figure counts (None: all the group's sets)
STATUS_OF: dict[Figure, str | None] = {
    Figure.NAME: None, Figure.SETS: None, Figure.ANSWERED: "answered", Figure.MEDIAN: "answered",
    Figure.P90: "answered", Figure.WITHIN: "answered", Figure.POSTPONED: None, Figure.OPEN: "open",
    Figure.OVERDUE: "overdue", Figure.POSTPONED_OPEN: "postponed",
}  # fmt: skip


def headers() -> dict[Figure, tuple[str, str]]:
    """(title, tool tip) of every figure, in the interface language."""
    return {
        Figure.NAME: (tr("Groep"), tr("Klik: alle vraagsets van de groep in de lijst")),
        Figure.SETS: (tr("Vraagsets"), tr("Alle vraagsets van de groep, ook mondelinge en ingetrokken")),
        Figure.ANSWERED: (tr("Beantwoord"), tr("Beantwoorde vraagsets, ook per brief")),
        Figure.MEDIAN: (tr("Mediaan"), tr("De middelste antwoordtijd in dagen")),
        Figure.P90: (tr("p90"), tr("90% was binnen zoveel dagen beantwoord")),
        Figure.WITHIN: (tr("≤ 3 weken"), tr("Het deel dat binnen drie weken (21 dagen) beantwoord werd")),
        Figure.POSTPONED: (tr("Uitgesteld"), tr("Vraagsets met een uitstelbericht, beantwoord of nog open")),
        Figure.OPEN: (tr("Open"), tr("Open vraagsets zonder uitstelbericht (de te late inbegrepen)")),
        Figure.OVERDUE: (tr("Te laat"), tr("Open na drie weken, zonder uitstelbericht")),
        Figure.POSTPONED_OPEN: (tr("Uitgesteld, open"), tr("Uitgesteld en nog niet beantwoord")),
    }


def _days(value: float | None) -> str:
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", 0 if float(value).is_integer() else 1)


def _share(value: float | None) -> str:
    return "–" if value is None else f"{round(100 * value)}%"


class StatsTableModel(QAbstractTableModel):
    """The figures of one grouping (see the module docstring)."""

    def __init__(self, columns: Sequence[Figure], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.by = "ministry"
        self._groups: list[Group] = []
        self._postponed_open: dict[str | None, int] = {}
        self._cells: list[list[tuple[str, object]]] = []  # per row and column: (display text, sort value)

    def set_stats(self, stats: Stats | None, postponed_open: dict[str | None, int] | None = None) -> None:
        self.beginResetModel()
        self.by = stats.by if stats is not None else self.by
        self._groups = list(stats.groups) if stats is not None else []
        self._postponed_open = dict(postponed_open or {})
        # formatted once: a view sizing its columns to their contents asks for every cell many times
        self._cells = [[self._cell(g, figure) for figure in self.columns] for g in self._groups]
        self.endResetModel()

    def group_at(self, row: int) -> Group | None:
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def status_of(self, column: int) -> str | None:
        return STATUS_OF[self.columns[column]] if 0 <= column < len(self.columns) else None

    def text_at(self, row: int, column: int) -> str:
        """The display text of a cell (rows in the model's order)."""
        return self._cells[row][column][0]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        title, tip = headers()[self.columns[section]]
        if role == Qt.ItemDataRole.DisplayRole:
            return library_word(f"stats_by_{self.by}") if section == 0 else title
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if section == 0 else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _value(self, g: Group, figure: Figure) -> float | int | None:
        open_count, overdue, postponed_open = open_counts(g, self._postponed_open.get(g.key, 0))
        values: dict[Figure, Callable[[], float | int | None]] = {
            Figure.SETS: lambda: g.sets, Figure.ANSWERED: lambda: g.answered, Figure.MEDIAN: lambda: g.median_days,
            Figure.P90: lambda: g.p90_days, Figure.WITHIN: lambda: g.within_3_weeks,
            Figure.POSTPONED: lambda: g.postponed, Figure.OPEN: lambda: open_count, Figure.OVERDUE: lambda: overdue,
            Figure.POSTPONED_OPEN: lambda: postponed_open,
        }  # fmt: skip
        return values[figure]()

    def _cell(self, g: Group, figure: Figure) -> tuple[str, object]:
        """(display text, sort value) of one cell."""
        if figure == Figure.NAME:  # months by date, names alphabetically, the group without a value last
            name = group_name(self.by, g)
            if g.key is None:
                return name, "\uffff"
            return name, g.key if self.by in ("month", "year") else name.casefold()
        value = self._value(g, figure)
        if figure in (Figure.MEDIAN, Figure.P90):
            text = _days(value)
        elif figure == Figure.WITHIN:
            text = _share(value)
        else:
            text = QLocale().toString(int(value or 0))
        return text, -1 if value is None else value

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row, column = index.row(), index.column()
        if not index.isValid() or not (0 <= row < len(self._cells)) or not (0 <= column < len(self.columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column][0]
        if role == SORT_ROLE:
            return self._cells[row][column][1]
        if role == GROUP_ROLE:
            return self._groups[row]
        if column == 0:
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self._cells[row][0][0]
            if role == Qt.ItemDataRole.ToolTipRole:
                return safety.tooltip(self._cells[row][0][0])
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
