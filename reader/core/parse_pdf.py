"""Read the text of an official PDF with QtPdf, page by page, then structure it like copied text.

QtPdf (PDFium) gives each page's text in reading order with "\\r\\n" line ends and a line-end hyphen as
U+FFFE; `parse_text` handles both. A QGuiApplication must exist: when none does (the command line), one
is made on the offscreen platform, so no display is needed. QtPdf serialises PDFium calls internally, so
this may run in a worker thread once the application object exists.

Tables are read from where the text stands on the page (`reader.core.pdf_layout`): their rows reach the text
parser as tab-separated cells, which its table pass turns into `Table`s; the source view keeps QtPdf's text.
"""

from __future__ import annotations

import os
from typing import cast

from reader.core.errors import ParseError
from reader.core.model import Document
from reader.core.parse_text import PAGE, parse_text
from reader.core.pdf_layout import Rect, tables_into_text

_app = None  # the QGuiApplication made here, kept alive for the process


def _ensure_app() -> None:
    global _app
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["kamervragen-reader"])


def pdf_pages(data: bytes, name: str = "") -> list[str]:
    """The text of every page of a PDF held in memory."""
    return [text for text, _ in _read_pages(data, name, tables=False)]


def _read_pages(data: bytes, name: str, tables: bool) -> list[tuple[str, str]]:
    """Each page's text as QtPdf reads it, and (with `tables`) the same with the rows of tables found by
    position as tab-separated cells."""
    try:
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtPdf import QPdfDocument
    except ImportError as exc:  # QtPdf is in PySide6-Addons
        raise ParseError("pdf_unavailable", name) from exc
    _ensure_app()
    buf = QBuffer()
    buf.setData(QByteArray(data))
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buf)
    err = doc.error()
    if err == QPdfDocument.Error.IncorrectPassword:
        raise ParseError("pdf_encrypted", name)
    if err != QPdfDocument.Error.None_ or doc.status() != QPdfDocument.Status.Ready:
        raise ParseError("pdf_damaged", name)
    pages = [_page_text(doc, i, tables) for i in range(doc.pageCount())]
    doc.close()
    buf.close()
    return pages


def _page_text(doc: object, page: int, tables: bool) -> tuple[str, str]:
    from PySide6.QtCore import QPointF
    from PySide6.QtPdf import QPdfDocument

    assert isinstance(doc, QPdfDocument)
    selection = doc.getAllText(page)
    text = selection.text()
    if not tables:
        return text, text
    rects = cast("list[Rect]", [polygon.boundingRect().getRect() for polygon in selection.bounds()])

    def locate(first: int, last: int) -> tuple[int, int] | None:
        # from inside the first run to inside the last (a point on a character's box selects it)
        x0, y0, w0, h0 = rects[first]
        x1, y1, w1, h1 = rects[last]
        found = doc.getSelection(page, QPointF(x0 + min(1.0, w0 / 2), y0 + h0 / 2),
                                 QPointF(x1 + w1 - min(1.0, w1 / 2), y1 + h1 / 2))  # fmt: skip
        if not found.isValid():
            return None
        return found.startIndex(), found.endIndex()

    return text, tables_into_text(text, rects, locate)


def parse_pdf(data: bytes, name: str = "") -> Document:
    pages = _read_pages(data, name, tables=True)
    if not any(p.strip() for p, _ in pages):
        raise ParseError("pdf_no_text", name)
    doc = parse_text(PAGE.join(t for _, t in pages), name, source_format="pdf")
    # the source view shows the text as read, one page after the other, with QtPdf's line-break hyphen
    # (U+FFFE, which fonts draw as a box) as the hyphen it stands for
    doc.source_text = "\n".join(p.replace("\r\n", "\n").replace("\ufffe", "-").rstrip("\n") for p, _ in pages)
    return doc
