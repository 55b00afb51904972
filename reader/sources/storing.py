"""Putting what was downloaded into the library, through its public API only.

`Library.add(document, path=url, content_hash=sha256)`: the URL the bytes came from is recorded as the
document's source (shown by `info`), one transaction per document; the same bytes from the same URL are
recognised without parsing (`Library.find_content`). A download that cannot be read is recorded in the
library's failures list under its URL (`Library.add_failure`), as a file that cannot be read is.
"""

from __future__ import annotations

from reader.core.errors import ReaderError
from reader.library.store import Library, Outcome
from reader.sources.documents import Known, Obtained


def known_in(lib: Library) -> Known:
    """Ask the library whether these bytes from this URL are stored already (then nothing is parsed)."""

    def known(url: str, content_hash: str) -> str | None:
        found = lib.find_content(url, content_hash)
        return found[0] if found else None

    return known


def store(lib: Library, obtained: Obtained) -> tuple[str, Outcome]:
    """(the id stored, what happened)."""
    download = obtained.download
    if obtained.document is None:
        assert obtained.stored_id is not None
        return obtained.stored_id, Outcome.UNCHANGED
    result = lib.add(obtained.document, path=download.url, content_hash=download.hash)
    return result.id, result.outcome


def record_failure(lib: Library, url: str, error: ReaderError) -> None:
    """Keep a download that could not be read in the library's failures list, as an unreadable file is."""
    lib.add_failure(url, error.key, error.message("nl"), error.message("en"), None)
