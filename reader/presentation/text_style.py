"""The look of the aligned text document: its colours, character and block formats, and cell formats.

QtGui only. Sizes: no format of the body carries an absolute font size. Headings use
`QTextFormat.FontSizeAdjustment`, superscripts `AlignSuperScript`, so changing the document's default font
(zoom, printer font) scales everything. Only the endnotes (printed, never on screen) are sized from the base
font when the document is built, as the print has always set them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTableCellFormat,
    QTextTableFormat,
)

CELL_TOP_PADDING = 12.0
CELL_BOTTOM_PADDING = 12.0
RULE_WIDTH = 1.0
CELL_TOP_INSET = CELL_TOP_PADDING + RULE_WIDTH  # from the top of a pair's table to the top of its text
CELL_BOTTOM_INSET = CELL_BOTTOM_PADDING
SPAN_BAR_WIDTH = 3.0  # the bar along a grouped answer; every answer cell reserves it

RATIO_MIN = 0.2
RATIO_MAX = 0.8


@dataclass(frozen=True)
class AlignedColors:
    """The few colours of the document. `text` None = leave the text colour to the painter's palette."""

    text: QColor | None
    muted: QColor
    accent: QColor
    rule: QColor
    highlight: QColor

    @classmethod
    def for_print(cls) -> AlignedColors:
        return cls(
            text=QColor("#000000"),
            muted=QColor("#555555"),
            accent=QColor("#1f4e79"),
            rule=QColor("#b0b0b0"),
            highlight=QColor("#1f4e79"),
        )

    @classmethod
    def from_palette(cls, palette: QPalette) -> AlignedColors:
        text = palette.color(QPalette.ColorRole.Text)
        base = palette.color(QPalette.ColorRole.Base)
        dark = base.lightness() < 128
        accent = QColor("#7fb2e5") if dark else QColor("#1f4e79")
        return cls(
            text=None,
            muted=_mix(text, base, 0.38),
            accent=accent,
            rule=_mix(text, base, 0.80),
            highlight=palette.color(QPalette.ColorRole.Highlight),
        )


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """a blended towards b by t (0 = a, 1 = b)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
    )


def clamp_ratio(ratio: float) -> float:
    return min(RATIO_MAX, max(RATIO_MIN, float(ratio)))


def column_constraints(ratio: float, columns: int) -> list[QTextLength]:
    """Column widths as percentages of the table width: the questions' share is `ratio`."""
    if columns == 1:
        return [QTextLength(QTextLength.Type.PercentageLength, 100)]
    left = round(ratio * 100, 2)
    return [
        QTextLength(QTextLength.Type.PercentageLength, left),
        QTextLength(QTextLength.Type.PercentageLength, round(100 - left, 2)),
    ]


class Formats:
    """The character and block formats, made once per build."""

    def __init__(self, colors: AlignedColors, gutter: float, base_point_size: float) -> None:
        self.colors = colors
        self.gutter = gutter
        self.body = QTextCharFormat()
        if colors.text is not None:
            self.body.setForeground(colors.text)
        self.label = QTextCharFormat(self.body)
        self.label.setFontWeight(QFont.Weight.Bold)
        self.label.setForeground(colors.accent)
        self.note = QTextCharFormat(self.body)
        self.note.setFontItalic(True)
        self.note.setForeground(colors.muted)
        self.note_link = QTextCharFormat(self.note)
        self.note_link.setForeground(colors.accent)
        self.note_link.setFontUnderline(True)
        self.muted = QTextCharFormat(self.body)
        self.muted.setForeground(colors.muted)
        self.small_muted = QTextCharFormat(self.muted)
        self.small_muted.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        self.pointer_label = QTextCharFormat(self.small_muted)
        self.pointer_label.setFontWeight(QFont.Weight.Bold)
        self.pointer_label.setForeground(colors.accent)
        self.pointer = QTextCharFormat(self.small_muted)
        self.pointer.setFontItalic(True)
        self.title = QTextCharFormat(self.body)
        self.title.setFontWeight(QFont.Weight.DemiBold)
        self.title.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
        self.heading = QTextCharFormat(self.body)
        self.heading.setFontWeight(QFont.Weight.Bold)
        self.link = QTextCharFormat(self.body)
        self.link.setForeground(colors.accent)
        self.link.setFontUnderline(True)
        self.marker = QTextCharFormat(self.body)
        self.marker.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        self.marker.setForeground(colors.accent)
        self.marker.setFontWeight(QFont.Weight.DemiBold)
        self.table_text = QTextCharFormat(self.body)
        self.table_text.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
        self.table_head = QTextCharFormat(self.table_text)
        self.table_head.setFontWeight(QFont.Weight.DemiBold)

        self.label_block = QTextBlockFormat()
        self.label_block.setBottomMargin(3)
        self.label_block.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.next_label_block = QTextBlockFormat(self.label_block)
        self.next_label_block.setTopMargin(14)
        self.para = QTextBlockFormat()
        self.para.setBottomMargin(7)
        self.para.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.after_table = QTextBlockFormat(self.para)
        self.after_table.setTopMargin(7)
        self.title_block = QTextBlockFormat()
        self.title_block.setBottomMargin(8)
        self.title_block.setTopMargin(2)
        self.kicker_block = QTextBlockFormat()
        self.kicker_block.setBottomMargin(2)
        self.notice_block = QTextBlockFormat()
        self.notice_block.setTopMargin(8)
        self.notice_block.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.table_block = QTextBlockFormat()
        self.table_block.setLineHeight(110, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)

        # the endnotes (print): sizes from the base font, as the print sets them
        size = base_point_size
        self.end_body = QTextCharFormat()
        self.end_body.setForeground(colors.text or QColor("black"))
        self.end_number = QTextCharFormat(self.end_body)
        self.end_number.setFontWeight(QFont.Weight.Bold)
        self.end_number.setForeground(colors.accent)
        self.end_heading = QTextCharFormat(self.end_body)
        self.end_heading.setFontWeight(QFont.Weight.Bold)
        self.end_small = QTextCharFormat(self.end_body)
        self.end_small.setForeground(colors.muted)
        if size > 0:
            self.end_body.setFontPointSize(size - 1)
            self.end_number.setFontPointSize(size - 1)
            self.end_heading.setFontPointSize(size)
            self.end_small.setFontPointSize(size - 2)
        else:
            for f, adjustment in ((self.end_body, -1), (self.end_number, -1), (self.end_small, -2)):
                f.setProperty(QTextFormat.Property.FontSizeAdjustment, adjustment)
        self.end_link = QTextCharFormat(self.end_small)
        self.end_link.setForeground(colors.accent)
        self.end_ref_block = QTextBlockFormat()
        self.end_ref_block.setTopMargin(1)
        self.end_head_block = QTextBlockFormat()
        self.end_head_block.setBottomMargin(4)

    def cell(self, *, column: int, columns: int, first_row: bool, grouped_span: bool) -> QTextTableCellFormat:
        """The format of a cell: padding to the gutter, a rule above each pair, a bar along a grouped answer."""
        f = QTextTableCellFormat()
        half = self.gutter / 2
        f.setTopPadding(CELL_TOP_PADDING)
        f.setBottomPadding(CELL_BOTTOM_PADDING)
        f.setLeftPadding(half if column > 0 else 0)
        f.setRightPadding(half if column < columns - 1 else 0)
        f.setTopBorder(RULE_WIDTH)
        f.setTopBorderBrush(QBrush(self.colors.rule))
        f.setTopBorderStyle(
            QTextFrameFormat.BorderStyle.BorderStyle_Solid
            if first_row
            else QTextFrameFormat.BorderStyle.BorderStyle_Dotted
        )
        if column > 0:
            # Every right cell has the same left border width, so the answer text starts at the same x in
            # every pair; only a grouped answer's border is visible.
            f.setLeftBorder(SPAN_BAR_WIDTH)
            f.setLeftBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
            f.setLeftBorderBrush(QBrush(self.colors.accent if grouped_span else QColor(0, 0, 0, 0)))
        return f

    def pointer_cell(self, *, column: int, columns: int) -> QTextTableCellFormat:
        """A pointer row: small, with a dotted rule above, the same insets as a pair's cells."""
        f = self.cell(column=column, columns=columns, first_row=False, grouped_span=False)
        f.setTopPadding(5)
        f.setBottomPadding(5)
        return f

    def body_table(self) -> QTextTableFormat:
        """A table printed in a question or answer: thin rules around the cells, the width of the column."""
        tf = QTextTableFormat()
        tf.setBorder(1)
        tf.setBorderBrush(QBrush(self.colors.rule))
        tf.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        tf.setBorderCollapse(True)
        tf.setCellSpacing(0)
        tf.setCellPadding(3)
        tf.setTopMargin(2)
        tf.setBottomMargin(6)
        tf.setHeaderRowCount(1)
        return tf
