"""The action registry: every command reachable (a key or a menu), every key shown in the menus and the overview,
no key shared where two commands both work, standard keys where Qt has them, and user changes that are stored
only when they differ from the defaults and refused when they clash."""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from gui_helpers import QT_LOG_IGNORE, library_with_samples, make_window
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu

from reader.gui import actions as A
from reader.gui.action_registry import ActionRegistry
from reader.gui.settings import Settings
from reader.gui.shortcuts_dialog import ShortcutOverview, ShortcutsEditor

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)
SK = QKeySequence.StandardKey


def menu_texts(menu: QMenu) -> dict[str, str]:
    """{action object name: text after the tab} for every action in a menu and its submenus."""
    out: dict[str, str] = {}
    for action in menu.actions():
        if action.menu() is not None:
            out.update(menu_texts(action.menu()))  # type: ignore[arg-type]
        elif not action.isSeparator():
            out[action.objectName()] = action.text().partition("\t")[2]
    return out


def test_every_action_has_a_key_or_a_menu(qapp: object) -> None:
    ids = [spec.id for spec in A.ACTIONS]
    assert len(ids) == len(set(ids))
    defaults = A.resolve_defaults()
    menus = {path for path, _ in A.MENUS}
    for spec in A.ACTIONS:
        assert spec.menu in menus or defaults[spec.id], f"{spec.id} can be reached neither by key nor by menu"
        assert spec.text


def test_no_two_actions_share_a_key_where_both_work(qapp: object) -> None:
    defaults = A.resolve_defaults()
    assert A.conflicts(defaults) == []
    seen: dict[tuple[str, str], str] = {}
    for spec in A.ACTIONS:
        for seq in defaults[spec.id]:
            for scope in (A.Scope.WINDOW, A.Scope.PANE, A.Scope.SIDEBAR, A.Scope.LIST):
                if A.overlaps(spec.scope, scope) and spec.scope in (scope, A.Scope.WINDOW):
                    key = (seq.toString(), scope)
                    assert key not in seen, f"{seq.toString()} used by {seen[key]} and {spec.id} in {scope}"
                    seen[key] = spec.id


def test_standard_keys_where_qt_has_them(qapp: object) -> None:
    expected = {
        "open": SK.Open, "print": SK.Print, "find": SK.Find, "find_next": SK.FindNext,
        "find_previous": SK.FindPrevious, "back": SK.Back, "forward": SK.Forward, "zoom_in": SK.ZoomIn,
        "zoom_out": SK.ZoomOut, "quit": SK.Quit, "shortcut_overview": SK.HelpContents,
    }  # fmt: skip
    defaults = A.resolve_defaults()
    for action_id, standard in expected.items():
        assert standard in A.BY_ID[action_id].keys
        first = QKeySequence.keyBindings(standard)
        if first:
            assert first[0] in defaults[action_id], f"{action_id} lost its standard key {first[0].toString()}"
    # the reader keys of the issue
    want = {
        "next_pair": ["J", "Alt+Down"], "previous_pair": ["K", "Alt+Up"], "first_pair": ["Home", "Ctrl+Home"],
        "last_pair": ["End", "Ctrl+End"], "go_to_pair": ["Ctrl+G"], "page_down": ["Space", "PgDown"],
        "page_up": ["Shift+Space", "PgUp"], "next_document": ["Ctrl+PgDown", "N"],
        "previous_document": ["Ctrl+PgUp", "P"], "back": ["Alt+Left"], "forward": ["Alt+Right"],
        "next_pane": ["F6"], "previous_pane": ["Shift+F6"], "follow_citation": ["Return", "Enter"],
        "find": ["Ctrl+F"], "find_next": ["F3"], "find_previous": ["Shift+F3"],
        "search_library": ["Ctrl+L", "Ctrl+K"], "shortcut_overview": ["F1", "?"],
    }  # fmt: skip
    for action_id, keys in want.items():
        have = [s.toString() for s in defaults[action_id]]
        for key in keys:
            assert key in have, f"{action_id}: {key} missing from {have}"


def test_every_key_is_in_the_menus_and_the_overview(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    texts: dict[str, str] = {}
    for menu in window.menus.values():
        texts.update(menu_texts(menu))
    overview = window.show_shortcuts()
    shown = overview.key_texts()
    for spec in A.ACTIONS:
        keys = window.registry.keys[spec.id]
        native = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in keys]
        assert shown[spec.id] == ", ".join(native), f"overview row of {spec.id}"
        if spec.menu:
            for key in native:
                assert key in texts[f"action_{spec.id}"].split(", "), f"{key} of {spec.id} not in its menu"
        action: QAction = window.actions_[spec.id]
        assert action.shortcuts() == keys
    overview.close()


def test_scoped_keys_work_only_in_their_part(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    pane_actions = set(window.pane.actions())
    notes_actions = set(window.notes.actions())
    assert window.actions_["first_pair"] in pane_actions and window.actions_["page_down"] in pane_actions
    assert window.actions_["follow_citation"] in notes_actions
    assert window.actions_["first_pair"] not in set(window.actions())
    assert window.actions_["next_pair"] in set(window.actions())


def test_changed_keys_are_stored_and_only_those(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    editor = window.edit_shortcuts()
    assert isinstance(editor, ShortcutsEditor)
    assert editor.add_key("next_pair", QKeySequence("Ctrl+Shift+J"))
    editor.clear_keys("about")  # had none: no change
    editor.accept()
    stored = Settings().shortcut_overrides()
    assert stored == {"next_pair": ["J", "Alt+Down", "Ctrl+Shift+J"]}
    assert QKeySequence("Ctrl+Shift+J") in window.actions_["next_pair"].shortcuts()
    assert "Ctrl+Shift+J" in window.actions_["next_pair"].text()
    # a new window reads them back
    again = ActionRegistry(window, Settings().shortcut_overrides())
    assert QKeySequence("Ctrl+Shift+J") in again.keys["next_pair"]
    assert again.overrides() == stored
    # back to the defaults: nothing is stored
    editor = window.edit_shortcuts()
    editor.restore_all()
    editor.accept()
    assert Settings().shortcut_overrides() == {}


def test_a_clashing_key_is_refused_with_a_message(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    editor = window.edit_shortcuts()
    assert not editor.add_key("next_pair", QKeySequence("Ctrl+F"))
    assert "Zoeken in document" in editor.message.text()
    assert QKeySequence("Ctrl+F") not in editor.keys["next_pair"]
    # a pane-only key may repeat a key of another part (Home in the pane, Home in the sidebar)
    assert editor.add_key("follow_citation", QKeySequence("Home"))
    # but not one that works everywhere
    assert not editor.add_key("follow_citation", QKeySequence("J"))
    editor.reject()


def test_a_stored_clashing_change_is_ignored_at_start(qtbot: object) -> None:
    Settings().set_shortcut_overrides({"next_pair": ["Ctrl+F"], "about": ["Ctrl+Alt+A"]})
    window = make_window(qtbot, library_with_samples())
    assert window.registry.rejected_overrides == ["next_pair"]
    assert QKeySequence("Ctrl+F") not in window.actions_["next_pair"].shortcuts()
    assert window.actions_["about"].shortcuts() == [QKeySequence("Ctrl+Alt+A")]


def test_the_overview_filters(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    overview = window.show_shortcuts()
    assert isinstance(overview, ShortcutOverview)
    overview.filter.setText("F6")
    visible = [
        overview.tree.topLevelItem(i).child(k).data(0, 256)
        for i in range(overview.tree.topLevelItemCount())
        for k in range(overview.tree.topLevelItem(i).childCount())
        if not overview.tree.topLevelItem(i).child(k).isHidden()
    ]
    assert visible == ["next_pane", "previous_pane"]
    overview.close()


def mnemonic(text: str) -> str | None:
    m = re.search(r"&([^&])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


def assert_unique_mnemonics(texts: list[str], where: str) -> None:
    letters = [m for m in (mnemonic(t) for t in texts) if m]
    dupes = {x for x in letters if letters.count(x) > 1}
    assert not dupes, f"{where}: mnemonic {sorted(dupes)} used twice in {texts}"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_menus_and_dialogs_have_distinct_mnemonics(qtbot: object, lang: str) -> None:
    from gui_helpers import language_restored

    from reader.gui.i18n import Translations

    with language_restored():
        Translations().install(lang)
        window = make_window(qtbot, library_with_samples())
        assert_unique_mnemonics([a.text() for a in window.menuBar().actions()], "menu bar")
        for path, menu in window.menus.items():
            texts = [a.text().partition("\t")[0] for a in menu.actions() if not a.isSeparator()]
            assert all(mnemonic(t) for t in texts), f"{path}: an entry without a mnemonic"
            assert_unique_mnemonics(texts, path)
        for dialog in (window.show_shortcuts(), window.edit_shortcuts()):
            texts = [b.text() for b in dialog.findChildren(QAbstractButton)]
            texts += [lab.text() for lab in dialog.findChildren(QLabel) if lab.buddy() is not None]
            assert_unique_mnemonics(texts, dialog.objectName())
            dialog.close()
        panel = window.library_panel
        panel.filter_button.setChecked(True)
        texts = [lab.text() for lab in panel.filters.findChildren(QLabel)] + [panel.clear_button.text()]
        assert_unique_mnemonics(texts, "filters")
        bar = window.find_bar
        texts = [b.text() for b in bar.findChildren(QAbstractButton)] + [lab.text() for lab in bar.findChildren(QLabel)]
        assert_unique_mnemonics(texts, "find bar")
