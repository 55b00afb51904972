"""The end of the set: a copied text that runs on into the next set of questions stops where that one begins.

Question texts copied from the Tweede Kamer site one after the other glue the next set's header to the last
question: "… Zo nee, waarom niet? Vragen van het lid Smit (SP) aan de Minister van … over … (ingezonden
5 november 2024). Vraagnummer: 2024Z18000". What follows belongs to another document.
"""

from __future__ import annotations

import re

from reader.core import cancel
from reader.core.parse_text.lines import CHECK_EVERY, LineKind
from reader.core.parse_text.state import ParseState

# a set's header sentence, not "de vragen van het lid …" in a question: a capital V, at a sentence's start
NEXT_HEADER = re.compile(
    r"(?:^|(?<=[.?!»”)]))\s?(?:Mondelinge\s)?Vragen\svan\s(?:het\s(?:kamer)?lid|de\s(?:kamer)?leden)\s"
)
VRAAGNUMMER = re.compile(r"Vraagnummer\s?:\s?\d{4}\s?Z\s?\d{5}", re.I)
# the header closes with its date, and nothing of a sentence follows it (an answer that names earlier
# questions, "Vragen van het lid X aan … (ingezonden …) heb ik …", goes on)
_ASKED_TO = re.compile(r"\saan\s(?:de|het)\s", re.I)
_CLOSED = re.compile(r"\(\s?ingezonden\s[^()]{1,40}\)\s?\.?\s?(?:$|Vraagnummer|Vraag\s?1\b|1\s?[.)]\s)", re.I)
LOOK_AHEAD = 4  # a header sentence wraps over at most this many lines before its date


def cut_next_set(state: ParseState) -> None:
    """Takes the body lines; gives the kind JUNK to a next set glued to this one: from a second header
    sentence ("Vragen van het lid … (ingezonden …)", closed by its date) or a "Vraagnummer: 2024Z…" after the
    set's own on. Runs before the header is read, so that the header stops at the set's own sentence."""
    lines = state.lines
    own = False  # the set's own header sentence has been seen
    notice = False  # in a notice's text ("Mededeling"), which may well name the questions it is about
    for i in range(len(lines)):
        if not i & CHECK_EVERY:
            cancel.check()
        kind = lines.kind[i]
        if kind is LineKind.HEADING or kind is LineKind.MEDEDELING_HEAD:
            notice = kind is LineKind.MEDEDELING_HEAD
            own = True  # a heading: the set's own header, if any, is behind
        if kind is not LineKind.BODY or notice:
            continue
        text = lines.text[i]
        if not own:
            first = NEXT_HEADER.search(text) if "Vragen van" in text else None
            own = first is not None
            text = text[first.end() :] if first else ""  # (a second header on the same line is read on)
            offset = first.end() if first else 0
        else:
            offset = 0
        at = _next_set_at(state, i, text)
        if at is None:
            continue
        at += offset
        whole = lines.text[i]
        if whole[:at].strip():
            lines.text[i] = whole[:at].rstrip()
            start = i + 1
        else:
            start = i
        for j in range(start, len(lines)):
            lines.kind[j] = LineKind.JUNK
        return


def _next_set_at(state: ParseState, i: int, text: str) -> int | None:
    """Where on line i a next set's header begins, if it does and is closed by its date or number."""
    header = NEXT_HEADER.search(text) if "Vragen van" in text else None
    number = VRAAGNUMMER.search(text) if "raagnummer" in text else None
    if header is None and number is None:
        return None
    if header is not None:
        lines = state.lines
        more = (lines.text[j] for j in range(i + 1, min(i + LOOK_AHEAD, len(lines))) if lines.kind[j] is LineKind.BODY)
        window = " ".join([text[header.start() :], *more])
        if not (_ASKED_TO.search(window) and _CLOSED.search(window)):
            header = None
    found = [m.start() for m in (header, number) if m is not None]
    return min(found) if found else None
