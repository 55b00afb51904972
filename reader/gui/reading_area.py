"""The centre of the window: a message bar, and — from the moment the library is open until a document is — a
placeholder that says what to do; then the document view: the header with the question navigator, the tabs
"Naast elkaar" (the reading pane) and "Brontekst" (the source view), and the find bar between the header and
the tabs.

The document view is made when it is first needed (`ReadingArea.view`), the source view when its tab is
first shown and the message bar with the first message: a start shows the window without loading the
reading pane, and the window reaches every part through these properties at any time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from reader.gui.i18n import tr

if TYPE_CHECKING:
    from reader.gui.document_header import DocumentHeader
    from reader.gui.find_bar import FindBar
    from reader.gui.message_bar import MessageBar
    from reader.gui.reading_pane import ReadingPane
    from reader.gui.source_view import SourceView


def placeholder_page(parent: QWidget) -> QWidget:
    """What the centre shows before a document is open: what to do, and the three keys to start with."""
    page = QWidget(parent)
    page.setObjectName("reading_placeholder")
    box = QVBoxLayout(page)
    box.addStretch(2)
    title = QLabel(tr("Kies een document om te lezen"), page)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    title.setFont(font)
    title.setAlignment(Qt.AlignmentFlag.AlignCenter)
    hint = QLabel(
        tr("Elke vraag staat naast haar antwoord. J en K gaan naar de volgende en vorige vraag, "
           "Ctrl+L zoekt in de bibliotheek, F1 toont alle sneltoetsen."),
        page,
    )  # fmt: skip
    hint.setWordWrap(True)
    hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
    hint.setStyleSheet("color: palette(placeholder-text);")
    hint.setMaximumWidth(460)
    box.addWidget(title)
    row = QHBoxLayout()  # centred, wrapped at its own width (an alignment flag would cut its height)
    row.addStretch(1)
    row.addWidget(hint, 3)
    row.addStretch(1)
    box.addLayout(row)
    box.addStretch(3)
    return page


class DocumentView:
    """The parts that show an open document, placed in the reading area's layout."""

    def __init__(self, area: ReadingArea, previous: QAction, following: QAction) -> None:
        from PySide6.QtWidgets import QTabWidget

        from reader.gui.document_header import DocumentHeader
        from reader.gui.find_bar import FindBar
        from reader.gui.reading_pane import ReadingPane

        self.header: DocumentHeader = DocumentHeader(previous, following, area)
        self.header.hide()  # until a document is open
        self.tabs = QTabWidget(area.centre)
        self.tabs.setObjectName("reading_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabPosition(QTabWidget.TabPosition.South)
        self.pane: ReadingPane = ReadingPane(self.tabs)
        self.pane.setObjectName("reading_pane")
        self.source_page = QWidget(self.tabs)  # the source view is made when the tab is first shown
        self.source_page.setObjectName("source_page")
        QVBoxLayout(self.source_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.pane, tr("Naast elkaar"))
        self.tabs.addTab(self.source_page, tr("Brontekst"))
        self.tabs.setTabToolTip(0, tr("Vragen links, antwoorden rechts"))
        self.tabs.setTabToolTip(1, tr("De gelezen tekst, gekleurd: zo ziet u wat de lezer ervan maakte"))
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.find_bar: FindBar = FindBar(area)  # hidden until Ctrl+F
        self._source_view: SourceView | None = None
        area.layout_.insertWidget(area.layout_.indexOf(area.centre), self.header)
        area.layout_.insertWidget(area.layout_.indexOf(area.centre), self.find_bar)  # above the text it finds in
        area.centre.addWidget(self.tabs)

    @property
    def source_view(self) -> SourceView:
        """The source view, made on first use (it loads Pygments and the lexer)."""
        if self._source_view is None:
            from reader.gui.source_view import SourceView

            self._source_view = SourceView(self.source_page)
            layout = self.source_page.layout()
            assert layout is not None
            layout.addWidget(self._source_view)
            self.source_page.setFocusProxy(self._source_view)
        return self._source_view

    @property
    def source_shown(self) -> bool:
        return self.tabs.currentWidget() is self.source_page


class ReadingArea(QWidget):
    """The message bar, the placeholder and (from the first document on) the document view."""

    def __init__(
        self, previous: QAction, following: QAction, on_view: Callable[[DocumentView], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reading_area")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # holds the keyboard until a document is shown (focus.py)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(0)
        self.centre = QStackedWidget(self)
        self.centre.addWidget(QWidget(self.centre))  # blank until the library is open: nothing to choose yet
        self.layout_.addWidget(self.centre, 1)
        self._actions = (previous, following)
        self._on_view = on_view
        self._view: DocumentView | None = None
        self._message_bar: MessageBar | None = None
        self._placeholder: QWidget | None = None

    @property
    def placeholder(self) -> QWidget:
        """What the centre shows while no document is open (see `show_placeholder`)."""
        if self._placeholder is None:
            self._placeholder = placeholder_page(self.centre)
            self.centre.addWidget(self._placeholder)
        return self._placeholder

    def show_placeholder(self) -> None:
        """ "Kies een document": once the library is open, until a document is."""
        if not self.showing_document:
            self.centre.setCurrentWidget(self.placeholder)

    @property
    def has_view(self) -> bool:
        return self._view is not None

    @property
    def view(self) -> DocumentView:
        """The document view, made (and handed to `on_view` to be wired) on first use."""
        if self._view is None:
            self._view = DocumentView(self, *self._actions)
            self._on_view(self._view)
        return self._view

    @property
    def message_bar(self) -> MessageBar:
        if self._message_bar is None:
            from reader.gui.message_bar import MessageBar

            self._message_bar = MessageBar(self)  # hidden until it has something to say
            self.layout_.insertWidget(0, self._message_bar)
        return self._message_bar

    def show_document(self) -> None:
        """The document view in place of the placeholder."""
        view = self.view
        self.centre.setCurrentWidget(view.tabs)
        view.header.show()

    @property
    def showing_document(self) -> bool:
        return self._view is not None and self.centre.currentWidget() is self._view.tabs
