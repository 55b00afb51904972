"""A question number typed in the reading pane: "1", "2" within a second make "12", and the pane goes there.

Installed on the reading pane when it is made (so neither this module nor QEvent's enums load before the
first frame). A number that does not exist while its last digit does starts again: "12" in a set of nine
questions goes to question 2.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent

TYPED_NUMBER_MS = 1000  # digits typed within this time form one question number


class TypedNumber(QObject):
    """An event filter for the reading pane. `exists(number)`: is there such a question; `go(number)`: go to it."""

    def __init__(self, exists: Callable[[str], bool], go: Callable[[str], object], parent: QObject) -> None:
        super().__init__(parent)
        self.exists = exists
        self.go = go
        self.typed = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPED_NUMBER_MS)
        self._timer.timeout.connect(self._clear)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            text = event.text()
            if text.isdigit() and len(text) == 1 and mods == Qt.KeyboardModifier.NoModifier:
                self.digit(text)
                return True
        return super().eventFilter(watched, event)

    def digit(self, digit: str) -> None:
        candidate = self.typed + digit
        if not self.exists(candidate) and self.exists(digit):
            candidate = digit  # "12" does not exist but "2" does: start again
        self.typed = candidate
        self._timer.start()
        self.go(candidate)

    def _clear(self) -> None:
        self.typed = ""
