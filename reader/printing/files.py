"""Writing an export safely: never over an existing file unless asked, never a half-written file.

`atomic_output(path, overwrite, verify)` yields a temporary path in the target's folder. When the block
finishes, the temporary file is flushed to the disk (`fsync`), checked by `verify` (the PDF opens and has its
pages, the HTML has its closing tag: a full disk or a size limit leaves a truncated file that the writer
itself may not notice), and only then replaces the target in one `os.replace` (atomic on one file system).
When anything fails, the temporary file is removed and the target is untouched. `--force` replaces only a
regular file: a named pipe or a device at the target's name is refused, never replaced.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.printing.errors import ExportError


def check_target(path: str | Path, overwrite: bool) -> Path:
    """The target as a Path; ExportError when it exists (without overwrite), is a folder, or has no folder."""
    target = Path(path)
    if target.is_dir():
        raise ExportError("cannot_write", path=str(target), reason=_is_folder())
    try:
        mode = target.stat().st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise ExportError("not_a_regular_target", path=str(target))
    if target.exists() and not overwrite:
        raise ExportError("exists", path=str(target))
    folder = target.parent
    if not folder.is_dir():
        raise ExportError("no_folder", path=str(target), folder=str(folder))
    return target


def _is_folder() -> str:
    from reader.core.i18n import language

    return "dit is een map" if language() == "nl" else "this is a folder"


def _give_mode(tmp: Path, target: Path) -> None:
    """mkstemp makes the file private (0600); an export gets the mode a normal new file would have."""
    try:
        if target.exists():
            shutil.copymode(target, tmp)
        else:
            mask = os.umask(0o022)
            os.umask(mask)
            os.chmod(tmp, 0o666 & ~mask)
    except OSError:
        pass  # the mode is a courtesy; the export itself succeeded


def _sync(path: Path) -> None:
    """Flush a file (or a folder's entries) to the disk; a failure here is a failed write."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def atomic_output(path: str | Path, overwrite: bool, verify: Callable[[Path], None] | None = None) -> Iterator[Path]:
    target = check_target(path, overwrite)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ExportError("cannot_write", path=str(target), reason=exc.strerror or str(exc)) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        _sync(tmp)
        if verify is not None:
            verify(tmp)
        if not overwrite and target.exists():  # appeared while we wrote: still never overwrite
            raise ExportError("exists", path=str(target))
        check_target(target, overwrite)  # still a regular file (or nothing) at the name
        _give_mode(tmp, target)
        os.replace(tmp, target)
        try:
            _sync(target.parent)  # the rename itself on the disk
        except OSError:
            pass  # some file systems cannot sync a folder; the file is complete either way
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError("cannot_write", path=str(target), reason=exc.strerror or str(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
