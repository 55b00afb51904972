"""Two lines in the subject cell of the document list: the subject, and under it, smaller and muted, who asked
whom ("Bosgraaf (SP) → Minister van Infrastructuur en Waterstaat"). A narrow list stays readable without
horizontal scrolling; the members and addressee columns remain available (header menu) for sorting by eye.

Text is drawn with `QPainter.drawText` as plain text, elided to the cell: nothing is interpreted.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.gui.document_model import SECONDARY_ROLE

PADDING = 5


def row_height(font: QFont) -> int:
    """The height of a two-line row for the view's font."""
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 0.88)
    return QFontMetrics(font).height() + QFontMetrics(small).height() + 2 * PADDING + 1


class SubjectDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        subject = opt.text
        secondary = index.data(SECONDARY_ROLE) or ""
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active if opt.state & QStyle.StateFlag.State_Active else QPalette.ColorGroup.Inactive
        )
        main_color = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted_color = main_color if selected else opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        rect: QRect = opt.rect.adjusted(PADDING + 1, PADDING - 1, -PADDING, -PADDING)
        font = QFont(opt.font)
        small = QFont(opt.font)
        small.setPointSizeF(opt.font.pointSizeF() * 0.88)
        fm, sfm = QFontMetrics(font), QFontMetrics(small)
        painter.save()
        painter.setClipRect(opt.rect)
        painter.setFont(font)
        painter.setPen(main_color)
        top = QRect(rect.left(), rect.top(), rect.width(), fm.height())
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(subject, Qt.TextElideMode.ElideRight, rect.width()))  # fmt: skip
        if secondary:
            painter.setFont(small)
            painter.setPen(muted_color)
            bottom = QRect(rect.left(), top.bottom() + 1, rect.width(), sfm.height())
            painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             sfm.elidedText(secondary, Qt.TextElideMode.ElideRight, rect.width()))  # fmt: skip
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), row_height(option.font))
