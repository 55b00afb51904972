"""The export's error: an export that did not happen, with the reason (messages in `reader.core.catalogue`)."""

from __future__ import annotations

from reader.core.errors import ReaderError


class ExportError(ReaderError):
    """An export that did not happen; `str()` is the message in the current language."""
