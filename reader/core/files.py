"""The user's files as the importer meets them: names as the system gives them, and reading with a hard cap.

- File names are bytes on POSIX; Python hands over the bytes that are not UTF-8 as lone surrogates, which
  SQLite, JSON and a terminal cannot take. `path_text` writes such bytes as `\\xNN` (valid UTF-8 names are
  unchanged): that is how the library stores a name, and how it is shown.
- `read_regular` reads only a regular file (a symbolic link to one is fine): a named pipe, a device or a socket
  raises `NotRegular` without being opened (a pipe would block, `/dev/zero` never ends). The file is opened
  without blocking, checked again on the open descriptor (it may have been swapped since), and read with a
  hard cap: at most `cap + 1` bytes, whatever size the system reports.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path


def path_text(path: str | os.PathLike[str]) -> str:
    """A file name as valid text: bytes that are not UTF-8 written as \\xNN (see the module docstring)."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    except UnicodeError:  # surrogates that did not come from a file name
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


class NotRegular(OSError):
    """The path is not a regular file: `kind` says what it is (pipe, device, socket, folder, other)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class TooLarge(OSError):
    """The file holds more than the cap: `size` is its size when the system reported it, else None (more was
    read than the cap allows, from a file that reported less)."""

    def __init__(self, size: int | None, limit: int) -> None:
        super().__init__(size)
        self.size = size
        self.limit = limit


def file_kind(mode: int) -> str:
    """'file', 'folder', 'pipe', 'device', 'socket' or 'other' for an `st_mode`."""
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"


def kind_of(path: str | Path) -> str:
    """What `path` is, following symbolic links ('missing' when it, or what a link points to, is not there)."""
    try:
        return file_kind(os.stat(path).st_mode)
    except FileNotFoundError:
        return "missing"


_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


HEAD = 4096  # what a format is told by


def read_regular(path: str | Path, cap: int | Callable[[bytes], int]) -> bytes:
    """The bytes of the regular file at `path`; raises NotRegular, TooLarge or another OSError. `cap` may be
    a function of the file's first bytes (a PDF may be larger than a text)."""
    kind = kind_of(path)
    if kind == "missing":
        raise FileNotFoundError(2, os.strerror(2), os.fspath(path))
    if kind != "file":
        raise NotRegular(kind)  # never opened
    fd = os.open(path, _FLAGS)
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegular(file_kind(info.st_mode))
        head = fh.read(HEAD)
        limit = cap(head) if callable(cap) else cap
        if info.st_size > limit:
            raise TooLarge(info.st_size, limit)
        data = head if len(head) > limit else head + fh.read(limit + 1 - len(head))  # sizes may lie (/proc)
    if len(data) > limit:
        raise TooLarge(None, limit)
    return data
