"""The interface language: Dutch (the source language of every string) or English (from Qt Linguist files).

The choice: the user's setting ("nl", "en"), else the system locale by the rule the command line follows too
(`reader.core.i18n`): Dutch with a Dutch locale, English otherwise. Installing a language
- loads `reader.resources/translations/kamervragen_<lang>.qm` for our own strings (for Dutch, the source
  language, only the plural forms of texts with a count: "1 vraag", "3 vragen");
- loads Qt's own `qtbase_nl.qm` from PySide6's translations folder for Dutch, so standard dialogs (file,
  print, message boxes) speak Dutch too;
- sets QLocale's default (dates in the reading pane) and the language of core and library messages.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.core import i18n

LANGUAGES = ("nl", "en")
APP_CATALOGUE = "kamervragen"


def system_language(locale_name: str | None = None) -> str:
    """'nl' or 'en' for a locale name such as 'nl_NL', 'en_GB', 'C'; without one, from the environment."""
    if locale_name is None:
        return i18n.system_language()
    return i18n.language_of_locale(locale_name)


def resolve(setting: str | None, locale_name: str | None = None) -> str:
    """The language to use for the setting value ("system", "nl", "en" or None)."""
    if setting is not None and setting in LANGUAGES:
        return setting
    return system_language(locale_name)


def _load_app_catalogue(translator: QTranslator, lang: str) -> bool:
    """Our own catalogue (for Dutch its plural forms), from the installed package's folder; through
    importlib.resources only when the package is not a folder (a zip), which costs start-up time."""
    name = f"{APP_CATALOGUE}_{lang}.qm"
    try:
        package = importlib.import_module("reader.resources")  # mapped from resources/ at install time
    except ImportError:
        return False
    folder = Path(package.__file__ or "").parent / "translations"
    if (folder / name).is_file():
        return translator.load(str(folder / name))
    from importlib import resources

    try:
        item = resources.files("reader.resources") / "translations" / name
        if not item.is_file():
            return False
        data = item.read_bytes()
    except (ModuleNotFoundError, OSError):
        return False
    # keep the bytes alive as long as the translator: QTranslator.loadFromData does not copy them
    translator._data = data  # type: ignore[attr-defined]
    return translator.load(data)


class Translations:
    """The translators installed on the application (kept referenced here so Qt does not lose them)."""

    def __init__(self) -> None:
        self.language = "nl"
        self._translators: list[QTranslator] = []

    def install(self, lang: str, app: QCoreApplication | None = None) -> None:
        app = app or QCoreApplication.instance()
        for t in self._translators:
            QCoreApplication.removeTranslator(t)
        self._translators.clear()
        self.language = lang if lang in LANGUAGES else "nl"
        if self.language == "nl":
            qt = QTranslator(app)
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load("qtbase_nl", folder):
                QCoreApplication.installTranslator(qt)
                self._translators.append(qt)
            plurals = QTranslator(app)  # only the one and many forms of our texts with a count ("1 vraag")
            if _load_app_catalogue(plurals, "nl"):
                QCoreApplication.installTranslator(plurals)
                self._translators.append(plurals)
            QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        else:
            own = QTranslator(app)
            if _load_app_catalogue(own, self.language):
                QCoreApplication.installTranslator(own)
                self._translators.append(own)
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        i18n.set_language(self.language)

    @property
    def installed(self) -> int:
        return len(self._translators)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The window's strings: Dutch source text, one translation context (pyside6-lupdate files a bare `tr()`
    call under the empty context, so the lookup uses the same). A text with a count has `%n` (or `%Ln`, with
    the locale's digit grouping) and `n`: its form follows the language's plural rule, from the catalogue of
    the interface language (`kamervragen_nl.ts` holds the Dutch plural forms of the Dutch source texts)."""
    return QCoreApplication.translate("", text, disambiguation, n)
