"""Downloading one document: the renderings a record names, else the official site's URLs by id.

Order: the record's `itemUrl`s — XML first, then PDF (the newer `ah-NNNNNNN` sets are PDF only), then the web
page — and after them `{zoek}/{id}.xml` and `{zoek}/{id}.pdf`. A rendering that is missing, or that turns out
to be a "page not found" answered with status 200 (an HTML page where XML or a PDF was asked for, a redirect
to `Errors/404`, the old `fout404` page), is skipped and never cached; so is an XML without the questions (the
service's XML is empty for some documents): the next rendering is tried.

The bytes decide what a body is, not its Content-Type; each rendering has the parser's own size limit, and a
larger body is refused while it is read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from urllib.parse import urlsplit

from reader.core.cancel import cancellable
from reader.core.errors import ParseError
from reader.core.i18n import Text
from reader.core.model import Document
from reader.core.parse import MAX_BYTES, MAX_TEXT_BYTES, detect_format, parse_bytes
from reader.sources.client import Client, Response
from reader.sources.errors import NotFound, ServiceError, SourceError
from reader.sources.records import Record

PREFERENCE = ("xml", "pdf", "html")
LIMITS = {"xml": MAX_TEXT_BYTES, "html": MAX_TEXT_BYTES, "pdf": MAX_BYTES}
_MISSING_PAGES = ("/errors/404", "fout404", "/404.htm", "notfound")
# what an official XML document or web page of a set has near its start
_XML_MARKS = (b"<officiele-publicatie", b"<kamervragen", b"<vragen", b"<antwoord")
_HTML_MARKS = (b"overheidop", b'class="vraag"', b'class="antwoord"', b"kamervragen", b"stuktitel")

Known = Callable[[str, str], str | None]  # (url, sha256 of the bytes) → the id stored from them, or None


@dataclass(frozen=True)
class Download:
    asked: str  # the id asked for
    url: str  # where the bytes came from
    data: bytes
    format: str  # "xml", "pdf", "html"
    hash: str  # sha256 of data
    record: Record | None


@dataclass(frozen=True)
class Obtained:
    """A downloaded document, parsed (or found already stored from these very bytes: `document` is None)."""

    download: Download
    document: Document | None
    stored_id: str | None = None  # when the bytes were stored before


def candidates(doc_id: str, record: Record | None, zoek: str) -> list[tuple[str, str]]:
    """(format, url) to try, in order, each once."""
    out: list[tuple[str, str]] = []
    if record is not None:
        for fmt in PREFERENCE:
            url = record.item_url(fmt)
            if url and urlsplit(url).scheme in ("http", "https"):
                out.append((fmt, url))
    for fmt in ("xml", "pdf"):
        out.append((fmt, f"{zoek}/{doc_id}.{fmt}"))
    seen: set[str] = set()
    return [(f, u) for f, u in out if not (u in seen or seen.add(u))]  # type: ignore[func-returns-value]


def is_missing_page(response: Response) -> bool:
    url = response.url.lower()
    return any(mark in url for mark in _MISSING_PAGES)


def check(fmt: str) -> Callable[[Response], None]:
    """The check a body of this rendering must pass before it is kept."""

    def accept(response: Response) -> None:
        if is_missing_page(response):
            raise NotFound("not_found_page", url=response.url)
        found = detect_format(response.body)
        head = response.body[:4096].lower()
        if fmt == "pdf":
            if found != "pdf":
                raise NotFound("not_found_page", url=response.url)
        elif fmt == "xml":
            if found != "xml" or not any(mark in head for mark in _XML_MARKS):
                raise NotFound("not_found_page", url=response.url)
        elif found != "html" or not any(mark in head or mark in response.body.lower() for mark in _HTML_MARKS):
            raise NotFound("not_found_page", url=response.url)

    return accept


def obtain(client: Client, doc_id: str, record: Record | None, known: Known | None = None) -> Obtained:
    """Download and parse `doc_id`, trying each rendering in turn. NotFound when none exists; SourceError
    when some existed but none could be read; Unreachable, Offline and Cancelled stop at once."""
    problems: list[SourceError] = []
    for fmt, url in candidates(doc_id, record, client.endpoints.zoek):
        try:
            response = client.get(url, limit=LIMITS[fmt], max_age=None, accept=check(fmt))
        except NotFound:
            continue
        except ServiceError as exc:
            problems.append(exc)
            continue
        download = Download(doc_id, response.url, response.body, fmt, hashlib.sha256(response.body).hexdigest(), record)
        stored = known(url, download.hash) if known is not None else None
        if stored is not None:
            return Obtained(download, None, stored)
        try:
            with cancellable(client.cancel) if client.cancel is not None else nullcontext():
                document = parse_bytes(response.body, url)
        except ParseError as exc:
            problems.append(SourceError("unreadable_download", id=doc_id, reason=Text(exc.key, **exc.kwargs)))
            continue
        if record is not None and record.vraagnummer and not document.zaak:
            document.zaak = record.vraagnummer  # ties the answer to its questions in the library
        return Obtained(download, document)
    if problems:
        raise problems[0]
    raise NotFound("not_found_id", id=doc_id)
