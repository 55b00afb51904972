"""The CQL queries sent to KOOP's SRU service.

Every query names the collection (`c.product-area`) and the publication: answered sets (and their notices)
are `w.publicatienaam=="Kamervragen (Aanhangsel)"`, questions not yet answered
`w.publicatienaam=="Kamervragen zonder antwoord"`. Values are always quoted; a quote or backslash typed by the
user is dropped, so no user text can change the query's structure.
"""

from __future__ import annotations

import re
from datetime import date

from reader.core.citations import vergaderjaar
from reader.sources.errors import SourceError
from reader.sources.records import ANSWERED, UNANSWERED

COLLECTION = 'c.product-area=="officielepublicaties"'
PUBLISHED = "dt.available"  # the day a document was published
NEWEST_FIRST = " sortBy dt.date/sort.descending"
_WORDS = re.compile(r'"([^"]*)"|(\S+)')
_ZAAK = re.compile(r"(\d{4})[zZ](\d{5})")


def quote(value: str) -> str:
    """A value as a CQL string: quotes, backslashes and control characters dropped, spaces collapsed."""
    cleaned = "".join(" " if c in '"\\' or ord(c) < 32 else c for c in value)
    return '"' + " ".join(cleaned.split()) + '"'


def publication(kinds: str = "all") -> str:
    """'answered', 'unanswered' or 'all'."""
    if kinds == "answered":
        return f"w.publicatienaam=={quote(ANSWERED)}"
    if kinds == "unanswered":
        return f"w.publicatienaam=={quote(UNANSWERED)}"
    return f"(w.publicatienaam=={quote(ANSWERED)} OR w.publicatienaam=={quote(UNANSWERED)})"


def by_ids(ids: list[str]) -> str:
    clauses = " OR ".join(f"dt.identifier=={quote(i)}" for i in ids)
    return f"{COLLECTION} AND ({clauses})"


def by_zaak(zaak: str) -> str:
    """The answer (and notices) published for the questions of one zaak."""
    return f"{COLLECTION} AND {publication('answered')} AND w.vraagnummer=={quote(zaak)}"


def published(since: date, until: date) -> str:
    """Answered sets published from `since` to `until` (both included)."""
    return (
        f"{COLLECTION} AND {publication('answered')} AND {PUBLISHED}>={quote(since.isoformat())} "
        f"AND {PUBLISHED}<={quote(until.isoformat())}"
    )


def normal_year(text: str) -> str:
    """'2023', '2023-2024', '2023/24', '2023–2024' → '2023-2024'; SourceError otherwise."""
    m = re.fullmatch(r"\s*(\d{4})(?:\s*[-/\u2013]\s*\d{2,4})?\s*", text)
    vj = vergaderjaar(m.group(1)) if m else None
    if vj is None:
        raise SourceError("online_bad_year", value=text)
    return vj


def words_of(text: str) -> list[str]:
    """The words and "quoted phrases" of a search text."""
    return [(m.group(1) if m.group(1) is not None else m.group(2)).strip() for m in _WORDS.finditer(text)]


def search(
    text: str = "",
    *,
    year: str | None = None,
    member: str | None = None,
    kinds: str = "all",
    since: date | None = None,
    until: date | None = None,
) -> str:
    """A search of the user's: every word (or phrase) in the text or the indexes, newest first."""
    parts = [COLLECTION, publication(kinds)]
    for word in words_of(text):
        zaak = _ZAAK.fullmatch(word)
        if zaak:
            parts.append(f"w.vraagnummer=={quote(zaak.group(1) + 'Z' + zaak.group(2))}")
        elif quote(word) != '""':
            parts.append(f"cql.textAndIndexes={quote(word)}")
    if year:
        parts.append(f"w.vergaderjaar=={quote(normal_year(year))}")
    if member and quote(member) != '""':
        parts.append(f"w.indiener={quote(member)}")
    if since:
        parts.append(f"{PUBLISHED}>={quote(since.isoformat())}")
    if until:
        parts.append(f"{PUBLISHED}<={quote(until.isoformat())}")
    return " AND ".join(parts) + NEWEST_FIRST
