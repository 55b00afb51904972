"""Headings in layouts without them."""

from __future__ import annotations

import re

from reader.core.labels import parse_heading
from reader.core.parse_text.lines import Line, _strip_sentinels
from reader.core.parse_text.pages import _HEADER_START

_LATE_HEADER = re.compile(r"^\s*(?:Antwoord|Mededeling)\s+van\s+(?:de\s+|het\s+)?[A-Za-z]", re.I)


def _late_header_lines(lines: list[Line], body_start: int) -> None:
    """Older sets print "Antwoord van minister … (Ontvangen …)" between the questions and the answers: it
    belongs to the header, not to the last question. It may wrap; it ends with its "(ontvangen …)"."""
    i = body_start
    while i < len(lines):
        ln = lines[i]
        if ln.kind == "body" and _LATE_HEADER.match(ln.text):
            end = None
            for j in range(i, min(i + 4, len(lines))):
                if lines[j].kind != "body":
                    break
                if re.search(r"\(\s*ontvangen\b", lines[j].text, re.I):
                    end = j
                    break
            if end is not None:  # only a real header line, closed by its date
                for j in range(i, end + 1):
                    lines[j].kind = "header"
                i = end
        i += 1


_Q_NUMBERED_LINE = re.compile(r"^\s*(\d{1,2}[a-z]?)(?:[.)]\s+(\S.*)|\s*)$")


def _number_only_questions(lines: list[Line]) -> list[Line]:
    """Where answers have "Antwoord" headings and no question has a "Vraag" heading, a paragraph opening
    "1. Kunt u …", or a bare number line, is the question's heading: make it one. A number is taken as a
    heading where a paragraph starts, or where it is the next question number in sequence.

    Older sets print all questions first and then one bare "Antwoord" with the answers numbered again from
    1: after such a heading the numbers head answers."""
    headings = [parse_heading(_strip_sentinels(ln.text).strip()) for ln in lines if ln.kind == "heading"]
    if any(h and h[0] == "vraag" for h in headings) or not any(h and h[0] == "antwoord" for h in headings):
        return lines
    out: list[Line] = []
    prev_kind = "blank"
    expected = 1
    answers = False
    for k, ln in enumerate(lines):
        if ln.kind == "heading" and expected > 2 and parse_heading(ln.text.strip()) == ("antwoord", ""):
            nxt = next((x for x in lines[k + 1 :] if x.kind == "body"), None)
            m = _Q_NUMBERED_LINE.match(nxt.text) if nxt is not None else None
            if m and m.group(1) == "1":
                answers, expected, prev_kind = True, 1, "heading"
                continue  # the numbers below head the answers
        m = _Q_NUMBERED_LINE.match(ln.text) if ln.kind == "body" else None
        if m and (prev_kind in ("blank", "heading") or m.group(1) == str(expected)):
            out.append(Line(f"{'Antwoord' if answers else 'Vraag'} {m.group(1)}", ln.page, "heading"))
            if m.group(2):
                out.append(Line(m.group(2), ln.page, "body"))
            digits = re.match(r"\d+", m.group(1))
            expected = int(digits.group(0)) + 1 if digits else expected
        else:
            out.append(ln)
        if ln.kind != "junk":
            prev_kind = ln.kind
    return out


_INLINE_HEADING = re.compile(
    r"^\s*((?:Vraag|Antwoord)\s+(?:op\s+vraag\s+)?\d{1,3}[a-z]?(?:\s*(?:,|en)\s*\d{1,3}[a-z]?)*)\s*[:.]\s+(\S.*)$"
)


def _split_inline_headings(lines: list[Line]) -> list[Line]:
    """ "Vraag 1: Kent u het bericht?" / "Antwoord 1: Ja." — a heading with its text on the same line."""
    out: list[Line] = []
    for ln in lines:
        m = _INLINE_HEADING.match(ln.text) if ln.kind == "body" else None
        if m and parse_heading(m.group(1)):
            out.append(Line(m.group(1), ln.page, "heading"))
            out.append(Line(m.group(2), ln.page, "body"))
        else:
            out.append(ln)
    return out


def _unnumbered_body_start(lines: list[Line], header_start: int | None) -> int:
    """Where the body begins when there are no headings: after the header paragraph(s)."""
    if header_start is None:
        return next((i for i, ln in enumerate(lines) if ln.kind == "body"), len(lines))
    i = header_start
    # the header runs to the first blank line after the last "(ontvangen …)"/"(ingezonden …)"/"Vragen van"
    last = i
    for j in range(i, min(len(lines), i + 30)):
        ln = lines[j]
        if ln.kind == "body" and (_HEADER_START.match(ln.text) or re.search(r"\((?:ingezonden|ontvangen)", ln.text)):
            last = j
    j = last + 1
    while (
        j < len(lines)
        and lines[j].kind == "body"
        and lines[j].text.strip()
        and not re.match(r"^\s*\d{1,2}[.)]\s", lines[j].text)
    ):
        # the header sentence wraps onto following lines until a blank line
        if re.search(r"[.)]\s*$", lines[j - 1].text):
            break
        j += 1
    return j
