"""The library file: opening (with checks, migrations and recovery), storing documents, reading them back.

One SQLite file, by default `library.sqlite3` under platformdirs' user data folder; `KAMERVRAGEN_LIBRARY` or
an explicit path (the `--library` option) puts it elsewhere. WAL journal, foreign keys on, one transaction per
document: a crash or SIGKILL at any moment leaves whole documents only.

A `Library` object holds one connection and belongs to the thread that made it; another thread (an import
worker) opens its own `Library(path)` on the same file — WAL lets the GUI read while the worker writes.

Which file is ours (ownership.examine_file): an SQLite database whose header carries the program's `application_id`
(written into a new file before anything else), or an empty file (what an interrupted first start leaves; there
is nothing in it to lose). A damaged library of ours is moved aside with a timestamp (never deleted), a new one
is made and `Library.notice` says where the old file is (the GUI shows it, the command line prints it).
Anything else at the path — a text file, another program's SQLite database, a folder, a named pipe or a device,
also through a symbolic link, or a link that points nowhere — is refused with `LibraryError("not_a_library")`
and left exactly as it is: not opened by SQLite, not written, not moved.

`Library(path, read_only=True)` (the commands `search`, `info` and `stats`) never creates, moves or migrates
anything: a library that does not exist is an empty one (in memory), a damaged one is an error, one of an
older version asks to be opened once by the window, and a WAL library that no one has open is read as
immutable, so that not even SQLite's -wal and -shm companions are left behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import threading
import zlib
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core import paths
from reader.core.citations import official_url
from reader.core.files import path_text
from reader.core.i18n import Text
from reader.core.model import Document
from reader.library import schema, search, status
from reader.library.errors import (
    SQLITE_CANTOPEN,
    SQLITE_PERM,
    SQLITE_READONLY,
    LibraryError,
    is_damage,
    sqlite_code,
    translate,
)
from reader.library.fold import fold_key
from reader.library.merge import merge, prefers_new, same_content
from reader.library.ownership import Found, examine_file
from reader.library.records import (
    _PLACE_ORDER,
    AddResult,
    Citation,
    CitedBy,
    Failure,
    Notice,
    Outcome,
    Source,
    citation_edges,
)

if TYPE_CHECKING:
    from reader.library.stats import Stats

# the records live in records.py; they are named here too, where the library's users have always found them
__all__ = [
    "FILE_NAME", "AddResult", "Citation", "CitedBy", "Failure", "Library", "Notice", "Outcome",
    "Source", "content_hash", "default_path", "search_columns",
]  # fmt: skip

FILE_NAME = paths.LIBRARY_FILE
# the columns of documents written from a Document (in this order); status columns are status.py's
_DOC_COLUMNS = (
    "id", "date_key", "kind", "chamber", "vergaderjaar", "nummer", "zaak", "title", "subject", "members",
    "party_keys", "addressee", "answerer", "ingezonden", "ontvangen", "n_questions", "n_answers", "source_format",
    "content_hash", "updated", "soort",
)  # fmt: skip
_DATE_SHIFT = 24  # date_key = day ordinal << 24 | pk: unique, and ordered by date, then by pk


def default_path() -> Path:
    """$KAMERVRAGEN_LIBRARY, else library.sqlite3 in the data folder ($KAMERVRAGEN_DATA_DIR, else the user's)."""
    return paths.library_path()


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


def _pack(text: str) -> bytes:
    # level 1: twice as fast as the default level for 10% more bytes; import speed matters more here
    return zlib.compress(text.encode("utf-8"), 1)


def _unpack(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


def rewrite_search_rows(conn: sqlite3.Connection, with_tables_only: bool = True) -> int:
    """Write the search rows of stored documents again from their structure (all, or those with tables): for a
    migration whose index holds more than before. The number of documents rewritten."""
    done = 0
    # a row at a time (a large library's bodies do not all fit in memory); only the fts table is written
    rows = conn.execute("SELECT d.date_key, b.structure FROM documents d JOIN bodies b ON b.pk = d.pk")
    for date_key, blob in rows:
        text = _unpack(blob)
        if with_tables_only and '"tables":[[' not in text:
            continue
        doc = Document.from_dict(json.loads(text))
        conn.execute("DELETE FROM fts WHERE rowid = ?", (date_key,))
        conn.execute(
            "INSERT INTO fts (rowid, title, questions, answers, footnotes, members, addressee) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (date_key, *search_columns(doc)),
        )
        done += 1
    return done


def _fts_text(parts: list[str]) -> str:
    """Text for the FTS index: the snippet markers can never occur in it."""
    text = "\n\n".join(p for p in parts if p)
    if search.MARK_START in text or search.MARK_END in text:  # (a test is much faster than str.translate)
        text = text.replace(search.MARK_START, " ").replace(search.MARK_END, " ")
    return text


def _record_source(c: sqlite3.Connection, pk: int, path: str, hash_: str, fmt: str, now: str) -> None:
    """A file now holds this content: forget what it held before (another version, another document),
    so that a later import of it compares with what it holds now; it is no longer a failure."""
    c.execute("DELETE FROM sources WHERE path = ? AND (hash != ? OR doc_pk != ?)", (path, hash_, pk))
    c.execute(
        "INSERT OR IGNORE INTO sources (doc_pk, path, hash, format, added) VALUES (?, ?, ?, ?, ?)",
        (pk, path, hash_, fmt, now),
    )
    c.execute("DELETE FROM failures WHERE path = ?", (path,))


def search_columns(doc: Document) -> tuple[str, str, str, str, str, str]:
    """The texts the search index holds for a document: title, questions, answers (and a postponement
    notice's text), footnotes, members, addressee and answerer."""
    return (
        _fts_text([doc.title or doc.subject or ""]),
        _fts_text([q.text_with_tables() for q in doc.questions]),
        _fts_text([a.text_with_tables() for a in doc.answers] + [doc.mededeling or ""]),
        _fts_text([f.text for f in doc.footnotes]),
        _fts_text([m.name for m in doc.indieners]),
        _fts_text([doc.gericht_aan or "", doc.beantwoord_door or ""]),
    )


# Library files this process has open, by resolved path, with a count. Opening and closing a plain file
# descriptor on a database file drops every POSIX lock this process holds on it (SQLite's warning about
# close()), after which another process may checkpoint or reset the WAL under our feet ("disk I/O error",
# "malformed"). So the header check that reads the file directly runs only when no connection of ours is
# open to it; an open file was already checked.
_OPEN: dict[str, int] = {}
_OPEN_LOCK = threading.Lock()


class Library:
    """The documents a user has. Use as a context manager or call close()."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path).expanduser() if path is not None else default_path()
        self.notice: Notice | None = None
        self.read_only = read_only
        self.missing = False  # read-only and there is no library yet: an empty one in memory
        self._wal = False
        self._damage = ""
        self.thread = threading.get_ident()
        self._key = str(self.path.resolve())
        self._closed = False
        with _OPEN_LOCK:
            self._conn = self._open(examine=_OPEN.get(self._key, 0) == 0)
            _OPEN[self._key] = _OPEN.get(self._key, 0) + 1

    # ---- opening ---------------------------------------------------------------------------------------
    def _open(self, examine: bool = True) -> sqlite3.Connection:
        if not self.read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise LibraryError(
                    "cannot_create_folder", folder=self.path.parent, reason=exc.strerror or str(exc)
                ) from exc
        found = self._examine() if examine else Found.OURS
        if found is Found.NOTHING and self.read_only:
            return self._empty()  # a read-only look never creates a library: there is nothing in it
        if found is Found.DAMAGED:
            if self.read_only:  # nothing may be moved or made: say what is wrong instead
                raise LibraryError("damaged", path=self.path, reason=self._damage)
            self._move_aside("moved_damaged", self._damage)
        # a WAL library that no connection has open (no -wal file) is read as immutable: a read-only connection
        # would otherwise leave a -wal and a -shm file behind
        immutable = self.read_only and found is Found.OURS and self._wal and not Path(str(self.path) + "-wal").exists()
        conn = self._connect(immutable=immutable)
        try:
            self._prepare(conn)
        except sqlite3.Error as exc:
            conn.close()
            raise translate(exc, self.path) from exc
        return conn

    def _examine(self) -> Found:
        """What is at our path: nothing (or an empty file), a library of ours, or a damaged library of ours.
        Anything else raises LibraryError("not_a_library") and is left exactly as it is (see `is_ours`).

        Looks through the file's header and a read-only connection, which never checkpoints, truncates or
        deletes anything, so a damaged file that is moved aside is kept exactly as it was found."""
        verdict, self._wal = examine_file(self.path)
        if verdict is Found.NOTHING:
            return verdict
        read_only, self.read_only = self.read_only, True
        try:
            conn = self._connect(immutable=self._wal and not Path(str(self.path) + "-wal").exists())
        except sqlite3.DatabaseError as exc:
            self._damage = str(exc)
            return Found.DAMAGED
        finally:
            self.read_only = read_only
        try:
            self._inspect(conn)
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise translate(exc, self.path) from exc
            self._damage = str(exc)
            return Found.DAMAGED
        finally:
            conn.close()
        return Found.OURS

    def _empty(self) -> sqlite3.Connection:
        """An empty library in memory, for a read-only look at a library that does not exist yet."""
        conn = sqlite3.connect(":memory:", isolation_level=None)
        for migrate in schema.MIGRATIONS:
            migrate(conn)
        conn.execute(f"PRAGMA user_version = {schema.VERSION}")
        self.missing = True
        return conn

    def _connect(self, immutable: bool = False) -> sqlite3.Connection:
        """A connection (read-write, creating the file; or read-only when the library is read-only).
        Damage raises sqlite3.DatabaseError; other failures LibraryError."""
        mode = ("?mode=ro" + ("&immutable=1" if immutable else "")) if self.read_only else "?mode=rwc"
        uri = self.path.absolute().as_uri() + mode
        conn = None
        try:
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10.0)
            conn.execute("PRAGMA schema_version").fetchone()  # touches the file: fails now, not later
            return conn
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            if is_damage(exc) or not isinstance(exc, sqlite3.OperationalError):
                raise
            code = sqlite_code(exc)
            exists = self.path.is_file()
            if not self.read_only and code in (SQLITE_CANTOPEN, SQLITE_READONLY, SQLITE_PERM) and exists:
                # a library in a read-only place can still be read and searched
                self.read_only = True
                self.notice = Notice("opened_read_only", self.path)
                return self._connect()
            if self.read_only and not immutable and code == SQLITE_CANTOPEN and exists:
                # a WAL file in a read-only folder without its -shm file opens only as immutable
                return self._connect(immutable=True)
            raise translate(exc, self.path) from exc

    def _inspect(self, conn: sqlite3.Connection) -> None:
        """Check a file whose header says it is ours: a library of a newer version raises LibraryError, one
        whose schema is not ours raises LibraryError("not_a_library"), damage raises sqlite3.DatabaseError."""
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if app_id == schema.APPLICATION_ID:
            if version > schema.VERSION:
                raise LibraryError("too_new", path=self.path, found=version, known=schema.VERSION)
            if version >= 1:
                # read a little of every main table, so gross damage shows now and not mid-session
                for table in ("documents", "bodies", "counts", "citations", "sources", "fts"):
                    conn.execute(f"SELECT * FROM {table} LIMIT 1").fetchall()
            return
        if app_id == 0 and not tables:
            return  # marked in its header but not yet in its log: a library being created right now
        raise LibraryError("not_a_library", path=self.path, reason=Text("reason_other_app"))

    def _move_aside(self, key: str, reason: str) -> None:
        """Rename the file (and its -wal/-shm companions) to NAME.TAG-YYYYmmdd-HHMMSS.EXT; never delete."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        tag = "damaged"
        stem, suffix = self.path.stem, self.path.suffix
        target = self.path.with_name(f"{stem}.{tag}-{stamp}{suffix}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{stem}.{tag}-{stamp}-{n}{suffix}")
        try:
            os.replace(self.path, target)
            for extra in ("-wal", "-shm", "-journal"):
                companion = Path(str(self.path) + extra)
                if companion.exists():
                    os.replace(companion, Path(str(target) + extra))
        except OSError as exc:
            raise LibraryError("cannot_open", path=self.path, reason=exc.strerror or str(exc)) from exc
        self.notice = Notice(key, self.path, target, reason)

    def _prepare(self, conn: sqlite3.Connection) -> None:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        # up to 32 MB of page cache (allocated as used): index pages stay cached during a long import
        conn.execute("PRAGMA cache_size = -32768")
        if self.read_only:
            if conn.execute("PRAGMA user_version").fetchone()[0] < schema.VERSION:
                # a read-only look never migrates: the window (or an import) brings the file up to date
                raise LibraryError("needs_upgrade", path=self.path)
            return
        if conn.execute("PRAGMA application_id").fetchone()[0] != schema.APPLICATION_ID:
            # a new, empty file (examined above): marked as ours before anything else is written, in the main
            # file itself (not yet in WAL mode), so that no other process can ever find it unmarked
            conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode: a killed process loses nothing committed; only a power cut may lose the last
        # transactions, never consistency
        conn.execute("PRAGMA synchronous = NORMAL")
        self._migrate(conn)

    def _migrate(self, conn: sqlite3.Connection) -> None:
        while True:
            conn.execute("BEGIN IMMEDIATE")
            try:
                version = conn.execute("PRAGMA user_version").fetchone()[0]  # re-read under the write lock
                if version >= schema.VERSION:
                    conn.execute("COMMIT")
                    return
                schema.MIGRATIONS[version](conn)
                conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
                conn.execute(f"PRAGMA user_version = {version + 1}")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    # ---- plumbing --------------------------------------------------------------------------------------
    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        with contextlib.suppress(sqlite3.Error):
            self._conn.close()
        with _OPEN_LOCK:
            left = _OPEN.get(self._key, 1) - 1
            if left > 0:
                _OPEN[self._key] = left
            else:
                _OPEN.pop(self._key, None)

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The connection, for benchmarks and tests; belongs to the thread that opened the library."""
        return self._conn

    def for_this_thread(self) -> Library:
        """This library if called from its own thread, else a new connection to the same file."""
        return self if threading.get_ident() == self.thread else Library(self.path, read_only=self.read_only)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of it is stored or none of it. SQLite errors become LibraryError."""
        if self.read_only:
            raise LibraryError("read_only", path=self.path)
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:  # SQLite may already have rolled back (e.g. on a full disk)
                with contextlib.suppress(sqlite3.Error):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise translate(exc, self.path) from exc
            raise

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    # ---- storing ---------------------------------------------------------------------------------------
    def add(self, doc: Document, *, path: str | Path | None = None, content_hash: str | None = None) -> AddResult:
        """Store `doc`, or enrich the stored document with the same id (see merge.py), in one transaction.

        `path` and `content_hash` name the file it was read from (recorded in sources); without a hash the
        source text's hash is used. A document without an id is identified by that hash ("local-…")."""
        source_hash = content_hash or hashlib.sha256(doc.source_text.encode("utf-8")).hexdigest()
        now = _now()
        shown = path_text(path) if path is not None else None
        with self.transaction() as c:
            doc_id = doc.id or f"local-{source_hash[:16]}"
            row = c.execute("SELECT pk, content_hash FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                pk = c.execute("SELECT coalesce(max(pk), 0) + 1 FROM documents").fetchone()[0]
                self._write(c, pk, doc_id, doc, source_hash, now, insert=True)
                outcome, affected = Outcome.ADDED, {pk}
            else:
                pk, stored_hash = row
                stored = self._load(c, pk)
                same_file = shown is not None and (
                    c.execute(
                        "SELECT 1 FROM sources WHERE doc_pk = ? AND path = ? AND hash = ?",
                        (pk, shown, stored_hash),
                    ).fetchone()
                    is not None
                )
                new_wins = prefers_new(stored, doc, same_file=same_file)
                merged = merge(stored, doc, new_wins=new_wins)
                if same_content(merged, stored):
                    outcome, affected = Outcome.UNCHANGED, set()
                else:
                    before = status.group_of(c, [pk])
                    base_hash = source_hash if new_wins else stored_hash
                    self._write(c, pk, doc_id, merged, base_hash, now, insert=False)
                    outcome, affected = Outcome.UPDATED, before | {pk}
            if shown is not None:
                _record_source(c, pk, shown, source_hash, doc.source_format, now)
            if affected:
                status.refresh(c, affected)
        return AddResult(doc_id, outcome)

    def _write(
        self, c: sqlite3.Connection, pk: int, doc_id: str, doc: Document, hash_: str, now: str, *, insert: bool
    ) -> None:
        """All rows of one document (inside the caller's transaction)."""
        day = doc.ontvangen or doc.ingezonden
        date_key = ((day.toordinal() if day else 0) << _DATE_SHIFT) | pk
        members = json.dumps([[m.name, m.party] for m in doc.indieners], ensure_ascii=False)
        parties = sorted({fold_key(m.party) for m in doc.indieners if m.party})
        party_keys = "|" + "|".join(parties) + "|" if parties else ""
        values = (
            doc_id, date_key, str(doc.kind), doc.chamber, doc.vergaderjaar, doc.nummer, doc.zaak, doc.title,
            doc.subject, members, party_keys, doc.gericht_aan, doc.beantwoord_door,
            doc.ingezonden.isoformat() if doc.ingezonden else None,
            doc.ontvangen.isoformat() if doc.ontvangen else None,
            len(doc.questions), len(doc.answers), doc.source_format, hash_, now, str(doc.soort_or_default),
        )  # fmt: skip
        if insert:
            marks = ", ".join("?" * len(_DOC_COLUMNS))
            c.execute(
                f"INSERT INTO documents ({', '.join(_DOC_COLUMNS)}, added, status, pk) VALUES ({marks}, ?, 'open', ?)",
                (*values, now, pk),
            )
        else:
            old_key = c.execute("SELECT date_key FROM documents WHERE pk = ?", (pk,)).fetchone()[0]
            c.execute("DELETE FROM fts WHERE rowid = ?", (old_key,))
            for table in ("members", "citations", "set_keys"):
                c.execute(f"DELETE FROM {table} WHERE doc_pk = ?", (pk,))
            assignments = ", ".join(f"{column} = ?" for column in _DOC_COLUMNS)
            c.execute(f"UPDATE documents SET {assignments} WHERE pk = ?", (*values, pk))
        structure = json.dumps(doc.to_dict(), ensure_ascii=False, separators=(",", ":"))
        c.execute(
            "INSERT OR REPLACE INTO bodies (pk, structure, source) VALUES (?, ?, ?)",
            (pk, _pack(structure), _pack(doc.source_text)),
        )
        c.executemany(
            "INSERT INTO members (doc_pk, pos, name, party, party_key) VALUES (?, ?, ?, ?, ?)",
            [(pk, i, m.name, m.party, fold_key(m.party) if m.party else None) for i, m in enumerate(doc.indieners)],
        )
        c.execute("DELETE FROM set_groups WHERE doc_pk = ?", (pk,))  # its members may have changed: status.py rewrites
        c.executemany(
            "INSERT INTO citations (doc_pk, place, footnote, cited_id, pos, kind, text, label) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(pk, *edge) for edge in citation_edges(doc)],
        )
        c.executemany(
            "INSERT INTO set_keys (key, doc_pk) VALUES (?, ?)", [(k, pk) for k in sorted(status.set_keys(doc))]
        )
        c.execute(
            "INSERT INTO fts (rowid, title, questions, answers, footnotes, members, addressee) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (date_key, *search_columns(doc)),
        )

    def _load(self, c: sqlite3.Connection, pk: int) -> Document:
        structure, source = c.execute("SELECT structure, source FROM bodies WHERE pk = ?", (pk,)).fetchone()
        d = json.loads(_unpack(structure))
        d["source_text"] = _unpack(source)
        return Document.from_dict(d)

    def add_source(self, doc_id: str, path: str | Path, hash_: str, fmt: str) -> None:
        """Record another file with content already in the library (an identical copy elsewhere)."""
        with self.transaction() as c:
            row = c.execute("SELECT pk FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row:
                _record_source(c, row[0], path_text(path), hash_, fmt, _now())

    def add_failure(self, path: str | Path, key: str, message_nl: str, message_en: str, hash_: str | None) -> None:
        """Keep a file that could not be read in the failures list (replacing an older entry)."""
        with self.transaction() as c:
            c.execute(
                "INSERT OR REPLACE INTO failures (path, hash, key, message_nl, message_en, at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (path_text(path), hash_, key, message_nl, message_en, _now()),
            )

    def clear_failures(self, paths: list[str] | None = None) -> None:
        with self.transaction() as c:
            if paths is None:
                c.execute("DELETE FROM failures")
            else:
                c.executemany("DELETE FROM failures WHERE path = ?", [(path_text(p),) for p in paths])

    def remove(self, doc_id: str) -> bool:
        """Remove one document (its files are not touched); the statuses of its set are recomputed."""
        with self.transaction() as c:
            row = c.execute("SELECT pk, date_key FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                return False
            pk, key = row
            others = status.group_of(c, [pk]) - {pk}
            c.execute("DELETE FROM fts WHERE rowid = ?", (key,))
            c.execute("DELETE FROM documents WHERE pk = ?", (pk,))  # the rest cascades
            status.refresh(c, others)
        return True

    # ---- reading ---------------------------------------------------------------------------------------
    def find_content(self, path: str | Path, hash_: str) -> tuple[str, bool] | None:
        """(id of the document read from content with this hash, whether from this very path) or None."""
        rows = self._read(
            "SELECT d.id, s.path = ? FROM sources s JOIN documents d ON d.pk = s.doc_pk WHERE s.hash = ? "
            "ORDER BY s.path = ? DESC LIMIT 1",
            (path_text(path), hash_, path_text(path)),
        )
        return (rows[0][0], bool(rows[0][1])) if rows else None

    @property
    def data_version(self) -> int:
        """Changes whenever another connection (an import worker, another process) commits: a cheap way
        for a view to know it should fetch its rows again."""
        return int(self._read("PRAGMA data_version")[0][0])

    def __len__(self) -> int:
        return int(self._read("SELECT coalesce(sum(n), 0) FROM counts")[0][0])

    def __contains__(self, doc_id: object) -> bool:
        return bool(self._read("SELECT 1 FROM documents WHERE id = ?", (str(doc_id),)))

    def ids(self) -> list[str]:
        return [r[0] for r in self._read("SELECT id FROM documents ORDER BY date_key DESC")]

    def get(self, doc_id: str, today: date | None = None) -> search.Row | None:
        """The list row of one document by id (e.g. "nr. 1989" resolved to ah-tk-20182019-1989)."""
        rows = self._read(f"SELECT {search.ROW_COLUMNS} FROM documents d WHERE d.id = ?", (doc_id,))
        return search.make_row(rows[0], today or date.today()) if rows else None

    def document(self, doc_id: str) -> Document | None:
        """The stored document, rebuilt without re-parsing (source text included)."""
        rows = self._read(
            "SELECT b.structure, b.source FROM documents d JOIN bodies b ON b.pk = d.pk WHERE d.id = ?", (doc_id,)
        )
        if not rows:
            return None
        d = json.loads(_unpack(rows[0][0]))
        d["source_text"] = _unpack(rows[0][1])
        return Document.from_dict(d)

    def source_text(self, doc_id: str) -> str | None:
        rows = self._read("SELECT b.source FROM documents d JOIN bodies b ON b.pk = d.pk WHERE d.id = ?", (doc_id,))
        return _unpack(rows[0][0]) if rows else None

    def sources(self, doc_id: str) -> list[Source]:
        rows = self._read(
            "SELECT s.path, s.hash, s.format, s.added FROM sources s JOIN documents d ON d.pk = s.doc_pk "
            "WHERE d.id = ? ORDER BY s.added, s.path",
            (doc_id,),
        )
        return [Source(*r) for r in rows]

    def citations_of(self, doc_id: str, footnote: int | None = None) -> list[Citation]:
        """What a document cites (in one footnote, or all; footnote 0 = "Zie ook"), each resolved: the "Zie
        ook" pointer, `beantwoord_in`, the footnotes, then the body texts of the questions and answers."""
        sql = (
            "SELECT c.place, c.footnote, c.cited_id, c.kind, c.text, c.label, t.id IS NOT NULL, "
            "coalesce(t.title, t.subject) FROM documents d JOIN citations c ON c.doc_pk = d.pk "
            "LEFT JOIN documents t ON t.id = c.cited_id WHERE d.id = ?"
        )
        params: tuple[Any, ...] = (doc_id,)
        if footnote == 0:
            sql += " AND c.place = 'zie_ook'"
        elif footnote is not None:
            sql += " AND c.place = 'footnote' AND c.footnote = ?"
            params = (doc_id, footnote)
        rows = self._read(sql + f" ORDER BY {_PLACE_ORDER}, c.footnote, c.pos", params)
        return [
            Citation(n if where == "footnote" else 0, cid, k, t, official_url(cid), bool(inlib), title, where, label)
            for where, n, cid, k, t, label, inlib, title in rows
        ]

    def cited_by(self, doc_id: str) -> list[CitedBy]:
        """The documents that cite `doc_id` (which need not be in the library), newest first, at every place
        they cite it (footnotes, "Zie ook", the body text, `beantwoord_in`)."""
        rows = self._read(
            "SELECT d.id, c.place, c.footnote, c.label, d.kind, d.soort, coalesce(d.title, d.subject), "
            "coalesce(d.ontvangen, d.ingezonden) FROM citations c JOIN documents d ON d.pk = c.doc_pk "
            f"WHERE c.cited_id = ? ORDER BY d.date_key DESC, {_PLACE_ORDER}, c.footnote",
            (doc_id,),
        )
        return [
            CitedBy(i, n if w == "footnote" else 0, k, t, date.fromisoformat(d) if d else None, w, label, soort)
            for i, w, n, label, k, soort, t, d in rows
        ]

    def notice_of(self, doc_id: str) -> tuple[str, date | None] | None:
        """The postponement notice of the question set `doc_id` belongs to: (its id, the day it was received),
        or None. The reading pane says "Uitgesteld — mededeling ontvangen <day>" with it."""
        pk = self._read("SELECT pk FROM documents WHERE id = ?", (doc_id,))
        if not pk:
            return None
        try:
            group = status.group_of(self._conn, [pk[0][0]])
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc
        marks = ",".join("?" * len(group))
        rows = self._read(
            f"SELECT id, ontvangen FROM documents WHERE pk IN ({marks}) AND soort = 'uitstel' "
            "ORDER BY ontvangen DESC LIMIT 1",
            tuple(group),
        )
        if not rows:
            return None
        return rows[0][0], date.fromisoformat(rows[0][1]) if rows[0][1] else None

    def failures(self) -> list[Failure]:
        rows = self._read("SELECT path, key, message_nl, message_en, at FROM failures ORDER BY at DESC, path")
        return [Failure(*r) for r in rows]

    def query(self, q: search.Query | None = None, **kwargs: object) -> search.Page:
        """A page of rows and the total: `lib.query(Query(text="wolf", year="2023-2024"))` or
        `lib.query(text="wolf", limit=20)`. Raises QueryError for search text it cannot understand."""
        q = q if q is not None else search.Query(**kwargs)  # type: ignore[arg-type]
        try:
            return search.run(self._conn, q)
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    def stats(self, by: str = "ministry", q: search.Query | None = None, **kwargs: object) -> Stats:
        """Answer-time figures per group (see stats.py): `lib.stats("party", Query(year="2023-2024"))`."""
        from reader.library import stats

        q = q if q is not None else search.Query(**kwargs)  # type: ignore[arg-type]
        try:
            return stats.compute(self._conn, by, q)
        except sqlite3.Error as exc:
            raise translate(exc, self.path) from exc

    def check(self) -> list[str]:
        """Problems found by SQLite's integrity check and the library's own rules; [] when all is well."""
        problems = [r[0] for r in self._read("PRAGMA integrity_check") if r[0] != "ok"]
        if not self.read_only:
            try:  # FTS5's own check: the index matches the stored text
                self._conn.execute("INSERT INTO fts (fts, rank) VALUES ('integrity-check', 1)")
            except sqlite3.Error as exc:
                problems.append(f"search index: {exc}")
        rules = {
            "documents without body": "SELECT count(*) FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM bodies b WHERE b.pk = d.pk)",
            "documents without search entry": "SELECT count(*) FROM documents d WHERE NOT EXISTS "
            "(SELECT 1 FROM fts WHERE fts.rowid = d.date_key)",
            "search entries without document": "SELECT count(*) FROM fts WHERE rowid NOT IN "
            "(SELECT date_key FROM documents)",
            "counts out of step": "SELECT (SELECT count(*) FROM ("
            "SELECT kind, status, count(*) FROM documents GROUP BY kind, status "
            "EXCEPT SELECT kind, status, n FROM counts WHERE n != 0)) "
            "+ (SELECT count(*) FROM (SELECT kind, status, n FROM counts WHERE n != 0 "
            "EXCEPT SELECT kind, status, count(*) FROM documents GROUP BY kind, status))",
            "members out of step": "SELECT count(*) FROM documents d WHERE json_array_length(d.members) != "
            "(SELECT count(*) FROM members m WHERE m.doc_pk = d.pk)",
            "set heads without statistics rows": "SELECT count(*) FROM documents d WHERE d.head = 1 AND NOT EXISTS "
            "(SELECT 1 FROM set_groups g WHERE g.doc_pk = d.pk)",
            "statistics rows out of step": "SELECT count(*) FROM set_groups g JOIN documents d ON d.pk = g.doc_pk "
            "WHERE d.head = 0 OR g.state != d.state OR g.answer_days IS NOT d.answer_days "
            "OR g.deadline IS NOT d.deadline",
        }
        for name, sql in rules.items():
            n = self._read(sql)[0][0]
            if n:
                problems.append(f"{name}: {n}")
        fk = self._read("PRAGMA foreign_key_check")
        if fk:
            problems.append(f"foreign keys: {len(fk)} broken")
        return problems
