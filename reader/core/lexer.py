"""A Pygments lexer for the text of Kamervragen documents as copied out of the official PDF.

Registered as the Pygments entry point ``kamervragen`` (aliases ``kamervragen``, ``aanhangsel``), so
``pygments.lexers.get_lexer_by_name("kamervragen")`` finds it. The source view uses it to colour a
document; it never decides structure (that is the parser's job), so every rule is a cheap local guess.

Tokens
- masthead ("Tweede Kamer der Staten-Generaal", "Vergaderjaar … Aanhangsel van de Handelingen",
  "Vragen gesteld door de leden der Kamer …", the Aanhangsel number or zaak number line): ``Generic.Heading``
- header sentences ("Vragen van het lid … (ingezonden …).", "Antwoord van … (ontvangen …).",
  "Mededeling van … (ontvangen …).", "Zie ook"): ``Generic.Subheading``; their dates ``Literal.Date``
- headings ("Vraag 1", "Vraag 1, 2", "Antwoord 2 t/m 4", "Antwoord op vraag 5", "Antwoord vraag 7:",
  "Antwoord", "Mededeling"): the words ``Keyword``, the number label ``Number``, a trailing ``:``/``.``
  ``Punctuation``
- footnote markers glued to the text ("worden?1", "vragen2", "december 20241") and lines holding only
  markers ("1", "2, 3 en 4", as pypdf puts them): ``Name.Label``
- citations ("Aanhangsel Handelingen, vergaderjaar 2018–2019, nr. 1989", "Kamerstuk 29 544, nr. 123",
  "Handelingen II 2019/20, nr. 96, item 7", printed ids "ah-tk-20182019-1989"): ``Name.Tag``
- links ("https://…", "www.…", "nos.nl/artikel/…"): ``String.Other``
- running footers ("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 2", "ISSN 0921 - 7398",
  "’s-Gravenhage 2024", the page-1 id line "ah-tk-20232024-878"): ``Comment``
- the note block: a line starting with a note number followed by note-like text ("1 Aanhangsel …",
  pypdf's glued "1NOS, 22 januari 2024 …"): ``Comment.Special`` (citations and links inside keep their
  own tokens)
- everything else: ``Text`` and ``Whitespace``.

Footnote-marker heuristic (a guess: the lexer has no page geometry). One or two digits are a marker when
- they follow ``?``, ``!``, ``.``, ``:`` or ``;`` that itself follows a letter or a closing quote or
  parenthesis ("worden?1", "verlagen.4", "onderhoud»?1"; not "3.5", not "nr.12"), or they follow a closing
  ``»``, ``”``, ``"`` or ``)`` directly ("zitten»1");
- they end a word of at least three lower-case letters ("vragen2"; not "CO2", "A2", "km2", "Natura2000");
- they are glued to a year 1900–2099 at the end of a number ("december 20241" → 2024 + 1); the tail never
  starts with 0, and a number inside a link or an id is never split.
A comma-separated run ("vragen1,2") is one marker token. A line holding only small numbers is a marker
line. Misreadings cost colour, never text: the token values always concatenate to the input.

Every pattern is anchored to a line start, starts with a literal, or has bounded repetition inside its
look-arounds, so lexing is linear in the input (no catastrophic backtracking on hostile text).
Round trip: for text with ``\\n`` line ends the token values concatenate to the input exactly (the lexer
turns off Pygments' default newline stripping and adding; Pygments itself still converts ``\\r\\n`` and
drops a leading BOM in ``get_tokens``).
"""

from __future__ import annotations

from typing import Any, ClassVar

from pygments.lexer import RegexLexer, bygroups, default, include
from pygments.token import (
    Comment,
    Generic,
    Keyword,
    Literal,
    Name,
    Number,
    Punctuation,
    String,
    Text,
    Whitespace,
)

__all__ = ["KamervragenLexer"]

_SP = r"[^\S\n]"  # whitespace within a line (spaces, tabs, NBSP, form feeds)
_EOL = rf"(?={_SP}*(?:\n|\Z))"  # only whitespace up to the line end
_DASH = "[-–—‐‑/]"
_YEARS = rf"\d{{4}}{_SP}*{_DASH}{_SP}*\d{{2,4}}"
_GAP = r"\s{1,4}"  # citations break over lines: a few spaces or one line end, never unbounded
_OPTGAP = r"\s{0,4}"
_NR = r"(?:nrs?\.?|nummers?)"
_NUMS = rf"\d{{1,5}}(?:{_OPTGAP}(?:,|en|&){_OPTGAP}(?:{_NR}{_OPTGAP})?\d{{1,5}}(?!\d)){{0,8}}"
_VJ = rf"(?:verga-?{_OPTGAP}derjaar{_GAP})?{_YEARS}"
_HOUSE = rf"(?:{_GAP}(?:II|I)\b)?"

_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec"
)
_DATE = rf"\d{{1,2}}{_GAP}(?:{_MONTHS})\.?{_GAP}\d{{4}}"

# The number part of a heading, as in labels.LABEL but kept within one line.
_ONE = r"\d{1,3}[a-z]?"
_RANGE = rf"(?:t/m|t\.?{_SP}?m\.?|tot{_SP}+en{_SP}+met|tot|-|–|—)"
_LABEL = rf"{_ONE}(?:{_SP}*(?:,|en|&|{_RANGE}){_SP}*{_ONE}){{0,40}}"

_TLDS = "nl|com|org|net|eu|int|be|de|uk|fr|info|gov|edu|io|nu"
_URL_TAIL = r"(?:[^\s«»<>\"]*[^\s«»<>\".,;:!?)'’])?"
_URL = rf"(?:https?://|www\.){_URL_TAIL}"
# "nos.nl/artikel/…": a bare domain with a path; bounded so a run of dots cannot make it quadratic
_DOMAIN_URL = rf"(?<![\w@./-])(?:[a-z0-9-]{{1,63}}\.){{1,6}}(?:{_TLDS})/{_URL_TAIL}"

_ID = r"(?:(?:ah|kv|h)-(?:tk|ek)-[0-9A-Z]{8,12}(?:-\d{1,5}){0,2}|kst-\d{5}(?:-[0-9A-Z]{1,8}){1,3})(?![\w-])"

_DOSSIER = rf"\d{{2}}{_SP}?\d{{3}}(?:{_SP}?-{_SP}?\d{{1,3}}(?!\d))?(?:{_SP}+(?:[IVXL]{{1,6}}|[A-Z])(?![\w-]))?"

# Citations, most specific first (the forms of reader.core.citations).
_CITATIONS = [
    # Aanhangsel (van de) Handelingen (II), vergaderjaar 2018–2019, nr. 1989
    rf"Aanhangsel{_GAP}(?:van{_GAP}de{_GAP})?Handelingen{_HOUSE}{_SP}?,?{_GAP}{_VJ}{_SP}?,?{_OPTGAP}"
    rf"(?:{_NR}{_OPTGAP})?{_NUMS}",
    # Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel van de Handelingen, nr. 2386
    rf"(?:Tweede|Eerste){_GAP}Kamer{_SP}?,?{_GAP}{_VJ}{_SP}?,?{_GAP}Aanhangsel{_GAP}(?:van{_GAP}de{_GAP})?"
    rf"Handelingen{_SP}?,?{_OPTGAP}(?:{_NR}{_OPTGAP})?{_NUMS}",
    # Kamervragen (Aanhangsel) 2023–2024, nr. 2267
    rf"Kamervragen{_OPTGAP}\({_SP}?Aanhangsel{_SP}?\){_SP}?,?{_GAP}{_VJ}{_SP}?,?{_OPTGAP}(?:{_NR}{_OPTGAP})?{_NUMS}",
    # Handelingen II 2019/20, nr. 96, item 7 · Handelingen II 2023/24, Aanhangsel van de Handelingen, nr. 1045
    rf"Handelingen{_HOUSE}{_SP}?,?{_GAP}{_VJ}{_SP}?,?{_OPTGAP}(?:{_NR}{_OPTGAP}\d{{1,4}}{_SP}?,?{_GAP}item{_GAP}"
    rf"\d{{1,3}}|Aanhangsel(?:{_GAP}van{_GAP}de{_GAP}Handelingen)?{_SP}?,?{_OPTGAP}(?:{_NR}{_OPTGAP})?{_NUMS})",
    # Kamerstuk 29 544, nr. 123 · Kamerstukken II 2018/19, 29 544, nr. 123 · Kamerstuk 33 009 nr. 131
    rf"(?:Bijlage{_GAP}(?:bij|van){_GAP})?Kamerstuk(?:ken)?{_HOUSE}{_SP}?,?{_OPTGAP}(?:{_YEARS}{_SP}?,?{_GAP})?"
    rf"{_DOSSIER}{_SP}?,?{_OPTGAP}{_NR}{_OPTGAP}{_NUMS}",
    # Eerste Kamer, 36 373, H
    rf"Eerste{_GAP}Kamer{_SP}?,{_GAP}\d{{2}}{_SP}?\d{{3}}{_SP}?,{_GAP}[A-Z]{{1,2}}\b",
    _ID,
]
# A bare dossier reference "36 200 XIV, nr. 126" (tried on digits only, after the ones above).
_BARE_KAMERSTUK = rf"(?<![\w/.,-]){_DOSSIER}{_SP}?,?{_SP}{{0,2}}{_NR}{_SP}{{0,2}}{_NUMS}"

# Words at which another rule may start: the plain-text run stops before them.
_SPECIAL_START = (
    rf"(?:https?:|www\.|Aanhangsel|Kamerstuk|Kamervragen|Handelingen|Tweede{_SP}Kamer|Eerste{_SP}Kamer"
    rf"|Zie{_SP}ook|ISSN|Bijlage|(?:ah|kv|h)-(?:tk|ek)-|kst-\d|[a-z0-9-]{{1,63}}\.(?:[a-z0-9-]{{1,63}}\.){{0,5}}"
    rf"(?:{_TLDS})/)"
)
_WORDS = rf"(?:(?!{_SPECIAL_START})[^\W\d_]+{_SP}*)+"

# the page number is missing on a one-page announcement ("…, Vragen" at the end of the text)
_FOOTER = rf"Tweede{_SP}Kamer,{_SP}*vergaderjaar{_SP}*{_YEARS},{_SP}*(?:Aanhangsel|Vragen)(?:{_SP}*\d{{1,3}}|{_EOL})"
_ISSN = rf"ISSN{_SP}*\d{{4}}{_SP}*-{_SP}*\d{{3}}[\dX]"
_HAGUE = rf"['’‘`]s-Gravenhage{_SP}*\d{{4}}"

# Markers (see the module docstring for the heuristic).
_MARKER_RUN = r"\d{1,2}(?:,\d{1,2}){0,5}(?!\d)"
_MARKER_AFTER_PUNCT = (
    rf"(?:(?:(?<=[^\W\d_][?!.:;])|(?<=[»”\")][?!.:;]))(?<!nr\.)(?<!nrs\.)|(?<=[»”\")])){_MARKER_RUN}(?![\w/])"
)
_MARKER_AFTER_WORD = rf"(?<=[a-zà-öø-ÿ]{{3}}){_MARKER_RUN}(?=[\s.,;:?!)»”]|\Z)"
_MARKER_AFTER_YEAR = r"(?<![\w/.,:-])((?:19|20)\d\d)([1-9]\d?)(?=[\s.,;:?!)»”]|\Z)"

# A line of markers only: "1", "1 2", "2, 3 en 4".
_MARKER_LINE = rf"\d{{1,2}}(?:(?:{_SP}*,{_SP}*|{_SP}+en{_SP}+|{_SP}+)\d{{1,2}}){{0,9}}{_EOL}"
# A note line: a number (maybe glued) and then something that looks like the start of a note.
_NOTE_START = (
    rf"(\d{{1,3}})(?!\d)({_SP}?)(?=[A-ZÀ-ÖØ-Þ«“\"‘'(]|https?:|www\.|(?:[a-z0-9-]{{1,63}}\.){{1,6}}(?:{_TLDS})\b)"
)

_Q_WORD = r"(?:Vraag|Vragen)"
_A_WORD = rf"(?:Antwoord(?:en)?(?:{_SP}+(?:op|bij|op{_SP}+de))?(?:{_SP}+(?:vraag|vragen))?)"
_MD_OPEN = rf"(?:#{{1,6}}{_SP}+|\*\*|__)?"
_MD_CLOSE = r"(?:\*\*|__)?"


def _heading_rules() -> list[Any]:
    """Heading lines: "Vraag 1, 2", "Antwoord op vraag 5:", "Antwoord", "Mededeling"; whole line only."""
    return [
        (
            rf"({_MD_OPEN})({_Q_WORD}|{_A_WORD})({_SP}*)((?:nr\.?{_SP}*)?)({_LABEL})({_SP}*[.:)]?)({_MD_CLOSE}){_EOL}",
            bygroups(Punctuation, Keyword, Whitespace, Keyword, Number, Punctuation, Punctuation),
        ),
        (
            rf"({_MD_OPEN})(Antwoord(?:en)?|Vraag|Mededeling)({_SP}*[.:]?)({_MD_CLOSE}){_EOL}",
            bygroups(Punctuation, Keyword, Punctuation, Punctuation),
        ),
    ]


def _cite_rules() -> list[Any]:
    cites = [*_CITATIONS, _BARE_KAMERSTUK]
    return [(_URL, String.Other), (_DOMAIN_URL, String.Other)] + [(c, Name.Tag) for c in cites]


def _footer_rules(then: str | None) -> list[Any]:
    rules = [(_FOOTER, Comment), (_ISSN, Comment), (_HAGUE, Comment)]
    return [(*r, then) for r in rules] if then else rules


class KamervragenLexer(RegexLexer):
    """Text of Kamervragen and their answers (Aanhangsel van de Handelingen), as copied from the PDF."""

    name = "Kamervragen"
    aliases: ClassVar[list[str]] = ["kamervragen", "aanhangsel"]
    filenames: ClassVar[list[str]] = ["ah-tk-*.txt", "ah-ek-*.txt", "kv-tk-*.txt", "*.kamervragen"]
    mimetypes: ClassVar[list[str]] = ["text/x-kamervragen"]
    priority = 0.1  # beats TextLexer's "*.txt" for the "ah-tk-*.txt" names, and only for those
    url = "https://zoek.officielebekendmakingen.nl"

    def __init__(self, **options: Any) -> None:
        # keep the text exactly as given, so token values concatenate back to the input
        options.setdefault("stripnl", False)
        options.setdefault("ensurenl", False)
        super().__init__(**options)

    @staticmethod
    def analyse_text(text: str) -> float:
        head = text[:4000]
        if "Aanhangsel van de Handelingen" in head or "Vragen gesteld door de leden der Kamer" in head:
            return 0.9
        if "(ingezonden" in head and ("Vraag 1" in head or "Antwoord" in head):
            return 0.5
        return 0.0

    tokens: ClassVar[dict[str, list[Any]]] = {
        # At a line start. Line-level constructs are decided here; the rest of the line goes to "line".
        "root": [
            (rf"{_SP}*\n", Whitespace),
            (rf"{_SP}+", Whitespace),
            (rf"Tweede{_SP}Kamer{_SP}der{_SP}Staten-Generaal(?:{_SP}*\d)?", Generic.Heading, "masthead"),
            (rf"Vergaderjaar{_SP}+{_YEARS}[^\n]*", Generic.Heading, "masthead"),
            (
                rf"(?:Mondelinge{_SP}+[Vv]ragen|Vragen){_SP}+van{_SP}+(?:het|de){_SP}+(?:kamer)?(?:lid|leden)\b",
                Generic.Subheading,
                "header",
            ),
            (rf"(?:Antwoord|Mededeling){_SP}+van\b", Generic.Subheading, "header"),
            *_heading_rules(),
            (_MARKER_LINE, Name.Label),
            (rf"(?:{_ID}){_EOL}", Comment),  # the page-1 id line
            (rf"AH{_SP}+\d{{1,5}}{_EOL}", Generic.Heading),  # Word drafts: the coming Aanhangsel number
            (rf"\d{{4}}Z\d{{5}}{_EOL}", Generic.Heading),  # a zaak number line
            *_footer_rules(None),
            (_NOTE_START, bygroups(Comment.Special, Whitespace), "note"),
            default("line"),
        ],
        # The rest of an ordinary line.
        "line": [
            (r"\n", Whitespace, "#pop"),
            (_WORDS, Text),
            include("cite"),
            # a footer glued to the next line's start ("…Aanhangsel 3Vraag 9"): back to line-start rules
            *_footer_rules("#pop"),
            (
                rf"\[?Zie{_SP}+ook(?=\s{{1,4}}(?:Aanhangsel|Kamerstuk|Handelingen|Kamervragen|Tweede|Eerste))",
                Generic.Subheading,
            ),
            (_MARKER_AFTER_YEAR, bygroups(Text, Name.Label)),
            (_MARKER_AFTER_PUNCT, Name.Label),
            (_MARKER_AFTER_WORD, Name.Label),
            (r"\d+(?:\.\d{3})*", Text),  # numbers, with Dutch thousands dots ("1.000.000")
            (r"[^\W\d_]+", Text),  # a word that looked special but was not
            (rf"{_SP}+", Whitespace),
            (r"[^\w\s'’‘`\[]+", Text),  # punctuation runs; quotes and "[" alone, they may start a footer
            (r"[^\w\s]", Text),
            (r"\w", Text),
        ],
        "cite": _cite_rules(),
        # Masthead lines after "Tweede Kamer der Staten-Generaal" / "Vergaderjaar …", up to the number line.
        "masthead": [
            (r"\s+", Whitespace),
            (rf"Vergaderjaar{_SP}+{_YEARS}[^\n]*", Generic.Heading),
            (r"Aanhangsel van de Handelingen[^\n]*", Generic.Heading),
            (r"Vragen gesteld door[^\n]*", Generic.Heading),
            (r"regering gegeven antwoorden[^\n]*", Generic.Heading),
            (rf"(?:AH{_SP}*)?\d{{1,5}}{_EOL}", Generic.Heading, "#pop"),
            (rf"\d{{4}}Z\d{{5}}{_EOL}", Generic.Heading, "#pop"),
            default("#pop"),
        ],
        # A header sentence, possibly over several lines, up to its "(ingezonden …)" / "(ontvangen …)".
        "header": [
            (rf"(?<=\n){_SP}*\n", Whitespace, "#pop"),  # a blank line ends it
            (rf"(?<=\n)(?={_SP}*(?:Vraag|Antwoord|Mededeling)\b)", bygroups(), "#pop"),  # so does a heading
            (r"\n", Whitespace),
            (rf"\((?={_SP}*(?:ingezonden|ontvangen))", Generic.Subheading, "hdate"),
            include("cite"),
            (_WORDS, Generic.Subheading),
            (r"[^\W\d_]+|\d+", Generic.Subheading),
            (rf"{_SP}+", Whitespace),
            (r"[^\w\s]|_", Generic.Subheading),
        ],
        "hdate": [
            (rf"(?<=\n){_SP}*\n", Whitespace, "#pop:2"),
            (rf"(?<=\n)(?={_SP}*(?:Vraag|Antwoord|Mededeling)\b)", bygroups(), "#pop:2"),
            (_DATE, Literal.Date),
            # after the closing parenthesis the rest of the line is ordinary text ("Zie ook …")
            (rf"\){_SP}*\.?", Generic.Subheading, ("#pop", "#pop", "line")),
            (r"\s+", Whitespace),
            (r"[^\W\d_]+|\d+", Generic.Subheading),
            (r"[^\w\s]|_", Generic.Subheading),
        ],
        # The rest of a note line.
        "note": [
            (r"\n", Whitespace, "#pop"),
            include("cite"),
            (_WORDS, Comment.Special),
            (r"[^\W\d_]+", Comment.Special),
            (rf"{_SP}+", Whitespace),
            (r"[^\w\s]+|\d+|\w", Comment.Special),
        ],
    }
