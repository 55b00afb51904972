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
- members: who asked, for the party filter. citations: one edge per cited id per place: `place` is `zie_ook`
  (the header's pointer), `beantwoord_in` (where the answer is, for a notice of an answer by letter),
  `footnote` (note `footnote`), `question` or `answer` (in the body text of the `footnote`-th question or
  answer, printed as `label`); indexed both ways. set_keys: keys that tie the documents of one question set
  together (see status.py). failures: files that could not be read, with their message. counts: documents per
  kind and status, kept by triggers so the total of an unfiltered list costs nothing.
- documents also carry what status.py decides for the document's question set (status, answer, ministry, the
  day and month the set was sent, the answer time) and whether the document is the set's `head`: the one
  document that stands for the set in the statistics (stats.py), which read the partial indexes
  documents_stats_*, and set_groups: the head's figures once per party and per member, for the statistics.
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


def _v2_soort_places_and_sets(conn: sqlite3.Connection) -> None:
    """What a document is (`soort`), where a citation stands (body text, `beantwoord_in`), and what the
    statistics need per question set (issues 11, 14, 15). Existing rows get the default soort of their kind;
    every set's status is then decided again by the rules of status.py."""
    conn.execute("ALTER TABLE documents ADD COLUMN soort TEXT NOT NULL DEFAULT ''")
    conn.execute(
        "UPDATE documents SET soort = CASE kind WHEN 'antwoord' THEN 'antwoord' WHEN 'mededeling' THEN 'uitstel' "
        "ELSE 'schriftelijk' END"
    )
    for column in (
        "answered_by TEXT",  # the soort of the document that answers the set: antwoord | per-brief | nader
        "ministry TEXT",  # the set's ministry, normalised (ministries.py)
        "sent TEXT",  # the day the set was sent in (the earliest ingezonden of its documents)
        "month TEXT",  # its month, YYYY-MM: a column of its own, so that an index can group by it
        "answer_days INTEGER",  # days from sent in to answered, when answered on a known day
        "head INTEGER NOT NULL DEFAULT 0",  # 1: the document that stands for its set in the statistics
        "state INTEGER",  # status and postponement in one small number, for the statistics (status.STATES)
    ):
        conn.execute(f"ALTER TABLE documents ADD COLUMN {column}")
    conn.execute("CREATE INDEX documents_soort ON documents(soort, date_key)")
    conn.execute("CREATE INDEX documents_ministry ON documents(ministry, date_key)")
    # The statistics (stats.py) group the set heads by ministry, vergaderjaar or month, then by state and answer
    # time: one partial index per grouping, in that order and holding every column they filter by, makes each
    # figure set one scan of one index that groups as it reads, without a sort.
    rest = "state, answer_days, deadline, soort, kind, head"
    for name, columns in (("ministry", "ministry, vergaderjaar, month"), ("year", "vergaderjaar, ministry, month"),
                          ("month", "month, ministry, vergaderjaar")):  # fmt: skip
        first, *others = columns.split(", ")
        conn.execute(
            f"CREATE INDEX documents_stats_{name} ON documents({first}, {rest}, {', '.join(others)}) WHERE head = 1"
        )
    # One row per set head and party (`kind` party) or member (`kind` member) with the head's figures, written by
    # status.py: the per-party and per-member statistics scan set_groups_stats in order instead of joining the
    # members table and sorting. `key` is the folded party or name ('' for a set without one), `name` as printed.
    conn.execute(
        """CREATE TABLE set_groups (
            doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            key TEXT NOT NULL,
            name TEXT,
            state INTEGER NOT NULL,
            answer_days INTEGER,
            deadline TEXT
        )"""
    )
    conn.execute("CREATE INDEX set_groups_stats ON set_groups(kind, key, state, answer_days, deadline, name, doc_pk)")
    conn.execute("CREATE INDEX set_groups_doc ON set_groups(doc_pk)")
    conn.execute(
        """CREATE TABLE citations_v2 (
            doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
            place TEXT NOT NULL,
            footnote INTEGER NOT NULL,
            cited_id TEXT NOT NULL,
            pos INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (doc_pk, place, footnote, cited_id)
        ) WITHOUT ROWID"""
    )
    conn.execute(
        "INSERT INTO citations_v2 (doc_pk, place, footnote, cited_id, pos, kind, text) "
        "SELECT doc_pk, CASE footnote WHEN 0 THEN 'zie_ook' ELSE 'footnote' END, footnote, cited_id, pos, kind, text "
        "FROM citations"
    )
    conn.execute("DROP TABLE citations")
    conn.execute("ALTER TABLE citations_v2 RENAME TO citations")
    conn.execute("CREATE INDEX citations_cited ON citations(cited_id, doc_pk)")
    from reader.library import status  # the rules of today decide the sets of an older file

    status.refresh(conn, [r[0] for r in conn.execute("SELECT pk FROM documents")])


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


def _v4_table_words_searched(conn: sqlite3.Connection) -> None:
    """The search index holds the words of the tables in questions and answers (as the JSON export's text
    does): the search rows of documents stored with tables are written again from their structure."""
    from reader.library.store import rewrite_search_rows  # (the store runs the migrations: loaded by then)

    rewrite_search_rows(conn)


# Migration i brings a file from user_version i to i + 1.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _statements(_V1),
    _v2_soort_places_and_sets,
    _statements(_WATCH),
    _v4_table_words_searched,
]

VERSION = len(MIGRATIONS)

# The tables a file of ours has; used to tell our (possibly old) file from another application's
OUR_TABLES = {"documents", "bodies", "sources", "citations"}
