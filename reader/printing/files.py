"""Writing an export safely: never over an existing file unless asked, never a half-written file.

`atomic_output(path, overwrite)` yields a temporary path in the target's folder; when the block finishes the
temporary file replaces the target in one `os.replace` (atomic on one file system), and when it raises, the
temporary file is removed and the target is untouched.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.printing.errors import ExportError


def check_target(path: str | Path, overwrite: bool) -> Path:
    """The target as a Path; ExportError when it exists (without overwrite), is a folder, or has no folder."""
    target = Path(path)
    if target.is_dir():
        raise ExportError("cannot_write", path=str(target), reason=_is_folder())
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


@contextmanager
def atomic_output(path: str | Path, overwrite: bool) -> Iterator[Path]:
    target = check_target(path, overwrite)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise ExportError("cannot_write", path=str(target), reason=exc.strerror or str(exc)) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if not overwrite and target.exists():  # appeared while we wrote: still never overwrite
            raise ExportError("exists", path=str(target))
        _give_mode(tmp, target)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError("cannot_write", path=str(target), reason=exc.strerror or str(exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
