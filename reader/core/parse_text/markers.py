"""Footnote markers: where each note's number stands in the body text, in the forms extractors produce.

`line_candidates` reads a line once and gives, for every number whose marker may stand in it, the best
candidate (the strongest form; among equals the first). The forms and their strengths are the `MarkerRule`s
in `rules`. `place_markers` then gives each note the strongest candidate between the previous note's marker
and the note itself, on the note's page first, and writes it into the line as a sentinel.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from array import array
from collections.abc import Callable

from reader.core import cancel
from reader.core.parse_text.lines import CHECK_EVERY, M_OPEN, SENTINEL, LineKind, sentinel, strip_sentinels
from reader.core.parse_text.numbers import note_number, only_markers
from reader.core.parse_text.rules import (
    ASCII_LETTER,
    GLUED_MARKER,
    GLUED_MARKER_DIGITS,
    LETTERS_AND_DIGITS,
    LINE_START_BEFORE_STOP,
    LINE_START_DIGITS,
    LINE_START_MARKER,
    LONE_NUMBER_WITH_STOP,
    LONE_NUMBERED_LINE,
    MARKER_AFTER_ACRONYM,
    MARKER_LINE,
    MAX_NOTE,
    NUMBER_CONTEXT,
    SENTINEL_MARKER,
    SHORT_CAPITALS,
    SHORT_CAPITALS_END,
    SPACED_MARKER,
    SPACED_MARKER_DIGITS,
    TABLE_LABEL_MARKER,
    UNIT_AFTER,
    YEAR,
    YEAR_END,
    YEAR_MARKER,
)
from reader.core.parse_text.state import Candidate, ParseState
from reader.core.text_tables import figure_row

_DIGIT = re.compile(r"\d")
_DIGITS = re.compile(r"\d+")
_GLUED_LABEL = re.compile(r"[^\W\d_]\d{2,}\s+\d")  # a word glued to digits, then a figure: maybe a table row
_SPACE = re.compile(r"\s")
_NONWORD_RUN = re.compile(r"\W*+")
_WORD_RUN = re.compile(r"[\w/'’]*+")
_WORD_TAIL = re.compile(r"[/'’]*+")
_GLUED_AFTER = frozenset("?!.,»”’):;\"'")  # a marker glued after these is a marker, not part of a number
_LINE_START_BEFORE = frozenset(",.;:»”’)(«")  # "3 Er …", "3, …": what may follow a line-start marker
_LONGEST_CONTEXT_WORD = 12  # longer than any word of NUMBER_CONTEXT or a year
_LONG_LINE = 4096  # a line this long has its candidates kept for the parse


def _note_value(digits: str) -> int | None:
    """The note number `digits` spell exactly as it is printed ("7", not "07"), if it can be one."""
    if not 0 < len(digits) <= 3 or not digits.isascii() or digits[0] == "0":
        return None
    return int(digits)


def _value(digits: str) -> int | None:
    """The value of a run of digits (any script), or None for a run too long to be a count."""
    return int(digits) if len(digits) <= 18 else None


def line_candidates(text: str) -> dict[int, Candidate]:
    """For every note number (1-999) whose marker may stand in `text`: its best (strength, start, end)."""
    if _DIGIT.search(text) is None:
        return {}
    best: dict[int, Candidate] = {}
    settled: set[int] = set()  # numbers a surer form has settled: no other form counts for them
    # a sentinel settles its number
    if M_OPEN in text:
        for m in SENTINEL.finditer(text):
            n = _note_value(m.group(1))
            if n is not None and n not in best:
                best[n] = (SENTINEL_MARKER.strength, m.start(), m.end())
        settled.update(best)
    # a line of markers only ("2, 3 en 4") settles the numbers it holds, when they follow each other
    if only_markers(text):
        runs = list(_DIGITS.finditer(text))
        values = [v for v in (_value(m.group(0)) for m in runs) if v is not None]
        if len(values) == len(runs) and all(b - a == 1 for a, b in itertools.pairwise(values)):
            rule = LONE_NUMBERED_LINE if LONE_NUMBER_WITH_STOP.fullmatch(text) else MARKER_LINE
            for m, v in zip(runs, values, strict=True):
                # a number counts where it is printed as such ("1", not only "01" or "١")
                if 0 < v <= MAX_NOTE and v not in settled and (m.group(0) == str(v) or str(v) in text):
                    best[v] = (rule.strength, m.start(), m.end())
                    settled.add(v)
    rev: list[str] = []  # the text reversed, made when first needed (to look back in linear time)
    _glued(text, rev, best, settled)
    got = note_number(text)
    if got and 0 < got[0] <= MAX_NOTE and got[0] not in settled:
        rest = got[1]
        if not rest or rest[:1] in _LINE_START_BEFORE or rest[:1].isalpha():
            lead = LINE_START_DIGITS.match(text)
            if lead and (lead.group(0).lstrip() == str(got[0]) or str(got[0]) in text):
                # "3. Alle producten …" may be a list item as well as a marker before a full stop
                n, rule = got[0], LINE_START_BEFORE_STOP if rest[:1] == "." else LINE_START_MARKER
                if n not in best or rule.strength > best[n][0]:
                    best[n] = (rule.strength, lead.end() - len(str(n)), lead.end())
    _spaced(text, rev, best, settled)
    _row_label(text, best, settled)
    return best


def _row_label(text: str, best: dict[int, Candidate], settled: set[int]) -> None:
    """A marker between a table row's label and its first figure ("Proef A2412 515 618"): the digits the
    first figure has beyond the longest of the row's other figures, when the label is glued to it."""
    if not text.rstrip()[-1:].isdigit() or not _GLUED_LABEL.search(text):
        return  # (a row ends in a figure: most lines are passed over at their last character)
    row = figure_row(strip_sentinels(text)) if M_OPEN in text else figure_row(text)
    if row is None or len(row) < 3 or not all(f.isdigit() for f in row[1:]):
        return
    first, width = row[1], max(len(f) for f in row[2:])
    extra = len(first) - width
    at = text.find(first)
    if not 0 < extra <= 2 or first[0] == "0" or at <= 0 or not text[at - 1].isalpha():
        return
    n = int(first[:extra])
    if n not in settled and n <= MAX_NOTE and (n not in best or TABLE_LABEL_MARKER.strength > best[n][0]):
        best[n] = (TABLE_LABEL_MARKER.strength, at, at + extra)


def _reversed(text: str, rev: list[str]) -> str:
    if not rev:
        rev.append(text[::-1])
    return rev[0]


def _word_start(text: str, rev: list[str], limit: int, pos: int) -> int:
    """The start of the token that ends at `pos` (after the last space before it), at least `limit`."""
    n = len(text)
    m = _SPACE.search(_reversed(text, rev), n - pos, n - limit)
    return n - m.start() if m else limit


def _glued(text: str, rev: list[str], best: dict[int, Candidate], settled: set[int]) -> None:
    """Markers glued to the end of a word or after punctuation: "worden?1", "vragen2", "Rijksoverheid.3",
    "gesproken.3Toekomstige", "(KYBER)10", a year + marker "20241", "2022–202813". A run of digits counts
    when a space, punctuation, a capitalised word or the line end follows; the marker is its last 1-3 digits,
    and the head before them (back to the previous such run or the token start) decides how sure it is."""
    prev_end = 0
    for m in GLUED_MARKER_DIGITS.finditer(text):
        run_start, run_end = m.span()
        limit, prev_end = prev_end, run_end
        run = m.group(0)
        size = len(run)
        word = run_start > 0 and not text[run_start - 1].isspace()  # the head has characters before the run
        letters: bool | None = None
        for k in range(1, min(3, size) + 1):
            digits = run[size - k :]
            if digits[0] == "0" or not digits.isascii():
                continue  # a number is printed without a leading zero, in ASCII digits
            n = int(digits)
            if n in settled or (n in best and best[n][0] >= GLUED_MARKER.strength):
                continue  # nothing glued is surer than what it has
            strength: int | None = None
            if k < size:
                # a digit stands before the marker: a year ("20241": the head ends in 2024 after a non-digit),
                # else letters in the head make it "NIS24" = NIS2 + marker 4, as a last resort
                if size - k == 4 and run[:2] in ("19", "20"):
                    strength = YEAR_MARKER.strength
                elif word:
                    if letters is None:
                        head = _word_start(text, rev, limit, run_start)
                        letters = ASCII_LETTER.search(text, head, run_start) is not None
                    if letters:
                        strength = LETTERS_AND_DIGITS.strength
            elif word:
                last = text[run_start - 1]
                if last.isalpha() or last in _GLUED_AFTER:
                    # "NIS2", "CO2": short capitals before a one-digit number are more likely a name; kept as
                    # the weakest candidate, for when nothing else stands before the note
                    strength = GLUED_MARKER.strength
                    if n < 10 and last.isalpha():
                        tail = text[max(_word_start(text, rev, limit, run_start), run_start - 4) : run_start]
                        if SHORT_CAPITALS_END.search(tail) and not MARKER_AFTER_ACRONYM.search(tail):
                            strength = SHORT_CAPITALS.strength
                elif last.isdigit():  # a digit that is no decimal digit ("²") ends the head
                    head = _word_start(text, rev, limit, run_start)
                    if YEAR_END.search(text[max(head, run_start - 5) : run_start]):
                        strength = YEAR_MARKER.strength
                    elif ASCII_LETTER.search(text, head, run_start):
                        strength = LETTERS_AND_DIGITS.strength
            if strength is not None and (n not in best or strength > best[n][0]):
                best[n] = (strength, run_end - k, run_end)


def _spaced(text: str, rev: list[str], best: dict[int, Candidate], settled: set[int]) -> None:
    """Markers set apart by a space (newer pypdf): "ombudsman? 1", "jl. 2 heb ik", "rapport 1 geeft" — not
    after a word that makes the number a count or a reference ("artikel 10"), not in a run of numbers
    ("3 4"; but "uit 2022 4" is a year and a marker), not before a unit ("10 miljoen")."""
    done: set[str] = set()  # numbers the weakest form cannot improve on
    for m in SPACED_MARKER_DIGITS.finditer(text):
        digits = m.group(1)
        if digits in done:
            continue
        n = _note_value(digits)
        if n is None or n in settled or (n in best and best[n][0] >= SPACED_MARKER.strength):
            done.add(digits)
            continue
        space = m.start()
        if text[space - 1].isdigit() and text[max(0, space - 4) : space - 2] not in ("19", "20"):
            continue  # "3 4": a sequence of numbers
        word = _word_before(text, rev, space)
        if word in NUMBER_CONTEXT:
            continue
        if text[space - 1].isdigit() and not YEAR.fullmatch(word):
            continue
        if UNIT_AFTER.match(text, m.end(1)):
            continue
        best[n] = (SPACED_MARKER.strength, m.start(1), m.end(1))
        done.add(digits)


def _word_before(text: str, rev: list[str], pos: int) -> str:
    r"""The word before `pos` over any non-word characters, lower-cased ("" when it is too long to be a
    number's context): the word of `([\w/'’]+)\W*$` in the text before `pos`."""
    n = len(text)
    back = _reversed(text, rev)
    skipped = _NONWORD_RUN.match(back, n - pos)
    last = n - (skipped.end() if skipped else n - pos) - 1  # the last word character
    if last < 0:
        return ""
    # the word's characters before it, read no further than a context word can be long
    run = _WORD_RUN.match(back, n - 1 - last, n - last + _LONGEST_CONTEXT_WORD)
    start = last + 1 - (run.end() - run.start() if run else 0)
    tail = _WORD_TAIL.match(text, last + 1, pos)
    end = tail.end() if tail else last + 1
    return text[start:end].lower() if end - start <= _LONGEST_CONTEXT_WORD else ""


def candidates_of(state: ParseState, i: int) -> dict[int, Candidate]:
    """The candidates of body line i; a long line's are read once per parse (both the note and the marker
    passes ask for them)."""
    text = state.lines.text[i]
    if len(text) < _LONG_LINE:
        return line_candidates(text)
    found = state.long_lines.get(i)
    if found is None:
        found = state.long_lines[i] = line_candidates(text)
    return found


def place_markers(state: ParseState) -> None:
    """Takes the body lines and the footnotes; gives each note's marker in the body, written into its line as
    a sentinel. The marker of note n is the strongest candidate between the previous note's marker and the
    note's own first line, on that line's page first; a line of markers only ("2, 3 en 4") is written as
    markers all at once when its numbers follow each other."""
    lines = state.lines
    numbers = [f.number for f in state.notes]
    if not numbers:
        return
    note_line: dict[int, int] = {}
    for i in sorted(lines.note):
        if lines.kind[i] is LineKind.NOTE:
            note_line[lines.note[i]] = i
    index = _number_index(state, set(numbers))
    # the candidates of the lines read last (a long line is read once for all its numbers)
    read_line: Callable[[str], dict[int, Candidate]] = functools.lru_cache(maxsize=64)(line_candidates)
    edits: dict[int, list[tuple[int, int, int]]] = {}  # line → (start, end, number) to write as sentinels
    marker_lines: dict[int, str] = {}  # lines to be written as markers all at once → their new text
    marker_numbers: dict[int, set[int]] = {}  # … and the numbers they hold
    budget = [10 * len(numbers)]  # markers that lines of markers may still write

    def candidate(i: int, n: int) -> Candidate | None:
        """Note n's best candidate on line i, given the markers placed so far."""
        if i in marker_lines:
            return (SENTINEL_MARKER.strength, 0, 0) if n in marker_numbers[i] else None
        text = lines.text[i]
        cand = (read_line(text) if len(text) < _LONG_LINE else candidates_of(state, i)).get(n)
        if i in edits:
            # the line holds the sentinels written so far: one of n itself settles n there
            mine = next(((x, y) for x, y, m in edits[i] if m == n), None)
            if mine is not None:
                return (SENTINEL_MARKER.strength, *mine)
            if cand and any(cand[1] < y and x < cand[2] for x, y, _ in edits[i]):
                return None  # its digits are another note's marker
        return cand

    prev = 0
    for n in numbers:
        cancel.check()
        end = note_line.get(n, len(lines))
        page = lines.page[end] if end < len(lines) else None
        found = index.get(n) or array("i")
        first = bisect.bisect_left(found, prev)
        best: tuple[int, int, int, int] | None = None  # (strength, -line, start, end)
        for same_page in (True, False):
            for k in range(first, len(found)):
                i = found[k]
                if i >= end:
                    break
                if same_page and page is not None and lines.page[i] != page:
                    continue
                cand = candidate(i, n)
                if cand is not None and (best is None or (cand[0], -i) > best[:2]):
                    best = (cand[0], -i, cand[1], cand[2])
                    if cand[0] >= SENTINEL_MARKER.strength:
                        break  # nothing is surer, and an earlier line wins a tie
            if best:
                break
        if best is None:
            continue
        i, a, b = -best[1], best[2], best[3]
        written = i in marker_lines or (a, b, n) in edits.get(i, ())
        if not written and i not in edits:
            text = _marker_line(lines.text[i], n, budget)
            if text is not None:
                marker_lines[i] = text
                marker_numbers[i] = {int(d) for d in _DIGITS.findall(lines.text[i])}
                written = True
        if not written and lines.text[i][a:b] != sentinel(n):
            edits.setdefault(i, []).append((a, b, n))
        prev = i
    for i, text in marker_lines.items():
        lines.text[i] = text
    state.long_lines.clear()
    for i, spans in edits.items():
        text = lines.text[i]
        for a, b, n in sorted(spans, reverse=True):
            text = text[:a] + sentinel(n) + text[b:]
        lines.text[i] = text


def _marker_line(text: str, n: int, budget: list[int]) -> str | None:
    """The line written as markers all at once, when it is a line of markers only, not written into yet,
    whose numbers follow each other and hold n: "2, 3 en 4" → ⟨2⟩⟨3⟩⟨4⟩, keeping the punctuation at its
    end. `budget` bounds the markers so written (a few per note): a line of a thousand numbers is not
    markers."""
    if M_OPEN in text or not only_markers(text):
        return None
    runs = _DIGITS.findall(text)
    if any(len(r) > 3 for r in runs) or len(runs) > budget[0]:
        return None
    nums = [int(r) for r in runs]
    if n not in nums or any(b - a != 1 for a, b in itertools.pairwise(nums)):
        return None
    budget[0] -= len(nums)
    tail = text.rstrip()
    punct = tail.rstrip(".,;:»”’)?!")
    return "".join(sentinel(k) for k in nums) + tail[len(punct) :]


def _number_index(state: ParseState, numbers: set[int]) -> dict[int, array[int]]:
    """For each note number, the body lines (in order) with a run of digits that ends in it: the only lines
    where its marker can stand."""
    lines = state.lines
    index: dict[int, array[int]] = {}
    for i, kind in enumerate(lines.kind):
        if not i & CHECK_EVERY:
            cancel.check()
        if kind is not LineKind.BODY:
            continue
        text = lines.text[i]
        if _DIGIT.search(text) is None:
            continue
        here: set[int] = set()
        for run in set(_DIGITS.findall(text)):
            for k in range(1, min(3, len(run)) + 1):
                n = _value(run[-k:])
                if n in numbers:
                    here.add(n)
        for n in here:
            if n not in index:
                index[n] = array("i")
            index[n].append(i)
    return index
