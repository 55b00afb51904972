"""The reader's keys reach the reader: the reading pane has the keyboard after a start, after following a
citation and after Back; the library search gets it only when asked (Ctrl+L), so J, K, N and P never type into
it. Keys are sent where a user's keys go: the focus widget."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator

import pytest
from gui_helpers import QT_LOG_IGNORE, language_restored, library_with_samples, make_window, settle
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from reader.gui import app
from reader.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)
K = Qt.Key


@pytest.fixture(autouse=True)
def _language(qapp: QApplication) -> Iterator[None]:
    with language_restored():
        yield


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot: object, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focus(), key, modifiers)  # type: ignore[attr-defined]
    settle(2)


def run_app(qapp: QApplication, argv: list[str], check: Callable[[MainWindow], dict[str, object]]) -> dict[str, object]:
    """Start the application as a user does (`app.main`); `check(window)` runs in its event loop once a
    document is open and the imports are done."""
    seen: dict[str, object] = {}

    def poll() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].doc is not None and not windows[0].runner.busy:
            timer.stop()
            settle()
            seen.update(check(windows[0]))
            qapp.quit()

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(poll)
    timer.start()
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(qapp.quit)
    guard.start(20_000)
    code = app.main(argv)
    timer.stop()
    guard.stop()
    for window in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]:
        window.close()
        window.deleteLater()
    QApplication.removePostedEvents(qapp, QEvent.Type.Quit)
    QApplication.processEvents()
    assert code == 0
    return seen


def test_focus_stays_in_the_reading_pane_at_start_up(qapp: QApplication, qtbot: object) -> None:
    """A first start (an empty library: the samples are added) pressing N N J J reads the third document at its
    third question; nothing is typed into the search, the list still lists every document."""

    def keys(window: MainWindow) -> dict[str, object]:
        panel = window.library_panel
        first = {"focus": focus() is window.pane, "doc": window.doc_id, "status": window.row and window.row.status}
        for key in (K.Key_N, K.Key_N, K.Key_J, K.Key_J):
            press(qtbot, key)
        return {
            **first,
            "search": panel.search.text(),
            "listed": panel.model.total(),
            "list page": panel.stack.currentWidget() is panel.table,
            "row": panel.table.currentIndex().row(),
            "doc after": window.doc_id,
            "pair": window.pane.current_pair(),
            "focus after": focus() is window.pane,
        }

    seen = run_app(qapp, [], keys)
    assert seen["focus"] is True, "the reading pane has the keyboard at start-up"
    assert seen["status"] == "answered", "a first start opens an answered sample, not the open questions"
    assert seen["search"] == "" and seen["listed"] == 8 and seen["list page"] is True
    assert seen["doc after"] != seen["doc"] and seen["pair"] == 2 and seen["focus after"] is True
    assert seen["row"] >= 2


def test_focus_stays_in_the_reading_pane_after_following_a_citation(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1819")
    settle()
    assert focus() is window.pane
    press(qtbot, K.Key_F6)  # to the sidebar
    assert window.notes.isAncestorOf(focus())
    card = window.notes.card(3) if window.notes.card(3) is not None else window.notes.cards()[0]
    card.setFocus()
    settle()
    press(qtbot, K.Key_Return)  # the note cites the notice 1803: opened in place
    assert window.doc_id == "ah-tk-20242025-1803"
    assert focus() is window.pane
    before = window.pane.current_pair()
    press(qtbot, K.Key_J)
    assert window.pane.current_pair() == before + 1
    assert window.library_panel.search.text() == ""
    assert window.library_panel.current_id() == "ah-tk-20242025-1803", "the open document is selected in the list"


def test_focus_stays_in_the_reading_pane_after_back(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1819")
    window.go_to_pair(2)
    window.follow_citation("ah-tk-20242025-1803")
    settle()
    window.library_panel.search.setFocus()  # the reader went to the search, then comes back with Alt+Left
    settle()
    press(qtbot, K.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.doc_id == "ah-tk-20242025-1819" and window.pane.current_pair() == 2
    assert focus() is window.pane
    press(qtbot, K.Key_J)
    assert window.pane.current_pair() == 3
    press(qtbot, K.Key_K)
    assert window.pane.current_pair() == 2
    assert window.library_panel.search.text() == ""
    press(qtbot, K.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.doc_id == "ah-tk-20242025-1803" and focus() is window.pane


def test_the_search_gets_the_keyboard_only_when_asked(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1812")
    settle()
    search = window.library_panel.search
    assert focus() is window.pane
    press(qtbot, K.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert focus() is search
    press(qtbot, K.Key_Escape)  # an empty search: Escape returns to the text
    assert focus() is window.pane
    press(qtbot, K.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert focus() is search


def test_the_open_document_stays_selected_after_a_search(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    panel = window.library_panel
    window.open_document("ah-tk-20242025-1812")
    panel.search.setText("vuurtorens")  # a search that does not find the open document
    panel.apply_query()
    assert panel.current_id() != "ah-tk-20242025-1812"
    panel.search.clear()
    panel.apply_query()
    assert panel.current_id() == "ah-tk-20242025-1812"
    assert window.doc_id == "ah-tk-20242025-1812"
