"""Stage 5: markers."""

from __future__ import annotations

import itertools
import re

from reader.core.parse_text.lines import M_CLOSE, M_OPEN, Line
from reader.core.parse_text.numbers import _is_only_markers, _note_number

# Words after which a number is a count or a reference in prose, not a footnote marker ("artikel 10").
_NUMBER_CONTEXT = frozenset(
    (
        "artikel",
        "artikelen",
        "nr",
        "nrs",
        "nummer",
        "vraag",
        "vragen",
        "antwoord",
        "antwoorden",
        "pagina",
        "bijlage",
        "punt",
        "stap",
        "fase",
        "hoofdstuk",
        "lid",
        "sub",
        "de",
        "het",
        "een",
        "en",
        "of",
        "tot",
        "t/m",
        "van",
        "op",
        "om",
        "met",
        "over",
        "voor",
        "dan",
        "circa",
        "ongeveer",
        "ruim",
        "bijna",
        "zo'n",
        "die",
        "dat",
        "in",
        "aan",
        "bij",
        "per",
        "na",
        "uit",
        "te",
        "tot",
        "kamerstuk",
        "groep",
        "klasse",
        "niveau",
        "week",
        "jaar",
        "dag",
        "versie",
        "motie",
        "item",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    )
)
_UNIT_AFTER = re.compile(
    r"\s+(?:miljoen|miljard|procent|%|jaar|jaren|dagen|dag|weken|week|maanden|maand|uur|euro|keer|mensen|"
    r"personen|kinderen|gemeenten|m|km|kg|ton)\b",
    re.I,
)


def _marker_candidates(text: str, n: int) -> list[tuple[int, int, int]]:
    """Where note n's marker may stand in one line: (strength, start, end) of the digits to remove.
    Strength 3: certain (a cleaning-stage marker, a line of markers only); 2: glued to a word or year;
    1: at the line start before text; 0: set apart by a space after a word (newer pypdf)."""
    s = str(n)
    if s not in text:
        return []
    out: list[tuple[int, int, int]] = []
    for m in re.finditer(re.escape(M_OPEN) + s + re.escape(M_CLOSE), text):
        out.append((3, m.start(), m.end()))
    if out:
        return out
    # a line of markers only: "1", "1 2", "2, 3 en 4", "4.", "6».", "6 7,"
    if _is_only_markers(text):
        nums = [int(x) for x in re.findall(r"\d+", text)]
        if n in nums and all(b - a == 1 for a, b in itertools.pairwise(nums)):
            # a lone "3." may be a list item's number rather than a marker before a full stop
            strength = 1 if re.fullmatch(r"\s*\d{1,3}\.\s*", text) else 3
            for m in re.finditer(r"\d+", text):
                if int(m.group(0)) == n:
                    return [(strength, m.start(), m.end())]
    # glued to the end of a word or after punctuation: "worden?1", "vragen2", "Rijksoverheid.3",
    # "gesproken.3Toekomstige", "(KYBER)10", a year + marker "20241", "2022–202813"
    for m in re.finditer(r"(\S*?)(\d+)(?=$|[\s,.;:)»”’!?]|[A-Z][a-z])", text):
        word, digits = m.group(1), m.group(2)
        if not digits.endswith(s):
            continue
        head = word + digits[: len(digits) - len(s)]
        start = m.start(2) + len(digits) - len(s)
        if not head:
            continue
        last = head[-1]
        if last.isalpha() or last in "?!.,»”’):;\"'":
            # "NIS2", "CO2": short capitals before a one-digit number are more likely a name; kept as the
            # weakest candidate, for when nothing else stands before the note
            weak = (
                last.isalpha()
                and n < 10
                and re.search(r"(?:^|[^A-Za-z])[A-Z]{1,3}$", head)
                and not re.search(r"(?:^|[^A-Za-z])(?:EIB|ADR|CDA|VVD|NOS)$", head)
            )
            out.append((-1 if weak else 2, start, start + len(s)))
        elif last.isdigit():
            year = re.search(r"(?:^|\D)((?:19|20)\d{2})$", head)
            if year and len(head) - head.rfind(year.group(1)) == 4:
                out.append((2, start, start + len(s)))
            elif re.search(r"[A-Za-z]", head):
                out.append((-1, start, start + len(s)))  # "NIS24" = NIS2 + marker 4, as a last resort
    got = _note_number(text)
    if got and got[0] == n:
        rest = got[1]
        if not rest or rest[:1] in ",.;:»”’)" or rest[:1].isalpha() or rest[:1] in "(«":
            lead = re.match(r"\s*\d+", text)
            if lead:
                # "3. Alle producten …" may be a list item as well as a marker before a full stop
                out.append((0 if rest[:1] == "." else 1, lead.end() - len(s), lead.end()))
    # newer pypdf sets a marker apart by a space: "ombudsman? 1", "jl. 2 heb ik", "rapport 1 geeft"
    for m in re.finditer(rf"(?<=[\w?!.»”’):;,])\s({s})(?=[\s.,;:)»”’]|$|[A-Z][a-z])", text):
        before = re.search(r"([\w/'’]+)\W*$", text[: m.start()])
        word = before.group(1).lower() if before else ""
        if word in _NUMBER_CONTEXT:
            continue
        if text[m.start() - 1].isdigit() and not re.fullmatch(r"(?:19|20)\d{2}", word):
            continue  # "3 4": a sequence of numbers, unless after a year ("uit 2022 4")
        if _UNIT_AFTER.match(text, m.end(1)):
            continue
        out.append((0, m.start(1), m.end(1)))
    return out


def _marker_spans(text: str, n: int, at_line_start: bool = True) -> list[tuple[int, int]]:
    """The spans of the strongest candidates for note n's marker in one line."""
    cands = _marker_candidates(text, n)
    if not at_line_start:
        cands = [c for c in cands if c[0] != 1]
    if not cands:
        return []
    best = max(c[0] for c in cands)
    return [(a, b) for strength, a, b in cands if strength == best]


def _place_markers(lines: list[Line], note_numbers: list[int]) -> None:
    """Insert certain-marker sentinels where each note's marker stands in the body lines: the strongest
    candidate between the previous marker and the note, on the note's page first."""
    note_pos = {ln.note: i for i, ln in enumerate(lines) if ln.kind == "note" and ln.note is not None}
    prev = 0
    for n in note_numbers:
        end = note_pos.get(n, len(lines))
        page = lines[end].page if end < len(lines) else None
        best: tuple[int, int, int, int] | None = None  # (strength, -line, start, end)
        for same_page in (True, False):
            for i in range(prev, end):
                ln = lines[i]
                if ln.kind != "body" or (same_page and page is not None and ln.page != page):
                    continue
                for strength, a, b in _marker_candidates(ln.text, n):
                    cand = (strength, -i, a, b)
                    if best is None or cand[:2] > best[:2]:
                        best = cand
            if best:
                break
        if not best:
            continue
        i, a, b = -best[1], best[2], best[3]
        text = lines[i].text
        if _is_only_markers(text) and M_OPEN not in text:
            # a line of markers ("2, 3 en 4", "6 7,"): all of them at once, keeping the punctuation
            nums = [int(x) for x in re.findall(r"\d+", text)]
            tail = re.search(r"[.,;:»”’)?!]*\s*$", text)
            lines[i].text = "".join(f"{M_OPEN}{k}{M_CLOSE}" for k in nums) + (tail.group(0).strip() if tail else "")
        elif text[a:b] != f"{M_OPEN}{n}{M_CLOSE}":
            lines[i].text = text[:a] + f"{M_OPEN}{n}{M_CLOSE}" + text[b:]
        prev = i
