"""Importing files and folders into the library, with progress and cancel, safe in a worker thread.

    summary = Importer(library).run(paths, progress=callback, cancel=threading.Event())

`run` opens its own connection when called from another thread than the library's (an SQLite connection
belongs to one thread). Per file: read it (the file is never changed), hash the bytes; a file already
recorded with the same content is skipped without parsing; the same content at a new path is recorded as
another source; otherwise parse and store it (one transaction per document; see Library.add for
deduplication and enrichment). A file that cannot be read is kept in the failures table with its message.
A library error (disk full, read-only) stops the import: what was stored stays stored.

Folders are searched recursively for .pdf, .xml, .html/.htm/.xhtml, .txt/.text and .md files; hidden files
and folders and a folder's README/LICENSE/CHANGELOG are skipped. A file named explicitly is always tried,
whatever its name.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.errors import ParseError
from reader.core.i18n import tr
from reader.core.parse import MAX_BYTES, detect_format, parse_bytes
from reader.library.errors import LibraryError
from reader.library.store import Failure, Library, Outcome, content_hash

EXTENSIONS = frozenset({".pdf", ".xml", ".html", ".htm", ".xhtml", ".txt", ".text", ".md"})
# a folder's own documentation is not a document
SKIPPED_NAMES = ("readme", "license", "licence", "changelog", "copying")

Progress = Callable[[int, int, str], None]  # (files done, files in all, the file just done)


@dataclass
class ImportSummary:
    added: list[str] = field(default_factory=list)  # ids
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    total: int = 0  # files found
    cancelled: bool = False
    error: str | None = None  # a library error that stopped the import (message in the current language)
    seconds: float = 0.0

    @property
    def done(self) -> int:
        return len(self.added) + len(self.updated) + len(self.unchanged) + len(self.failed)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled and self.error is None

    def text(self, lang: str | None = None) -> str:
        """One line: "3 toegevoegd, 1 bijgewerkt, 0 ongewijzigd, 1 mislukt"."""
        return tr(
            "summary", lang=lang, added=len(self.added), updated=len(self.updated), unchanged=len(self.unchanged),
            failed=len(self.failed),
        )  # fmt: skip

    def to_dict(self) -> dict[str, object]:
        return {
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "failed": [{"path": f.path, "error": f.message()} for f in self.failed],
            "total": self.total, "cancelled": self.cancelled, "error": self.error, "seconds": self.seconds,
        }  # fmt: skip


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """(files to import in a stable order, each once; paths that do not exist)."""
    files: list[Path] = []
    missing: list[Path] = []
    seen: set[str] = set()

    def add(p: Path) -> None:
        key = os.path.normcase(str(p.absolute()))
        if key not in seen:
            seen.add(key)
            files.append(p.absolute())

    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if (
                        not name.startswith(".")
                        and Path(name).suffix.lower() in EXTENSIONS
                        and not name.lower().startswith(SKIPPED_NAMES)
                    ):
                        add(Path(root) / name)
        elif p.exists():
            add(p)
        else:
            missing.append(p)
    return files, missing


def _failure(path: Path, key: str, nl: str, en: str) -> Failure:
    return Failure(str(path), key, nl, en, "")


class Importer:
    """Adds files and folders to a library; see the module docstring."""

    def __init__(self, library: Library | str | Path | None = None) -> None:
        self.library = library

    def run(
        self,
        paths: Iterable[str | Path],
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> ImportSummary:
        started = time.perf_counter()
        summary = ImportSummary()
        files, missing = collect(paths)
        for p in missing:
            summary.failed.append(
                _failure(
                    p,
                    "path_not_found",
                    tr("path_not_found", lang="nl", path=p),
                    tr("path_not_found", lang="en", path=p),
                )
            )
        summary.total = len(files) + len(missing)
        try:
            lib = self.library.for_this_thread() if isinstance(self.library, Library) else Library(self.library)
        except LibraryError as exc:
            summary.error = str(exc)
            return summary
        own = lib is not self.library  # a connection opened here is closed here
        try:
            if progress:
                progress(len(missing), summary.total, "")
            for i, path in enumerate(files):
                if cancel is not None and cancel.is_set():
                    summary.cancelled = True
                    break
                try:
                    self._one(lib, path, summary)
                except LibraryError as exc:
                    summary.error = str(exc)
                    break
                if progress:
                    progress(len(missing) + i + 1, summary.total, str(path))
        finally:
            if own:
                lib.close()
            summary.seconds = time.perf_counter() - started
        return summary

    def _one(self, lib: Library, path: Path, summary: ImportSummary) -> None:
        data = b""
        hash_: str | None = None
        try:
            try:
                size = path.stat().st_size
                if size > MAX_BYTES:
                    raise ParseError("too_large", str(path), size=size // 2**20, limit=MAX_BYTES // 2**20)
                data = path.read_bytes()
            except OSError as exc:
                raise ParseError("unreadable", str(path), reason=exc.strerror or str(exc)) from exc
            hash_ = content_hash(data)
            found = lib.find_content(path, hash_)
            if found is not None:
                doc_id, same_path = found
                if not same_path:  # the same content elsewhere: one more source of the same document
                    lib.add_source(doc_id, path, hash_, detect_format(data))
                summary.unchanged.append(doc_id)  # this very file, already read: no parsing at all
                return
            doc = parse_bytes(data, str(path))
        except ParseError as exc:
            nl, en = exc.message("nl"), exc.message("en")
            lib.add_failure(path, exc.key, nl, en, hash_)
            summary.failed.append(_failure(path, exc.key, nl, en))
            return
        except Exception as exc:
            # a parser bug must not stop an import of thousands of files: keep it visible instead
            reason = f"{type(exc).__name__}: {exc}"
            nl = tr("internal", lang="nl", path=path, reason=reason)
            en = tr("internal", lang="en", path=path, reason=reason)
            lib.add_failure(path, "internal", nl, en, hash_)
            summary.failed.append(_failure(path, "internal", nl, en))
            return
        result = lib.add(doc, path=path, content_hash=hash_)
        {
            Outcome.ADDED: summary.added,
            Outcome.UPDATED: summary.updated,
            Outcome.UNCHANGED: summary.unchanged,
        }[result.outcome].append(result.id)
