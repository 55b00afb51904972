"""Is the hyphen in "verschil-lende" a line-end hyphenation left in the text, or a real one ("lhbti-gemeenschap")?

Copies of a PDF keep the hyphen that broke a word at a line end, at the line end ("gespreks-" / "techniek") or,
when the extractor joined the printed lines (pypdf), inside a line: "Julianaka-naal", "beantwoor-ding". Dutch
writes compounds solid, so a hyphen between two lower-case letters is such a leftover or one of the few real
ones: two vowels that would run together ("politie-eenheid", "media-aandacht"), an abbreviation
("ggz-instellingen", "poh-ggz"), a prefix that takes one ("niet-werkende", "oud-minister"), a name coupled to a
word ("Bibob-toets"), or two words coupled ("proces-verbaal", "sociaal-medische").

The decision (`is_leftover`), in order, from the document's own words (`Evidence`) and the Dutch hyphenation
patterns of `pyphen` (nl_NL, from the LibreOffice dictionaries):
1. abbreviations, hyphen-taking prefixes, coupled words ("-generaal") and words Dutch spelling writes with a
   hyphen ("stand-by", "publiek-private") → real;
2. the document writes the joined word solid elsewhere → a leftover;
3. a capitalised left part: a leftover when neither half is a word the document uses ("Neder-land",
   "Staatsse-cretaris"), else a name coupled to a word ("Bibob-toets");
4. two vowels that clash → real, unless the right part is a word ending ("individu-eel", "febru-ari");
5. the patterns would not break the joined word there → real (a typesetter breaks only at such points);
6. the same hyphenated word three times, or a short left part hyphenated to several words ("bis-periode",
   "bis-subsidies") → real;
7. at a line end, or after a separable particle ("voor-gelegd") → a leftover; inside a line, two words the
   document uses on their own → real, else a leftover.

Measured on the corpus in BENCHMARKS.md. Linear: each word is looked up once, the patterns are cached.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

_VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûü")
# a hyphen between letters; `hyphenated_words` widens it to the words around it
_HYPHEN = re.compile(r"[^\W\d_]-[^\W\d_]")
_BEFORE_WORD = frozenset("-/.@_")  # a word after these is part of a link, a chain or an address
_AFTER_WORD = frozenset("-/@_")
WORD_CHARS = 40  # a longer run of letters is no word of a set of Kamervragen
_WORD_END = re.compile(r"[^\W\d_]{1,40}$")  # searched up to the hyphen (endpos): the word before it
_WORD_START = re.compile(r"[^\W\d_]{1,40}")
_TOKEN = re.compile(r"[\w\-]+")
# Dutch words start with at most these consonant clusters; "lhbti", "ggz", "mbo" do not
_ONSETS = frozenset(["sch", "schr", "str", "spr", "spl", "scr", "skr", "chr", "thr"])
_PREFIXES = frozenset(["niet", "oud", "ex", "non", "e", "vice", "semi", "pseudo", "quasi"])
_PARTICLES = frozenset((
    "aan", "achter", "af", "bij", "binnen", "boven", "buiten", "door", "in", "mee", "na", "naar", "om", "onder",
    "op", "over", "rond", "tegen", "terug", "toe", "uit", "van", "voor", "weg",
))  # fmt: skip
_COUPLED = frozenset(["generaal", "verbaal", "president"])  # "procureur-generaal", "proces-verbaal"
_COMPASS = frozenset(["noord", "zuid", "oost", "west"])
# Words Dutch spelling writes with a hyphen although both halves are letters: English compounds ("stand-by",
# "follow-up") and pairs of equals ("publiek-private", "oorzaak-gevolgrelatie", "kosten-batenanalyse"). A
# left part and the start of the right part: "kosten-baten" covers "kosten-batenanalyse".
_WRITTEN_WITH_HYPHEN: dict[str, tuple[str, ...]] = {
    "stand": ("by", "alone"), "follow": ("up",), "roll": ("out",), "start": ("up",), "lay": ("out",),
    "check": ("in", "out"), "know": ("how",), "set": ("up",), "spin": ("off",), "make": ("over",),
    "plug": ("in",), "opt": ("in", "out"), "drop": ("out",), "break": ("even",), "high": ("tech",),
    "low": ("cost", "budget"), "evidence": ("based",), "peer": ("review",), "cross": ("border",),
    "pop": ("up",), "walk": ("in",), "sit": ("in",), "try": ("out",), "take": ("off",), "lock": ("down",),
    "publiek": ("privat",), "oorzaak": ("gevolg",), "kosten": ("baten",), "woon": ("werk",),
    "prijs": ("kwaliteit",), "zwart": ("wit",),
}  # fmt: skip
# word endings that start with a vowel: "individu-eel", "appreci-atie", "febru-ari" are leftovers
_VOWEL_ENDING = re.compile(
    r"(?:eel|ele|elen|atie|aties|ari|eren|ering|aal|ale|alen|ali\w{0,9}|isch|ische|ief|ieve|iteit|ist|isten"
    r"|ent|enten|ende|er|ers|en|e|ën|um|a|o|us|ie|ies)",
)
MAX_TEXT = 2_000_000  # a longer text is left as it is (no document is this long)
REPEATED = 3  # a line break does not fall in the same word this often
QUICK_LOOKS = 32  # questions answered by a search of the text before its words are read once


@lru_cache(maxsize=1)
def _patterns() -> object | None:
    """pyphen's Dutch patterns, loaded once; None when they cannot be had (the other rules still decide)."""
    try:
        import pyphen  # type: ignore[import-untyped,unused-ignore]  # Dutch hyphenation patterns, pure Python
    except ImportError:  # pragma: no cover - a dependency
        return None
    try:
        dic: object = pyphen.Pyphen(lang="nl_NL")
    except (KeyError, OSError):  # a bundle or a packager that left the dictionary files out
        return None
    return dic


@lru_cache(maxsize=8192)
def _break_points(word: str) -> frozenset[int]:
    dic = _patterns()
    if dic is None:
        return frozenset()
    return frozenset(dic.positions(word))  # type: ignore[attr-defined]


def _abbreviation(part: str) -> bool:
    """ "ggz", "lhbti", "hbo": no vowel, or a consonant cluster no Dutch word starts with."""
    if not any(c in _VOWELS for c in part):
        return True
    head = 0
    while head < len(part) and part[head] not in _VOWELS:
        head += 1
    return head >= 3 and part[:head] not in _ONSETS


def hyphenated_words(text: str) -> Iterator[tuple[int, str, str]]:
    """Each word of letters only with one hyphen in `text`, not part of a longer chain ("staakt-het-vuren"),
    a link or an address: (the hyphen's offset, left part, right part)."""
    n = len(text)
    for m in _HYPHEN.finditer(text):
        at = m.start() + 1
        left = _WORD_END.search(text, max(0, at - WORD_CHARS), at)
        right = _WORD_START.match(text, at + 1)
        if left is None or right is None:  # (not reached: the pattern has a letter either side)
            continue
        start, end = left.start(), right.end()
        before = text[start - 1] if start else " "
        after = text[end] if end < n else " "
        if before in _BEFORE_WORD or before.isalnum() or after in _AFTER_WORD or after.isalnum():
            continue
        yield at, left.group(0), right.group(0)


class Evidence:
    """What a document's own text says about a word: whether it writes it solid somewhere (not as a half of a
    hyphenated word), how often it writes a hyphenated word, what a left part is hyphenated to. Read from the
    lower-cased text when a hyphen first needs it, each part once (linear in the text whatever is asked)."""

    __slots__ = ("_asked", "_forms", "_low", "_rights", "_tokens")

    def __init__(self, text: str) -> None:
        self._low = text[:MAX_TEXT].lower()
        self._asked = 0
        self._tokens: frozenset[str] | None = None
        self._forms: Counter[tuple[str, str]] | None = None
        self._rights: dict[str, set[str]] = {}

    @classmethod
    def of(cls, texts: Iterable[str]) -> Evidence:
        return cls("\n".join(texts))

    def solid(self, word: str) -> bool:
        """Does the text write `word` (lower case) as a word of its own?"""
        if self._tokens is None:
            self._asked += 1
            if self._asked <= QUICK_LOOKS and word not in self._low:
                return False  # (most joined words: a look at the text, no need to read its words)
            self._tokens = frozenset(_TOKEN.findall(self._low))  # a hyphenated word is one token
        return word in self._tokens

    def _hyphenated(self) -> Counter[tuple[str, str]]:
        if self._forms is None:
            self._forms = Counter((left, right) for _, left, right in hyphenated_words(self._low))
            for left, right in self._forms:
                self._rights.setdefault(left, set()).add(right)
        return self._forms

    def count(self, left: str, right: str) -> int:
        """How often the text writes `left`-`right` (lower case) inside a line."""
        if self._forms is None:
            self._asked += 1
            if self._asked <= QUICK_LOOKS:  # a search of the text (may count a longer word's part: no matter)
                return self._low.count(f"{left}-{right}")
        return self._hyphenated()[(left, right)]

    def rights(self, left: str) -> set[str]:
        """The words a left part is hyphenated to inside lines."""
        self._hyphenated()
        return self._rights.get(left, set())


def is_leftover(left: str, right: str, evidence: Evidence | Callable[[], Evidence], line_end: bool = False) -> bool:
    """Is the hyphen in `left`-`right` (a lower-case letter after it) a line-end hyphenation left in the text?
    `evidence`: the document's, or what gives it when first needed; `line_end`: the hyphen ended a line (a
    leftover is likelier there than inside one)."""
    low_left, low_right = left.lower(), right.lower()
    if _abbreviation(low_left) or _abbreviation(low_right) or low_left in _PREFIXES or low_left in _COMPASS:
        return False  # (a document that writes "ggzinstellingen" solid as well is not worth a look)
    if low_right in _COUPLED or low_right.startswith(_WRITTEN_WITH_HYPHEN.get(low_left, ("\0",))):
        return False
    ev = evidence if isinstance(evidence, Evidence) else evidence()
    if ev.solid(low_left + low_right):
        return True
    if left[:1].isupper() or not left.islower():
        # a name coupled to a word ("Bibob-toets", "GroenLinks-leden") unless neither half is a word of the
        # document's own: then a broken word ("Neder-land", "Staatsse-cretaris")
        return not left.islower() and left[1:].islower() and not ev.solid(low_left) and not ev.solid(low_right)
    if low_left[-1] in _VOWELS and low_right[0] in _VOWELS:
        return bool(_VOWEL_ENDING.fullmatch(low_right))
    if _patterns() is not None and len(low_left) not in _break_points(low_left + low_right):
        return False
    if ev.count(low_left, low_right) >= REPEATED:
        return False
    if len(low_left) <= 4 and len(ev.rights(low_left)) >= 2:
        return False
    if line_end or low_left in _PARTICLES:
        return True
    return not (ev.solid(low_left) and ev.solid(low_right))


def undo_leftovers(text: str, evidence: Callable[[], Evidence]) -> str:
    """`text` with every leftover line-end hyphen inside it removed (`evidence` is asked for only when a
    hyphen needs it)."""
    if "-" not in text or len(text) > MAX_TEXT:
        return text
    out: list[str] = []
    pos = 0
    for at, left, right in hyphenated_words(text):
        if left[-1].islower() and right[0].islower() and is_leftover(left, right, evidence):
            out.append(text[pos:at])
            pos = at + 1
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)
