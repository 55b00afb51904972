"""What the overview prints and exports: every tab as pages (its chart, then its table, continued on further pages
when long), the current chart as PNG and the current figures as CSV. The printer, the heading, the page numbers
and the PDF file are the printing layer's (reader.printing.pages); the charts are stats_charts.py's, drawn anew
for the page so the view on the screen is not disturbed.

    write_pdf(overview, path); write_png(section, path); write_csv(section, path)

The CSV is the library's (`Stats.to_csv()`, the columns of `kamervragen-reader stats --csv`) for the tab's grouping
and filters, so a spreadsheet made from the window and one made on the command line agree.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from reader.gui import stats_charts as charts
from reader.gui.i18n import tr
from reader.printing import pages
from reader.printing.files import atomic_output

if TYPE_CHECKING:
    from reader.gui.overview import OverviewWindow, Section

TEXT_PT = 8.5
TITLE_PT = 12.0
CHART_SHARE = 0.58  # of a section's first page, the rest for the first rows of its table
ROW_FILL = QColor("#eeeeee")  # every other row: light enough for any printer, seen in grey too


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


@dataclass(frozen=True)
class _Page:
    section: Section
    first: bool  # the section's first page: title and chart
    rows: range  # the table rows (of the sorted view) on this page


class OverviewPages:
    """Every tab of the overview as pages (a `reader.printing.pages.PageSource`)."""

    def __init__(self, overview: OverviewWindow) -> None:
        self.overview = overview
        self.sections = overview.ready_sections()
        self.title = tr("Overzicht antwoordtijden")
        self._pages: list[_Page] = []

    def _row_height(self) -> float:
        return TEXT_PT * pages.RESOLUTION / 72 * 1.9

    def _title_height(self) -> float:
        return TITLE_PT * pages.RESOLUTION / 72 * 3.2

    def page_count(self, body: QRectF) -> int:
        row = self._row_height()
        self._pages = []
        for section in self.sections:
            total = section.proxy.rowCount()
            room = body.height() - self._title_height() - body.height() * CHART_SHARE
            fit = max(0, int(room // row) - 1)  # one row for the column titles
            self._pages.append(_Page(section, True, range(min(fit, total))))
            start = min(fit, total)
            per_page = max(1, int((body.height() - self._title_height()) // row) - 1)
            while start < total:
                self._pages.append(_Page(section, False, range(start, min(total, start + per_page))))
                start += per_page
        return len(self._pages)

    def paint_page(self, painter: QPainter, index: int, body: QRectF) -> None:
        page = self._pages[index]
        section = page.section
        y = body.top()
        painter.setFont(_font(TITLE_PT, bold=True))
        heading = section.title if page.first else tr("%1 (vervolg)").replace("%1", section.title)
        if section.kind != "trend":
            heading += " — " + charts.by_text(section.grouping)
        painter.drawText(QRectF(body.left(), y, body.width(), self._title_height() / 2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, heading)  # fmt: skip
        painter.setFont(_font(TEXT_PT))
        if section.stats is not None:
            painter.drawText(QRectF(body.left(), y + self._title_height() / 2, body.width(), self._title_height() / 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                             charts.filters_text(section.stats))  # fmt: skip
        y += self._title_height()
        if page.first:
            area = QRectF(body.left(), y, body.width(), body.height() * CHART_SHARE)
            chart = section.build_chart()
            painter.save()
            charts.paint_chart(chart, painter, area, QSize(int(area.width()), int(area.height())))
            painter.restore()
            chart.chart.deleteLater()
            y = area.bottom() + self._row_height() / 2
        self._paint_table(painter, section, page.rows, QRectF(body.left(), y, body.width(), body.bottom() - y))

    def _paint_table(self, painter: QPainter, section: Section, rows: range, area: QRectF) -> None:
        model = section.proxy
        columns = model.columnCount()
        if not columns:
            return
        first_width = area.width() * 0.34
        other = (area.width() - first_width) / max(1, columns - 1)
        xs = [area.left()] + [area.left() + first_width + i * other for i in range(columns - 1)]
        widths = [first_width] + [other] * (columns - 1)
        h = self._row_height()
        pad = 4.0

        def cells(y: float, texts: list[str], bold: bool) -> None:
            painter.setFont(_font(TEXT_PT, bold))
            for c, text in enumerate(texts):
                rect = QRectF(xs[c] + pad, y, widths[c] - 2 * pad, h)
                align = Qt.AlignmentFlag.AlignLeft if c == 0 else Qt.AlignmentFlag.AlignRight
                shown = painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
                painter.drawText(rect, align | Qt.AlignmentFlag.AlignVCenter, shown)

        y = area.top()
        cells(y, [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)], True)
        painter.setPen(QPen(QColor("#202020"), 1.0))
        painter.drawLine(int(area.left()), int(y + h), int(area.right()), int(y + h))
        y += h
        for n, r in enumerate(rows):
            if n % 2:
                painter.fillRect(QRectF(area.left(), y, area.width(), h), ROW_FILL)
            cells(y, [str(model.index(r, c).data() or "") for c in range(columns)], False)
            y += h


def write_pdf(overview: OverviewWindow, path: Path) -> int:
    """Every tab as pages of a PDF; the number of pages. ExportError when it could not be written."""
    source = OverviewPages(overview)
    return pages.export_pdf(source, path, source.title, overwrite=True)


def write_png(section: Section, path: Path, size: QSize = charts.CHART_SIZE) -> None:
    """The tab's chart as a PNG of `size` pixels (the size `stats --chart` writes)."""
    from reader.printing.errors import ExportError

    if section.stats is None or section.dirty:
        section.refresh()
    chart = section.build_chart()
    image = charts.render_image(chart, size)
    chart.chart.deleteLater()
    with atomic_output(path, overwrite=True) as tmp:
        if not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]  # (the stub says bytes; PySide6 takes str)
            raise ExportError("cannot_write", path=str(path), reason="PNG")


def write_csv(section: Section, path: Path) -> None:
    """The tab's figures as the library's CSV (UTF-8)."""
    if section.stats is None or section.dirty:
        section.refresh()
    assert section.stats is not None
    with atomic_output(path, overwrite=True) as tmp:
        tmp.write_text(section.stats.to_csv(), encoding="utf-8")
