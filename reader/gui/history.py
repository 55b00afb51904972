"""Back and Forward through followed citations: each place is a document and the pair that was current."""

from __future__ import annotations

from typing import NamedTuple

MAX_ENTRIES = 200


class Place(NamedTuple):
    doc_id: str
    pair: int  # -1: the top of the document


class History:
    def __init__(self) -> None:
        self._back: list[Place] = []
        self._forward: list[Place] = []

    def visit(self, left: Place | None) -> None:
        """A new document is opened; `left` is where the reader was (None: nothing was open)."""
        if left is not None and (not self._back or self._back[-1] != left):
            self._back.append(left)
            del self._back[:-MAX_ENTRIES]
        self._forward.clear()

    def back(self, here: Place | None) -> Place | None:
        if not self._back:
            return None
        if here is not None:
            self._forward.append(here)
        return self._back.pop()

    def forward(self, here: Place | None) -> Place | None:
        if not self._forward:
            return None
        if here is not None:
            self._back.append(here)
        return self._forward.pop()

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def clear(self) -> None:
        self._back.clear()
        self._forward.clear()
