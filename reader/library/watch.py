"""The watch list and the update state: what the reader follows and how far the last update got.

Both live in the library file (tables `watch_list` and `source_state`, made by a migration in schema.py), so they
travel with the library and are written in its transactions: a crash leaves either the old or the new state.

    watch = WatchList(library)
    watch.add("2024Z12345", doc_id="kv-tk-2024Z12345")
    for w in watch.entries(): w.zaak, w.state, w.answer_id
    watch.record("2024Z12345", "answered", answer_id="ah-tk-20232024-1234")   # True: the state changed
    watch.unseen(); watch.mark_seen()          # changes the reader has not been told of yet

    state = UpdateState(library)
    state.begin(since); state.progress(day); state.finish(today); state.last_update(); state.running()

A watched question is identified by its zaak number ("2024Z12345"): the number the Kamer and the official
answer's metadata (`vraagnummer`) both carry.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime

from reader.library.errors import LibraryError, translate
from reader.library.store import Library

STATES = ("open", "postponed", "answered", "withdrawn", "unknown")
FINAL = frozenset({"answered", "withdrawn"})  # nothing more to wait for

_ZAAK = re.compile(r"(?:kv-(?:tk|ek)-)?(\d{4})[zZ](\d{5})")


def normal_zaak(text: str) -> str | None:
    """'2024Z12345', '2024z12345' or 'kv-tk-2024Z12345' → '2024Z12345'; None for anything else."""
    m = _ZAAK.fullmatch(text.strip())
    return f"{m.group(1)}Z{m.group(2)}" if m else None


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass(frozen=True)
class Watched:
    zaak: str
    doc_id: str | None
    added: str
    checked: str | None
    state: str
    answer_id: str | None
    changed: str | None
    seen: bool  # False: the state changed and the reader has not been told yet

    @property
    def done(self) -> bool:
        return self.state in FINAL

    def to_dict(self) -> dict[str, object]:
        return {
            "zaak": self.zaak, "id": self.doc_id, "state": self.state, "answer_id": self.answer_id,
            "added": self.added, "checked": self.checked, "changed": self.changed, "seen": self.seen,
        }  # fmt: skip


_COLUMNS = "zaak, doc_id, added, checked, state, answer_id, changed, seen"


def _read(lib: Library, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    try:
        return list(lib.connection.execute(sql, params).fetchall())
    except sqlite3.Error as exc:
        raise translate(exc, lib.path) from exc


def _watched(row: tuple[object, ...]) -> Watched:
    zaak, doc_id, added, checked, state, answer_id, changed, seen = row
    return Watched(
        str(zaak), str(doc_id) if doc_id else None, str(added), str(checked) if checked else None, str(state),
        str(answer_id) if answer_id else None, str(changed) if changed else None, bool(seen),
    )  # fmt: skip


class WatchList:
    def __init__(self, library: Library) -> None:
        self.library = library

    def add(self, zaak: str, doc_id: str | None = None) -> bool:
        """Follow the questions of `zaak`; False when they were followed already (a document id is kept)."""
        number = normal_zaak(zaak)
        if number is None:
            raise LibraryError("watch_bad_zaak", zaak=zaak)
        with self.library.transaction() as c:
            cursor = c.execute(
                "INSERT OR IGNORE INTO watch_list (zaak, doc_id, added) VALUES (?, ?, ?)", (number, doc_id, _now())
            )
            if cursor.rowcount == 0 and doc_id:
                c.execute("UPDATE watch_list SET doc_id = coalesce(doc_id, ?) WHERE zaak = ?", (doc_id, number))
            return cursor.rowcount > 0

    def remove(self, zaak: str) -> bool:
        number = normal_zaak(zaak) or zaak
        with self.library.transaction() as c:
            return c.execute("DELETE FROM watch_list WHERE zaak = ?", (number,)).rowcount > 0

    def entries(self) -> list[Watched]:
        """Everything followed, the most recently added first."""
        return [_watched(r) for r in _read(self.library, f"SELECT {_COLUMNS} FROM watch_list ORDER BY added DESC")]

    def get(self, zaak: str) -> Watched | None:
        rows = _read(self.library, f"SELECT {_COLUMNS} FROM watch_list WHERE zaak = ?", (normal_zaak(zaak) or zaak,))
        return _watched(rows[0]) if rows else None

    def record(self, zaak: str, state: str, answer_id: str | None = None) -> bool:
        """The result of a check: True when the state (or the answer) changed, which the reader is then told."""
        if state not in STATES:
            raise ValueError(state)
        now = _now()
        with self.library.transaction() as c:
            row = c.execute("SELECT state, answer_id FROM watch_list WHERE zaak = ?", (zaak,)).fetchone()
            if row is None:
                return False
            changed = (row[0], row[1]) != (state, answer_id or row[1])
            if changed:
                c.execute(
                    "UPDATE watch_list SET state = ?, answer_id = coalesce(?, answer_id), changed = ?, seen = 0, "
                    "checked = ? WHERE zaak = ?",
                    (state, answer_id, now, now, zaak),
                )
            else:
                c.execute("UPDATE watch_list SET checked = ? WHERE zaak = ?", (now, zaak))
            return changed

    def unseen(self) -> list[Watched]:
        return [w for w in self.entries() if not w.seen]

    def mark_seen(self, zaak: str | None = None) -> None:
        with self.library.transaction() as c:
            if zaak is None:
                c.execute("UPDATE watch_list SET seen = 1 WHERE seen = 0")
            else:
                c.execute("UPDATE watch_list SET seen = 1 WHERE zaak = ?", (zaak,))


@dataclass(frozen=True)
class Running:
    """An update that was started and did not finish: asked from `since`, complete up to `done_through`."""

    since: date
    done_through: date | None


class UpdateState:
    LAST = "update.last"  # the day the last complete update started
    SINCE = "update.running.since"
    DONE = "update.running.done_through"

    def __init__(self, library: Library) -> None:
        self.library = library

    def _get(self, key: str) -> str | None:
        rows = _read(self.library, "SELECT value FROM source_state WHERE key = ?", (key,))
        return str(rows[0][0]) if rows else None

    def _day(self, key: str) -> date | None:
        value = self._get(key)
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None

    def last_update(self) -> date | None:
        return self._day(self.LAST)

    def running(self) -> Running | None:
        since = self._day(self.SINCE)
        return Running(since, self._day(self.DONE)) if since else None

    def begin(self, since: date) -> None:
        """An update from `since` starts (an unfinished one from the same day goes on where it was)."""
        with self.library.transaction() as c:
            old = c.execute("SELECT value FROM source_state WHERE key = ?", (self.SINCE,)).fetchone()
            if old is None or old[0] != since.isoformat():
                c.execute("INSERT OR REPLACE INTO source_state VALUES (?, ?)", (self.SINCE, since.isoformat()))
                c.execute("DELETE FROM source_state WHERE key = ?", (self.DONE,))

    def progress(self, done_through: date) -> None:
        """Everything published up to and including `done_through` is in the library (or failed for good)."""
        with self.library.transaction() as c:
            c.execute("INSERT OR REPLACE INTO source_state VALUES (?, ?)", (self.DONE, done_through.isoformat()))

    def finish(self, started: date) -> None:
        """The update is complete; the next one starts from `started` (the day this one began)."""
        with self.library.transaction() as c:
            c.execute("INSERT OR REPLACE INTO source_state VALUES (?, ?)", (self.LAST, started.isoformat()))
            c.execute("DELETE FROM source_state WHERE key IN (?, ?)", (self.SINCE, self.DONE))
