"""Which ministry a question set belongs to: one name for the many ways documents write it.

"Minister van Sociale Zaken en Werkgelegenheid", "Staatssecretaris Van Ark (Sociale Zaken en Werkgelegenheid)",
"SZW" and "Minister voor Armoedebeleid, Participatie en Pensioenen" are all the ministry "Sociale Zaken en
Werkgelegenheid". The rule:

1. A known ministry is recognised by its name, its abbreviation (SZW, BZK, JenV, …; as a word of its own, in
   capitals as printed) or the portfolio of a minister or state secretary without a ministry of their own
   (Langdurige Zorg en Sport → VWS, Klimaat en Energie → EZK, Natuur en Stikstof → LNV, Rechtsbescherming →
   JenV, Buitenlandse Handel en Ontwikkelingssamenwerking → BZ, …). Spelling, accents, case and missing spaces
   ("enKoninkrijksrelaties") do not matter.
2. Ministries that were renamed or split are kept apart under the name they had (Economische Zaken en Klimaat
   until 2024, then Economische Zaken and Klimaat en Groene Groei; Landbouw, Natuur en Voedselkwaliteit, then
   Landbouw, Visserij, Voedselzekerheid en Natuur; Asiel en Migratie since 2024): figures per ministry are
   about the department that did the work.
3. Who answered: the name in the first parentheses after the minister's name ("Minister Van Weyenberg
   (Financiën), mede namens de Minister van Justitie en Veiligheid" → Financiën); without parentheses, the
   first ministry the text names.
4. To whom the questions were sent: the first ministry the addressee names ("Ministers van Buitenlandse Zaken
   en van Defensie" → Buitenlandse Zaken).
5. A name that is not known is kept as printed (without "Minister van", a portfolio after " - ", and the
   like), so that it still forms a group of its own.

Which of these decides for a question set (the one that answered, else the addressee) is status.py's rule.
"""

from __future__ import annotations

import re

from reader.library.fold import fold_key

# (the ministry's name, abbreviations as printed, portfolios and former names that belong to it)
MINISTRIES: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Algemene Zaken", ("AZ",), ("Minister-President",)),
    (
        "Binnenlandse Zaken en Koninkrijksrelaties",
        ("BZK",),
        ("Binnenlandse Zaken", "Koninkrijksrelaties", "Digitalisering", "Herstel Groningen"),
    ),
    (
        "Buitenlandse Zaken",
        ("BZ", "BuZa"),
        ("Buitenlandse Handel en Ontwikkelingssamenwerking", "Ontwikkelingssamenwerking", "Buitenlandse Handel"),
    ),
    ("Defensie", (), ()),
    ("Economische Zaken en Klimaat", ("EZK",), ("Klimaat en Energie", "Mijnbouw")),
    ("Economische Zaken", ("EZ",), ()),
    ("Klimaat en Groene Groei", ("KGG",), ()),
    ("Financiën", (), ("Fiscaliteit", "Toeslagen", "Herstel en Toeslagen", "Belastingdienst", "Douane")),
    ("Infrastructuur en Waterstaat", ("IenW", "I&W"), ("Infrastructuur en Milieu",)),
    (
        "Justitie en Veiligheid",
        ("JenV", "J&V", "VenJ"),
        ("Veiligheid en Justitie", "Rechtsbescherming", "Migratie", "Justitie"),
    ),
    ("Asiel en Migratie", ("AenM",), ()),
    ("Landbouw, Natuur en Voedselkwaliteit", ("LNV",), ("Natuur en Stikstof",)),
    ("Landbouw, Visserij, Voedselzekerheid en Natuur", ("LVVN",), ()),
    (
        "Onderwijs, Cultuur en Wetenschap",
        ("OCW",),
        ("Primair en Voortgezet Onderwijs", "Funderend Onderwijs", "Cultuur en Media", "Hoger Onderwijs"),
    ),
    (
        "Sociale Zaken en Werkgelegenheid",
        ("SZW",),
        ("Armoedebeleid, Participatie en Pensioenen", "Participatie en Integratie", "Armoedebeleid"),
    ),
    (
        "Volksgezondheid, Welzijn en Sport",
        ("VWS",),
        ("Langdurige Zorg en Sport", "Medische Zorg", "Jeugd, Preventie en Sport"),
    ),
    ("Volkshuisvesting en Ruimtelijke Ordening", ("VRO",), ()),
)

NAMES: tuple[str, ...] = tuple(name for name, _, _ in MINISTRIES)

# folded name or portfolio → ministry, longest first (the longest name at a place wins: "Economische Zaken en
# Klimaat" over "Economische Zaken")
_BY_KEY: dict[str, str] = {}
for _name, _abbrs, _aliases in MINISTRIES:
    for _alias in (_name, *_aliases):
        _BY_KEY.setdefault(fold_key(_alias), _name)
_KEYS = sorted(_BY_KEY, key=len, reverse=True)
_BY_ABBR: dict[str, str] = {abbr: name for name, abbrs, _ in MINISTRIES for abbr in abbrs}
_ABBR_FOLDED: dict[str, str] = {abbr.casefold(): name for abbr, name in _BY_ABBR.items()}

_WORD = re.compile(r"[A-Za-z&]+")
_PARENS = re.compile(r"\(([^()]{1,200})\)")
# titles before a ministry's name in an addressee ("de Ministers van", "Staatssecretaris voor")
_TITLE = re.compile(
    r"^\s*(?:de\s+|het\s+)?(?:minister-president|ministers?|staatssecretaris(?:sen)?|ministerie)\b\s*(?:van|voor)?\s*",
    re.I,
)
MAX_TEXT = 500  # header fields are short; a longer text is cut before it is searched


def _find(text: str) -> str | None:
    """The known ministry named first in `text` (rule 1), or None."""
    text = text[:MAX_TEXT]
    key = fold_key(text)
    best: tuple[int, int, str] | None = None  # (position, -length, ministry)
    for alias in _KEYS:
        pos = key.find(alias)
        if pos >= 0 and (best is None or (pos, -len(alias)) < best[:2]):
            best = (pos, -len(alias), _BY_KEY[alias])
    for m in _WORD.finditer(text):
        name = _BY_ABBR.get(m.group())
        if name is not None:
            pos = len(fold_key(text[: m.start()]))
            if best is None or (pos, -len(m.group())) < best[:2]:
                best = (pos, -len(m.group()), name)
    return best[2] if best else None


def _plain(text: str) -> str | None:
    """An unknown ministry as printed, without titles, a portfolio after " - " and trailing punctuation."""
    text = _TITLE.sub("", text[:MAX_TEXT])
    text = re.split(r"\s+-\s+|\s*[,;]\s*mede namens\b|\s+en\s+(?:de\s+)?(?:minister|staatssecretaris)", text)[0]
    text = " ".join(text.split()).strip(" .,;:")
    return text[:1].upper() + text[1:] if text else None


def of_answerer(text: str | None) -> str | None:
    """The ministry of whoever answered ("Minister Van Rooij (Financiën)"): rule 3."""
    if not text:
        return None
    m = _PARENS.search(text[:MAX_TEXT])
    if m:
        inner = m.group(1)
        return _find(inner) or _plain(inner)
    return _find(text) or _plain(text)


def of_addressee(text: str | None) -> str | None:
    """The first ministry the questions were sent to ("Ministers van X en van Y" → X): rule 4."""
    if not text:
        return None
    return _find(text) or _plain(text)


def resolve(value: str) -> str | None:
    """The ministry a user means ("SZW", "sociale zaken", "Financien"), for filters; None when the text names
    none that is known."""
    value = value.strip()
    if not value:
        return None
    name = _ABBR_FOLDED.get(value.casefold()) or _BY_KEY.get(fold_key(value))
    if name:
        return name
    key = fold_key(value)
    partial = {n for k, n in _BY_KEY.items() if key and key in k}
    if len(partial) == 1:
        return partial.pop()
    return _find(value)
