"""Errors of the official sources: one clear, bilingual message each (catalogue section "sources").

The classes are there to be caught apart: `Unreachable` and `Offline` stop a whole command (no other request
can succeed either); `NotFound` and `ServiceError` concern one document or one request, and the others go on.
"""

from __future__ import annotations

from reader.core.errors import ReaderError


class SourceError(ReaderError):
    """Something asked of the official sources cannot be done; `str()` is the message in the current language."""


class Offline(SourceError):
    """Fetching is switched off (the `offline` setting or `--offline`): nothing was asked of any server."""


class Unreachable(SourceError):
    """No connection to a service (refused, no name resolution, timed out, no network): every request fails."""


class NotFound(SourceError):
    """The service says the document does not exist (a 404, or a 'page not found' answered with status 200)."""


class ServiceError(SourceError):
    """The service answered, but not usefully: an error status after the retries, a diagnostic, a body that is
    not what was asked for, too large or cut short, a redirect elsewhere."""
