"""Screenshots of the reading window for the README, rendered offscreen from real documents of the corpus.

Run from a checkout: `.venv/bin/python tools/screenshots.py [--corpus DIR] [--out docs/screenshots]`.
The library, settings, data and cache folders are made in a temporary folder (the user's are never touched).
Shots: the window at 1024×640 (the list and the sidebar folded into drawers), 1366×768 and 1920×1080 with a
document with footnotes; a narrow window with the list's drawer open; a cited answer beside the citing set
("Naast elkaar"); the find bar with its count. The PNGs are reduced to 256 colours with ImageMagick when it is
there (`convert`), which keeps them small for the README.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ("pdf", "ah-tk-20232024-1314.pdf")  # footnotes with long web addresses
CITING = ("txt", "ah-tk-20242025-566.pypdf2.txt")  # a footnote cites 2267
CITED = ("txt", "ah-tk-20232024-2267.pypdf.txt")
FIND = "provincie"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--corpus", type=Path, default=Path(os.environ.get("KAMERVRAGEN_CORPUS") or ROOT.parent / "shared" / "corpus")
    )
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--only", help="render only the shots whose name contains this")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="kamervragen-screenshots-") as tmp:
        for var, sub in (("CONFIG", "config"), ("DATA", "data"), ("CACHE", "cache")):
            os.environ[f"KAMERVRAGEN_{var}_DIR"] = str(Path(tmp) / sub)
        os.environ["KAMERVRAGEN_LIBRARY"] = str(Path(tmp) / "library.sqlite3")
        return render_all(args.corpus, args.out, args.only)


def render_all(corpus: Path, out: Path, only: str | None) -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.core.parse import parse_file
    from reader.gui.app import make_application, quiet_offscreen_warnings
    from reader.gui.i18n import Translations
    from reader.gui.main_window import MainWindow
    from reader.gui.settings import SIDEBAR_HELP_SEEN, Settings
    from reader.library import Importer, Library, add_samples

    app = QApplication.instance() or make_application(icon=True)
    quiet_offscreen_warnings()
    translations = Translations()  # kept referenced: Qt does not own the translators
    translations.install("nl", app)
    library = Library()
    add_samples(library)
    summary = Importer(library).run([str(corpus / d / f) for d, f in (DOCUMENT, CITING, CITED)])
    if summary.failed:
        print(f"import failed: {summary.failed}", file=sys.stderr)
        return 1
    doc_id = parse_file(corpus / DOCUMENT[0] / DOCUMENT[1]).id
    citing_id = parse_file(corpus / CITING[0] / CITING[1]).id
    assert doc_id and citing_id, "corpus documents with their official ids"

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def window_at(size: tuple[int, int], doc: str, pair: int = -1) -> MainWindow:
        settings = Settings()
        settings.set(SIDEBAR_HELP_SEEN, True)  # as after the first start: the sidebar's help folded
        window = MainWindow(library, settings, restore=False)
        window.resize(*size)
        window.show()
        settle()
        window.open_document(doc, pair)
        window.focus_reading()
        settle()
        return window

    def shoot(name: str, window: MainWindow) -> None:
        settle()
        path = out / f"{name}.png"
        out.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(path), "PNG")
        convert = shutil.which("convert")
        if convert:
            subprocess.run([convert, str(path), "-colors", "256", f"PNG8:{path}"], check=True)
        print(f"{path} ({path.stat().st_size // 1024} KB)")
        window.close()
        window.deleteLater()
        settle()

    def sizes(name: str, size: tuple[int, int]) -> Callable[[], None]:
        return lambda: shoot(name, window_at(size, doc_id))

    def drawer() -> None:
        window = window_at((1024, 640), doc_id, 1)
        window.actions_["toggle_list"].trigger()  # in a narrow window the folded list opens as a drawer
        shoot("narrow-list-drawer", window)

    def beside() -> None:
        window = window_at((1600, 900), citing_id, 3)
        window.actions_["open_beside"].trigger()  # Ctrl+Shift+N: the current pair's cited answer beside
        shoot("side-by-side", window)

    def find() -> None:
        window = window_at((1366, 768), doc_id)
        window.actions_["find"].trigger()
        bar = window.find_bar
        QTest.keyClicks(bar.edit, FIND)
        QTest.keyClick(bar.edit, Qt.Key.Key_Return)
        QTest.keyClick(bar.edit, Qt.Key.Key_Return)
        shoot("find-bar", window)

    shots: dict[str, Callable[[], None]] = {
        "window-1024x640": sizes("window-1024x640", (1024, 640)),
        "window-1366x768": sizes("window-1366x768", (1366, 768)),
        "window-1920x1080": sizes("window-1920x1080", (1920, 1080)),
        "narrow-list-drawer": drawer,
        "side-by-side": beside,
        "find-bar": find,
    }
    for name, make in shots.items():
        if only is None or only in name:
            make()
    library.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
