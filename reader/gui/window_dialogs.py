"""The window's small dialogs and choices: the shortcut overview (F1) and the shortcuts editor, About, and the
interface language (stored for the next start). Each dialog's module is imported when it is first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from reader import APP_NAME, __version__
from reader.gui import settings as S
from reader.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from reader.gui.main_window import MainWindow
    from reader.gui.shortcuts_dialog import ShortcutOverview, ShortcutsEditor

LANGUAGES = ("system", "nl", "en")  # the language menu's choices (settings.LANGUAGE)


class WindowDialogs:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.overview: ShortcutOverview | None = None  # made when first asked for, then kept
        self.editor: ShortcutsEditor | None = None

    def show_shortcuts(self) -> ShortcutOverview:
        from reader.gui.shortcuts_dialog import ShortcutOverview

        if self.overview is None:
            self.overview = ShortcutOverview(self.window.registry, self.window)
            self.overview.edit_button.clicked.connect(self.edit_shortcuts)
        self.overview.refresh()
        self.overview.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns that it cannot raise windows
            self.overview.raise_()
        self.overview.activateWindow()
        return self.overview

    def edit_shortcuts(self) -> ShortcutsEditor:
        from reader.gui.shortcuts_dialog import ShortcutsEditor

        self.editor = ShortcutsEditor(self.window.registry, self.window)
        self.editor.accepted.connect(self._shortcuts_changed)
        self.editor.open()
        return self.editor

    def _shortcuts_changed(self) -> None:
        settings = self.window.settings
        settings.set_shortcut_overrides(self.window.registry.overrides())
        settings.sync()
        if self.overview is not None:
            self.overview.refresh()

    def about(self) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        library = self.window.library
        box = QMessageBox(self.window)
        box.setWindowTitle(tr("Over %1").replace("%1", APP_NAME))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{APP_NAME} {__version__}")
        box.setInformativeText(
            tr("Schriftelijke Kamervragen naast hun antwoorden, met voetnoten die naar de aangehaalde "
               "documenten leiden.\n\nBibliotheek: %1").replace("%1", str(library.path) if library else "…")
        )  # fmt: skip
        box.setIcon(QMessageBox.Icon.Information)
        box.open()
        return box

    def set_language(self, lang: str) -> None:
        """Store the language for the next start (Qt's widgets are not re-translated while they run)."""
        settings = self.window.settings
        if settings.get(S.LANGUAGE) == lang:
            return
        settings.set(S.LANGUAGE, lang)
        settings.sync()
        bar = self.window.message_bar
        bar.show_message(tr("De nieuwe taal wordt gebruikt zodra u het programma opnieuw start."), bar.INFO)

    def check_language(self) -> None:
        """Check the language menu's entry of the stored choice (its handler then sees no change)."""
        lang = self.window.settings.get(S.LANGUAGE)
        actions = self.window.actions_
        (actions.get(f"language_{lang}") or actions["language_system"]).setChecked(True)

    def close(self) -> None:
        if self.overview is not None:
            self.overview.close()
