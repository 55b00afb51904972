"""Find in the document: the bar stands above the text, says "3 van 12", and every hit is highlighted."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from gui_helpers import QT_LOG_IGNORE, library_with_samples, make_window, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)


def find(qtbot: object, window: MainWindow, text: str) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.keyClicks(window.find_bar.edit, text)  # type: ignore[attr-defined]
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    settle()


def test_find_count_says_which_hit_of_how_many_and_highlights_them_all(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1819")
    settle()
    total = window.pane.toPlainText().lower().count("vuurtoren")
    assert total >= 3
    find(qtbot, window, "vuurtoren")
    bar = window.find_bar
    # typing searched as it went, Enter went on to the next hit: the second
    assert bar.status.text() == f"2 van {total}"
    assert len(window.pane.extraSelections()) == total
    assert all(s.cursor.selectedText().lower() == "vuurtoren" for s in window.pane.extraSelections())
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)  # type: ignore[attr-defined]
    assert bar.status.text() == f"3 van {total}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
    assert bar.status.text() == f"2 van {total}"
    # the bar stands above the text it searches
    bar_y = bar.mapTo(window, bar.rect().topLeft()).y()
    pane_y = window.pane.mapTo(window, window.pane.rect().topLeft()).y()
    assert bar_y < pane_y
    # nothing found; then closed: the highlights go and the keyboard returns to the text
    bar.edit.setText("geenenkeletreffer")
    settle()
    assert bar.status.text() == "Niet gevonden" and window.pane.extraSelections() == []
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not bar.isVisible() and QApplication.focusWidget() is window.pane
    assert window.pane.extraSelections() == []


def test_find_count_follows_the_case_and_a_new_document(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1819")
    settle()
    find(qtbot, window, "Vuurtoren")
    bar = window.find_bar
    any_case = int(bar.status.text().split(" van ")[1])
    bar.case.setChecked(True)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    exact = window.pane.toPlainText().count("Vuurtoren")
    assert int(bar.status.text().split(" van ")[1]) == exact < any_case
    window.open_document("ah-tk-20242025-1812")
    assert window.pane.extraSelections() == []
