"""Citations of parliamentary and official documents, resolved to official ids and URLs.

Recognises the forms printed in footnotes, "Zie ook" lines and running text:

- Aanhangsel: "Aanhangsel Handelingen (II), vergaderjaar 2018–2019, nr. 1989", "Aanhangsel van de
  Handelingen …", "Tweede Kamer, vergaderjaar …, Aanhangsel van de Handelingen, nr. N",
  "Kamervragen (Aanhangsel) 2023–2024, nr. N", "Aanhangsel Handelingen II 2018/19, nr. N",
  "Handelingen II 2023/24, Aanhangsel van de Handelingen, nr. N", lists ("nrs. 12 en 13") → ah-tk-…/ah-ek-…
- Kamerstukken: "Kamerstuk 29 544, nr. 123", "Kamerstukken II 2018/19, 29 544, nr. 123", "36 800 XVI, nr. 12",
  "21 501-02, nr. 2498", "Eerste Kamer, 36 373, H" → kst-…
- Handelingen: "Handelingen II 2019/20, nr. 96, item 7" → h-tk-…
- Staatsblad and Staatscourant: "Staatsblad 2020, 118", "Stb. 2020, 118" → stb-2020-118;
  "Staatscourant 2021, 12345", "Stcrt. 2021, nr. 12345" → stcrt-2021-12345
- ids printed as such: "ah-tk-20232024-1283", "kv-tk-2024Z18436", "stb-2020-118".

Text is normalised first: line-end hyphenation inside words is undone ("verga-\\nderjaar"), all dashes and
whitespace are unified. A typo'd year such as "2022–203" is read as 2022–2023: a vergaderjaar always spans
two consecutive years, so only the first year counts.

Linear time by construction: the normalised text has no two whitespace characters in a row, so every pattern
below matches a bounded number of characters (repetitions are bounded too) and each runs once over the text;
choosing between overlapping matches is a merge of sorted lists. `find_citations` keeps the character spans
of the text it was given, through a map from the normalised text back to the original.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from reader.core import cancel
from reader.core.model import Citation, Reference, RefKind

OFFICIAL = "https://zoek.officielebekendmakingen.nl"

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212\ufffe\u00ad"
_DASH = re.compile(f"[{_DASHES}]")


def official_url(doc_id: str) -> str:
    """The official web page of a document id (ah-…, kst-…, h-…, kv-…, stb-…, stcrt-…)."""
    return f"{OFFICIAL}/{doc_id}.html"


# ---- normalising, with a map back to the text as given ----------------------------------------------------

# Two passes, each in C: what goes away (a soft hyphen or U+FFFE at a line end, hyphenation between
# lower-case letters across a line end), then every whitespace run that is not a single space becomes one.
_REMOVE = re.compile(r"\u00ad\n|\ufffe\n?|-(?<=[a-zà-ÿ]-)[^\S\n]*\n\s*(?=[a-zà-ÿ])")
_SPACES = re.compile(r" \s+|[^\S ]\s*")


class _Layer:
    """Where the edits of one pass stand, to map a position after the pass back to one before it."""

    __slots__ = ("after", "ends", "starts", "width")

    def __init__(self, source: str, pattern: re.Pattern[str], width: int) -> None:
        spans = [m.span() for m in pattern.finditer(source)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]
        self.width = width  # characters each edit leaves (0: removed, 1: one space)
        shrink = accumulate((e - s - width for s, e in spans), initial=0)
        self.after = [s - d for (s, _), d in zip(spans, shrink, strict=False)]  # where each edit starts after the pass

    def back(self, i: int) -> int:
        k = bisect_right(self.after, i) - 1
        if k < 0:
            return i
        inside = i - self.after[k]
        if inside < self.width:
            return self.starts[k]
        return self.ends[k] + inside - self.width


class _Flat:
    """The normalised text, and (made when first asked) the way back to positions in the original."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.stage = _REMOVE.sub("", text)
        self.text = _DASH.sub("-", _SPACES.sub(" ", self.stage))  # one character for one: offsets stay
        self._layers: tuple[_Layer, _Layer] | None = None

    def origin(self, i: int) -> int:
        if self._layers is None:
            self._layers = (_Layer(self.original, _REMOVE, 0), _Layer(self.stage, _SPACES, 1))
        return self._layers[0].back(self._layers[1].back(i))

    def span(self, start: int, end: int) -> tuple[int, int]:
        """A span of the normalised text as a span of the original."""
        return self.origin(start), self.origin(max(start, end - 1)) + 1


def _flatten(text: str) -> _Flat:
    return _Flat(text)


def normalise(text: str) -> str:
    """One line, plain hyphens, single spaces; hyphenation at line ends undone."""
    return _flatten(text).text.strip()


def vergaderjaar(first: str, second: str | None = None) -> str | None:
    """'2018', '19' → '2018-2019'. The second year is implied by the first (typos like '203' are common)."""
    try:
        start = int(first)
    except ValueError:
        return None
    if not 1800 <= start <= 2200:
        return None
    return f"{start}-{start + 1}"


# ---- the patterns (over normalised text: `\s?` stands for any run of whitespace) -------------------------

_YEAR = r"(?:vergaderjaar\s?)?(\d{4})\s?[-/]\s?(\d{2,4})(?!\d)"
_NR = r"(?:nrs?\.?|nummers?)"
# a list of numbers: "12", "12 en 13", "3932, 584 en 1410", "12, nr. 13"
_NUMS = rf"(\d{{1,5}}(?:\s?(?:,|en|&)\s?(?:{_NR}\s?)?\d{{1,5}}\b(?!\s?[-/]\s?\d)){{0,40}})"
_HOUSE = r"(?:\s(II|I|ll|l)\b)?"

# Aanhangsel (van de) Handelingen (II), vergaderjaar 2018–2019, nr. 1989
_AH_HANDELINGEN = re.compile(
    rf"Aanhangsel\s(?:van\sde\s)?Handelingen{_HOUSE}\s?,?\s?{_YEAR}\s?,?\s?(?:{_NR}\s?)?{_NUMS}", re.I
)
# Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel van de Handelingen, nr. 2386
_AH_KAMER = re.compile(
    rf"\b(Tweede|Eerste)\sKamer\s?,?\s?{_YEAR}\s?,?\s?Aanhangsel\s(?:van\sde\s)?Handelingen\s?,?\s?(?:{_NR}\s?)?{_NUMS}",
    re.I,
)
# Kamervragen (Aanhangsel) 2023–2024, nr. 2267
_AH_KAMERVRAGEN = re.compile(rf"Kamervragen\s?\(\s?Aanhangsel\s?\)\s?,?\s?{_YEAR}\s?,?\s?(?:{_NR}\s?)?{_NUMS}", re.I)
# Handelingen II 2023/24, Aanhangsel van de Handelingen, nr. 1045
_AH_IN_HANDELINGEN = re.compile(
    rf"Handelingen{_HOUSE}\s?,?\s?{_YEAR}\s?,?\s?Aanhangsel(?:\svan\sde\sHandelingen)?\s?,?\s?(?:{_NR}\s?)?{_NUMS}",
    re.I,
)
# Handelingen II 2019/20, nr. 96, item 7
_HANDELINGEN = re.compile(
    rf"(?<!Aanhangsel\s)(?<!van\sde\s)Handelingen{_HOUSE}\s?,?\s?{_YEAR}\s?,?\s?{_NR}\s?(\d{{1,4}})"
    rf"\s?,?\s?item\s?(\d{{1,3}})",
    re.I,
)
# A dossier number: "29 544", "36 800 XVI", "36 410 A", "21 501-02", "21501-20".
_DOSSIER = r"(\d{2}\s?\d{3}(?:\s?-\s?\d{1,3}(?!\d))?(?:\s(?:[IVXL]{1,6}|[A-Z])(?![\w-]))?)"
_KST_HEAD = (
    r"(?:(?:Bijlage(?:\s\d{1,3})?\s(?:bij|van)\s)?Kamerstuk(?:ken)?(?:\s(?:II|I|ll|l)\b)?\s?,?\s?"
    r"(?:\d{4}\s?[-/]\s?\d{2,4}\s?,?\s?)?)"
)
# "Kamerstuk 29 544, nr. 123", "(36 200 XIV, nr. 126)", "29 629, 32 761, nr. 1156", "25 424, nr. 679, nr. 684 en 685"
# A dossier (list) always matches, with or without its numbers: a list that turns out to name no number is
# passed over whole instead of being tried again from each of its dossiers.
_KAMERSTUK = re.compile(
    rf"(?<![\d/.-])(?:{_KST_HEAD})?{_DOSSIER}(?:\s?,\s?\d{{2}}\s?\d{{3}}(?!\d)){{0,8}}+(?:\s?,?\s?{_NR}\s?{_NUMS})?",
    re.I,
)
# "Eerste Kamer, 36 373, H": an Eerste Kamer paper with a letter for a number
_KAMERSTUK_EK = re.compile(r"Eerste\sKamer\s?,\s?(\d{2}\s?\d{3})\s?,\s?([A-Z]{1,2})\b")
# "Staatsblad 2020, 118", "Stb. 2020, 118", "Staatsblad 2020, nr. 118"; the Staatscourant likewise
_STAATSBLAD = re.compile(rf"\b(?:Staatsblad|Stb\b\.?)\s?(\d{{4}})\s?[,/]?\s?(?:{_NR}\s?)?(\d{{1,6}})(?![\d-])", re.I)
_STAATSCOURANT = re.compile(
    rf"\b(?:Staatscourant|Stcrt\b\.?)\s?(\d{{4}})\s?[,/]?\s?(?:{_NR}\s?)?(\d{{1,7}})(?![\d-])", re.I
)

_ID_FAMILIES = (
    r"(?:ah|kv|h)-(?:tk|ek)-[0-9A-Z]{8,12}(?:-\d{1,5}){0,2}|kst-\d{5}(?:-[0-9A-Z]{1,8}){1,3}"
    r"|stb-\d{4}-\d{1,6}|stcrt-\d{4}-\d{1,7}"
)
_PRINTED_ID = re.compile(rf"\b({_ID_FAMILIES})\b")
_ID_KINDS = {
    "ah": RefKind.AANHANGSEL,
    "kv": RefKind.KAMERVRAGEN,
    "h": RefKind.HANDELINGEN,
    "kst": RefKind.KAMERSTUK,
    "stb": RefKind.STAATSBLAD,
    "stcrt": RefKind.STAATSCOURANT,
}
_DIGITS = re.compile(r"\d+")


def reference_of_id(doc_id: str, text: str = "") -> Reference | None:
    """A Reference for an official id of a known family (ah-, kv-, h-, kst-, stb-, stcrt-); None otherwise."""
    doc_id = doc_id.strip()
    if not re.fullmatch(_ID_FAMILIES, doc_id, re.I):
        return None
    return Reference(_ID_KINDS[doc_id.split("-", 1)[0].lower()], doc_id, official_url(doc_id), " ".join(text.split()))


def _chamber(house: str | None, kamer: str | None = None) -> str:
    if kamer:
        return "ek" if kamer.lower().startswith("eerste") else "tk"
    if house and house.upper() in ("I", "L"):
        return "ek"
    return "tk"


_DASH_SPACES = re.compile(r"\s?-\s?")
_DOSSIER_PARTS = re.compile(r"(\d{2})\s?(\d{3})(-\d+)?(?:\s(\S+))?$")


def _dossier_id(dossier: str) -> str:
    """'36 800 XVI' → '36800-XVI'; '21 501-02' → '21501-02'; '36 410 A' → '36410-A'."""
    d = _DASH_SPACES.sub("-", dossier.strip())
    m = _DOSSIER_PARTS.match(d)
    if not m:
        return re.sub(r"\s", "", d)
    out = m.group(1) + m.group(2) + (m.group(3) or "")
    if m.group(4):
        out += "-" + m.group(4).upper()
    return out


def _ref(kind: RefKind, doc_id: str, text: str) -> Reference:
    return Reference(kind, doc_id, official_url(doc_id), text)


# A found citation: (start, end) in the normalised text and the reference. A match naming several numbers
# gives one per number: the first spans the words up to its number, the others their own number.
_Found = tuple[int, int, Reference]


def _per_number(m: re.Match[str], group: int, make: Callable[[int], Reference | None]) -> list[_Found]:
    out: list[_Found] = []
    base = m.start(group)
    for i, d in enumerate(_DIGITS.finditer(m.group(group))):
        ref = make(int(d.group(0)))
        if ref is None:
            continue
        start = m.start() if i == 0 else base + d.start()
        out.append((start, base + d.end(), ref))
    if out:  # the first citation covers the whole printed form when it names one number
        first = out[0]
        out[0] = (first[0], m.end() if len(out) == 1 else first[1], first[2])
    return out


def _aanhangsel(chamber: str, year1: str, year2: str, m: re.Match[str], group: int) -> list[_Found]:
    vj = vergaderjaar(year1, year2)
    if not vj:
        return []
    text = m.group(0)
    return _per_number(m, group, lambda n: _ref(RefKind.AANHANGSEL, f"ah-{chamber}-{vj.replace('-', '')}-{n}", text))


def _build_ah_handelingen(m: re.Match[str]) -> list[_Found]:
    return _aanhangsel(_chamber(m.group(1)), m.group(2), m.group(3), m, 4)


def _build_ah_kamer(m: re.Match[str]) -> list[_Found]:
    return _aanhangsel(_chamber(None, m.group(1)), m.group(2), m.group(3), m, 4)


def _build_ah_kamervragen(m: re.Match[str]) -> list[_Found]:
    return _aanhangsel("tk", m.group(1), m.group(2), m, 3)


def _build_handelingen(m: re.Match[str]) -> list[_Found]:
    vj = vergaderjaar(m.group(2), m.group(3))
    if not vj:
        return []
    doc_id = f"h-{_chamber(m.group(1))}-{vj.replace('-', '')}-{m.group(4)}-{m.group(5)}"
    return [(m.start(), m.end(), _ref(RefKind.HANDELINGEN, doc_id, m.group(0)))]


def _build_kamerstuk(m: re.Match[str]) -> list[_Found]:
    if m.group(2) is None:  # dossier numbers without "nr.": no citation
        return []
    dossier = _dossier_id(m.group(1))
    text = m.group(0)
    return _per_number(m, 2, lambda n: _ref(RefKind.KAMERSTUK, f"kst-{dossier}-{n}", text))


def _build_kamerstuk_ek(m: re.Match[str]) -> list[_Found]:
    doc_id = f"kst-{_dossier_id(m.group(1))}-{m.group(2)}"
    return [(m.start(), m.end(), _ref(RefKind.KAMERSTUK, doc_id, m.group(0)))]


def _build_gazette(kind: RefKind, prefix: str) -> Callable[[re.Match[str]], list[_Found]]:
    def build(m: re.Match[str]) -> list[_Found]:
        year = int(m.group(1))
        if not 1814 <= year <= 2200:
            return []
        return [(m.start(), m.end(), _ref(kind, f"{prefix}-{year}-{int(m.group(2))}", m.group(0)))]

    return build


def _build_printed(m: re.Match[str]) -> list[_Found]:
    ref = reference_of_id(m.group(1), m.group(1))
    return [(m.start(), m.end(), ref)] if ref else []


# in order of precedence: where two matches overlap, the earlier rule's wins. Each rule names words one of
# which every match of it contains (looked for in the lower-cased text, then, where a word is short, confirmed
# as a word): a text without them is not scanned for that rule at all.
_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], list["_Found"]], tuple[str, ...], re.Pattern[str] | None]
_RULES: tuple[_Rule, ...] = (
    (_AH_HANDELINGEN, _build_ah_handelingen, ("aanhangsel",), None),
    (_AH_KAMER, _build_ah_kamer, ("aanhangsel",), None),
    (_AH_KAMERVRAGEN, _build_ah_kamervragen, ("aanhangsel",), None),
    (_AH_IN_HANDELINGEN, _build_ah_handelingen, ("aanhangsel",), None),
    (_HANDELINGEN, _build_handelingen, ("item",), None),
    (
        _STAATSBLAD,
        _build_gazette(RefKind.STAATSBLAD, "stb"),
        ("staatsblad", "stb"),
        re.compile(r"(?i)staatsblad|\bstb\b"),
    ),
    (
        _STAATSCOURANT,
        _build_gazette(RefKind.STAATSCOURANT, "stcrt"),
        ("staatscourant", "stcrt"),
        re.compile(r"(?i)staatscourant|\bstcrt\b"),
    ),
    (_KAMERSTUK, _build_kamerstuk, ("nr", "nummer"), re.compile(r"(?i)\bnrs?\b|\bnummers?\b")),
    (_KAMERSTUK_EK, _build_kamerstuk_ek, ("eerste kamer",), None),
    (_PRINTED_ID, _build_printed, ("-tk-", "-ek-", "kst-", "stb-", "stcrt-"), None),
)
_ARTEFACTS = re.compile(r"-[^\S\n]*\n|[\u00ad\ufffe]")  # hyphenation the normalising undoes


def _applies(rule: _Rule, text: str, low: str) -> bool:
    return any(w in low for w in rule[2]) and (rule[3] is None or rule[3].search(text) is not None)


# a cheap test that a text may hold a citation at all: every form has a digit run of two or more
_ANY_NUMBER = re.compile(r"\d\d")
# a real answer cites a few dozen documents; past this many the rest of a (hostile) text is not resolved
MAX_CITATIONS = 2_000


def _find(flat: str) -> list[_Found]:
    """Every citation in the normalised text, in text order; overlapping matches go to the earlier rule."""
    if not _ANY_NUMBER.search(flat):
        return []
    taken: list[tuple[int, int]] = []  # spans of accepted matches, sorted and disjoint
    found: list[_Found] = []
    low = flat.lower()
    for rule in _RULES:
        if not _applies(rule, flat, low):
            continue
        pattern, build = rule[0], rule[1]
        cancel.check()
        accepted: list[tuple[int, int]] = []
        i = 0
        for m in pattern.finditer(flat):
            start, end = m.span()
            while i < len(taken) and taken[i][1] <= start:
                i += 1
            if i < len(taken) and taken[i][0] < end:
                continue  # overlaps a match of an earlier rule
            refs = build(m)
            if refs:
                accepted.append((start, end))
                found.extend(refs)
                if len(found) >= MAX_CITATIONS:
                    break
        if accepted:
            taken = _merge(taken, accepted)
        if len(found) >= MAX_CITATIONS:
            break
    found.sort(key=lambda f: f[0])
    return found


def _merge(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def find_references(text: str) -> list[Reference]:
    """Every citation in `text`, in the order printed, each id once."""
    seen: dict[str, Reference] = {}
    for _, _, ref in _find(normalise(text)):
        seen.setdefault(ref.id, ref)
    return list(seen.values())


def find_citations(text: str) -> list[Citation]:
    """Every citation in `text` with its character span in `text` itself, in text order (an id may recur)."""
    if not _ANY_NUMBER.search(text):
        return []
    low = text.lower()
    if not _ARTEFACTS.search(text) and not any(_applies(rule, text, low) for rule in _RULES):
        return []  # no rule's word in it: nothing to normalise or scan
    flat = _flatten(text)
    out: list[Citation] = []
    for start, end, ref in _find(flat.text):
        s, e = flat.span(start, end)
        out.append(Citation(s, e, ref))
    return out


def id_parts(doc_id: str) -> tuple[str, str, int] | None:
    """'ah-tk-20182019-1989' → ('tk', '2018-2019', 1989); None for other ids."""
    m = re.fullmatch(r"ah-(tk|ek)-(\d{4})(\d{4})-(\d+)", doc_id)
    if not m:
        return None
    return m.group(1), f"{m.group(2)}-{m.group(3)}", int(m.group(4))


# ---- URLs -----------------------------------------------------------------------------------------------

_URL_START = re.compile(
    r"(?:https?://|www\.)[^\s«»<>\"]*"  # with a scheme or www.
    r"|(?<![@\w.-])(?:[a-z0-9-]{1,63}\.){1,10}(?:nl|com|org|net|eu|int|be|de|uk|fr|info|gov|edu|io|nu)/[^\s«»<>\"]*",
    re.I,
)
_URL_CHARS = re.compile(r"[^\s«»<>\"]+")
_URL_GAP = re.compile(r"[ \t]*\n?[ \t]*")
_TRAILING = ".,;:!?»«'\""


def _strip_trailing(url: str) -> str:
    """Without trailing punctuation; a closing bracket stays when the link opened it ("…/Foo_(bar)")."""
    end = len(url)
    opens = {")": url.count("("), "]": url.count("[")}
    closes = {")": url.count(")"), "]": url.count("]")}
    while end:
        c = url[end - 1]
        if c in closes:
            if opens[c] >= closes[c]:
                break
            closes[c] -= 1
        elif c not in _TRAILING:
            break
        end -= 1
    return url[:end]


def _continues(url: str, nxt: str) -> bool:
    """Does the token after a line break (or stray space) continue a URL that was broken there?"""
    if not nxt or nxt[0] in "«»(\"'" or url.endswith((")", "]")):
        return False
    if url.endswith(("-", "/", "_", "=", "?", "&", "%", "~", "#", "+")) and re.match(r"[\w%~#/=&?.-]", nxt):
        # a word that could start a sentence ("Zie", "en") after "/" is not part of the URL
        return not (url.endswith("/") and not re.search(r"[-_/%.=&?~]", nxt.rstrip(_TRAILING + ")")))
    # the next line starts with URL-only characters ("%202022.pdf", "/b1")
    return bool(re.match(r"[%/~#?&=_]", nxt))


def find_urls(text: str) -> list[str]:
    """Links printed in `text`: with a scheme, starting with www., or domain/path; rejoined across line
    breaks where the break fell inside the link; trailing punctuation removed. A bare domain label such as
    "(pbl.nl)" is not a link."""
    text = text.replace("\ufffe\n", "-\n").replace("\ufffe", "-").replace("\u00ad", "")
    urls: dict[str, None] = {}
    pos = 0
    while True:
        m = _URL_START.search(text, pos)
        if not m:
            break
        pieces = [m.group(0)]
        last = pieces[0]
        end = m.end()
        # rejoin pieces separated by a line break or a stray space
        while True:
            gap = _URL_GAP.match(text, end)
            if not gap or gap.end() == end:
                break
            nm = _URL_CHARS.match(text, gap.end())
            if not nm or not _continues(last, nm.group(0)):
                break
            last = nm.group(0)
            pieces.append(last)
            end = nm.end()
        pos = end
        url = _strip_trailing("".join(pieces))
        if url.lower() in ("http://", "https://") or len(url) < 6:
            continue
        urls.setdefault(url, None)
    return list(urls)
