"""Counts, dates and messages in the interface language everywhere: Qt's %n plurals in both languages ("1 vraag",
"1 question", never "1 vragen" or "1 results"), English dates in the English window, and the status bar's word
after a file is opened ("Geopend: …"). The Dutch plural forms come from kamervragen_nl.ts, complete and
compiled."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from gui_helpers import (
    QT_LOG_IGNORE,
    cited_document,
    language_restored,
    library_with_samples,
    make_window,
    open_and_wait,
    settle,
)
from PySide6.QtCore import QCoreApplication
from synth import render_text

from reader.core.model import Block, Document
from reader.gui.i18n import Translations, tr
from reader.library import Library

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)
ROOT = Path(__file__).resolve().parents[1]
NL_TS = ROOT / "resources" / "translations" / "kamervragen_nl.ts"
BIN = Path(sys.executable).parent


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    with language_restored():
        yield Translations()


@pytest.mark.parametrize(
    ("lang", "text", "one", "many"),
    [
        ("nl", "%n vragen", "1 vraag", "3 vragen"),
        ("en", "%n vragen", "1 question", "3 questions"),
        ("nl", "%Ln documenten", "1 document", "3 documenten"),
        ("en", "%Ln documenten", "1 document", "3 documents"),
        ("nl", "Beantwoord na %n dagen", "Beantwoord na 1 dag", "Beantwoord na 3 dagen"),
        ("en", "Open sinds %n dagen", "Open for 1 day", "Open for 3 days"),
        ("nl", "Alle vragen en antwoorden (%n paren)", "Alle vragen en antwoorden (1 paar)",
         "Alle vragen en antwoorden (3 paren)"),
    ],
)  # fmt: skip
def test_counts_take_the_form_of_the_language(
    translations: Translations, lang: str, text: str, one: str, many: str
) -> None:
    translations.install(lang)
    context = "PrintOptionsDialog" if "paren" in text else ""
    assert QCoreApplication.translate(context, text, None, 1) == one
    assert QCoreApplication.translate(context, text, None, 3) == many


def test_the_window_counts_in_dutch(qtbot: object, translations: Translations, tmp_path: Path) -> None:
    translations.install("nl")
    lib = Library(tmp_path / "lib.sqlite3")
    lib.add(Document(vergaderjaar="2031-2032", nummer=5, title="Vragen over één ding.",
                     questions=[Block("1", ["1"], "Eén vraag?")]))  # fmt: skip
    window = make_window(qtbot, lib)
    assert window.library_panel.count.text() == "1 document"
    window.open_document("ah-tk-20312032-5")
    window.pane.set_current_pair(-1)
    window.navigator.pair_changed(-1)
    assert window.position.text() == "1 vraag"


def test_the_english_window_says_dates_and_counts_in_english(qtbot: object, translations: Translations) -> None:
    translations.install("en")
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1812")
    settle()
    text = window.pane.toPlainText().partition("Question 1")[0]  # the header (the questions are Dutch text)
    assert re.search(r"Submitted\s+\d{1,2} (January|February|March|April|May|June|July|August|September|October|"
                     r"November|December) \d{4}", text), text[:400]  # fmt: skip
    dutch_months = ("januari", "februari", "maart", "april", "juni", "juli", "augustus", "oktober")
    assert not any(m in text for m in dutch_months)
    assert window.library_panel.count.text() == "8 documents"
    model = window.library_panel.model
    assert not any(m in str(model.index(r, 1).data()) for r in range(model.rowCount()) for m in ("mrt", "mei", "okt"))
    window.library_panel.search.setText("vuurtorens")
    window.library_panel.apply_query()
    assert window.library_panel.count.text() == "2 found"
    assert tr("%n vragen", None, 1) == "1 question"


def test_opening_a_file_says_opened_not_the_counts(qtbot: object, tmp_path: Path) -> None:
    window = make_window(qtbot, library_with_samples())
    path = tmp_path / "ah-tk-20182019-1989.txt"
    path.write_text(render_text(cited_document()), encoding="utf-8")
    open_and_wait(qtbot, window, [path])
    assert window.statusBar().currentMessage() == "Geopend: De werkwijze van een verzonnen dienst"
    open_and_wait(qtbot, window, [path])  # again: unchanged, still opened
    assert window.statusBar().currentMessage() == "Geopend: De werkwijze van een verzonnen dienst"
    other = tmp_path / "rommel.txt"
    other.write_text("Boodschappenlijst: melk, brood, kaas.\n", encoding="utf-8")
    open_and_wait(qtbot, window, [path, other])
    message = window.statusBar().currentMessage()
    assert message.startswith("2 documenten: 1 ongewijzigd, 1 mislukt"), message
    assert "0 " not in message


def test_the_dutch_plural_catalogue_is_complete_and_compiled(tmp_path: Path) -> None:
    root = ET.parse(NL_TS).getroot()
    messages = list(root.iter("message"))
    assert messages and all(m.get("numerus") == "yes" for m in messages)
    for m in messages:
        forms = [f.text or "" for f in m.iter("numerusform")]
        assert len(forms) == 2 and all(forms), m.findtext("source")
        assert forms[1] == m.findtext("source"), "the Dutch 'other' form is the source text"
    if not (BIN / "pyside6-lupdate").exists():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "nl.ts"
    files = [*(ROOT / "reader" / "gui").glob("*.py"), *(ROOT / "reader" / "printing").glob("*.py")]
    sources = sorted(str(p) for p in files if "from reader.core.i18n import" not in p.read_text(encoding="utf-8"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(fresh), "-source-language", "nl",
                    "-target-language", "nl", "-pluralonly"], check=True, capture_output=True)  # fmt: skip
    wanted = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    assert wanted == {m.findtext("source") for m in messages}, "run pyside6-lupdate -pluralonly on kamervragen_nl.ts"
    out = tmp_path / "nl.qm"
    shutil.copy(NL_TS, tmp_path / "nl.ts")
    subprocess.run([str(BIN / "pyside6-lrelease"), str(tmp_path / "nl.ts"), "-qm", str(out)], check=True,
                   capture_output=True)  # fmt: skip
    assert out.read_bytes() == NL_TS.with_suffix(".qm").read_bytes(), "run pyside6-lrelease on kamervragen_nl.ts"
