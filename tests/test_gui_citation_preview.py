"""The cited answer, previewed in the sidebar: 566 (2024–2025) cites 2267 (2023–2024) in a footnote; with both in
the library the sidebar previews the pair of 2267 the citing sentence refers to, folded open on request, and
"Naast elkaar" opens 2267 in a second reading pane beside 566 (F8 moves between the two, Ctrl+W closes it).
Also: where a marker stands ("bij antwoord 4"), the citations in the text of a pair, and the help that is shown
once and then folded."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from gui_helpers import QT_LOG_IGNORE, library_with_samples, make_window, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.core.citations import official_url
from reader.core.model import Block, Citation, Document, Reference, RefKind
from reader.gui.citation_preview import PreviewBox
from reader.gui.main_window import MainWindow
from reader.gui.settings import SIDEBAR_HELP_SEEN, Settings
from reader.library import Importer, Library

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)
CITING, CITED = "ah-tk-20242025-566", "ah-tk-20232024-2267"


def corpus_window(qtbot: object, corpus: Path, size: tuple[int, int] = (1500, 900)) -> MainWindow:
    lib = library_with_samples()
    paths = [corpus / "txt" / "ah-tk-20242025-566.pypdf2.txt", corpus / "txt" / "ah-tk-20232024-2267.pypdf.txt"]
    summary = Importer(lib).run([str(p) for p in paths])
    assert not summary.failed, summary.failed
    window = make_window(qtbot, lib, size=size)
    window.open_document(CITING)
    settle()
    return window


def preview_of(window: MainWindow, note: int) -> PreviewBox:
    box = window.notes.findChild(PreviewBox, f"preview_{note}_{CITED}")
    assert box is not None, f"no preview of {CITED} for note {note}"
    return box


def test_citation_preview_of_566_shows_the_answer_its_footnote_means(qtbot: object, corpus: Path) -> None:
    window = corpus_window(qtbot, corpus)
    window.go_to_pair(3)  # Vraag 4: note 2 stands in Antwoord 4
    settle()
    notes = window.notes
    assert notes.current_pair_notes() == [2]
    card = notes.card(2)
    assert card is not None
    where = card.findChild(type(window.position), "where")
    assert where is not None and where.text() == "bij antwoord 4"
    box = preview_of(window, 2)
    assert box.summary() == "Eerder antwoord: vraag 7"
    assert box.body is None and not box.is_open(), "folded until asked"
    box.toggle.click()
    settle()
    assert box.is_open() and box.body is not None
    texts = [w.text() for w in box.body.findChildren(type(card.text_label))]
    assert any("ah-tk-20232024-2267" in t for t in texts)  # the cited set's header: what it is, its id
    assert any(t.startswith("De startdatum van de werkzaamheden") for t in texts)  # its subject
    assert any("Minister Madlener" in t and "9 augustus 2024" in t for t in texts)  # who answered, when
    assert any(t.startswith("Kunt u, conform de aangenomen motie") for t in texts)  # question 7
    assert any("Er kan altijd iets kapot" in t for t in texts)  # its answer
    assert box.height() > 200, "the sidebar made room for the unfolded preview"
    # "Openen bij vraag 7": in place, at that pair; Back returns
    box.open_button.activated.emit()
    settle()
    assert window.doc_id == CITED and window.pane.current_pair() == 6
    assert QApplication.focusWidget() is window.pane
    window.go_back()
    assert window.doc_id == CITING and window.pane.current_pair() == 3


def test_citation_preview_naast_elkaar_opens_the_cited_set_beside(qtbot: object, corpus: Path) -> None:
    window = corpus_window(qtbot, corpus)
    window.go_to_pair(3)
    settle()
    box = preview_of(window, 2)
    box.set_open(True)
    settle()
    box.beside_button.activated.emit()
    settle()
    side = window.side
    assert side.is_open and side.side.doc_id == CITED
    assert window.doc_id == CITING and window.pane.current_pair() == 3, "the document read stays"
    assert side.pane.current_pair() == 6, "the earlier answer (question 7) beside the new question"
    assert side.split.orientation() == Qt.Orientation.Horizontal  # type: ignore[union-attr]
    main_x = window.pane.mapTo(window, window.pane.rect().topLeft()).x()
    side_x = side.pane.mapTo(window, side.pane.rect().topLeft()).x()
    assert side_x > main_x + window.pane.width() - 10, "beside, to the right"
    assert QApplication.focusWidget() is side.pane
    # J moves the pane that has the keyboard; F8 switches; Ctrl+W closes the second pane
    qtbot.keyClick(side.pane, Qt.Key.Key_J)  # type: ignore[attr-defined]
    assert side.pane.current_pair() == 7 and window.pane.current_pair() == 3
    qtbot.keyClick(side.pane, Qt.Key.Key_F8)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is window.pane
    qtbot.keyClick(window.pane, Qt.Key.Key_J)  # type: ignore[attr-defined]
    assert window.pane.current_pair() == 4 and side.pane.current_pair() == 7
    qtbot.keyClick(window.pane, Qt.Key.Key_F8)  # type: ignore[attr-defined]
    assert QApplication.focusWidget() is side.pane
    assert window.actions_["close_beside"].isEnabled()
    qtbot.keyClick(side.pane, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    settle()
    assert not side.is_open and QApplication.focusWidget() is window.pane
    assert not window.actions_["close_beside"].isEnabled()
    # the command (Ctrl+Shift+N) opens the preview of the current pair's note beside
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.pane, Qt.Key.Key_N, ctrl_shift)  # type: ignore[attr-defined]
    settle()
    assert side.is_open and side.side.doc_id == CITED


def test_citation_preview_two_panes_stack_in_a_narrow_window(qtbot: object, corpus: Path) -> None:
    window = corpus_window(qtbot, corpus, size=(1024, 640))
    window.go_to_pair(3)
    settle()
    window.side.open(CITED, 6)
    settle()
    assert window.side.split.orientation() == Qt.Orientation.Vertical  # type: ignore[union-attr]
    window.resize(1500, 800)
    settle()
    assert window.side.split.orientation() == Qt.Orientation.Horizontal  # type: ignore[union-attr]


def test_citations_in_the_text_are_listed_with_the_pairs_notes(qtbot: object) -> None:
    lib = library_with_samples()
    cited = "ah-tk-20242025-1807"
    ref = Reference(RefKind.AANHANGSEL, cited, official_url(cited), "Aanhangsel nr. 1807")
    text = "Zoals ik eerder schreef (Aanhangsel nr. 1807) over de stallingspas."
    start = text.index("Aanhangsel")
    doc = Document(
        vergaderjaar="2031-2032",
        nummer=77,
        title="Vragen van het lid Fictief over een verzonnen onderwerp.",
        questions=[Block(str(n), [str(n)], f"Fictieve vraag {n}?") for n in (1, 2)],
        answers=[Block("1", ["1"], "Fictief antwoord."),
                 Block("2", ["2"], text, citations=[Citation(start, start + 20, ref)])],
    )  # fmt: skip
    lib.add(doc)
    window = make_window(qtbot, lib)
    window.open_document("ah-tk-20312032-77")
    assert window.notes.citation_cards() == []
    window.go_to_pair(1)
    settle()
    (card,) = window.notes.citation_cards()
    assert card.isVisible()
    where = card.findChild(type(window.position), "where")
    assert where is not None and where.text() == "bij antwoord 2"
    assert card.buttons[0].objectName() == f"citation_t0_{cited}"
    assert card.previews, "a cited set in the library is previewed"
    window.go_to_pair(0)
    settle()
    assert not card.isVisible()


def test_the_sidebar_help_is_shown_once_then_folded(qtbot: object, tmp_path: Path) -> None:
    lib = library_with_samples()
    settings = Settings()
    assert settings.get(SIDEBAR_HELP_SEEN) is False
    window = make_window(qtbot, lib)
    window.open_document("ah-tk-20242025-1812")
    notes = window.notes
    assert notes.help_open
    assert Settings().get(SIDEBAR_HELP_SEEN) is True
    window.open_document("ah-tk-20242025-1807")
    assert not notes.help_open, "folded after the first document"
    notes.help_toggle.click()
    assert notes.help_open
    window.close()
    again = MainWindow(Library(lib.path), Settings(), restore=False)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    again.show()
    again.open_document("ah-tk-20242025-1812")
    assert not again.notes.help_open, "remembered: folded from the start"
