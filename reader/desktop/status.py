"""A status file for tests and scripts: what the running application has opened.

Only when `KAMERVRAGEN_STATUS_FILE` names a file: after the window opens documents it writes there, atomically,

    {"pid": 1234, "open_document_id": "ah-tk-20232024-878", "opened_paths": ["/abs/a.pdf", "/abs/b.pdf"],
     "title": "…", "updated": 1760000000.0}

`opened_paths` are all paths opened in this process, in order (a file forwarded by a second launch is
appended, so a test sees it arrive in the same pid). Writing never raises: a status file is not worth a crash.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable
from pathlib import Path

ENV_VAR = "KAMERVRAGEN_STATUS_FILE"


def status_file() -> Path | None:
    value = os.environ.get(ENV_VAR, "")
    return Path(value) if value else None


class StatusRecorder:
    """Keeps the paths opened so far and writes the status file on every change."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = status_file() if path is None else path
        self.opened_paths: list[str] = []
        self.open_document_id: str | None = None
        self.extra: dict[str, object] = {}

    @property
    def enabled(self) -> bool:
        return self.path is not None

    def record(self, paths: Iterable[str] = (), open_document_id: str | None = None, **extra: object) -> None:
        """Paths just opened (made absolute), the id of the document now shown, and any other facts
        (e.g. title=window title)."""
        self.opened_paths += [os.path.abspath(p) for p in paths]
        if open_document_id is not None:
            self.open_document_id = open_document_id
        self.extra.update(extra)
        self.write()

    def snapshot(self) -> dict[str, object]:
        return {
            **self.extra,
            "pid": os.getpid(),
            "open_document_id": self.open_document_id,
            "opened_paths": list(self.opened_paths),
            "updated": time.time(),
        }

    def write(self) -> bool:
        if self.path is None:
            return False
        try:
            write_json(self.path, self.snapshot())
        except (OSError, TypeError, ValueError):
            return False
        return True


def write_json(path: Path, data: dict[str, object]) -> None:
    """Write JSON so that a reader never sees half a file (a temporary file renamed over it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


_recorder: StatusRecorder | None = None


def recorder() -> StatusRecorder:
    """The process-wide recorder (reads the environment once)."""
    global _recorder
    if _recorder is None:
        _recorder = StatusRecorder()
    return _recorder


def record_opened(paths: Iterable[str] = (), open_document_id: str | None = None, **extra: object) -> None:
    """The hook for the main window: call after opening documents; does nothing without the variable."""
    rec = recorder()
    if rec.enabled:
        rec.record(paths, open_document_id, **extra)
