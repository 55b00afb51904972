"""Cancelling a parse in the middle of a document.

The window parses in a worker thread and the import command parses file after file; either can be asked to
stop while a large document is being read. The caller runs the parse inside `cancellable(token)`; the
parsers call `check()` between passes and every so many lines, and `check()` raises `Cancelled` once
`token.cancel()` was called (from any thread). Outside `cancellable` a check costs one context lookup.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar


class Cancelled(Exception):
    """The parse was cancelled by the user; nothing it made is kept."""


class CancelToken:
    """A flag one thread sets and another checks."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


_current: ContextVar[CancelToken | None] = ContextVar("kamervragen_cancel", default=None)


def check() -> None:
    """Raise `Cancelled` when the current parse was asked to stop."""
    token = _current.get()
    if token is not None and token.cancelled:
        raise Cancelled


@contextmanager
def cancellable(token: CancelToken) -> Iterator[CancelToken]:
    """Run the parses inside this block under `token`."""
    reset = _current.set(token)
    try:
        yield token
    finally:
        _current.reset(reset)
