"""Printing, previewing and exporting as PDF pages that a caller paints (the overview's charts and tables): the
printer, the page, the heading and the page numbers are this layer's; what is on a page is the caller's.

    class Pages(PageSource): page_count(body) -> int; paint_page(painter, index, body)
    print_pages(parent, pages, title) -> bool          Qt's print dialog, then print
    preview_pages(parent, pages, title) -> bool        Qt's print preview (which can print too)
    export_pdf(pages, path, title, overwrite=False)   -> the number of pages (atomic, the PDF verified)
    save_file_name(parent, title, filter, suffix, name) -> Path | None    a save dialog in the folder last used

Pages are A4 landscape with 12 mm margins. The painter works in the device's pixels at screen resolution
(`RESOLUTION` dots per inch: a printer and a PDF writer are set to it), so fonts in points and a chart laid out in
logical pixels come out as on the screen; the output stays vector (text and lines, not an image). `body` is the
rectangle under the heading and above the page number.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QStandardPaths, Qt
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from reader import APP_NAME
from reader.printing.errors import ExportError
from reader.printing.files import atomic_output, check_target
from reader.printing.renderer import verify_pdf
from reader.printing.settings import open_settings

RESOLUTION = 96  # dots per inch of the painter's device: the screen's logical resolution
LAST_FOLDER_KEY = "printing/last_pdf_folder"  # shared with the document's PDF export (dialogs.py)
HEADING_PT = 10.0
FOOTER_PT = 8.5


class PageSource(Protocol):
    def page_count(self, body: QRectF) -> int: ...

    def paint_page(self, painter: QPainter, index: int, body: QRectF) -> None: ...


def page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape, QMarginsF(12, 12, 12, 12),
        QPageLayout.Unit.Millimeter,
    )  # fmt: skip


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _body(page: QRectF) -> QRectF:
    """The page's rectangle less the heading line and the page number line."""
    heading = HEADING_PT * RESOLUTION / 72 * 2.2
    footer = FOOTER_PT * RESOLUTION / 72 * 2.2
    return QRectF(page.left(), page.top() + heading, page.width(), page.height() - heading - footer)


def render(device: QPagedPaintDevice, pages: PageSource, title: str, first: int = 1, last: int = 0) -> int:
    """Paint pages `first`..`last` (1-based; 0: to the end) of `pages` on `device`; the number of pages painted."""
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(
            "cannot_write",
            path=title,
            reason=QCoreApplication.translate("PrintPages", "het apparaat kon niet beginnen"),
        )
    try:
        page = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
        page.moveTo(0, 0)
        body = _body(page)
        count = max(1, pages.page_count(body))
        last = count if last <= 0 else min(last, count)
        stamp = date.today().strftime("%d-%m-%Y")
        painted = 0
        for index in range(max(1, first) - 1, last):
            if painted:
                device.newPage()
            painter.save()
            painter.setFont(_font(HEADING_PT, bold=True))
            painter.drawText(page, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
            painter.setFont(_font(HEADING_PT))
            painter.drawText(page, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, f"{APP_NAME} · {stamp}")
            painter.setFont(_font(FOOTER_PT))
            number = (
                QCoreApplication.translate("PrintPages", "pagina %1 van %2")
                .replace("%1", str(index + 1))
                .replace("%2", str(count))
            )
            painter.drawText(page, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, number)
            painter.restore()
            painter.save()
            pages.paint_page(painter, index, body)
            painter.restore()
            painted += 1
        return painted
    finally:
        painter.end()


def _printer(title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setResolution(RESOLUTION)
    printer.setPageLayout(page_layout())
    printer.setDocName(title)
    printer.setCreator(APP_NAME)
    return printer


def _warn(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("PrintPages", "Afdrukken mislukt"), text)


def print_pages(parent: QWidget | None, pages: PageSource, title: str) -> bool:
    """Qt's print dialog (a page range may be chosen), then print. False when cancelled or failed."""
    printer = _printer(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintPages", "Afdrukken — %1").replace("%1", title))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    finally:
        dialog.deleteLater()
    try:
        render(printer, pages, title, printer.fromPage() or 1, printer.toPage())
    except ExportError as exc:
        _warn(parent, str(exc))
        return False
    return True


def preview_pages(parent: QWidget | None, pages: PageSource, title: str) -> bool:
    """Qt's print preview of the pages (it can print them too)."""
    printer = _printer(title)
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(QCoreApplication.translate("PrintPages", "Afdrukvoorbeeld — %1").replace("%1", title))
    error = run_preview(preview, lambda p: render(p, pages, title))
    if error is not None:
        _warn(parent, error)
    return error is None


def run_preview(preview: QPrintPreviewDialog, paint: Callable[[QPrinter], object]) -> str | None:
    """Show Qt's preview, painting each request with `paint`; the last export error met, else None."""
    errors: list[str] = []

    def painted(p: QPrinter) -> None:
        try:
            paint(p)
        except ExportError as exc:
            errors.append(str(exc))

    preview.paintRequested.connect(painted)
    try:
        preview.exec()
    finally:
        preview.paintRequested.disconnect(painted)
        preview.deleteLater()
    return errors[-1] if errors else None


def export_pdf(pages: PageSource, path: str | Path, title: str, overwrite: bool = False) -> int:
    """Write the pages to a PDF at `path` (atomically; the PDF is opened again and its pages counted before it
    replaces anything). The number of pages; ExportError when it could not be written."""
    check_target(path, overwrite)
    count: list[int] = []

    def verify(written: Path) -> None:
        verify_pdf(written, count[0], str(path))

    with atomic_output(path, overwrite, verify) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(page_layout())
        writer.setTitle(title)
        writer.setCreator(APP_NAME)
        count.append(render(writer, pages, title))
        del writer  # the file is complete when the writer is gone
    return count[0]


def save_file_name(parent: QWidget | None, title: str, name_filter: str, suffix: str, name: str) -> Path | None:
    """A save dialog in the folder last used for an export (or Documents); the path with `suffix`, or None."""
    settings = open_settings("state")
    folder = str(settings.value(LAST_FOLDER_KEY, "") or "")
    if not folder or not Path(folder).is_dir():
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setNameFilters([name_filter])
    dialog.setDefaultSuffix(suffix)
    dialog.setDirectory(folder)
    dialog.selectFile(name)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        target = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    if target.suffix.lower() != f".{suffix}":
        target = target.with_name(f"{target.name}.{suffix}")
    settings.setValue(LAST_FOLDER_KEY, str(target.parent))
    settings.sync()
    return target
