"""The dialogs of the official sources: the watch list (a window that stays open beside the main window) and the
day an update starts from.

The watch list shows every followed question: its zaak number, its subject when the library holds the questions,
its state as last checked ("beantwoord", "uitgesteld", …), the answer, and when it was checked. A question whose
state changed in this session is in bold and marked "nieuw". A zaak number typed in is followed; "Nu
controleren" asks the sources; Enter (or a double click) opens the answer, else the questions; "Bij het starten
controleren" is the setting that allows the window to ask at start.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.gui.i18n import tr
from reader.gui.sources_ui import state_name

if TYPE_CHECKING:
    from reader.gui.sources_ui import SourcesController
    from reader.library.watch import Watched

DEFAULT_DAYS_BACK = 30


def ask_since(parent: QWidget, default: date | None = None) -> date | None:
    """The day an update starts from (None: cancelled)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(tr("Bijwerken vanaf"))
    box = QVBoxLayout(dialog)
    text = QLabel(
        tr("Alle beantwoorde Kamervragen die vanaf deze dag zijn gepubliceerd, worden opgehaald en in uw "
           "bibliotheek opgeslagen. Wat er al in staat, wordt overgeslagen."),
        dialog,
    )  # fmt: skip
    text.setWordWrap(True)
    box.addWidget(text)
    edit = QDateEdit(dialog)
    edit.setObjectName("update_since")
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    start = default or date.today() - timedelta(days=DEFAULT_DAYS_BACK)
    edit.setDate(QDate(start.year, start.month, start.day))
    edit.setMaximumDate(QDate.currentDate())
    edit.setAccessibleName(tr("Bijwerken vanaf"))
    box.addWidget(edit)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    if ok is not None:
        ok.setText(tr("Bijwerken"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    box.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class WatchTree(QTreeWidget):
    """The followed questions; Enter opens the chosen one's answer (or its questions)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem(), 0)
            event.accept()
            return
        super().keyPressEvent(event)


class WatchDialog(QDialog):
    """See the module docstring."""

    ZAAK, SUBJECT, STATE, ANSWER, CHECKED = range(5)

    def __init__(self, controller: SourcesController) -> None:
        super().__init__(controller.window)
        self.controller = controller
        self.window_ = controller.window
        self.setObjectName("watch_dialog")
        self.setWindowTitle(tr("Volglijst"))
        self.setModal(False)
        self.resize(880, 420)
        box = QVBoxLayout(self)
        intro = QLabel(
            tr("Open vragen die u volgt. Bij een controle wordt een nieuw antwoord opgehaald en in uw bibliotheek "
               "opgeslagen, en krijgt u een melding."),
            self,
        )  # fmt: skip
        intro.setWordWrap(True)
        box.addWidget(intro)

        row = QHBoxLayout()
        self.zaak = QLineEdit(self)
        self.zaak.setObjectName("watch_zaak")
        self.zaak.setPlaceholderText(tr("Zaaknummer, bijv. 2024Z12345"))
        self.zaak.setAccessibleName(tr("Zaaknummer om te volgen"))
        self.zaak.returnPressed.connect(self._follow_typed)
        self.follow_button = QPushButton(tr("&Volgen"), self)
        self.follow_button.setObjectName("watch_follow")
        self.follow_button.clicked.connect(self._follow_typed)
        self.current_button = QPushButton(tr("&Deze vragen volgen"), self)
        self.current_button.setObjectName("watch_follow_current")
        self.current_button.setToolTip(tr("De vragen van het geopende document volgen"))
        self.current_button.clicked.connect(controller.follow_current)
        row.addWidget(self.zaak, 1)
        row.addWidget(self.follow_button)
        row.addWidget(self.current_button)
        box.addLayout(row)
        self.error = QLabel(self)
        self.error.setObjectName("watch_error")
        self.error.setStyleSheet("color: #b02020;")
        self.error.setWordWrap(True)
        self.error.hide()
        box.addWidget(self.error)

        self.tree = WatchTree(self)
        self.tree.setObjectName("watch_list")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels([tr("Zaak"), tr("Vragen"), tr("Status"), tr("Antwoord"), tr("Gecontroleerd")])
        self.tree.setAccessibleName(tr("Volglijst"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.SUBJECT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        for column in (self.ZAAK, self.ANSWER, self.CHECKED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.STATE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.STATE, 190)
        self.tree.itemActivated.connect(lambda item, _c: self._open(item))
        self.tree.currentItemChanged.connect(lambda *_a: self._update_buttons())
        box.addWidget(self.tree, 1)
        self.empty = QLabel(tr("U volgt nog geen vragen. Typ een zaaknummer, of open vragen en kies Deze vragen "
                               "volgen."), self)  # fmt: skip
        self.empty.setObjectName("watch_empty")
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        box.addWidget(self.empty)

        bottom = QHBoxLayout()
        self.check_button = QPushButton(tr("&Nu controleren"), self)
        self.check_button.setObjectName("watch_check")
        self.check_button.clicked.connect(lambda: controller.check())
        self.remove_button = QPushButton(tr("Niet meer v&olgen"), self)
        self.remove_button.setObjectName("watch_remove")
        self.remove_button.clicked.connect(self._remove)
        self.at_start = QCheckBox(tr("Bij het &starten controleren"), self)
        self.at_start.setObjectName("watch_at_start")
        self.at_start.setToolTip(
            tr("Bij elke start van het programma de officiële bronnen vragen of gevolgde vragen beantwoord zijn")
        )
        self.at_start.setChecked(controller.check_at_start)
        self.at_start.toggled.connect(controller.set_check_at_start)
        close = QPushButton(tr("Sluiten"), self)
        close.clicked.connect(self.close)
        bottom.addWidget(self.check_button)
        bottom.addWidget(self.remove_button)
        bottom.addWidget(self.at_start)
        bottom.addStretch(1)
        bottom.addWidget(close)
        box.addLayout(bottom)
        controller.watch_changed.connect(self.refresh)

    # ---- content -----------------------------------------------------------------------------------------------
    def entries(self) -> list[Watched]:
        from reader.library.watch import WatchList

        library = self.window_.library
        return WatchList(library).entries() if library is not None else []

    def refresh(self) -> None:
        from reader.library import LibraryError

        chosen = self.current_zaak()
        self.tree.clear()
        try:
            entries = self.entries()
        except LibraryError as exc:
            self._show_error(exc.message())
            entries = []
        for w in entries:
            subject = self._subject(w.doc_id) or self._subject(w.answer_id)
            state = state_name(w.state) if w.checked or w.state != "open" else tr("nog niet gecontroleerd")
            new = w.zaak in self.controller.fresh
            if new:
                state = tr("%1 — nieuw").replace("%1", state)
            checked = w.checked[:10] if w.checked else ""  # the day; the time in the tool tip
            item = QTreeWidgetItem([w.zaak, subject, state, w.answer_id or "", checked])
            item.setData(self.ZAAK, Qt.ItemDataRole.UserRole, w.zaak)
            item.setData(self.ANSWER, Qt.ItemDataRole.UserRole, w.answer_id or w.doc_id or "")
            item.setToolTip(self.SUBJECT, subject)
            item.setToolTip(self.STATE, state)
            item.setToolTip(self.CHECKED, w.checked[:16].replace("T", " ") if w.checked else "")
            if new:
                font = item.font(0)
                font.setBold(True)
                for column in range(self.tree.columnCount()):
                    item.setFont(column, font)
            self.tree.addTopLevelItem(item)
            if w.zaak == chosen:
                self.tree.setCurrentItem(item)
        self.tree.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self.at_start.blockSignals(True)
        self.at_start.setChecked(self.controller.check_at_start)
        self.at_start.blockSignals(False)
        doc = self.window_.doc
        self.current_button.setEnabled(doc is not None and bool(doc.zaak))
        self._update_buttons()

    def _subject(self, doc_id: str | None) -> str:
        """The subject of a document in the library ("" when it is not there)."""
        from reader.library import LibraryError

        library = self.window_.library
        if library is None or not doc_id:
            return ""
        try:
            row = library.get(doc_id)
        except LibraryError:
            return ""
        text = (row.subject or row.title or "") if row is not None else ""
        return text[:1].upper() + text[1:]

    def current_zaak(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(self.ZAAK, Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value else None

    def rows(self) -> list[tuple[str, ...]]:
        """The texts shown, row by row (tests, screen readers' summaries)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                out.append(tuple(item.text(c) for c in range(self.tree.columnCount())))
        return out

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.current_zaak() is not None)
        self.check_button.setEnabled(self.tree.topLevelItemCount() > 0)

    # ---- actions -----------------------------------------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _follow_typed(self) -> None:
        text = self.zaak.text().strip()
        if not text:
            return
        problem = self.controller.follow(text)
        self._show_error(problem or "")
        if problem is None:
            self.zaak.clear()

    def _remove(self) -> None:
        zaak = self.current_zaak()
        if zaak:
            self.controller.unfollow(zaak)

    def _open(self, item: QTreeWidgetItem) -> None:
        target = str(item.data(self.ANSWER, Qt.ItemDataRole.UserRole) or "")
        library = self.window_.library
        if target and library is not None and target in library:
            self.window_.open_document(target, focus=True)
        else:
            self.window_.statusBar().showMessage(
                tr("Dit document staat niet in uw bibliotheek; kies Nu controleren om het op te halen."), 5000
            )
