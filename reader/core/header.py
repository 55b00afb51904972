"""The header of a set: who asked whom about what and when, who answered and when, "Zie ook".

Works on the header text as printed, whatever the source form:
"Vragen van de leden Gijs van Dijk en Kerstens (beiden PvdA) aan de Staatssecretaris van Sociale Zaken en
Werkgelegenheid over … (ingezonden 29 maart 2019)." and "Antwoord van Staatssecretaris Van Ark (Sociale
Zaken en Werkgelegenheid) (ontvangen 21 mei 2019)." / "Mededeling van Minister … (ontvangen …)."
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from reader.core.citations import find_references, normalise
from reader.core.model import Document, Member, Reference

MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_DATE = re.compile(r"(\d{1,2})\s*(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?\s*(\d{4})", re.I)


def parse_date(text: str) -> date | None:
    """'13 december 2023' → date(2023, 12, 13); also '13-12-2023' and ISO dates."""
    m = _DATE.search(text)
    if m:
        try:
            return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        except ValueError:
            return None
    m = re.search(r"\b(\d{4})-(\d{2})-(\d{2})\b", text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    m = re.search(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b", text)
    if m:
        try:
            return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            return None
    return None


def vergaderjaar_of(day: date) -> str:
    """The parliamentary year a date falls in; a vergaderjaar starts on the third Tuesday of September."""
    first = date(day.year, 9, 1)
    third_tuesday = date(day.year, 9, 1 + (1 - first.weekday()) % 7 + 14)
    start = day.year if day >= third_tuesday else day.year - 1
    return f"{start}-{start + 1}"


@dataclass
class Header:
    title: str | None = None
    indieners: list[Member] = field(default_factory=list)
    gericht_aan: str | None = None
    ingezonden: date | None = None
    beantwoord_door: str | None = None
    ontvangen: date | None = None
    zie_ook: list[Reference] = field(default_factory=list)
    mededeling_header: bool = False  # "Mededeling van …" instead of "Antwoord van …"
    mondeling: bool = False  # "Mondelinge vragen van …"

    def apply(self, doc: Document) -> None:
        """Copy the header fields onto a document (every parser does this the same way)."""
        doc.title = self.title
        doc.indieners = self.indieners
        doc.gericht_aan = self.gericht_aan
        doc.ingezonden = self.ingezonden
        doc.beantwoord_door = self.beantwoord_door
        doc.ontvangen = self.ontvangen
        doc.zie_ook = self.zie_ook


def fix_glued_name(name: str) -> str:
    """'Inge vanDijk' → 'Inge van Dijk', 'DaniëlleJansen' → 'Daniëlle Jansen' (extractor slips)."""
    name = re.sub(r"\b(van|de|der|den|ter|ten|in 't|te)(?=[A-Z])", r"\1 ", name)
    name = re.sub(r"(?<=[a-zà-ÿ])(?=[A-Z][a-zà-ÿ])", " ", name)
    return re.sub(r"\s+", " ", name).strip(" ,")


def split_members(text: str) -> list[Member]:
    """'Gijs van Dijk en Kerstens (beiden PvdA)' → two members of the PvdA;
    'Inge van Dijk , Vedder (beiden CDA) en Welzijn (Nieuw Sociaal Contract)' → three."""
    text = re.sub(r"\s+", " ", text).strip()
    members: list[Member] = []
    pos = 0
    for m in re.finditer(r"([^()]*?)\s*\(\s*(?:beiden|allen|allebei)?\s*([^()]+?)\s*\)", text):
        names = m.group(1)
        pos = m.end()
        names = re.sub(r"^\s*(?:,|en\b)\s*", "", names)
        for name in re.split(r"\s*,\s*|\s+en\s+", names):
            name = fix_glued_name(name)
            if name:
                members.append(Member(name, m.group(2).strip()))
    rest = text[pos:].strip(" ,")
    rest = re.sub(r"^en\s+", "", rest)
    for name in re.split(r"\s*,\s*|\s+en\s+", rest) if rest else []:
        name = fix_glued_name(name)
        if name:
            members.append(Member(name, None))
    return members


_ASKED = re.compile(
    r"(?P<mondeling>Mondelinge\s+)?Vragen\s+van\s+(?:het\s+(?:kamer)?lid|de\s+(?:kamer)?leden)\s+(?P<members>.+?)"
    r"\s+aan\s+(?:de|het|het\s+lid\s+van\s+de)?\s*(?P<to>.+?)"
    r"(?:\s+over\s+(?P<about>.*?))?\s*(?:\(\s*ingezonden\s+(?P<date>[^)]*)\)|$)",
    re.I | re.S,
)
_ANSWERED = re.compile(
    r"(?P<what>Antwoord|Mededeling)\s+van\s+(?:de\s+|het\s+)?(?P<who>.+?)\s*"
    r"\(\s*ontvangen\s*(?:\(\s*ontvangen\s*)?(?P<date>[^)]*)\)",
    re.I | re.S,
)


def parse_header(text: str) -> Header:
    """Read the header fields out of the header text (lines before the first question)."""
    flat = normalise(text)
    h = Header()
    m = _ASKED.search(flat)
    if m:
        h.mondeling = bool(m.group("mondeling"))
        h.indieners = split_members(m.group("members"))
        to = m.group("to").strip()
        h.gericht_aan = to[0].upper() + to[1:] if to else None
        if m.group("date"):
            h.ingezonden = parse_date(m.group("date"))
        end = m.end()
        if flat[end : end + 1] == ".":
            end += 1
        h.title = flat[m.start() : end].strip()
    m = _ANSWERED.search(flat)
    if m:
        h.mededeling_header = m.group("what").lower() == "mededeling"
        who = m.group("who").strip().rstrip(",.").strip()  # "(Justitie). (Ontvangen …)" in older documents
        # "Antwoord van Minister X (Ministerie), mede namens … (ontvangen …)" keeps the clause
        h.beantwoord_door = re.sub(r"\s+", " ", who)
        h.ontvangen = parse_date(m.group("date"))
    else:
        m = re.search(r"\(\s*ontvangen\s+([^)]*)\)", flat, re.I)
        if m:
            h.ontvangen = parse_date(m.group(1))
    if not h.ingezonden:
        m = re.search(r"\(\s*ingezonden\s+([^)]*)\)", flat, re.I)
        if m:
            h.ingezonden = parse_date(m.group(1))
    z = re.search(r"Zie\s*ook\s*(.*?)(?:\]|$)", flat, re.I)
    if z:
        h.zie_ook = find_references(z.group(1))
    return h
