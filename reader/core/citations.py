"""Citations of parliamentary documents, resolved to official ids and URLs.

Recognises the forms printed in footnotes, "Zie ook" lines and running text (formats.md §4):

- Aanhangsel: "Aanhangsel Handelingen (II), vergaderjaar 2018–2019, nr. 1989", "Aanhangsel van de
  Handelingen …", "Tweede Kamer, vergaderjaar …, Aanhangsel van de Handelingen, nr. N",
  "Kamervragen (Aanhangsel) 2023–2024, nr. N", "Aanhangsel Handelingen II 2018/19, nr. N",
  "Handelingen II 2023/24, Aanhangsel van de Handelingen, nr. N", lists ("nrs. 12 en 13") → ah-tk-…/ah-ek-…
- Kamerstukken: "Kamerstuk 29 544, nr. 123", "Kamerstukken II 2018/19, 29 544, nr. 123", "36 800 XVI, nr. 12",
  "21 501-02, nr. 2498", "Eerste Kamer, 36 373, H" → kst-…
- Handelingen: "Handelingen II 2019/20, nr. 96, item 7" → h-tk-…
- ids printed as such: "ah-tk-20232024-1283", "kv-tk-2024Z18436".

Text is normalised first: line-end hyphenation inside words is undone ("verga-\\nderjaar"), all dashes and
whitespace are unified. A typo'd year such as "2022–203" is read as 2022–2023: a vergaderjaar always spans
two consecutive years, so only the first year counts.
"""

from __future__ import annotations

import re

from reader.core.model import Reference, RefKind

OFFICIAL = "https://zoek.officielebekendmakingen.nl"

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2212\ufffe\u00ad"


def official_url(doc_id: str) -> str:
    """The official web page of a document id (ah-…, kst-…, h-…, kv-…)."""
    return f"{OFFICIAL}/{doc_id}.html"


def normalise(text: str) -> str:
    """One line, plain hyphens, single spaces; hyphenation at line ends undone."""
    text = text.replace("\u00ad\n", "").replace("\ufffe\n", "").replace("\ufffe", "")
    # "verga-\nderjaar": a hyphen at a line end between lower-case letters is hyphenation
    text = re.sub(r"([a-zà-ÿ])-\s*\n\s*([a-zà-ÿ])", r"\1\2", text)
    for d in _DASHES:
        text = text.replace(d, "-")
    text = text.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def vergaderjaar(first: str, second: str | None = None) -> str | None:
    """'2018', '19' → '2018-2019'. The second year is implied by the first (typos like '203' are common)."""
    try:
        start = int(first)
    except ValueError:
        return None
    if not 1800 <= start <= 2200:
        return None
    return f"{start}-{start + 1}"


_YEAR = r"(?:vergaderjaar\s*)?(\d{4})\s*[-/]\s*(\d{2,4})"
_NR = r"(?:nrs?\.?|nummers?)"
# a list of numbers: "12", "12 en 13", "3932, 584 en 1410", "12, nr. 13"
_NUMS = rf"(\d{{1,5}}(?:\s*(?:,|en|&)\s*(?:{_NR}\s*)?\d{{1,5}}\b(?!\s*[-/]\s*\d))*)"
_HOUSE = r"(?:\s+(II|I|ll|l)\b)?"

_AH_PATTERNS = [
    # Aanhangsel (van de) Handelingen (II), vergaderjaar 2018–2019, nr. 1989
    re.compile(
        rf"Aanhangsel\s+(?:van\s+de\s+)?Handelingen{_HOUSE}\s*,?\s*{_YEAR}\s*,?\s*(?:{_NR}\s*)?{_NUMS}",
        re.I,
    ),
    # Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel van de Handelingen, nr. 2386
    re.compile(
        rf"\b(Tweede|Eerste)\s+Kamer\s*,?\s*{_YEAR}\s*,?\s*Aanhangsel\s+(?:van\s+de\s+)?Handelingen"
        rf"\s*,?\s*(?:{_NR}\s*)?{_NUMS}",
        re.I,
    ),
    # Kamervragen (Aanhangsel) 2023–2024, nr. 2267
    re.compile(rf"Kamervragen\s*\(\s*Aanhangsel\s*\)\s*,?\s*{_YEAR}\s*,?\s*(?:{_NR}\s*)?{_NUMS}", re.I),
    # Handelingen II 2023/24, Aanhangsel van de Handelingen, nr. 1045
    re.compile(
        rf"Handelingen{_HOUSE}\s*,?\s*{_YEAR}\s*,?\s*Aanhangsel(?:\s+van\s+de\s+Handelingen)?\s*,?\s*"
        rf"(?:{_NR}\s*)?{_NUMS}",
        re.I,
    ),
]

# Handelingen II 2019/20, nr. 96, item 7
_HANDELINGEN = re.compile(
    rf"(?<!Aanhangsel\s)(?<!van\sde\s)Handelingen{_HOUSE}\s*,?\s*{_YEAR}\s*,?\s*{_NR}\s*(\d{{1,4}})"
    rf"\s*,?\s*item\s*(\d{{1,3}})",
    re.I,
)

# A dossier number: "29 544", "36 800 XVI", "36 410 A", "21 501-02", "21501-20".
_DOSSIER = r"(\d{2}\s?\d{3}(?:\s*-\s*\d{1,3}(?!\d))?(?:\s+(?:[IVXL]{1,6}|[A-Z])(?![\w-]))?)"
_KST_HEAD = (
    r"(?:(?:Bijlage(?:\s+\d+)?\s+(?:bij|van)\s+)?Kamerstuk(?:ken)?(?:\s+(?:II|I|ll|l)\b)?\s*,?\s*"
    r"(?:\d{4}\s*[-/]\s*\d{2,4}\s*,?\s*)?)"
)
# "Kamerstuk 29 544, nr. 123", "(36 200 XIV, nr. 126)", "29 629, 32 761, nr. 1156", "25 424, nr. 679, nr. 684 en 685"
_KAMERSTUK = re.compile(
    rf"(?<![\d/.-])(?:{_KST_HEAD})?{_DOSSIER}(?:\s*,\s*\d{{2}}\s?\d{{3}}(?![\d]))*\s*,?\s*{_NR}\s*{_NUMS}",
    re.I,
)
# "Eerste Kamer, 36 373, H": an Eerste Kamer paper with a letter for a number
_KAMERSTUK_EK = re.compile(r"Eerste\s+Kamer\s*,\s*(\d{2}\s?\d{3})\s*,\s*([A-Z]{1,2})\b")

_PRINTED_ID = re.compile(r"\b((?:ah|kv|h)-(?:tk|ek)-[0-9A-Z]{8,12}(?:-\d+){0,2}|kst-\d{5}(?:-[0-9A-Z]+){1,3})\b")


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


def _chamber(house: str | None, kamer: str | None = None) -> str:
    if kamer:
        return "ek" if kamer.lower().startswith("eerste") else "tk"
    if house and house.upper() in ("I", "L"):
        return "ek"
    return "tk"


def _dossier_id(dossier: str) -> str:
    """'36 800 XVI' → '36800-XVI'; '21 501-02' → '21501-02'; '36 410 A' → '36410-A'."""
    d = re.sub(r"\s*-\s*", "-", dossier.strip())
    m = re.match(r"(\d{2})\s?(\d{3})(-\d+)?(?:\s+(\S+))?$", d)
    if not m:
        return re.sub(r"\s+", "", d)
    out = m.group(1) + m.group(2) + (m.group(3) or "")
    if m.group(4):
        out += "-" + m.group(4).upper()
    return out


def _ref(kind: RefKind, doc_id: str, text: str) -> Reference:
    return Reference(kind, doc_id, official_url(doc_id), text)


def find_references(text: str) -> list[Reference]:
    """Every citation in `text`, in the order printed, each id once."""
    flat = normalise(text)
    found: list[tuple[int, Reference]] = []
    taken: list[tuple[int, int]] = []

    def free(span: tuple[int, int]) -> bool:
        return all(span[1] <= a or span[0] >= b for a, b in taken)

    for pat in _AH_PATTERNS:
        for m in pat.finditer(flat):
            if not free(m.span()):
                continue
            groups = m.groups()
            if pat is _AH_PATTERNS[1]:
                chamber, year1, year2, nums = _chamber(None, groups[0]), groups[1], groups[2], groups[3]
            elif pat is _AH_PATTERNS[2]:
                chamber, year1, year2, nums = "tk", groups[0], groups[1], groups[2]
            else:
                chamber, year1, year2, nums = _chamber(groups[0]), groups[1], groups[2], groups[3]
            vj = vergaderjaar(year1, year2)
            if not vj:
                continue
            taken.append(m.span())
            for n in _numbers(nums):
                doc_id = f"ah-{chamber}-{vj.replace('-', '')}-{n}"
                found.append((m.start(), _ref(RefKind.AANHANGSEL, doc_id, m.group(0))))

    for m in _HANDELINGEN.finditer(flat):
        if not free(m.span()):
            continue
        vj = vergaderjaar(m.group(2), m.group(3))
        if not vj:
            continue
        taken.append(m.span())
        doc_id = f"h-{_chamber(m.group(1))}-{vj.replace('-', '')}-{m.group(4)}-{m.group(5)}"
        found.append((m.start(), _ref(RefKind.HANDELINGEN, doc_id, m.group(0))))

    for m in _KAMERSTUK.finditer(flat):
        if not free(m.span()):
            continue
        taken.append(m.span())
        dossier = _dossier_id(m.group(1))
        for n in _numbers(m.group(2)):
            found.append((m.start(), _ref(RefKind.KAMERSTUK, f"kst-{dossier}-{n}", m.group(0))))

    for m in _KAMERSTUK_EK.finditer(flat):
        if not free(m.span()):
            continue
        taken.append(m.span())
        doc_id = f"kst-{_dossier_id(m.group(1))}-{m.group(2)}"
        found.append((m.start(), _ref(RefKind.KAMERSTUK, doc_id, m.group(0))))

    for m in _PRINTED_ID.finditer(flat):
        if not free(m.span()):
            continue
        doc_id = m.group(1)
        kind = {"ah": RefKind.AANHANGSEL, "kv": RefKind.KAMERVRAGEN, "h-": RefKind.HANDELINGEN}.get(
            doc_id[:2], RefKind.KAMERSTUK
        )
        found.append((m.start(), _ref(kind, doc_id, doc_id)))

    found.sort(key=lambda x: x[0])
    seen: set[str] = set()
    out: list[Reference] = []
    for _, ref in found:
        if ref.id not in seen:
            seen.add(ref.id)
            out.append(ref)
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
    r"|(?<![@\w.-])(?:[a-z0-9-]+\.)+(?:nl|com|org|net|eu|int|be|de|uk|fr|info|gov|edu|io|nu)/[^\s«»<>\"]*",
    re.I,
)
_URL_CHARS = re.compile(r"[^\s«»<>\"]+")
_TRAILING = ".,;:!?»«'\""


def _strip_trailing(url: str) -> str:
    while url and url[-1] in _TRAILING + ")]":
        if url[-1] in ")]":
            opener = "(" if url[-1] == ")" else "["
            if url.count(opener) >= url.count(url[-1]):
                break
        url = url[:-1]
    return url


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
    urls: list[str] = []
    pos = 0
    while True:
        m = _URL_START.search(text, pos)
        if not m:
            break
        url = m.group(0)
        end = m.end()
        # rejoin pieces separated by a line break or a stray space
        while True:
            gap = re.match(r"[ \t]*\n?[ \t]*", text[end:])
            if not gap or not gap.group(0):
                break
            after = end + gap.end()
            nm = _URL_CHARS.match(text, after)
            if not nm or not _continues(url, nm.group(0)):
                break
            url += nm.group(0)
            end = nm.end()
        pos = end
        url = _strip_trailing(url)
        if url.lower() in ("http://", "https://") or len(url) < 6:
            continue
        if url not in urls:
            urls.append(url)
    return urls
