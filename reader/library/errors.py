"""Errors of the library: one clear, bilingual message each (see messages.py)."""

from __future__ import annotations

import sqlite3

from reader.core.errors import ReaderError


class LibraryError(ReaderError):
    """The library cannot do what was asked. `str()` is the message in the current language."""


class QueryError(LibraryError):
    """The user's search text cannot be understood; the message says why."""


# SQLite's primary result codes that need their own message (sqlite3 exposes them since Python 3.11)
SQLITE_PERM, SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 3, 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


def sqlite_code(exc: BaseException) -> int:
    """The primary SQLite result code of an exception (0 when it has none)."""
    return int(getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF


def is_damage(exc: BaseException) -> bool:
    """Does this error mean the file is not (or no longer) a sound SQLite database?"""
    return isinstance(exc, sqlite3.DatabaseError) and sqlite_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB)


def translate(exc: sqlite3.Error, path: object) -> LibraryError:
    """A bilingual LibraryError for an SQLite error, so no raw sqlite3 exception reaches the user."""
    code = sqlite_code(exc)
    if code == SQLITE_FULL:
        return LibraryError("disk_full", path=path)
    if code in (SQLITE_READONLY, SQLITE_PERM):
        return LibraryError("read_only", path=path)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return LibraryError("busy", path=path)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return LibraryError("damaged", path=path, reason=str(exc))
    if code == SQLITE_CANTOPEN:
        return LibraryError("cannot_open", path=path, reason=str(exc))
    return LibraryError("io_error", path=path, reason=str(exc))
