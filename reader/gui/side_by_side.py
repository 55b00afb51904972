"""A second reading pane beside the first: the earlier answer next to the new question.

"Naast elkaar" in a citation's preview (or Ctrl+Shift+N, the `open_beside` command, for the preview the reader
is at) opens the cited set in a `SidePane` to the right of the reading area, at the pair the citing text
refers to; the document read stays where it is. F8 (`switch_pane`) moves the keyboard between the two panes,
Ctrl+W (`close_beside`) closes the second one (or its ✕). J/K, Home/End, Space and the zoom keys act on the pane
that has the keyboard.

The two panes share the width in a splitter of their own, made the first time a second pane opens (it takes
the reading area's place in the window's splitter). When the window is too narrow for two panes of two
readable columns each, the panes stand one above the other (`set_stacked`, from responsive.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QStyle, QToolButton, QVBoxLayout, QWidget

from reader.gui.i18n import tr
from reader.gui.widgets import ElidedLabel

if TYPE_CHECKING:
    from reader.core.model import Document
    from reader.gui.main_window import MainWindow
    from reader.gui.reading_pane import ReadingPane


class SidePane(QWidget):
    """The second reading pane with a line above it: what it shows, and ✕ to close it."""

    close_requested = Signal()
    open_here_requested = Signal(str, int)  # show the document in the main pane instead

    def __init__(self, parent: QWidget | None = None) -> None:
        from reader.gui.reading_pane import ReadingPane

        super().__init__(parent)
        self.setObjectName("side_pane")
        self.doc_id: str | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        head = QHBoxLayout()
        head.setContentsMargins(12, 6, 4, 6)
        head.setSpacing(6)
        self.title = ElidedLabel(self)
        self.title.setObjectName("side_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        head.addWidget(self.title, 1)
        self.open_here = QToolButton(self)
        self.open_here.setObjectName("side_open_here")
        self.open_here.setText(tr("Hier openen"))
        self.open_here.setAutoRaise(True)
        self.open_here.setToolTip(tr("Dit document in het hoofdvenster lezen (Terug keert terug)"))
        self.open_here.clicked.connect(self._open_here)
        head.addWidget(self.open_here)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("side_close")
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setToolTip(tr("Tweede leesvenster sluiten (Ctrl+W)"))
        self.close_button.setAccessibleName(tr("Tweede leesvenster sluiten"))
        self.close_button.clicked.connect(self.close_requested)
        head.addWidget(self.close_button)
        box.addLayout(head)
        self.pane: ReadingPane = ReadingPane(self)
        self.pane.setObjectName("side_reading_pane")
        self.pane.setAccessibleName(tr("Aangehaald document, naast het gelezen document"))
        box.addWidget(self.pane, 1)
        self.setFocusProxy(self.pane)

    def _open_here(self) -> None:
        if self.doc_id:
            self.open_here_requested.emit(self.doc_id, self.pane.current_pair())

    def show_document(self, doc_id: str, doc: Document, pair: int) -> None:
        self.doc_id = doc_id
        from reader.gui import safety

        subject = safety.clean(doc.subject or doc.title or doc_id)
        self.title.set_full_text(f"{subject[:1].upper() + subject[1:]} · {doc_id}")
        self.title.setToolTip(safety.tooltip(f"{subject}\n{doc_id}"))
        self.pane.set_document(doc)
        if 0 <= pair < self.pane.pair_count():
            self.pane.go_to_pair(pair, flash=False)
        elif self.pane.pair_count():
            self.pane.set_current_pair(0)


class SideBySide:
    """The second reading pane of a window (see the module docstring)."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._side: SidePane | None = None
        self.split: QSplitter | None = None

    @property
    def is_open(self) -> bool:
        return self._side is not None and not self._side.isHidden()

    @property
    def side(self) -> SidePane:
        """The side pane, made on first use, with the splitter that holds it beside the reading area."""
        if self._side is None:
            from reader.gui import window_layout as layout
            from reader.gui.actions import Scope

            w = self.window
            split = self.split = QSplitter(Qt.Orientation.Horizontal)
            split.setObjectName("reading_split")
            split.setChildrenCollapsible(False)
            w.splitter.replaceWidget(layout.READING, split)
            split.addWidget(w.reading_area)
            side = self._side = SidePane(split)
            split.addWidget(side)
            side.hide()
            w.registry.attach(Scope.PANE, side.pane)
            side.close_requested.connect(self.close)
            side.open_here_requested.connect(self._open_here)
            side.pane.citation_activated.connect(w.navigator.follow_citation)
            side.pane.external_link_activated.connect(w.navigator.open_url)
            side.pane.today = w.today
        return self._side

    @property
    def pane(self) -> ReadingPane:
        return self.side.pane

    def open(self, doc_id: str, pair: int = -1) -> bool:
        """Show library document `doc_id` in the second pane at `pair`, with the keyboard there."""
        w = self.window
        if w.library is None:
            return False
        from reader.library import LibraryError

        try:
            doc = w.library.document(doc_id)
        except LibraryError as exc:
            w.message_bar.show_message(exc.message(), w.message_bar.ERROR)
            return False
        if doc is None:
            return False
        side = self.side
        was_open = self.is_open
        side.show()
        if not was_open:
            w.responsive.update_layout()  # two panes now: the list and the sidebar fold if they must
            self._halve()
        side.show_document(doc_id, doc, pair)  # (laid out at its width: shown first)
        side.pane.setFocus(Qt.FocusReason.OtherFocusReason)
        w.statusBar().showMessage(tr("Naast elkaar: %1 (F8 wisselt, Ctrl+W sluit)").replace("%1", doc_id), 5000)
        w.update_commands()
        return True

    def close(self) -> None:
        if self._side is None or not self.is_open:
            return
        had_focus = self._side.isAncestorOf(self.window.focusWidget()) or self._side.pane.hasFocus()
        self._side.hide()
        self._side.pane.set_document(None)
        self._side.doc_id = None
        self.window.responsive.update_layout()
        if had_focus:
            self.window.focus.reading()
        self.window.update_commands()

    def has_focus(self) -> bool:
        """Whether the keyboard is in the second pane."""
        if not self.is_open or self._side is None:
            return False
        focus = self.window.focusWidget()
        return focus is not None and (focus is self._side or self._side.isAncestorOf(focus))

    def switch(self) -> None:
        """F8: the keyboard to the other reading pane."""
        if not self.is_open:
            return
        if self.has_focus():
            self.window.focus.reading()
        else:
            self.side.pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def _halve(self) -> None:
        """Two equal panes (QSplitter shares its size by the weights given, whatever its size is now)."""
        if self.split is not None:
            self.split.setSizes([1 << 16, 1 << 16])

    def set_stacked(self, stacked: bool) -> None:
        """The two panes one above the other (a narrow window) or side by side."""
        if self.split is None:
            return
        orientation = Qt.Orientation.Vertical if stacked else Qt.Orientation.Horizontal
        if self.split.orientation() != orientation:
            self.split.setOrientation(orientation)
            self._halve()

    def _open_here(self, doc_id: str, pair: int) -> None:
        self.close()
        self.window.navigator.follow_citation(doc_id, pair)
