"""Read any file a user has (PDF, XML, HTML, ODT, Word, copied text) into a `Document`, choosing by content.

`parse_file(path)` and `parse_bytes(data, name)` are the one entry point for the library, the GUI and the
command line. They return a Document or raise `ParseError` with a clear message; nothing else escapes.
"""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.errors import ParseError
from reader.core.model import Document
from reader.core.safe_zip import SafeZip, is_zip

MAX_BYTES = 64 * 1024 * 1024  # a PDF with images; a real set's PDF is well under 1 MB
MAX_TEXT_BYTES = 4 * 1024 * 1024  # text, XML or HTML: a real set is under 200 KB; 4 MB is not one set


_OFFICE_SUFFIXES = (".odt", ".ott", ".docx", ".docm", ".dotx")


def detect_format(data: bytes) -> str:
    """'pdf', 'zip' (ODT or Word), 'xml', 'html', 'text' or 'binary', from the bytes alone (file names lie)."""
    head = data[:4096]
    if head.lstrip()[:5] == b"%PDF-":
        return "pdf"
    if is_zip(head):
        return "zip"
    probe = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if probe.startswith(b"<!doctype html") or probe.startswith(b"<html") or re.search(rb"<html[\s>]", probe[:1024]):
        return "html"
    if probe.startswith(b"<?xml") or probe.startswith(b"<!doctype") or probe.startswith(b"<"):
        # the older official XML has a <body> too: its own element names say it is the XML
        official = re.search(rb"<(?:al|officiele-publicatie|kamervragen|vragen|vraag|antwoord|omschr)[\s>/]", probe)
        if re.search(rb"<(?:div|body|head|p)[\s>]", probe) and not official:
            return "html"
        return "xml"
    if b"\x00" in head:
        # UTF-16 text has NULs too; accept it when it decodes to mostly letters
        for enc in ("utf-16",):
            try:
                text = data[:4096].decode(enc)
            except UnicodeDecodeError:
                continue
            if text and sum(c.isprintable() or c.isspace() for c in text) / len(text) > 0.95:
                return "text"
        return "binary"
    control = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if head and control / len(head) > 0.05:
        return "binary"
    return "text"


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 (which also covers Latin-1 text)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        try:
            return data.decode("utf-16-le")
        except UnicodeDecodeError:
            pass
    return data.decode("cp1252", errors="replace")


def parse_bytes(data: bytes, name: str = "") -> Document:
    """Parse a document held in memory; `name` is used in messages only."""
    if not data.strip():
        raise ParseError("empty", name)
    if len(data) > MAX_BYTES:
        raise ParseError("too_large", name, size=len(data) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
    fmt = detect_format(data)
    if fmt != "zip" and name.lower().endswith(_OFFICE_SUFFIXES):
        raise ParseError("office_not_zip", name)  # named as an office file, but not one: damaged or misnamed
    if fmt in ("text", "xml", "html") and len(data) > MAX_TEXT_BYTES:
        raise ParseError("too_large", name, size=len(data) // (1024 * 1024), limit=MAX_TEXT_BYTES // (1024 * 1024))
    try:
        if fmt == "pdf":
            from reader.core.parse_pdf import parse_pdf

            doc = parse_pdf(data, name)
        elif fmt == "zip":
            doc = _parse_zip(data, name)
        elif fmt == "xml":
            from reader.core.parse_xml import parse_xml

            doc = parse_xml(data, name)
        elif fmt == "html":
            from reader.core.parse_html import parse_html

            doc = parse_html(data, name)
        elif fmt == "text":
            from reader.core.parse_text import parse_text

            doc = parse_text(decode_text(data), name)
        else:
            raise ParseError("binary", name)
    except ParseError:
        raise
    except RecursionError as exc:  # pathological nesting: still one clear message
        raise ParseError("not_kamervragen", name) from exc
    return doc


def _parse_zip(data: bytes, name: str) -> Document:
    """An ODT (its `mimetype` part says so) or a Word document (`word/document.xml`); other zips are refused."""
    archive = SafeZip(data, name)
    if (
        archive.has("mimetype")
        and archive.read("mimetype", limit=256).strip() == b"application/vnd.oasis.opendocument.text"
    ):
        from reader.core.parse_odt import parse_odt

        return parse_odt(data, name, archive)
    if archive.has("word/document.xml") or archive.has("[Content_Types].xml"):
        from reader.core.parse_docx import parse_docx

        return parse_docx(data, name, archive)
    raise ParseError("zip_unknown", name)


def parse_file(path: str | Path) -> Document:
    """Parse the file at `path` (read only; the file is never changed)."""
    p = Path(path)
    name = str(path)
    try:
        if p.is_dir():
            raise ParseError("is_directory", name)
        size = p.stat().st_size
        with p.open("rb") as fh:
            head = fh.read(4096)
            limit = MAX_BYTES if detect_format(head) in ("pdf", "zip") else MAX_TEXT_BYTES
            if size > limit:
                raise ParseError("too_large", name, size=size // (1024 * 1024), limit=limit // (1024 * 1024))
            data = head + fh.read()
    except FileNotFoundError as exc:
        raise ParseError("not_found", name) from exc
    except PermissionError as exc:
        raise ParseError("unreadable", name, reason=exc.strerror or "permission denied") from exc
    except OSError as exc:
        raise ParseError("unreadable", name, reason=exc.strerror or str(exc)) from exc
    return parse_bytes(data, name)
