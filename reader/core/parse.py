"""Read any file a user has (PDF, XML, HTML, ODT, Word, copied text) into a `Document`, choosing by content.

`parse_file(path)` and `parse_bytes(data, name)` are the one entry point for the library, the GUI and the
command line. They return a Document or raise `ParseError` with a clear message; nothing else escapes.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

from reader.core.errors import ParseError
from reader.core.files import NotRegular, TooLarge, path_text, read_regular
from reader.core.i18n import Text
from reader.core.model import Document
from reader.core.safe_zip import SafeZip, is_zip

MAX_BYTES = 64 * 1024 * 1024  # a PDF with images; a real set's PDF is well under 1 MB
MAX_TEXT_BYTES = 4 * 1024 * 1024  # text, XML or HTML: a real set is under 200 KB; 4 MB is not one set


_OFFICE_SUFFIXES = (".odt", ".ott", ".docx", ".docm", ".dotx")
MB = 1024 * 1024
_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)
_XML_DECL_ENCODING = re.compile(rb"^(\s*<\?xml[^>]{0,200}?encoding\s*=\s*)([\"'])[A-Za-z0-9_.-]{1,40}\2")


def _megabytes(size: int) -> str:
    """A size in MB with one decimal, rounded up, so that a file over the limit never reads as the limit."""
    return f"{math.ceil(size * 10 / MB) / 10:.1f}".removesuffix(".0")


def _too_large(name: str, size: int | None, limit: int) -> ParseError:
    if size is None:  # read up to the cap: more than the limit, by how much is not known (nor read)
        return ParseError("too_large_unknown", name, limit=limit // MB)
    return ParseError("too_large", name, size=_megabytes(size), limit=limit // MB)


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 text (with a BOM, or UTF-16 without one: a NUL in every other byte of ASCII)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    head = data[:4096]
    if len(head) >= 8:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le"
        if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be"
    return None


def _as_utf8(data: bytes, encoding: str) -> bytes:
    """Text in a wide encoding as UTF-8, an XML declaration's encoding changed to say so."""
    text = data.decode(encoding, errors="replace").lstrip("\ufeff")
    out = text.encode("utf-8")
    return _XML_DECL_ENCODING.sub(rb"\1\2utf-8\2", out, count=1)


_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 12, 13))  # counted by detect_format


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
    # a stray NUL or control character in a text is damage, not a binary file; many of them are a binary
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and control / len(head) > 0.05:
        return "binary"
    return "text"


# control characters other than tab, line feed, form feed (a page break) and carriage return: damage
# (a pattern, not str.translate: translate looks up every character in a Python dict, 0.5 ms a document)
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 (which also covers Latin-1 text); stray control
    characters (a NUL from a damaged copy) removed. Wide encodings were turned into UTF-8 before."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return _CONTROLS.sub("", text)


def parse_bytes(data: bytes, name: str = "") -> Document:
    """Parse a document held in memory; `name` is used in messages only."""
    if len(data) > MAX_BYTES:
        raise _too_large(name, len(data), MAX_BYTES)
    wide = _wide_encoding(data)
    if wide is not None:  # UTF-16 or UTF-32 text, XML or HTML: read as the UTF-8 it says
        if len(data) > MAX_TEXT_BYTES * 4:
            raise _too_large(name, len(data), MAX_TEXT_BYTES * 4)
        data = _as_utf8(data, wide)
    if not data.strip():
        raise ParseError("empty", name)
    fmt = detect_format(data)
    if fmt != "zip" and name.lower().endswith(_OFFICE_SUFFIXES):
        raise ParseError("office_not_zip", name)  # named as an office file, but not one: damaged or misnamed
    if fmt in ("text", "xml", "html") and len(data) > MAX_TEXT_BYTES:
        raise _too_large(name, len(data), MAX_TEXT_BYTES)
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


def cap_for(head: bytes) -> int:
    """How many bytes a file may hold, by what its first bytes say it is."""
    if _wide_encoding(head):
        return MAX_TEXT_BYTES * 4  # UTF-16/32 text: up to 4 MB of UTF-8 once read
    return MAX_BYTES if detect_format(head) in ("pdf", "zip") else MAX_TEXT_BYTES


def read_capped(path: str | Path) -> bytes:
    """The bytes of the regular file at `path` (a symlink to one is fine), read up to the cap for its format;
    a device, pipe, socket or folder is refused before a byte is read (see `reader.core.files`)."""
    shown = path_text(path)
    try:
        return read_regular(path, cap_for)
    except NotRegular as exc:
        if exc.kind == "folder":
            raise ParseError("is_directory", shown) from None
        raise ParseError("not_regular", shown, what=Text(f"file_kind_{exc.kind}")) from None
    except TooLarge as exc:
        raise _too_large(shown, exc.size, exc.limit) from None
    except FileNotFoundError as exc:
        raise ParseError("not_found", shown) from exc
    except PermissionError as exc:
        raise ParseError("unreadable", shown, reason=exc.strerror or "permission denied") from exc
    except OSError as exc:
        raise ParseError("unreadable", shown, reason=exc.strerror or str(exc)) from exc


def parse_file(path: str | Path) -> Document:
    """Parse the file at `path` (read only; the file is never changed)."""
    return parse_bytes(read_capped(path), str(path))
