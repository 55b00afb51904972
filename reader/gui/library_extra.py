"""What the window needs from the library beyond its public API, read-only and in one place.

The filter bar offers the vergaderjaren and parties present in the library; `Library` has no call for
distinct values yet, so these read its connection directly (asked for in the GUI report; replace these
two functions when the library gains them).
"""

from __future__ import annotations

import sqlite3

from reader.library import Library


def years(library: Library) -> list[str]:
    """The vergaderjaren in the library, newest first."""
    try:
        rows = library.connection.execute(
            "SELECT DISTINCT vergaderjaar FROM documents WHERE vergaderjaar IS NOT NULL ORDER BY vergaderjaar DESC"
        ).fetchall()
    except sqlite3.Error:
        return []
    return [r[0] for r in rows]


def parties(library: Library) -> list[str]:
    """The parties of the members in the library, alphabetically (case-insensitive)."""
    try:
        rows = library.connection.execute(
            "SELECT party FROM members WHERE party IS NOT NULL GROUP BY party_key ORDER BY party_key"
        ).fetchall()
    except sqlite3.Error:
        return []
    return [r[0] for r in rows]
