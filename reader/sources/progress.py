"""Progress of a long operation, reported from the thread that does the work (the window forwards it to its
own thread with a signal)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
    done: int  # items finished (stored, skipped or failed)
    total: int  # items known so far (an update learns its total from the first page of each slice)
    id: str = ""  # the item just finished
    outcome: str = ""  # "added", "updated", "unchanged", "present", "failed", "answered", …


Progress = Callable[[Step], None]
