"""The bar above the reading pane: the document's status and id, and the question navigator
("Vraag [3] van 12" with previous/next). The number field is the "go to question" field (Ctrl+G): type a
number and press Enter; Escape returns to the text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QToolButton, QWidget

from reader.core import rules
from reader.core.citations import id_parts
from reader.gui.i18n import tr
from reader.gui.widgets import LINK_STYLE, ElidedLabel, LinkButton
from reader.library import Row

STATUS_COLORS = {
    "answered": ("#e3f1e6", "#1d6b35"),
    "postponed": ("#fbf0d9", "#815400"),
    "open": ("#ececec", "#444444"),
    "overdue": ("#fbe3e3", "#a01f1f"),
    "answered-by-letter": ("#e3f1e6", "#1d6b35"),
    "withdrawn": ("#ececec", "#444444"),
    "oral": ("#e3ecf7", "#1f4f8a"),
}


class GoToField(QLineEdit):
    escaped = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class DocumentHeader(QWidget):
    go_to = Signal(str)  # the question number typed
    go_to_cancelled = Signal()
    open_document = Signal(str)  # the answer to a notice or to open questions

    def __init__(self, previous: QAction, following: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("document_header")
        self.setStyleSheet(LINK_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.setSpacing(8)
        self.status = QLabel(self)
        self.status.setObjectName("document_status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.ident = ElidedLabel(self)  # an id shortens in the middle rather than push the navigator out
        self.ident.setObjectName("document_id")
        self.ident.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ident.setStyleSheet("color: palette(placeholder-text);")
        self.answer = LinkButton("", self)
        self.answer.setObjectName("answer_link")
        self.answer.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.answer.activated.connect(self._open_answer)
        self._answer_id: str | None = None
        layout.addWidget(self.status)
        layout.addWidget(self.ident)
        layout.addWidget(self.answer)  # elides when the header is narrow
        layout.addStretch(1)

        self.previous = QToolButton(self)
        self.previous.setDefaultAction(previous)
        self.previous.setAutoRaise(True)
        self.next = QToolButton(self)
        self.next.setDefaultAction(following)
        self.next.setAutoRaise(True)
        for b in (self.previous, self.next):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        label = QLabel(tr("&Vraag"), self)
        self.field = GoToField(self)
        self.field.setObjectName("go_to_field")
        self.field.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000a") + 16)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setAccessibleName(tr("Ga naar vraag"))
        self.field.setAccessibleDescription(tr("Typ het nummer van een vraag en druk op Enter"))
        self.field.setToolTip(tr("Ga naar vraag (Ctrl+G): typ een nummer en druk op Enter"))
        label.setBuddy(self.field)
        self.of = QLabel(self)
        self.of.setObjectName("pair_total")
        layout.addWidget(self.previous)
        layout.addWidget(label)
        layout.addWidget(self.field)
        layout.addWidget(self.of)
        layout.addWidget(self.next)
        self.field.returnPressed.connect(self._go)
        self.field.escaped.connect(self.go_to_cancelled)
        self._current_label = ""
        self.set_row(None, None)

    def set_row(self, doc_id: str | None, row: Row | None, questions: int = 0) -> None:
        """The document's status (from its library row) and id; `questions` for "van N". A postponement notice
        or a set of open questions whose answer is in the library links to that answer."""
        if row is None:
            self.status.hide()
        else:
            # the notice of postponement stays "Uitgesteld" after its set was answered (the answer is linked below)
            key = str(rules.badge_key(row.kind, row.soort or None, row.status, row.overdue, row.answered_by))
            text = {
                "answered": tr("Beantwoord"),
                "answered-by-letter": tr("Beantwoord per brief"),
                "postponed": tr("Uitgesteld"),
                "open": tr("Open"),
                "overdue": tr("Open · te laat"),
                "withdrawn": tr("Ingetrokken"),
                "oral": tr("Mondelinge vragen"),
            }.get(key, row.status)
            bg, fg = STATUS_COLORS.get(key, STATUS_COLORS["open"])
            self.status.setText(text)
            self.status.setStyleSheet(
                f"background: {bg}; color: {fg}; border-radius: 8px; padding: 1px 8px; font-weight: bold;"
            )
            self.status.setAccessibleName(tr("Status: %1").replace("%1", text))
            self.status.show()
        self._answer_id = row.answer_id if row is not None and row.answer_id and row.answer_id != doc_id else None
        if self._answer_id:
            parts = id_parts(self._answer_id)
            number = f"nr. {parts[2]}" if parts else self._answer_id
            self.answer.set_text(tr("Antwoord: %1").replace("%1", number), self._answer_id)
            self.answer.setAccessibleDescription(tr("Opent het antwoord %1").replace("%1", self._answer_id))
        self.answer.setVisible(bool(self._answer_id))
        if doc_id and doc_id.startswith("local-"):
            self.ident.set_full_text(tr("zonder officieel nummer"))
            self.ident.setToolTip(tr("Dit document noemt geen Aanhangselnummer of zaaknummer"))
        else:
            self.ident.set_full_text(doc_id or "")
            self.ident.setToolTip("")
        self.of.setText(tr("van %1").replace("%1", str(questions)) if questions else "")
        enabled = questions > 0
        self.field.setEnabled(enabled)
        if not enabled:
            self.field.clear()

    def set_current(self, label: str) -> None:
        """The current question's number, shown in the field (unless the user is typing in it)."""
        self._current_label = label
        if not self.field.hasFocus():
            self.field.setText(label)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _open_answer(self) -> None:
        if self._answer_id:
            self.open_document.emit(self._answer_id)

    def _go(self) -> None:
        text = self.field.text().strip()
        if text:
            self.go_to.emit(text)
