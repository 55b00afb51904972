"""The overview of answer times ("Overzicht"): a window of its own beside the main window, with a chart and a table
per tab — answer time (per ministry, party, member or vergaderjaar), open and overdue (idem), the trend per month
— above them the filter bar it shares with the library list, and a click on a box, bar, point or table cell
that shows those question sets in the list.

Why a window and not a tab of the reading area: the charts want room, and the overview stays in sight while the
reader opens the documents it pointed at (a tab would give way to the first document opened); it can go to a
second screen, and is printed on its own. It opens over the reading area, so the list it filters stays visible.

Made on first use (`MainWindow.answer_overview`): Qt Charts is not loaded before. The figures of a tab are read
when the tab is shown and after every change of the filters or the library (`Section.refresh`); the other tabs
wait until they are shown. The charts come from stats_charts.py (the same as `stats --chart`), the tables from
stats_table.py; printing, the PDF and the file dialogs are the printing layer's (reader.printing.pages), the
pages overview_pages.py's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QEvent, QLocale, QModelIndex, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QHideEvent, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from reader.gui import stats_charts as charts
from reader.gui.actions import OVERVIEW_MENU, Scope
from reader.gui.i18n import tr
from reader.gui.stats_table import (
    ANSWER_TIME_COLUMNS,
    GROUP_ROLE,
    OPEN_COLUMNS,
    SORT_ROLE,
    TREND_COLUMNS,
    StatsTableModel,
)
from reader.library import LibraryError, Query, QueryError
from reader.library.stats import Group, Stats, query_for

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow
    from reader.gui.shared_filters import SharedFilters

GROUPINGS = ("ministry", "party", "member", "year")  # what the answer-time and open tabs can be per
NAME_COLUMN_MAX = 200  # the table widens for names up to this many pixels (longer ones are elided, in a tip whole)


def status_text(status: str | None) -> str:
    return {
        None: tr("alle vraagsets"), "answered": tr("beantwoord"), "open": tr("open, zonder uitstel"),
        "overdue": tr("te laat"), "postponed": tr("uitgesteld, nog open"),
    }.get(status, status or "")  # fmt: skip


class ChartView(QChartView):
    """A chart view that says when its width changed (the boxes' labels are fitted to it)."""

    resized: Callable[[], None] | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.resized is not None:
            self.resized()


class Section(QWidget):
    """One tab: a chart beside its table, and for answer time and open sets a choice of grouping."""

    def __init__(self, kind: str, overview: OverviewWindow) -> None:
        super().__init__(overview.tabs)
        self.kind = kind  # "answer-time", "open", "trend"
        self.overview = overview
        self.setObjectName(f"overview_{kind}")
        self.stats: Stats | None = None
        self.postponed_open: dict[str | None, int] = {}
        self.chart: charts.StatsChart | None = None
        self.dirty = True
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        self.by = QComboBox(self)
        self.by.setObjectName(f"overview_{kind}_by")
        if kind != "trend":
            row = QHBoxLayout()
            label = QLabel(tr("&Groeperen per:"), self)
            label.setBuddy(self.by)
            for by in GROUPINGS:
                self.by.addItem(charts.library_word(f"stats_by_{by}"), by)
            self.by.setAccessibleName(tr("Groeperen per"))
            self.by.currentIndexChanged.connect(lambda _i: self.refresh())
            row.addWidget(label)
            row.addWidget(self.by)
            row.addStretch(1)
            box.addLayout(row)
        else:
            self.by.addItem(charts.library_word("stats_by_month"), "month")
            self.by.hide()
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.view = ChartView(split)
        self.view.resized = self._view_resized
        self.view.setObjectName(f"overview_{kind}_chart")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumSize(420, 300)
        self.view.setAccessibleName(tr("Grafiek"))
        columns = {"answer-time": ANSWER_TIME_COLUMNS, "open": OPEN_COLUMNS, "trend": TREND_COLUMNS}[kind]
        self.model = StatsTableModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(split)
        self.table.setObjectName(f"overview_{kind}_table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the library's order until a heading is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # sized to the figures once when they change (`refresh`), not on every layout: ResizeToContents would
        # measure every cell of 360 months some twenty times when the tab is shown
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.setMinimumSectionSize(56)
        self.table.setAccessibleName(tr("Tabel"))
        self.table.setAccessibleDescription(tr("Klik op een getal: die vraagsets in de documentenlijst"))
        self.table.clicked.connect(self._cell_clicked)
        self.table.activated.connect(self._cell_clicked)
        split.addWidget(self.view)
        split.addWidget(self.table)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)  # a wider window widens the chart; the table takes what it needs (_widen_table)
        split.setSizes([3000, 2000])  # (proportions at first: the chart three fifths)
        self.split = split
        self._widen_queued = False
        self.user_split = False  # the reader moved the divider: the table no longer widens by itself
        split.splitterMoved.connect(lambda _pos, _index: setattr(self, "user_split", True))
        box.addWidget(split, 1)

    @property
    def grouping(self) -> str:
        return str(self.by.currentData())

    @property
    def title(self) -> str:
        return {"answer-time": tr("Antwoordtijd"), "open": tr("Open en te laat"), "trend": tr("Per maand")}[self.kind]

    def compute(self) -> None:
        """Read the figures for the filters (no drawing): the stats, and for open sets the postponed ones."""
        base = self.overview.base_query()
        self.stats = self.overview.library.stats(self.grouping, base)
        self.postponed_open = {}
        if self.kind == "open":
            postponed = self.overview.library.stats(self.grouping, replace(base, status="postponed"))
            self.postponed_open = {g.key: g.sets for g in postponed.groups}
        self.dirty = False

    def build_chart(self) -> charts.StatsChart:
        """A new chart of the figures read last (for the view, a PNG or a page)."""
        assert self.stats is not None
        if self.kind == "answer-time":
            return charts.answer_time_chart(self.stats)
        if self.kind == "open":
            return charts.open_chart(self.stats, self.postponed_open)
        return charts.trend_chart(self.stats)

    def refresh(self) -> None:
        """Read the figures and draw them (a failure is said in the status bar; the last figures stay)."""
        try:
            self.compute()
        except (QueryError, LibraryError) as exc:
            self.overview.say(str(exc))
            return
        old = self.chart
        self.chart = self.build_chart()
        self.chart.picked.connect(self.overview.show_in_list_for(self))
        self.chart.fit_labels(self.view.width())
        self.view.setChart(self.chart.chart)
        if old is not None:
            old.chart.deleteLater()
        self.model.set_stats(self.stats, self.postponed_open)
        self.fit_columns()
        self.overview.summarise(self)

    def fit_columns(self) -> None:
        """Each figure's column as wide as its heading or its widest text (measured by the font, without asking
        the view for every cell's size hint: a tenth of the time at 360 months)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 14
        for column in range(1, self.model.columnCount()):
            texts = {self.model.text_at(row, column) for row in range(self.model.rowCount())}
            widest = max((metrics.horizontalAdvance(text) for text in texts), default=0) + padding
            header.resizeSection(column, max(header.sectionSizeHint(column), widest, header.minimumSectionSize()))
        self._widen_table()

    def _widen_table(self) -> None:
        """Give the table the room its figures and a readable name column need and the chart the rest (the
        chart no narrower than its minimum; the divider as the reader left it, once moved)."""
        self._widen_queued = False
        if self.user_split:
            return
        header = self.table.horizontalHeader()
        names = {self.model.text_at(row, 0) for row in range(self.model.rowCount())}
        name_width = max((self.table.fontMetrics().horizontalAdvance(n) for n in names), default=0) + 16
        needed = (
            sum(header.sectionSize(c) for c in range(1, self.model.columnCount()))
            + min(max(name_width, header.sectionSizeHint(0)), NAME_COLUMN_MAX)
            + self.table.verticalScrollBar().sizeHint().width()
            + 2 * self.table.frameWidth()
        )
        total = sum(self.split.sizes())
        table = min(needed, total - self.view.minimumWidth())
        if table > 0 and table != self.split.sizes()[1]:
            self.split.setSizes([total - table, table])

    def _view_resized(self) -> None:
        if self.model.rowCount() and not self._widen_queued:  # laid out: the sizes are the real ones now (after
            self._widen_queued = True  # this resize: a splitter moved inside it leaves the chart at its old size)
            QTimer.singleShot(0, self._widen_table)
        if self.chart is not None:
            self.chart.fit_labels(self.view.width())

    def _cell_clicked(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        group = index.data(GROUP_ROLE)
        source = self.proxy.mapToSource(index)
        self.overview.show_in_list(self, group, self.model.status_of(source.column()))


class OverviewWindow(QMainWindow):
    """The overview (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window, Qt.WindowType.Window)
        self.window_ = window
        assert window.library is not None, "the overview needs the library"
        self.library = window.library
        self.setObjectName("overview_window")
        self.setWindowTitle(tr("Overzicht antwoordtijden — %1").replace("%1", window.windowTitle()))
        self.shared: SharedFilters = window.library_panel.shared
        self.menuBar().addMenu(window.menus[OVERVIEW_MENU])
        window.registry.attach(Scope.OVERVIEW, self)

        self.filter_bar = QToolBar(tr("Filters"), self)
        self.filter_bar.setObjectName("overview_filters")
        self.filter_bar.setMovable(False)
        self.filters: dict[str, QComboBox] = {}
        for field, text in (("year", tr("&Vergaderjaar")), ("party", tr("&Partij")), ("ministry", tr("&Ministerie")),
                            ("kind", tr("&Soort"))):  # fmt: skip
            label = QLabel(text, self.filter_bar)
            label.setContentsMargins(8, 0, 4, 0)
            combo = QComboBox(self.filter_bar)
            combo.setObjectName(f"overview_filter_{field}")
            combo.setAccessibleName(text.replace("&", ""))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMaximumWidth(260)
            label.setBuddy(combo)
            self.shared.bind(field, combo)
            self.filter_bar.addWidget(label)
            self.filter_bar.addWidget(combo)
            self.filters[field] = combo
        clear = QPushButton(tr("Filters &wissen"), self.filter_bar)
        clear.clicked.connect(self.shared.clear)
        self.filter_bar.addSeparator()
        self.filter_bar.addWidget(clear)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.filter_bar)
        self.addToolBarBreak()
        commands = QToolBar(tr("Afdrukken en exporteren"), self)
        commands.setObjectName("overview_commands")
        commands.setMovable(False)
        commands.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action_id in ("overview_print", "overview_preview", "overview_export_pdf", "overview_export_png",
                          "overview_export_csv"):  # fmt: skip
            commands.addAction(window.actions_[action_id])
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, commands)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("overview_tabs")
        self.sections = [Section(kind, self) for kind in ("answer-time", "open", "trend")]
        for section in self.sections:
            self.tabs.addTab(section, section.title)
        self.tabs.currentChanged.connect(lambda _i: self.refresh_current())
        self.setCentralWidget(self.tabs)
        self.summary = QLabel(self)
        self.summary.setObjectName("overview_summary")
        self.statusBar().addPermanentWidget(self.summary)

        self.shared.changed.connect(self.figures_changed)
        window.import_finished.connect(lambda _summary: self.figures_changed())
        window.installEventFilter(self)  # the overview closes with the main window
        self.resize(1100, 720)
        self._placed = False

    # ---- the figures ---------------------------------------------------------------------------------------------
    def base_query(self) -> Query:
        return self.shared.query(Query(today=self.window_.today))

    @property
    def current(self) -> Section:
        return self.sections[self.tabs.currentIndex()]

    def figures_changed(self) -> None:
        """The filters or the library changed: every tab reads its figures again when next shown."""
        for section in self.sections:
            section.dirty = True
        if self.isVisible():
            self.refresh_current()

    def refresh_current(self) -> None:
        if self.current.dirty or self.current.chart is None:
            self.current.refresh()
        else:
            self.summarise(self.current)
        self.window_.update_commands()

    def summarise(self, section: Section) -> None:
        stats = section.stats
        if stats is None or section is not self.current:
            return
        t = stats.total
        parts = [tr("%1 vraagsets").replace("%1", f"{t.sets:n}"), tr("%1 beantwoord").replace("%1", f"{t.answered:n}")]
        if t.median_days is not None:
            parts.append(tr("mediaan %1 dagen").replace("%1", QLocale().toString(float(t.median_days), "g", 4)))
        parts.append(tr("%1 open, %2 te laat").replace("%1", f"{t.open:n}").replace("%2", f"{t.overdue:n}"))
        self.summary.setText(" · ".join(parts))

    def say(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    # ---- a click: those sets in the list ----------------------------------------------------------------------------
    def show_in_list_for(self, section: Section) -> Callable[[Group, str | None], object]:
        return lambda group, status: self.show_in_list(section, group, status)

    def show_in_list(self, section: Section, group: Group, status: str | None) -> Query | None:
        """List the sets of `group` (with `status`) that the figures counted; the query shown, or None."""
        if group is None or section.stats is None:
            return None
        query = query_for(section.grouping, group, self.base_query(), status)
        name = charts.group_name(section.grouping, group)
        if query is None:
            self.say(tr("De groep %1 heeft geen waarde om op te filteren").replace("%1", name))
            return None
        panel = self.window_.library_panel
        if panel.isHidden():
            panel.show()
            self.window_.update_commands()
        panel.show_selection(query, f"{name} · {status_text(status)}")
        total = panel.model.total()
        self.say(tr("%1 vraagsets in de documentenlijst: %2").replace("%1", f"{total:n}").replace("%2", name))
        return query

    # ---- printing and exporting -------------------------------------------------------------------------------------
    def ready_sections(self) -> list[Section]:
        """Every tab with its figures read and shown (for a print of all of them)."""
        for section in self.sections:
            if section.dirty or section.stats is None:
                section.refresh()
        return self.sections

    def file_stem(self) -> str:
        return "overzicht-" + self.current.kind + ("" if self.current.kind == "trend" else f"-{self.current.grouping}")

    def ask_path(self, kind: str) -> Path | None:
        """Where to write an export of `kind` (png, pdf, csv): the printing layer's save dialog."""
        from reader.printing.pages import save_file_name

        filters = {"png": tr("PNG-afbeeldingen (*.png)"), "pdf": tr("PDF-bestanden (*.pdf)"),
                   "csv": tr("CSV-bestanden (*.csv)")}  # fmt: skip
        title = {"png": tr("Grafiek exporteren als PNG"), "pdf": tr("Overzicht exporteren als PDF"),
                 "csv": tr("Tabel exporteren als CSV")}[kind]  # fmt: skip
        return save_file_name(self, title, filters[kind], kind, f"{self.file_stem()}.{kind}")

    def export(self, kind: str, path: Path | None = None) -> Path | None:
        """Write the current chart (png), its table's figures (csv) or every tab (pdf) to `path` (asked when None).
        The path written, or None (cancelled, or failed: said in a message box)."""
        from reader.gui import overview_pages
        from reader.printing.errors import ExportError

        path = path or self.ask_path(kind)
        if path is None:
            return None
        try:
            if kind == "pdf":
                overview_pages.write_pdf(self, path)
            elif kind == "png":
                overview_pages.write_png(self.current, path)
            else:
                overview_pages.write_csv(self.current, path)
        except (ExportError, QueryError, LibraryError) as exc:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, tr("Exporteren mislukt"), str(exc))
            return None
        self.say(tr("Geschreven: %1").replace("%1", str(path)))
        return path

    def print_(self, preview: bool = False) -> bool:
        from reader.gui.overview_pages import OverviewPages
        from reader.printing import pages

        source = OverviewPages(self)
        run = pages.preview_pages if preview else pages.print_pages
        return run(self, source, source.title)

    def show_beside(self, window: QWidget) -> None:
        """Show (the first time over the main window's reading area, so the list stays in sight), raise, focus."""
        if not self._placed:
            self._placed = True
            area = window.reading_area if hasattr(window, "reading_area") else window
            top_left = area.mapToGlobal(area.rect().topLeft())
            self.resize(max(760, min(1100, area.width() + 40)), max(520, min(760, window.height())))
            self.move(top_left.x(), window.geometry().top())
        self.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns that it cannot raise windows
            self.raise_()
        self.activateWindow()

    # ---- events -------------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Close:
            self.close()
        return False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_current()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.window_.update_commands()  # the View menu's check mark
