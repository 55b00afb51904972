"""The QActions of one window, made from the command table (`actions.ACTIONS`): keys with the user's changes,
menus, the tool bar, enabling by `WindowState`, and each command bound to its `@handles` method."""

from __future__ import annotations

import inspect
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QToolBar, QWidget

from reader.gui.actions import (
    ACTIONS,
    BY_ID,
    MENUS,
    OVERVIEW_MENU,
    TOOLBAR,
    Scope,
    WindowState,
    conflicts,
    key_sequence,
    key_text,
    plain,
    portable_text,
    resolve_defaults,
    translate,
)


def handlers_of(obj: object) -> dict[str, Callable[..., object]]:
    """{command id: bound method} for every `@handles` method of `obj`; a command handled twice is an error."""
    found: dict[str, Callable[..., object]] = {}
    for name, member in inspect.getmembers(type(obj), callable):
        for action_id in getattr(member, "command_ids", ()):
            if action_id in found:
                raise LookupError(f"command {action_id!r} has two handlers")
            found[action_id] = getattr(obj, name)
    return found


class ActionRegistry(QObject):
    """The QActions of one window, made from `ACTIONS`, with the user's key changes applied."""

    def __init__(self, parent: QWidget, overrides: dict[str, list[str]] | None = None) -> None:
        super().__init__(parent)
        self.window = parent
        self.defaults = resolve_defaults()
        self.actions: dict[str, QAction] = {}
        self.keys: dict[str, list[QKeySequence]] = {}
        self.rejected_overrides: list[str] = []  # stored changes that could not be applied (conflicts)
        style = QApplication.style()
        for spec in ACTIONS:
            action = QAction(parent)
            action.setObjectName(f"action_{spec.id}")
            action.setCheckable(spec.checkable)
            if spec.icon is not None:
                action.setIcon(style.standardIcon(spec.icon))
            if spec.tip:
                action.setStatusTip(translate(spec.tip))
            action.setShortcutContext(
                Qt.ShortcutContext.WindowShortcut
                if spec.scope == Scope.WINDOW
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            self.actions[spec.id] = action
        self.set_keys(self._with_overrides(overrides or {}))
        # window-wide keys belong to the window; scoped ones are attached to their widget by `attach`
        for spec in ACTIONS:
            if spec.scope == Scope.WINDOW:
                parent.addAction(self.actions[spec.id])

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def _with_overrides(self, overrides: dict[str, list[str]]) -> dict[str, list[QKeySequence]]:
        keys = {k: list(v) for k, v in self.defaults.items()}
        for action_id, texts in overrides.items():
            if action_id not in keys:
                continue
            candidate = dict(keys)
            candidate[action_id] = [s for s in (key_sequence(t) for t in texts) if not s.isEmpty()]
            if conflicts(candidate):
                self.rejected_overrides.append(action_id)
                continue
            keys = candidate
        return keys

    def overrides(self) -> dict[str, list[str]]:
        """Only the commands whose keys differ from their defaults, as portable key texts."""
        return {
            action_id: [portable_text(s) for s in seqs]
            for action_id, seqs in self.keys.items()
            if seqs != self.defaults[action_id]
        }

    def set_keys(self, keys: dict[str, list[QKeySequence]]) -> None:
        """Give every command its keys (refused with ValueError when two would share a key)."""
        clash = conflicts(keys)
        if clash:
            seq, a, b = clash[0]
            raise ValueError(f"{seq.toString()} is used by {a} and {b}")
        self.keys = {k: list(v) for k, v in keys.items()}
        for spec in ACTIONS:
            self.actions[spec.id].setShortcuts(self.keys[spec.id])
        self.retranslate()

    def retranslate(self) -> None:
        """Texts with every key after a tab, so a menu shows all keys of a command, not only the first."""
        for spec in ACTIONS:
            action = self.actions[spec.id]
            text = translate(spec.text)
            keys = key_text(self.keys.get(spec.id, []))
            action.setText(f"{text}\t{keys}" if keys else text)
            action.setIconText(plain(text))
            action.setToolTip(f"{plain(text)} ({keys})" if keys else plain(text))

    def attach(self, scope: Scope, widget: QWidget) -> None:
        """Make the keys of `scope` work while focus is inside `widget`."""
        for spec in ACTIONS:
            if spec.scope == scope:
                widget.addAction(self.actions[spec.id])

    def bind(self, handlers: object) -> None:
        """Connect every command to its `@handles` method of `handlers`; every command must have exactly one."""
        found = handlers_of(handlers)
        missing = [spec.id for spec in ACTIONS if spec.id not in found]
        unknown = sorted(set(found) - set(BY_ID))
        if missing or unknown:
            raise LookupError(f"commands without a handler: {missing}; handlers of no command: {unknown}")
        for spec in ACTIONS:
            action, handler = self.actions[spec.id], found[spec.id]
            if spec.checkable:
                action.toggled.connect(handler)
            else:
                action.triggered.connect(lambda _checked=False, h=handler: h())

    def update(self, state: WindowState) -> None:
        """Enable every command by its `enabled_when`, and check the checkable ones that show a state
        (without running their handlers)."""
        for spec in ACTIONS:
            action = self.actions[spec.id]
            enabled = spec.enabled_when(state)
            if action.isEnabled() != enabled:
                action.setEnabled(enabled)
            if spec.checked_when is not None:
                checked = spec.checked_when(state)
                if action.isChecked() != checked:
                    action.blockSignals(True)
                    action.setChecked(checked)
                    action.blockSignals(False)

    # ---- menus and tool bar ---------------------------------------------------------------------------------
    def build_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """Every menu of MENUS, in `bar` but for the overview's, which its own window shows."""
        menus: dict[str, QMenu] = {}
        for path, title in MENUS:
            menu = QMenu(translate(title), bar)
            menu.setObjectName(f"menu_{path.replace('/', '_')}")
            menus[path] = menu
            if "/" not in path and path != OVERVIEW_MENU:
                bar.addMenu(menu)
        last_section: dict[str, int] = {}
        for spec in ACTIONS:
            if not spec.menu:
                continue
            menu = menus[spec.menu]
            if spec.menu in last_section and last_section[spec.menu] != spec.section:
                menu.addSeparator()
            last_section[spec.menu] = spec.section
            menu.addAction(self.actions[spec.id])
        for path, _title in MENUS:  # submenus close their parent menu
            parent_path, _, _ = path.rpartition("/")
            if parent_path:
                menus[parent_path].addSeparator()
                menus[parent_path].addMenu(menus[path])
        return menus

    def build_toolbar(self, toolbar: QToolBar) -> None:
        for action_id in TOOLBAR:
            if action_id is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.actions[action_id])
