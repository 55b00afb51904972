"""The preview of a cited set in the sidebar: what the minister answered then, without leaving the document.

A follow-up question cites an earlier set because of what was answered there. For a citation of a set in the
library, the card carries a `PreviewBox`: folded, one line that names the pair the citing text refers to
("Eerder antwoord: vraag 7"; `reader.presentation.sidebar.preview` chooses it: a question number in the citing
sentence, else the pair whose words match it best); unfolded on request (a click, Space), the cited set's
header (what it is, who answered, when) and that pair's question and answer, with "Openen bij vraag 7" (in
place; Back returns) and "Naast elkaar" (the cited set in a second reading pane beside this one).
The header is short: what the set is and its id, its subject, who answered and when.

The unfolded content is made on first unfold, so a card costs one line until the reader asks for more.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from reader.gui.i18n import tr
from reader.gui.widgets import LinkButton
from reader.gui.wrapping import WrappedText
from reader.presentation.sidebar import Preview
from reader.presentation.text import Paragraph, TableView
from reader.presentation.view import BlockView

PREVIEW_STYLE = """
QWidget#preview_body { border-left: 2px solid palette(mid); }
"""


def block_text(block: BlockView) -> str:
    """A question's or an answer's text as plain text: paragraphs apart, a table's rows as lines."""
    parts = []
    for part in block.parts:
        if isinstance(part, Paragraph):
            parts.append(part.plain.replace("\u2028", "\n"))
        elif isinstance(part, TableView):
            parts.append("\n".join(" | ".join(row) for row in part.rows))
    return "\n\n".join(p for p in parts if p.strip())


class PreviewBox(QWidget):
    """See the module docstring. `open_at(id, pair)`, `open_beside(id, pair)`."""

    open_at = Signal(str, int)
    open_beside = Signal(str, int)
    unfolded = Signal(bool)  # the box grew or shrank: the sidebar lays its content out again

    def __init__(self, preview: Preview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setStyleSheet(PREVIEW_STYLE)
        self._body: QWidget | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 2, 0, 0)
        box.setSpacing(2)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName("preview_toggle")
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.toggle.setText(self.summary())
        self.toggle.setToolTip(tr("Toon wat er toen werd gevraagd en geantwoord"))
        self.toggle.setAccessibleName(self.summary())
        self.toggle.toggled.connect(self.set_open)
        box.addWidget(self.toggle)

    def summary(self) -> str:
        """The folded line: "Eerder antwoord: vraag 7", or the set when no pair is meant."""
        row = self.preview.row
        if row is None:
            return tr("Het aangehaalde document")
        label = row.label[:1].lower() + row.label[1:]
        return tr("Eerder antwoord: %1").replace("%1", label)

    @property
    def body(self) -> QWidget | None:
        return self._body

    def is_open(self) -> bool:
        return self._body is not None and not self._body.isHidden()

    def set_open(self, shown: bool) -> None:
        """Unfold (made on first use) or fold the preview."""
        if self.toggle.isChecked() != shown:
            self.toggle.setChecked(shown)  # comes back here through `toggled`
            return
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if shown and self._body is None:
            self._body = self._make_body()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self._body)
        if self._body is not None:
            self._body.setVisible(shown)
        self.unfolded.emit(shown)

    def _make_body(self) -> QWidget:
        p = self.preview
        body = QWidget(self)
        body.setObjectName("preview_body")
        box = QVBoxLayout(body)
        box.setContentsMargins(8, 2, 0, 2)
        box.setSpacing(2)
        header = p.header
        kicker = WrappedText(header.kicker, body, muted=True)
        kicker.setObjectName("preview_kicker")
        box.addWidget(kicker)
        title = WrappedText(header.title, body)
        title.setObjectName("preview_title")
        box.addWidget(title)
        if p.byline:
            line = WrappedText(p.byline, body, muted=True)
            line.setObjectName("preview_byline")
            box.addWidget(line)
        if p.row is not None:
            for block in (*p.row.questions, *p.row.answers):
                heading = QLabel(block.heading, body)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                box.addWidget(heading)
                text = WrappedText(block_text(block), body)
                text.setObjectName("preview_text")
                box.addWidget(text)
            if p.row.answer_note is not None:
                box.addWidget(WrappedText(p.row.answer_note.plain, body, muted=True))
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        where = p.row.label[:1].lower() + p.row.label[1:] if p.row is not None else ""
        self.open_button = LinkButton(tr("Openen bij %1").replace("%1", where) if where else tr("Openen"), body)
        self.open_button.setObjectName("preview_open")
        self.open_button.setAccessibleDescription(
            tr("Opent %1 op deze plek; Terug keert terug").replace("%1", p.doc_id)
        )
        self.open_button.activated.connect(lambda: self.open_at.emit(p.doc_id, max(p.pair, 0)))
        self.beside_button = LinkButton(tr("Naast elkaar"), body)
        self.beside_button.setObjectName("preview_beside")
        self.beside_button.setAccessibleDescription(
            tr("Opent %1 in een tweede leesvenster naast dit document").replace("%1", p.doc_id)
        )
        self.beside_button.activated.connect(lambda: self.open_beside.emit(p.doc_id, max(p.pair, 0)))
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.beside_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        return body
