"""The SQLite library of documents: store, import, search, citations both ways. Plain Python, no Qt.

    from reader.library import Library, Query, Importer, add_samples

    lib = Library()                                   # $KAMERVRAGEN_LIBRARY or the user data folder
    if lib.notice: show(lib.notice.message())         # a damaged file was moved aside, or read-only
    page = lib.query(Query(text="zwembad", status="open", limit=100, offset=0))
    page.total, page.rows[0].id, page.rows[0].overdue
    lib.get("ah-tk-20182019-1989"); lib.document(id); lib.citations_of(id); lib.cited_by(id); lib.failures()
    page.rows[0].soort, page.rows[0].answered_by          # "per-brief": answered by letter
    Importer(lib).run(paths, progress=callback, cancel=event)   # in a worker thread: own connection
    stats = lib.stats("ministry", Query(year="2023-2024"))      # answer times per group (stats.py)
    Library(path, read_only=True)                     # never creates, moves or migrates (search, info, stats)

Modules: store (the file, which file is ours, opening and recovery, storing, reading), schema (migrations),
search (listing and searching), query (the user's search text → FTS5), status (what a question set's status
is: answered, by letter, postponed, open, oral, withdrawn; its ministry and answer time), ministries (one name
per ministry), stats (answer-time figures), merge (enrichment of one document from several renderings),
files (file names and capped reading), importer, samples, cli and cli_stats (the commands), errors.
Fictional documents for tests and benchmarks are made by tests/synth.py, which is not part of the package.
"""

from typing import TYPE_CHECKING, Any

from reader.library.errors import LibraryError, QueryError
from reader.library.records import AddResult, Citation, CitedBy, Failure, Notice, Outcome, Source
from reader.library.search import Page, Query, Row
from reader.library.store import Library, default_path

if TYPE_CHECKING:
    from reader.library.importer import Importer, ImportSummary
    from reader.library.samples import add_samples
    from reader.library.stats import Group, Stats, query_for

# the importer and the samples load on first use: the window needs neither to show its first frame
_LAZY = {
    "Importer": "importer", "ImportSummary": "importer", "add_samples": "samples", "Stats": "stats",
    "Group": "stats", "query_for": "stats",
}  # fmt: skip


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
    "Group",
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
    "Stats",
    "add_samples",
    "default_path",
    "query_for",
]
