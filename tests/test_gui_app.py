"""The application entry: --screenshot renders a PNG of the asked size and exits, arguments are checked, the
desktop flags go to reader.desktop, and a normal start opens its file arguments (and the samples on a first
start with an empty library)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import QT_LOG_IGNORE, SEED_NAME, cited_document, language_restored
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from synth import render_text

from reader.gui import app
from reader.gui import cli as gui_cli
from reader.gui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)
ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _language(qapp: QApplication) -> Iterator[None]:
    with language_restored():
        yield


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True, text=True, env=env,
                          timeout=120, cwd=ROOT)  # fmt: skip


def test_screenshot_writes_a_png_of_the_asked_size(tmp_path: Path) -> None:
    out = tmp_path / "shots" / "window.png"
    result = run("--screenshot", str(out), "--size", "900x650", "--pair", "3")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 650)
    assert "propagateSizeHints" not in result.stderr
    assert not Path(os.environ["KAMERVRAGEN_LIBRARY"]).exists(), "a screenshot never touches the user's library"


def test_screenshot_of_a_file_in_a_named_library(tmp_path: Path, corpus: Path) -> None:
    out = tmp_path / "seed.png"
    library = tmp_path / "lib.sqlite3"
    result = run(str(corpus / "txt" / SEED_NAME), "--library", str(library), "--screenshot", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() == app.DEFAULT_SIZE[0]
    assert library.exists()


def test_a_bad_size_is_refused(tmp_path: Path) -> None:
    result = run("--screenshot", str(tmp_path / "x.png"), "--size", "groot")
    assert result.returncode == 2
    assert "groot" in result.stderr
    assert not (tmp_path / "x.png").exists()
    with pytest.raises(Exception, match=r"WIDTHxHEIGHT|BREEDTExHOOGTE"):
        gui_cli.parse_size("10x10")


def test_desktop_flags_go_to_the_desktop_integration(monkeypatch: pytest.MonkeyPatch, capsys: object) -> None:
    import reader.desktop.install as install

    calls: list[list[str]] = []
    monkeypatch.setattr(install, "main", lambda args: calls.append(list(args)) or 0)
    assert app.main(["--install-desktop"]) == 0
    assert app.main(["--uninstall-desktop", "--lang", "en"]) == 0
    assert calls == [["--install-desktop"], ["--uninstall-desktop", "--lang", "en"]]

    def missing(name: str) -> object:
        raise ImportError(name)

    monkeypatch.setattr(gui_cli.importlib, "import_module", missing)
    assert app.main(["--install-desktop"]) == 2
    assert "reader.desktop.install" in capsys.readouterr().err  # type: ignore[attr-defined]


def _run_main(qapp: QApplication, argv: list[str], check: object) -> tuple[int, dict[str, object]]:
    """Run app.main in this process; `check(window)` runs once the window has opened a document, then quits."""
    seen: dict[str, object] = {}

    def poll() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if windows and windows[0].doc is not None and not windows[0].runner.busy:
            timer.stop()
            seen.update(check(windows[0]))  # type: ignore[operator]
            qapp.quit()  # the window is closed after exec() returns: closing it inside would post a Quit event

    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(poll)
    timer.start()
    guard = QTimer()  # never hang the suite; stopped after, so no stray quit() reaches a later test's wait
    guard.setSingleShot(True)
    guard.timeout.connect(qapp.quit)
    guard.start(20_000)
    code = app.main(argv)
    timer.stop()
    guard.stop()
    for window in [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]:
        window.close()
        window.deleteLater()
    QApplication.removePostedEvents(qapp, QEvent.Type.Quit)
    QApplication.processEvents()
    return code, seen


def test_a_start_opens_its_file_arguments(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "ah-tk-20182019-1989.txt"
    path.write_text(render_text(cited_document()), encoding="utf-8")
    code, seen = _run_main(qapp, [str(path)], lambda w: {"id": w.doc_id, "title": w.windowTitle()})
    assert code == 0
    assert seen["id"] == "ah-tk-20182019-1989"
    assert str(seen["title"]).endswith("Kamervragen Reader")
    assert QApplication.applicationName() == "Kamervragen Reader"
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.desktopFileName() == "io.github.kamervragen.Reader"


def test_a_first_start_adds_the_samples_and_the_next_reopens_the_place(qapp: QApplication) -> None:
    code, seen = _run_main(qapp, [], lambda w: {"id": w.doc_id, "count": len(w.library), "go": w.go_to_pair(2)})
    assert code == 0
    assert seen["count"] == 8 and seen["id"]
    code, again = _run_main(qapp, [], lambda w: {"id": w.doc_id, "pair": w.pane.current_pair()})
    assert again == {"id": seen["id"], "pair": 2}
