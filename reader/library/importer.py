"""Importing files and folders into the library, with progress and cancel, safe in a worker thread.

    summary = Importer(library).run(paths, progress=callback, cancel=threading.Event())

`run` opens its own connection when called from another thread than the library's (an SQLite connection
belongs to one thread). Per file: read it (the file is never changed), hash the bytes; a file already
recorded with the same content is skipped without parsing; the same content at a new path is recorded as
another source; otherwise parse and store it (one transaction per document; see Library.add for
deduplication and enrichment). A file that cannot be read is kept in the failures table with its message.
A library error (disk full, read-only) stops the import: what was stored stays stored. Any other failure in
one file (a parser bug, a name the store cannot take) is that file's failure; the others are still imported.

Folders are searched recursively for .pdf, .xml, .html/.htm/.xhtml, .txt/.text and .md files; hidden files
and folders and a folder's README/LICENSE/CHANGELOG are skipped. A file named explicitly is always tried,
whatever its name.

What is read (files.py): regular files only. A symbolic link to a regular file is read wherever it points (it is
only read, with the same cap). A symbolic link to a folder inside a folder being searched is not followed (no
loops, no walking out of the folder the user chose); a folder named explicitly is searched even when it is a
link. A named pipe, a device or a socket with a document's extension is skipped with a line in the summary
(`ImportSummary.skipped`); named explicitly, it is a failure. A file is read with a hard cap (64 MB: the
parsers' own limits are lower for text), never trusting the size the system reports.

Cancel: the `cancel` event (the command line's Ctrl+C, the window's cancel button) is checked between files and,
through `reader.core.cancel`, inside the parse of a large document; a cancelled document is not stored.
File names are stored and shown as `files.path_text` gives them (bytes that are not UTF-8 as \\xNN).
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.cancel import Cancelled, CancelToken, cancellable
from reader.core.errors import ParseError
from reader.core.files import kind_of, path_text
from reader.core.i18n import Text, tr
from reader.core.parse import detect_format, parse_bytes, read_capped
from reader.library.errors import LibraryError
from reader.library.records import Failure, Outcome
from reader.library.store import Library, content_hash

EXTENSIONS = frozenset({".pdf", ".xml", ".html", ".htm", ".xhtml", ".txt", ".text", ".md", ".odt", ".docx"})
# a folder's own documentation is not a document
SKIPPED_NAMES = ("readme", "license", "licence", "changelog", "copying")

Progress = Callable[[int, int, str], None]  # (files done, files in all, the file just done)


@dataclass(frozen=True)
class Skipped:
    """A file a folder search found that is not a regular file (a named pipe, a device, a socket)."""

    path: str  # as files.path_text shows it
    kind: str  # pipe | device | socket | other

    def message(self, lang: str | None = None) -> str:
        return tr("skipped_special", lang=lang, path=self.path, what=Text(f"file_kind_{self.kind}"))


@dataclass
class ImportSummary:
    added: list[str] = field(default_factory=list)  # ids
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)  # special files a folder search passed over
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
            "skipped": [{"path": s.path, "kind": s.kind, "reason": s.message()} for s in self.skipped],
            "total": self.total, "cancelled": self.cancelled, "error": self.error, "seconds": self.seconds,
        }  # fmt: skip


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path]]:
    """(files to import in a stable order, each once; paths that do not exist)."""
    files, missing, _ = find_files(paths)
    return files, missing


def find_files(paths: Iterable[str | Path]) -> tuple[list[Path], list[Path], list[Skipped]]:
    """(files to import in a stable order, each once; paths that do not exist; special files a folder search
    passed over). See the module docstring for what is followed and read."""
    files: list[Path] = []
    missing: list[Path] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()

    def add(p: Path) -> None:
        key = os.path.normcase(str(p.absolute()))
        if key not in seen:
            seen.add(key)
            files.append(p.absolute())

    for raw in paths:
        p = Path(raw).expanduser()
        if p.is_dir():
            # os.walk does not descend into links to folders (followlinks=False): they stay in `dirs` unwalked
            for root, dirs, names in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if (
                        not name.startswith(".")
                        and Path(name).suffix.lower() in EXTENSIONS
                        and not name.lower().startswith(SKIPPED_NAMES)
                    ):
                        candidate = Path(root) / name
                        kind = kind_of(candidate)
                        if kind == "file":
                            add(candidate)
                        elif kind != "missing":  # (a link to nothing is passed over like a missing file)
                            skipped.append(Skipped(path_text(candidate.absolute()), kind))
        elif p.exists() or p.is_symlink():
            add(p)  # named explicitly: tried, and a special file is a failure of its own (see Importer._one)
        else:
            missing.append(p)
    return files, missing, skipped


class _EventToken(CancelToken):
    """A cancel token over the caller's threading.Event, so the parsers see the same cancel."""

    def __init__(self, event: threading.Event) -> None:
        self._event = event


def _failure(path: Path, key: str, nl: str, en: str) -> Failure:
    return Failure(path_text(path), key, nl, en, "")


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
        files, missing, summary.skipped = find_files(paths)
        for p in missing:
            shown = path_text(p)
            summary.failed.append(
                _failure(
                    p,
                    "path_not_found",
                    tr("path_not_found", lang="nl", path=shown),
                    tr("path_not_found", lang="en", path=shown),
                )
            )
        summary.total = len(files) + len(missing)
        token = _EventToken(cancel) if cancel is not None else CancelToken()
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
                    self._one(lib, path, summary, token)
                except Cancelled:
                    summary.cancelled = True
                    break
                except LibraryError as exc:
                    summary.error = str(exc)
                    break
                except Exception as exc:  # one file's trouble never stops the others
                    self._fail(lib, path, summary, "internal", None, reason=f"{type(exc).__name__}: {exc}")
                if progress:
                    progress(len(missing) + i + 1, summary.total, path_text(path))
        finally:
            if own:
                lib.close()
            summary.seconds = time.perf_counter() - started
        return summary

    def _fail(
        self, lib: Library, path: Path, summary: ImportSummary, key: str, hash_: str | None, **fields: object
    ) -> None:
        """Keep one file's failure in the library and the summary, with the message in both languages."""
        shown = path_text(path)
        nl, en = tr(key, lang="nl", path=shown, **fields), tr(key, lang="en", path=shown, **fields)
        lib.add_failure(path, key, nl, en, hash_)
        summary.failed.append(_failure(path, key, nl, en))

    def _one(self, lib: Library, path: Path, summary: ImportSummary, token: CancelToken) -> None:
        hash_: str | None = None
        shown = path_text(path)
        try:
            data = read_capped(path)
            hash_ = content_hash(data)
            found = lib.find_content(path, hash_)
            if found is not None:
                doc_id, same_path = found
                if not same_path:  # the same content elsewhere: one more source of the same document
                    lib.add_source(doc_id, path, hash_, detect_format(data))
                summary.unchanged.append(doc_id)  # this very file, already read: no parsing at all
                return
            with cancellable(token):  # a cancel now stops the parse itself, not only the next file
                doc = parse_bytes(data, shown)
        except ParseError as exc:
            nl, en = exc.message("nl"), exc.message("en")
            lib.add_failure(path, exc.key, nl, en, hash_)
            summary.failed.append(_failure(path, exc.key, nl, en))
            return
        except (Cancelled, LibraryError):
            raise
        except Exception as exc:
            # a parser bug must not stop an import of thousands of files: keep it visible instead
            self._fail(lib, path, summary, "internal", hash_, reason=f"{type(exc).__name__}: {exc}")
            return
        result = lib.add(doc, path=path, content_hash=hash_)
        {
            Outcome.ADDED: summary.added,
            Outcome.UPDATED: summary.updated,
            Outcome.UNCHANGED: summary.unchanged,
        }[result.outcome].append(result.id)
