"""The SQLite library of documents: store, import, search, citations both ways. Plain Python, no Qt.

    from reader.library import Library, Query, Importer, add_samples

    lib = Library()                                   # $KAMERVRAGEN_LIBRARY or the user data folder
    if lib.notice: show(lib.notice.message())         # a damaged file was moved aside, or read-only
    page = lib.query(Query(text="zwembad", status="open", limit=100, offset=0))
    page.total, page.rows[0].id, page.rows[0].overdue
    lib.get("ah-tk-20182019-1989"); lib.document(id); lib.citations_of(id); lib.cited_by(id); lib.failures()
    Importer(lib).run(paths, progress=callback, cancel=event)   # in a worker thread: own connection

Modules: store (the file, opening and recovery, storing, reading), schema (migrations), search (listing and
searching), query (the user's search text → FTS5), status (answered / postponed / open / overdue), merge
(enrichment of one document from several renderings), importer, samples, cli, messages, errors, synth
(fictional documents for tests and benchmarks).
"""

from typing import TYPE_CHECKING, Any

from reader.library.errors import LibraryError, QueryError
from reader.library.search import Page, Query, Row
from reader.library.store import (
    AddResult,
    Citation,
    CitedBy,
    Failure,
    Library,
    Notice,
    Outcome,
    Source,
    default_path,
)

if TYPE_CHECKING:
    from reader.library.importer import Importer, ImportSummary
    from reader.library.samples import add_samples

# the importer and the samples load on first use: the window needs neither to show its first frame
_LAZY = {"Importer": "importer", "ImportSummary": "importer", "add_samples": "samples"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"reader.library.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'reader.library' has no attribute {name!r}")


__all__ = [
    "AddResult",
    "Citation",
    "CitedBy",
    "Failure",
    "ImportSummary",
    "Importer",
    "Library",
    "LibraryError",
    "Notice",
    "Outcome",
    "Page",
    "Query",
    "QueryError",
    "Row",
    "Source",
    "add_samples",
    "default_path",
]
