"""The charts of answer times, drawn with Qt Charts: the overview window shows them and `kamervragen-reader stats
--chart PNG` writes them, both through the functions here, so a PNG and the window show the same chart.

    chart = answer_time_chart(stats)                 # a box per group: 10-25-50-75-90th percentile, the norm
    chart = open_chart(stats, postponed_open)        # bars per group: open, of which overdue, postponed
    chart = trend_chart(stats)                       # per month (stats by month): median and p90, the norm
    chart.picked.connect(lambda group, status: …)    # a click on a box, bar or point: that group's sets
    image = render_image(chart, QSize(1200, 750)); paint_chart(chart, painter, rect)

What a mark stands for is kept with the chart (`StatsChart.picked` gives the group and the status whose sets
the mark counts, for `stats.query_for`). Colours are chosen to survive a grey-scale print: the marks of one chart
differ in lightness (dark, middle, light) and in line style (solid, dashed, dotted), and bars carry their value.
Only the largest groups are drawn (MAX_GROUPS boxes, MAX_BAR_GROUPS groups of bars); the table beside a chart
lists them all. A group without a value (no ministry, no party) is left out of the charts (the table shows it):
its sets cannot be listed by a filter.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QBoxPlotSeries,
    QBoxSet,
    QCategoryAxis,
    QChart,
    QHorizontalBarSeries,
    QLegend,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMarginsF, QObject, QPointF, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsSimpleTextItem

from reader.core import i18n as core_i18n
from reader.gui.i18n import tr
from reader.library.ministries import MINISTRIES
from reader.library.stats import Group, Stats
from reader.library.status import NORM_DAYS

CHART_SIZE = QSize(1200, 750)  # a PNG's size when none is asked for (the command line's default too)
MAX_GROUPS = 20  # more boxes or bars than this no longer read; the table has every group
MAX_YEARS = 40  # vergaderjaren are drawn in their order, the latest this many
MAX_BAR_GROUPS = 12  # horizontal bars, three per group: with more, names and values no longer fit their rows
LABEL_PT = 10.0  # the axes' labels and the legend
TITLE_PT = 13.0

# lightness dark / middle / light (grey values about 60, 150, 225), so a grey-scale print keeps them apart
DARK = QColor("#8e1b1b")  # overdue, and the three-week norm
MIDDLE = QColor("#e08a3c")  # open
LIGHT = QColor("#cfe3f2")  # postponed
INK = QColor("#1f3b57")  # outlines, the median line
BOX = QColor("#a9cbe8")  # the boxes (light, outlined in INK)
P90 = QColor("#5b8fc7")  # the p90 line (middle, dashed)
GRID = QColor("#d8d8d8")

_ABBREVIATION = {name: abbrs[0] for name, abbrs, _ in MINISTRIES if abbrs}


def library_word(key: str) -> str:
    """A word of the library's catalogue ("stats_by_ministry", "stats_unknown") in the interface language (the
    catalogue's, not Qt's: the command line prints the same words)."""
    return core_i18n.Text(key).render()


def by_text(by: str) -> str:
    """ "per ministerie", "per partij", … in the interface language."""
    return {
        "ministry": tr("per ministerie"), "party": tr("per partij"), "member": tr("per Kamerlid"),
        "year": tr("per vergaderjaar"), "month": tr("per maand"),
    }[by]  # fmt: skip


def month_text(key: str, short: bool = False) -> str:
    """ "2024-05" → "mei 2024" (or "May 2024") in the interface language (QLocale's default)."""
    try:
        year, month = (int(part) for part in key.split("-"))
    except ValueError:
        return key
    return QLocale().toString(QDate(year, month, 1), "MMM yyyy" if short else "MMMM yyyy")


def group_name(by: str, group: Group) -> str:
    """A group's full name as a table shows it; the group without a value in the interface language."""
    if group.name is None:
        return library_word("stats_unknown")
    return month_text(group.name) if by == "month" else group.name


def group_label(by: str, group: Group) -> str:
    """A group's name on a chart's axis: a ministry by its abbreviation (SZW), a long name shortened."""
    if group.name is None:
        return library_word("stats_unknown")
    if by == "ministry":
        return _ABBREVIATION.get(group.name, group.name if len(group.name) <= 24 else group.name[:22] + "…")
    if by == "month":
        return month_text(group.name, short=True)
    return group.name if len(group.name) <= 28 else group.name[:26] + "…"


def filters_text(stats: Stats) -> str:
    """The filters the figures are over, in words ("vergaderjaar 2023-2024 · partij NVP"), or "alle vragen"."""
    q = stats.query
    parts = []
    if q.year:
        parts.append(tr("vergaderjaar %1").replace("%1", q.year))
    if q.party:
        parts.append(tr("partij %1").replace("%1", q.party))
    if q.ministry:
        parts.append(tr("ministerie %1").replace("%1", q.ministry))
    if q.member:
        parts.append(tr("lid %1").replace("%1", q.member))
    if q.soort or q.kind:
        parts.append(tr("soort %1").replace("%1", str(q.soort or q.kind)))
    if q.month:
        parts.append(month_text(q.month))
    if q.text:
        parts.append(f"“{q.text}”")
    return " · ".join(parts) if parts else tr("alle vragen in de bibliotheek")


class StatsChart(QObject):
    """A chart and what its marks stand for: a click on a mark emits `picked(group, status)` (status None: all
    the group's sets), the sets `stats.query_for(by, group, query, status)` lists."""

    picked = Signal(object, object)  # Group, status (str | None)

    def __init__(self, kind: str, by: str, stats: Stats, groups: Sequence[Group]) -> None:
        super().__init__()
        self.kind = kind  # "answer-time", "open" or "trend"
        self.by = by
        self.stats = stats
        self.groups = list(groups)  # in the order of the chart's categories
        self.chart = QChart()
        self.chart.setObjectName(f"chart_{kind}")
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setTheme(QChart.ChartTheme.ChartThemeLight)
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMarginsF(8, 8, 8, 8).toMargins())
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.empty = not self.groups
        self._empty_text: QGraphicsSimpleTextItem | None = None
        self.category_axis: QBarCategoryAxis | None = None  # the boxes' axis, whose labels follow the width
        self._labels_width = 0

    def fit_labels(self, width: int) -> None:
        """Label the boxes for a chart `width` pixels wide: one line, two lines, or upright (_category_labels)."""
        axis = self.category_axis
        if axis is None or width == self._labels_width:
            return
        self._labels_width = width
        labels, angle = _category_labels([group_label(self.by, g) for g in self.groups], width - 130)
        axis.clear()
        axis.append(labels or [""])
        axis.setLabelsAngle(angle)

    def say_empty(self, text: str) -> None:
        """Write `text` in the middle of the plot (a chart without marks), and keep it there when resized."""
        item = self._empty_text = QGraphicsSimpleTextItem(text, self.chart)
        font = QFont(self.chart.font())
        font.setPointSizeF(TITLE_PT - 1)
        item.setFont(font)
        item.setBrush(QBrush(QColor("#505050")))

        def place(area: QRectF) -> None:
            box = item.boundingRect()
            item.setPos(area.center().x() - box.width() / 2, area.center().y() - box.height() / 2)

        self.chart.plotAreaChanged.connect(place)
        self.chart.legend().hide()

    def pick(self, index: int, status: str | None) -> None:
        if 0 <= index < len(self.groups):
            self.picked.emit(self.groups[index], status)

    def set_title(self, title: str, note: str = "") -> None:
        """The title, and under it what the figures are over (HTML-escaped: names come from documents)."""
        text = f"<b>{html.escape(title)}</b><br><span style='font-size:small'>{html.escape(filters_text(self.stats))}"
        if note:
            text += f" — {html.escape(note)}"
        self.chart.setTitle(text + "</span>")


def _finish(chart: QChart) -> None:
    """Fonts, grid colour, and legend markers that show what they stand for: a filled rectangle for bars and
    boxes, the line itself (its dashes) for a line."""
    for marker in chart.legend().markers():
        line = isinstance(marker.series(), QLineSeries)
        marker.setShape(QLegend.MarkerShape.MarkerShapeFromSeries if line else QLegend.MarkerShape.MarkerShapeRectangle)
    font = QFont(chart.font())
    font.setPointSizeF(TITLE_PT)
    chart.setTitleFont(font)
    small = QFont(font)
    small.setPointSizeF(LABEL_PT)
    chart.legend().setFont(small)
    for axis in chart.axes():
        axis.setLabelsFont(small)
        title = QFont(small)
        title.setBold(True)
        axis.setTitleFont(title)
        axis.setGridLineColor(GRID)


def _pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color)
    pen.setWidthF(width)
    pen.setStyle(style)
    return pen


def _norm_line(chart: QChart, x_from: float, x_to: float, x_axis: object, y_axis: QValueAxis) -> QLineSeries:
    """The three-week norm as a dark dotted line across the chart, named in the legend."""
    line = QLineSeries()
    line.setName(tr("norm: drie weken (%1 dagen)").replace("%1", str(NORM_DAYS)))
    line.append(x_from, NORM_DAYS)
    line.append(x_to, NORM_DAYS)
    line.setPen(_pen(DARK, 2.5, Qt.PenStyle.DotLine))
    chart.addSeries(line)
    line.attachAxis(x_axis)  # type: ignore[arg-type]
    line.attachAxis(y_axis)
    return line


def _days_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setTitleText(tr("dagen tot antwoord"))
    axis.setLabelFormat("%d")
    axis.setRange(0, max(NORM_DAYS + 9, top * 1.08))
    axis.applyNiceNumbers()
    return axis


def _largest(groups: Sequence[Group], size: str, by: str, most: int = MAX_GROUPS) -> list[Group]:
    """The `most` named groups largest by `size` (an attribute of Group), in the order they came in; of
    vergaderjaren the latest MAX_YEARS (or `most`, when fewer)."""
    named = [g for g in groups if g.key is not None and getattr(g, size) > 0]
    if by == "year":
        return named[-min(most, MAX_YEARS) :]
    if len(named) <= most:
        return named
    keep = {id(g) for g in sorted(named, key=lambda g: -getattr(g, size))[:most]}
    return [g for g in named if id(g) in keep]


def _category_labels(names: Sequence[str], width: float) -> tuple[list[str], int]:
    """Labels under the boxes as the axis draws them (rich text: escaped): on one line when they fit, else on two
    (broken at the space nearest the middle), else turned upright (-90°) when even two lines would not fit."""
    font = QFont()
    font.setPointSizeF(LABEL_PT)
    metrics = QFontMetricsF(font)
    room = width / max(1, len(names)) * 0.72  # (the axis elides well before a label meets the next)

    def fits(text: str) -> bool:
        return metrics.horizontalAdvance(text) <= room

    lines = []
    for name in names:
        if fits(name) or " " not in name:
            lines.append([name])
            continue
        middle = len(name) / 2
        cut = min((i for i, c in enumerate(name) if c == " "), key=lambda i: abs(i - middle))
        lines.append([name[:cut], name[cut + 1 :]])
    if not all(fits(part) for parts in lines for part in parts):
        return [html.escape(name) for name in names], -90
    return ["<br>".join(html.escape(part) for part in parts) for parts in lines], 0


def _shown_note(total: int, shown: int) -> str:
    if shown >= total:
        return ""
    return tr("de %1 grootste van %2 groepen").replace("%1", str(shown)).replace("%2", str(total))


# ---- answer time: a box per group ------------------------------------------------------------------------------
def answer_time_chart(stats: Stats) -> StatsChart:
    """A box per group over its answer times: the box from the 25th to the 75th percentile, the median across it,
    whiskers at the 10th and 90th; the three-week norm as a line. A click on a box: the group's answered sets."""
    by = stats.by
    named = [g for g in stats.groups if g.key is not None and g.timed > 0]
    groups = _largest(named, "timed", by)
    result = StatsChart("answer-time", by, stats, groups)
    chart = result.chart
    series = QBoxPlotSeries()
    series.setName(tr("antwoordtijd: 10–25–50–75–90%"))
    series.setBrush(QBrush(BOX))
    series.setPen(_pen(INK, 1.6))
    series.setBoxWidth(0.6)
    for g in groups:
        box = QBoxSet(
            float(g.percentile(10) or 0), float(g.percentile(25) or 0), float(g.median_days or 0),
            float(g.percentile(75) or 0), float(g.percentile(90) or 0), group_label(by, g),
        )  # fmt: skip
        series.append(box)
    chart.addSeries(series)
    series.clicked.connect(lambda box: result.pick(series.boxSets().index(box), "answered"))
    x_axis = QBarCategoryAxis()
    result.category_axis = x_axis
    result.fit_labels(CHART_SIZE.width())
    x_axis.setTitleText(html.escape(library_word(f"stats_by_{by}")))
    y_axis = _days_axis(max((g.p90_days or 0 for g in groups), default=0))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    _norm_line(chart, -0.5, max(len(groups), 1) - 0.5, x_axis, y_axis)
    _finish(chart)
    result.set_title(tr("Antwoordtijd %1").replace("%1", by_text(by)), _shown_note(len(named), len(groups)))
    if result.empty:
        result.say_empty(tr("Geen beantwoorde vragen met een bekende antwoordtijd bij deze filters"))
    return result


# ---- open and overdue: bars per group --------------------------------------------------------------------------
OPEN_STATUSES = ("open", "overdue", "postponed")  # the bar sets, in order: each lists exactly its sets


def open_counts(group: Group, postponed_open: int) -> tuple[int, int, int]:
    """(open without a postponement, of which overdue, postponed and still open) of a group."""
    return group.open - postponed_open, group.overdue, postponed_open


def open_chart(stats: Stats, postponed_open: dict[str | None, int]) -> StatsChart:
    """Horizontal bars per group: the open sets without a postponement, of which overdue, and the postponed ones
    still open (`postponed_open`: per group key, from the figures with status "postponed"). Each bar is one
    status of the search, so a click lists exactly the sets it counts."""
    by = stats.by
    named = [g for g in stats.groups if g.key is not None and g.open > 0]
    groups = _largest(named, "open", by, MAX_BAR_GROUPS)
    groups.reverse()  # a horizontal chart draws its first category at the bottom: the largest on top
    result = StatsChart("open", by, stats, groups)
    chart = result.chart
    series = QHorizontalBarSeries()
    series.setBarWidth(0.8)
    names = (tr("open, zonder uitstel"), tr("waarvan te laat (> 3 weken)"), tr("uitgesteld, nog open"))
    colours = (MIDDLE, DARK, LIGHT)
    sets = []
    for name, colour in zip(names, colours, strict=True):
        bar_set = QBarSet(name)
        bar_set.setBrush(QBrush(colour))
        bar_set.setPen(_pen(INK, 0.8))
        bar_set.setLabelColor(QColor("#202020"))
        sets.append(bar_set)
    for g in groups:
        for bar_set, value in zip(sets, open_counts(g, postponed_open.get(g.key, 0)), strict=True):
            bar_set.append(value)
    for bar_set in reversed(sets):  # (a horizontal series draws its first set lowest: "open" on top)
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value")
    chart.addSeries(series)
    series.clicked.connect(lambda index, bar_set: result.pick(index, OPEN_STATUSES[sets.index(bar_set)]))
    y_axis = QBarCategoryAxis()
    y_axis.append([html.escape(group_label(by, g)) for g in groups] or [""])
    y_axis.setTitleText(html.escape(library_word(f"stats_by_{by}")))
    x_axis = QValueAxis()
    x_axis.setTitleText(tr("vraagsets"))
    x_axis.setLabelFormat("%d")
    top = max((max(open_counts(g, postponed_open.get(g.key, 0))) for g in groups), default=0)
    x_axis.setRange(0, max(4, top * 1.15))
    x_axis.applyNiceNumbers()
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(y_axis)
    series.attachAxis(x_axis)
    chart.legend().setReverseMarkers(True)  # the legend in the order of the bars, top down
    _finish(chart)
    result.set_title(tr("Open en te laat %1").replace("%1", by_text(by)), _shown_note(len(named), len(groups)))
    if result.empty:
        result.say_empty(tr("Geen open vragen bij deze filters"))
    return result


# ---- the trend per month ---------------------------------------------------------------------------------------
def _ordinal(key: str) -> int | None:
    """ "2024-05" → months since year 0 (so that months without sets leave their gap on the axis)."""
    try:
        year, month = (int(part) for part in key.split("-"))
    except ValueError:
        return None
    return year * 12 + month - 1


def trend_chart(stats: Stats) -> StatsChart:
    """Per month the sets were sent in (stats by month): the median and the 90th percentile of the answer times,
    and the three-week norm. A click near a month's point: that month's answered sets."""
    points = [(n, g) for g in stats.groups if g.key and g.timed and (n := _ordinal(g.key)) is not None]
    result = StatsChart("trend", "month", stats, [g for _, g in points])
    chart = result.chart
    median, p90 = QLineSeries(), QLineSeries()
    median.setName(tr("mediaan"))
    p90.setName(tr("90e percentiel"))
    median.setPen(_pen(INK, 2.6))
    p90.setPen(_pen(P90, 2.2, Qt.PenStyle.DashLine))
    few = len(points) <= 48
    for series, size in ((median, 7.0), (p90, 6.0)):
        series.setPointsVisible(few)
        series.setMarkerSize(size)
    for n, g in points:
        median.append(n, float(g.median_days or 0))
        p90.append(n, float(g.p90_days or 0))
    first = points[0][0] if points else 0
    last = points[-1][0] if points else 11
    x_axis = QCategoryAxis()
    x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    x_axis.setRange(first - 0.5, max(last, first + 1) + 0.5)
    span = last - first + 1
    step = 1 if span <= 14 else 3 if span <= 36 else 12 if span <= 12 * 14 else 60
    for n in range(first, last + 1):
        year, month = divmod(n, 12)
        if (step < 12 and n % step == 0) or (step >= 12 and month == 0 and year % (step // 12) == 0):
            label = month_text(f"{year}-{month + 1}", short=True) if step < 12 else str(year)
            x_axis.append(label, n)
    x_axis.setTitleText(tr("maand van indienen"))
    if step < 12 and span > 7:
        x_axis.setLabelsAngle(-45)
    y_axis = _days_axis(max((g.p90_days or 0 for _, g in points), default=0))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    for series in (median, p90):
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
        series.clicked.connect(lambda point: result.pick(_nearest(points, point.x()), "answered"))
    _norm_line(chart, first - 0.5, max(last, first + 1) + 0.5, x_axis, y_axis)
    _finish(chart)
    result.set_title(tr("Antwoordtijd per maand"))
    if result.empty:
        result.say_empty(tr("Geen beantwoorde vragen met een bekende antwoordtijd bij deze filters"))
    return result


def _nearest(points: Sequence[tuple[int, Group]], x: float) -> int:
    """The index of the month whose point is nearest to x (-1 without points)."""
    if not points:
        return -1
    return min(range(len(points)), key=lambda i: abs(points[i][0] - x))


def chart_for(stats: Stats) -> StatsChart:
    """The command line's chart for a grouping: the trend for months, the answer-time boxes for the others."""
    return trend_chart(stats) if stats.by == "month" else answer_time_chart(stats)


# ---- drawing ---------------------------------------------------------------------------------------------------
def paint_chart(stats_chart: StatsChart, painter: QPainter, target: QRectF, size: QSize = CHART_SIZE) -> None:
    """Draw `chart` (one not shown in a view: build a new one for each drawing) laid out at `size` logical pixels
    into `target` of any paint device (an image, a printer, a PDF): the layout, and so the size of the text
    relative to the chart, does not depend on the device."""
    chart = stats_chart.chart
    stats_chart.fit_labels(size.width())
    scene = QGraphicsScene()
    scene.addItem(chart)
    try:
        chart.setPos(0, 0)
        chart.resize(QSizeF(size))
        scene.setSceneRect(QRectF(0, 0, size.width(), size.height()))
        QApplication.sendPostedEvents()  # the chart lays out its plot on posted events
        QApplication.processEvents()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, target, QRectF(0, 0, size.width(), size.height()))
    finally:
        scene.removeItem(chart)


def render_image(chart: StatsChart, size: QSize = CHART_SIZE) -> QImage:
    """The chart as an image of exactly `size` pixels, on white."""
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        paint_chart(chart, painter, QRectF(0, 0, size.width(), size.height()), size)
    finally:
        painter.end()
    return image


def point_of(chart: StatsChart, index: int, value: float, offset: float = 0.0) -> QPointF:
    """Where the mark of category `index` (+ `offset` categories) at `value` is drawn, in the chart's coordinates
    (tests click there)."""
    series = chart.chart.series()[0]
    if chart.kind == "open":
        return chart.chart.mapToPosition(QPointF(value, index + offset), series)
    return chart.chart.mapToPosition(QPointF(index + offset, value), series)
