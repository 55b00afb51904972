"""Searching the official repository: `search --online` and the window's "Officiële bekendmakingen" scope.

    page = search(sources, OnlineQuery(text="tozo", year="2020", limit=20), library)
    page.total, [r.to_dict() for r in page.results]      # shaped like the library's rows, plus "in_library"

Answered sets and questions not yet answered, newest first. A result already in the library is shown with
the library's own row (status, answer, dates as the library knows them) and `in_library: true`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reader.core.citations import official_url
from reader.library.search import Row
from reader.library.store import Library
from reader.sources import cql
from reader.sources.errors import SourceError
from reader.sources.records import Record
from reader.sources.service import Sources
from reader.sources.sru import MAX_PAGE, SEARCH_MAX_AGE, WINDOW

KINDS = {"antwoord": "answered", "mededeling": "answered", "vragen": "unanswered"}
STATUSES = {"answered": "answered", "postponed": "answered", "open": "unanswered"}


@dataclass(frozen=True)
class OnlineQuery:
    text: str = ""
    year: str | None = None
    member: str | None = None
    kind: str | None = None  # "antwoord", "mededeling", "vragen"
    status: str | None = None  # "answered", "postponed", "open"
    since: date | None = None  # published on or after
    until: date | None = None  # published on or before
    limit: int = 20
    offset: int = 0

    def cql(self) -> str:
        kinds = "all"
        if self.kind:
            kinds = KINDS.get(self.kind, "")
        elif self.status:
            kinds = STATUSES.get(self.status, "")
        if not kinds:
            raise SourceError("online_bad_filter", value=self.kind or self.status)
        return cql.search(
            self.text, year=self.year, member=self.member, kinds=kinds, since=self.since, until=self.until
        )


@dataclass(frozen=True)
class OnlineResult:
    record: Record
    row: Row | None  # the library's row when the document is in the library

    @property
    def id(self) -> str:
        return self.row.id if self.row is not None else self.record.library_id

    @property
    def in_library(self) -> bool:
        return self.row is not None

    @property
    def url(self) -> str:
        return self.record.preferred_url or official_url(self.record.identifier)

    def to_dict(self) -> dict[str, object]:
        extra = {
            "in_library": self.in_library,
            "url": self.url,
            "published": self.record.available.isoformat() if self.record.available else None,
        }
        if self.row is not None:
            return self.row.to_dict() | extra
        r = self.record
        kind = r.kind or "antwoord"
        answered = kind == "antwoord"
        day = r.datum_ontvangst or r.document_date
        iso = day.isoformat() if day else None
        status = {"antwoord": "answered", "mededeling": "postponed"}.get(kind, "open")
        return {
            "id": r.library_id, "kind": kind, "vergaderjaar": r.vergaderjaar or None, "nummer": r.aanhangselnummer,
            "title": r.title or None, "subject": r.subject or None,
            "indieners": [{"name": name, "party": None} for name in r.indieners],
            "gericht_aan": r.ontvanger or None, "beantwoord_door": None,
            "ingezonden": iso if kind == "vragen" else None, "ontvangen": iso if kind != "vragen" else None,
            "questions": None, "answers": None, "status": status, "postponed": kind == "mededeling",
            "answer_id": r.library_id if answered else None, "answered_on": iso if answered else None,
            "deadline": None, "overdue": False, "days": None, "snippet": None,
        } | extra  # fmt: skip


@dataclass(frozen=True)
class OnlinePage:
    results: list[OnlineResult]
    total: int
    offset: int
    limit: int
    query: OnlineQuery = field(default_factory=OnlineQuery)


def search(sources: Sources, query: OnlineQuery, library: Library | None = None) -> OnlinePage:
    """One page of results (see the module docstring); `library` marks what is already there."""
    limit = max(1, min(query.limit, MAX_PAGE))
    if query.offset < 0 or query.offset + limit > WINDOW:
        raise SourceError("sru_too_deep", window=WINDOW)
    page = sources.sru.page(query.cql(), query.offset + 1, limit, max_age=SEARCH_MAX_AGE)
    results = []
    for record in page.records[:limit]:
        row = None
        if library is not None:
            for doc_id in (record.library_id, record.identifier):
                row = library.get(doc_id)
                if row is not None:
                    break
        results.append(OnlineResult(record, row))
    return OnlinePage(results, page.total, query.offset, limit, query)
