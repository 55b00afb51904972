"""Which extractor wrote the text, and which layout the document has: read once, handed to every pass.

The source (the extractor) is read from the text before any pass changes it; it decides what the cleaning
pass undoes (Markdown markup, Word's note markers, QtPdf's hyphen marks). The layout (how questions and
answers are headed) is read from the heading lines once the heading pass has found them; it decides whether
numbered lines head questions and whether the body is cut by headings at all.

Every note form (a trailing run at the page foot, numbers glued to their text, numbers set apart from their
texts, notes left in the middle of the flow) is tried on every page whatever the source: extractors mix
them, and a form that is absent costs nothing.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from enum import StrEnum

from reader.core.labels import parse_heading
from reader.core.parse_text.lines import LineKind, Lines, strip_sentinels
from reader.core.parse_text.rules import NUMBERED_LINE


class Source(StrEnum):
    """The program that turned the PDF (or the Word file) into this text."""

    PLAIN = "plain"  # pdftotext without -layout, the seed's copy, a paste: notes where the page put them
    LAYOUT = "layout"  # pdftotext -layout: columns kept apart by runs of spaces
    PYPDF = "pypdf"  # pypdf: pages split by form feeds, note numbers glued to their text ("1Trouw")
    PYPDF2 = "pypdf2"  # PyPDF2: no form feeds, note numbers glued, the words of joined lines run together
    QTPDF = "qtpdf"  # QtPdf (this program's PDF reader): "\r\n" line ends, U+FFFE for a line-break hyphen
    MARKDOWN = "markdown"  # a Markdown conversion: "#", "**", "-----" page rules, "[1 ]" markers
    WORD = "word"  # a Word export or draft: "AH 604", "1) …" notes and " 1)" markers, no page furniture


class Layout(StrEnum):
    """How the questions and answers are headed."""

    UNKNOWN = "unknown"  # not read yet (the heading pass reads it)
    HEADINGS = "headings"  # "Vraag N" / "Antwoord N" headings (or only a "Mededeling" heading)
    NUMBERED = "numbered"  # only "Antwoord" headings; each question opens with its number "1. …" (Word)
    ONE_ANTWOORD = "one-antwoord"  # older sets: questions numbered, one bare "Antwoord", answers numbered again
    UNNUMBERED = "unnumbered"  # no headings: a header, then "1. …" / "Antwoord:" pairs or plain paragraphs


@dataclass(frozen=True)
class Dialect:
    """What the passes need to know about the text's form. The flags are the evidence found; `source`
    names the extractor they point to."""

    source: Source = Source.PLAIN
    markdown: bool = False  # Markdown markup to remove; "[1 ]" footnote markers
    word_notes: bool = False  # notes printed "1) …", markers " 1)" after a word
    hyphen_mark: bool = False  # U+FFFE stands for a hyphen at a line break (QtPdf)
    layout: Layout = Layout.UNKNOWN


# A line of Markdown markup: a "#" heading, bold text, a "-----" page rule.
_MD_LINE = re.compile(r"(?m)^[^\S\n]*+(?:#{1,6}[^\S\n]|\*\*|-----[^\S\n]*$)")
_MD_MARKER = re.compile(r"\[\d{1,3}\s*\]")  # "[1 ]", "[12]": a footnote marker of a Markdown conversion
_WORD_NOTE = re.compile(r"(?m)^[^\S\n]*+1\)\s++\S")  # "1) NOS, 3 mei" at a line start
_WORD_DRAFT = re.compile(r"(?m)^[^\S\n]*+AH[^\S\n]++\d{1,5}[^\S\n]*+$")  # "AH 604" above a draft
_GLUED_NOTE = re.compile(r"(?m)^\d{1,3}[A-Z«]")  # "1Trouw, 3 mei": pypdf's note number glued to its text
_COLUMN_GAP = re.compile(r"\S {3,}+\S")  # pdftotext -layout keeps columns apart with runs of spaces
_LEADING_DIGITS = re.compile(r"\d+")


def _count(pattern: re.Pattern[str], text: str, enough: int) -> int:
    """How many times `pattern` occurs in `text`, counting no further than `enough`."""
    return sum(1 for _ in itertools.islice(pattern.finditer(text), enough))


def detect_dialect(text: str) -> Dialect:
    """The dialect of `text` as given to the parser (line ends of any style)."""
    probe = text
    if "\r" in probe:
        probe = probe.replace("\r\n", "\n").replace("\r", "\n")
    if any(c in probe for c in "\ufeff\u200b\ufffe\ue000\ue001"):
        # what the cleaning pass removes first must not hide the markup
        for c in "\ufeff\u200b\ue000\ue001":
            probe = probe.replace(c, "")
        probe = probe.replace("\ufffe", "-")
    # each form is looked for only where the characters it needs occur at all
    markup = "#" in probe or "**" in probe or "-----" in probe
    markdown = (markup and _count(_MD_LINE, probe, 2) >= 2) or ("[" in probe and _MD_MARKER.search(probe) is not None)
    word_notes = "1)" in probe and _WORD_NOTE.search(probe) is not None
    hyphen_mark = "\ufffe" in text
    if markdown:
        source = Source.MARKDOWN
    elif word_notes or _WORD_DRAFT.search(probe[:2000]):
        source = Source.WORD
    elif hyphen_mark or "\r\n" in text[:4096]:
        source = Source.QTPDF
    elif "   " in probe and _count(_COLUMN_GAP, probe, 20) >= 20:
        source = Source.LAYOUT
    elif _GLUED_NOTE.search(probe):
        source = Source.PYPDF if "\f" in probe else Source.PYPDF2
    else:
        source = Source.PLAIN
    return Dialect(source, markdown, word_notes, hyphen_mark)


def detect_layout(lines: Lines) -> Layout:
    """The layout, from the heading lines (after the heading pass has marked them)."""
    heads = [
        parse_heading(strip_sentinels(lines.text[i]).strip()) if kind is LineKind.HEADING else ("mededeling", "")
        for i, kind in enumerate(lines.kind)
        if kind is LineKind.HEADING or kind is LineKind.MEDEDELING_HEAD
    ]
    if any(h and h[0] == "vraag" for h in heads):
        return Layout.HEADINGS
    if not any(h and h[0] == "antwoord" for h in heads):
        return Layout.HEADINGS if heads else Layout.UNNUMBERED
    # only "Antwoord" headings: questions head themselves with their numbers; in the older layout one bare
    # "Antwoord" after numbered questions is followed by the answers, numbered from 1 again
    highest = 0  # the highest number a line has opened with so far
    waiting = False  # a bare "Antwoord" after numbered questions: is the next body line numbered 1?
    for i, kind in enumerate(lines.kind):
        if kind is LineKind.BODY:
            m = NUMBERED_LINE.match(lines.text[i])
            if m:
                if waiting and m.group(1) == "1":
                    return Layout.ONE_ANTWOORD
                digits = _LEADING_DIGITS.match(m.group(1))
                highest = max(highest, int(digits.group(0)) if digits else 0)
            waiting = False
        elif kind is LineKind.HEADING:
            head = parse_heading(strip_sentinels(lines.text[i]).strip())
            waiting = waiting or (head is not None and head == ("antwoord", "") and highest >= 2)
    return Layout.NUMBERED
