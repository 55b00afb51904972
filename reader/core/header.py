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
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DUTCH_DATE = re.compile(r"\b(\d{1,2})-(\d{1,2})-(\d{4})\b")
_GLUED_PARTICLE = re.compile(r"\b(van|de|der|den|ter|ten|in 't|te)(?=[A-Z])")
_GLUED_NAMES = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z][a-zà-ÿ])")
_SPACES = re.compile(r"\s++")
_LEADING_EN = re.compile(r"^en\s+")
_LEADING_SEPARATOR = re.compile(r"^\s*+(?:,|en\b)\s*+")
_NAME_SEPARATOR = re.compile(r"\s?,\s?|\sen\s")
# "… (SP) en het lid De Vries (D66)", "mede namens het lid …": the words before a later member's name
_MEMBER_WORDS = re.compile(r"^(?:van\s|mede\snamens\s)?(?:het\s(?:kamer)?lid|de\s(?:kamer)?leden)\s", re.I)


def parse_date(text: str) -> date | None:
    """'13 december 2023' → date(2023, 12, 13); also '13-12-2023' and ISO dates."""
    m = _DATE.search(text)
    if m:
        try:
            return date(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
        except ValueError:
            return None
    m = _ISO_DATE.search(text)
    if m:
        try:
            return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    m = _DUTCH_DATE.search(text)
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
    name = _GLUED_PARTICLE.sub(r"\1 ", name)
    name = _GLUED_NAMES.sub(" ", name)
    return _SPACES.sub(" ", name).strip(" ,")


def split_members(text: str) -> list[Member]:
    """'Gijs van Dijk en Kerstens (beiden PvdA)' → two members of the PvdA;
    'Inge van Dijk , Vedder (beiden CDA) en Welzijn (Nieuw Sociaal Contract)' → three."""
    text = _SPACES.sub(" ", text).strip()
    members: list[Member] = []
    pos = 0  # where the names of the next party begin
    last_paren = -1
    opener = -1
    for m in _PAREN.finditer(text):
        at = m.start()
        if m.group(0) == "(":
            opener, start = at, last_paren
        elif opener >= 0 and at > opener + 1:
            # "(beiden PvdA)": the names before it, from the previous party or bracket on, share the party
            names = text[max(pos, start + 1) : opener].rstrip(" ")
            party = _party(text[opener + 1 : at])
            _add_names(members, names, party)
            pos = at + 1
            opener = -1
        else:
            opener = -1
        last_paren = at
    rest = text[pos:].strip(" ,")
    rest = _LEADING_EN.sub("", rest)
    if rest:
        _add_names(members, rest, None, strip_lead=False)
    return members


_PAREN = re.compile(r"[()]")
_SHARED = ("beiden", "allen", "allebei")  # "(beiden PvdA)": the party of all the names before it


def _party(inside: str) -> str:
    """The party in a bracket: "beiden PvdA" → "PvdA"; a bracket holding only "beiden" names that party."""
    rest = inside.lstrip()
    for word in _SHARED:
        if rest.startswith(word):
            after = rest[len(word) :]
            if after.strip():
                return after.strip()
            if after[:1].isspace():
                return ""
            break
    return rest.strip()


def _add_names(members: list[Member], names: str, party: str | None, strip_lead: bool = True) -> None:
    if strip_lead:
        names = _LEADING_SEPARATOR.sub("", names)
    for name in _NAME_SEPARATOR.split(names):
        name = _MEMBER_WORDS.sub("", fix_glued_name(name))
        if name:
            members.append(Member(name, party))


# The header sentences, read from the normalised text (one line, single spaces) in one pass each:
# "[Mondelinge] Vragen van het lid/de leden <members> aan [de|het] <to> [over <about>] [(ingezonden <date>)]"
# and "Antwoord|Mededeling van [de|het] <who> (ontvangen <date>)". Each part is found by searching forward
# once, never by trying every split of the text (which a pattern with several lazy parts would do).
_ASKED_START = re.compile(r"(Mondelinge\s++)?Vragen\s++van\s++(?:het\s++(?:kamer)?lid|de\s++(?:kamer)?leden)\s++", re.I)
_AAN = re.compile(r"\saan\s", re.I)
_ARTICLE = re.compile(r"de|het", re.I)
_OVER = re.compile(r"\sover\s", re.I)
_INGEZONDEN = re.compile(r"\(\s?ingezonden\s", re.I)
_ANSWERED_START = re.compile(r"(Antwoord|Mededeling)\s++van\s++", re.I)
_WHO_ARTICLE = re.compile(r"(?:de|het)\s", re.I)
_ONTVANGEN = re.compile(r"\(\s?ontvangen", re.I)
_ONTVANGEN_DATE = re.compile(r"\(\s?ontvangen\s", re.I)
_ZIE_OOK = re.compile(r"Zie\s*+ook\s*+", re.I)
ZIE_OOK_CHARS = 2_000  # a "Zie ook" pointer names a few documents; its citations are read from these


@dataclass
class _Dated:
    """A "(ingezonden …)" or "(ontvangen …)" bracket: where its match begins (with the space before it),
    its date text, and the end of the bracket."""

    start: int
    date: str
    end: int


def _dated(flat: str, opening: re.Pattern[str], lo: int, repeat: re.Pattern[str] | None = None) -> _Dated | None:
    """The first dated bracket at or after `lo` (the space before it included) that is closed."""
    m = opening.search(flat, lo)
    if m is None:
        return None
    pos = m.end()
    if repeat is not None:
        # "(ontvangen (ontvangen 3 mei)": the word printed twice
        pos += flat[pos : pos + 1] == " "
        again = repeat.match(flat, pos)
        if again:
            pos = again.end() + (flat[again.end() : again.end() + 1] == " ")
    close = flat.find(")", pos)
    if close < 0:
        return None  # no bracket after this one is closed either
    start = m.start() - 1 if m.start() - 1 >= lo and flat[m.start() - 1] == " " else m.start()
    return _Dated(start, flat[pos:close], close + 1)


@dataclass
class _Asked:
    start: int
    mondeling: bool
    members: str
    to: str
    date: str | None
    end: int


def _asked(flat: str) -> _Asked | None:
    """The "Vragen van … aan … over … (ingezonden …)" sentence."""
    m = _ASKED_START.search(flat)
    if m is None:
        return None
    aan = _AAN.search(flat, m.end() + 1)
    if aan is None:
        return None
    after = aan.end()
    article = _ARTICLE.match(flat, after)
    to_start = article.end() if article else after
    to_start += flat[to_start : to_start + 1] == " "
    if to_start >= len(flat):
        to_start = after  # "… aan de" at the very end: "de" is the addressee
    over = _OVER.search(flat, to_start + 1)
    dated = _dated(flat, _INGEZONDEN, to_start + 1)
    p = min(over.start() if over else len(flat), dated.start if dated else len(flat))
    if over is not None and over.start() == p:
        dated = _dated(flat, _INGEZONDEN, over.end())
    elif dated is None or dated.start != p:
        dated = None
    return _Asked(
        m.start(),
        bool(m.group(1)),
        flat[m.end() : aan.start()],
        flat[to_start:p],
        dated.date if dated else None,
        dated.end if dated else len(flat),
    )


def _answered(flat: str) -> tuple[str, str, str] | None:
    """("Antwoord" or "Mededeling", who, date) of the "Antwoord van … (ontvangen …)" sentence."""
    m = _ANSWERED_START.search(flat)
    if m is None:
        return None
    article = _WHO_ARTICLE.match(flat, m.end())
    for who_start in (article.end(), m.end()) if article else (m.end(),):
        dated = _dated(flat, _ONTVANGEN, who_start + 1, repeat=_ONTVANGEN)
        if dated is not None:
            return m.group(1), flat[who_start : dated.start], dated.date
    return None


def parse_header(text: str) -> Header:
    """Read the header fields out of the header text (lines before the first question)."""
    flat = normalise(text)
    h = Header()
    asked = _asked(flat)
    if asked:
        h.mondeling = asked.mondeling
        h.indieners = split_members(asked.members)
        to = asked.to.strip()
        h.gericht_aan = to[0].upper() + to[1:] if to else None
        if asked.date:
            h.ingezonden = parse_date(asked.date)
        end = asked.end
        if flat[end : end + 1] == ".":
            end += 1
        h.title = flat[asked.start : end].strip()
    answered = _answered(flat)
    if answered:
        what, who, day = answered
        h.mededeling_header = what.lower() == "mededeling"
        who = who.strip().rstrip(",.").strip()  # "(Justitie). (Ontvangen …)" in older documents
        # "Antwoord van Minister X (Ministerie), mede namens … (ontvangen …)" keeps the clause
        h.beantwoord_door = _SPACES.sub(" ", who)
        h.ontvangen = parse_date(day)
    else:
        dated = _dated(flat, _ONTVANGEN_DATE, 0)
        if dated:
            h.ontvangen = parse_date(dated.date)
    if not h.ingezonden:
        dated = _dated(flat, _INGEZONDEN, 0)
        if dated:
            h.ingezonden = parse_date(dated.date)
    z = _ZIE_OOK.search(flat)
    if z:
        close = flat.find("]", z.end())
        h.zie_ook = find_references(flat[z.end() : close if close >= 0 else len(flat)][:ZIE_OOK_CHARS])
    return h
