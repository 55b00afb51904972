"""The aligned question/answer document: one builder shared by the reading pane and the print renderer.

QtGui only (no widgets), so a printer or PDF writer can lay the same document out on its own paint device.

Design
------
`build_aligned_document(doc, options)` turns a `reader.core.model.Document` into a `QTextDocument`:

- a header frame (subject, kind and id, members with party, addressee, dates, the postponement notice, and
  "Zie ook" references as `doc:<id>` anchors);
- then one two-column `QTextTable` per `Pair` of `Document.pairs()`. The left column has a row per question
  ("Vraag 3" as a bold label, then the paragraphs). The right cell holds the answer(s) ("Antwoord 3") and,
  when the pair has several questions, is merged over all their rows, with a coloured bar on its left edge
  that marks the span. An unanswered question gets an italic note in the right cell ("Uitgesteld —
  mededeling ontvangen 14 november 2024" or "Niet beantwoord in dit document"); an answer that names no
  printed question gets one in the left cell ("Geen vraag met dit nummer in dit document", or "Geen vraag
  bij dit antwoord in dit document" when the answer names no number).

Why tables: the cells of a table row start at the same y, so the top of a question and the top of its answer
stand at the same height *by construction*, at every width, column ratio, zoom and scroll position, in one
document with one scroll bar (no scroll syncing, so no proportional drift: see anchors.md on Meld). Selection,
copying, find, links, accessibility and printing come with `QTextDocument`.

Safety: the document is built only with `QTextCursor.insertText` and formats; document text is never
parsed as HTML or Markdown, so markup in it is shown as literal text. The only anchors are footnote markers
(`note:N`) and references (`doc:<id>`). `SafeTextDocument.loadResource` refuses every resource (and records
what was asked, for tests), so nothing in a document can load a remote or local file. Tool tips that Qt may
show as rich text are HTML-escaped.

Sizes: no format carries an absolute font size. Headings use `QTextFormat.FontSizeAdjustment`, superscripts
`AlignSuperScript`, so changing the document's default font (zoom, printer font) scales everything.

Column widths are percentages of the table width (`AlignedOptions.ratio` is the questions' share), so the same
document lays out on screen and on paper; `AlignedDocument.set_ratio()` changes them in place.

Public API
----------
- `Columns`: BOTH, QUESTIONS, ANSWERS (print can leave one side out).
- `AlignedOptions(ratio=0.5, font=None, columns=Columns.BOTH, endnotes=False, pairs=None, postponed=None,
  postponed_on=None, header=True, locale=None, document_margin=20.0, gutter=28.0)`.
- `AlignedColors(text, muted, accent, rule, highlight)`; `AlignedColors.for_print()`,
  `AlignedColors.from_palette(QPalette)`.
- `build_aligned_document(doc, options=None, colors=None, parent=None) -> AlignedDocument`.
- `AlignedDocument`: `.document` (the `QTextDocument`), `.source` (the `Document`), `.options`, `.pairs`
  (a `PairLayout` per shown pair, in display order), `.header_frame`, `.endnotes_frame`, `.ratio`;
  `pair_index_at(position)`, `pair_rect(i)`, `column_tops(i)`, `set_ratio(r)`, `set_font(QFont)`.
- `PairLayout`: `.index` (into `Document.pairs()`), `.pair`, `.table`, `.question_positions`,
  `.answer_positions` (document positions of each block's label), `.question_cell_position`,
  `.answer_cell_position` (first position of each column's first cell, or None when the column is hidden),
  `.first_position`, `.last_position`, `.grouped`.
- `pair_label(pair, doc)`: a short text naming a pair ("Vraag 8–11"), for menus and accessibility.
- Helpers: `SafeTextDocument` (the document class), `format_date(day, locale)`, `clean_text(text)`,
  `paragraphs_with_markers(text, markers)`, `clamp_ratio(r)`; `RATIO_MIN`/`RATIO_MAX`, `SPAN_BAR_WIDTH`.

For the print renderer: set `document.documentLayout().setPaintDevice(printer)` and `document.setPageSize()`
as usual; each pair is one `QTextTable` (`PairLayout.table`), so a pair that must not straddle a page break
can get `QTextFormat.PageBreak_AlwaysBefore` on its table format; `AlignedColors.for_print()` is black on
white with a dark blue accent; `AlignedOptions.font` may keep full OpenType shaping (the screen skips it).
Geometry (`pair_rect`, `column_tops`) is in document coordinates and lays the document out only up to the
pair asked for.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, QRectF, QUrl
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QGuiApplication,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
    QTextTable,
    QTextTableCellFormat,
    QTextTableFormat,
)

from reader.core.model import Block, Document, Footnote, Kind, Pair

CELL_TOP_PADDING = 12.0
CELL_BOTTOM_PADDING = 12.0
RULE_WIDTH = 1.0
CELL_TOP_INSET = CELL_TOP_PADDING + RULE_WIDTH  # from the top of a pair's table to the top of its text
CELL_BOTTOM_INSET = CELL_BOTTOM_PADDING
SPAN_BAR_WIDTH = 3.0  # the bar along a grouped answer; every answer cell reserves it

RATIO_MIN = 0.2
RATIO_MAX = 0.8

# characters that never belong in shown text (C0 controls except tab/newline, DEL, the PDF U+FFFE slip)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
# a line inside a paragraph that starts a list item keeps its line break; other single newlines are wraps
_LIST_ITEM = re.compile(r"\n[ \t]*(?=[-•–*·▪]\s|\d{1,2}[.)]\s|[a-z][.)]\s)")


class Columns(StrEnum):
    """Which columns the document shows."""

    BOTH = "both"
    QUESTIONS = "questions"
    ANSWERS = "answers"


@dataclass(frozen=True)
class AlignedOptions:
    """How to build the aligned document.

    ratio: the questions column's share of the table width (clamped to 0.2–0.8).
    font: the base font (family and size); None = the application font.
    columns: both, questions only or answers only.
    endnotes: append the footnotes as a "Voetnoten" section (print; the screen has a sidebar).
    pairs: indexes into `Document.pairs()` to show, in the order given; None = all.
    postponed: whether unanswered questions were postponed; None = only when the document is a
        postponement notice (`Kind.MEDEDELING`). postponed_on: the notice's date (default `doc.ontvangen`).
    header: include the header frame.
    locale: for dates; None = Dutch (the source language of the interface).
    document_margin, gutter: the page margin and the space between the columns, in pixels (points on paper).
    """

    ratio: float = 0.5
    font: QFont | None = None
    columns: Columns = Columns.BOTH
    endnotes: bool = False
    pairs: Sequence[int] | None = None
    postponed: bool | None = None
    postponed_on: date | None = None
    header: bool = True
    locale: QLocale | None = None
    document_margin: float = 20.0
    gutter: float = 28.0


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


class SafeTextDocument(QTextDocument):
    """A QTextDocument that never loads a resource (image, style sheet, …) from anywhere."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refused_resources: list[tuple[int, str]] = []

    def loadResource(self, type: int, name: QUrl) -> object:
        self.refused_resources.append((int(type), name.toString()))
        return None


@dataclass
class PairLayout:
    """Where one pair stands in the built document (positions are QTextDocument character positions)."""

    index: int
    pair: Pair
    table: QTextTable
    question_positions: list[int] = field(default_factory=list)
    answer_positions: list[int] = field(default_factory=list)
    question_cell_position: int | None = None
    answer_cell_position: int | None = None
    grouped: bool = False

    @property
    def first_position(self) -> int:
        return self.table.firstPosition()

    @property
    def last_position(self) -> int:
        return self.table.lastPosition()


def format_date(day: date | None, locale: QLocale | None = None) -> str:
    """'23 januari 2024' (in the given locale; Dutch by default)."""
    if day is None:
        return ""
    loc = locale or QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    return loc.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def clean_text(text: str) -> str:
    """Text as shown: control characters dropped, wraps inside a paragraph joined, list lines kept."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _LIST_ITEM.sub("\u2028", text)
    return re.sub(r"[ \t]*\n[ \t]*", " ", text)


def paragraphs_with_markers(text: str, markers: Sequence[tuple[int, int]]) -> list[list[str | int]]:
    """Split a block's text into paragraphs, each a list of text pieces (str) and footnote numbers (int).

    A marker at `offset` stands before text[offset]; a marker in the blank lines between two paragraphs
    joins the end of the paragraph before it.
    """
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    ordered = sorted(((max(0, min(o, len(text))), n) for o, n in markers), key=lambda x: x[0])
    if not spans:
        return [[n for _, n in ordered]] if ordered else []
    per_para: list[list[tuple[int, int]]] = [[] for _ in spans]
    for offset, number in ordered:
        target = 0
        for i, (s, _e) in enumerate(spans):
            if offset >= s:
                target = i
        s, e = spans[target]
        per_para[target].append((min(max(offset, s), e), number))
    out: list[list[str | int]] = []
    for (s, e), ms in zip(spans, per_para, strict=True):
        pieces: list[str | int] = []
        pos = s
        for offset, number in ms:
            if offset > pos:
                pieces.append(clean_text(text[pos:offset]))
            pieces.append(number)
            pos = offset
        if pos < e:
            pieces.append(clean_text(text[pos:e]))
        out.append(pieces)
    return out


def pair_label(pair: Pair, doc: Document) -> str:
    """A short name for a pair: 'Vraag 3', 'Vraag 8–11', 'Antwoord 7' (an answer without a question)."""
    if pair.questions:
        labels = [doc.questions[i].label for i in pair.questions]
        labels = [label for label in labels if label]
        if not labels:
            return QCoreApplication.translate("AlignedDocument", "Vraag")
        text = labels[0] if len(labels) == 1 else f"{labels[0]}–{labels[-1]}"
        return QCoreApplication.translate("AlignedDocument", "Vraag %1").replace("%1", text)
    labels = [doc.answers[i].label for i in pair.answers if doc.answers[i].label]
    return (
        QCoreApplication.translate("AlignedDocument", "Antwoord %1").replace("%1", labels[0])
        if labels
        else QCoreApplication.translate("AlignedDocument", "Antwoord")
    )


class _Formats:
    """The character and block formats, made once per build."""

    def __init__(self, colors: AlignedColors, gutter: float) -> None:
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
        self.muted = QTextCharFormat(self.body)
        self.muted.setForeground(colors.muted)
        self.small_muted = QTextCharFormat(self.muted)
        self.small_muted.setProperty(QTextFormat.Property.FontSizeAdjustment, -1)
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

        self.label_block = QTextBlockFormat()
        self.label_block.setBottomMargin(3)
        self.label_block.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.next_label_block = QTextBlockFormat(self.label_block)
        self.next_label_block.setTopMargin(14)
        self.para = QTextBlockFormat()
        self.para.setBottomMargin(7)
        self.para.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        self.header_line = QTextBlockFormat()
        self.header_line.setBottomMargin(2)
        self.title_block = QTextBlockFormat()
        self.title_block.setBottomMargin(8)
        self.title_block.setTopMargin(2)
        self.kicker_block = QTextBlockFormat()
        self.kicker_block.setBottomMargin(2)
        self.notice_block = QTextBlockFormat()
        self.notice_block.setTopMargin(8)
        self.notice_block.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)

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


def _column_constraints(ratio: float, columns: int) -> list[QTextLength]:
    if columns == 1:
        return [QTextLength(QTextLength.Type.PercentageLength, 100)]
    left = round(ratio * 100, 2)
    return [
        QTextLength(QTextLength.Type.PercentageLength, left),
        QTextLength(QTextLength.Type.PercentageLength, round(100 - left, 2)),
    ]


def clamp_ratio(ratio: float) -> float:
    return min(RATIO_MAX, max(RATIO_MIN, float(ratio)))


class AlignedDocument:
    """A built aligned document and where its pairs stand in it. See the module docstring."""

    def __init__(
        self,
        document: SafeTextDocument,
        source: Document,
        options: AlignedOptions,
        colors: AlignedColors,
    ) -> None:
        self.document = document
        self.source = source
        self.options = options
        self.colors = colors
        self.pairs: list[PairLayout] = []
        self.header_frame: QTextFrame | None = None
        self.endnotes_frame: QTextFrame | None = None
        self.ratio = clamp_ratio(options.ratio)
        self._starts: list[int] = []

    # ---- lookup -----------------------------------------------------------------------------------
    def pair_index_at(self, position: int) -> int:
        """The display index of the pair holding document `position`, or -1."""
        import bisect

        if not self._starts:
            self._starts = [p.first_position for p in self.pairs]
        i = bisect.bisect_right(self._starts, position) - 1
        if 0 <= i < len(self.pairs) and position <= self.pairs[i].last_position:
            return i
        return -1

    def pair_rect(self, i: int) -> QRectF:
        """Pair i's table in document coordinates, from the top of its rule to the top of the next pair's
        (the bottom of its tallest cell for the last pair), across the text width.

        Computed from block rectangles, which lay the document out only up to the pair; not from
        `frameBoundingRect`, which finishes the whole layout first (and, in Qt 6, offsets a table by its first
        cell's padding).
        """
        p = self.pairs[i]
        layout = self.document.documentLayout()
        table = p.table
        top = self.block_top(table.cellAt(0, 0).firstPosition()) - CELL_TOP_INSET
        if i + 1 < len(self.pairs):
            following = self.pairs[i + 1].table
            bottom = self.block_top(following.cellAt(0, 0).firstPosition()) - CELL_TOP_INSET
        else:
            bottom = top
            for c in range(table.columns()):
                cell = table.cellAt(table.rows() - 1, c)
                rect = layout.blockBoundingRect(self.document.findBlock(cell.lastPosition()))
                bottom = max(bottom, rect.bottom())
            bottom += CELL_BOTTOM_INSET
        margin = self.document.documentMargin()
        width = self.document.textWidth()
        if width <= 0:
            width = self.document.pageSize().width()
        return QRectF(margin, top, max(0.0, width - 2 * margin), bottom - top)

    def block_top(self, position: int) -> float:
        """The top of the block holding `position`, in document coordinates."""
        block = self.document.findBlock(position)
        return self.document.documentLayout().blockBoundingRect(block).top()

    def column_tops(self, i: int) -> tuple[float | None, float | None]:
        """(question column top, answer column top) of pair i in document coordinates: the top of the first
        block of each column's first cell (a label or a note); None for a hidden column."""
        p = self.pairs[i]
        q = self.block_top(p.question_cell_position) if p.question_cell_position is not None else None
        a = self.block_top(p.answer_cell_position) if p.answer_cell_position is not None else None
        return q, a

    # ---- changes ----------------------------------------------------------------------------------
    def set_ratio(self, ratio: float) -> None:
        """Give the questions column `ratio` of the width in every pair (one edit, one relayout)."""
        ratio = clamp_ratio(ratio)
        if abs(ratio - self.ratio) < 1e-4:
            return
        self.ratio = ratio
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        for p in self.pairs:
            fmt = p.table.format()
            if fmt.columns() == 2:
                fmt.setColumnWidthConstraints(_column_constraints(ratio, 2))
                p.table.setFormat(fmt)
        cursor.endEditBlock()

    def set_font(self, font: QFont) -> None:
        """Change the base font (zoom, printer font); every size in the document follows it."""
        self.document.setDefaultFont(font)


class _Builder:
    def __init__(self, doc: Document, options: AlignedOptions, colors: AlignedColors, parent: QObject | None):
        self.doc = doc
        self.options = options
        self.colors = colors
        self.fmt = _Formats(colors, options.gutter)
        self.locale = options.locale or QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
        self.qdoc = SafeTextDocument(parent)
        self.qdoc.setUndoRedoEnabled(False)
        self.qdoc.setDocumentMargin(options.document_margin)
        font = QFont(options.font) if options.font is not None else QFont(QGuiApplication.font())
        self.qdoc.setDefaultFont(font)
        text_option = QTextOption()
        text_option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.qdoc.setDefaultTextOption(text_option)
        self.result = AlignedDocument(self.qdoc, doc, options, colors)

    # ---- pieces -----------------------------------------------------------------------------------
    def _insert_pieces(self, cursor: QTextCursor, pieces: Sequence[str | int], base: QTextCharFormat) -> None:
        previous_was_marker = False
        for piece in pieces:
            if isinstance(piece, int):
                if previous_was_marker:  # notes 2, 3 and 4 in a row read "2,3,4", not "234"
                    cursor.insertText(",", self.fmt.marker)
                self._insert_marker(cursor, piece)
                previous_was_marker = True
            elif piece:
                cursor.insertText(piece, base)
                previous_was_marker = False

    def _insert_marker(self, cursor: QTextCursor, number: int) -> None:
        f = QTextCharFormat(self.fmt.marker)
        f.setAnchor(True)
        f.setAnchorHref(f"note:{number}")
        note = self.doc.footnote(number)
        tip = (
            f"{number}. {note.text}"
            if note is not None
            else QCoreApplication.translate("AlignedDocument", "Voetnoot %1").replace("%1", str(number))
        )
        f.setToolTip(_escaped_tooltip(tip))
        cursor.insertText(str(number), f)

    def _insert_block(self, cursor: QTextCursor, block: Block, heading: str, first: bool) -> int:
        """Insert a label and the paragraphs of a question or answer; returns the label's position."""
        if first:
            # not setBlockCharFormat: a cell's first block char format holds the cell's own format
            cursor.setBlockFormat(self.fmt.label_block)
        else:
            cursor.insertBlock(self.fmt.next_label_block, self.fmt.label)
        position = cursor.position()
        cursor.insertText(heading, self.fmt.label)
        markers = [(m.offset, m.number) for m in block.markers]
        for pieces in paragraphs_with_markers(block.text, markers):
            cursor.insertBlock(self.fmt.para, self.fmt.body)
            self._insert_pieces(cursor, pieces, self.fmt.body)
        return position

    def _mark(self, position: int) -> QTextCursor:
        mark = QTextCursor(self.qdoc)
        mark.setPosition(position)
        return mark

    def _insert_note(self, cursor: QTextCursor, text: str) -> None:
        cursor.setBlockFormat(self.fmt.para)
        cursor.insertText(text, self.fmt.note)

    def _question_heading(self, block: Block) -> str:
        if block.label:
            return QCoreApplication.translate("AlignedDocument", "Vraag %1").replace("%1", block.label)
        if block.inferred and block.numbers:
            return QCoreApplication.translate("AlignedDocument", "Vraag (%1)").replace("%1", ", ".join(block.numbers))
        return QCoreApplication.translate("AlignedDocument", "Vraag")

    def _answer_heading(self, block: Block) -> str:
        if block.label:
            return QCoreApplication.translate("AlignedDocument", "Antwoord %1").replace("%1", block.label)
        if block.inferred and block.numbers:
            return QCoreApplication.translate("AlignedDocument", "Antwoord (%1)").replace(
                "%1", ", ".join(block.numbers)
            )
        return QCoreApplication.translate("AlignedDocument", "Antwoord")

    def _unanswered_note(self) -> str:
        postponed = self.options.postponed
        if postponed is None:
            postponed = self.doc.kind == Kind.MEDEDELING
        if postponed:
            day = self.options.postponed_on or self.doc.ontvangen
            if day is not None:
                return QCoreApplication.translate("AlignedDocument", "Uitgesteld — mededeling ontvangen %1").replace(
                    "%1", format_date(day, self.locale)
                )
            return QCoreApplication.translate("AlignedDocument", "Uitgesteld — zie de mededeling")
        return QCoreApplication.translate("AlignedDocument", "Niet beantwoord in dit document")

    # ---- header -----------------------------------------------------------------------------------
    def _header(self, cursor: QTextCursor) -> None:
        d = self.doc
        ff = QTextFrameFormat()
        ff.setBottomMargin(10)
        ff.setPadding(0)
        frame = cursor.insertFrame(ff)
        self.result.header_frame = frame
        kind = {
            Kind.ANTWOORD: QCoreApplication.translate("AlignedDocument", "Vragen en antwoorden"),
            Kind.MEDEDELING: QCoreApplication.translate("AlignedDocument", "Mededeling: beantwoording uitgesteld"),
            Kind.VRAGEN: QCoreApplication.translate("AlignedDocument", "Vragen, nog niet beantwoord"),
        }[d.kind]
        kicker = kind
        if d.id:
            kicker = f"{kind}  ·  {d.id}"
        cursor.setBlockFormat(self.fmt.kicker_block)
        cursor.insertText(kicker, self.fmt.small_muted)
        title = d.subject or d.title or d.id or QCoreApplication.translate("AlignedDocument", "Kamervragen")
        title = clean_text(title)
        title = title[:1].upper() + title[1:]
        cursor.insertBlock(self.fmt.title_block, self.fmt.title)
        cursor.insertText(title, self.fmt.title)

        rows: list[tuple[str, list[tuple[str, QTextCharFormat]]]] = []
        if d.indieners:
            members = ", ".join(f"{m.name} ({m.party})" if m.party else m.name for m in d.indieners)
            rows.append(
                (QCoreApplication.translate("AlignedDocument", "Vragen van"), [(clean_text(members), self.fmt.body)])
            )
        if d.gericht_aan:
            rows.append(
                (QCoreApplication.translate("AlignedDocument", "Aan"), [(clean_text(d.gericht_aan), self.fmt.body)])
            )
        if d.ingezonden:
            rows.append(
                (
                    QCoreApplication.translate("AlignedDocument", "Ingezonden"),
                    [(format_date(d.ingezonden, self.locale), self.fmt.body)],
                )
            )
        if d.beantwoord_door:
            who = (
                QCoreApplication.translate("AlignedDocument", "Mededeling van")
                if d.kind == Kind.MEDEDELING
                else QCoreApplication.translate("AlignedDocument", "Antwoord van")
            )
            rows.append((who, [(clean_text(d.beantwoord_door), self.fmt.body)]))
        if d.ontvangen:
            rows.append(
                (
                    QCoreApplication.translate("AlignedDocument", "Ontvangen"),
                    [(format_date(d.ontvangen, self.locale), self.fmt.body)],
                )
            )
        if d.zie_ook:
            pieces: list[tuple[str, QTextCharFormat]] = []
            for k, ref in enumerate(d.zie_ook):
                if k:
                    pieces.append((", ", self.fmt.body))
                f = QTextCharFormat(self.fmt.link)
                f.setAnchor(True)
                f.setAnchorHref(f"doc:{ref.id}")
                if ref.text:
                    f.setToolTip(_escaped_tooltip(ref.text))
                pieces.append((ref.id, f))
            rows.append((QCoreApplication.translate("AlignedDocument", "Zie ook"), pieces))
        if rows:
            tf = QTextTableFormat()
            tf.setBorder(0)
            tf.setCellSpacing(0)
            tf.setCellPadding(1)
            tf.setBorderCollapse(True)
            tf.setTopMargin(4)
            tf.setColumnWidthConstraints(
                [QTextLength(QTextLength.Type.VariableLength, 0), QTextLength(QTextLength.Type.VariableLength, 0)]
            )
            table = cursor.insertTable(len(rows), 2, tf)
            for r, (label, value) in enumerate(rows):
                lc = table.cellAt(r, 0)
                cf = QTextTableCellFormat()
                cf.setRightPadding(14)
                cf.setTopPadding(1)
                cf.setBottomPadding(1)
                lc.setFormat(cf)
                c = lc.firstCursorPosition()
                c.insertText(label, self.fmt.muted)
                c = table.cellAt(r, 1).firstCursorPosition()
                for text, f in value:
                    c.insertText(text, f)
            cursor.setPosition(frame.lastPosition())
        if d.kind == Kind.MEDEDELING and d.mededeling:
            cursor.insertBlock(self.fmt.notice_block, self.fmt.note)
            cursor.insertText(clean_text(d.mededeling.strip()), self.fmt.note)

    # ---- pairs ------------------------------------------------------------------------------------
    def _pair(self, cursor: QTextCursor, index: int, pair: Pair) -> PairLayout:
        cols = 2 if self.options.columns == Columns.BOTH else 1
        show_q = self.options.columns in (Columns.BOTH, Columns.QUESTIONS)
        show_a = self.options.columns in (Columns.BOTH, Columns.ANSWERS)
        rows = max(1, len(pair.questions)) if show_q else 1
        tf = QTextTableFormat()
        tf.setBorder(0)
        tf.setBorderCollapse(True)
        tf.setCellSpacing(0)
        tf.setCellPadding(0)
        tf.setMargin(0)
        tf.setBottomMargin(0)
        tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        tf.setColumnWidthConstraints(_column_constraints(self.result.ratio, cols))
        table = cursor.insertTable(rows, cols, tf)
        grouped = show_q and show_a and rows > 1
        if show_a and cols == 2 and rows > 1:
            table.mergeCells(0, 1, rows, 1)
        layout = PairLayout(index, pair, table, grouped=grouped)
        # Cells are filled one after another, and text inserted in one cell moves the positions of the cells
        # after it (the merged answer cell stands between the first and the second question row): keep a
        # cursor at each label, which follows the edits, and read the positions at the end.
        q_marks: list[QTextCursor] = []
        a_marks: list[QTextCursor] = []
        if show_q:
            if pair.questions:
                for r, qi in enumerate(pair.questions):
                    cur = table.cellAt(r, 0).firstCursorPosition()
                    block = self.doc.questions[qi]
                    q_marks.append(self._mark(self._insert_block(cur, block, self._question_heading(block), True)))
            else:
                cur = table.cellAt(0, 0).firstCursorPosition()
                if any(self.doc.answers[ai].numbers for ai in pair.answers):
                    note = QCoreApplication.translate("AlignedDocument", "Geen vraag met dit nummer in dit document")
                else:
                    note = QCoreApplication.translate("AlignedDocument", "Geen vraag bij dit antwoord in dit document")
                self._insert_note(cur, note)
        if show_a:
            cur = table.cellAt(0, cols - 1).firstCursorPosition()
            if pair.answers:
                for k, ai in enumerate(pair.answers):
                    block = self.doc.answers[ai]
                    a_marks.append(self._mark(self._insert_block(cur, block, self._answer_heading(block), k == 0)))
            else:
                self._insert_note(cur, self._unanswered_note())
        layout.question_positions = [c.position() for c in q_marks]
        layout.answer_positions = [c.position() for c in a_marks]
        if show_q:
            layout.question_cell_position = table.cellAt(0, 0).firstPosition()
        if show_a:
            layout.answer_cell_position = table.cellAt(0, cols - 1).firstPosition()
        for r in range(rows):
            for c in range(cols):
                cell = table.cellAt(r, c)
                if cell.row() != r or cell.column() != c:
                    continue  # covered by a merged cell
                cell.setFormat(self.fmt.cell(column=c, columns=cols, first_row=r == 0, grouped_span=grouped))
        return layout

    # ---- endnotes ---------------------------------------------------------------------------------
    def _endnotes(self, cursor: QTextCursor, notes: Sequence[Footnote]) -> None:
        ff = QTextFrameFormat()
        ff.setTopMargin(18)
        frame = cursor.insertFrame(ff)
        self.result.endnotes_frame = frame
        cursor.setBlockFormat(self.fmt.label_block)
        cursor.insertText(QCoreApplication.translate("AlignedDocument", "Voetnoten"), self.fmt.heading)
        for note in notes:
            cursor.insertBlock(self.fmt.para, self.fmt.body)
            f = QTextCharFormat(self.fmt.label)
            f.setAnchor(True)
            f.setAnchorNames([f"note-{note.number}"])
            cursor.insertText(f"{note.number}", f)
            cursor.insertText("  " + clean_text(note.text), self.fmt.body)

    # ---- all --------------------------------------------------------------------------------------
    def build(self) -> AlignedDocument:
        all_pairs = self.doc.pairs()
        wanted = list(range(len(all_pairs))) if self.options.pairs is None else list(self.options.pairs)
        cursor = QTextCursor(self.qdoc)
        cursor.beginEditBlock()
        if self.options.header:
            self._header(cursor)
            cursor = self.qdoc.rootFrame().lastCursorPosition()
        shown_notes: list[int] = []
        for index in wanted:
            if not 0 <= index < len(all_pairs):
                continue
            pair = all_pairs[index]
            layout = self._pair(cursor, index, pair)
            self.result.pairs.append(layout)
            cursor = self.qdoc.rootFrame().lastCursorPosition()
            for qi in pair.questions:
                shown_notes.extend(self.doc.questions[qi].footnotes)
            for ai in pair.answers:
                shown_notes.extend(self.doc.answers[ai].footnotes)
        if self.options.endnotes and self.doc.footnotes:
            numbers = set(shown_notes) if self.options.pairs is not None else None
            notes = [f for f in self.doc.footnotes if numbers is None or f.number in numbers]
            if notes:
                self._endnotes(cursor, notes)
        cursor.endEditBlock()
        return self.result


def _escaped_tooltip(text: str) -> str:
    """A tool tip Qt shows as rich text, with every character of `text` escaped."""
    return "<p style='white-space:pre-wrap'>" + html.escape(clean_text(text)) + "</p>"


def build_aligned_document(
    doc: Document,
    options: AlignedOptions | None = None,
    colors: AlignedColors | None = None,
    parent: QObject | None = None,
) -> AlignedDocument:
    """Build the aligned QTextDocument of `doc`. See the module docstring for the layout and the API."""
    opts = options or AlignedOptions()
    opts = replace(opts, ratio=clamp_ratio(opts.ratio))
    return _Builder(doc, opts, colors or AlignedColors.for_print(), parent).build()
