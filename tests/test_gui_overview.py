"""The overview of answer times (issue 15): a window of its own with charts and tables over the library's
figures; a click on a box, a bar or a table cell lists exactly those question sets in the library list; the
filter bar is the list's; printing and PNG, PDF and CSV export; both languages; keys that work only there.

The library is the statistics tests' eleven fictional sets A–K with known dates (test_library_stats.build)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
import io
import itertools
from datetime import date
from pathlib import Path

import pytest
from gui_helpers import QT_LOG_IGNORE, language_restored, make_window, settle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtPdf import QPdfDocument
from test_library_stats import FIN, SZW, TODAY, build

from reader.gui import actions as A
from reader.gui.main_window import MainWindow
from reader.gui.overview import NAME_COLUMN_MAX, OverviewWindow, Section
from reader.gui.stats_charts import CHART_SIZE, MAX_BAR_GROUPS, StatsChart, answer_time_chart, point_of, render_image
from reader.gui.stats_table import ANSWER_TIME_COLUMNS, OPEN_COLUMNS, TREND_COLUMNS, Figure, StatsTableModel
from reader.library import Library, Query
from reader.library.stats import query_for

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    with Library(tmp_path / "lib.sqlite3") as library:
        build(library)
        yield library


def open_overview(qtbot: object, lib: Library) -> tuple[MainWindow, OverviewWindow]:
    window = make_window(qtbot, lib, today=TODAY)
    assert not window.has_answer_overview, "the overview is made on first use"
    window.actions_["overview"].trigger()
    overview = window.answer_overview
    qtbot.waitExposed(overview)  # type: ignore[attr-defined]
    settle()
    assert window.actions_["overview"].isChecked()
    return window, overview


def listed(window: MainWindow) -> list[str]:
    model = window.library_panel.model
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return sorted(model.id_at(r) or "" for r in range(model.rowCount()))


def expected(lib: Library, query: Query | None) -> list[str]:
    assert query is not None
    page = lib.query(query)
    return sorted(r.id for r in page.rows)


def click_mark(qtbot: object, section: Section, index: int, value: float, offset: float = 0.0) -> None:
    """A real mouse click on the chart view where the mark of category `index` (+ `offset` categories) at `value`
    is drawn."""
    chart = section.chart
    assert chart is not None
    scene_point = chart.chart.mapToScene(point_of(chart, index, value, offset))
    pos = section.view.mapFromScene(scene_point)
    qtbot.mouseClick(section.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos.x(), pos.y()))  # type: ignore[attr-defined]
    settle()


def test_a_click_on_a_box_lists_that_ministrys_answered_sets(qtbot: object, lib: Library) -> None:
    window, overview = open_overview(qtbot, lib)
    section = overview.current
    assert section.kind == "answer-time" and section.grouping == "ministry"
    chart = section.chart
    assert chart is not None
    names = [g.name for g in chart.groups]
    assert names == [FIN, SZW]  # the groups with answer times (EZ has an oral set only), largest first
    szw = chart.groups[1]
    picked: list[tuple[object, object]] = []
    chart.picked.connect(lambda group, status: picked.append((group, status)))
    click_mark(qtbot, section, 1, float(szw.median_days or 0))
    assert picked == [(szw, "answered")], "the click reached the box of SZW"
    panel = window.library_panel
    query = query_for("ministry", szw, Query(today=TODAY), "answered")
    assert listed(window) == expected(lib, query)
    assert panel.model.total() == szw.answered == 4
    assert panel.selection.isVisibleTo(panel) and SZW in panel.selection.label.text()
    # searching again returns to the filters: the selection is gone, the whole library is listed
    panel.selection.button.click()
    assert not panel.selection.isVisibleTo(panel)
    assert panel.model.total() == len(lib)


def test_a_click_on_the_overdue_bar_lists_the_overdue_set(qtbot: object, lib: Library) -> None:
    window, overview = open_overview(qtbot, lib)
    overview.tabs.setCurrentIndex(1)
    settle()
    section = overview.current
    assert section.kind == "open" and section.chart is not None
    fin_index = [g.name for g in section.chart.groups].index(FIN)
    fin = section.chart.groups[fin_index]
    # F open and overdue, J open, G postponed: open without postponement 2, of which overdue 1, postponed 1
    rows = {section.model.index(r, 0).data(): r for r in range(section.model.rowCount())}
    cells = [section.model.index(rows[FIN], c).data() for c in range(1, len(OPEN_COLUMNS))]
    assert cells == ["6", "2", "1", "1"]
    bar = section.chart.chart.series()[0]
    overdue_set = next(s for s in bar.barSets() if "te laat" in s.label())
    assert overdue_set.at(fin_index) == 1
    # three bars per ministry, bottom up: postponed, overdue, open (a third of the 0.8 band each)
    base = Query(today=TODAY)
    for offset, status, count in ((0.0, "overdue", 1), (-0.27, "postponed", 1), (0.27, "open", 2)):
        click_mark(qtbot, section, fin_index, 0.5, offset)
        assert listed(window) == expected(lib, query_for("ministry", fin, base, status)), status
        assert window.library_panel.model.total() == count, status
    assert expected(lib, query_for("ministry", fin, base, "overdue")) == ["kv-tk-2024Z12001"]
    # the signal path of a click: the series' clicked(index, bar set)
    overdue_set = next(s for s in bar.barSets() if "te laat" in s.label())
    bar.clicked.emit(fin_index, overdue_set)
    settle()
    assert listed(window) == ["kv-tk-2024Z12001"]
    assert fin.overdue == 1


def test_a_click_on_a_table_cell_lists_what_it_counts(qtbot: object, lib: Library) -> None:
    window, overview = open_overview(qtbot, lib)
    section = overview.current
    table, proxy = section.table, section.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == FIN)
    name_index = proxy.index(row, 0)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(name_index).center())  # type: ignore[attr-defined]
    settle()
    fin = name_index.data(Qt.ItemDataRole.UserRole + 2)
    assert window.library_panel.model.total() == fin.sets == 6  # the name: every set of the group
    assert listed(window) == expected(lib, query_for("ministry", fin, Query(today=TODAY)))
    answered = proxy.index(row, ANSWER_TIME_COLUMNS.index(Figure.ANSWERED))
    table.activated.emit(answered)  # Enter on a cell
    settle()
    assert window.library_panel.model.total() == fin.answered == 2
    # sorted by a column, a click still lists the group of the row clicked
    table.sortByColumn(ANSWER_TIME_COLUMNS.index(Figure.MEDIAN), Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Economische Zaken", SZW, FIN]  # – first
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(proxy.index(1, 0)).center())  # type: ignore[attr-defined]
    settle()
    assert window.library_panel.model.total() == 4  # SZW's sets


def test_the_filter_bar_is_the_lists(qtbot: object, lib: Library) -> None:
    window, overview = open_overview(qtbot, lib)
    panel = window.library_panel
    year = overview.filters["year"]
    assert [year.itemData(i) for i in range(year.count())] == [None, "2023-2024", "2022-2023"]
    ministry = overview.filters["ministry"]
    assert {ministry.itemData(i) for i in range(ministry.count())} == {None, SZW, FIN, "Economische Zaken"}
    # chosen in the overview: the list follows, and the figures
    year.setCurrentIndex(year.findData("2022-2023"))
    settle()
    assert panel.year.currentData() == "2022-2023" and panel.model.query().year == "2022-2023"
    assert panel.model.total() == 1
    assert [g.name for g in overview.current.chart.groups] == [FIN]  # type: ignore[union-attr]
    # chosen in the list: the overview follows
    panel.clear_filters()
    assert year.currentIndex() == 0 and overview.current.stats.query.year is None  # type: ignore[union-attr]
    panel.ministry.setCurrentIndex(panel.ministry.findData(SZW))
    settle()
    assert ministry.currentData() == SZW
    assert [g.name for g in overview.current.chart.groups] == [SZW]  # type: ignore[union-attr]
    assert panel.model.query().ministry == SZW and panel.filter_button.text() == "&Filters (1)"
    kind = overview.filters["kind"]
    kind.setCurrentIndex(kind.findData("vragen"))
    settle()
    assert panel.kind.currentData() == "vragen"
    assert overview.current.stats.query.kind == "vragen"  # type: ignore[union-attr]
    # a tab not shown reads its figures when it is shown, with the filters of then
    overview.tabs.setCurrentIndex(2)
    settle()
    assert overview.current.stats.query.ministry == SZW  # type: ignore[union-attr]


@pytest.mark.parametrize(("columns", "by"), [(ANSWER_TIME_COLUMNS, "party"), (OPEN_COLUMNS, "ministry"),
                                             (TREND_COLUMNS, "month"), (ANSWER_TIME_COLUMNS, "year")])  # fmt: skip
def test_the_table_models_pass_the_model_tester(qtmodeltester: object, lib: Library, columns: tuple, by: str) -> None:
    """QAbstractItemModelTester (Qt's, through pytest-qt) on the model and on the sorting proxy the window shows,
    and through a reset to other figures and to none (the tester stays connected and checks every signal)."""
    from PySide6.QtCore import QSortFilterProxyModel

    from reader.gui.stats_table import SORT_ROLE

    model = StatsTableModel(columns)
    model.set_stats(lib.stats(by, Query(today=TODAY)), {FIN: 1})
    assert model.rowCount() > 0 and model.columnCount() == len(columns)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_stats(lib.stats(by, Query(today=TODAY, party="NVP")))
    model.set_stats(lib.stats(by, Query(year="1999-2000")))  # no sets: no rows
    assert model.rowCount() == 0
    model.set_stats(lib.stats(by, Query(today=TODAY)))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    for column in range(len(columns)):
        proxy.sort(column, Qt.SortOrder.DescendingOrder)
    other = StatsTableModel(columns)
    other.set_stats(lib.stats(by, Query(today=TODAY)))
    proxied = QSortFilterProxyModel()
    proxied.setSourceModel(other)
    proxied.setSortRole(SORT_ROLE)
    proxied.sort(2, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(proxied)  # type: ignore[attr-defined]


def test_table_cells_in_the_interface_language(lib: Library) -> None:
    from PySide6.QtCore import QLocale

    with language_restored():
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        months = StatsTableModel(TREND_COLUMNS)
        months.set_stats(lib.stats("month", Query(today=TODAY)))
        assert months.index(1, 0).data() == "januari 2024"
        assert months.index(1, TREND_COLUMNS.index(Figure.MEDIAN)).data() == "7,5"  # A 5 and B 10 days
        assert months.headerData(0, Qt.Orientation.Horizontal) == "Maand"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        months.set_stats(lib.stats("month", Query(today=TODAY)))
        assert months.index(1, 0).data() == "January 2024"
        assert months.index(1, TREND_COLUMNS.index(Figure.MEDIAN)).data() == "7.5"
        assert months.index(1, TREND_COLUMNS.index(Figure.WITHIN)).data() == "100%"


def test_exports_png_pdf_csv(qtbot: object, lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    window, overview = open_overview(qtbot, lib)
    # through the commands, as the menu runs them (the file dialog answered)
    monkeypatch.setattr(overview, "ask_path", lambda kind: tmp_path / f"overzicht.{kind}")
    window.actions_["overview_export_png"].trigger()
    image = QImage(str(tmp_path / "overzicht.png"))
    assert not image.isNull() and (image.width(), image.height()) == (CHART_SIZE.width(), CHART_SIZE.height())
    window.actions_["overview_export_csv"].trigger()
    text = (tmp_path / "overzicht.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["name"]: (r["answered"], r["median_days"]) for r in rows} == {FIN: ("2", "24"), SZW: ("4", "15"),
                                                                            "Economische Zaken": ("0", "")}  # fmt: skip
    assert text == overview.current.stats.to_csv()  # type: ignore[union-attr]
    window.actions_["overview_export_pdf"].trigger()
    pdf = QPdfDocument()
    pdf.load(str(tmp_path / "overzicht.pdf"))
    assert pdf.status() == QPdfDocument.Status.Ready and pdf.pageCount() == 3  # one page per tab (short tables)
    first = pdf.getAllText(0).text()
    assert "Antwoordtijd" in first and "Financiën" in first and "pagina 1 van 3" in first
    assert "Open en te laat" in pdf.getAllText(1).text()
    pdf.close()
    # an existing file is replaced only through the dialog (which asked); a folder is refused with a message
    boxes: list[str] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: boxes.append(a[2]))
    assert overview.export("png", tmp_path) is None and boxes


def test_many_groups_continue_the_table_on_further_pages(qtbot: object, lib: Library, tmp_path: Path) -> None:
    from synth import documents

    for doc in documents(400, seed=3, first_year=2019, last_year=2024):
        lib.add(doc)
    _window, overview = open_overview(qtbot, lib)
    overview.sections[0].by.setCurrentIndex(overview.sections[0].by.findData("member"))
    settle()
    rows = overview.sections[0].proxy.rowCount()
    assert rows > 40
    overview.export("pdf", tmp_path / "lang.pdf")
    pdf = QPdfDocument()
    pdf.load(str(tmp_path / "lang.pdf"))
    assert pdf.pageCount() > 3
    assert "(vervolg)" in pdf.getAllText(1).text()
    pdf.close()


def test_print_and_preview_go_through_the_printing_layer(
    qtbot: object, lib: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog

    from reader.printing import pages

    window, _overview = open_overview(qtbot, lib)
    made: list[QPrinter] = []
    original = pages._printer

    def to_file(title: str) -> QPrinter:
        printer = original(title)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"print{len(made)}.pdf"))
        made.append(printer)
        return printer

    monkeypatch.setattr(pages, "_printer", to_file)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: 1)
    window.actions_["overview_print"].trigger()
    pdf = QPdfDocument()
    pdf.load(str(tmp_path / "print0.pdf"))
    assert pdf.status() == QPdfDocument.Status.Ready and pdf.pageCount() == 3
    pdf.close()
    painted: list[int] = []

    def preview_exec(self: QPrintPreviewDialog) -> int:
        self.paintRequested.emit(made[-1])
        painted.append(1)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview_exec)
    window.actions_["overview_preview"].trigger()
    assert painted and (tmp_path / "print1.pdf").exists()


def test_keys_of_the_overview_work_in_its_window_only(
    qtbot: object, lib: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, overview = open_overview(qtbot, lib)
    assert A.conflicts(A.resolve_defaults()) == []
    ctrl_p = QKeySequence(QKeySequence.StandardKey.Print)
    assert ctrl_p in window.actions_["overview_print"].shortcuts() and ctrl_p in window.actions_["print"].shortcuts()
    assert window.actions_["overview_print"] in overview.actions()
    assert window.actions_["overview_print"] not in window.actions()
    assert window.actions_["print"] not in overview.actions()
    # the overview's menu is in its own window, not in the main window's menu bar
    assert window.menus[A.OVERVIEW_MENU].menuAction() not in window.menuBar().actions()
    assert window.menus[A.OVERVIEW_MENU].menuAction() in overview.menuBar().actions()
    from PySide6.QtWidgets import QApplication

    overview.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is overview)  # type: ignore[attr-defined]
    overview.tabs.setFocus()
    printed: list[str] = []
    monkeypatch.setattr(overview, "print_", lambda preview=False: printed.append("overview"))
    qtbot.keyClick(overview.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert printed == ["overview"]  # Ctrl+P there prints the overview (no document is open: print is disabled)
    qtbot.keyClick(overview.tabs, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    settle()
    assert not overview.isVisible() and not window.actions_["overview"].isChecked()


def test_the_charts_speak_the_interface_language(qtbot: object, lib: Library) -> None:
    from reader.gui.i18n import Translations

    stats = lib.stats("ministry", Query(today=TODAY))
    dutch = answer_time_chart(stats)
    assert "Antwoordtijd per ministerie" in dutch.chart.title()
    with language_restored():
        Translations().install("en")
        english = answer_time_chart(stats)
        assert "Answer time per ministry" in english.chart.title()
        assert "all questions in the library" in english.chart.title()
        assert [a.titleText() for a in english.chart.axes()] == ["Ministry", "days to answer"]
        image = render_image(english)
        assert (image.width(), image.height()) == (CHART_SIZE.width(), CHART_SIZE.height())


def test_a_name_from_a_document_is_text_in_a_chart(lib: Library) -> None:
    from synth import make_document

    lib.add(make_document(77, to="Minister van <b>Zaken</b> & Co", answerer="Minister X (<i>Zaken</i> & Co)"))
    chart: StatsChart = answer_time_chart(lib.stats("ministry", Query(today=TODAY)))
    axis = chart.category_axis
    assert axis is not None
    labels = axis.categories()
    assert any("&lt;i&gt;" in label for label in labels) and not any("<i>" in label for label in labels)


def test_overdue_counts_as_of_the_windows_day(qtbot: object, lib: Library) -> None:
    window = make_window(qtbot, lib, today=date(2024, 8, 10))  # F (sent 1 August) is not yet three weeks old
    overview = window.show_answer_overview()
    overview.tabs.setCurrentIndex(1)
    settle()
    assert overview.current.stats.total.overdue == 0  # type: ignore[union-attr]


def test_the_marks_stay_apart_in_a_grey_scale_print(lib: Library) -> None:
    """Each chart's marks differ in grey (a black-and-white print) or, for lines, in their dashes."""
    from PySide6.QtCharts import QBoxPlotSeries, QLineSeries
    from PySide6.QtGui import qGray

    from reader.gui.stats_charts import open_chart, trend_chart

    def grey(colour: object) -> int:
        return qGray(colour.rgb())  # type: ignore[attr-defined]

    stats = lib.stats("ministry", Query(today=TODAY))
    bars = open_chart(stats, {FIN: 1}).chart.series()[0]
    greys = sorted(grey(s.brush().color()) for s in bars.barSets())
    assert len(greys) == 3 and all(b - a >= 50 for a, b in itertools.pairwise(greys)), greys
    assert all(grey(s.labelColor()) < 80 for s in bars.barSets())  # values written in near-black beside the bars
    boxes = answer_time_chart(stats).chart.series()
    box = next(s for s in boxes if isinstance(s, QBoxPlotSeries))
    norm = next(s for s in boxes if isinstance(s, QLineSeries))
    assert grey(box.brush().color()) - grey(norm.pen().color()) >= 80  # a dark line over light boxes
    assert abs(grey(box.brush().color()) - grey(box.pen().color())) >= 80  # the boxes' outline and median show
    lines = [
        s for s in trend_chart(lib.stats("month", Query(today=TODAY))).chart.series() if isinstance(s, QLineSeries)
    ]
    assert len(lines) == 3 and len({s.pen().style() for s in lines}) == 3  # median, p90, norm: three dash styles


def test_table_columns_fit_their_figures(qtbot: object, lib: Library) -> None:
    """The figures' columns are as wide as their headings and texts (sized once per change of the figures), and
    showing a tab of 360 months does not ask for every cell's size over and over (it took a second)."""
    from synth import documents

    for doc in documents(1200, seed=5, first_year=1995, last_year=2024):
        lib.add(doc)
    _window, overview = open_overview(qtbot, lib)
    overview.resize(1366, 768)
    section = overview.sections[2]
    calls = 0
    original = section.model.data

    def counted(index: object, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        nonlocal calls
        calls += 1
        return original(index, role)  # type: ignore[arg-type]

    section.model.data = counted  # type: ignore[method-assign]
    overview.tabs.setCurrentIndex(2)
    settle()
    overview.repaint()
    rows = section.model.rowCount()
    assert rows > 300
    assert calls < 10 * rows, calls  # (sizing every column to its contents on every layout: ~150 per row)
    header = section.table.horizontalHeader()
    metrics = section.table.fontMetrics()
    for column in range(1, section.model.columnCount()):
        widest = max(metrics.horizontalAdvance(section.model.text_at(r, column)) for r in range(rows))
        assert header.sectionSize(column) >= max(widest + 8, header.sectionSizeHint(column)), column
    # the table takes the room a month's name needs ("september 2019" whole) and no more: the chart the rest
    names = max(metrics.horizontalAdvance(section.model.text_at(r, 0)) for r in range(rows))
    assert min(names, NAME_COLUMN_MAX - 16) + 8 <= header.sectionSize(0) <= NAME_COLUMN_MAX + 4, names
    assert section.view.width() >= section.view.minimumWidth()
    # per member: every member in the table, the dozen with most open sets in the bars (more would not fit)
    opened = overview.sections[1]
    overview.tabs.setCurrentIndex(1)
    opened.by.setCurrentIndex(opened.by.findData("member"))
    settle()
    assert opened.chart is not None and opened.model.rowCount() > MAX_BAR_GROUPS
    assert len(opened.chart.groups) == MAX_BAR_GROUPS
    assert "12 grootste van" in opened.chart.chart.title()
