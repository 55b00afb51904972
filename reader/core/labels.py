"""Question and answer headings: "Vraag 1, 2", "Antwoord 2 t/m 4", "Antwoord op vraag 5", "Vraag 3a".

`numbers_of("2 t/m 4")` → ["2", "3", "4"]; `numbers_of("vragen 1,2,3,4 en 5")` → ["1", …, "5"].
Shared by every parser, so a heading means the same whatever form the document came in. The headings are
data (`HEADING_RULES`: the kind, the pattern, why); every pattern is anchored and linear in the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# one number as printed: 3, 3a, 12b
_ONE = r"\d{1,3}[a-z]?"
_RANGE_WORD = r"(?:t/m|t\.?\s?m\.?|tot\s+en\s+met|tot|-|–|—)"

# the number part of a heading: "1", "1, 2", "2 en 3", "1,2,3,4 en 5", "2 t/m 4", "3a", "8, 9, 10 en 11"; a
# heading names at most MAX_LABEL_PARTS numbers (the bound keeps the regex engine's work and memory small)
MAX_LABEL_PARTS = 100
# a space alone also separates ("Vraag 7, 8, 9 10 en 11": a comma left out)
LABEL = rf"{_ONE}(?:(?:\s*+(?:,|en|&|{_RANGE_WORD})\s*+|\s++){_ONE}){{0,{MAX_LABEL_PARTS - 1}}}"

_LABEL_RE = re.compile(LABEL)
_TOKEN = re.compile(rf"{_ONE}|{_RANGE_WORD}")
_ONE_RE = re.compile(_ONE)
_RANGE_RE = re.compile(_RANGE_WORD)
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s++")
_COMMA = re.compile(r"\s?,\s?")
_TAIL = r"\s*+[.:)]?+\s*+$"  # what may follow a label: a stop, a colon or a bracket
_BARE_TAIL = r"\s*+[.:]?+\s*+$"  # what may follow a heading without a label


def numbers_of(label: str) -> list[str]:
    """The question numbers a printed label covers, ranges expanded, in order, each once."""
    out: list[str] = []
    tokens = _TOKEN.findall(label)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if _ONE_RE.fullmatch(tok):
            if (
                i + 2 < len(tokens)
                and _RANGE_RE.fullmatch(tokens[i + 1])
                and _DIGITS.fullmatch(tok)
                and _DIGITS.fullmatch(tokens[i + 2])
                and 0 < int(tokens[i + 2]) - int(tok) <= 50
            ):
                out.extend(str(n) for n in range(int(tok), int(tokens[i + 2]) + 1))
                i += 3
                continue
            out.append(tok)
        i += 1
    return list(dict.fromkeys(out))


def clean_label(label: str) -> str:
    """Normalise spacing of a printed label: '1 ,2' → '1, 2'; keeps the words ('en', 't/m')."""
    label = _SPACES.sub(" ", label.strip())  # single spaces first: a comma's search never rescans a long run
    label = _COMMA.sub(", ", label)
    label = _SPACES.sub(" ", label)
    return label.rstrip(" .:,")


@dataclass(frozen=True)
class HeadingRule:
    """A heading form: the kind of block it opens ("vraag" or "antwoord"), its pattern (group 1 is the label
    when it has one) and why it is read so."""

    kind: str
    pattern: re.Pattern[str]
    why: str


HEADING_RULES: tuple[HeadingRule, ...] = (
    HeadingRule(
        "vraag",
        re.compile(rf"^(?:Vraag|Vragen)\s*+(?:nr\.?+\s*+)?+({LABEL}){_TAIL}", re.I),
        "'Vraag 1', 'Vraag 1, 2', 'Vragen 4 t/m 6', 'Vraag nr. 3': a question, or questions printed as one",
    ),
    HeadingRule(
        "antwoord",
        re.compile(
            rf"^Antwoord(?:en)?+\s*+(?:op\s++|bij\s++|op\s++de\s++)?(?:(?:vraag|vragen)\s*+)?+(?:nr\.?+\s*+)?+"
            rf"({LABEL}){_TAIL}",
            re.I,
        ),
        "'Antwoord 1', 'Antwoord 2 en 3', 'Antwoord op vraag 5', 'Antwoorden op vragen 4 t/m 6'",
    ),
    HeadingRule(
        "antwoord",
        re.compile(rf"^Antwoord(?:en)?+{_BARE_TAIL}", re.I),
        "a bare 'Antwoord': it answers the question printed just before it (older sets, Word drafts)",
    ),
    HeadingRule("vraag", re.compile(rf"^Vraag{_BARE_TAIL}", re.I), "a bare 'Vraag': numbered by its place"),
)
_HEADING_FIRST = frozenset("VvAa")  # every heading starts with one of these letters


def parse_heading(line: str) -> tuple[str, str] | None:
    """('vraag', '1, 2') for 'Vraag 1, 2'; ('antwoord', '') for a bare 'Antwoord'; None otherwise."""
    s = line.strip().strip("*#_ ").strip()
    if s[:1] not in _HEADING_FIRST:
        return None
    for rule in HEADING_RULES:
        m = rule.pattern.match(s)
        if m:
            return rule.kind, clean_label(m.group(1)) if m.groups() else ""
    return None
