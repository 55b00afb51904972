"""The shortcut overview (F1, ?) and the shortcuts editor, both generated from the action registry.

The editor works on a copy of the keys: a new key that another command already uses where both work is
refused with a message naming that command; OK applies the keys and stores only what differs from the
defaults. Neither dialog is modal to the application: the overview stays open beside the window.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.gui.action_registry import ActionRegistry
from reader.gui.actions import ACTIONS, BY_ID, MENUS, Scope, conflicts, key_text, plain, translate
from reader.gui.i18n import tr


def scope_text(scope: Scope) -> str:
    return {
        Scope.WINDOW: tr("overal"),
        Scope.PANE: tr("in het leesvenster"),
        Scope.SIDEBAR: tr("in de voetnoten"),
        Scope.LIST: tr("in de lijst"),
        Scope.OVERVIEW: tr("in het overzicht"),
    }[scope]


def _fill(tree: QTreeWidget, keys: dict[str, list[QKeySequence]], only_with_keys: bool = False) -> None:
    tree.clear()
    titles = dict(MENUS)
    groups: dict[str, QTreeWidgetItem] = {}
    for spec in ACTIONS:
        if only_with_keys and not keys.get(spec.id):
            continue
        group = spec.menu or "other"
        if group not in groups:
            title = translate(titles[group]) if group in titles else tr("Overig")
            item = QTreeWidgetItem(tree, [plain(title)])
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            item.setFirstColumnSpanned(True)
            groups[group] = item
        shown = key_text(keys.get(spec.id, []))
        row = QTreeWidgetItem(groups[group], [plain(translate(spec.text)), shown,
                                              scope_text(spec.scope) if shown else ""])  # fmt: skip
        row.setData(0, Qt.ItemDataRole.UserRole, spec.id)
        if spec.tip:
            row.setToolTip(0, translate(spec.tip))
        row.setData(1, Qt.ItemDataRole.AccessibleTextRole, key_text(keys.get(spec.id, [])) or tr("geen sneltoets"))
    tree.expandAll()


def _tree(parent: QWidget) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setColumnCount(3)
    tree.setHeaderLabels([tr("Opdracht"), tr("Toetsen"), tr("Waar")])
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
    tree.header().setStretchLastSection(False)
    return tree


def _rows(tree: QTreeWidget) -> Iterator[tuple[QTreeWidgetItem, QTreeWidgetItem]]:
    """(group, command row) for every command in the tree, in order."""
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        if group is None:
            continue
        for k in range(group.childCount()):
            item = group.child(k)
            if item is not None:
                yield group, item


class ShortcutOverview(QDialog):
    """Every key, grouped like the menus, with a filter."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcut_overview")
        self.setWindowTitle(tr("Sneltoetsen"))
        self.registry = registry
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(tr("&Filter:"), self)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(tr("opdracht of toets"))
        label.setBuddy(self.filter)
        row.addWidget(label)
        row.addWidget(self.filter, 1)
        layout.addLayout(row)
        self.tree = _tree(self)
        self.tree.setAccessibleName(tr("Sneltoetsen"))
        layout.addWidget(self.tree, 1)
        note = QLabel(
            tr("Typ in het leesvenster een nummer om naar die vraag te gaan. Tab en Shift+Tab gaan langs de "
               "knoppen en verwijzingen; F6 springt tussen lijst, leesvenster en voetnoten."),
            self,
        )  # fmt: skip
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(self)
        self.edit_button = buttons.addButton(tr("Sneltoetsen &aanpassen…"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("&Sluiten"))
        buttons.rejected.connect(self.close)
        close.clicked.connect(self.close)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._apply_filter)
        self.resize(620, 560)
        self.refresh()

    def refresh(self) -> None:
        _fill(self.tree, self.registry.keys)
        self._apply_filter(self.filter.text())

    def key_texts(self) -> dict[str, str]:
        """{action id: keys as shown} for every row (for tests)."""
        return {item.data(0, Qt.ItemDataRole.UserRole): item.text(1) for _group, item in _rows(self.tree)}

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        visible: dict[int, int] = {}  # rows shown per group
        groups = {}
        for group, item in _rows(self.tree):
            hit = not needle or needle in item.text(0).lower() or needle in item.text(1).lower()
            item.setHidden(not hit)
            groups[id(group)] = group
            visible[id(group)] = visible.get(id(group), 0) + hit
        for key, group in groups.items():
            group.setHidden(visible[key] == 0)


class ShortcutsEditor(QDialog):
    """Change the keys of commands; conflicts are refused with a message."""

    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_editor")
        self.setWindowTitle(tr("Sneltoetsen aanpassen"))
        self.registry = registry
        self.keys = {k: list(v) for k, v in registry.keys.items()}
        layout = QVBoxLayout(self)
        self.tree = _tree(self)
        self.tree.setAccessibleName(tr("Opdrachten en hun sneltoetsen"))
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        label = QLabel(tr("&Nieuwe toets:"), self)
        self.recorder = QKeySequenceEdit(self)
        self.recorder.setObjectName("key_recorder")
        self.recorder.setMaximumSequenceLength(1)
        label.setBuddy(self.recorder)
        self.add_button = QPushButton(tr("&Toevoegen"), self)
        self.clear_button = QPushButton(tr("Toetsen &wissen"), self)
        self.default_button = QPushButton(tr("&Standaard"), self)
        for w in (label, self.recorder, self.add_button, self.clear_button, self.default_button):
            row.addWidget(w, 1 if w is self.recorder else 0)
        layout.addLayout(row)
        self.message = QLabel(self)
        self.message.setObjectName("shortcut_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("&Annuleren"))
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setText(tr("Alles &herstellen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_all)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self._add_recorded)
        self.clear_button.clicked.connect(self._clear_selected)
        self.default_button.clicked.connect(self._default_selected)
        self.resize(640, 580)
        _fill(self.tree, self.keys)

    def selected_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, action_id: str) -> None:
        for _group, item in _rows(self.tree):
            if item.data(0, Qt.ItemDataRole.UserRole) == action_id:
                self.tree.setCurrentItem(item)
                return

    def add_key(self, action_id: str, seq: QKeySequence) -> bool:
        """Give `action_id` one more key; False (and a message) when another command already has it."""
        if seq.isEmpty():
            return False
        candidate = {k: list(v) for k, v in self.keys.items()}
        if seq in candidate[action_id]:
            return True
        candidate[action_id].append(seq)
        clash = conflicts(candidate)
        if clash:
            _seq, a, b = clash[0]
            other = b if a == action_id else a
            self.message.setText(
                tr("%1 is al in gebruik voor “%2”. Kies een andere toets, of haal hem daar eerst weg.")
                .replace("%1", seq.toString(QKeySequence.SequenceFormat.NativeText))
                .replace("%2", plain(translate(BY_ID[other].text)))
            )
            self.message.setStyleSheet("color: #b02020;")
            return False
        self.keys = candidate
        self.message.setText("")
        self._refresh(action_id)
        return True

    def clear_keys(self, action_id: str) -> None:
        self.keys[action_id] = []
        self._refresh(action_id)

    def default_keys(self, action_id: str) -> bool:
        candidate = {k: list(v) for k, v in self.keys.items()}
        candidate[action_id] = list(self.registry.defaults[action_id])
        clash = conflicts(candidate)
        if clash:
            seq, a, b = clash[0]
            other = b if a == action_id else a
            self.message.setText(
                tr("De standaardtoets %1 is nu in gebruik voor “%2”.")
                .replace("%1", seq.toString(QKeySequence.SequenceFormat.NativeText))
                .replace("%2", plain(translate(BY_ID[other].text)))
            )
            return False
        self.keys = candidate
        self._refresh(action_id)
        return True

    def restore_all(self) -> None:
        self.keys = {k: list(v) for k, v in self.registry.defaults.items()}
        self.message.setText("")
        _fill(self.tree, self.keys)

    def accept(self) -> None:
        self.registry.set_keys(self.keys)
        super().accept()

    def _refresh(self, action_id: str) -> None:
        _fill(self.tree, self.keys)
        self.select(action_id)

    def _add_recorded(self) -> None:
        action_id = self.selected_id()
        if action_id is None:
            self.message.setText(tr("Kies eerst een opdracht in de lijst."))
            return
        if self.add_key(action_id, self.recorder.keySequence()):
            self.recorder.clear()

    def _clear_selected(self) -> None:
        action_id = self.selected_id()
        if action_id is not None:
            self.clear_keys(action_id)

    def _default_selected(self) -> None:
        action_id = self.selected_id()
        if action_id is not None:
            self.default_keys(action_id)
