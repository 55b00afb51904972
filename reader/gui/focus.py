"""Where the keyboard is: the reading pane after opening a document (also at start-up, after following a
citation and after Back/Forward), the library search only on Ctrl+L / Ctrl+K (or a click), and F6 / Shift+F6
round the visible parts (the list, the reading area, the side pane, the sidebar).

The reader's single-letter keys (J, K, N, P) are window shortcuts, and a line edit that has the keyboard
takes printable keys first: so the search field must never get the keyboard unasked. Before a document is
open the reading area itself holds it (not the first field of the tab chain, Qt's choice on activation)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow


class Focus:
    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def reading(self) -> None:
        """The keyboard to the reading pane (or the source view) when a document is shown; else to the reading
        area, so that no field takes the reader's keys."""
        area = self.window.reading_area
        if area.showing_document:
            widget = area.view.tabs.currentWidget()
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        area.setFocus(Qt.FocusReason.OtherFocusReason)

    def in_list(self) -> bool:
        """Whether the keyboard is in the list, its search or its filters (where choosing a row opens it)."""
        w = self.window
        focus = w.focusWidget()
        return focus is not None and w.has_list and (focus is w.library_panel or w.library_panel.isAncestorOf(focus))

    def library_search(self) -> None:
        w = self.window
        if not w.library_panel.isVisible():
            w.responsive.set_list_shown(True)
        w.library_panel.focus_search()

    def parts(self) -> list[tuple[QWidget, Callable[[], object]]]:
        """The parts F6 moves between: (container, how to focus it), visible ones only (a drawer when open)."""
        w = self.window
        parts: list[tuple[QWidget, Callable[[], object]]] = []
        if w.has_list and w.library_panel.isVisible():
            parts.append((w.library_panel, self._list))
        parts.append((w.reading_area, self.reading))
        if w.side.is_open:
            parts.append((w.side.side, lambda: w.side.pane.setFocus(Qt.FocusReason.OtherFocusReason)))
        if w.notes.isVisible():
            parts.append((w.notes, self._notes))
        return parts

    def _list(self) -> None:
        panel = self.window.library_panel
        if panel.stack.currentWidget() is panel.table:
            panel.focus_list()
        else:
            panel.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _notes(self) -> None:
        notes = self.window.notes
        if not notes.focus_first():
            notes.setFocus(Qt.FocusReason.OtherFocusReason)

    def cycle(self, step: int) -> None:
        """F6 (step 1) and Shift+F6 (step -1)."""
        parts = self.parts()
        focus = self.window.focusWidget()
        here = -1
        for k, (container, _how) in enumerate(parts):
            if focus is not None and (container is focus or container.isAncestorOf(focus)):
                here = k
        target = parts[(here + step) % len(parts)] if here >= 0 else parts[0 if step > 0 else -1]
        target[1]()
