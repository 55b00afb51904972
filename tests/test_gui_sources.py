"""The official sources in the window (issue 12, "In the window"), against the local stand-in of the services
(tests/official_server.py), never the network: "Ophalen" on a citation, "Alle ontbrekende ophalen", the
"Officiële bekendmakingen" search scope, Bijwerken, the watch list, offline, and no connection at all."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from gui_helpers import (
    CITED_ID,
    QT_LOG_IGNORE,
    SEED_NAME,
    language_restored,
    library_with_samples,
    make_window,
    open_and_wait,
    settle,
)
from official_server import Official, Set, fictional_sets, official, write_settings  # noqa: F401
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.gui import settings as S
from reader.gui.document_model import SECONDARY_ROLE
from reader.gui.i18n import Translations
from reader.gui.main_window import MainWindow
from reader.gui.settings import Settings
from reader.gui.widgets import LinkButton
from reader.library import Library
from reader.library.watch import UpdateState, WatchList

pytestmark = pytest.mark.qt_log_ignore(QT_LOG_IGNORE)
TIMEOUT = 30_000


def cited_set() -> Set:
    """A fictional answered set with the id the seed cites (Aanhangsel 2018–2019, nr. 1989)."""
    return Set(1989, date(2019, 2, 20), "de veerpont naar Oosterwolde", ("Kerkhof",), "2019Z01989")


def wait_job(qtbot: object, window: MainWindow, start: object) -> object:
    """Run `start()` (which submits a job) and wait until the window reported it; the ImportSummary."""
    with qtbot.waitSignal(window.import_finished, timeout=TIMEOUT) as blocker:  # type: ignore[attr-defined]
        result = start()  # type: ignore[operator]
        assert result is not None, "no job was started"
    return blocker.args[0]


def seeded_window(qtbot: object, corpus: Path) -> MainWindow:
    """A window on a library with the samples and the seed, the seed open."""
    path = corpus / "txt" / SEED_NAME
    if not path.is_file():
        pytest.skip(f"{SEED_NAME} not in the corpus at {corpus}")
    window = make_window(qtbot, library_with_samples())
    open_and_wait(qtbot, window, [path])  # the seed: its footnotes 1 and 2 cite nr. 1989
    assert window.doc is not None and window.notes.missing_ids() == [CITED_ID]
    return window


def fetch_button(window: MainWindow, note: int, doc_id: str) -> LinkButton:
    card = window.notes.card(note)
    assert card is not None
    button = card.findChild(LinkButton, f"fetch_{note}_{doc_id}")
    assert button is not None, "the unresolved citation offers Ophalen"
    return button


# ---- Ophalen -------------------------------------------------------------------------------------------------


def test_ophalen_on_the_seed_footnote_opens_the_fetched_set_in_place_and_back_returns(
    qtbot: object,
    official: Official,  # noqa: F811
    corpus: Path,
) -> None:
    official.add_set(cited_set())
    window = seeded_window(qtbot, corpus)
    seed_id = window.doc_id
    window.go_to_pair(1)
    button = fetch_button(window, 1, CITED_ID)
    assert window.notes.fetch_all.isVisibleTo(window.notes) and "(1)" in window.notes.fetch_all.text()
    progress_shown: list[str] = []
    window.runner.started.connect(lambda job: progress_shown.append(window.import_progress.label.text()))
    with qtbot.waitSignal(window.import_finished, timeout=TIMEOUT):  # type: ignore[attr-defined]
        button.activated.emit()
    assert progress_shown == [f"{CITED_ID} ophalen…"]
    assert window.library is not None and CITED_ID in window.library
    assert window.doc_id == CITED_ID  # opened in place
    assert window.doc is not None and "veerpont" in (window.doc.subject or "")
    assert [h.path for h in official.hits("/frbr/")] == [
        "/frbr/officielepublicaties/ah-tk/20182019/ah-tk-20182019-1989/1/xml/ah-tk-20182019-1989.xml"
    ]
    window.actions_["back"].trigger()
    assert window.doc_id == seed_id and window.pane.current_pair() == 1  # Back returns to the citing place
    # the citation resolves now: no Ophalen any more, the set is in the library
    card = window.notes.card(1)
    assert card is not None and card.findChild(LinkButton, f"fetch_1_{CITED_ID}") is None
    assert window.notes.missing_ids() == [] and not window.notes.fetch_all.isVisibleTo(window.notes)


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    with language_restored():
        yield Translations()


def test_alle_ontbrekende_ophalen_fetches_every_missing_citation_and_stays(
    qtbot: object,
    official: Official,  # noqa: F811
    corpus: Path,
    translations: Translations,
) -> None:
    translations.install("nl")
    official.add_set(cited_set())
    window = seeded_window(qtbot, corpus)
    seed_id = window.doc_id
    assert window.notes.missing_ids() == [CITED_ID]
    with qtbot.waitSignal(window.import_finished, timeout=TIMEOUT):  # type: ignore[attr-defined]
        window.notes.fetch_all.click()
    assert window.library is not None and CITED_ID in window.library
    assert window.doc_id == seed_id  # the reader stays where they are; the sidebar resolves the citations now
    assert window.notes.missing_ids() == []
    assert window.statusBar().currentMessage() == "1 document opgehaald en opgeslagen"
    assert not window.message_bar.isVisibleTo(window)


def test_ophalen_can_be_cancelled_and_the_window_stays_up(qtbot: object, official: Official, corpus: Path) -> None:  # noqa: F811
    official.add_set(cited_set())
    official.fault("/sru", "slow", seconds=3)
    window = seeded_window(qtbot, corpus)
    seed_id = window.doc_id
    with qtbot.waitSignal(window.import_finished, timeout=TIMEOUT) as blocker:  # type: ignore[attr-defined]
        window.sources.fetch_citation(CITED_ID)
        qtbot.waitUntil(lambda: window.import_progress.isVisible(), timeout=5000)  # type: ignore[attr-defined]
        window.import_progress.cancel_button.click()
    assert blocker.args[0].cancelled
    assert window.library is not None and CITED_ID not in window.library
    assert window.doc_id == seed_id and window.isVisible()
    assert "geannuleerd" in window.statusBar().currentMessage()


def test_an_unknown_citation_says_so_in_one_line(qtbot: object, official: Official, corpus: Path) -> None:  # noqa: F811
    official.missing = "404"
    window = seeded_window(qtbot, corpus)
    seed_id = window.doc_id
    wait_job(qtbot, window, lambda: window.sources.fetch_citation(CITED_ID))
    bar = window.message_bar
    assert bar.isVisibleTo(window) and bar.text.text() == (
        f"Niet opgehaald: {CITED_ID}: niet gevonden bij de officiële bronnen"
    )
    assert window.doc_id == seed_id


# ---- the online scope ----------------------------------------------------------------------------------------


def test_the_online_scope_lists_results_marks_those_in_the_library_and_enter_opens_one(
    qtbot: object,
    official: Official,  # noqa: F811
) -> None:
    sets = [Set(5001 + i, date(2024, 3, 1 + i), "de veerpont naar Oosterwolde", ("Kerkhof",), f"2024Z1000{i}")
            for i in range(3)]  # fmt: skip
    for s in sets:
        official.add_set(s)
    official.add_set(Set(6001, date(2024, 3, 9), "het zwembad in Westerhaar", ("Terpstra",), "2024Z20001"))
    window = make_window(qtbot, library_with_samples())
    wait_job(qtbot, window, lambda: window.sources.fetch_missing([sets[1].id]))  # one of them is already there
    panel = window.library_panel
    panel.scope.setChecked(True)
    assert panel.online.isVisible() and "Enter" in panel.online.status.text()
    asked = len(official.hits())
    panel.search.setText("veerpont")
    qtbot.wait(2 * 250)  # type: ignore[attr-defined]
    assert len(official.hits()) == asked  # typing asks nothing of the service
    panel.search.setFocus()
    with qtbot.waitSignal(panel.online.searched, timeout=TIMEOUT):  # type: ignore[attr-defined]
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    online = panel.online
    assert sorted(online.ids()) == sorted(s.id for s in sets)  # newest first, the swimming pool not among them
    assert online.ids()[0] == sets[2].id
    assert online.marked() == [sets[1].id]
    assert online.status.text() == "3 resultaten; 1 al in uw bibliotheek"
    item = online.list.item(online.ids().index(sets[1].id))
    assert item.text() == "✓ De veerpont naar Oosterwolde"
    assert item.data(SECONDARY_ROLE) == f"{sets[1].id} · 2 maart 2024 · in uw bibliotheek"
    other = online.list.item(online.ids().index(sets[0].id))
    assert other.text() == "De veerpont naar Oosterwolde"
    assert other.data(SECONDARY_ROLE) == f"{sets[0].id} · 1 maart 2024"
    assert panel.model.total() == 1  # the library's own results beside them: the fetched set
    assert online.list.hasFocus()  # Enter in the search field leads to the results
    online.list.setCurrentRow(online.ids().index(sets[0].id))
    with qtbot.waitSignal(window.import_finished, timeout=TIMEOUT):  # type: ignore[attr-defined]
        qtbot.keyClick(online.list, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.doc_id == sets[0].id and window.library is not None and sets[0].id in window.library
    assert sorted(online.marked()) == sorted([sets[0].id, sets[1].id])
    # a result already there opens at once, nothing fetched
    before = len(official.hits())
    online.list.setCurrentRow(online.ids().index(sets[1].id))
    qtbot.keyClick(online.list, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.doc_id == sets[1].id and len(official.hits()) == before


# ---- Bijwerken -----------------------------------------------------------------------------------------------


def test_bijwerken_adds_the_servers_sets_and_a_second_run_adds_none(
    qtbot: object,
    official: Official,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sets = fictional_sets(6, date(2024, 1, 10), date(2024, 3, 20))
    for s in sets:
        official.add_set(s)
    window = make_window(qtbot, library_with_samples())
    before = window.library_panel.model.total()
    # the first Bijwerken asks from which day (there was no update before)
    from reader.gui import source_dialogs

    asked: list[bool] = []

    def ask_since(_parent: object) -> date:
        asked.append(True)
        return date(2024, 1, 1)

    monkeypatch.setattr(source_dialogs, "ask_since", ask_since)
    summary = wait_job(qtbot, window, lambda: window.sources.ask_update())
    assert asked == [True]
    assert sorted(summary.added) == sorted(s.id for s in sets)  # type: ignore[attr-defined]
    assert window.library is not None and all(s.id in window.library for s in sets)
    assert window.library_panel.model.total() == before + 6  # the list was read again
    assert window.statusBar().currentMessage() == "Bijgewerkt: 6 nieuw, 0 aangevuld, 0 al in de bibliotheek"
    assert UpdateState(window.library).last_update() == date.today()
    # the second: from the last update, without asking; nothing new
    downloads = len(official.hits("/frbr/"))

    def trigger() -> object:
        window.actions_["update"].trigger()
        return window.runner.busy or None

    summary = wait_job(qtbot, window, trigger)
    assert asked == [True] and summary.added == []  # type: ignore[attr-defined]
    assert len(official.hits("/frbr/")) == downloads
    # from the same day again: every set is listed, and passed over
    wait_job(qtbot, window, lambda: window.sources.update(date(2024, 1, 1)))
    assert window.statusBar().currentMessage() == "Bijgewerkt: 0 nieuw, 0 aangevuld, 6 al in de bibliotheek"
    assert len(official.hits("/frbr/")) == downloads


def test_an_update_left_unfinished_is_mentioned_at_start_and_goes_on_where_it_stopped(
    qtbot: object,
    official: Official,  # noqa: F811
    tmp_path: Path,
) -> None:
    sets = fictional_sets(6, date(2024, 1, 10), date(2024, 3, 20))
    for s in sets:
        official.add_set(s)
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:  # as a crash leaves it: begun, done through February
        UpdateState(lib).begin(date(2024, 1, 1))
        UpdateState(lib).progress(date(2024, 2, 29))
    window = make_window(qtbot, Library(path))
    settle()
    assert official.hits() == []  # said, not done: nothing is fetched without the reader asking
    assert "1 januari 2024" in window.sources.unfinished_update
    assert window.statusBar().currentMessage() == window.sources.unfinished_update

    def trigger() -> object:
        window.actions_["update"].trigger()  # no date asked: the unfinished update goes on
        return window.runner.busy or None

    summary = wait_job(qtbot, window, trigger)
    assert sorted(summary.added) == sorted(s.id for s in sets if s.published > date(2024, 2, 29))  # type: ignore[attr-defined]
    assert window.library is not None and UpdateState(window.library).running() is None


# ---- the watch list ------------------------------------------------------------------------------------------


def _tk_document(soort: str) -> dict[str, object]:
    return {"Id": "d1", "Soort": soort, "Onderwerp": "", "Datum": "2024-05-20T00:00:00+02:00", "Kamer": 2,
            "Vergaderjaar": "2023-2024", "Aanhangselnummer": "", "ContentType": "application/pdf"}  # fmt: skip


def test_a_watched_question_that_becomes_answered_is_marked_and_announced(
    qtbot: object,
    official: Official,  # noqa: F811
) -> None:
    official.add_zaak("2024Z08888", [_tk_document("Schriftelijke vragen")])
    window = make_window(qtbot, library_with_samples())
    dialog = window.sources.show_watch_list()
    assert dialog.empty.isVisible()
    dialog.zaak.setText("2024z08888")
    qtbot.keyClick(dialog.zaak, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert [r[0] for r in dialog.rows()] == ["2024Z08888"] and dialog.rows()[0][2] == "nog niet gecontroleerd"
    assert official.hits() == []  # following fetches nothing
    dialog.zaak.setText("geen zaak")
    qtbot.keyClick(dialog.zaak, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert dialog.error.isVisible() and "geen zaaknummer" in dialog.error.text()
    # the first check: still open, nothing to announce
    with qtbot.waitSignal(window.import_finished, timeout=TIMEOUT):  # type: ignore[attr-defined]
        dialog.check_button.click()
    assert dialog.rows()[0][2] == "nog open" and window.sources.announcements == []
    assert window.statusBar().currentMessage() == "Volglijst gecontroleerd: niets nieuws."
    # the answer is published: KOOP's answered set carries the zaak number
    answer = Set(4321, date(2024, 6, 3), "de dijkversterking bij Noorddijk", ("Hagenaar",), "2024Z08888")
    official.add_set(answer)
    with qtbot.waitSignal(window.sources.announced, timeout=TIMEOUT) as told:  # type: ignore[attr-defined]
        window.actions_["watch_check"].trigger()
    assert told.args[0] == f"Volglijst: Beantwoord: 2024Z08888 ({answer.id})"
    settle()
    assert window.statusBar().currentMessage() == told.args[0]  # offscreen there is no tray: the status bar
    assert window.library is not None and answer.id in window.library  # the answer was fetched
    row = dialog.rows()[0]
    assert row[2] == "beantwoord — nieuw" and row[3] == answer.id
    item = dialog.tree.topLevelItem(0)
    assert item is not None and item.font(0).bold()
    assert WatchList(window.library).unseen() == []  # told
    # Enter on the row opens the answer
    dialog.tree.setCurrentItem(item)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.doc_id == answer.id


def test_the_watch_list_is_checked_at_start_only_when_switched_on(
    qtbot: object,
    official: Official,  # noqa: F811
    tmp_path: Path,
) -> None:
    official.add_set(Set(4321, date(2024, 6, 3), "de dijkversterking bij Noorddijk", ("Hagenaar",), "2024Z08888"))
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        WatchList(lib).add("2024Z08888")
    window = make_window(qtbot, Library(path))
    settle()
    assert official.hits() == [] and not window.imports.busy  # switched off: nothing asked
    window.close()
    settings = Settings()
    settings.set(S.SOURCES_WATCH, True)
    settings.sync()
    second = MainWindow(None, Settings(), restore=False)
    qtbot.addWidget(second)  # type: ignore[attr-defined]
    with qtbot.waitSignal(second.sources.announced, timeout=TIMEOUT):  # type: ignore[attr-defined]
        second.set_library(Library(path))
    assert official.hits("/sru") and second.actions_["watch_at_start"].isChecked()


# ---- offline, no connection ---------------------------------------------------------------------------------


def test_offline_fetches_nothing_and_says_so(qtbot: object, official: Official, corpus: Path) -> None:  # noqa: F811
    official.add_set(cited_set())
    window = seeded_window(qtbot, corpus)
    window.actions_["offline"].trigger()
    assert window.actions_["offline"].isChecked() and window.sources.offline
    fetch_button(window, 1, CITED_ID).activated.emit()
    assert not window.imports.busy
    assert window.statusBar().currentMessage() == (
        "Ophalen staat uit (Bibliotheek › Offline werken). Er is niets opgehaald."
    )
    for command in ("update", "watch_check", "fetch_missing"):
        window.actions_[command].trigger()
        assert not window.imports.busy
    panel = window.library_panel
    panel.scope.setChecked(True)
    panel.search.setText("veerpont")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert "Offline" in panel.online.status.text()
    assert official.hits() == []
    # the setting is the one the sources package reads (section [sources] of settings.ini)
    from reader.sources import SourceSettings

    assert SourceSettings.load().offline


@pytest.fixture
def unreachable(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Every service pointed at a port where nothing listens."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    monkeypatch.setenv("KAMERVRAGEN_SRU_URL", base + "/sru")
    monkeypatch.setenv("KAMERVRAGEN_ZOEK_URL", base + "/zoek")
    monkeypatch.setenv("KAMERVRAGEN_TK_ODATA_URL", base + "/tk")
    write_settings(timeout=2)
    yield f"127.0.0.1:{port}"


def test_the_servers_unreachable_give_one_message_and_the_window_stays_up(
    qtbot: object, unreachable: str, corpus: Path
) -> None:
    window = seeded_window(qtbot, corpus)
    seed_id = window.doc_id
    expected = (
        f"Geen verbinding met {unreachable}: de verbinding wordt geweigerd. Controleer de internetverbinding en "
        "probeer het later opnieuw."
    )
    wait_job(qtbot, window, lambda: window.sources.fetch_citation(CITED_ID))
    bar = window.message_bar
    assert bar.isVisibleTo(window) and bar.text.text() == expected
    assert window.statusBar().currentMessage() == "Ophalen mislukt."
    assert window.isVisible() and window.doc_id == seed_id
    wait_job(qtbot, window, lambda: window.sources.update(date(2024, 1, 1)))
    assert bar.text.text() == expected
    assert window.statusBar().currentMessage().startswith("Bijwerken onderbroken")
    panel = window.library_panel
    panel.scope.setChecked(True)
    panel.search.setText("veerpont")
    with qtbot.waitSignal(panel.online.searched, timeout=TIMEOUT):  # type: ignore[attr-defined]
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert panel.online.status.text() == f"Online zoeken mislukt: {expected}"
    window.sources.follow("2024Z08888")
    wait_job(qtbot, window, lambda: window.sources.check())
    assert window.statusBar().currentMessage() == f"Volglijst niet gecontroleerd: {expected}"
    assert window.isVisible() and QApplication.activeModalWidget() is None
