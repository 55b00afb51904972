"""Which file is the library's own, decided from the file's type and header alone (nothing is written).

A file is ours when it is an SQLite database whose header carries the program's `application_id` (store.py
writes it into a new file before anything else, outside WAL mode, so no other process ever finds a library of
ours unmarked), or an empty file (what an interrupted first start leaves; there is nothing in it to lose).
Anything else — a text file, another program's database, a folder, a named pipe or a device, also through a
symbolic link, or a link that points nowhere — raises `LibraryError("not_a_library")` (a folder:
"cannot_open"); such a file is never opened by SQLite, written or moved. A pipe is never opened at all (a
reader would block), and the header is read through a non-blocking descriptor checked again with fstat.
"""

from __future__ import annotations

import os
import stat
from enum import Enum
from pathlib import Path

from reader.core.i18n import Text
from reader.library import schema
from reader.library.errors import LibraryError

SQLITE_MAGIC = b"SQLite format 3\x00"


class Found(Enum):
    NOTHING = "nothing"  # no file, or an empty one: ours to make (or, read-only, an empty library)
    OURS = "ours"  # an SQLite database with our mark in its header
    DAMAGED = "damaged"  # ours, but SQLite cannot read it


_HEADER = 100  # an SQLite header: magic (16 bytes), …, file format at 18–19 (2: WAL), application_id at 68–71


def examine_file(path: Path) -> tuple[Found, bool]:
    """(NOTHING or OURS, whether the file is in WAL mode) by the file's type and header alone; anything that is
    not ours raises LibraryError("not_a_library") (or "cannot_open") without a byte of it being changed."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise LibraryError("not_a_library", path=path, reason=Text("reason_dangling_link")) from None
        return Found.NOTHING, False
    except OSError as exc:
        raise LibraryError("cannot_open", path=path, reason=exc.strerror or str(exc)) from exc
    if stat.S_ISDIR(info.st_mode):
        raise LibraryError("cannot_open", path=path, reason=os.strerror(21))  # EISDIR
    if not stat.S_ISREG(info.st_mode):  # a named pipe or a device: never opened, a pipe would block
        raise LibraryError("not_a_library", path=path, reason=Text("reason_not_regular"))
    if info.st_size == 0:
        return Found.NOTHING, False
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped since the stat above
                raise LibraryError("not_a_library", path=path, reason=Text("reason_not_regular"))
            head = os.read(fd, _HEADER)
        finally:
            os.close(fd)
    except OSError as exc:
        raise LibraryError("cannot_open", path=path, reason=exc.strerror or str(exc)) from exc
    if not head:
        return Found.NOTHING, False
    if head[: len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        raise LibraryError("not_a_library", path=path, reason=Text("reason_not_sqlite"))
    if len(head) < _HEADER or int.from_bytes(head[68:72], "big") != schema.APPLICATION_ID:
        raise LibraryError("not_a_library", path=path, reason=Text("reason_other_app"))
    return Found.OURS, head[18] == 2
