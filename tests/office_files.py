"""Office files for the tests, built here: fictional Word letters and ODT texts, and hostile zips."""

from __future__ import annotations

import io
import struct
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def w_paragraph(text: str, bold: bool = False, numbered: bool = False, footnote: int | None = None) -> str:
    ppr = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>' if numbered else ""
    rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    note = f'<w:r><w:rPr><w:rStyle w:val="Voetnootmarkering"/></w:rPr><w:footnoteReference w:id="{footnote}"/></w:r>'
    return f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>{note if footnote else ""}</w:p>'


def docx(
    paragraphs: list[str], footnotes: dict[int, str] | None = None, extra: dict[str, bytes] | None = None
) -> bytes:
    """A Word document: `paragraphs` are `w:p` (or `w:tbl`) elements as strings."""
    body = "".join(paragraphs)
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("word/document.xml", document)
        if footnotes:
            run = '<w:p><w:r><w:t xml:space="preserve"> {}</w:t></w:r></w:p>'
            notes = "".join(
                f'<w:footnote w:id="{n}">{run.format(escape(t))}</w:footnote>' for n, t in footnotes.items()
            )
            z.writestr(
                "word/footnotes.xml",
                f'<?xml version="1.0"?><w:footnotes xmlns:w="{W_NS}"><w:footnote w:type="separator" w:id="-1">'
                f"<w:p/></w:footnote>{notes}</w:footnotes>",
            )
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def w_table(rows: list[list[str]]) -> str:
    cells = "".join("<w:tr>" + "".join(f"<w:tc>{w_paragraph(c)}</w:tc>" for c in row) + "</w:tr>" for row in rows)
    return f"<w:tbl>{cells}</w:tbl>"


ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def odt(body: str, meta: dict[str, str] | None = None) -> bytes:
    """An ODT text: `body` is the content of `office:text`."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}><office:body><office:text>{body}'
    )
    content += "</office:text></office:body></office:document-content>"
    user = "".join(
        f'<meta:user-defined meta:name="{escape(k)}">{escape(v)}</meta:user-defined>' for k, v in (meta or {}).items()
    )
    meta_xml = (
        f'<?xml version="1.0"?><office:document-meta {ODT_NS}><office:meta>{user}</office:meta></office:document-meta>'
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", content)
        z.writestr("meta.xml", meta_xml)
    return buf.getvalue()


def zip_bomb(part: str = "word/document.xml", megabytes: int = 40) -> bytes:
    """A small archive whose one part unpacks to `megabytes` of zeros."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        with z.open(part, "w", force_zip64=False) as f:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(megabytes):
                f.write(chunk)
    return buf.getvalue()


def lying_bomb(real_megabytes: int = 40) -> bytes:
    """An archive whose central directory declares a tiny size for a part that unpacks to far more."""
    data = bytearray(zip_bomb(megabytes=real_megabytes))
    pos = 0
    while True:  # every central directory record of word/document.xml: declared size 1 KB
        pos = data.find(b"PK\x01\x02", pos)
        if pos < 0:
            break
        name_len = struct.unpack("<H", data[pos + 28 : pos + 30])[0]
        if data[pos + 46 : pos + 46 + name_len] == b"word/document.xml":
            data[pos + 24 : pos + 28] = struct.pack("<I", 1024)
        pos += 4
    return bytes(data)


def many_entries(count: int = 5000) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        for i in range(count):
            z.writestr(f"word/media/x{i}.xml", b"")
    return buf.getvalue()
