"""Find in the document: every hit highlighted, the current one selected, and "3 van 12" in the find bar.

The find bar (Ctrl+F; F3 / Shift+F3 again; Escape closes it) asks; `Finder` searches the reading pane's
document. All hits are found once per search text (at most `MAX_HITS`) and painted as extra selections, which
change neither the document nor its layout; the current hit is the text cursor's selection, in the pair that
becomes current. A hit's number counts from the top of the document.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow
    from reader.gui.reading_pane import ReadingPane

MAX_HITS = 5000  # hits counted and highlighted at most (a one-letter search in a long set)


def find_all(document: QTextDocument, text: str, case: bool = False, limit: int = MAX_HITS) -> list[QTextCursor]:
    """Every occurrence of `text` in `document`, in order (at most `limit`)."""
    if not text:
        return []
    flags = QTextDocument.FindFlag.FindCaseSensitively if case else QTextDocument.FindFlag(0)
    hits: list[QTextCursor] = []
    cursor = QTextCursor(document)
    while len(hits) < limit:
        cursor = document.find(text, cursor, flags)
        if cursor.isNull():
            break
        hits.append(QTextCursor(cursor))
        if cursor.selectionEnd() == cursor.selectionStart():
            break
    return hits


class Finder:
    """The window's find: see the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._key: tuple[int, str, bool] | None = None  # (document, text, case) the hits are of
        self.hits: list[QTextCursor] = []
        self.current = -1
        window.document_opened.connect(lambda _id: self.clear())

    def find(self, text: str, backward: bool, case: bool, incremental: bool = False) -> None:
        """Select the next (previous) hit; `incremental`: the text is being typed, so the hit selected now is
        refined where it stands rather than passed."""
        pane = self.window.pane
        bar = self.window.find_bar
        if incremental:
            cursor = pane.textCursor()
            cursor.setPosition(cursor.selectionStart())
            pane.setTextCursor(cursor)
        key = (id(pane.document()), text, case)
        if key != self._key:
            self._key = key
            self.hits = find_all(pane.document(), text, case)
            self._highlight(pane)
        found = pane.find_text(text, backward=backward, case_sensitive=case)
        if found:
            starts = [h.selectionStart() for h in self.hits]
            self.current = bisect.bisect_left(starts, pane.textCursor().selectionStart())
            if pane.current_pair() >= 0:
                pane.ensureCursorVisible()
        else:
            self.current = -1
        bar.set_count(self.current + 1 if found else 0, len(self.hits), capped=len(self.hits) >= MAX_HITS)

    def _highlight(self, pane: ReadingPane) -> None:
        colors = pane.colors()
        fmt = QTextCharFormat()
        color = QColor(colors.accent)
        color.setAlphaF(0.22)
        fmt.setBackground(color)
        selections = []
        for hit in self.hits:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = hit
            selection.format = fmt
            selections.append(selection)
        pane.setExtraSelections(selections)

    def closed(self) -> None:
        """The find bar closed: the highlights go, the keyboard returns to the text."""
        self.clear()
        self.window.focus.reading()

    def clear(self) -> None:
        self._key = None
        self.hits = []
        self.current = -1
        if self.window.reading_area.has_view:
            self.window.pane.setExtraSelections([])
