"""An on-disk cache of what the services answered, so that nothing is fetched twice without need.

One entry per URL under `cache_dir()/http/`: `<key>.body` (the bytes) and `<key>.json` (the URL, the validators
`ETag` and `Last-Modified`, the content type, when it was stored, and the body's hash). Both are written to a
temporary file in the same folder and renamed into place, body first: a crash leaves either the old entry,
the new one, or a body without its record (ignored). An entry whose body does not match the recorded hash
is treated as absent.

Only validated answers are stored (a document, a search result page); an error page never is. The folder is
kept under a size limit by dropping the entries used least recently.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from reader.core import paths

MAX_BYTES = 256 * 1024 * 1024  # the whole cache


@dataclass(frozen=True)
class Entry:
    url: str
    body: bytes
    etag: str | None
    last_modified: str | None
    content_type: str
    stored: float  # time.time() when stored or last confirmed by the server

    def age(self, now: float | None = None) -> float:
        return (now if now is not None else time.time()) - self.stored


def _key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()[:40]


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class Cache:
    """The cache folder; a cache that cannot be written is silently a cache that keeps nothing."""

    def __init__(self, folder: Path | None = None, max_bytes: int = MAX_BYTES) -> None:
        self.folder = folder if folder is not None else paths.cache_dir() / "http"
        self.max_bytes = max_bytes

    def get(self, url: str) -> Entry | None:
        key = _key(url)
        try:
            meta = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            body = (self.folder / f"{key}.body").read_bytes()
        except (OSError, ValueError):
            return None
        if not isinstance(meta, dict) or meta.get("url") != url:
            return None
        if meta.get("sha256") != hashlib.sha256(body).hexdigest():
            return None
        return Entry(
            url=url,
            body=body,
            etag=meta.get("etag") or None,
            last_modified=meta.get("last_modified") or None,
            content_type=str(meta.get("content_type") or ""),
            stored=float(meta.get("stored") or 0.0),
        )

    def put(self, url: str, body: bytes, etag: str | None, last_modified: str | None, content_type: str) -> None:
        key = _key(url)
        meta = {
            "url": url, "etag": etag, "last_modified": last_modified, "content_type": content_type,
            "stored": time.time(), "sha256": hashlib.sha256(body).hexdigest(),
        }  # fmt: skip
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write_atomic(self.folder / f"{key}.body", body)
            _write_atomic(self.folder / f"{key}.json", json.dumps(meta).encode("utf-8"))
        except OSError:
            return  # a full or read-only disk: the answer is still used, just not kept

    def confirm(self, entry: Entry) -> None:
        """The server said the stored copy is still current (304): it counts as fresh from now."""
        self.put(entry.url, entry.body, entry.etag, entry.last_modified, entry.content_type)

    def prune(self) -> None:
        """Drop the least recently stored entries until the folder is under its limit."""
        try:
            entries = [e for e in os.scandir(self.folder) if e.is_file()]
            files = [(e.stat().st_mtime, e.stat().st_size, Path(e.path)) for e in entries]
        except OSError:
            return
        total = sum(size for _, size, _ in files)
        if total <= self.max_bytes:
            return
        for _, size, path in sorted(files):
            if total <= self.max_bytes * 0.8:
                break
            with contextlib.suppress(OSError):
                path.unlink()
                total -= size
