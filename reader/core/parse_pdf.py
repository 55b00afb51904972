"""Read the text of an official PDF with QtPdf, page by page, then structure it like copied text.

QtPdf (PDFium) gives each page's text in reading order with "\\r\\n" line ends and a line-end hyphen as
U+FFFE; `parse_text` handles both. A QGuiApplication must exist: when none does (the command line), one
is made on the offscreen platform, so no display is needed. QtPdf serialises PDFium calls internally, so
this may run in a worker thread once the application object exists.
"""

from __future__ import annotations

import os

from reader.core.errors import ParseError
from reader.core.model import Document
from reader.core.parse_text import PAGE, parse_text

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
    pages = [doc.getAllText(i).text() for i in range(doc.pageCount())]
    doc.close()
    buf.close()
    return pages


def parse_pdf(data: bytes, name: str = "") -> Document:
    pages = pdf_pages(data, name)
    if not any(p.strip() for p in pages):
        raise ParseError("pdf_no_text", name)
    doc = parse_text(PAGE.join(pages), name, source_format="pdf")
    # the source view shows the text as read, one page after the other, with QtPdf's line-break hyphen
    # (U+FFFE, which fonts draw as a box) as the hyphen it stands for
    doc.source_text = "\n".join(p.replace("\r\n", "\n").replace("\ufffe", "-").rstrip("\n") for p in pages)
    return doc
