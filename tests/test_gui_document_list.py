"""The document list model and panel: Qt's model contract on a populated, paged model; rows fetched as needed;
sorting and filtering as library queries; status shown in colour, icon and words; document text as text."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest
from gui_helpers import QT_LOG_IGNORE, hostile_document, library_with_samples, make_window, settle
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from reader.gui.document_model import ID_ROLE, OVERDUE_COLOR, Column, DocumentListModel
from reader.library import Library, Query
from reader.library.synth import documents

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)


@pytest.fixture
def big_library() -> Library:
    """The samples and 450 generated fictional documents: more than two pages of rows."""
    lib = library_with_samples()
    for doc in documents(450, seed=7):
        lib.add(doc)
    return lib


def test_model_passes_the_model_tester_while_populated_and_fetching(
    qapp: object, qtmodeltester: object, big_library: Library
) -> None:
    model = DocumentListModel(big_library, page_size=100)
    model.set_query(Query())
    assert model.rowCount() == 100
    assert model.total() == len(big_library)
    qtmodeltester.check(model, force_py=False)  # type: ignore[attr-defined]
    # fetching pages keeps the contract (the tester watches rowsInserted)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == model.total() == len(big_library)
    ids = [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)
    model.set_query(Query(text="minister"))
    model.sort(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model, force_py=False)  # type: ignore[attr-defined]


def test_rows_are_fetched_a_page_at_a_time_by_the_view(qtbot: object, big_library: Library) -> None:
    window = make_window(qtbot, big_library)
    model = window.library_panel.model
    first = model.rowCount()
    assert 0 < first < model.total(), "the whole library was loaded at once"
    table = window.library_panel.table
    table.scrollToBottom()
    settle()
    qtbot.waitUntil(lambda: model.rowCount() > first)  # type: ignore[attr-defined]
    assert model.rowCount() < model.total() or model.total() <= 2 * first


def test_sorting_is_a_new_library_query(qapp: object, big_library: Library) -> None:
    model = DocumentListModel(big_library, page_size=50)
    model.set_query(Query())
    model.sort(Column.NUMBER, Qt.SortOrder.AscendingOrder)
    assert model.query().sort == "number" and not model.query().descending
    expected = big_library.query(Query(sort="number", descending=False, limit=50))
    assert [model.id_at(r) for r in range(model.rowCount())] == [r.id for r in expected.rows]
    model.sort(Column.DATE, Qt.SortOrder.DescendingOrder)
    assert model.query().sort == "date" and model.query().descending
    assert model.sort_column() == (Column.DATE, Qt.SortOrder.DescendingOrder)
    # every column sorts, each by a new library query
    for column, key in (
        (Column.SUBJECT, "subject"),
        (Column.MEMBERS, "member"),
        (Column.ADDRESSEE, "addressee"),
        (Column.QUESTIONS, "questions"),
        (Column.STATUS, "status"),
    ):
        model.sort(column, Qt.SortOrder.AscendingOrder)
        assert model.query().sort == key and not model.query().descending
        expected = big_library.query(Query(sort=key, descending=False, limit=50))
        assert [model.id_at(r) for r in range(model.rowCount())] == [r.id for r in expected.rows]
        assert model.sort_column() == (column, Qt.SortOrder.AscendingOrder)
    model.sort(Column.SUBJECT, Qt.SortOrder.AscendingOrder)
    subjects = [(model.row_at(r).subject or "").lower() for r in range(model.rowCount())]
    assert subjects == sorted(subjects)


def test_status_in_colour_icon_and_words(qapp: object) -> None:
    lib = library_with_samples()
    model = DocumentListModel(lib)
    model.set_today(date(2025, 6, 1))
    model.set_query(Query())
    rows = {model.id_at(r): r for r in range(model.rowCount())}
    open_row = rows["kv-tk-2025Z05123"]
    status = model.index(open_row, Column.STATUS)
    assert status.data() == "Te laat"
    assert QColor(status.data(Qt.ItemDataRole.ForegroundRole).color()) == OVERDUE_COLOR
    assert not status.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "te laat" in status.data(Qt.ItemDataRole.AccessibleTextRole)
    answered = model.index(rows["ah-tk-20242025-1812"], Column.STATUS)
    assert answered.data() == "Beantwoord"
    assert answered.data(Qt.ItemDataRole.ForegroundRole) is None
    assert answered.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Beantwoord")
    number = model.index(rows["ah-tk-20242025-1812"], Column.NUMBER)
    assert number.data() == "1812"
    assert number.data(Qt.ItemDataRole.AccessibleTextRole) == "ah-tk-20242025-1812"
    # before the deadline the open questions are just open
    model.set_today(date(2025, 3, 30))
    model.set_query(Query())
    assert model.index(open_row, Column.STATUS).data() == "Open"


def test_document_text_in_the_list_is_text(qtbot: object) -> None:
    lib = Library()
    lib.add(hostile_document())
    model = DocumentListModel(lib)
    model.set_query(Query())
    subject = model.index(0, Column.SUBJECT)
    assert "<script>" in subject.data()  # shown literally by the view (display text is never rich text)
    tip = subject.data(Qt.ItemDataRole.ToolTipRole)
    assert "<script>" not in tip and "&lt;script&gt;" in tip  # a tool tip would be rich text: escaped
    members = model.index(0, Column.MEMBERS)
    assert members.data() == "<i>Schuin</i> (<u>Partij</u>)"


def test_search_and_filters_are_library_queries(qtbot: object) -> None:
    lib = library_with_samples()
    window = make_window(qtbot, lib)
    panel = window.library_panel
    model = panel.model
    assert model.total() == 8
    panel.search.setText("vuurtorens")
    qtbot.waitUntil(lambda: model.query().text == "vuurtorens")  # type: ignore[attr-defined]
    assert {model.id_at(r) for r in range(model.rowCount())} == {"ah-tk-20242025-1803", "ah-tk-20242025-1819"}
    assert panel.count.text() == "2 gevonden"
    panel.search.clear()
    panel.apply_query()
    panel.kind.setCurrentIndex(panel.kind.findData("vragen"))
    assert model.query().kind == "vragen" and model.total() == 1
    assert panel.filter_button.text() == "&Filters (1)"
    panel.clear_filters()
    panel.party.setCurrentIndex(panel.party.findData("SP"))
    assert model.query().party == "SP"
    assert {model.id_at(r) for r in range(model.rowCount())} == {"kv-tk-2025Z05123", "ah-tk-20242025-1826"}
    panel.clear_filters()
    panel.year.setCurrentIndex(panel.year.findData("2024-2025"))
    assert model.query().year == "2024-2025" and model.total() == 8
    panel.status.setCurrentIndex(panel.status.findData("overdue"))
    assert model.total() == 0  # "today" is 1 April 2025 in these windows: the open questions are not late yet
    assert panel.stack.currentWidget() is panel.no_results


def test_unreadable_search_text_is_explained(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    panel = window.library_panel
    panel.search.setText("zwembad AND (")
    panel.apply_query()
    assert panel.error.isVisibleTo(panel)
    assert panel.error.text()
    assert panel.model.total() == 8  # the rows shown before stay


def test_empty_library_explains_and_offers_the_samples(qtbot: object) -> None:
    window = make_window(qtbot, Library())
    panel = window.library_panel
    assert panel.stack.currentWidget() is panel.empty_library
    assert window.centre.currentWidget() is window.placeholder
    with qtbot.waitSignal(window.import_finished, timeout=20_000):  # type: ignore[attr-defined]
        panel.samples_button.click()
    assert panel.stack.currentWidget() is panel.table
    assert panel.model.total() == 8
    assert window.doc is not None, "the first sample opens"
