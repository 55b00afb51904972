"""The main window: footnotes resolved in the sidebar (the seed's citation of nr. 1989 in the library and not),
following a citation and coming back to the same pair, document text shown as text everywhere, opening files
(import off the GUI thread, failures in Dutch), drag and drop, the source view, and settings that round-trip."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from gui_helpers import (
    CITED_ID,
    QT_LOG_IGNORE,
    SEED_NAME,
    cited_document,
    hostile_document,
    library_with_samples,
    make_window,
    open_and_wait,
    settle,
)
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QTextCharFormat
from PySide6.QtWidgets import QApplication, QFileDialog
from synth import make_document, render_text

from reader.core.citations import official_url
from reader.core.model import Kind, Soort
from reader.gui import settings as S
from reader.gui.main_window import MainWindow
from reader.gui.settings import Settings
from reader.gui.widgets import LinkButton
from reader.library import Library

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """QDesktopServices.openUrl patched: the URLs the application asked the system browser to open."""
    urls: list[QUrl] = []

    def fake(url: QUrl) -> bool:
        urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(fake))
    return urls


def seed(corpus: Path) -> Path:
    path = corpus / "txt" / SEED_NAME
    if not path.is_file():
        pytest.skip(f"{SEED_NAME} not in the corpus at {corpus}")
    return path


def citation_button(window: MainWindow, note: int, doc_id: str) -> LinkButton:
    button = window.notes.findChild(LinkButton, f"citation_{note}_{doc_id}")
    assert button is not None, f"no citation button for note {note} → {doc_id}"
    return button


def test_seed_footnotes_resolve_to_a_document_in_the_library(qtbot: object, corpus: Path) -> None:
    lib = Library()
    lib.add(cited_document())
    window = make_window(qtbot, lib)
    summary = open_and_wait(qtbot, window, [seed(corpus)])
    assert not summary.failed  # type: ignore[attr-defined]
    assert window.doc is not None and window.pane.pair_count() == 3
    numbers = [c.note.number for c in window.notes.cards()]
    assert numbers[:2] == [1, 2]
    for note in (1, 2):
        button = citation_button(window, note, CITED_ID)
        assert button.full_text() == "De werkwijze van een verzonnen dienst"  # its subject, from the library
    # opens in place, with history back to the same pair
    seed_id = window.doc_id
    window.go_to_pair(2)
    settle()
    scrolled = window.pane.verticalScrollBar().value()
    citation_button(window, 1, CITED_ID).activated.emit()
    assert window.doc_id == CITED_ID
    assert window.actions_["back"].isEnabled()
    # "Aangehaald door" on the cited document names the seed
    assert [b.objectName() for b in window.notes.cited_buttons] == [f"cited_by_{seed_id}"]
    assert "schrijnende werkwijze" in window.notes.cited_buttons[0].full_text()
    window.actions_["back"].trigger()
    settle()
    assert window.doc_id == seed_id
    assert window.pane.current_pair() == 2
    assert window.pane.verticalScrollBar().value() == scrolled
    q, a = window.pane.pair_tops(2)
    assert abs(q - a) <= 2 and 0 <= q < window.pane.viewport().height(), "the pair is in view, tops side by side"
    window.actions_["forward"].trigger()
    assert window.doc_id == CITED_ID


def test_seed_footnotes_not_in_the_library_show_the_official_page(
    qtbot: object, corpus: Path, opened_urls: list[QUrl], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_window(qtbot, Library())
    open_and_wait(qtbot, window, [seed(corpus)])
    url = official_url(CITED_ID)
    for note in (1, 2):
        button = citation_button(window, note, CITED_ID)
        assert button.full_text() == url.removeprefix("https://")
        assert url in button.toolTip()
    card = window.notes.card(1)
    assert card is not None
    assert any(CITED_ID in label.text() for label in card.findChildren(type(window.position)))
    citation_button(window, 2, CITED_ID).activated.emit()
    assert [u.toString() for u in opened_urls] == [url]
    assert window.doc_id != CITED_ID
    # "add it from a file": the cited document arrives and opens in place
    cited_file = tmp_path / "ah-tk-20182019-1989.txt"
    cited_file.write_text(render_text(cited_document()), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(cited_file)], "")))
    add = window.notes.findChild(LinkButton, f"add_1_{CITED_ID}")
    assert add is not None
    with qtbot.waitSignal(window.import_finished, timeout=20_000):  # type: ignore[attr-defined]
        add.activated.emit()
    assert window.doc_id == CITED_ID


def test_current_pairs_notes_come_first_and_the_status_bar_says_where(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1812")
    doc = window.doc
    assert doc is not None
    for i in range(window.pane.pair_count()):
        window.go_to_pair(i)
        notes = window.notes.current_pair_notes()
        shown = [c.note.number for c in window.notes.cards()]
        assert shown[: len(notes)] == notes
        assert window.position.text().endswith(" van 15")
        assert window.last_announcement == window.position.text()
    window.go_to_pair(1)  # "Vraag 2–4", answered together
    assert window.position.text().startswith("Vraag 2")


def test_document_text_is_shown_as_text_everywhere(qtbot: object, opened_urls: list[QUrl]) -> None:
    lib = Library()
    lib.add(hostile_document())
    window = make_window(qtbot, lib)
    doc_id = "ah-tk-20302031-4242"
    assert window.library_panel.model.id_at(0) == doc_id
    window.open_document(doc_id)
    # the sidebar: the note text literally, in a plain-text label; only the http(s) link became a button
    card = window.notes.card(1)
    assert card is not None
    assert card.text_label.textFormat() == Qt.TextFormat.PlainText
    assert card.text_label.text().startswith('Zie <a href="file:///etc/passwd">hier</a>')
    assert [b.full_text() for b in card.buttons] == ["www.example.org/y"]
    card.buttons[0].activated.emit()
    assert [u.toString() for u in opened_urls] == ["https://www.example.org/y"]
    # titles: the window title and the header are plain text
    assert "<script>" in window.windowTitle()
    assert window.header.ident.textFormat() == Qt.TextFormat.PlainText
    # the source view: the text as text, with no anchors or images in its document
    window.actions_["toggle_source"].trigger()
    assert window.tabs.currentWidget() is window.source_page
    assert window.source_view.toPlainText() == hostile_document().source_text
    block = window.source_view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt: QTextCharFormat = it.fragment().charFormat()
            assert not fmt.isAnchor() and not fmt.isImageFormat()
            it += 1
        block = block.next()
    # the reading pane asked for no resource
    assert window.pane.refused_resources == []
    # a non-web link is never handed to the browser
    window.open_url(QUrl("file:///etc/passwd"))
    window.open_url(QUrl("javascript:alert(1)"))
    assert len(opened_urls) == 1


def test_source_view_is_highlighted_with_the_lexer(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1807")
    window.actions_["toggle_source"].trigger()
    view = window.source_view
    assert "Vraag 1, 2" in view.toPlainText()
    colored = [n for n, spans in enumerate(view.highlighter.spans) if spans]
    assert len(colored) > 5
    line = next(n for n, text in enumerate(view.toPlainText().split("\n")) if text.startswith("Vraag 1, 2"))
    formats = view.document().findBlockByNumber(line).layout().formats()
    assert any(f.format.fontWeight() > 400 for f in formats), "the heading is bold"
    window.actions_["toggle_source"].trigger()
    assert window.tabs.currentWidget() is window.pane


def test_opening_files_adds_them_and_explains_failures_in_dutch(qtbot: object, tmp_path: Path) -> None:
    window = make_window(qtbot, library_with_samples())
    good = tmp_path / "ah-tk-20182019-1989.txt"
    good.write_text(render_text(cited_document()), encoding="utf-8")
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"\x00\x01\x02 dit is geen document" * 20)
    summary = open_and_wait(qtbot, window, [good, bad])
    assert summary.added == [CITED_ID]  # type: ignore[attr-defined]
    assert window.doc_id == CITED_ID
    assert window.library_panel.model.total() == 9
    assert window.message_bar.isVisible()
    assert window.message_bar.message() == "Eén bestand kon niet worden gelezen."
    assert "kapot.pdf" in window.message_bar.details.text()
    assert not window.import_progress.isVisible()


def test_files_dropped_on_the_window_are_opened(qtbot: object, tmp_path: Path) -> None:
    window = make_window(qtbot, library_with_samples())
    path = tmp_path / "ah-tk-20182019-1989.txt"
    path.write_text(render_text(cited_document()), encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                      Qt.KeyboardModifier.NoModifier)  # fmt: skip
    with qtbot.waitSignal(window.import_finished, timeout=20_000):  # type: ignore[attr-defined]
        QApplication.sendEvent(window, drop)
    assert window.doc_id == CITED_ID


def test_settings_round_trip(qtbot: object) -> None:
    lib = library_with_samples()
    first = make_window(qtbot, lib, restore=True, size=(760, 620))  # within the 800×800 offscreen screen
    first.open_document("ah-tk-20242025-1812")
    first.go_to_pair(5)
    first.pane.set_column_ratio(0.62)
    first.pane.zoom_in()
    size = first.pane.point_size()
    # issue 13: a window this narrow folds the list and the sidebar into drawers (their toggles open the
    # drawers); whether they are shown at all is chosen in a window wide enough to dock them
    assert first.responsive.list_folded and first.responsive.sidebar_folded
    first.resize(1500, 620)
    settle()
    assert not first.responsive.narrow
    first.actions_["toggle_sidebar"].trigger()
    first.splitter.setSizes([300, 1200])
    first.actions_["toggle_list"].trigger()
    assert first.notes_dock.isHidden() and first.library_panel.isHidden()
    first.resize(760, 620)
    settle()
    size_before = (first.width(), first.height())
    first.close()
    settle()
    ini = Path(S.config_dir()) / "state.ini"
    assert ini.is_file()
    assert "ah-tk-20242025-1812" in ini.read_text()
    assert (
        not (Path(S.config_dir()) / "settings.ini").exists()
        or "shortcuts" not in (Path(S.config_dir()) / "settings.ini").read_text()
    )

    second = MainWindow(lib, Settings(), restore=True)
    qtbot.addWidget(second)  # type: ignore[attr-defined]
    second.show()
    qtbot.waitExposed(second)  # type: ignore[attr-defined]
    assert second.restore_document()
    settle()
    assert (second.width(), second.height()) == size_before
    assert second.doc_id == "ah-tk-20242025-1812"
    assert second.pane.current_pair() == 5
    assert abs(second.pane.column_ratio() - 0.62) < 1e-3
    assert second.pane.point_size() == size
    assert second.notes_dock.isHidden() and second.library_panel.isHidden()
    assert not second.actions_["toggle_sidebar"].isChecked()
    second.resize(1500, 620)  # (issue 13: docked only in a wide window)
    settle()
    second.actions_["toggle_list"].trigger()
    settle()
    assert abs(second.splitter.sizes()[0] - 300) <= 8  # restored (the layout may round it)


def test_settings_read_badly_typed_values_as_defaults(tmp_path: Path) -> None:
    (tmp_path / "state.ini").write_text("[reading]\ncolumn_ratio=vijftig\npair=drie\n[window]\nlist_visible=soms\n")
    s = Settings(tmp_path)
    assert s.get(S.COLUMN_RATIO) == 0.5
    assert s.get(S.LAST_PAIR) == -1
    assert s.get(S.LIST_VISIBLE) is True
    s.set(S.LAST_PAIR, 4)
    assert s.get(S.LAST_PAIR) == 4


def test_first_start_adds_the_samples_once(qtbot: object) -> None:
    from reader.gui.main_window import open_first_start

    lib = Library()
    settings = Settings()
    window = make_window(qtbot, lib)
    with qtbot.waitSignal(window.import_finished, timeout=20_000):  # type: ignore[attr-defined]
        open_first_start(window, settings)
    assert len(lib) == 8 and window.doc is not None
    lib.remove(window.doc_id or "")
    open_first_start(window, settings)  # not again: the user has had them
    assert not window.runner.busy


def test_footnote_marker_brings_its_note_forward(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1819")
    number = window.doc.footnotes[-1].number  # type: ignore[union-attr]
    window.actions_["toggle_sidebar"].trigger()
    assert window.notes_dock.isHidden()
    window.pane.footnote_activated.emit(number)
    assert not window.notes_dock.isHidden()
    assert window.notes.selected_card() is window.notes.card(number)


def test_a_postponement_notice_links_to_its_later_answer(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    window.open_document("ah-tk-20242025-1803")
    header = window.header
    assert header.status.text() == "Uitgesteld"
    assert header.answer.isVisibleTo(header)
    assert header.answer.full_text() == "Antwoord: nr. 1819"
    assert "ah-tk-20242025-1819" in header.answer.toolTip()
    header.answer.activated.emit()
    assert window.doc_id == "ah-tk-20242025-1819"
    assert header.status.text() == "Beantwoord" and not header.answer.isVisibleTo(header)
    window.go_back()
    assert window.doc_id == "ah-tk-20242025-1803"


def test_a_document_without_an_official_number_says_so(qtbot: object, corpus: Path) -> None:
    window = make_window(qtbot, Library())
    open_and_wait(qtbot, window, [seed(corpus)])
    assert window.doc_id is not None and window.doc_id.startswith("local-")
    assert window.header.ident.full_text() == "zonder officieel nummer"


def test_the_window_is_shown_before_its_library_is_open(qtbot: object, tmp_path: Path) -> None:
    window = MainWindow(None, Settings(), restore=False)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)  # type: ignore[attr-defined]
    assert window.library is None
    enabled = {i for i, a in window.actions_.items() if a.isEnabled()}
    assert enabled == set(MainWindow.FRAME_COMMANDS)
    path = tmp_path / "ah-tk-20182019-1989.txt"
    path.write_text(render_text(cited_document()), encoding="utf-8")
    window.open_paths([str(path)])  # e.g. forwarded by a second launch before the library is open
    lib = library_with_samples()
    with qtbot.waitSignal(window.import_finished, timeout=20_000):  # type: ignore[attr-defined]
        window.set_library(lib)
    assert window.library is lib and window.actions_["open"].isEnabled()
    assert window.doc_id == CITED_ID


def test_an_import_can_be_cancelled_from_the_status_bar(qtbot: object, tmp_path: Path) -> None:
    from synth import write_files

    write_files(150, tmp_path / "many", seed=5)
    window = make_window(qtbot, Library())
    progress = window.import_progress
    with qtbot.waitSignal(window.import_finished, timeout=60_000) as blocker:  # type: ignore[attr-defined]
        window.open_paths([str(tmp_path / "many")])
        qtbot.waitUntil(lambda: progress.bar.value() > 0, timeout=20_000)  # type: ignore[attr-defined]
        assert progress.isVisible() and progress.cancel_button.isVisible()
        progress.cancel_button.click()
    summary = blocker.args[0]
    assert summary.cancelled and 0 < summary.done < 150
    assert window.message_bar.message().startswith("Toevoegen geannuleerd")
    assert len(window.library) == len(summary.added)
    assert not progress.isVisible()


def test_the_language_menu_stores_the_choice_for_the_next_start(qtbot: object) -> None:
    window = make_window(qtbot, library_with_samples())
    assert window.actions_["language_system"].isChecked()
    window.actions_["language_en"].trigger()
    assert Settings().get(S.LANGUAGE) == "en"
    assert window.message_bar.isVisible() and "opnieuw start" in window.message_bar.message()
    assert window.actions_["language_en"].isChecked() and not window.actions_["language_system"].isChecked()


def test_questions_of_a_postponed_set_say_when_they_were_postponed(qtbot, tmp_path):
    from datetime import date

    from synth import make_document

    from reader.core.model import Kind

    asked = {"ingezonden": date(2024, 5, 1), "members": (("Fleur Terpstra", "SVU"),), "subject": "de veerpont"}
    questions = ("Kent u het bericht over de veerpont?", "Wat gaat u doen?")
    lib = Library(tmp_path / "lib.sqlite3")
    lib.add(make_document(None, year="2023-2024", kind=Kind.VRAGEN, zaak="2024Z07777", questions=questions, **asked))
    lib.add(
        make_document(
            1500,
            kind=Kind.MEDEDELING,
            questions=questions,
            ontvangen=date(2024, 5, 21),
            mededeling="De vragen kunnen niet binnen de termijn worden beantwoord.",
            **asked,
        )
    )
    window = make_window(qtbot, lib)
    assert window.open_document("kv-tk-2024Z07777")
    settle()
    assert "Uitgesteld — mededeling ontvangen 21 mei 2024" in window.pane.toPlainText()


@pytest.mark.parametrize("notice_soort", [Soort.PER_BRIEF, Soort.INGETROKKEN])
def test_questions_answered_by_letter_or_withdrawn_are_not_shown_postponed(qtbot, tmp_path, notice_soort):
    """A notice that says the questions were answered by letter, or withdrawn, is no postponement: the library
    decides the set's status by it, and the window shows no postponement."""
    asked = {"ingezonden": date(2024, 5, 1), "members": (("Fleur Terpstra", "SVU"),), "subject": "de veerpont"}
    questions = ("Kent u het bericht over de veerpont?", "Wat gaat u doen?")
    lib = Library(tmp_path / "lib.sqlite3")
    lib.add(make_document(None, year="2023-2024", kind=Kind.VRAGEN, zaak="2024Z07777", questions=questions, **asked))
    notice = make_document(1500, kind=Kind.MEDEDELING, questions=questions, ontvangen=date(2024, 5, 21),
                           mededeling="De vragen zijn beantwoord bij brief.", **asked)  # fmt: skip
    lib.add(replace(notice, soort=notice_soort))
    window = make_window(qtbot, lib)
    assert window.open_document("kv-tk-2024Z07777")
    settle()
    expected = {"per-brief": "answered", "ingetrokken": "withdrawn"}[str(notice_soort)]
    assert window.row is not None and window.row.status == expected
    assert "Uitgesteld" not in window.pane.toPlainText()


def test_oral_questions_are_never_shown_postponed(qtbot, tmp_path):
    asked = {"ingezonden": date(2024, 5, 1), "members": (("Fleur Terpstra", "SVU"),), "subject": "de veerpont"}
    questions = ("Kent u het bericht over de veerpont?",)
    lib = Library(tmp_path / "lib.sqlite3")
    oral = make_document(None, year="2023-2024", kind=Kind.VRAGEN, zaak="2024Z07778", questions=questions, **asked)
    lib.add(replace(oral, soort=Soort.MONDELING))
    postponement = "De vragen kunnen niet binnen de termijn worden beantwoord."
    lib.add(make_document(1501, kind=Kind.MEDEDELING, questions=questions, ontvangen=date(2024, 5, 21),
                          mededeling=postponement, **asked))  # fmt: skip
    window = make_window(qtbot, lib)
    assert window.open_document("kv-tk-2024Z07778")
    settle()
    assert "Uitgesteld" not in window.pane.toPlainText()
