"""Showing document text safely and letting only web links leave the application.

Document text is data, never markup: widgets get it as plain text (labels with `Qt.PlainText`, item views'
display role, `QPlainTextEdit`). Tool tips are the trap: Qt shows a tool tip as rich text whenever it *looks*
like markup, so one with a "<b>" from a document would be interpreted. `tooltip()` makes it rich text on
purpose, with every character escaped, so it is always shown literally.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


def clean(text: str) -> str:
    """Text without control characters (they would show as boxes or break a line)."""
    return _CONTROL.sub(" ", text)


def tooltip(text: str) -> str:
    """A tool tip that shows `text` literally, markup and all."""
    import html  # here, not at the top: start-up does not need it

    return "<p style='white-space:pre-wrap'>" + html.escape(clean(text)) + "</p>"


def escape(text: str) -> str:
    """Text for a place that takes rich text (a label made by us around document text)."""
    import html

    return html.escape(clean(text))


def is_web_link(url: QUrl | str) -> bool:
    """Only http(s) links with a host may leave the application."""
    u = url if isinstance(url, QUrl) else QUrl(url.strip())
    return u.isValid() and u.scheme().lower() in ("http", "https") and bool(u.host())


def web_url(text: str) -> QUrl | None:
    """A link as printed ("www.example.org/x", "https://…") as a web URL, or None when it is not one."""
    text = text.strip()
    if text.lower().startswith("www.") or "://" not in text:
        text = "https://" + text
    url = QUrl(text, QUrl.ParsingMode.TolerantMode)
    return url if is_web_link(url) else None


def open_external(url: QUrl | str) -> bool:
    """Open a web link in the system browser; anything else (file:, javascript:, mailto:) is refused."""
    u = url if isinstance(url, QUrl) else web_url(url)
    if u is None or not is_web_link(u):
        return False
    return bool(QDesktopServices.openUrl(u))
