"""What to print and how: one dataclass shared by the dialogs, the command line and the renderer.

Pair numbers the user sees (`--pairs 1-3,5`, the dialog's range field) are 1-based rows of the aligned view;
`PrintOptions.pairs` holds 0-based indexes into `Document.pairs()`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from reader.presentation.view import Columns

__all__ = [
    "PAPER_SIZES",
    "Columns",
    "PairSpecError",
    "PrintOptions",
    "Scope",
    "format_pair_spec",
    "parse_pair_spec",
]


class Scope(StrEnum):
    """Which pairs to print."""

    ALL = "all"
    CURRENT = "current"
    SELECTED = "selected"


# the paper sizes offered; the renderer maps the names to QPageSize ids
PAPER_SIZES: tuple[str, ...] = ("A4", "A3", "A5", "Letter", "Legal")


@dataclass(frozen=True)
class PrintOptions:
    """Print settings. Lengths in millimetres, the font size in points.

    scope: all pairs, the current pair, or the pairs in `pairs` (0-based indexes into `Document.pairs()`).
    columns: questions and answers side by side, or one of them.
    footnotes: print the footnotes (as endnotes, with their citations' ids and links).
    whole_pairs: a pair that fits on a page is never split over two ("pairs always whole": more paper); by
        default a pair continues on the next page when more than a third of the page is left.
    """

    scope: Scope = Scope.ALL
    pairs: tuple[int, ...] = ()
    columns: Columns = Columns.BOTH
    footnotes: bool = True
    paper: str = "A4"
    landscape: bool = False
    margin_top: float = 15.0
    margin_bottom: float = 15.0
    margin_left: float = 18.0
    margin_right: float = 18.0
    font_size: float = 10.0
    ratio: float = 0.5  # the questions column's share of the width
    whole_pairs: bool = False

    def resolved_pairs(self, count: int, current: int | None = None) -> list[int] | None:
        """The 0-based pair indexes to print, in order; None = all. Out-of-range indexes are dropped.

        A scope that has nothing to print (no current pair, an empty selection) falls back to all pairs,
        so a remembered "selected" scope never prints an empty page.
        """
        if self.scope == Scope.CURRENT and current is not None and 0 <= current < count:
            return [current]
        if self.scope == Scope.SELECTED:
            chosen = sorted({i for i in self.pairs if 0 <= i < count})
            if chosen:
                return chosen
        return None


@dataclass
class PairSpecError(ValueError):
    """A pair range the user typed is not valid; `key` names the message (see messages.py)."""

    key: str
    spec: str
    details: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        from reader.core.i18n import tr

        return tr(self.key, spec=self.spec, **self.details)


_PART = re.compile(r"^(\d+)(?:-(\d+))?$")


def parse_pair_spec(spec: str, count: int | None = None) -> list[int]:
    """'1-3,5' → [0, 1, 2, 4] (1-based numbers in, 0-based indexes out, sorted, each once).

    With `count`, numbers beyond the document's pairs are an error (so a typo does not silently print less).
    """
    out: set[int] = set()
    normal = re.sub(r"\s*[-–]\s*", "-", spec.strip())
    parts = [p for p in re.split(r"[,;\s]+", normal) if p]
    if not parts:
        raise PairSpecError("pairs_empty", spec)
    for part in parts:
        m = _PART.match(part)
        if not m:
            raise PairSpecError("pairs_invalid", spec)
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        if first < 1 or last < first:
            raise PairSpecError("pairs_invalid", spec)
        if count is not None and last > count:
            raise PairSpecError("pairs_out_of_range", spec, {"number": last, "count": count})
        out.update(range(first - 1, last))
    return sorted(out)


def format_pair_spec(indexes: Iterable[int]) -> str:
    """[0, 1, 2, 4] → '1-3, 5' (the inverse of parse_pair_spec)."""
    numbers = sorted({i + 1 for i in indexes})
    runs: list[str] = []
    start = prev = None
    for n in [*numbers, None]:
        if n is not None and prev is not None and n == prev + 1:
            prev = n
            continue
        if start is not None:
            runs.append(str(start) if start == prev else f"{start}-{prev}")
        start = prev = n
    return ", ".join(runs)


def clamp_margins(values: Sequence[float]) -> tuple[float, ...]:
    """Margins between 0 and 60 mm: a remembered or typed value never leaves no room for the text."""
    return tuple(min(60.0, max(0.0, float(v))) for v in values)
