"""Zip containers (ODT, Word) opened safely: limits checked before anything is decompressed, and enforced
while reading.

Before `zipfile` parses anything, the end-of-central-directory record is read by hand: an archive that
declares more than `MAX_ENTRIES` entries, or a central directory larger than such a count needs, is refused
without building thousands of entries. Then the declared sizes are checked (each part read at most
`MAX_PART_BYTES`, all together at most `MAX_TOTAL_BYTES`), and a part is decompressed in chunks with a
counter, so a part whose declared size lies (a zip bomb) is refused as soon as it passes the limit, never
held whole. Encrypted parts are refused; nothing is ever written to disk.
"""

from __future__ import annotations

import io
import struct
import zipfile

from reader.core import cancel
from reader.core.errors import ParseError

MAX_ENTRIES = 1_000  # a Word letter has ~30 parts, an ODT ~10
MAX_PART_BYTES = 8 * 1024 * 1024  # one XML part; a real letter's document.xml is ~100 KB
MAX_TOTAL_BYTES = 128 * 1024 * 1024  # every part together, images included, as declared
_CHUNK = 64 * 1024
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_CENTRAL_ENTRY_MIN = 46  # bytes of a central directory record without its name
_MB = 1024 * 1024


def is_zip(data: bytes) -> bool:
    """A zip archive by its first bytes (a local file header, or the record of an empty archive)."""
    return data[:4] in (b"PK\x03\x04", _EOCD)


def _declared_entries(data: bytes, name: str) -> int:
    """The number of entries the end-of-central-directory record declares (zip64 included)."""
    tail_start = max(0, len(data) - (65_535 + 22))
    pos = data.rfind(_EOCD, tail_start)
    if pos < 0 or pos + 22 > len(data):
        raise ParseError("zip_damaged", name)
    _, _, _, _, total, cd_size, _, _ = struct.unpack("<4sHHHHIIH", data[pos : pos + 22])
    if total == 0xFFFF or cd_size == 0xFFFFFFFF:  # zip64: the real figures are in the zip64 record
        loc = pos - 20
        if loc < 0 or data[loc : loc + 4] != _EOCD64_LOCATOR:
            raise ParseError("zip_damaged", name)
        (offset,) = struct.unpack("<Q", data[loc + 8 : loc + 16])
        if offset + 56 > len(data) or data[offset : offset + 4] != b"PK\x06\x06":
            raise ParseError("zip_damaged", name)
        total, cd_size = struct.unpack("<QQ", data[offset + 32 : offset + 48])
    if cd_size > (MAX_ENTRIES + 1) * (_CENTRAL_ENTRY_MIN + 1024):
        raise ParseError("zip_too_many_entries", name, count=f"> {MAX_ENTRIES}", limit=MAX_ENTRIES)
    return int(total)


class SafeZip:
    """An archive held in memory, read part by part within the limits."""

    def __init__(self, data: bytes, name: str = "") -> None:
        self.name = name
        count = _declared_entries(data, name)
        if count > MAX_ENTRIES:
            raise ParseError("zip_too_many_entries", name, count=count, limit=MAX_ENTRIES)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise ParseError("zip_damaged", name) from exc
        infos = self.zip.infolist()
        if len(infos) > MAX_ENTRIES:
            raise ParseError("zip_too_many_entries", name, count=len(infos), limit=MAX_ENTRIES)
        total = sum(i.file_size for i in infos)
        if total > MAX_TOTAL_BYTES:
            raise ParseError("zip_too_large", name, limit=MAX_TOTAL_BYTES // _MB)
        self.infos = {i.filename: i for i in infos}

    def names(self) -> list[str]:
        return list(self.infos)

    def has(self, part: str) -> bool:
        return part in self.infos

    def read(self, part: str, limit: int = MAX_PART_BYTES) -> bytes:
        """The decompressed bytes of one part; refused past `limit` whatever its header declares."""
        info = self.infos.get(part)
        if info is None:
            raise ParseError("zip_damaged", self.name)
        if info.flag_bits & 0x1:
            raise ParseError("zip_encrypted", self.name)
        if info.file_size > limit:
            raise ParseError("zip_too_large", self.name, limit=limit // _MB)
        out = bytearray()
        try:
            with self.zip.open(info) as stream:
                while True:
                    chunk = stream.read(_CHUNK)
                    if not chunk:
                        break
                    out += chunk
                    if len(out) > limit:  # the header lied: a zip bomb
                        raise ParseError("zip_too_large", self.name, limit=limit // _MB)
                    cancel.check()
        except ParseError:
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError) as exc:
            raise ParseError("zip_damaged", self.name) from exc
        return bytes(out)
