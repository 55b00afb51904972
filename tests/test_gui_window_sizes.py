"""Every window size: at 1024×640 every reading column holds at least 30 characters and no word is broken; the
list and the sidebar fold into drawers that open over the text; a wide window gives the list the spare width;
labels shorten at their end, never in the middle. A second reading pane stands beside the first, or below it
when there is no room for both."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from gui_helpers import QT_LOG_IGNORE, library_with_samples, make_window, settle
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextDocument
from PySide6.QtWidgets import QApplication

from reader.gui.main_window import MainWindow
from reader.gui.reading_pane import ReadingPane
from reader.gui.responsive import CHARS, plan
from reader.gui.widgets import ElidedLabel
from reader.library import Importer

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)
BREAKS = "\u200b\u00ad-/ "  # a line may end after these inside a token (soft breaks, hyphens, slashes)


def column_chars(pane: ReadingPane) -> list[float]:
    """The width of every question and answer cell of the pane, in average characters of its font."""
    aligned = pane.aligned()
    assert aligned is not None
    char = QFontMetricsF(pane.document().defaultFont()).averageCharWidth()
    doc = pane.document()
    widths = []
    for p in aligned.pairs:
        for position in (p.question_cell_position, p.answer_cell_position):
            if position is None:
                continue
            layout = doc.findBlock(position).layout()
            assert layout is not None and layout.lineCount() > 0
            widths.append(layout.lineAt(0).width() / char)
    return widths


def broken_words(doc: QTextDocument) -> list[str]:
    """Every place where a line ends between two letters of one word."""
    found = []
    block = doc.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(1, layout.lineCount() if layout is not None else 0):
            cut = layout.lineAt(i).textStart()
            before, after = text[cut - 1], text[cut] if cut < len(text) else " "
            if before.isalpha() and after.isalpha() and before not in BREAKS:
                found.append(text[max(0, cut - 12) : cut] + "|" + text[cut : cut + 12])
        block = block.next()
    return found


def window_with(qtbot: object, paths: list[Path], size: tuple[int, int]) -> MainWindow:
    lib = library_with_samples()
    summary = Importer(lib).run([str(p) for p in paths])
    assert not summary.failed, summary.failed
    return make_window(qtbot, lib, size=size)


def test_narrow_window_keeps_30_characters_a_column_and_breaks_no_word(qtbot: object, corpus: Path) -> None:
    window = window_with(qtbot, [corpus / "pdf" / "ah-tk-20232024-2271.pdf"], (1024, 640))
    window.open_document("ah-tk-20232024-2271")
    settle()
    pane = window.pane
    pane.document().documentLayout().documentSize()  # the whole document laid out
    assert window.responsive.list_folded, "the list folds into a drawer at 1024 px"
    widths = column_chars(pane)
    assert widths and min(widths) >= CHARS, f"a reading column holds only {min(widths):.1f} characters"
    assert broken_words(pane.document()) == []
    assert "ervaringsdeskundigheid" in pane.toPlainText()
    # the sidebar never scrolls sideways: its content is as wide as its view
    notes = window.notes
    assert notes.scroll_area.horizontalScrollBar().maximum() == 0
    assert notes._content.width() <= notes.scroll_area.viewport().width()


def test_narrow_window_labels_shorten_at_their_end(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples(), size=(1024, 640))
    window.open_document("ah-tk-20242025-1812")
    settle()
    for label in window.findChildren(ElidedLabel):
        shown, full = label.text(), label.full_text()
        assert shown == full or (shown.endswith("…") and full.startswith(shown[:-1])), (shown, full)
    assert window.header.ident.text() == "ah-tk-20242025-1812", "the id fits whole at 1024 px"


def test_narrow_window_list_is_a_drawer_over_the_text(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples(), size=(1024, 640))
    window.open_document("ah-tk-20242025-1812")
    settle()
    before = column_chars(window.pane)
    panel = window.library_panel
    assert not window.actions_["toggle_list"].isChecked()
    window.actions_["toggle_list"].trigger()
    settle()
    assert window.responsive.list_drawer.isVisible() and panel.isVisible()
    assert window.actions_["toggle_list"].isChecked()
    assert QApplication.focusWidget() is panel.table
    assert column_chars(window.pane) == before, "the drawer covers the text, it does not narrow the columns"
    row = panel.model.row_of("ah-tk-20242025-1807")
    panel.table.setCurrentIndex(panel.model.index(row, 2))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    settle()
    assert window.doc_id == "ah-tk-20242025-1807"
    assert not window.responsive.list_drawer.isVisible() and QApplication.focusWidget() is window.pane
    # Ctrl+L opens the drawer at its search field; Escape closes it
    qtbot.keyClick(window.pane, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    settle()
    assert window.responsive.list_drawer.isVisible() and QApplication.focusWidget() is panel.search
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    settle()
    assert not window.responsive.list_drawer.isVisible() and QApplication.focusWidget() is window.pane
    # made wide, the list docks again
    window.resize(1500, 800)
    settle()
    assert not window.responsive.narrow and panel.isVisible() and window.splitter.sizes()[0] >= 280


def test_wide_window_gives_the_list_the_spare_width(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples(), size=(1920, 1080))
    window.open_document("ah-tk-20242025-1812")
    settle()
    list_width = window.splitter.sizes()[0]
    assert list_width > 560, list_width
    subject = window.library_panel.table.columnWidth(2)
    assert subject > list_width // 2
    widths = column_chars(window.pane)
    assert min(widths) >= CHARS


def test_the_plan_folds_the_list_first_then_the_sidebar_then_stacks_two_panes() -> None:
    sizes = {"need": 530, "list_width": 440, "sidebar_width": 300}
    assert plan(1440, **sizes) == (True, True, False)
    assert plan(1200, **sizes) == (False, True, False)
    assert plan(820, **sizes) == (False, False, False)
    assert plan(1366, panes=2, **sizes) == (False, False, False)
    assert plan(1024, panes=2, **sizes) == (False, False, True)
    assert plan(1440, list_wanted=False, **sizes) == (False, True, False)
    # what is folded docks again only with some room to spare
    assert plan(1300, **sizes).list_docked is True
    assert plan(1300, slack=24, **sizes).list_docked is False
    assert plan(1320, slack=24, **sizes).list_docked is True
