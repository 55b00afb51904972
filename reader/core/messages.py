"""Compatibility: the core's messages now live in `reader.core.i18n` and `reader.core.catalogue`."""

from __future__ import annotations

from reader.core.catalogue import CATALOGUE as MESSAGES
from reader.core.i18n import language, set_language, tr

__all__ = ["MESSAGES", "language", "message", "set_language"]


def message(key: str, lang: str | None = None, **kwargs: object) -> str:
    return tr(key, lang=lang, **kwargs)
