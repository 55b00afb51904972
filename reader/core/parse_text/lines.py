"""Lines of a text, the identity it states, and the marker sentinels."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A marker the cleaning stage is sure of ("[1 ]" in Markdown, " 1)" in Word) is written as M_OPEN n M_CLOSE.
M_OPEN, M_CLOSE = "\ue000", "\ue001"
PAGE = "\f"


@dataclass
class Line:
    text: str
    page: int
    kind: str = "body"  # body, blank, heading, mededeling_head, note, junk, header
    note: int | None = None  # for a note's first line: its number
    embedded: list[tuple[int, int]] = field(default_factory=list)  # later notes on the same line


@dataclass
class Identity:
    vergaderjaar: str | None = None
    nummer: int | None = None
    zaak: str | None = None
    doc_id: str | None = None
    chamber: str = "tk"
    footer_years: list[str] = field(default_factory=list)


def _strip_sentinels(t: str) -> str:
    return _SENTINEL.sub("", t) if M_OPEN in t else t


def _is_only_marker_sentinels(t: str) -> bool:
    return bool(t) and not _strip_sentinels(t).strip(" .,;:»”’)?!")


_SENTINEL = re.compile(re.escape(M_OPEN) + r"(\d+)" + re.escape(M_CLOSE))
