"""The [sources] settings (read from the window's settings.ini, never stopping the program on a bad value) and
the library's watch list and update state."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from reader.core import paths
from reader.library import schema
from reader.library.errors import LibraryError
from reader.library.store import Library
from reader.library.watch import UpdateState, WatchList, normal_zaak
from reader.sources.settings import SourceSettings


def write(text: str) -> Path:
    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.ini").write_text(text, encoding="utf-8")
    return folder / "settings.ini"


def test_defaults_without_a_file() -> None:
    s = SourceSettings.load()
    assert (s.rate, s.offline, s.watch, s.timeout) == (2.0, False, False, 20.0) and s.interval == 0.5


def test_the_section_beside_the_windows_own_settings() -> None:
    # as QSettings writes it: other groups, quoted values, a General section, keys with capitals
    write(
        '[General]\nui\\language=nl\n\n[shortcuts]\nNext="Ctrl+J, J"\n\n'
        '[sources]\nrate=0.5\noffline=true\nwatch="true"\ntimeout=7.5\n'
    )
    s = SourceSettings.load()
    assert (s.rate, s.offline, s.watch, s.timeout) == (0.5, True, True, 7.5)


@pytest.mark.parametrize(
    "text",
    ["[sources]\nrate=fast\noffline=misschien\ntimeout=-3\n", "[sources]\nrate=nan\nrate=inf\n", "\x00\x01 not ini",
     "[sources\nrate=3", "[sources]\nrate=0\n"],
)  # fmt: skip
def test_a_value_that_cannot_be_read_is_its_default(text: str) -> None:
    write(text)
    s = SourceSettings.load()
    assert (s.rate, s.offline, s.timeout) == (2.0, False, 20.0)


def test_extreme_values_are_kept_within_bounds() -> None:
    write("[sources]\nrate=1000000\ntimeout=100000\n")
    s = SourceSettings.load()
    assert s.rate == 1000.0 and s.timeout == 120.0


def test_the_offline_flag_adds_to_the_setting() -> None:
    assert SourceSettings().with_offline(True).offline and not SourceSettings().with_offline(False).offline
    assert SourceSettings(offline=True).with_offline(False).offline


# ---- the watch list and the update state, in the library file ---------------------------------------------


def test_zaak_numbers_in_their_forms() -> None:
    assert normal_zaak("2024Z12345") == normal_zaak(" 2024z12345 ") == normal_zaak("kv-tk-2024Z12345") == "2024Z12345"
    assert normal_zaak("2024Z1234") is None and normal_zaak("ah-tk-20232024-12") is None


def test_the_watch_list_keeps_what_was_found_and_what_was_told(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite3") as lib:
        w = WatchList(lib)
        assert w.add("2024Z00001", "kv-tk-2024Z00001") and not w.add("kv-tk-2024Z00001")
        with pytest.raises(LibraryError):
            w.add("vraag 3")
        assert w.record("2024Z00001", "open") is False  # nothing changed: nothing to tell
        assert w.record("2024Z00001", "answered", "ah-tk-20232024-9") is True
        [entry] = w.unseen()
        assert (entry.state, entry.answer_id, entry.done, entry.doc_id) == (
            "answered",
            "ah-tk-20232024-9",
            True,
            "kv-tk-2024Z00001",
        )
        w.mark_seen()
        assert w.unseen() == [] and w.get("2024z00001") is not None
    with Library(tmp_path / "lib.sqlite3") as lib:  # kept in the file
        assert [e.zaak for e in WatchList(lib).entries()] == ["2024Z00001"]
        assert WatchList(lib).remove("2024Z00001") and WatchList(lib).entries() == []


def test_the_update_state_survives_and_resumes(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite3") as lib:
        state = UpdateState(lib)
        assert state.last_update() is None and state.running() is None
        state.begin(date(2024, 1, 1))
        state.progress(date(2024, 1, 31))
    with Library(tmp_path / "lib.sqlite3") as lib:  # after a crash: the file says how far it got
        state = UpdateState(lib)
        running = state.running()
        assert running is not None and (running.since, running.done_through) == (date(2024, 1, 1), date(2024, 1, 31))
        state.begin(date(2024, 1, 1))  # the same update goes on
        assert state.running().done_through == date(2024, 1, 31)  # type: ignore[union-attr]
        state.finish(date(2024, 4, 2))
        assert state.last_update() == date(2024, 4, 2) and state.running() is None


def test_a_library_of_the_previous_version_gets_the_new_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    for migrate in schema.MIGRATIONS[:-1]:  # a file made before this migration
        migrate(conn)
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {len(schema.MIGRATIONS) - 1}")
    conn.commit()
    conn.close()
    with Library(path) as lib:
        assert lib.notice is None
        assert WatchList(lib).add("2024Z00002")
        assert lib.connection.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
