"""Every command declared once: each one in the table has exactly one handler, bound by its id; when a command
is enabled (and checked) follows the table's predicates over the window's state; the print commands reach the
print dialogs directly, loaded on first use; and a start shows its first frame without the modules that only
the content needs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import QT_LOG_IGNORE, library_with_samples, make_window

from reader.gui import actions as A
from reader.gui.action_registry import handlers_of
from reader.gui.commands import Commands
from reader.gui.main_window import MainWindow
from reader.gui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)
ROOT = Path(__file__).resolve().parents[1]


def enabled(window: MainWindow) -> set[str]:
    return {i for i, a in window.actions_.items() if a.isEnabled()}


def test_every_command_has_exactly_one_handler(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    found = handlers_of(Commands(window))
    assert set(found) == set(A.BY_ID), "a command without a handler, or a handler of no command"
    for action_id, handler in found.items():
        assert callable(handler), action_id


def test_a_command_without_a_handler_is_refused(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())

    class Missing(Commands):
        """All handlers but `about` (overridden without the mark)."""

        def about(self) -> None:  # not marked: `about` has no handler now
            pass

    with pytest.raises(LookupError, match="about"):
        window.registry.bind(Missing(window))

    class Twice(Commands):
        @A.handles("about")
        def also_about(self) -> None:
            pass

    with pytest.raises(LookupError, match="two handlers"):
        window.registry.bind(Twice(window))

    class Unknown(Commands):
        @A.handles("no_such_command")
        def nothing(self) -> None:
            pass

    with pytest.raises(LookupError, match="no_such_command"):
        window.registry.bind(Unknown(window))


def test_enabling_and_checking_follow_the_table(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    state = window.state()
    assert state.library_open and not state.document_open
    assert enabled(window) == set(A.enabled_ids(state))
    for action_id in ("next_pair", "find", "print_preview", "back", "forward"):
        assert not window.actions_[action_id].isEnabled(), action_id
    assert window.actions_["open"].isEnabled() and window.actions_["next_document"].isEnabled()

    window.open_document("ah-tk-20242025-1819")
    assert enabled(window) == set(A.enabled_ids(window.state()))
    for action_id in ("next_pair", "find", "print_preview", "first_pair", "page_down"):
        assert window.actions_[action_id].isEnabled(), action_id
    assert not window.actions_["back"].isEnabled()
    window.follow_citation("ah-tk-20242025-1803")  # the notice the answer cites
    assert window.actions_["back"].isEnabled() and not window.actions_["forward"].isEnabled()
    window.go_back()
    assert window.actions_["forward"].isEnabled()

    # checkable commands show the window's state, also when it changes without them
    assert window.actions_["toggle_sidebar"].isChecked()
    window.notes_dock.close()
    assert not window.actions_["toggle_sidebar"].isChecked()
    window.tabs.setCurrentIndex(1)
    assert window.actions_["toggle_source"].isChecked()
    window.actions_["toggle_source"].trigger()
    assert window.tabs.currentIndex() == 0 and not window.actions_["toggle_source"].isChecked()


def test_a_window_without_its_library_offers_only_what_works(qtbot: object) -> None:
    window = MainWindow(None, Settings(), restore=False)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert enabled(window) == set(A.enabled_ids(A.WindowState())) == set(MainWindow.FRAME_COMMANDS)
    assert {"quit", "about", "shortcut_overview"} <= enabled(window)
    assert "open" not in enabled(window) and "search_library" not in enabled(window)
    box = window.about()  # names no library yet, without failing
    assert "Bibliotheek: …" in box.informativeText()
    box.close()


@pytest.mark.parametrize(("command", "function"), [("print", "print_document"), ("print_preview", "print_preview"),
                                                   ("export_pdf", "export_pdf")])  # fmt: skip
def test_print_commands_call_the_print_dialogs(
    qtbot: object, monkeypatch: pytest.MonkeyPatch, command: str, function: str
) -> None:
    from reader.printing import dialogs

    calls: list[tuple[object, ...]] = []
    monkeypatch.setattr(dialogs, function, lambda *args: calls.append(args))
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1812")
    window.go_to_pair(3)
    window.actions_[command].trigger()
    assert calls == [(window, window.doc, 3)]


FIRST_FRAME = """
import json, sys, time
from reader.gui.app import build_parser, start
started = start(build_parser().parse_args(sys.argv[1:]))
w = started.window
while not (w.windowHandle() and w.windowHandle().isExposed()):
    started.app.processEvents()
w.repaint()
shown = set(sys.modules)
started.finish()
end = time.monotonic() + 60
while (w.doc is None or w.imports.busy) and time.monotonic() < end:  # the first start adds the samples
    started.app.processEvents()
    time.sleep(0.01)
print(json.dumps({"shown": sorted(shown), "finished": sorted(sys.modules), "doc": w.doc_id}))
started.close()
"""


def test_the_first_frame_does_not_wait_for_the_content(tmp_path: Path) -> None:
    """Up to the first frame, a start loads neither the library nor the panes nor printing; they come after."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               KAMERVRAGEN_INSTANCE_SOCKET=str(tmp_path / "s.sock"))  # fmt: skip
    result = subprocess.run([sys.executable, "-c", FIRST_FRAME, "--library", str(tmp_path / "lib.sqlite3")],
                            capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)  # fmt: skip
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    later = ("reader.library", "reader.gui.library_panel", "reader.gui.reading_pane", "reader.gui.notes_panel",
             "reader.gui.import_runner", "reader.printing", "PySide6.QtPrintSupport", "pygments", "PySide6.QtCharts",
             "reader.gui.overview", "reader.gui.stats_charts")  # fmt: skip
    for module in later:
        assert module not in seen["shown"], f"{module} is loaded before the first frame"
    for module in ("reader.library", "reader.gui.library_panel", "reader.gui.notes_panel", "reader.gui.reading_pane"):
        assert module in seen["finished"], f"{module} should come with the library"
    assert seen["doc"], "the first start opened a sample"
    assert "reader.printing.dialogs" not in seen["finished"], "printing loads on first use only"
    for module in ("PySide6.QtCharts", "reader.gui.overview"):
        assert module not in seen["finished"], f"{module}: the overview is made on first use only"
