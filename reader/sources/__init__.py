"""The official sources: KOOP's search service and document repository, and the Tweede Kamer's open data.
Plain Python (the standard library's HTTP), no Qt; used by the command line and the window.

    from reader.sources import Sources, SourceSettings, fetch, resolve, update, check, watch, search

    sources = Sources(SourceSettings.load(), cancel=token)         # polite client, cache, endpoints
    report = fetch(sources, library, resolve(citation).ids, progress=on_step)
    report = update(sources, library, since=None, progress=on_step) # resumable; nothing fetched twice
    watch(library, ["2024Z12345"]); report = check(sources, library, progress=on_step)
    page = search(sources, OnlineQuery(text="tozo"), library)       # results marked in_library

Every operation runs in the calling thread (a worker thread in the window: it opens its own connection to
the library there), reports progress through a callback (`progress.Step`), stops at the next chunk, wait or
request when its `CancelToken` is cancelled (the report says `cancelled`), and never leaves anything
half-written: each document is stored in one transaction, each cached answer is renamed into place.

Modules: settings (the [sources] settings, the endpoints), client (HTTP: rate, retries, redirects, limits,
cache), cache, xmlsafe, records (SRU records), cql (queries), sru, tk (the Kamer's OData), documents
(downloading one document), storing (into the library), service (`Sources`), fetching, updating, watching,
online (search), progress, errors, cli.
"""

from typing import TYPE_CHECKING, Any

from reader.sources.errors import NotFound, Offline, ServiceError, SourceError, Unreachable
from reader.sources.settings import Endpoints, SourceSettings

if TYPE_CHECKING:
    from reader.sources.fetching import FetchReport, fetch, resolve
    from reader.sources.online import OnlinePage, OnlineQuery, search
    from reader.sources.progress import Step
    from reader.sources.service import Sources
    from reader.sources.updating import UpdateReport, update
    from reader.sources.watching import WatchReport, check, watch

# the operations load on first use: importing the package for its errors or settings stays cheap
_LAZY = {
    "Sources": "service", "fetch": "fetching", "resolve": "fetching", "FetchReport": "fetching",
    "update": "updating", "UpdateReport": "updating", "check": "watching", "watch": "watching",
    "WatchReport": "watching", "search": "online", "OnlineQuery": "online", "OnlinePage": "online",
    "Step": "progress",
}  # fmt: skip


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"reader.sources.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'reader.sources' has no attribute {name!r}")


__all__ = [
    "Endpoints",
    "FetchReport",
    "NotFound",
    "Offline",
    "OnlinePage",
    "OnlineQuery",
    "ServiceError",
    "SourceError",
    "SourceSettings",
    "Sources",
    "Step",
    "Unreachable",
    "UpdateReport",
    "WatchReport",
    "check",
    "fetch",
    "resolve",
    "search",
    "update",
    "watch",
]
