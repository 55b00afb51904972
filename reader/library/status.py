"""Status of a question set: answered, postponed, open, oral or withdrawn; overdue; its ministry and answer time.

A question set can be in the library as several documents: the questions (`vragen`, kv-tk-ZAAK), notices
(`mededeling`: postponed, answered by letter, withdrawn) and answers (`antwoord`, ah-tk-…; a further answer,
`nader`, after the first). They are one set when
- they share a set key: the zaak number, or the day the questions were sent in + the members' surnames +
  the subject (the same questions printed in each document), or
- one's "Zie ook" points to the other and one of them is a notice or a further answer (the link the
  Aanhangsel prints; two ordinary answers that cite each other stay two sets).

The set's status, in this order (`decide`):
1. answered, by an answer (`antwoord`) in the library: the earliest received; it is the set's answer.
2. answered by letter (`per-brief` notice): answered on the notice's date; the answer is the letter (its
   Kamerstuk id, from `beantwoord_in`; the notice's own id when it names none).
3. answered, when only a further answer (`nader`) is in the library: the answer is the first answer its "Zie
   ook" names (else the further answer itself); the day of the first answer is not known.
4. withdrawn (`ingetrokken` notice), then oral (`mondeling`: questions for the question hour, no written answer
   will come): never open, never overdue, no answer time.
5. postponed (`uitstel` notice).
6. open otherwise (another notice, `overig`, changes nothing). An open set is overdue once the three-week
   norm has passed: 21 days after it was sent in
   (the deadline is stored; "overdue" depends on today, so it is computed when read). A postponed set is never
   overdue. `postponed` (a postponement notice exists) is kept for answered sets too.

A further answer is linked to the first answer: its `answer_id` is the first answer's id.

Every document of a set gets the set's status. One document stands for the set in the statistics (its
`head`): the answer of rule 1–3, else the withdrawal notice, the oral questions, the first postponement notice,
else the document with the smallest id. The set's ministry is that of the one who answered (the answer, the
letter notice, the further answer, the postponement notice: the one that decided the status first), else the
first ministry the questions were sent to (see ministries.py). `answer_days` counts from the day the document
was sent in (else the set's earliest) to the answer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from reader.core.model import Document, Kind, Soort
from reader.library import ministries
from reader.library.fold import fold, fold_key

NORM_DAYS = 21  # the Tweede Kamer's norm: an answer within three weeks
ANSWERED, POSTPONED, OPEN, OVERDUE = "answered", "postponed", "open", "overdue"
ORAL, WITHDRAWN = "oral", "withdrawn"
STATUSES = (ANSWERED, POSTPONED, OPEN, OVERDUE, ORAL, WITHDRAWN)
# status and postponement of a set as one small number (documents.state, set_groups.state): the statistics
# group by it without comparing texts. Answered sets are 0 and 1, so their answer times are one index range.
ANSWERED_STATE, ANSWERED_POSTPONED_STATE, OPEN_STATE, POSTPONED_STATE, ORAL_STATE, WITHDRAWN_STATE = range(6)
_STATE_OF = {OPEN: OPEN_STATE, POSTPONED: POSTPONED_STATE, ORAL: ORAL_STATE, WITHDRAWN: WITHDRAWN_STATE}


def state_of(status: str, postponed: bool) -> int:
    if status == ANSWERED:
        return ANSWERED_POSTPONED_STATE if postponed else ANSWERED_STATE
    return _STATE_OF[status]


_GROUP_LIMIT = 64  # a set has a handful of documents; a bound keeps a pathological library fast


def _title_subject(title: str | None) -> str | None:
    """The subject as the title says it (what follows " over "), as `Document.subject` reads it."""
    return Document(title=title).subject if title else None


def set_keys(doc: Document) -> set[str]:
    """Keys shared by the documents of one question set (see the module docstring)."""
    keys: set[str] = set()
    if doc.zaak:
        keys.add("zaak:" + doc.zaak.upper())
    if doc.ingezonden:
        surnames = sorted(fold(m.name).rsplit(" ", 1)[-1] for m in doc.indieners if fold(m.name))
        # both the subject the document names and the one in its title: one rendering may have only one
        for subject in {doc.subject, _title_subject(doc.title)}:
            if subject:
                keys.add(f"q:{doc.ingezonden.isoformat()}:{'+'.join(surnames)}:{fold_key(subject)[:60]}")
    return keys


def deadline_of(ingezonden: date | None) -> date | None:
    return ingezonden + timedelta(days=NORM_DAYS) if ingezonden else None


def is_overdue(status: str, deadline: date | None, today: date) -> bool:
    return status == OPEN and deadline is not None and deadline < today


@dataclass(frozen=True)
class SetDoc:
    """What the rules need of one document of a set."""

    pk: int
    id: str
    kind: str
    soort: str
    ingezonden: date | None = None
    ontvangen: date | None = None
    addressee: str | None = None
    answerer: str | None = None
    letter: str | None = None  # the first id of `beantwoord_in` (an answer by letter)
    earlier: str | None = None  # the first Aanhangsel id its "Zie ook" names (a further answer's first answer)


@dataclass(frozen=True)
class SetState:
    """What the rules decide for a set (see the module docstring)."""

    status: str
    postponed: bool
    answer_id: str | None
    answered_on: date | None
    answered_by: str | None  # the soort of the deciding document: antwoord | per-brief | nader
    head: int  # pk
    sent: date | None
    ministry: str | None


def _by_date(docs: Iterable[SetDoc]) -> list[SetDoc]:
    return sorted(docs, key=lambda d: (d.ontvangen or date.max, d.id))


def decide(docs: Sequence[SetDoc]) -> SetState:
    """The state of the set made of `docs` (not empty)."""
    of = {s: _by_date(d for d in docs if d.soort == s) for s in Soort}
    answers = _by_date(d for d in docs if d.kind == Kind.ANTWOORD and d.soort != Soort.NADER)
    postponements = of[Soort.UITSTEL]
    status, answer_id, answered_on, answered_by = OPEN, None, None, None
    decider: SetDoc | None = None
    if answers:
        decider = answers[0]
        status, answer_id, answered_on, answered_by = ANSWERED, decider.id, decider.ontvangen, str(Soort.ANTWOORD)
    elif of[Soort.PER_BRIEF]:
        decider = of[Soort.PER_BRIEF][0]
        status, answer_id, answered_on = ANSWERED, decider.letter or decider.id, decider.ontvangen
        answered_by = str(Soort.PER_BRIEF)
    elif of[Soort.NADER]:
        decider = of[Soort.NADER][0]
        status, answer_id, answered_by = ANSWERED, decider.earlier or decider.id, str(Soort.NADER)
    elif of[Soort.INGETROKKEN]:
        decider, status = of[Soort.INGETROKKEN][0], WITHDRAWN
    elif of[Soort.MONDELING]:
        decider, status = sorted(of[Soort.MONDELING], key=lambda d: d.id)[0], ORAL
    elif postponements:
        decider, status = postponements[0], POSTPONED
    head = decider or min(docs, key=lambda d: d.id)
    # the ministry of whoever answered (or announced the delay), else the first the questions were sent to
    responders = [*answers, *of[Soort.PER_BRIEF], *of[Soort.NADER], *reversed(postponements), *of[Soort.INGETROKKEN]]
    ministry = next((m for m in (ministries.of_answerer(d.answerer) for d in responders) if m), None)
    if ministry is None:
        senders = sorted(docs, key=lambda d: (d.kind != Kind.VRAGEN, d.id))
        ministry = next((m for m in (ministries.of_addressee(d.addressee) for d in senders) if m), None)
    sent = min((d.ingezonden for d in docs if d.ingezonden), default=None)
    return SetState(status, bool(postponements), answer_id, answered_on, answered_by, head.pk, sent, ministry)


def group_of(conn: sqlite3.Connection, pks: Iterable[int]) -> set[int]:
    """The documents of the question sets `pks` belong to (pks included)."""
    group = set(pks)
    frontier = set(group)
    # "Zie ook" links sets only when one side is a notice or a further answer
    linking = "(s.kind = 'mededeling' OR t.kind = 'mededeling' OR s.soort = 'nader' OR t.soort = 'nader')"
    while frontier and len(group) < _GROUP_LIMIT:
        marks = ",".join("?" * len(frontier))
        args = tuple(frontier)
        found = {
            r[0]
            for r in conn.execute(
                f"SELECT b.doc_pk FROM set_keys a JOIN set_keys b ON b.key = a.key WHERE a.doc_pk IN ({marks}) "
                # a key more documents share than a set can have ties no set (fictional or hostile files with
                # one header): it is passed over, reading no more of its rows than that, so that adding them
                # one by one stays linear
                "AND (SELECT count(*) FROM (SELECT 1 FROM set_keys c WHERE c.key = a.key LIMIT ?)) < ?",
                (*args, _GROUP_LIMIT + 1, _GROUP_LIMIT + 1),
            )
        }
        found.update(
            r[0]
            for r in conn.execute(
                f"""SELECT t.pk FROM citations c JOIN documents s ON s.pk = c.doc_pk
                    JOIN documents t ON t.id = c.cited_id
                    WHERE c.place = 'zie_ook' AND c.doc_pk IN ({marks}) AND {linking}""",
                args,
            )
        )
        found.update(
            r[0]
            for r in conn.execute(
                f"""SELECT c.doc_pk FROM documents t JOIN citations c ON c.cited_id = t.id AND c.place = 'zie_ook'
                    JOIN documents s ON s.pk = c.doc_pk
                    WHERE t.pk IN ({marks}) AND {linking}""",
                args,
            )
        )
        frontier = found - group
        group |= frontier
    return group


def refresh(conn: sqlite3.Connection, pks: Iterable[int]) -> None:
    """Recompute the status columns of every set that one of `pks` belongs to (inside the caller's
    transaction). Rows whose columns do not change are not written."""
    remaining = set(pks)
    while remaining:
        group = group_of(conn, [remaining.pop()])
        remaining -= group
        _refresh_group(conn, group)


_STATE_COLUMNS = ("status", "postponed", "answer_id", "answered_on", "deadline", "answered_by", "ministry", "sent",
                  "month", "answer_days", "head", "state")  # fmt: skip


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _refresh_group(conn: sqlite3.Connection, group: set[int]) -> None:
    marks = ",".join("?" * len(group))
    args = tuple(group)
    rows = conn.execute(
        f"SELECT pk, id, kind, soort, ingezonden, ontvangen, addressee, answerer, {', '.join(_STATE_COLUMNS)} "
        f"FROM documents WHERE pk IN ({marks})",
        args,
    ).fetchall()
    firsts: dict[tuple[int, str], str] = {}
    for pk, place, cited in conn.execute(
        f"SELECT doc_pk, place, cited_id FROM citations WHERE doc_pk IN ({marks}) "
        "AND place IN ('beantwoord_in', 'zie_ook') ORDER BY pos DESC",
        args,
    ):
        if place == "beantwoord_in" or cited.startswith("ah-"):
            firsts[(pk, place)] = cited  # in descending order: the first one stays
    docs = [
        SetDoc(r[0], r[1], r[2], r[3], _day(r[4]), _day(r[5]), r[6], r[7], firsts.get((r[0], "beantwoord_in")),
               firsts.get((r[0], "zie_ook")))
        for r in rows
    ]  # fmt: skip
    state = decide(docs)
    code = state_of(state.status, state.postponed)
    for doc, row in zip(docs, rows, strict=True):
        start = doc.ingezonden or state.sent
        deadline = deadline_of(start) if state.status == OPEN else None
        days = (state.answered_on - start).days if state.answered_on and start else None
        head = doc.pk == state.head
        new = (
            state.status, int(state.postponed), state.answer_id, _iso(state.answered_on), _iso(deadline),
            state.answered_by, state.ministry, _iso(state.sent), state.sent.isoformat()[:7] if state.sent else None,
            days, int(head), code,
        )  # fmt: skip
        changed = new != tuple(row[8:])
        if changed:
            assignments = ", ".join(f"{c} = ?" for c in _STATE_COLUMNS)
            conn.execute(f"UPDATE documents SET {assignments} WHERE pk = ?", (*new, doc.pk))
        if not head:
            if row[-2]:  # it was the head: its statistics rows go
                conn.execute("DELETE FROM set_groups WHERE doc_pk = ?", (doc.pk,))
        elif changed or conn.execute("SELECT 1 FROM set_groups WHERE doc_pk = ? LIMIT 1", (doc.pk,)).fetchone() is None:
            _write_groups(conn, doc.pk, (code, days, _iso(deadline)))


def _write_groups(conn: sqlite3.Connection, pk: int, figures: tuple[int, int | None, str | None]) -> None:
    """The set_groups rows of a set's head: one per party and one per member (folded, each once), or a row with
    key '' for a set without any."""
    parties: dict[str, str] = {}
    names: dict[str, str] = {}
    for name, party in conn.execute("SELECT name, party FROM members WHERE doc_pk = ? ORDER BY pos", (pk,)):
        if party and fold_key(party):
            parties.setdefault(fold_key(party), party)
        if fold_key(name):
            names.setdefault(fold_key(name), name)
    rows: list[tuple[str, str, str | None]] = [("party", k, n) for k, n in parties.items()] or [("party", "", None)]
    rows += [("member", k, n) for k, n in names.items()] or [("member", "", None)]
    conn.execute("DELETE FROM set_groups WHERE doc_pk = ?", (pk,))
    conn.executemany(
        "INSERT INTO set_groups (doc_pk, kind, key, name, state, answer_days, deadline) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(pk, kind, key, name, *figures) for kind, key, name in rows],
    )
