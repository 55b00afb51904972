"""Downloading one document: the renderings a record names, else the official site's URLs by id.

Order: the record's `itemUrl`s — XML first, then PDF (the newer `ah-NNNNNNN` sets are PDF only), then the web
page — and after them `{zoek}/{id}.xml` and `{zoek}/{id}.pdf`. A rendering that is missing, or that turns out
to be a "page not found" answered with status 200 (an HTML page where XML or a PDF was asked for, a redirect
to `Errors/404`, the old `fout404` page), is skipped and never cached; so is an XML without the questions (the
service's XML is empty for some documents): the next rendering is tried.

The bytes decide what a body is, not its Content-Type; each rendering has the parser's own size limit, and a
larger body is refused while it is read. A document that is read goes into the library (which is how it is
never fetched twice); only one that cannot be read is kept in the cache, so asking again costs no download.
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
    pending: bool = False  # a PDF left unread (see `obtain`)


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


def obtain(
    client: Client,
    doc_id: str,
    record: Record | None,
    known: Known | None = None,
    *,
    read_pdf: bool = True,
    after: str | None = None,
) -> Obtained:
    """Download and parse `doc_id`, trying each rendering in turn (those after the URL `after`, when given).
    NotFound when none exists; SourceError when some existed but none could be read; Unreachable, Offline and
    Cancelled stop at once. With `read_pdf=False` a PDF is returned unread (`pending`): a worker thread leaves
    it to the thread that owns the Qt application, which finishes it with `complete`."""
    problems: list[SourceError] = []
    tried = candidates(doc_id, record, client.endpoints.zoek)
    if after is not None:
        urls = [u for _, u in tried]
        tried = tried[urls.index(after) + 1 :] if after in urls else []
    for fmt, url in tried:
        try:
            # a document read is kept in the library, not twice: only one that cannot be read is cached
            response = client.get(url, limit=LIMITS[fmt], max_age=None, accept=check(fmt), store=False)
        except NotFound:
            continue
        except ServiceError as exc:
            problems.append(exc)
            continue
        body = response.body
        download = Download(doc_id, url, body, fmt, hashlib.sha256(body).hexdigest(), record)
        stored = known(url, download.hash) if known is not None else None
        if stored is not None:
            return Obtained(download, None, stored)
        if fmt == "pdf" and not read_pdf:
            return Obtained(download, None, pending=True)
        try:
            return Obtained(download, read(client, download))
        except SourceError as exc:
            problems.append(exc)
            client.keep(url, response)  # asked again, it is not downloaded again
    if problems:
        raise problems[0]
    raise NotFound("not_found_id", id=doc_id)


def read(client: Client, download: Download) -> Document:
    """Parse a download (cancellable); SourceError("unreadable_download") when it is not a document."""
    try:
        with cancellable(client.cancel) if client.cancel is not None else nullcontext():
            document = parse_bytes(download.data, download.url)
    except ParseError as exc:
        raise SourceError("unreadable_download", id=download.asked, reason=Text(exc.key, **exc.kwargs)) from exc
    record = download.record
    if record is not None and record.vraagnummer and not document.zaak:
        document.zaak = record.vraagnummer  # ties the answer to its questions in the library
    return document


def complete(client: Client, obtained: Obtained, known: Known | None = None) -> Obtained:
    """Read a pending download (in the calling thread); when it cannot be read, the renderings after it are
    tried, as `obtain` would have."""
    if not obtained.pending:
        return obtained
    download = obtained.download
    try:
        return Obtained(download, read(client, download))
    except SourceError as unreadable:
        client.keep(download.url, Response(download.url, download.data, "application/pdf"))
        try:
            return obtain(client, download.asked, download.record, known, after=download.url)
        except NotFound:
            raise unreadable from None
