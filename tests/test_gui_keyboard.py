"""Reading a whole set by keys alone: search the library, open a document, step through every pair forward and
back, jump to a question, follow a footnote's citation and come back to the same pair, find, switch documents,
the shortcut overview and print preview. Only key events are sent (an application-wide filter proves that no
mouse event arrives); every step checks the state it should leave."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator

import pytest
from gui_helpers import QT_LOG_IGNORE, library_with_samples, make_window, settle
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from reader.gui.main_window import MainWindow
from reader.gui.reading_pane import TOP_OFFSET

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)

K = Qt.Key
M = Qt.KeyboardModifier
MOUSE_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
}


class MouseSpy(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[QEvent.Type] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in MOUSE_EVENTS:
            self.seen.append(event.type())
        return False


@pytest.fixture
def mouse_spy(qapp: QApplication) -> Iterator[MouseSpy]:
    spy = MouseSpy()
    qapp.installEventFilter(spy)
    yield spy
    qapp.removeEventFilter(spy)


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def press(qtbot: object, key: Qt.Key, modifiers: Qt.KeyboardModifier = M.NoModifier) -> None:
    """A key press and release sent where a user's key would go: the focus widget."""
    qtbot.keyClick(focus(), key, modifiers)  # type: ignore[attr-defined]
    settle(2)


def type_text(qtbot: object, text: str) -> None:
    qtbot.keyClicks(focus(), text)  # type: ignore[attr-defined]
    settle(2)


def inside(container: QWidget) -> bool:
    w = focus()
    return w is container or container.isAncestorOf(w)


def assert_pair(window: MainWindow, i: int) -> None:
    """Pair i is current, its tops stand side by side in view, its notes lead the sidebar, and the status bar
    and assistive technology were told."""
    pane = window.pane
    assert pane.current_pair() == i
    q, a = pane.pair_tops(i)
    assert abs(q - a) <= 2
    at_end = pane.verticalScrollBar().value() >= pane.verticalScrollBar().maximum()
    top = pane.pair_viewport_rect(i).top()
    assert abs(top - TOP_OFFSET) <= 2 or (at_end and top >= 0 and q < pane.viewport().height())
    notes = window.notes.current_pair_notes()
    assert [c.note.number for c in window.notes.cards()][: len(notes)] == notes
    assert window.position.text().endswith(" van 6")
    assert window.last_announcement == window.position.text()


def test_reading_a_set_by_keys_alone(qtbot: object, mouse_spy: MouseSpy) -> None:
    window = make_window(qtbot, library_with_samples())
    panel = window.library_panel

    # search the library
    press(qtbot, K.Key_L, M.ControlModifier)
    assert focus() is panel.search
    type_text(qtbot, "vuurtorens")
    qtbot.waitUntil(lambda: panel.model.query().text == "vuurtorens")  # type: ignore[attr-defined]
    assert panel.model.total() == 2

    # open the newest hit from the list, then read it
    press(qtbot, K.Key_Down)
    assert focus() is panel.table
    assert window.doc_id == "ah-tk-20242025-1819"
    press(qtbot, K.Key_Return)
    assert focus() is window.pane
    assert window.pane.current_pair() == 0
    n = window.pane.pair_count()
    assert n == 5

    # every pair forward with J, back with K
    for i in range(1, n):
        press(qtbot, K.Key_J)
        assert_pair(window, i)
    press(qtbot, K.Key_J)  # past the end: stays
    assert window.pane.current_pair() == n - 1
    for i in range(n - 2, -1, -1):
        press(qtbot, K.Key_K)
        assert_pair(window, i)
    press(qtbot, K.Key_Down, M.AltModifier)
    assert_pair(window, 1)
    press(qtbot, K.Key_Up, M.AltModifier)
    assert_pair(window, 0)
    press(qtbot, K.Key_End)
    assert_pair(window, n - 1)
    press(qtbot, K.Key_Home)
    assert_pair(window, 0)

    # page down and up scroll the pane
    bar = window.pane.verticalScrollBar()
    for down, up in ((K.Key_Space, (K.Key_Space, M.ShiftModifier)), (K.Key_PageDown, (K.Key_PageUp, M.NoModifier))):
        before = bar.value()
        press(qtbot, down)
        after = bar.value()
        assert after == min(bar.maximum(), before + bar.pageStep()) and after > before
        press(qtbot, *up)
        assert bar.value() == max(bar.minimum(), after - bar.pageStep())
    press(qtbot, K.Key_Home)

    # jump to a question: type its number in the pane, or use the go-to field
    press(qtbot, K.Key_3)
    assert_pair(window, 2)
    press(qtbot, K.Key_G, M.ControlModifier)
    assert focus() is window.header.field
    type_text(qtbot, "5")
    press(qtbot, K.Key_Return)
    assert_pair(window, 4)  # "Vraag 5" and "Vraag 6", answered together
    assert focus() is window.pane

    # follow a footnote's citation: F6 to the sidebar, the current pair's notes come first
    press(qtbot, K.Key_F6)
    assert inside(window.notes)
    assert window.notes.selected_card() is window.notes.cards()[0]
    assert [c.note.number for c in window.notes.cards()][:2] == [2, 3]
    press(qtbot, K.Key_Down)
    assert window.notes.selected_card() is window.notes.card(3)
    press(qtbot, K.Key_Return)
    assert window.doc_id == "ah-tk-20242025-1803"
    assert window.notes.cited_buttons, "the notice is cited by the answer"

    # and back to the same pair, then forward and back again
    press(qtbot, K.Key_Left, M.AltModifier)
    assert window.doc_id == "ah-tk-20242025-1819"
    assert_pair(window, 4)
    press(qtbot, K.Key_Right, M.AltModifier)
    assert window.doc_id == "ah-tk-20242025-1803"
    press(qtbot, K.Key_Left, M.AltModifier)
    assert window.doc_id == "ah-tk-20242025-1819"
    assert_pair(window, 4)

    # F6 goes round: sidebar → list → reading pane
    window.focus_reading()
    press(qtbot, K.Key_F6)
    assert inside(window.notes)
    press(qtbot, K.Key_F6)
    assert focus() is panel.table
    press(qtbot, K.Key_F6)
    assert focus() is window.pane
    press(qtbot, K.Key_F6, M.ShiftModifier)
    assert focus() is panel.table
    press(qtbot, K.Key_Return)
    assert focus() is window.pane

    # find in the document
    press(qtbot, K.Key_F, M.ControlModifier)
    assert focus() is window.find_bar.edit
    type_text(qtbot, "vuurtoren")
    press(qtbot, K.Key_Return)
    assert window.pane.textCursor().selectedText().lower() == "vuurtoren"
    first = window.pane.textCursor().selectionStart()
    press(qtbot, K.Key_F3)
    assert window.pane.textCursor().selectionStart() != first
    press(qtbot, K.Key_F3, M.ShiftModifier)
    assert window.pane.textCursor().selectionStart() == first
    press(qtbot, K.Key_Escape)
    assert not window.find_bar.isVisible()
    assert focus() is window.pane

    # next and previous document in the list
    press(qtbot, K.Key_N)
    assert window.doc_id == "ah-tk-20242025-1803"
    press(qtbot, K.Key_P)
    assert window.doc_id == "ah-tk-20242025-1819"
    press(qtbot, K.Key_PageDown, M.ControlModifier)
    assert window.doc_id == "ah-tk-20242025-1803"

    # show and hide the list and the sidebar
    press(qtbot, K.Key_L, M.ControlModifier | M.ShiftModifier)
    assert window.library_panel.isHidden()
    press(qtbot, K.Key_V, M.ControlModifier | M.ShiftModifier)
    assert window.notes_dock.isHidden()
    press(qtbot, K.Key_L, M.ControlModifier | M.ShiftModifier)
    press(qtbot, K.Key_V, M.ControlModifier | M.ShiftModifier)
    assert not window.library_panel.isHidden() and not window.notes_dock.isHidden()

    # zoom
    size = window.pane.point_size()
    press(qtbot, K.Key_Plus, M.ControlModifier)
    assert window.pane.point_size() > size
    press(qtbot, K.Key_0, M.ControlModifier)
    assert window.pane.point_size() == size

    # the shortcut overview
    press(qtbot, K.Key_F1)
    overview = window._overview
    assert overview is not None and overview.isVisible()
    qtbot.waitActive(overview)  # type: ignore[attr-defined]
    press(qtbot, K.Key_Escape)
    assert not overview.isVisible()

    # print preview: the print engineer's dialogs when they exist (options, then Qt's preview; both run modal,
    # so a timer answers them with keys: Return accepts the options, Escape closes the preview)
    preview = window.actions_["print_preview"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)  # type: ignore[attr-defined]
    window.focus_reading()
    if "print_preview" in window._printing:
        assert preview.isEnabled()
        seen: list[str] = []

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                return
            name = type(dialog).__name__
            if seen and seen[-1] == name:
                return
            seen.append(name)
            key = K.Key_Escape if name == "QPrintPreviewDialog" else K.Key_Return
            qtbot.keyClick(dialog.focusWidget() or dialog, key)  # type: ignore[attr-defined]

        timer = QTimer()
        timer.setInterval(50)
        timer.timeout.connect(answer)
        timer.start()
        press(qtbot, K.Key_P, M.ControlModifier | M.ShiftModifier)
        timer.stop()
        assert seen == ["PrintOptionsDialog", "QPrintPreviewDialog"]
        assert QApplication.activeModalWidget() is None
    else:
        assert not preview.isEnabled()
        assert preview.shortcut().toString() == "Ctrl+Shift+P"
        assert "nog niet beschikbaar" in preview.toolTip()

    assert mouse_spy.seen == [], "the session used the mouse"


def test_typed_numbers_form_one_question_number(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1812")  # 15 questions
    window.focus_reading()
    press(qtbot, K.Key_1)
    press(qtbot, K.Key_2)
    pair = window.pane.pairs()[window.pane.current_pair()]
    assert any("12" in window.doc.questions[q].numbers for q in pair.questions)  # type: ignore[union-attr]
    press(qtbot, K.Key_9)  # "129" does not exist: "9" does
    pair = window.pane.pairs()[window.pane.current_pair()]
    assert any("9" in window.doc.questions[q].numbers for q in pair.questions)  # type: ignore[union-attr]


def test_letters_type_into_the_search_field_not_into_commands(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1812")
    window.focus_library_search()
    type_text(qtbot, "jknp")
    assert window.library_panel.search.text() == "jknp"
    assert window.pane.current_pair() == 0 and window.doc_id == "ah-tk-20242025-1812"


def test_focus_is_always_visible_and_tab_reaches_the_panes(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1819")
    seen: list[QWidget] = []
    window.library_panel.search.setFocus()
    for _ in range(40):
        press(qtbot, K.Key_Tab)
        seen.append(focus())
    for widget in (window.library_panel.table, window.pane, window.header.field):
        assert widget in seen, f"Tab never reaches {widget.objectName()}"
    assert any(window.notes.isAncestorOf(w) for w in seen), "Tab never reaches the sidebar"
    for w in seen:
        assert w.focusPolicy() & Qt.FocusPolicy.TabFocus
