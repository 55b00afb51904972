"""The one bilingual error class of the layers without Qt widgets.

A `ReaderError` carries a message id of the catalogue (`reader.core.catalogue`) and its fields; `str()` is the
message in the current language, `message("en")` in a given one, so the command line, the window and the logs
each say it in their own language. The layers subclass it only to be caught apart (`ParseError`,
`LibraryError`, `ExportError`, …); the message mechanism is this one.
"""

from __future__ import annotations

from reader.core.i18n import tr


class ReaderError(Exception):
    """Something the user asked for cannot be done; the message says what and why, in either language."""

    def __init__(self, key: str, **kwargs: object) -> None:
        self.key = key
        self.kwargs = kwargs
        super().__init__(key)

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang=lang, **self.kwargs)

    def __str__(self) -> str:
        return self.message()


class ParseError(ReaderError):
    """A file could not be read as a Kamervragen document; the message names the file and the problem."""

    def __init__(self, key: str, path: str = "", **kwargs: object) -> None:
        self.path = path
        super().__init__(key, path=path or "<input>", **kwargs)
