"""Helpers for the window tests: fictional documents written here (never corpus text), a library with the
bundled samples, a window that never blocks on a dialog, and ways to wait for imports and settle layouts."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from reader.core import i18n as messages
from reader.core.citations import find_references, official_url
from reader.core.model import Block, Document, Footnote, Kind, Marker, Member, Reference, RefKind
from reader.gui.main_window import MainWindow
from reader.gui.settings import Settings
from reader.library import Library, add_samples

SEED_NAME = "seed-ah-tk-20182019-2752.txt"
CITED_ID = "ah-tk-20182019-1989"  # what the seed's footnotes 1 and 2 cite
# the offscreen platform warns for every window with a layout; harmless (see reader/gui/app.py)
QT_LOG_IGNORE = "This plugin does not support propagateSizeHints"


@contextmanager
def language_restored() -> Iterator[None]:
    """Undo what installing a language does to the process (translators, QLocale's default, the language of
    core messages), so tests that run later in the same process see what they expect."""
    locale = QLocale()
    try:
        yield
    finally:
        app = QCoreApplication.instance()
        if app is not None:
            for translator in app.findChildren(QTranslator):
                QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(locale)
        messages.set_language(None)


def settle(rounds: int = 3) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def cited_document() -> Document:
    """A fictional answered set with the id the seed cites (Aanhangsel 2018–2019, nr. 1989)."""
    doc = Document(
        kind=Kind.ANTWOORD,
        vergaderjaar="2018-2019",
        nummer=1989,
        title="Vragen van het lid Fictief (Testpartij) aan de Staatssecretaris van Voorbeeldzaken over "
        "de werkwijze van een verzonnen dienst (ingezonden 1 februari 2019).",
        indieners=[Member("Fictief", "Testpartij")],
        gericht_aan="Staatssecretaris van Voorbeeldzaken",
        ingezonden=date(2019, 2, 1),
        beantwoord_door="Staatssecretaris Voorbeeld (Voorbeeldzaken)",
        ontvangen=date(2019, 2, 20),
        questions=[Block(str(i), [str(i)], f"Verzonnen vraag nummer {i} over de dienst?") for i in range(1, 4)],
        answers=[Block(str(i), [str(i)], f"Verzonnen antwoord op vraag {i}.") for i in range(1, 4)],
        source_text="Vraag 1\nVerzonnen vraag?\nAntwoord 1\nVerzonnen antwoord.\n",
    )
    return doc


def hostile_document() -> Document:
    """A fictional document whose text holds HTML, a script, links and an image reference."""
    note_text = 'Zie <a href="file:///etc/passwd">hier</a> en <img src="http://example.org/x.png"> www.example.org/y'
    doc = Document(
        kind=Kind.ANTWOORD,
        vergaderjaar="2030-2031",
        nummer=4242,
        title='Vragen van het lid <b>Vet</b> over <script>alert("x")</script> & <a href="http://evil.example">klik</a>.',
        indieners=[Member("<i>Schuin</i>", "<u>Partij</u>")],
        gericht_aan="Minister van <Tags>",
        ingezonden=date(2030, 10, 1),
        ontvangen=date(2030, 10, 15),
        questions=[Block("1", ["1"], "Wat doet <b>dit</b>? <img src='file:///tmp/x.png'>", [Marker(20, 1)])],
        answers=[Block("1", ["1"], 'Niets: <a href="javascript:alert(1)">link</a> &amp; meer.')],
        footnotes=[Footnote(1, note_text, find_references(note_text), ["www.example.org/y"])],
        source_text='<html><body><b>Vet</b> <a href="http://evil.example">klik</a> <img src="x.png"></body></html>\n',
    )
    return doc


def library_with_samples(path: Path | None = None) -> Library:
    lib = Library(path)
    summary = add_samples(lib)
    assert not summary.failed, summary.failed
    return lib


def make_window(qtbot: object, library: Library, *, restore: bool = False, size: tuple[int, int] = (1400, 900),
                today: date | None = date(2025, 4, 1)) -> MainWindow:  # fmt: skip
    """A shown window on `library` with settings in the test's config folder."""
    window = MainWindow(library, Settings(), restore=restore, today=today)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    window.activateWindow()
    qtbot.waitActive(window)  # type: ignore[attr-defined]
    settle()
    return window


def open_and_wait(qtbot: object, window: MainWindow, paths: list[Path | str], timeout: int = 20_000) -> object:
    """Open files the way the window does (an import off the GUI thread) and wait; the ImportSummary."""
    with qtbot.waitSignal(window.import_finished, timeout=timeout) as blocker:  # type: ignore[attr-defined]
        window.open_paths([str(p) for p in paths])
    return blocker.args[0]


def reference(doc_id: str) -> Reference:
    return Reference(RefKind.AANHANGSEL, doc_id, official_url(doc_id), doc_id)
