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
  document (each once; the name shown is the spelling most sets have); year — the head document's
  vergaderjaar; month — the month the set was sent in. Sets without a value form a group whose key and name
  are None. `total` counts every set once.

Every figure set is one GROUP BY (group, answer time, status, postponement) that SQLite runs as one scan of an
index in that order — the partial indexes `documents_stats_ministry`, `_year` and `_month` over the set heads,
and `set_groups_stats` over the rows status.py keeps per set and party or member — so it groups as it reads,
without a sort, and is finished in Python from the few rows it returns (groups × distinct answer times),
never from the documents one by one. Filters narrow the scan to the heads that pass them.
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
from reader.library.search import Query
from reader.library.status import ANSWERED, NORM_DAYS, OPEN, ORAL, POSTPONED, WITHDRAWN

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


def _where(conn: sqlite3.Connection, q: Query) -> tuple[str, list[object]]:
    """The search's filters on the set heads, as SQL on alias d."""
    where, params = search._filters(q, party_drives=True)
    match, _ = search.match_expression(q)
    if match is not None:
        where += " AND d.date_key IN (SELECT rowid FROM fts WHERE fts MATCH ?)"
        params = [*params, match]
    return _ALL + where, params


# (group key, answer days, status, postponed, sets, of which past the deadline)
_Row = tuple[Any, ...]


def _rows(conn: sqlite3.Connection, by: str, where: str, params: list[object], today: date) -> list[_Row]:
    """Counts per group, answer time, status and postponement, in the order of an index (documents_stats_* or
    set_groups_stats), so that SQLite groups as it scans, without a sort. For parties and members also the
    most frequent spelling of the group's name (the 7th column)."""
    late = today.isoformat()
    if by in _KEYS:
        sql = (
            f"SELECT {_KEYS[by]}, d.answer_days, d.status, d.postponed, count(*), sum(d.deadline < ?) "
            f"FROM documents d WHERE {where} GROUP BY 1, 2, 3, 4"
        )
        return conn.execute(sql, (late, *params)).fetchall()
    sql = (
        "SELECT nullif(g.key, ''), g.answer_days, g.status, g.postponed, count(*), sum(g.deadline < ?), max(g.name) "
        "FROM set_groups g WHERE g.kind = ?"
    )
    if where != _ALL:
        sql += f" AND g.doc_pk IN (SELECT d.pk FROM documents d WHERE {where})"
    return conn.execute(sql + " GROUP BY g.key, 2, 3, 4", (late, by, *params)).fetchall()


_ALL = "d.head = 1"


_COUNTS = ("sets", "answered", "timed", "within", "postponed", "open", "overdue", "oral", "withdrawn")


def _groups(rows: list[_Row]) -> dict[str | None, Group]:
    # one list of counts per group, in the order of _COUNTS; this loop runs once per row SQLite returns
    counts: dict[str | None, list[int]] = {}
    hists: dict[str | None, list[tuple[int, int]]] = {}
    for k, days, status, postponed, n, late, *_ in rows:
        c = counts.get(k)
        if c is None:
            c = counts[k] = [0] * len(_COUNTS)
            hists[k] = []
        c[0] += n
        if postponed:
            c[4] += n
        if status == ANSWERED:
            c[1] += n
            if days is not None:  # answered on a known day
                hists[k].append((days, n))
                c[2] += n
                if days <= NORM_DAYS:
                    c[3] += n
        elif status == OPEN:
            c[5] += n
            c[6] += late or 0
        elif status == POSTPONED:
            c[5] += n
        elif status == ORAL:
            c[7] += n
        elif status == WITHDRAWN:
            c[8] += n
    out: dict[str | None, Group] = {}
    for k, c in counts.items():
        hist: dict[int, int] = {}
        for days, n in hists[k]:  # (the same time comes once per status and postponement)
            hist[days] = hist.get(days, 0) + n
        sets, answered, timed, within, postponed, open_, overdue, oral, withdrawn = c
        out[k] = Group(
            k, k, sets, answered, timed, within, postponed, open_, overdue, oral, withdrawn, tuple(sorted(hist.items()))
        )
    return out


def _merge(key: str | None, name: str | None, groups: list[Group]) -> Group:
    hist: dict[int, int] = {}
    for g in groups:
        for days, n in g.histogram:
            hist[days] = hist.get(days, 0) + n
    counts = {f: sum(getattr(g, f) for g in groups) for f in
              ("sets", "answered", "timed", "within", "postponed", "open", "overdue", "oral", "withdrawn")}  # fmt: skip
    return Group(key, name, histogram=tuple(sorted(hist.items())), **counts)


def _names(rows: list[_Row]) -> dict[str, str]:
    """The spelling of a party or member name that most sets of the group have."""
    seen: dict[str, dict[str, int]] = {}
    for k, *_, n, _late, name in rows:
        if k is not None and name:
            seen.setdefault(k, {})[name] = seen.get(k, {}).get(name, 0) + n
    return {k: max(spellings.items(), key=lambda item: (item[1], item[0]))[0] for k, spellings in seen.items()}


def compute(conn: sqlite3.Connection, by: str = "ministry", query: Query | None = None) -> Stats:
    """The figures per group for the sets that pass `query`'s filters (its sort and page are ignored)."""
    by = normalise_by(by)
    q = (query or Query()).normalised()
    today = q.today or date.today()
    where, params = _where(conn, q)
    rows = _rows(conn, by, where, params, today)
    groups = _groups(rows)
    if by not in _KEYS:
        names = _names(rows)
        groups = {k: replace(g, name=names.get(k, g.name) if k is not None else None) for k, g in groups.items()}
    if by in ("year", "month"):
        ordered = sorted(groups.values(), key=lambda g: (g.key is None, g.key or ""))
    else:
        ordered = sorted(groups.values(), key=lambda g: (g.key is None, -g.sets, (g.name or "").casefold()))
    # every set is in exactly one ministry, year and month group; in a party or member group once per party or
    # member: the total then comes from the ministry groups, so that it counts each set once
    parts = ordered if by in _KEYS else list(_groups(_rows(conn, "ministry", where, params, today)).values())
    return Stats(by, ordered, _merge(None, None, parts), q)


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
