"""`Sources`: the official services for one task (a command, or one job of the window's worker thread).

    sources = Sources(SourceSettings.load(), cancel=token)    # endpoints from the environment
    sources.sru, sources.tk, sources.client                   # the services, sharing one polite client

It holds no connection and no thread; cancelling the token (from any thread) stops whatever it is doing at
the next chunk, wait or request, with `reader.core.cancel.Cancelled` (the operations turn that into a report
marked `cancelled`).
"""

from __future__ import annotations

from reader.core.cancel import CancelToken
from reader.sources.cache import Cache
from reader.sources.client import Client
from reader.sources.settings import Endpoints, SourceSettings
from reader.sources.sru import Sru
from reader.sources.tk import Tk


class Sources:
    def __init__(
        self,
        settings: SourceSettings | None = None,
        endpoints: Endpoints | None = None,
        *,
        cancel: CancelToken | None = None,
        cache: Cache | None = None,
        client: Client | None = None,
    ) -> None:
        if client is None:
            if cache is None:
                cache = Cache()
                cache.prune()
            client = Client(settings, endpoints, cache, cancel)
        self.client = client
        self.sru = Sru(client)
        self.tk = Tk(client)

    @property
    def settings(self) -> SourceSettings:
        return self.client.settings

    @property
    def cancel(self) -> CancelToken | None:
        return self.client.cancel
