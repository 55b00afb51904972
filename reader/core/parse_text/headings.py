"""Headings and the header: which lines head a question, an answer or a notice, where the header ends."""

from __future__ import annotations

import re
from array import array
from dataclasses import replace

from reader.core import cancel
from reader.core.labels import parse_heading
from reader.core.parse_text.dialect import Layout, detect_layout
from reader.core.parse_text.lines import CHECK_EVERY, HEADINGS, LineKind, Lines, strip_sentinels
from reader.core.parse_text.rules import (
    HEADER_START,
    INLINE_HEADING,
    LATE_HEADER,
    MEDEDELING_HEAD,
    NUMBERED_QUESTION,
    ONTVANGEN,
)
from reader.core.parse_text.state import ParseState

_DATED = re.compile(r"\((?:ingezonden|ontvangen)")
_NUMBERED_START = re.compile(r"^\s*+\d{1,2}[.)]\s")
_ENDS_SENTENCE = re.compile(r"[.)]\s*+$")
_LEADING_DIGITS = re.compile(r"\d+")
_HEADER_FIRST = frozenset("MmVvAa(")


def mark_headings(state: ParseState) -> None:
    """Takes the body lines; gives the kind HEADING to "Vraag 1", "Antwoord 2 en 3", "Antwoord op vraag 5",
    a bare "Antwoord" (the rules in `reader.core.labels`), and MEDEDELING_HEAD to "Mededeling"."""
    lines = state.lines
    count = 0
    for i, kind in enumerate(lines.kind):
        if not i & CHECK_EVERY:
            cancel.check()
        if kind is not LineKind.BODY:
            continue
        s = strip_sentinels(lines.text[i]).strip()
        if parse_heading(s):
            lines.kind[i] = LineKind.HEADING
            count += 1
        elif s[:1] in ("M", "m") and MEDEDELING_HEAD.match(s):
            lines.kind[i] = LineKind.MEDEDELING_HEAD
    state.check_blocks(count)


def split_inline_headings(state: ParseState) -> None:
    """Takes the lines; gives "Vraag 1: Kent u het bericht?" / "Antwoord 1: Ja." as a heading line and a
    body line."""
    lines = state.lines
    split: dict[int, re.Match[str]] = {}
    headings = sum(k is LineKind.HEADING for k in lines.kind)
    for i, kind in enumerate(lines.kind):
        if kind is LineKind.BODY and lines.text[i].lstrip()[:1] in ("V", "A"):
            m = INLINE_HEADING.match(lines.text[i])
            if m and parse_heading(m.group(1)):
                split[i] = m
                state.check_blocks(headings + len(split))
    if not split:
        return
    out = lines.like()
    for i in range(len(lines)):
        m = split.get(i)
        if m:
            out.append(m.group(1), lines.page[i], LineKind.HEADING)
            out.append(m.group(2), lines.page[i], LineKind.BODY)
        else:
            out.copy(lines, i)
    state.lines = out


def read_layout(state: ParseState) -> None:
    """Takes the heading lines; gives the dialect its layout (`dialect.detect_layout`)."""
    state.dialect = replace(state.dialect, layout=detect_layout(state.lines))


def number_only_questions(state: ParseState) -> None:
    """Takes the lines of a NUMBERED or ONE_ANTWOORD layout (answers have "Antwoord" headings, no question
    has a "Vraag" heading); gives the question headings: a line opening "1. Kunt u …", or a bare number line,
    becomes "Vraag 1" (and its text a body line) where a paragraph starts or where it is the next number in
    sequence. In the older layout one bare "Antwoord" follows all the questions and the answers are numbered
    again from 1: after it the numbers head answers."""
    if state.dialect.layout not in (Layout.NUMBERED, Layout.ONE_ANTWOORD):
        return
    lines = state.lines
    older = state.dialect.layout is Layout.ONE_ANTWOORD
    next_body = _next_body(lines) if older else []
    out = lines.like()
    prev_kind = LineKind.BLANK
    expected = 1
    answers = False
    count = 0
    list_next: int | None = None  # the next item of a numbered list inside a question
    for k, kind in enumerate(lines.kind):
        if not k & CHECK_EVERY:
            cancel.check()
        text, page = lines.text[k] if kind is LineKind.BODY or kind is LineKind.HEADING else "", lines.page[k]
        if older and kind is LineKind.HEADING and expected > 2 and parse_heading(text.strip()) == ("antwoord", ""):
            nxt = next_body[k]
            m = NUMBERED_QUESTION.match(lines.text[nxt]) if nxt >= 0 else None
            if m and m.group(1) == "1":
                answers, expected, prev_kind = True, 1, LineKind.HEADING
                continue  # the numbers below head the answers
        m = NUMBERED_QUESTION.match(text) if kind is LineKind.BODY else None
        if m and not answers:
            n = _number(m.group(1))
            # "1." again inside question 4, or the next item of that list: a numbered list in the question.
            # An item that opens with a capital and asks something ("…?") is the next question after all.
            restart = n is not None and n < expected - 1
            item = m.group(2) or ""
            goes_on = n is not None and n == list_next and (item[:1].islower() or not _asks(lines, k))
            if n is not None and (restart or goes_on):
                list_next = n + 1
                m = None
        if m and (prev_kind in (LineKind.BLANK, LineKind.HEADING) or m.group(1) == str(expected)):
            out.append(f"{'Antwoord' if answers else 'Vraag'} {m.group(1)}", page, LineKind.HEADING)
            count += 1
            if m.group(2):
                out.append(m.group(2), page, LineKind.BODY)
            digits = _LEADING_DIGITS.match(m.group(1))
            expected = int(digits.group(0)) + 1 if digits else expected
            list_next = None
        else:
            out.copy(lines, k)
            count += kind is LineKind.HEADING
        if kind is not LineKind.JUNK:
            prev_kind = kind
    state.check_blocks(count)
    state.lines = out


def _number(label: str) -> int | None:
    digits = _LEADING_DIGITS.match(label)
    return int(digits.group(0)) if digits else None


ASK_LINES = 8  # a question's paragraph is read this far for its question mark


def _asks(lines: Lines, k: int) -> bool:
    """Does the paragraph that starts on line k ask something ("…?")?"""
    for j in range(k, min(k + ASK_LINES, len(lines))):
        if lines.kind[j] is not LineKind.BODY or (j > k and NUMBERED_QUESTION.match(lines.text[j])):
            return False
        if "?" in lines.text[j]:
            return True
    return False


def _next_body(lines: Lines) -> array[int]:
    """For each line, the index of the first BODY line after it (-1: none)."""
    out = array("l", [-1]) * len(lines)
    nxt = -1
    for i in range(len(lines) - 1, -1, -1):
        out[i] = nxt
        if lines.kind[i] is LineKind.BODY:
            nxt = i
    return out


def find_body_start(state: ParseState) -> None:
    """Takes the lines with their headings; gives the first heading, the start of the body, and the kind
    HEADER to the body lines before it. Without headings the body starts after the header paragraph: the
    lines from "Vragen van …" to the last "(ingezonden …)"/"(ontvangen …)" and the lines that wrap on."""
    lines = state.lines
    state.first_heading = lines.first(*HEADINGS)
    if state.first_heading is not None:
        body_start = state.first_heading
    else:
        header_start = next(
            (
                i
                for i, k in enumerate(lines.kind)
                if k is LineKind.BODY
                and lines.text[i].lstrip()[:1] in _HEADER_FIRST
                and HEADER_START.match(lines.text[i])
            ),
            None,
        )
        body_start = _unnumbered_body_start(lines, header_start)
    state.body_start = body_start
    for i in range(min(body_start, len(lines))):
        if lines.kind[i] is LineKind.BODY:
            lines.kind[i] = LineKind.HEADER


def _unnumbered_body_start(lines: Lines, header_start: int | None) -> int:
    if header_start is None:
        return next((i for i, k in enumerate(lines.kind) if k is LineKind.BODY), len(lines))
    # the header runs to the first blank line after the last "(ontvangen …)"/"(ingezonden …)"/"Vragen van"
    last = header_start
    for j in range(header_start, min(len(lines), header_start + 30)):
        if lines.kind[j] is LineKind.BODY and (HEADER_START.match(lines.text[j]) or _DATED.search(lines.text[j])):
            last = j
    j = last + 1
    while (
        j < len(lines)
        and lines.kind[j] is LineKind.BODY
        and lines.text[j].strip()
        and not _NUMBERED_START.match(lines.text[j])
    ):
        # the header sentence wraps onto following lines until a blank line
        if _ENDS_SENTENCE.search(lines.text[j - 1]):
            break
        j += 1
    return j


def late_header_lines(state: ParseState) -> None:
    """Takes the body lines; gives the kind HEADER to an older set's "Antwoord van minister … (Ontvangen …)"
    printed between the questions and the answers (it may wrap over a few lines; it ends with its date)."""
    lines = state.lines
    i = state.body_start
    while i < len(lines):
        if lines.kind[i] is LineKind.BODY and LATE_HEADER.match(lines.text[i]):
            end = None
            for j in range(i, min(i + 4, len(lines))):
                if lines.kind[j] is not LineKind.BODY:
                    break
                if ONTVANGEN.pattern.search(lines.text[j]):
                    end = j
                    break
            if end is not None:  # only a real header line, closed by its date
                for j in range(i, end + 1):
                    lines.kind[j] = LineKind.HEADER
                i = end
        i += 1
