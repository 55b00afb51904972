"""KOOP's SRU service: search requests, paging on `nextRecordPosition`, and date slices for long lists.

    sru = Sru(client)
    page = sru.page(cql.search("tozo"), start=1, maximum=20)          # one page, newest first
    records = sru.lookup(["ah-tk-20202021-3235", "kv-tk-2024Z18436"])  # by id, several per request
    for part in sru.slices(since, until): for record in sru.records(part): …   # every answered set since

The service reaches only the first `WINDOW` hits of a query by paging (deeper requests fail), so a long list
is asked for in slices of published dates — a month at a time, halved until each slice fits.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import urlencode

from reader.sources import cql
from reader.sources.client import Client, Response
from reader.sources.errors import ServiceError
from reader.sources.records import Record, SruPage, read_response

WINDOW = 10_000  # hits reachable by paging one query
PAGE = 100  # records per request when listing
MAX_PAGE = 1000
MAX_BYTES = 32 * 1024 * 1024  # one answer of the service
SEARCH_MAX_AGE = 300.0  # seconds a search answer is reused as is
LOOKUP_BATCH = 20  # ids per lookup request


@dataclass(frozen=True)
class Slice:
    since: date
    until: date
    query: str
    total: int  # as the service counted it when the slice was made


def request_url(endpoint: str, query: str, start: int = 1, maximum: int = PAGE) -> str:
    params = {
        "operation": "searchRetrieve", "version": "2.0", "recordSchema": "gzd",
        "startRecord": str(start), "maximumRecords": str(maximum), "query": query,
    }  # fmt: skip
    return f"{endpoint}?{urlencode(params)}"


def _months(since: date, until: date) -> list[tuple[date, date]]:
    """[since, until] cut at month ends, oldest first."""
    out: list[tuple[date, date]] = []
    start = since
    while start <= until:
        next_month = (start.replace(day=1) + timedelta(days=32)).replace(day=1)
        end = min(until, next_month - timedelta(days=1))
        out.append((start, end))
        start = end + timedelta(days=1)
    return out


class Sru:
    def __init__(self, client: Client) -> None:
        self.client = client

    def page(self, query: str, start: int = 1, maximum: int = PAGE, max_age: float | None = 0.0) -> SruPage:
        if start < 1 or start + maximum - 1 > WINDOW:
            raise ServiceError("sru_too_deep", window=WINDOW)
        url = request_url(self.client.endpoints.sru, query, start, min(maximum, MAX_PAGE))
        result: list[SruPage] = []

        def accept(response: Response) -> None:
            result.clear()
            result.append(read_response(response.body, response.url))

        response = self.client.get(url, limit=MAX_BYTES, max_age=max_age, accept=accept)
        return result[0] if result else read_response(response.body, response.url)

    def records(self, part: Slice | str, limit: int | None = None) -> Iterator[Record]:
        """Every record of a query (or a slice), page after page, within the window; one page in memory."""
        query = part.query if isinstance(part, Slice) else part
        page = self.page(query, 1, min(limit or PAGE, PAGE))
        given = 0
        position = 1
        while True:
            for record in page.records:
                yield record
                given += 1
                if limit is not None and given >= limit:
                    return
            position += len(page.records)
            nxt = page.next_position
            if not page.records or nxt is None or nxt <= position - len(page.records) or nxt > WINDOW:
                return
            position = nxt
            page = self.page(query, nxt, min(PAGE, WINDOW - nxt + 1))

    def slices(self, since: date, until: date) -> Iterator[Slice]:
        """The answered sets published from `since` to `until`, in slices that each fit the window, oldest
        first, each with its count (asked for with a one-record page: cheap, and nothing is held)."""
        todo = list(reversed(_months(since, until)))
        while todo:
            a, b = todo.pop()
            query = cql.published(a, b)
            total = self.page(query, 1, 1).total
            if total > WINDOW and a < b:
                middle = a + (b - a) // 2
                todo.append((middle + timedelta(days=1), b))
                todo.append((a, middle))
                continue
            yield Slice(a, b, query, total)

    def lookup(self, ids: list[str]) -> dict[str, Record]:
        """The records of these ids (each under its identifier and its library id); missing ids are absent."""
        found: dict[str, Record] = {}
        unique = list(dict.fromkeys(ids))
        for i in range(0, len(unique), LOOKUP_BATCH):
            batch = unique[i : i + LOOKUP_BATCH]
            page = self.page(cql.by_ids(batch), 1, max(len(batch) * 2, 10), max_age=SEARCH_MAX_AGE)
            for record in page.records:
                for key in record.ids:
                    found.setdefault(key, record)
        return found

    def answers_to(self, zaak: str) -> list[Record]:
        """The answered sets and notices published for the questions of `zaak`, newest first."""
        records = list(self.records(cql.by_zaak(zaak) + cql.NEWEST_FIRST, limit=50))
        return sorted(records, key=lambda r: r.available or r.document_date or date.min, reverse=True)
