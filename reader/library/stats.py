"""Answer times at a glance: per ministry, party, member, vergaderjaar or month, how many question sets were
answered, how long that took, how many were postponed, are open or overdue. Plain Python over SQL.

    stats = lib.stats("ministry", Query(year="2023-2024"))      # or stats.compute(conn, "ministry", query)
    for g in stats.groups: g.name, g.answered, g.median_days, g.p90_days, g.within_3_weeks, g.overdue
    g.histogram          # ((days, sets), …): the whole distribution, for a box plot or a bar chart
    g.percentile(25)     # any percentile of the answer times
    query_for(stats.by, g, base)                # the Query that lists the group's sets (a click on a bar)
    stats.to_dict(), stats.to_csv()             # {"by": …, "groups": [{"name", "answered", …}], "total": …}

What is counted (status.py decides each set once, when a document is stored):
- A question set counts once, through its head document (`documents.head`): the questions, a notice and the
  answer of one set are one set. The figures are over the sets whose head passes the filters; the filters
  are those of the search (text, vergaderjaar, member, party, addressee, kind or soort, status, ministry, month).
- answered: sets with an answer (in the Aanhangsel, by letter, or only a further answer in the library).
  Answered by letter counts as answered on the notice's date. The answer time runs from the day the set was
  sent in to the day it was answered; sets whose answer day is not known (only a further answer in the
  library) count as answered without a time.
- median_days: the middle answer time (the mean of the two middle ones for an even count); p90_days: the
  90th percentile by nearest rank (the smallest time within which at least 90% were answered);
  within_3_weeks: the share of the timed answers given within 21 days (0–1).
- postponed: sets with a postponement notice, answered since or not. open: sets without an answer (open or
  postponed). overdue: open sets past the three-week norm without a postponement (as of `query.today`).
- Oral questions and withdrawn sets count in no answer time and are neither open nor overdue; they are
  counted apart (`oral`, `withdrawn`) and in `sets`.
- Groups: ministry — the set's ministry, normalised (ministries.py): the one that answered, else the first
  the questions were sent to; party and member — a set counts for each of the parties and members of its head
  document (each once, folded: "Gabriëls" and "Gabriels" are one member, shown in one of the spellings);
  year — the head document's vergaderjaar; month — the month the set was sent in. Sets without a value form a
  group whose key and name are None. `total` counts every set once.

Every figure set is one GROUP BY (group, state, answer time) that SQLite runs as one scan of an index in that
order — the partial indexes `documents_stats_ministry`, `_year` and `_month` over the set heads, and
`set_groups_stats` over the rows status.py keeps per set and party or member — so it counts as it reads,
without a sort; each group's answer-time histogram comes back as one string per state, and Python only adds up
a few rows per group, never the documents one by one. `state` is status and postponement in one number
(status.state_of). The grouping's index is named in the query (INDEXED BY): SQLite's own choice for a filter
sometimes read the wide table rows of every head, ten times slower; the index holds every column a filter
needs, and the party and the search text become lists of document keys. A party or member total takes one
more scan (by ministry), as a set may be in several of their groups.
"""

from __future__ import annotations

import csv
import io
import math
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from reader.library import search
from reader.library.errors import QueryError
from reader.library.fold import fold_key
from reader.library.search import Query
from reader.library.status import (
    ANSWERED_POSTPONED_STATE,
    ANSWERED_STATE,
    NORM_DAYS,
    OPEN_STATE,
    ORAL_STATE,
    POSTPONED_STATE,
    WITHDRAWN_STATE,
)

BYS = ("ministry", "party", "member", "year", "month")
_BY_ALIASES = {
    "ministry": "ministry", "ministerie": "ministry", "ministries": "ministry", "party": "party",
    "partij": "party", "parties": "party", "member": "member", "lid": "member", "members": "member",
    "year": "year", "jaar": "year", "vergaderjaar": "year", "month": "month", "maand": "month",
}  # fmt: skip
FIELDS = ("name", "answered", "median_days", "p90_days", "within_3_weeks", "postponed", "open", "overdue")
EXTRA_FIELDS = ("key", "sets", "timed", "oral", "withdrawn")


def normalise_by(value: str) -> str:
    key = (value or "ministry").strip().lower()
    if key not in _BY_ALIASES:
        raise QueryError("bad_value", value=value, option="by", choices=", ".join(BYS))
    return _BY_ALIASES[key]


def _number(value: float | None) -> float | int | None:
    """22.0 → 22, 22.5 stays: a median reads as a whole number of days when it is one."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


@dataclass(frozen=True)
class Group:
    """The figures of one group (see the module docstring)."""

    key: str | None  # what the group is filtered by (query_for); None: the sets without a value
    name: str | None  # as shown
    sets: int = 0
    answered: int = 0
    timed: int = 0  # answered sets whose answer time is known
    within: int = 0  # timed sets answered within three weeks
    postponed: int = 0
    open: int = 0
    overdue: int = 0
    oral: int = 0
    withdrawn: int = 0
    histogram: tuple[tuple[int, int], ...] = ()  # (answer time in days, sets), ascending

    def _at_rank(self, rank: int) -> int:
        """The answer time of the rank-th fastest set (1-based)."""
        seen = 0
        for days, n in self.histogram:
            seen += n
            if seen >= rank:
                return days
        raise IndexError(rank)

    def percentile(self, p: float) -> int | None:
        """The p-th percentile of the answer times by nearest rank; None without timed answers."""
        if not self.timed:
            return None
        return self._at_rank(max(1, math.ceil(p / 100 * self.timed)))

    @property
    def median_days(self) -> float | None:
        n = self.timed
        if not n:
            return None
        if n % 2:
            return float(self._at_rank((n + 1) // 2))
        return (self._at_rank(n // 2) + self._at_rank(n // 2 + 1)) / 2

    @property
    def p90_days(self) -> int | None:
        return self.percentile(90)

    @property
    def within_3_weeks(self) -> float | None:
        return self.within / self.timed if self.timed else None

    def to_dict(self) -> dict[str, object]:
        share = self.within_3_weeks
        return {
            "name": self.name, "answered": self.answered, "median_days": _number(self.median_days),
            "p90_days": self.p90_days, "within_3_weeks": round(share, 4) if share is not None else None,
            "postponed": self.postponed, "open": self.open, "overdue": self.overdue, "key": self.key,
            "sets": self.sets, "timed": self.timed, "oral": self.oral, "withdrawn": self.withdrawn,
        }  # fmt: skip


@dataclass(frozen=True)
class Stats:
    by: str
    groups: list[Group]
    total: Group
    query: Query = field(default_factory=Query)

    def to_dict(self) -> dict[str, object]:
        return {"by": self.by, "groups": [g.to_dict() for g in self.groups], "total": self.total.to_dict()}

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        columns = (*FIELDS, *EXTRA_FIELDS)
        writer.writerow(columns)
        for g in self.groups:
            d = g.to_dict()
            writer.writerow(["" if d[c] is None else d[c] for c in columns])
        return out.getvalue()


# the column that groups the set heads, per grouping of the documents table (its documents_stats_* index)
_KEYS = {"ministry": "d.ministry", "year": "d.vergaderjaar", "month": "d.month"}
_ALL = "d.head = 1"


# the search's statuses as states (status.state_of): the statistics' indexes hold the state, not the status
_STATES_OF = {
    "answered": (ANSWERED_STATE, ANSWERED_POSTPONED_STATE), "postponed": (POSTPONED_STATE,),
    "open": (OPEN_STATE,), "overdue": (OPEN_STATE,), "oral": (ORAL_STATE,), "withdrawn": (WITHDRAWN_STATE,),
}  # fmt: skip


def _where(q: Query) -> tuple[str, list[object]]:
    """The search's filters on the set heads, as SQL on alias d that a documents_stats_* index answers alone:
    its own columns, and the party and the search text as lists of document keys."""
    clauses: list[str] = [_ALL]
    params: list[object] = []
    for column, value in (("vergaderjaar", q.year), ("kind", q.kind), ("soort", q.soort), ("ministry", q.ministry),
                          ("month", q.month)):  # fmt: skip
        if value:
            clauses.append(f"d.{column} = ?")
            params.append(value)
    if q.status:
        states = _STATES_OF[q.status]
        clauses.append(f"d.state IN ({', '.join(map(str, states))})")
        if q.status == "overdue":
            clauses.append("d.deadline < ?")
            params.append((q.today or date.today()).isoformat())
    if q.party:
        clauses.append("d.pk IN (SELECT doc_pk FROM members WHERE party_key = ?)")
        params.append(fold_key(q.party))
    match, _ = search.match_expression(q)
    if match is not None:  # (date_key has an index of its own that gives the key)
        clauses.append(
            "d.pk IN (SELECT t.pk FROM documents t WHERE t.date_key IN (SELECT rowid FROM fts WHERE fts MATCH ?))"
        )
        params.append(match)
    return " AND ".join(clauses), params


# (group key, state, sets, of which past their deadline, "days sets days sets …" for answered states)
_Row = tuple[Any, ...]


def _rows(conn: sqlite3.Connection, by: str, where: str, params: list[object], today: date) -> list[_Row]:
    """One row per group and state (status.STATES), with the answer-time histogram of that state as one string.
    The inner query follows the order of an index (documents_stats_* or set_groups_stats: group, state, answer
    time), so SQLite counts as it scans; what reaches Python is a few rows per group. (A name is no part of it:
    comparing names at every row of a party's or member's rows cost a fifth of the time; see _names.)"""
    late = today.isoformat()
    if by in _KEYS:
        inner = (
            f"SELECT {_KEYS[by]} AS k, d.state AS s, d.answer_days AS days, count(*) AS n, "
            f"sum(d.deadline < ?) AS late FROM documents d INDEXED BY documents_stats_{by} WHERE {where} "
            "GROUP BY 1, 2, 3"
        )
        args: tuple[object, ...] = (late, *params)
    else:
        inner = (
            "SELECT nullif(g.key, '') AS k, g.state AS s, g.answer_days AS days, count(*) AS n, "
            "sum(g.deadline < ?) AS late FROM set_groups g WHERE g.kind = ?"
        )
        if where != _ALL:
            inner += f" AND g.doc_pk IN (SELECT d.pk FROM documents d INDEXED BY documents_stats_month WHERE {where})"
        inner += " GROUP BY g.key, 2, 3"
        args = (late, by, *params)
    sql = f"SELECT k, s, sum(n), sum(late), group_concat(days || ' ' || n, ' ') FROM ({inner}) GROUP BY k, s"
    return conn.execute(sql, args).fetchall()


class _Counts:
    """A group's figures while they are added up."""

    __slots__ = ("answered", "hist", "open", "oral", "overdue", "postponed", "sets", "withdrawn")

    def __init__(self) -> None:
        self.sets = self.answered = self.postponed = self.open = self.overdue = self.oral = self.withdrawn = 0
        self.hist: dict[int, int] = {}

    def add(self, state: int, n: int, late: int, hist: str | None) -> None:
        self.sets += n
        if state in (ANSWERED_STATE, ANSWERED_POSTPONED_STATE):
            self.answered += n
            if hist:
                numbers = list(map(int, hist.split()))
                for days, count in zip(numbers[0::2], numbers[1::2], strict=True):
                    self.hist[days] = self.hist.get(days, 0) + count
        if state in (ANSWERED_POSTPONED_STATE, POSTPONED_STATE):
            self.postponed += n
        if state in (OPEN_STATE, POSTPONED_STATE):
            self.open += n
        if state == OPEN_STATE:
            self.overdue += late
        elif state == ORAL_STATE:
            self.oral += n
        elif state == WITHDRAWN_STATE:
            self.withdrawn += n

    def merge(self, other: _Counts) -> None:
        for name in ("sets", "answered", "postponed", "open", "overdue", "oral", "withdrawn"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for days, n in other.hist.items():
            self.hist[days] = self.hist.get(days, 0) + n

    def group(self, key: str | None, name: str | None) -> Group:
        hist = tuple(sorted(self.hist.items()))
        timed = sum(n for _, n in hist)
        within = sum(n for days, n in hist if days <= NORM_DAYS)
        return Group(key, name, self.sets, self.answered, timed, within, self.postponed, self.open, self.overdue,
                     self.oral, self.withdrawn, hist)  # fmt: skip


def _counts(rows: list[_Row]) -> dict[str | None, _Counts]:
    out: dict[str | None, _Counts] = {}
    for k, state, n, late, hist in rows:
        c = out.get(k)
        if c is None:
            c = out[k] = _Counts()
        c.add(state, n, late or 0, hist)
    return out


def _names(conn: sqlite3.Connection, by: str, keys: list[str]) -> dict[str, str]:
    """How a party or member of each group is written (as in one of its sets): one index seek per group."""
    names: dict[str, str] = {}
    for key in keys:
        row = conn.execute(
            "SELECT name FROM set_groups WHERE kind = ? AND key = ? AND name IS NOT NULL LIMIT 1", (by, key)
        ).fetchone()
        if row:
            names[key] = row[0]
    return names


def compute(conn: sqlite3.Connection, by: str = "ministry", query: Query | None = None) -> Stats:
    """The figures per group for the sets that pass `query`'s filters (its sort and page are ignored)."""
    by = normalise_by(by)
    q = (query or Query()).normalised()
    today = q.today or date.today()
    where, params = _where(q)
    counts = _counts(_rows(conn, by, where, params, today))
    names = {k: k for k in counts if k is not None} if by in _KEYS else _names(conn, by, [k for k in counts if k])
    groups = [c.group(k, names.get(k, k) if k is not None else None) for k, c in counts.items()]
    if by in ("year", "month"):
        groups.sort(key=lambda g: (g.key is None, g.key or ""))
    else:
        groups.sort(key=lambda g: (g.key is None, -g.sets, (g.name or "").casefold()))
    # every set is in exactly one ministry, year and month group; in a party or member group once per party or
    # member: the total then comes from the ministry groups, so that it counts each set once
    total = _Counts()
    for c in (counts if by in _KEYS else _counts(_rows(conn, "ministry", where, params, today))).values():
        total.merge(c)
    return Stats(by, groups, total.group(None, None), q)


def query_for(by: str, group: Group, base: Query | None = None, status: str | None = None) -> Query | None:
    """The Query that lists the sets of `group` (one document per set, as counted), with the base query's
    other filters; `status` narrows it (e.g. "overdue" for a click on the overdue bar). None for the group of
    sets without a value."""
    if group.key is None:
        return None
    base = replace(base or Query(), sets_only=True, offset=0)
    if status is not None:
        base = replace(base, status=status)
    by = normalise_by(by)
    if by == "ministry":
        return replace(base, ministry=group.key)
    if by == "year":
        return replace(base, year=group.key)
    if by == "month":
        return replace(base, month=group.key)
    if by == "party":
        return replace(base, party=group.name or group.key)
    return replace(base, member=group.name or group.key)
