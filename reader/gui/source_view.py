"""The source view: the text the parser read, coloured by the project's Pygments lexer, to check what the
reader made of it (headings, footnote markers, citations, the note block, running footers).

A read-only `QPlainTextEdit` holds the text as plain text, so nothing in it can become markup or load
anything. The whole text is lexed once (the lexer is linear); `SourceHighlighter` then colours each block
from the token spans that fall in it. Pygments counts code points and Qt counts UTF-16 units, so a line
with characters outside the BMP has its spans converted.
"""

from __future__ import annotations

from bisect import bisect_right

from pygments.token import Comment, Generic, Keyword, Literal, Name, Number, Punctuation, String, Token, _TokenType
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from reader.core.lexer import KamervragenLexer
from reader.gui.i18n import tr

Span = tuple[int, int, QTextCharFormat]  # start and length in UTF-16 units within the line, format


def _utf16(text: str, i: int) -> int:
    return len(text[:i].encode("utf-16-le")) // 2


def token_formats(palette: QPalette) -> dict[_TokenType, QTextCharFormat]:
    """Calm colours that read on the palette's base (light or dark)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128

    def fmt(
        light: str, dark_color: str, *, bold: bool = False, italic: bool = False, bg: str | None = None
    ) -> QTextCharFormat:
        f = QTextCharFormat()
        f.setForeground(QColor(dark_color if dark else light))
        if bold:
            f.setFontWeight(QFont.Weight.Bold)
        if italic:
            f.setFontItalic(True)
        if bg:
            f.setBackground(QColor(bg) if not dark else QColor(bg).darker(300))
        return f

    return {
        Generic.Heading: fmt("#1f3a5f", "#9cc3ef", bold=True),
        Generic.Subheading: fmt("#2d4f7c", "#a9c8ea", bold=True),
        Keyword: fmt("#6b2c91", "#d2a8ff", bold=True),
        Number: fmt("#6b2c91", "#d2a8ff", bold=True),
        Punctuation: fmt("#6b2c91", "#d2a8ff"),
        Name.Label: fmt("#a34700", "#ffb070", bold=True, bg="#fff1e0"),
        Name.Tag: fmt("#1b6e3c", "#8fd6a8"),
        String.Other: fmt("#0b5cad", "#79b8ff"),
        Literal.Date: fmt("#0d6d6e", "#7fd3d4"),
        Comment.Special: fmt("#5c4a2e", "#d8c7a4"),
        Comment: fmt("#7a7a7a", "#9a9a9a", italic=True),
    }


def _format_for(token: _TokenType | None, formats: dict[_TokenType, QTextCharFormat]) -> QTextCharFormat | None:
    while token is not Token and token is not None:
        if token in formats:
            return formats[token]
        token = token.parent
    return None


def lex_spans(text: str, formats: dict[_TokenType, QTextCharFormat]) -> list[list[Span]]:
    """Spans per line of `text` (lines split at "\\n")."""
    line_starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(i + 1)
    lines = text.split("\n")
    wide = [any(ord(c) > 0xFFFF for c in line) for line in lines]
    spans: list[list[Span]] = [[] for _ in lines]
    lexer = KamervragenLexer()
    for start, token, value in lexer.get_tokens_unprocessed(text):
        f = _format_for(token, formats)
        if f is None or not value:
            continue
        end = start + len(value)
        pos = start
        k = bisect_right(line_starts, pos) - 1
        while pos < end and k < len(lines):
            line_end = line_starts[k] + len(lines[k])
            stop = min(end, line_end)
            if stop > pos:
                a, b = pos - line_starts[k], stop - line_starts[k]
                if wide[k]:
                    a, b = _utf16(lines[k], a), _utf16(lines[k], b)
                spans[k].append((a, b - a, f))
            k += 1
            if k < len(line_starts):
                pos = line_starts[k]
    return spans


class SourceHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.spans: list[list[Span]] = []

    def set_spans(self, spans: list[list[Span]]) -> None:
        self.spans = spans
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        n = self.currentBlock().blockNumber()
        if 0 <= n < len(self.spans):
            for start, length, f in self.spans[n]:
                self.setFormat(start, length, f)


def normalise(text: str) -> str:
    """Line ends as "\\n", and no other character that Qt would take as a block break (U+2029), so that
    the document's blocks are the text's lines."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n")


class SourceView(QPlainTextEdit):
    """See the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("source_view")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.setFont(font)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setAccessibleName(tr("Brontekst"))
        self.setAccessibleDescription(
            tr("De tekst zoals die is gelezen, met kleuren voor koppen, voetnoten en verwijzingen")
        )
        self.highlighter = SourceHighlighter(self.document())
        self._text = ""
        self.setPlaceholderText(tr("Geen brontekst: open een document."))

    def set_text(self, text: str | None) -> None:
        text = normalise(text or "")
        if text == self._text:
            return
        self._text = text
        self.highlighter.set_spans([])
        self.setPlainText(text)
        self.highlighter.set_spans(lex_spans(text, token_formats(self.palette())))

    def text(self) -> str:
        return self._text
