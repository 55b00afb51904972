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
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from reader import APP_DIR_NAME, APP_ID, APP_NAME, __version__
from reader.core.i18n import tr

if TYPE_CHECKING:  # no Qt at import: the command line imports this module to answer --help
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QWidget

DEFAULT_SIZE = (1440, 900)


def build_parser() -> argparse.ArgumentParser:
    """The window's own arguments (`kamervragen-reader open --help`)."""
    from reader.core.command_line import CommandParser, add_language_option, localise_argparse
    from reader.gui.cli import configure_window

    localise_argparse()
    parser = CommandParser(prog=f"{APP_DIR_NAME} open", description=tr("window_description"))
    configure_window(parser)
    add_language_option(parser)
    return parser


def app_icon() -> QIcon:
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


def make_application(argv0: str = "kamervragen-reader", *, icon: bool = True) -> QApplication:
    """The QApplication with the application's name, organisation, desktop id and (unless `icon` is False:
    `Started.finish` sets it after the first frame) window icon."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = cast(QApplication, QApplication.instance() or QApplication([argv0]))
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName("Kamervragen Reader")
    app.setOrganizationDomain("kamervragen.github.io")
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    if icon:
        set_icon(app)
    return app


def set_icon(app: QApplication) -> None:
    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)


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
    """A shown window: what `main` runs the event loop on, and what a benchmark measures. `finish()` opens the
    library and shows it (the list, the sidebar, the first document); `main` runs it right after the first
    frame, so the window appears before the library code is even loaded."""

    def __init__(self, app: Any, window: Any, instance: Any, options: argparse.Namespace) -> None:
        self.app = app
        self.window = window
        self.instance = instance  # the single-instance service, or None
        self.options = options
        self.library: Any = None
        self.failed = False

    def finish(self) -> bool:
        """Open the library and show it; False (and the application asked to quit) when it cannot be opened."""
        from reader.gui.session import open_first_start
        from reader.library import Library, LibraryError

        window = self.window
        set_icon(self.app)
        try:
            self.library = Library(self.options.library)
        except LibraryError as exc:
            self.failed = True
            print(tr("window_library_failed", reason=exc.message()), file=sys.stderr)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(window, APP_NAME, tr("window_library_failed", reason=exc.message()))
            self.app.exit(1)
            return False
        window.set_library(self.library)
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
    """Up to the window's first frame (the window before its library is open); an exit code when there is
    nothing to run (a second launch handed its files over, or a screenshot was written). `Started.finish()`
    opens the library."""
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
            pass
        else:
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
    app._kamervragen_translations = translations  # type: ignore[attr-defined]  # kept alive with the application

    if scratch is not None:
        from reader.library import Library, LibraryError

        try:
            library = Library(options.library or str(Path(scratch.name) / "library.sqlite3"))
        except LibraryError as exc:
            print(tr("window_library_failed", reason=exc.message()), file=sys.stderr)
            return 1
        window = MainWindow(library, settings, restore=False)
        code = _screenshot(window, options, library)
        scratch.cleanup()
        return code

    window = MainWindow(None, settings, restore=True)
    if instance is not None:

        def received(paths: list[str]) -> None:
            window.open_paths(paths)
            raise_window(window)

        instance.files_received.connect(received)
    window.show()
    return Started(app, window, instance, options)


def raise_window(window: QWidget) -> None:
    """Bring the window to the front after files arrived from another launch (best effort: the window
    manager decides)."""
    from PySide6.QtCore import Qt

    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def main(argv: list[str] | None = None) -> int:
    """The window's command line on its own (`reader.cli` runs the same arguments as the `open` command)."""
    from reader.core.command_line import language_from_argv
    from reader.core.i18n import set_language
    from reader.gui.cli import DESKTOP_FLAGS, desktop_main

    args = list(sys.argv[1:] if argv is None else argv)
    if any(a in DESKTOP_FLAGS for a in args):
        return desktop_main(args)
    lang = language_from_argv(args)
    if lang in ("nl", "en"):
        set_language(lang)
    return run(build_parser().parse_args(args))


def run(options: argparse.Namespace) -> int:
    """Open the window with these options and run it until it closes."""
    from PySide6.QtCore import QTimer

    started = start(options)
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
            window.import_now([str(folder)], window.imports.open_first_listed)
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
        print(tr("window_screenshot_failed", path=options.screenshot), file=sys.stderr)
        return 1
    print(tr("window_screenshot_written", path=options.screenshot, width=size[0], height=size[1]))
    return 0
