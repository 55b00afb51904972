"""The parser's own error: one clear message naming the file and the problem, in both languages."""

from __future__ import annotations

from reader.core.messages import message


class ParseError(Exception):
    """A file could not be read as a Kamervragen document. `str()` is the message in the current language."""

    def __init__(self, key: str, path: str = "", **kwargs: object) -> None:
        self.key = key
        self.path = path
        self.kwargs = kwargs
        super().__init__(self.message())

    def message(self, lang: str | None = None) -> str:
        return message(self.key, lang, path=self.path or "<input>", **self.kwargs)

    def __str__(self) -> str:
        return self.message()
