"""Question and answer headings: "Vraag 1, 2", "Antwoord 2 t/m 4", "Antwoord op vraag 5", "Vraag 3a".

`numbers_of("2 t/m 4")` → ["2", "3", "4"]; `numbers_of("vragen 1,2,3,4 en 5")` → ["1", …, "5"].
Shared by every parser, so a heading means the same whatever form the document came in.
"""

from __future__ import annotations

import re

# one number as printed: 3, 3a, 12b
_ONE = r"\d{1,3}[a-z]?"
_RANGE_WORD = r"(?:t/m|t\.?\s?m\.?|tot\s+en\s+met|tot|-|–|—)"

# the number part of a heading: "1", "1, 2", "2 en 3", "1,2,3,4 en 5", "2 t/m 4", "3a", "8, 9, 10 en 11"
LABEL = rf"{_ONE}(?:\s*(?:,|en|&|{_RANGE_WORD})\s*{_ONE})*"

_LABEL_RE = re.compile(LABEL)


def numbers_of(label: str) -> list[str]:
    """The question numbers a printed label covers, ranges expanded, in order, each once."""
    out: list[str] = []
    tokens = re.findall(rf"{_ONE}|{_RANGE_WORD}", label)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if re.fullmatch(_ONE, tok):
            if (
                i + 2 < len(tokens)
                and re.fullmatch(_RANGE_WORD, tokens[i + 1])
                and re.fullmatch(r"\d+", tok)
                and re.fullmatch(r"\d+", tokens[i + 2])
                and 0 < int(tokens[i + 2]) - int(tok) <= 50
            ):
                out.extend(str(n) for n in range(int(tok), int(tokens[i + 2]) + 1))
                i += 3
                continue
            out.append(tok)
        i += 1
    seen: list[str] = []
    for n in out:
        if n not in seen:
            seen.append(n)
    return seen


def clean_label(label: str) -> str:
    """Normalise spacing of a printed label: '1 ,2' → '1, 2'; keeps the words ('en', 't/m')."""
    label = re.sub(r"\s*,\s*", ", ", label.strip())
    label = re.sub(r"\s+", " ", label)
    return label.rstrip(" .:,")


# Headings. Each returns (kind, label) where kind is "vraag" or "antwoord".
_Q_HEAD = re.compile(rf"^(?:Vraag|Vragen)\s*(?:nr\.?\s*)?({LABEL})\s*[.:)]?\s*$", re.I)
_A_HEAD = re.compile(
    rf"^Antwoord(?:en)?\s*(?:op\s+|bij\s+|op\s+de\s+)?(?:(?:vraag|vragen)\s*)?(?:nr\.?\s*)?({LABEL})\s*[.:)]?\s*$",
    re.I,
)
_A_BARE = re.compile(r"^Antwoord(?:en)?\s*[.:]?\s*$", re.I)
_Q_BARE = re.compile(r"^Vraag\s*[.:]?\s*$", re.I)


def parse_heading(line: str) -> tuple[str, str] | None:
    """('vraag', '1, 2') for 'Vraag 1, 2'; ('antwoord', '') for a bare 'Antwoord'; None otherwise."""
    s = line.strip().strip("*#_ ").strip()
    m = _Q_HEAD.match(s)
    if m:
        return "vraag", clean_label(m.group(1))
    m = _A_HEAD.match(s)
    if m:
        return "antwoord", clean_label(m.group(1))
    if _A_BARE.match(s):
        return "antwoord", ""
    if _Q_BARE.match(s):
        return "vraag", ""
    return None
