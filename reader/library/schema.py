"""The library's SQLite schema, as ordered migrations.

`PRAGMA user_version` holds how many migrations a file has had; `store.open` runs the missing ones, each in
its own transaction, so a file is always at a whole version. Never edit a released migration: append one.

Tables (one row per document in `documents`; everything else hangs off `documents.pk` and is deleted with it):
- documents: identity, header fields and status, narrow so that listing 100,000 rows stays fast;
  `party_keys` ("|pvda|d66|") lets the index documents_filter check every filter of a search hit.
  `date_key` orders documents newest first and is also the rowid of the document's `fts` row, so that a
  search sorted by date is a plain FTS5 scan in rowid order that can stop after one page (see search.py).
- bodies: the parsed structure (`Document.to_dict()` JSON) and the source text, zlib-compressed; read only
  when one document is shown.
- sources: every file a document was read from (path + content hash); the user's files are never touched.
- members: who asked, for the party filter. citations: one edge per cited id per footnote (footnote 0 is the
  "Zie ook" pointer), indexed both ways. set_keys: keys that tie the documents of one question set together
  (see status.py). failures: files that could not be read, with their message. counts: documents per kind
  and status, kept by triggers so the total of an unfiltered list costs nothing.
- fts: FTS5 over title, questions, answers, footnotes, members and addressee; `unicode61 remove_diacritics 2`
  folds "Gabriëls" to "gabriels" and "één" to "een".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

# "KVRD" — marks a file as ours, so a database of another application is recognised at open
APPLICATION_ID = 0x4B565244

_V1 = [
    """CREATE TABLE documents (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        date_key INTEGER NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        chamber TEXT NOT NULL,
        vergaderjaar TEXT,
        nummer INTEGER,
        zaak TEXT,
        title TEXT,
        subject TEXT,
        members TEXT NOT NULL,
        party_keys TEXT NOT NULL,
        addressee TEXT,
        answerer TEXT,
        ingezonden TEXT,
        ontvangen TEXT,
        n_questions INTEGER NOT NULL,
        n_answers INTEGER NOT NULL,
        source_format TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        added TEXT NOT NULL,
        updated TEXT NOT NULL,
        status TEXT NOT NULL,
        postponed INTEGER NOT NULL DEFAULT 0,
        answer_id TEXT,
        answered_on TEXT,
        deadline TEXT
    )""",
    "CREATE INDEX documents_ingezonden ON documents(ingezonden, date_key)",
    "CREATE INDEX documents_ontvangen ON documents(ontvangen, date_key)",
    "CREATE INDEX documents_number ON documents(vergaderjaar, nummer, date_key)",
    "CREATE INDEX documents_year ON documents(vergaderjaar, date_key)",
    "CREATE INDEX documents_kind ON documents(kind, date_key)",
    "CREATE INDEX documents_status ON documents(status, date_key)",
    # every filter column by date_key: checking the filters of a search hit never reads the table row
    "CREATE INDEX documents_filter ON documents(date_key, vergaderjaar, kind, status, deadline, party_keys)",
    """CREATE TABLE bodies (
        pk INTEGER PRIMARY KEY REFERENCES documents(pk) ON DELETE CASCADE,
        structure BLOB NOT NULL,
        source BLOB NOT NULL
    )""",
    """CREATE TABLE sources (
        doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        path TEXT NOT NULL,
        hash TEXT NOT NULL,
        format TEXT NOT NULL,
        added TEXT NOT NULL,
        PRIMARY KEY (doc_pk, path, hash)
    ) WITHOUT ROWID""",
    "CREATE INDEX sources_hash ON sources(hash)",
    "CREATE INDEX sources_path ON sources(path)",
    """CREATE TABLE members (
        doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        pos INTEGER NOT NULL,
        name TEXT NOT NULL,
        party TEXT,
        party_key TEXT,
        PRIMARY KEY (doc_pk, pos)
    ) WITHOUT ROWID""",
    "CREATE INDEX members_party ON members(party_key, doc_pk)",
    """CREATE TABLE citations (
        doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        footnote INTEGER NOT NULL,
        cited_id TEXT NOT NULL,
        pos INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (doc_pk, footnote, cited_id)
    ) WITHOUT ROWID""",
    "CREATE INDEX citations_cited ON citations(cited_id, doc_pk)",
    """CREATE TABLE set_keys (
        key TEXT NOT NULL,
        doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        PRIMARY KEY (key, doc_pk)
    ) WITHOUT ROWID""",
    "CREATE INDEX set_keys_doc ON set_keys(doc_pk)",
    """CREATE TABLE failures (
        path TEXT PRIMARY KEY,
        hash TEXT,
        key TEXT NOT NULL,
        message_nl TEXT NOT NULL,
        message_en TEXT NOT NULL,
        at TEXT NOT NULL
    )""",
    """CREATE TABLE counts (
        kind TEXT NOT NULL,
        status TEXT NOT NULL,
        n INTEGER NOT NULL,
        PRIMARY KEY (kind, status)
    ) WITHOUT ROWID""",
    """CREATE TRIGGER documents_count_insert AFTER INSERT ON documents BEGIN
        INSERT INTO counts(kind, status, n) VALUES (new.kind, new.status, 1)
            ON CONFLICT(kind, status) DO UPDATE SET n = n + 1;
    END""",
    """CREATE TRIGGER documents_count_delete AFTER DELETE ON documents BEGIN
        UPDATE counts SET n = n - 1 WHERE kind = old.kind AND status = old.status;
    END""",
    """CREATE TRIGGER documents_count_update AFTER UPDATE OF kind, status ON documents
    WHEN old.kind IS NOT new.kind OR old.status IS NOT new.status BEGIN
        UPDATE counts SET n = n - 1 WHERE kind = old.kind AND status = old.status;
        INSERT INTO counts(kind, status, n) VALUES (new.kind, new.status, 1)
            ON CONFLICT(kind, status) DO UPDATE SET n = n + 1;
    END""",
    """CREATE VIRTUAL TABLE fts USING fts5(
        title, questions, answers, footnotes, members, addressee,
        tokenize = 'unicode61 remove_diacritics 2'
    )""",
    # relevance: a hit in the title or the members counts more than one in a long answer
    "INSERT INTO fts (fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 1.0, 0.5, 5.0, 2.0)')",
]


def _statements(sql: list[str]) -> Callable[[sqlite3.Connection], None]:
    def migrate(conn: sqlite3.Connection) -> None:
        for statement in sql:
            conn.execute(statement)

    return migrate


# The official sources (watch.py): the questions a reader follows, by zaak number, with what the last check
# found; and the state of the update (key-value: the last complete update, an unfinished one's progress).
_WATCH = [
    """CREATE TABLE watch_list (
        zaak TEXT PRIMARY KEY,
        doc_id TEXT,
        added TEXT NOT NULL,
        checked TEXT,
        state TEXT NOT NULL DEFAULT 'open',
        answer_id TEXT,
        changed TEXT,
        seen INTEGER NOT NULL DEFAULT 1
    ) WITHOUT ROWID""",
    """CREATE TABLE source_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID""",
]


# Migration i brings a file from user_version i to i + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _statements(_V1),
    _statements(_WATCH),
]

VERSION = len(MIGRATIONS)

# The tables a file of ours has; used to tell our (possibly old) file from another application's
OUR_TABLES = {"documents", "bodies", "sources", "citations"}
