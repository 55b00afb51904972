"""The interface language: Dutch source text, English from the committed Qt Linguist files (complete and in step
with the code), Qt's own Dutch for standard dialogs, the system locale followed, and core messages alongside."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import QT_LOG_IGNORE, language_restored, library_with_samples
from PySide6.QtCore import QCoreApplication, QLocale

from reader.core import i18n as messages
from reader.gui.i18n import Translations, resolve, system_language

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)
ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "kamervragen_en.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    with language_restored():
        yield Translations()


@pytest.mark.parametrize(
    ("name", "lang"),
    # Dutch with a Dutch locale, English otherwise: the rule of the command line too (issue 10)
    [("nl_NL", "nl"), ("nl_BE", "nl"), ("en_GB", "en"), ("en_US", "en"), ("C", "en"), ("POSIX", "en"),
     ("de_DE", "en"), ("fy_NL", "nl")],
)  # fmt: skip
def test_the_system_locale_chooses_the_language(name: str, lang: str) -> None:
    assert system_language(name) == lang
    assert resolve("system", name) == lang
    assert resolve("en", "nl_NL") == "en"
    assert resolve("nl", "en_US") == "nl"


def test_english_comes_from_the_committed_catalogue(translations: Translations) -> None:
    translations.install("en")
    assert translations.installed == 1
    assert QCoreApplication.translate("", "Beantwoord") == "Answered"
    assert QCoreApplication.translate("Actions", "&Volgende vraag") == "&Next question"
    # the aligned view's words moved to the core catalogue with the presentation layer (test_presentation.py
    # checks they kept the translations they had here); the print dialog's are still Qt's
    assert QCoreApplication.translate("PrintOptionsDialog", "Paren altijd &heel houden (kost meer papier)") == (
        "Always keep pairs &whole (uses more paper)"
    )
    assert messages.language() == "en"
    assert QLocale().language() == QLocale.Language.English


def test_dutch_loads_qts_own_dutch_for_standard_dialogs(translations: Translations) -> None:
    translations.install("nl")
    # qtbase_nl.qm from the PySide6 wheel, and (issue 13) the Dutch plural forms of our texts with a count
    assert translations.installed == 2
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    assert QCoreApplication.translate("", "Beantwoord") == "Beantwoord"
    assert messages.language() == "nl"
    assert QLocale().language() == QLocale.Language.Dutch


def test_the_window_speaks_english(qtbot: object, translations: Translations) -> None:
    from gui_helpers import make_window

    translations.install("en")
    window = make_window(qtbot, library_with_samples())
    titles = [m.title() for m in window.menuBar().findChildren(type(window.menus["file"])) if "/" not in m.objectName()]
    assert "&File" in titles and "&Go" in titles
    assert window.actions_["next_pair"].text().startswith("&Next question\t")
    window.open_document("ah-tk-20242025-1812")
    assert window.position.text() == "Question 1 of 15"
    assert window.library_panel.count.text() == "8 documents"


def test_the_catalogue_is_complete(qapp: object) -> None:
    root = ET.parse(TS).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message") if m.find("translation").get("type")]
    assert unfinished == []
    for m in root.iter("message"):
        source, translation = m.findtext("source") or "", m.find("translation")
        text = "".join(translation.itertext()) if translation is not None else ""
        for marker in ("%1", "%2", "%n"):
            assert (marker in source) == (marker in text), f"{marker} lost in the translation of {source!r}"


@pytest.mark.skipif(not (BIN / "pyside6-lupdate").exists(), reason="pyside6-lupdate not installed")
def test_the_catalogue_has_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    # the modules that speak through Qt's translations; a module uses the core catalogue
    # (reader.core.i18n, checked in test_catalogue.py) or Qt's, never both
    files = [*(ROOT / "reader" / "gui").glob("*.py"), *(ROOT / "reader" / "printing").glob("*.py")]
    sources = sorted(str(p) for p in files if "from reader.core.i18n import" not in p.read_text(encoding="utf-8"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh), "-source-language", "nl",
                    "-target-language", "en"], check=True, capture_output=True)  # fmt: skip

    def keys(path: Path) -> set[tuple[str, str]]:
        out = set()
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            out |= {(name, m.findtext("source") or "") for m in ctx.iter("message")}
        return out

    missing = keys(fresh) - keys(TS)
    assert not missing, f"run pyside6-lupdate and translate: {sorted(missing)[:10]}"


@pytest.mark.skipif(not (BIN / "pyside6-lrelease").exists(), reason="pyside6-lrelease not installed")
def test_the_compiled_catalogue_matches_its_source(tmp_path: Path) -> None:
    out = tmp_path / "en.qm"
    shutil.copy(TS, tmp_path / "en.ts")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(tmp_path / "en.ts"), "-qm", str(out)], check=True,
                   capture_output=True)  # fmt: skip
    assert out.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on resources/translations/*.ts"
