"""Listing and searching the library: one `Query` (text, filters, sort, page) → one `Page` of `Row`s + total.

Plans, chosen so that the first page costs the same at 1,000 and at 100,000 documents:
- no search text: an index scan in the sort order that stops after the page; the total of an unfiltered
  (or kind/status-only) list comes from the `counts` table kept by triggers.
- search text, sorted by date (the default): the FTS5 rowid *is* the date order (`documents.date_key`), so
  FTS5 returns matches newest first and the scan stops after the page; the total is one count of the same
  MATCH. Other orders (received, submitted, number, relevance) sort all matches.
- a year, an open/postponed status or a notices/questions kind leave a small part of the library: the FTS5
  scan is then limited to the date_key range those documents span (exact bounds read from the index).
- member and addressee filters are FTS5 column filters (`members : "van dijk"`), folded like the search;
  the party filter is an exact folded match (`party_keys` per document, the members table for counts).
Snippets are made for the rows of the page only, from the user's search text alone.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from reader.core.model import Member, Soort
from reader.library import ministries
from reader.library import query as fts_query
from reader.library.errors import QueryError
from reader.library.fold import fold_key
from reader.library.status import ANSWERED, OPEN, ORAL, OVERDUE, POSTPONED, WITHDRAWN, is_overdue

SORTS = (
    "date",
    "received",
    "submitted",
    "number",
    "relevance",
    "subject",
    "member",
    "addressee",
    "questions",
    "status",
)
KINDS = ("antwoord", "mededeling", "vragen")
SOORTEN = tuple(str(s) for s in Soort)
STATUSES = (ANSWERED, POSTPONED, OPEN, OVERDUE, ORAL, WITHDRAWN)
MAX_LIMIT = 10_000

# other spellings accepted for filter values (Dutch, English, singular/plural). The kind and the soort share
# one option (--kind/--soort): a kind's name gives every soort of that kind ("antwoord": first and further
# answers), a soort's name only that one.
_KIND_ALIASES = {
    "antwoord": "antwoord", "antwoorden": "antwoord", "answer": "antwoord", "answers": "antwoord",
    "mededeling": "mededeling", "mededelingen": "mededeling", "notice": "mededeling", "notices": "mededeling",
    "vragen": "vragen", "vraag": "vragen", "questions": "vragen", "question": "vragen",
}  # fmt: skip
_SOORT_ALIASES = {
    "nader": "nader", "nader-antwoord": "nader", "further": "nader", "further-answer": "nader",
    "uitstel": "uitstel", "uitstelbericht": "uitstel", "postponement": "uitstel", "postponed": "uitstel",
    "per-brief": "per-brief", "perbrief": "per-brief", "letter": "per-brief", "by-letter": "per-brief",
    "ingetrokken": "ingetrokken", "withdrawn": "ingetrokken", "withdrawal": "ingetrokken",
    "overig": "overig", "other": "overig",
    "schriftelijk": "schriftelijk", "schriftelijke-vragen": "schriftelijk", "written": "schriftelijk",
    "mondeling": "mondeling", "mondelinge-vragen": "mondeling", "oral": "mondeling",
}  # fmt: skip
_STATUS_ALIASES = {
    "answered": ANSWERED, "beantwoord": ANSWERED, "postponed": POSTPONED, "uitgesteld": POSTPONED,
    "open": OPEN, "onbeantwoord": OPEN, "overdue": OVERDUE, "te-laat": OVERDUE, "telaat": OVERDUE,
    "late": OVERDUE, "verlopen": OVERDUE, "oral": ORAL, "mondeling": ORAL, "withdrawn": WITHDRAWN,
    "ingetrokken": WITHDRAWN,
}  # fmt: skip
_SORT_ALIASES = {
    "date": "date", "datum": "date", "newest": "date", "received": "received", "ontvangen": "received",
    "submitted": "submitted", "ingezonden": "submitted", "number": "number", "nummer": "number",
    "relevance": "relevance", "relevantie": "relevance", "subject": "subject", "onderwerp": "subject",
    "member": "member", "lid": "member", "vragensteller": "member", "addressee": "addressee", "aan": "addressee",
    "questions": "questions", "vragen": "questions", "status": "status",
}  # fmt: skip

MARK_START, MARK_END = "\x02", "\x03"  # hit markers inside snippets (never in stored text, see store.py)


def normalise_year(value: str) -> str:
    """'2023-2024', '2023/24', '2023–2024', '20232024' or '2023' → '2023-2024' (a year names its start)."""
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-/–—]?\s*(\d{2}|\d{4}))?\s*", value or "")
    if not m:
        raise QueryError("bad_year", value=value)
    start = int(m.group(1))
    if m.group(2):
        second = int(m.group(2))
        if second != (start + 1) % (100 if len(m.group(2)) == 2 else 10_000):
            raise QueryError("bad_year", value=value)
    return f"{start}-{start + 1}"


def _choose(value: str, aliases: dict[str, str], option: str, choices: tuple[str, ...]) -> str:
    key = "-".join(value.strip().lower().split())
    if key not in aliases:
        raise QueryError("bad_value", value=value, option=option, choices=", ".join(choices))
    return aliases[key]


def kind_or_soort(value: str) -> tuple[str | None, str | None]:
    """(kind, soort) for a value of the --kind/--soort option: "antwoord" → ("antwoord", None),
    "uitstel" → (None, "uitstel"); raises QueryError for anything else."""
    key = "-".join(value.strip().lower().split())
    if key in _KIND_ALIASES:
        return _KIND_ALIASES[key], None
    if key in _SOORT_ALIASES:
        return None, _SOORT_ALIASES[key]
    raise QueryError("bad_value", value=value, option="kind", choices=", ".join((*KINDS, *SOORTEN[1:])))


def normalise_month(value: str) -> str:
    """'2024-05', '2024-5' or '5-2024' → '2024-05'."""
    m = re.fullmatch(r"\s*(\d{4})[-/](\d{1,2})\s*|\s*(\d{1,2})[-/](\d{4})\s*", value or "")
    if not m:
        raise QueryError("bad_month", value=value)
    year, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    if not 1 <= int(month) <= 12:
        raise QueryError("bad_month", value=value)
    return f"{year}-{int(month):02d}"


def _count(value: object, option: str, lowest: int) -> int:
    """A whole number of at least `lowest`; anything else raises QueryError."""
    try:
        n = value if isinstance(value, int) else int(str(value).strip())
    except ValueError:
        n = lowest - 1
    if n < lowest:
        raise QueryError("bad_number", value=value, option=option, lowest=lowest)
    return n


@dataclass(frozen=True)
class Query:
    """What to list: search text, filters (None = any), order and page."""

    text: str = ""
    year: str | None = None  # vergaderjaar, e.g. "2023-2024"
    member: str | None = None  # words of a member's name: "van dijk", "gabriels"
    party: str | None = None  # exact party name, folded: "pvda", "GroenLinks-PvdA"
    addressee: str | None = None  # words of the addressee or answerer: "financiën", "minister van asiel"
    kind: str | None = None  # antwoord | mededeling | vragen, or a soort (moved to `soort` when normalised)
    soort: str | None = None  # antwoord | nader | uitstel | per-brief | ingetrokken | overig | schriftelijk | mondeling
    status: str | None = None  # answered | postponed | open | overdue | oral | withdrawn
    ministry: str | None = None  # the question set's ministry: "SZW", "Sociale Zaken" (see ministries.py)
    month: str | None = None  # the month the question set was sent in: "2024-05"
    sets_only: bool = False  # one document per question set: the one the statistics count (its head)
    sort: str = "date"  # date | received | submitted | number | relevance | subject | member | addressee |
    # questions | status
    descending: bool = True  # newest (highest, most relevant) first
    limit: int = 50
    offset: int = 0
    today: date | None = None  # for "overdue" and days open; None = today

    def normalised(self) -> Query:
        """The same query with values checked and spelled canonically; raises QueryError."""
        kind, soort = kind_or_soort(self.kind) if self.kind else (None, None)
        if self.soort:
            kind_of_soort, soort = kind_or_soort(self.soort)
            if kind_of_soort is not None:  # "--soort antwoord" is the kind
                kind, soort = kind_of_soort, None
        ministry = None
        if self.ministry:
            ministry = ministries.resolve(self.ministry) or " ".join(self.ministry.split())
        return replace(
            self,
            year=normalise_year(self.year) if self.year else None,
            kind=kind,
            soort=soort,
            status=_choose(self.status, _STATUS_ALIASES, "status", STATUSES) if self.status else None,
            ministry=ministry,
            month=normalise_month(self.month) if self.month else None,
            sort=_choose(self.sort or "date", _SORT_ALIASES, "sort", SORTS),
            # (more than a page can hold is cut to MAX_LIMIT, as a list that has scrolled far asks for all it shows)
            limit=min(_count(self.limit, "limit", 0), MAX_LIMIT),
            offset=_count(self.offset, "offset", 0),
            today=self.today or date.today(),
        )


@dataclass(frozen=True)
class Row:
    """One document as a list shows it."""

    id: str
    kind: str
    vergaderjaar: str | None
    nummer: int | None
    title: str | None
    subject: str | None
    members: tuple[Member, ...]
    addressee: str | None  # gericht aan
    answerer: str | None  # beantwoord door
    ingezonden: date | None
    ontvangen: date | None
    n_questions: int
    n_answers: int
    status: str  # of the question set: answered | postponed | open | oral | withdrawn
    postponed: bool  # a postponement notice exists for the set
    answer_id: str | None  # the document that answers the set (may be this one; a Kamerstuk for a letter)
    answered_on: date | None
    deadline: date | None  # 21 days after ingezonden, while open
    overdue: bool  # open and past the deadline (as of the query's today)
    days: int | None  # answered: days from sent in to answered; else days open so far
    snippet: tuple[tuple[str, bool], ...] = ()  # (text, is_hit) pieces; empty without search text
    soort: str = ""  # what the document is (Soort): antwoord, nader, uitstel, per-brief, …
    answered_by: str | None = None  # how the set was answered: antwoord | per-brief (a letter) | nader
    ministry: str | None = None  # the set's ministry, normalised

    @property
    def by_letter(self) -> bool:
        """Answered by a letter (a Kamerstuk) instead of in the Aanhangsel."""
        return self.answered_by == "per-brief"

    @property
    def members_text(self) -> str:
        return ", ".join(f"{m.name} ({m.party})" if m.party else m.name for m in self.members)

    @property
    def parties(self) -> list[str]:
        return sorted({m.party for m in self.members if m.party})

    def snippet_text(self, before: str = "[", after: str = "]") -> str:
        return "".join(f"{before}{t}{after}" if hit else t for t, hit in self.snippet)

    def to_dict(self) -> dict[str, object]:
        return {
            "id": self.id, "kind": self.kind, "vergaderjaar": self.vergaderjaar, "nummer": self.nummer,
            "title": self.title, "subject": self.subject, "indieners": [m.to_dict() for m in self.members],
            "gericht_aan": self.addressee, "beantwoord_door": self.answerer,
            "ingezonden": _iso(self.ingezonden), "ontvangen": _iso(self.ontvangen),
            "questions": self.n_questions, "answers": self.n_answers, "status": self.status,
            "postponed": self.postponed, "answer_id": self.answer_id, "answered_on": _iso(self.answered_on),
            "deadline": _iso(self.deadline), "overdue": self.overdue, "days": self.days,
            "snippet": self.snippet_text() if self.snippet else None, "soort": self.soort,
            "answered_by": self.answered_by, "ministry": self.ministry,
        }  # fmt: skip


@dataclass(frozen=True)
class Page:
    rows: list[Row]
    total: int  # all matches, not just this page
    offset: int
    limit: int
    query: Query = field(default_factory=Query)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _day(v: str | None) -> date | None:
    return date.fromisoformat(v) if v else None


ROW_COLUMNS = (
    "d.id, d.kind, d.vergaderjaar, d.nummer, d.title, d.subject, d.members, d.addressee, d.answerer, "
    "d.ingezonden, d.ontvangen, d.n_questions, d.n_answers, d.status, d.postponed, d.answer_id, "
    "d.answered_on, d.deadline, d.soort, d.answered_by, d.ministry"
)


def make_row(r: tuple[Any, ...], today: date, snippet: tuple[tuple[str, bool], ...] = ()) -> Row:
    """A Row from the ROW_COLUMNS of one documents row."""
    ingezonden, ontvangen, answered_on, deadline = _day(r[9]), _day(r[10]), _day(r[16]), _day(r[17])
    status = r[13]
    if status == ANSWERED:
        days = (answered_on - ingezonden).days if answered_on and ingezonden else None
    else:
        days = (today - ingezonden).days if ingezonden else None
    return Row(
        id=r[0], kind=r[1], vergaderjaar=r[2], nummer=r[3], title=r[4], subject=r[5],
        members=tuple(Member(n, p) for n, p in json.loads(r[6])), addressee=r[7], answerer=r[8],
        ingezonden=ingezonden, ontvangen=ontvangen, n_questions=r[11], n_answers=r[12], status=status,
        postponed=bool(r[14]), answer_id=r[15], answered_on=answered_on, deadline=deadline,
        overdue=is_overdue(status, deadline, today), days=days, snippet=snippet, soort=r[18], answered_by=r[19],
        ministry=r[20],
    )  # fmt: skip


def _order(q: Query, with_fts: bool) -> str:
    desc = " DESC" if q.descending else ""
    key = "fts.rowid" if with_fts else "d.date_key"
    if q.sort == "received":
        return f"d.ontvangen{desc}, {key}{desc}"
    if q.sort == "submitted":
        return f"d.ingezonden{desc}, {key}{desc}"
    if q.sort == "number":
        return f"d.vergaderjaar{desc}, d.nummer{desc}, {key}{desc}"
    # the columns of the list: sorted by the library on request (a top-N sort over the matches, no index:
    # these orders are chosen now and then, and every index slows every import)
    text_columns = {"subject": "d.subject", "member": "d.members", "addressee": "d.addressee"}
    if q.sort in text_columns:
        column = text_columns[q.sort]
        return f"{column} IS NULL, {column} COLLATE NOCASE{desc}, {key} DESC"  # documents without one last
    if q.sort == "questions":
        return f"d.n_questions{desc}, {key} DESC"
    if q.sort == "status":
        return f"d.status{desc}, d.deadline{desc}, {key} DESC"
    if q.sort == "relevance" and with_fts:
        # FTS5's rank is better-first ascending (bm25 is negative), weighted in the schema
        return "fts.rank" + ("" if q.descending else " DESC") + f", {key} DESC"
    return f"{key}{desc}"


def _document_filters(q: Query) -> tuple[list[str], list[object]]:
    """The filters on columns of `documents` (year, kind, soort, status, ministry, month, sets), as SQL on
    alias d."""
    clauses: list[str] = []
    params: list[object] = []
    if q.year:
        clauses.append("d.vergaderjaar = ?")
        params.append(q.year)
    if q.kind:
        clauses.append("d.kind = ?")
        params.append(q.kind)
    if q.soort:
        clauses.append("d.soort = ?")
        params.append(q.soort)
    if q.ministry:
        clauses.append("d.ministry = ?")
        params.append(q.ministry)
    if q.month:
        clauses.append("d.sent >= ? AND d.sent < ?")
        year, month = int(q.month[:4]), int(q.month[5:])
        params += [f"{q.month}-01", f"{year + month // 12}-{month % 12 + 1:02d}-01"]
    if q.sets_only:
        clauses.append("d.head = 1")
    if q.status == OVERDUE:
        clauses.append("d.status = 'open' AND d.deadline < ?")
        params.append((q.today or date.today()).isoformat())
    elif q.status:
        clauses.append("d.status = ?")
        params.append(q.status)
    return clauses, params


def _filters(q: Query, party_drives: bool = False) -> tuple[str, list[object]]:
    """All filters as " AND …" SQL. The party filter either checks each row (in party_keys, which the index
    documents_filter holds) or drives the query from the party's documents (members: for a list's count)."""
    clauses, params = _document_filters(q)
    if q.party:
        if party_drives:
            clauses.append("d.pk IN (SELECT doc_pk FROM members WHERE party_key = ?)")
            params.append(fold_key(q.party))
        else:
            clauses.append("instr(d.party_keys, ?) > 0")
            params.append(f"|{fold_key(q.party)}|")
    return "".join(f" AND {c}" for c in clauses), params


def _narrow(q: Query) -> bool:
    """Do the document filters leave a small part of the library (a year, open or postponed sets, notices
    or questions)? Then a search scans only the date range those documents span."""
    return bool(q.year or (q.status and q.status != ANSWERED) or (q.kind and q.kind != "antwoord"))


def _key_range(conn: sqlite3.Connection, q: Query) -> tuple[int, int] | None:
    """The smallest and largest date_key (= FTS5 rowid) of the documents passing the most selective
    document filter, or None when none does. Exact bounds from the data, so restricting the FTS5 scan to
    them loses nothing. One filter only, so that the query reads one short stretch of one index."""
    if q.year:
        narrowest = replace(q, kind=None, status=None)
    elif q.status and q.status != ANSWERED:
        narrowest = replace(q, kind=None)
    else:
        narrowest = replace(q, status=None)
    clauses, params = _document_filters(narrowest)
    where = " AND ".join(clauses)
    lo, hi = conn.execute(f"SELECT min(d.date_key), max(d.date_key) FROM documents d WHERE {where}", params).fetchone()
    return None if lo is None else (lo, hi)


def match_expression(q: Query) -> tuple[str | None, str | None]:
    """(the whole MATCH expression with the column filters, the user's text alone) — either may be None."""
    text = fts_query.translate(q.text)
    parts = [f"({text})"] if text else []
    for column, value in (("members", q.member), ("addressee", q.addressee)):
        if value:
            phrase = fts_query.phrase(value)
            if phrase is None:
                raise QueryError("query_no_terms", query=value)
            parts.append(f"{column} : {phrase}")
    return (" AND ".join(parts) if parts else None), text


def run(conn: sqlite3.Connection, query: Query) -> Page:
    """One page of rows for `query` and the total number of matches."""
    q = query.normalised()
    today = q.today or date.today()
    match, text = match_expression(q)
    try:
        if match is None:
            rows, total = _list(conn, q)
            return Page([make_row(r, today) for r in rows], total, q.offset, q.limit, q)
        return _search(conn, q, match, text, today)
    except sqlite3.OperationalError as exc:
        # translate() only writes valid syntax; this is a safety net so the user never sees a raw error
        if "fts5" in str(exc) or "MATCH" in str(exc):
            raise QueryError("query_syntax", reason=str(exc)) from exc
        raise


def _list(conn: sqlite3.Connection, q: Query) -> tuple[list[tuple[Any, ...]], int]:
    where, params = _filters(q)
    sql = f"SELECT {ROW_COLUMNS} FROM documents d WHERE 1{where} ORDER BY {_order(q, False)} LIMIT ? OFFSET ?"
    rows = conn.execute(sql, (*params, q.limit, q.offset)).fetchall()
    if not (q.year or q.party or q.soort or q.ministry or q.month or q.sets_only) and q.status != OVERDUE:
        # kept by triggers: constant time, whatever the size of the library
        sql = "SELECT coalesce(sum(n), 0) FROM counts WHERE 1"
        args: list[object] = []
        if q.kind:
            sql += " AND kind = ?"
            args.append(q.kind)
        if q.status:
            sql += " AND status = ?"
            args.append(q.status)
        return rows, int(conn.execute(sql, args).fetchone()[0])
    if q.party and not (q.year or q.kind or q.status or q.soort or q.ministry or q.month or q.sets_only):
        total = conn.execute(
            "SELECT count(DISTINCT doc_pk) FROM members WHERE party_key = ?", (fold_key(q.party),)
        ).fetchone()[0]
        return rows, int(total)
    where, params = _filters(q, party_drives=True)
    return rows, int(conn.execute(f"SELECT count(*) FROM documents d WHERE 1{where}", params).fetchone()[0])


# FTS5 is the outer loop (CROSS JOIN), so its rowid (= date) order serves ORDER BY and a page can stop early;
# each hit's filters are checked in the covering index documents_filter (named: the planner's own choice
# varies with the filters and was up to 4x slower).
_HITS = "FROM fts CROSS JOIN documents d INDEXED BY documents_filter ON d.date_key = fts.rowid"


def _search(conn: sqlite3.Connection, q: Query, match: str, text: str | None, today: date) -> Page:
    where, params = _filters(q)
    if _narrow(q):
        bounds = _key_range(conn, q)
        if bounds is None:
            return Page([], 0, q.offset, q.limit, q)
        where = " AND fts.rowid BETWEEN ? AND ?" + where
        params = [*bounds, *params]
    # In date order (rowid order, no sorter) the snippets can come with the page: computed for the page's
    # rows only, in the same FTS5 scan. With member or addressee filters in the MATCH, the snippets are
    # made from the user's text alone, below.
    inline = text is not None and not (q.member or q.addressee) and q.sort == "date"
    snippet = "snippet(fts, -1, ?, ?, '…', 24)" if inline else "NULL"
    sql = (
        f"SELECT {ROW_COLUMNS}, fts.rowid, {snippet} {_HITS} WHERE fts MATCH ?{where} "
        f"ORDER BY {_order(q, True)} LIMIT ? OFFSET ?"
    )
    marks = (MARK_START, MARK_END) if inline else ()
    found = conn.execute(sql, (*marks, match, *params, q.limit, q.offset)).fetchall()
    if where:
        total = conn.execute(f"SELECT count(*) {_HITS} WHERE fts MATCH ?{where}", (match, *params)).fetchone()[0]
    else:
        total = conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (match,)).fetchone()[0]
    keys = [r[-2] for r in found]
    if inline:
        snippets = {r[-2]: split_snippet(r[-1]) for r in found if r[-1]}
    else:
        snippets = _snippets(conn, text, keys) if text else {}
    rows = [make_row(r[:-2], today, snippets.get(r[-2], ())) for r in found]
    return Page(rows, total, q.offset, q.limit, q)


def _snippets(conn: sqlite3.Connection, text: str, keys: list[int]) -> dict[int, tuple[tuple[str, bool], ...]]:
    out: dict[int, tuple[tuple[str, bool], ...]] = {}
    for key in keys:
        r = conn.execute(
            "SELECT snippet(fts, -1, ?, ?, '…', 24) FROM fts WHERE fts MATCH ? AND rowid = ?",
            (MARK_START, MARK_END, text, key),
        ).fetchone()
        if r and r[0]:
            out[key] = split_snippet(r[0])
    return out


def split_snippet(marked: str) -> tuple[tuple[str, bool], ...]:
    """'a \\x02hit\\x03 b' → (('a ', False), ('hit', True), (' b', False))."""
    pieces: list[tuple[str, bool]] = []
    for i, part in enumerate(re.split(f"[{MARK_START}{MARK_END}]", marked)):
        if part:
            pieces.append((re.sub(r"\s+", " ", part), i % 2 == 1))
    return tuple(pieces)
