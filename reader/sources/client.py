"""HTTP for the official services: polite, robust, cached; the standard library only.

    client = Client(SourceSettings.load(), Endpoints.from_environment())
    response = client.get(url, limit=4 * 2**20, max_age=None, accept=check)   # bytes, never more than `limit`

- **Polite**: one request at a time in the whole process, and at most `settings.rate` request starts per second
  (a redirect or a retry is a request too); a User-Agent naming the program, its version and its home page.
- **Robust**: 429 and 503 are retried after their `Retry-After` (seconds or an HTTP date; a wait longer than
  two minutes is refused with a message instead), 500/502/504 and a body cut short after an exponential
  backoff, at most four attempts. No connection at all (refused, no name resolution, timed out, TLS failure)
  raises `Unreachable` at once: every later request would fail the same way, so the caller stops.
- **Safe**: only http(s) to the services' own hosts (a redirect elsewhere — a Wi-Fi login page, say — is
  refused, as is a downgrade from https to http); TLS verified with the system's certificates; the system's
  proxy settings; a body larger than `limit` is refused while it is read (or from its Content-Length).
- **Cached** (cache.py): `max_age=None` uses a stored copy whenever there is one (documents do not change);
  otherwise a copy younger than `max_age` seconds is used as is, and an older one is revalidated with
  `If-None-Match` / `If-Modified-Since`. `accept(response)` checks a body before it is cached or returned (it
  raises to refuse it), so an error page answered with status 200 is never kept. `store=False` reads the cache
  but does not write it (a document is kept in the library instead; `keep` caches one that could not be).
- **Cancellable**: a `CancelToken` is checked between chunks, during waits and before each request.
"""

from __future__ import annotations

import contextlib
import email.utils
import http.client
import math
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from reader import APP_NAME, HOMEPAGE, __version__
from reader.core.cancel import Cancelled, CancelToken
from reader.sources.cache import Cache
from reader.sources.errors import NotFound, Offline, ServiceError, Unreachable
from reader.sources.settings import Endpoints, SourceSettings

USER_AGENT = f"{APP_NAME.replace(' ', '')}/{__version__} (+{HOMEPAGE})"
ATTEMPTS = 4  # per request, retries included
BACKOFF = 1.0  # seconds before the first retry; doubled for each next one
MAX_WAIT = 120.0  # a Retry-After longer than this is not waited for
MAX_REDIRECTS = 5
CHUNK = 64 * 1024
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Response:
    url: str  # after redirects
    body: bytes
    content_type: str
    from_cache: bool = False
    headers: Mapping[str, str] = field(default_factory=dict)

    def text_head(self, size: int = 4096) -> str:
        """The start of the body as text, for recognising what it is."""
        return self.body[:size].decode("utf-8", "replace")


Accept = Callable[[Response], None]


class Gate:
    """One request at a time in the process, and a least interval between the starts of two requests."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._last_start = -math.inf

    @contextlib.contextmanager
    def turn(self, interval: float, cancel: CancelToken | None) -> Iterator[None]:
        while not self._lock.acquire(timeout=0.1):
            _check(cancel)
        try:
            # 10% to spare: the server counts arrivals, which jitter (by tens of milliseconds on a busy machine)
            _sleep(self._last_start + interval * 1.1 - time.monotonic(), cancel)
            self._last_start = time.monotonic()
            yield
        finally:
            self._lock.release()


GATE = Gate()  # shared by every client of the process


def _check(cancel: CancelToken | None) -> None:
    if cancel is not None and cancel.cancelled:
        raise Cancelled


def _sleep(seconds: float, cancel: CancelToken | None) -> None:
    """Sleep, waking every tenth of a second to see whether the work was cancelled."""
    end = time.monotonic() + seconds
    while True:
        _check(cancel)
        left = end - time.monotonic()
        if left <= 0:
            return
        time.sleep(min(left, 0.1))


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date; None if unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Redirects come back as responses: the client follows them itself, each through the gate and the checks."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _opener() -> urllib.request.OpenerDirector:
    # ProxyHandler() reads the system's proxy settings (environment, and the OS settings on macOS/Windows)
    return urllib.request.build_opener(
        urllib.request.ProxyHandler(),
        urllib.request.HTTPSHandler(context=ssl.create_default_context()),
        _NoRedirects(),
    )


class Client:
    """See the module docstring. It holds no connection; threads may share it (the gate keeps their requests
    one at a time), though its counters are then approximate."""

    def __init__(
        self,
        settings: SourceSettings | None = None,
        endpoints: Endpoints | None = None,
        cache: Cache | None = None,
        cancel: CancelToken | None = None,
        *,
        gate: Gate | None = None,
        backoff: float = BACKOFF,
        attempts: int = ATTEMPTS,
    ) -> None:
        self.settings = settings if settings is not None else SourceSettings.load()
        self.endpoints = endpoints if endpoints is not None else Endpoints.from_environment()
        self.cache = cache
        self.cancel = cancel
        self.gate = gate if gate is not None else GATE
        self.backoff = backoff
        self.attempts = max(1, attempts)
        self.requests = 0  # made over the network
        self.from_cache = 0  # answered from the cache without asking
        self._opener = _opener()

    # ---- the one entry point ---------------------------------------------------------------------------
    def get(
        self,
        url: str,
        *,
        limit: int,
        max_age: float | None = 0.0,
        accept: Accept | None = None,
        headers: Mapping[str, str] | None = None,
        store: bool = True,
    ) -> Response:
        if self.settings.offline:
            raise Offline("sources_offline")
        _check(self.cancel)
        self._check_url(url, url)
        entry = self.cache.get(url) if self.cache is not None else None
        if entry is not None and (max_age is None or entry.age() < max_age):
            cached = Response(entry.url, entry.body, entry.content_type, from_cache=True)
            try:
                if accept is not None:
                    accept(cached)
                self.from_cache += 1
                return cached
            except (NotFound, ServiceError):
                entry = None  # a stored copy that no longer passes the checks is fetched again
        extra = dict(headers or {})
        if entry is not None:
            if entry.etag:
                extra["If-None-Match"] = entry.etag
            if entry.last_modified:
                extra["If-Modified-Since"] = entry.last_modified
        status, final_url, response_headers, body = self._exchange(url, extra, limit)
        if status == 304 and entry is not None:
            assert self.cache is not None
            self.cache.confirm(entry)
            return Response(entry.url, entry.body, entry.content_type, from_cache=True)
        if status == 304:  # a 304 to a request without validators: the server is confused
            raise ServiceError("http_status", status=status, url=url)
        content_type = response_headers.get("Content-Type", "")
        response = Response(final_url, body, content_type, headers=response_headers)
        if accept is not None:
            accept(response)
        if self.cache is not None and store:
            self.cache.put(url, body, response_headers.get("ETag"), response_headers.get("Last-Modified"), content_type)
        return response

    def keep(self, url: str, response: Response) -> None:
        """Cache an answer fetched with `store=False` after all (a document that could not be stored)."""
        if self.cache is not None and not response.from_cache:
            headers = response.headers
            self.cache.put(url, response.body, headers.get("ETag"), headers.get("Last-Modified"), response.content_type)

    # ---- one exchange: retries and redirects -----------------------------------------------------------
    def _exchange(self, url: str, extra: dict[str, str], limit: int) -> tuple[int, str, dict[str, str], bytes]:
        current = url
        redirects = 0
        attempt = 0
        while True:
            attempt += 1
            try:
                status, headers, body = self._once(current, extra, limit)
            except _Truncated:
                if attempt >= self.attempts:
                    raise ServiceError("truncated", url=current) from None
                _sleep(self.backoff * 2 ** (attempt - 1), self.cancel)
                continue
            if status in (301, 302, 303, 307, 308):
                target = headers.get("Location")
                if not target or redirects >= MAX_REDIRECTS:
                    raise ServiceError("http_status", status=status, url=current)
                target = urljoin(current, target)
                self._check_url(target, url, redirect_from=current)
                current = target
                redirects += 1
                attempt = 0
                continue
            if status in RETRY_STATUS:
                if attempt >= self.attempts:
                    key = "service_busy" if status in (429, 503) else "http_status"
                    raise ServiceError(key, status=status, url=current, host=_host(current))
                wait = retry_after(headers.get("Retry-After")) if status in (429, 503) else None
                if wait is not None and wait > MAX_WAIT:
                    raise ServiceError("busy_wait", host=_host(current), seconds=math.ceil(wait))
                if wait is None:
                    wait = self.backoff * 2 ** (attempt - 1)
                _sleep(wait + 0.01, self.cancel)
                continue
            if status in (404, 410):
                raise NotFound("not_found_url", url=current)
            if status == 304 or 200 <= status < 300:
                return status, current, headers, body
            raise ServiceError("http_status", status=status, url=current)

    def _once(self, url: str, extra: dict[str, str], limit: int) -> tuple[int, dict[str, str], bytes]:
        """One request: (status, headers, body). Raises Unreachable, ServiceError, _Truncated."""
        request = urllib.request.Request(url, headers={**self.request_headers(), **extra})
        with self.gate.turn(self.settings.interval, self.cancel):
            self.requests += 1
            started = time.monotonic()
            try:
                response = self._opener.open(request, timeout=self.settings.timeout)
            except urllib.error.HTTPError as exc:  # an answer with an error status (or a redirect, a 304)
                with contextlib.closing(exc):
                    headers = {k: v for k, v in exc.headers.items()} if exc.headers else {}
                    return exc.code, headers, b""
            except urllib.error.URLError as exc:
                raise _unreachable(url, exc.reason) from exc
            except (http.client.RemoteDisconnected, ConnectionResetError) as exc:  # closed without an answer
                raise _Truncated from exc
            except (OSError, http.client.HTTPException) as exc:
                raise _unreachable(url, exc) from exc
            with contextlib.closing(response):
                headers = {k: v for k, v in response.headers.items()}
                body = self._read(response, url, headers, limit, started)
                return int(response.status), headers, body

    def _read(
        self, response: http.client.HTTPResponse, url: str, headers: dict[str, str], limit: int, started: float
    ) -> bytes:
        declared = headers.get("Content-Length")
        length = int(declared) if declared and declared.strip().isdigit() else None
        if length is not None and length > limit:
            raise ServiceError("too_large_answer", url=url, size=_mb(length), limit=_mb(limit))
        deadline = started + max(60.0, 3 * self.settings.timeout)  # a server that trickles bytes is cut off
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                _check(self.cancel)
                if time.monotonic() > deadline:
                    raise Unreachable("unreachable_timeout", host=_host(url))
                chunk = response.read(CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise ServiceError("too_large_answer", url=url, size=f"> {_mb(limit)}", limit=_mb(limit))
                chunks.append(chunk)
        except (http.client.IncompleteRead, ConnectionResetError, http.client.RemoteDisconnected) as exc:
            raise _Truncated from exc
        except TimeoutError as exc:
            raise Unreachable("unreachable_timeout", host=_host(url)) from exc
        except OSError as exc:
            raise _unreachable(url, exc) from exc
        if length is not None and size < length:
            raise _Truncated
        return b"".join(chunks)

    # ---- checks and headers ----------------------------------------------------------------------------
    def request_headers(self) -> dict[str, str]:
        return {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}

    def _check_url(self, url: str, asked: str, redirect_from: str | None = None) -> None:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if parts.scheme not in ("http", "https") or not host:
            raise ServiceError("bad_url", url=url)
        if redirect_from is not None:
            if urlsplit(redirect_from).scheme == "https" and parts.scheme != "https":
                raise ServiceError("redirected_elsewhere", url=asked, target=url)
            if host not in self.endpoints.hosts:
                raise ServiceError("redirected_elsewhere", url=asked, target=url)
        elif host not in self.endpoints.hosts:
            raise ServiceError("host_not_allowed", url=url)


class _Truncated(Exception):
    """The body ended before its announced length: retried."""


def _host(url: str) -> str:
    return urlsplit(url).netloc or url


def _mb(n: int) -> str:
    return f"{n / 2**20:.1f}".rstrip("0").rstrip(".") + " MB"


def _unreachable(url: str, reason: object) -> Unreachable:
    host = _host(url)
    if isinstance(reason, TimeoutError):
        return Unreachable("unreachable_timeout", host=host)
    if isinstance(reason, ConnectionRefusedError):
        return Unreachable("unreachable_refused", host=host)
    if isinstance(reason, socket.gaierror):
        return Unreachable("unreachable_name", host=host)
    if isinstance(reason, ssl.SSLError):
        return Unreachable("unreachable_tls", host=host, reason=str(getattr(reason, "reason", None) or reason))
    text = getattr(reason, "strerror", None) or str(reason)
    return Unreachable("unreachable", host=host, reason=text)
