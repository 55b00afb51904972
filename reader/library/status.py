"""Status of a question set: answered, postponed or open, and whether it is overdue.

A question set can be in the library as up to three documents: the questions (`vragen`, kv-tk-ZAAK), a
postponement notice (`mededeling`, ah-tk-…) and the answer (`antwoord`, ah-tk-…). They are one set when
- they share a set key: the zaak number, or the day the questions were sent in + the members' surnames +
  the subject (the same questions printed in each document), or
- the answer's "Zie ook" points to the notice (or the other way round): the link the Aanhangsel prints.

Every document of a set gets the set's status: `answered` when an answer is in the library, else
`postponed` when a notice is, else `open`. An open set is overdue once the 3-week norm has passed: 21 days
after it was sent in (the deadline is stored; "overdue" depends on today, so it is computed when read).
A postponed set is never overdue.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import date, timedelta

from reader.core.model import Document, Kind
from reader.library.fold import fold, fold_key

NORM_DAYS = 21  # the Tweede Kamer's norm: an answer within three weeks
ANSWERED, POSTPONED, OPEN, OVERDUE = "answered", "postponed", "open", "overdue"
STATUSES = (ANSWERED, POSTPONED, OPEN, OVERDUE)
_GROUP_LIMIT = 64  # a set has a handful of documents; a bound keeps a pathological library fast


def set_keys(doc: Document) -> set[str]:
    """Keys shared by the documents of one question set (see the module docstring)."""
    keys: set[str] = set()
    if doc.zaak:
        keys.add("zaak:" + doc.zaak.upper())
    if doc.ingezonden and doc.subject:
        surnames = sorted(fold(m.name).rsplit(" ", 1)[-1] for m in doc.indieners if fold(m.name))
        keys.add(f"q:{doc.ingezonden.isoformat()}:{'+'.join(surnames)}:{fold_key(doc.subject)[:60]}")
    return keys


def deadline_of(ingezonden: date | None) -> date | None:
    return ingezonden + timedelta(days=NORM_DAYS) if ingezonden else None


def is_overdue(status: str, deadline: date | None, today: date) -> bool:
    return status == OPEN and deadline is not None and deadline < today


def group_of(conn: sqlite3.Connection, pks: Iterable[int]) -> set[int]:
    """The documents of the question sets `pks` belong to (pks included)."""
    group = set(pks)
    frontier = set(group)
    while frontier and len(group) < _GROUP_LIMIT:
        marks = ",".join("?" * len(frontier))
        args = tuple(frontier)
        found = {
            r[0]
            for r in conn.execute(
                f"SELECT b.doc_pk FROM set_keys a JOIN set_keys b ON b.key = a.key WHERE a.doc_pk IN ({marks})",
                args,
            )
        }
        # "Zie ook" between a notice and its answer, in either direction
        found.update(
            r[0]
            for r in conn.execute(
                f"""SELECT t.pk FROM citations c JOIN documents s ON s.pk = c.doc_pk
                    JOIN documents t ON t.id = c.cited_id
                    WHERE c.footnote = 0 AND c.doc_pk IN ({marks})
                      AND (s.kind = 'mededeling' OR t.kind = 'mededeling')""",
                args,
            )
        )
        found.update(
            r[0]
            for r in conn.execute(
                f"""SELECT c.doc_pk FROM documents t JOIN citations c ON c.cited_id = t.id AND c.footnote = 0
                    JOIN documents s ON s.pk = c.doc_pk
                    WHERE t.pk IN ({marks}) AND (s.kind = 'mededeling' OR t.kind = 'mededeling')""",
                args,
            )
        )
        frontier = found - group
        group |= frontier
    return group


def refresh(conn: sqlite3.Connection, pks: Iterable[int]) -> None:
    """Recompute the status columns of every set that one of `pks` belongs to (inside the caller's
    transaction). Rows whose status does not change are not written."""
    remaining = set(pks)
    while remaining:
        group = group_of(conn, [remaining.pop()])
        remaining -= group
        _refresh_group(conn, group)


def _refresh_group(conn: sqlite3.Connection, group: set[int]) -> None:
    marks = ",".join("?" * len(group))
    rows = conn.execute(
        f"""SELECT pk, id, kind, ingezonden, ontvangen, status, postponed, answer_id, answered_on, deadline
            FROM documents WHERE pk IN ({marks})""",
        tuple(group),
    ).fetchall()
    answers = sorted((r for r in rows if r[2] == Kind.ANTWOORD), key=lambda r: (r[4] or "9999", r[1]))
    postponed = any(r[2] == Kind.MEDEDELING for r in rows)
    answer = answers[0] if answers else None
    status = ANSWERED if answer else POSTPONED if postponed else OPEN
    sent = min((r[3] for r in rows if r[3]), default=None)
    for pk, _id, _kind, ingezonden, _ontv, old_status, old_postponed, old_answer, old_on, old_deadline in rows:
        start = ingezonden or sent
        deadline = deadline_of(date.fromisoformat(start)) if status == OPEN and start else None
        new = (
            status,
            int(postponed),
            answer[1] if answer else None,
            answer[4] if answer else None,
            deadline.isoformat() if deadline else None,
        )
        if new != (old_status, old_postponed, old_answer, old_on, old_deadline):
            conn.execute(
                "UPDATE documents SET status = ?, postponed = ?, answer_id = ?, answered_on = ?, deadline = ? "
                "WHERE pk = ?",
                (*new, pk),
            )
