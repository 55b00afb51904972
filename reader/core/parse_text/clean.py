"""The cleaning pass: one newline style, accents on their letters, QtPdf's hyphen marks, headings glued to a
sentence, and the markup of the dialect (Markdown, Word's note markers) removed."""

from __future__ import annotations

import itertools
import re
import unicodedata

from reader.core.errors import ParseError
from reader.core.parse_text.dialect import detect_dialect
from reader.core.parse_text.lines import M_CLOSE, M_OPEN, PAGE, sentinel
from reader.core.parse_text.rules import GLUED_HEADING, MAX_LINES, MAX_MARKERS
from reader.core.parse_text.state import ParseState
from reader.core.parse_text.textops import chunked_sub

# what GLUED_HEADING needs somewhere in a line: its whole pattern (which reads every line from its start) runs
# only when the text has it
_GLUED_HEADING_PROBE = re.compile(r"[.?!)»][ \t]++(?:Vraag|Antwoord)[ \t]++\d")
_SPACING_ACCENTS = {"´": "\u0301", "`": "\u0300", "¨": "\u0308", "ˇ": "\u030c", "¸": "\u0327", "ˆ": "\u0302",
                    "˜": "\u0303", "˚": "\u030a"}  # fmt: skip
_ACCENT_AFTER = re.compile(r"([A-Za-z]) ?([¸ˇ˚˜¨ˆ])")
_ACUTE_AFTER = re.compile(r"([A-Za-z]) ?([´`])(?![A-Za-z])")
# a link holding QtPdf's hyphen mark (U+FFFE): the mark is the link's own hyphen; matched from its start only
_MARKED_LINK = re.compile(r"(?<!\S)(?=\S*\ufffe)(?=\S*(?:/|www\.))\S++")
_MARK_IN_WORD = re.compile(r"(?<=[a-zà-ÿ])\ufffe(?=[a-zà-ÿ])")
_AFTER_SPACE = re.compile(r"(?<=\s)")
_BETWEEN_UNMARKED = re.compile(r"(?<=[^\ufffe])(?=[^\ufffe])")
_BETWEEN_PLAIN = re.compile(r"(?<=[^ ¸ˇ˚˜¨ˆ´`])(?=[^ ¸ˇ˚˜¨ˆ´`])")  # no accent or space either side
# Word: a marker " 1)" after a word ("bericht? 1)"), not a reference "nr. 1)"
_WORD_MARKER = re.compile(r"(?<=[\w?!.»”’\"'])(?<!nr\.)(?<!nrs\.)(?<!\bnr)[ \t](\d{1,2})\)(?=\s|$)")
# Markdown
_PAGE_RULE = re.compile(r"(?m)-----\s*$")  # after a line's leading space: a page rule
_HASHES = re.compile(r"#{1,6}\s*+")  # after a line's leading space: a heading's hashes
_ITALIC = re.compile(r"(?<![\w/])_(\S(?:[^_\n]*\S)?)_(?![\w/])")
_BEFORE_ITALIC = re.compile(r"(?<= )(?=_(?!_))")  # an underscore after a space can only open a span
_EDGE_UNDERSCORE = re.compile(r"(?m)^_|_$")
_MD_MARKERS = re.compile(r"\[\s*+(\d{1,3}(?:\s++\d{1,3})*+)\s*+\]")  # "[1 ]", "[4 5 ]", "[10]"
_MD_ORDINAL = re.compile(r"\[\s*+([a-z]{1,3})\s*+\]")  # "11[e ]": a superscript ordinal
_SPACES = re.compile(r"\s*+")


def compose_accents(text: str) -> str:
    """Extractors write "Kostić" as "Kostic ´" or "Kostic´", "Yeşilgöz" as "Yes¸ilgöz": put the accent back
    on its letter. An acute or grave inside a word ("zo´n") is an apostrophe and stays."""

    def fix(m: re.Match[str]) -> str:
        composed = unicodedata.normalize("NFC", m.group(1) + _SPACING_ACCENTS[m.group(2)])
        return composed if len(composed) == 1 else m.group(0)

    if any(c in text for c in "¸ˇ˚˜¨ˆ"):
        text = chunked_sub(_ACCENT_AFTER, fix, text, _BETWEEN_PLAIN)
    if "´" in text or "`" in text:
        text = chunked_sub(_ACUTE_AFTER, fix, text, _BETWEEN_PLAIN)
    return text


def undo_hyphen_marks(text: str) -> str:
    """QtPdf writes a hyphen that broke a line as U+FFFE. Inside a line (QtPdf sometimes rejoins the
    halves) it is hyphenation to undo, between lower-case letters; in a link it is the link's own hyphen
    ("digitale-toegang-overheid"); elsewhere (at a line end, where the joiner decides) a hyphen."""
    text = chunked_sub(_MARKED_LINK, lambda m: m.group(0).replace("\ufffe", "-"), text, _AFTER_SPACE)
    return chunked_sub(_MARK_IN_WORD, "", text, _BETWEEN_UNMARKED).replace("\ufffe", "-")


def sub_after_line_start(text: str, core: re.Pattern[str], first: str, repl: str) -> str:
    """`re.sub(r"(?m)^\\s*" + core, repl, text)` in linear time, for a `core` starting with one of the
    characters of `first`.

    The leading `\\s*` may run over blank lines, so the match begins at the first line start after the last
    non-space character before the core; searching that way from every line start would read long runs of
    blank lines once per line. Here each core is found once, and the space before it is read backwards once."""
    finder = re.compile(rf"(?m)^[^\S\n]*+(?=[{re.escape(first)}])")
    out: list[str] = []
    copied = pos = 0
    rev: str | None = None
    n = len(text)
    for f in finder.finditer(text):
        at = f.end()
        if at < pos:
            continue
        m = core.match(text, at)
        if m is None:
            continue
        if rev is None:
            rev = text[::-1]
        spaces = _SPACES.match(rev, n - at)
        lo = max(pos, n - spaces.end() if spaces else at)
        if lo > 0 and text[lo - 1] != "\n":
            newline = text.find("\n", lo, at)
            if newline < 0:
                continue
            lo = newline + 1
        out.append(text[copied:lo])
        out.append(repl)
        copied = pos = m.end()
    out.append(text[copied:])
    return "".join(out)


def _check_markers(pattern: re.Pattern[str], text: str, name: str) -> None:
    """Refuse a text in which a cleaning pass would write more markers than any set has."""
    if sum(1 for _ in itertools.islice(pattern.finditer(text), MAX_MARKERS + 1)) > MAX_MARKERS:
        raise ParseError("too_many_markers", name, limit=MAX_MARKERS)


def clean_markdown(text: str, name: str = "") -> str:
    """Markdown conversions: "-----" page rules become page breaks; "#", "**", "_…_" go; "[1 ]" markers
    become sentinels; "11[e ]" becomes "11e"."""
    text = sub_after_line_start(text, _PAGE_RULE, "-", PAGE)
    text = sub_after_line_start(text, _HASHES, "#", "")
    text = text.replace("**", "")
    text = chunked_sub(_ITALIC, lambda m: m.group(1), text, _BEFORE_ITALIC)
    text = _EDGE_UNDERSCORE.sub("", text)
    _check_markers(_MD_MARKERS, text, name)
    text = _MD_MARKERS.sub(lambda m: "".join(sentinel(int(n)) for n in m.group(1).split()), text)
    return _MD_ORDINAL.sub(r"\1", text)


def measure(state: ParseState) -> None:
    """Takes the text as given; gives a refusal (ParseError) when it has more lines or pages than any set of
    Kamervragen (`rules.MAX_LINES`), before any pass reads it line by line."""
    text = state.text
    count = text.count("\n") + text.count("\r") - text.count("\r\n") + text.count(PAGE)
    if count >= MAX_LINES:
        raise ParseError("too_many_lines", state.name, limit=MAX_LINES)


def read_dialect(state: ParseState) -> None:
    """Takes the text as given; gives its dialect: which extractor wrote it (`dialect.detect_dialect`)."""
    state.dialect = detect_dialect(state.text)


def clean(state: ParseState) -> None:
    """Takes the text as given; gives it with "\\n" line ends, accents on their letters, no private-use or
    zero-width characters, QtPdf's hyphen marks resolved (inside a line: hyphenation undone, except in a
    link), a heading glued to the end of a sentence put on its own line, and the dialect's markup removed
    (Markdown; Word's " 1)" markers as sentinels)."""
    text = state.text.replace("\r\n", "\n").replace("\r", "\n")
    text = compose_accents(text)
    text = text.replace("\u00a0", " ").replace("\u200b", "").replace("\ufeff", "")
    text = text.replace(M_OPEN, "").replace(M_CLOSE, "")
    if "\ufffe" in text:
        text = undo_hyphen_marks(text)
    if ("Vraag" in text or "Antwoord" in text) and _GLUED_HEADING_PROBE.search(text):
        text = GLUED_HEADING.pattern.sub(r"\1\n\2", text)
    if state.dialect.markdown:
        text = clean_markdown(text, state.name)
    if state.dialect.word_notes:
        _check_markers(_WORD_MARKER, text, state.name)
        text = _WORD_MARKER.sub(lambda m: sentinel(int(m.group(1))), text)
    state.text = text
