"""Find in the document: a bar above the reading pane (Ctrl+F opens it, F3 / Shift+F3 find again, Escape
closes it and returns to the text). It says which hit is selected of how many ("3 van 12"); the hits are
found and highlighted by finding.py."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from reader.gui.i18n import tr


class FindBar(QWidget):
    find_requested = Signal(str, bool, bool, bool)  # text, backward, case sensitive, as the text is typed
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("find_bar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        label = QLabel(tr("&Zoeken:"), self)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("find_text")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(tr("tekst in dit document"))
        self.edit.setAccessibleName(tr("Zoeken in het document"))
        label.setBuddy(self.edit)
        self.previous = QToolButton(self)
        self.previous.setText(tr("&Vorige"))
        self.previous.setToolTip(tr("Vorige zoeken (Shift+F3)"))
        self.next = QToolButton(self)
        self.next.setText(tr("V&olgende"))
        self.next.setToolTip(tr("Volgende zoeken (F3)"))
        self.case = QCheckBox(tr("&Hoofdlettergevoelig"), self)
        self.status = QLabel(self)
        self.status.setObjectName("find_status")
        self.close_button = QToolButton(self)
        self.close_button.setAutoRaise(True)
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self.close_button.setToolTip(tr("Sluiten (Escape)"))
        self.close_button.setAccessibleName(tr("Zoekbalk sluiten"))
        for w in (label, self.edit, self.previous, self.next, self.case, self.status):
            layout.addWidget(w, 1 if w is self.edit else 0)
        layout.addStretch(0)
        layout.addWidget(self.close_button)
        self.edit.returnPressed.connect(lambda: self.find(backward=False))
        self.edit.textChanged.connect(lambda _t: self.find(backward=False, incremental=True))
        self.previous.clicked.connect(lambda: self.find(backward=True))
        self.next.clicked.connect(lambda: self.find(backward=False))
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self, text: str = "") -> None:
        if text:
            self.edit.setText(text)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def find(self, backward: bool = False, incremental: bool = False) -> None:  # type: ignore[override]
        text = self.edit.text()
        if not text:
            self.set_found(True)
            return
        self.find_requested.emit(text, backward, self.case.isChecked(), incremental)

    def set_found(self, found: bool) -> None:
        self.status.setText("" if found else tr("Niet gevonden"))
        self.status.setStyleSheet("" if found else "color: #b02020;")

    def set_count(self, current: int, total: int, capped: bool = False) -> None:
        """ "3 van 12" (the selected hit and how many there are); "Niet gevonden" for none."""
        if total == 0 or current <= 0:
            self.set_found((total > 0 and current > 0) or not self.edit.text())
            return
        of = f"{total}+" if capped else str(total)
        self.status.setText(tr("%1 van %2").replace("%1", str(current)).replace("%2", of))
        self.status.setStyleSheet("")
        self.status.setAccessibleName(tr("Treffer %1 van %2").replace("%1", str(current)).replace("%2", of))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            event.accept()
            return
        super().keyPressEvent(event)
