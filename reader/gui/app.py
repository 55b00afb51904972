"""The application entry: `kamervragen-reader [FILE...] [options]` (reader.cli calls `main` for everything
that is not a subcommand).

    kamervragen-reader [FILE...]                 open the window (and add these files to the library)
      --library FILE                             use this library file instead of the default one
      --lang nl|en                               the interface language for this run
      --screenshot PNG [--pair N] [--size WxH]   render the window offscreen to PNG and exit
    kamervragen-reader --install-desktop         add the application to the desktop menu (reader.desktop)
    kamervragen-reader --uninstall-desktop       remove it again

A first start with an empty library adds the bundled fictional samples and opens the first one. Later starts
reopen the document and question that were open. A second launch hands its files to the running window when
the single-instance service (reader.desktop.single_instance) is available; `MainWindow.open_paths` is the
hook it calls.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path
from typing import Any

from reader import APP_ID, APP_NAME, __version__
from reader.core import messages

DESKTOP_FLAGS = ("--install-desktop", "--uninstall-desktop")
DEFAULT_SIZE = (1440, 900)

HELP: dict[str, tuple[str, str]] = {
    "epilog": (
        "opdrachten (kamervragen-reader OPDRACHT --help voor meer):\n"
        "  parse FILE...      de JSON-export van documenten\n"
        "  import PATH...     bestanden en mappen aan de bibliotheek toevoegen\n"
        "  search [ZOEKTEKST] de bibliotheek doorzoeken\n"
        "  info ID            één document: kop, status, verwijzingen in beide richtingen\n"
        "  export FILE --pdf  de vragen en antwoorden naast elkaar afdrukken naar PDF (of --html)\n"
        "bureaublad:\n"
        "  --install-desktop    het programma in het menu zetten (voor deze gebruiker)\n"
        "  --uninstall-desktop  het weer uit het menu halen",
        "commands (kamervragen-reader COMMAND --help for more):\n"
        "  parse FILE...      the JSON export of documents\n"
        "  import PATH...     add files and folders to the library\n"
        "  search [QUERY]     search the library\n"
        "  info ID            one document: header, status, citations both ways\n"
        "  export FILE --pdf  print the aligned questions and answers to PDF (or --html)\n"
        "desktop:\n"
        "  --install-desktop    add the program to the menu (for this user)\n"
        "  --uninstall-desktop  remove it from the menu again",
    ),
    "description": ("Schriftelijke Kamervragen naast hun antwoorden lezen.", "Read Dutch parliamentary written "
                    "questions beside their answers."),
    "files": ("documenten om te openen en aan de bibliotheek toe te voegen (PDF, XML, HTML, tekst)",
              "documents to open and add to the library (PDF, XML, HTML, text)"),
    "library": ("het bibliotheekbestand (standaard: in uw gebruikersmap)",
                "the library file (default: in your user data folder)"),
    "lang": ("de taal van het venster voor deze keer", "the interface language for this run"),
    "screenshot": ("het venster buiten beeld tekenen, als PNG bewaren en stoppen",
                   "render the window offscreen to this PNG and exit"),
    "pair": ("bij --screenshot: ga naar rij N van de weergave (vanaf 1)",
             "with --screenshot: go to row N of the aligned view (from 1)"),
    "size": ("bij --screenshot: de venstergrootte, bijvoorbeeld 1440x900",
             "with --screenshot: the window size, e.g. 1440x900"),
    "bad_size": ("ongeldige grootte '{value}': gebruik BREEDTExHOOGTE, bijvoorbeeld 1440x900",
                 "invalid size '{value}': use WIDTHxHEIGHT, e.g. 1440x900"),
    "no_desktop": ("De bureaubladintegratie (reader.desktop.install) is in deze installatie niet beschikbaar.",
                   "Desktop integration (reader.desktop.install) is not available in this installation."),
    "library_failed": ("De bibliotheek kan niet worden geopend: {reason}", "The library cannot be opened: {reason}"),
    "screenshot_failed": ("Kon {path} niet schrijven", "Could not write {path}"),
    "screenshot_written": ("{path} geschreven ({width}×{height})", "{path} written ({width}×{height})"),
}  # fmt: skip


def _text(key: str, lang: str | None = None, **kwargs: object) -> str:
    nl, en = HELP[key]
    return (en if (lang or messages.language()) == "en" else nl).format(**kwargs)


def parse_size(value: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in value.lower().replace("×", "x").split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(_text("bad_size", value=value)) from None
    if not (200 <= w <= 8000 and 150 <= h <= 8000):
        raise argparse.ArgumentTypeError(_text("bad_size", value=value))
    return w, h


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kamervragen-reader", description=_text("description"), epilog=_text("epilog"),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("files", nargs="*", metavar="FILE", help=_text("files"))
    p.add_argument("--library", metavar="FILE", help=_text("library"))
    p.add_argument("--lang", choices=["nl", "en"], help=_text("lang"))
    p.add_argument("--screenshot", metavar="PNG", help=_text("screenshot"))
    p.add_argument("--pair", type=int, metavar="N", help=_text("pair"))
    p.add_argument("--size", type=parse_size, metavar="WxH", help=_text("size"))
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return p


def desktop_main(args: list[str]) -> int:
    """--install-desktop / --uninstall-desktop belong to the desktop integration (reader.desktop.install)."""
    try:
        module = importlib.import_module("reader.desktop.install")
    except ImportError:
        print(_text("no_desktop"), file=sys.stderr)
        return 2
    return int(module.main(args) or 0)


def app_icon() -> object:
    """The application icon from reader.resources, every hicolor size present. The files are named, not read:
    QIcon loads a size only when it is drawn (start-up stays short)."""
    from importlib import resources

    from PySide6.QtGui import QIcon

    icon = QIcon()
    try:
        root = resources.files("reader.resources") / "icons" / "hicolor"
        for size_dir in root.iterdir():
            item = size_dir / "apps" / f"{APP_ID}.png"
            if isinstance(item, Path) and item.is_file():
                icon.addFile(str(item))
            elif item.is_file():  # inside a zip: read the bytes after all
                from PySide6.QtGui import QPixmap

                pixmap = QPixmap()
                if pixmap.loadFromData(item.read_bytes()):
                    icon.addPixmap(pixmap)
    except (ModuleNotFoundError, OSError):
        pass
    return icon


def make_application(argv0: str = "kamervragen-reader", *, icon: bool = True) -> object:
    """The QApplication with the application's name, organisation, desktop id and (unless `icon` is False:
    `Started.finish` sets it after the first frame) window icon."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([argv0])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("Kamervragen Reader")
    app.setOrganizationDomain("kamervragen.github.io")
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    if icon:
        set_icon(app)
    return app


def set_icon(app: object) -> None:
    icon = app_icon()
    if not icon.isNull():  # type: ignore[attr-defined]
        app.setWindowIcon(icon)  # type: ignore[attr-defined]


def quiet_offscreen_warnings() -> None:
    """The offscreen platform warns for every window with a layout that it "does not support
    propagateSizeHints()": true and harmless when rendering a screenshot, so that one line is dropped."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, text: str) -> None:
        if "propagateSizeHints" in text:
            return
        print(text, file=sys.stderr)

    qInstallMessageHandler(handler)


def settle(ms: int = 120) -> None:
    """Let layouts, lazy text layout and posted events finish (offscreen rendering has no vsync to wait for)."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def render_screenshot(window: object, path: str, size: tuple[int, int]) -> bool:
    """Grab the shown window into a PNG of exactly `size` logical pixels."""
    from PySide6.QtCore import Qt

    window.resize(*size)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    settle()
    pixmap = window.grab()  # type: ignore[attr-defined]
    if pixmap.devicePixelRatio() != 1:
        pixmap = pixmap.scaled(*size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(1)
    Path(path).expanduser().absolute().parent.mkdir(parents=True, exist_ok=True)
    return bool(pixmap.save(path, "PNG"))


class Started:
    """A shown window: what `main` runs the event loop on, and what a benchmark measures. `finish()` builds
    the window's content (the library, the list, the reading pane, the first document); `main` runs it right
    after the first frame, so the window appears before the library code is even loaded."""

    def __init__(self, app: Any, window: Any, instance: Any, options: argparse.Namespace) -> None:
        self.app = app
        self.window = window
        self.instance = instance  # the single-instance service, or None
        self.options = options
        self.library: Any = None
        self.failed = False

    def finish(self) -> bool:
        """Open the library and fill the window; False (and the application asked to quit) when the library
        cannot be opened."""
        from reader.gui.main_window import open_first_start
        from reader.library import Library, LibraryError

        window = self.window
        set_icon(self.app)
        try:
            self.library = Library(self.options.library)
        except LibraryError as exc:
            self.failed = True
            print(_text("library_failed", reason=exc.message()), file=sys.stderr)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(window, APP_NAME, _text("library_failed", reason=exc.message()))
            self.app.exit(1)
            return False
        window.attach(self.library)
        if self.library.notice is not None:
            window.message_bar.show_message(self.library.notice.message(), window.message_bar.WARNING)
        if self.options.files:
            window.open_paths(self.options.files)
        elif not window.restore_document():
            if len(self.library) == 0:
                open_first_start(window, window.settings)
            elif window.library_panel.model.rowCount():
                window.open_document(window.library_panel.model.id_at(0) or "")
        return True

    def close(self) -> None:
        if self.instance is not None:
            self.instance.close()
        if self.library is not None:
            self.library.close()


def start(options: argparse.Namespace) -> Started | int:
    """Up to the window's first frame (menus, tool bar, the panes' places); an exit code when there is nothing
    to run (a second launch handed its files over, or a screenshot was written). `Started.finish()` does
    the rest."""
    screenshot = options.screenshot is not None
    if screenshot:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # render without a display, whatever the session has

    # the icon waits for Started.finish: finding the files costs more than the frame they are not seen in
    app = make_application(icon=screenshot)
    if screenshot:
        quiet_offscreen_warnings()

    instance = None
    if not screenshot:  # a second launch hands its files over before loading anything else
        try:
            from reader.desktop.single_instance import SingleInstance
        except ImportError:
            SingleInstance = None
        if SingleInstance is not None:
            instance = SingleInstance()
            if instance.acquire([os.path.abspath(f) for f in options.files]):
                return 0

    from reader.gui import settings as S
    from reader.gui.i18n import Translations, resolve
    from reader.gui.main_window import MainWindow

    scratch = None
    if screenshot:
        import tempfile

        scratch = tempfile.TemporaryDirectory(prefix="kamervragen-screenshot-")
    # a screenshot is made with default settings and, unless a library is named, a library of its own
    settings = S.Settings(Path(scratch.name) / "config" if scratch else None)
    translations = Translations()
    translations.install(options.lang or resolve(settings.get(S.LANGUAGE)), app)
    app._kamervragen_translations = translations  # kept alive with the application

    if scratch is not None:
        from reader.library import Library, LibraryError

        try:
            library = Library(options.library or str(Path(scratch.name) / "library.sqlite3"))
        except LibraryError as exc:
            print(_text("library_failed", reason=exc.message()), file=sys.stderr)
            return 1
        window = MainWindow(library, settings, restore=False)
        code = _screenshot(window, options, library)
        scratch.cleanup()
        return code

    window = MainWindow(None, settings, restore=True)
    if instance is not None:
        from reader.desktop.single_instance import raise_window

        def received(paths: list[str]) -> None:
            window.open_paths(paths)
            raise_window(window)

        instance.files_received.connect(received)
    window.show()
    return Started(app, window, instance, options)


def main(argv: list[str] | None = None) -> int:
    from PySide6.QtCore import QTimer

    args = list(sys.argv[1:] if argv is None else argv)
    if any(a in DESKTOP_FLAGS for a in args):
        return desktop_main(args)
    started = start(build_parser().parse_args(args))
    if isinstance(started, int):
        return started
    QTimer.singleShot(0, started.finish)  # the first frame is painted before the content is built
    code = int(started.app.exec())
    started.close()
    return 1 if started.failed else code


def _screenshot(window: object, options: argparse.Namespace, library: object) -> int:
    from reader.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    size = options.size or DEFAULT_SIZE
    window.resize(*size)
    if len(library) == 0 and not options.files:  # type: ignore[arg-type]
        from importlib import resources

        with resources.as_file(resources.files("reader.resources") / "samples") as folder:
            window.import_now([str(folder)], "samples")
    if options.files:
        window.import_now(options.files)
    if window.doc is None and window.library_panel.model.rowCount():
        window.open_document(window.library_panel.model.id_at(0) or "")
    window.show()
    settle()
    if options.pair and window.pane.pair_count():
        window.go_to_pair(min(options.pair, window.pane.pair_count()) - 1, flash=False)
    window.statusBar().clearMessage()
    ok = render_screenshot(window, options.screenshot, size)
    window.close()
    library.close()  # type: ignore[attr-defined]
    if not ok:
        print(_text("screenshot_failed", path=options.screenshot), file=sys.stderr)
        return 1
    print(_text("screenshot_written", path=options.screenshot, width=size[0], height=size[1]))
    return 0
