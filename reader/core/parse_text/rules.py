"""The text parser's patterns and rules as data: each with what it matches and why it is there.

Every pattern here is linear by construction: anchored, or starting with a literal, and with no two unbounded
quantifiers over the same characters next to each other or nested (possessive `*+`/`++` where a pattern
would otherwise have a choice to try again). The heading patterns shared with the XML parser are in
`reader.core.labels`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A pattern with a name and the reason it exists."""

    name: str
    pattern: re.Pattern[str]
    why: str

    def match(self, text: str) -> re.Match[str] | None:
        return self.pattern.match(text)


@dataclass(frozen=True)
class MarkerRule:
    """A form in which a footnote marker stands in a line, and how sure the form is (higher: surer).

    For each note the strongest candidate between the previous marker and the note wins; among equals, the
    first line and the first place in it."""

    name: str
    strength: int
    why: str


# ---- limits ---------------------------------------------------------------------------------------------
# A real set of Kamervragen has a few thousand lines, at most some dozens of questions and notes, notes of a
# few hundred characters. These bounds are far above that; beyond them the text is not one set.
MAX_LINES = 30_000  # lines and pages of the text
MAX_BLOCKS = 2_000  # questions and answers (headings, numbered questions, paragraphs taken as questions)
MAX_NOTE = 999  # the highest footnote number (notes are numbered with at most three digits)
MAX_MARKERS = 10_000  # markers a cleaning pass may write ("[1 ]", " 1)"): about ten per possible note
NOTE_CITATION_CHARS = 2_000  # a footnote's citations and links are looked for in its first characters
HEADER_CHARS = 20_000  # the header is read from its first characters

# ---- page furniture -------------------------------------------------------------------------------------

_YEARS = r"(\d{4})\s*+[–—−-]\s*+(\d{2,4})"
FOOTER = Rule(
    "running footer",
    re.compile(rf"Tweede\s++Kamer\s*+,\s*+vergaderjaar\s*+{_YEARS}\s*+,\s*+(Aanhangsel|Vragen)\b\s*+(\d*+)", re.I),
    "every page ends with it; extractors glue it to the text around it (pypdf: 'Aanhangsel 3Vraag 9')",
)
EK_FOOTER = Rule(
    "running footer (Eerste Kamer)",
    re.compile(rf"Eerste\s++Kamer\s*+,\s*+vergaderjaar\s*+{_YEARS}\s*+,\s*+(Aanhangsel|Vragen)\b\s*+(\d*+)", re.I),
    "the same for the Eerste Kamer; it also says which chamber the set is from",
)
FOOTER_PAGE_NUMBER = Rule(
    "footer's page number",
    re.compile(r"(?:Aanhangsel|Vragen)\s*+\d", re.I),
    "pdftotext prints the footer's page number on a line of its own when the footer line has none",
)
DOC_ID = Rule(
    "printed id",
    re.compile(r"^((?:ah|kv)-(?:tk|ek)-[0-9A-Za-z]{1,16}+(?:-\d{1,7}+)?+)$"),
    "page 1 prints the document's id ('ah-tk-20232024-878'); it is the most reliable identity",
)
DOC_ID_GARBLED = Rule(
    "garbled id",
    re.compile(r"^(ah|h|kv)\s++(tk|ek)\s++(\d{8}|\d{4}Z\d{5})\s++(\d++)$"),
    "some extractors print the id with spaces for its hyphens ('ah tk 20232024 302')",
)
JUNK = (
    Rule("ISSN", re.compile(r"^ISSN\s*+0921\s*+-?+\s*+7398$", re.I), "page 1's ISSN line"),
    Rule(
        "ISSN and place",
        re.compile(r"^ISSN\s*+0921\s*+-?+\s*+7398\s*+[’']s-Gravenhage\s++\d{4}$", re.I),
        "page 1's ISSN and place glued into one line",
    ),
    Rule("place and year", re.compile(r"^[’']s-Gravenhage\s++\d{4}$", re.I), "page 1's place and year"),
    Rule("garbled page-1 id", re.compile(r"^[hk]\s*+v?+\s*+tk\s++\d{8}\s++\d++$"), "'h tk 20232024 302'"),
)
JUNK_FIRST = frozenset("ahkIi’'")  # every JUNK, DOC_ID or DOC_ID_GARBLED line starts with one of these
MASTHEAD = (
    Rule(
        "chamber",
        re.compile(r"^(?:#++\s*+)?+Tweede\s++Kamer\s++der\s++Staten-?+\s*+Generaal\s*+\d?+\s*+$", re.I),
        "the masthead's first line ('Tweede Kamer der Staten-Generaal2': pypdf glues the logo's digit)",
    ),
    Rule(
        "chamber (Eerste Kamer)",
        re.compile(r"^(?:#++\s*+)?+Eerste\s++Kamer\s++der\s++Staten-?+\s*+Generaal\s*+\d?+\s*+$", re.I),
        "the same for the Eerste Kamer",
    ),
    Rule(
        "vergaderjaar",
        re.compile(
            rf"^(?:#++\s*+)?+Vergaderjaar\s*+{_YEARS}\s*+(?:Aanhangsel\s++van\s++de\s++Handelingen|Vragen\s++gesteld.*)?+"
            r"\s*+$",
            re.I,
        ),
        "'Vergaderjaar 2023–2024 Aanhangsel van de Handelingen': the parliamentary year of the set",
    ),
    Rule(
        "subtitle",
        re.compile(r"^Vragen\s++gesteld\s++door\s++de\s++leden\s++der\s++Kamer.*$", re.I),
        "the masthead's subtitle, first line",
    ),
    Rule("subtitle end", re.compile(r"^regering\s++gegeven\s++antwoorden\s*+$", re.I), "its second line"),
    Rule("logo", re.compile(r"^#++\s*+\d?+\s*+$"), "the masthead logo '# 2' of Markdown conversions"),
)
AH_DRAFT = Rule("draft number", re.compile(r"^AH\s++(\d{1,5})$"), "Word drafts print 'AH 604' above the text")
BARE_NUMBER = Rule(
    "bare number", re.compile(r"^\d{1,5}$"), "the Aanhangsel number stands alone in the masthead ('1031')"
)
ZAAK = Rule(
    "zaak number",
    re.compile(r"\b(20\d{2})\s?Z\s?(\d{5})\b"),
    "'2024Z18294': the number of the questions in the Kamer's records, printed by drafts and notices",
)

# ---- header and headings --------------------------------------------------------------------------------

HEADER_START = Rule(
    "header start",
    re.compile(
        r"^\s*+(?:Mondelinge\s++vragen|Vragen)\s++van\s++(?:het|de)\b"
        r"|^\s*+(?:Antwoord|Mededeling)\s++van\s++\S|^\s*+\(ingezonden",
        re.I,
    ),
    "the header's first sentence: who asked, or who answered",
)
LATE_HEADER = Rule(
    "header between questions and answers",
    re.compile(r"^\s*+(?:Antwoord|Mededeling)\s++van\s++(?:de\s++|het\s++)?+[A-Za-z]", re.I),
    "older sets print 'Antwoord van minister … (Ontvangen …)' after the questions, before the answers",
)
ONTVANGEN = Rule("received", re.compile(r"\(\s*+ontvangen\b", re.I), "a late header line ends with its date")
MEDEDELING_HEAD = Rule(
    "Mededeling heading",
    re.compile(r"^\s*+Mededeling\s*+[.:]?+\s*+$", re.I),
    "a notice (postponement, answer by letter) has its text under a 'Mededeling' heading",
)
INLINE_HEADING = Rule(
    "heading with its text",
    re.compile(
        r"^\s*+((?:Vraag|Antwoord)\s++(?:op\s++vraag\s++)?+\d{1,3}[a-z]?(?:\s*(?:,|en)\s*\d{1,3}[a-z]?){0,99})"
        r"\s*[:.]\s++(\S.*)$"
    ),
    "'Vraag 1: Kent u het bericht?' — a heading and its text on one line",
)
GLUED_HEADING = Rule(
    "heading glued to a sentence",
    re.compile(
        r"(?m)^(.*[.?!)»])[ \t]+"
        r"((?:Vraag|Antwoord)[ \t]++\d{1,3}[a-z]?(?:[ \t]*(?:,|en|t/m)[ \t]*\d{1,3}[a-z]?){0,99})[ \t]*$"
    ),
    "an extractor glued the next heading to the end of a sentence: '… (ontvangen 20 juni 2025). Vraag 1'",
)
NUMBERED_LINE = re.compile(r"^\s*+(\d{1,2}[a-z]?)(?:[.)]\s++(\S.*)|\s*+)$")
NUMBERED_QUESTION = Rule(
    "numbered question",
    NUMBERED_LINE,
    "Word drafts head a question with its number: '1. Kunt u …' or a line '1'",
)
NUMBERED_PARAGRAPH = Rule(
    "numbered paragraph",
    re.compile(r"^\s*+(\d{1,2}[a-z]?)[.)]\s++(\S.*)$"),
    "without headings, '1. Question?' paragraphs alternate with 'Antwoord:' paragraphs",
)
BARE_ANTWOORD = Rule(
    "Antwoord paragraph",
    re.compile(r"^\s*+Antwoord\s*+[:.]?+\s*+(.*)$", re.I),
    "'Antwoord: Ja.' — an answer's paragraph in a layout without numbered headings",
)

# ---- notes ----------------------------------------------------------------------------------------------

NOTE_START = Rule(
    "note number",
    re.compile(r"^(\d{1,3})(?:\s*+\)|(?=\D)|$)\s*+(.*)$"),
    "a note starts with its number: '1 Trouw, …', '1Trouw, …' (pypdf), '1) NOS, …' (Word)",
)
NOT_A_NOTE_START = re.compile(r"(?:en|of|die|dat|wordt|worden|is|zijn|op|van|in|als|te|met|voor|om)\b")
BARE_NOTE_NUMBER = re.compile(r"\s*+\d{1,3}\s*+")
GLUED_NOTE = Rule(
    "glued note", re.compile(r"^\s*+\d{1,3}[^\d\s,.;:)]"), "pypdf glues a note's number to its text: '1Trouw, …'"
)
EMBEDDED_NOTE = Rule(
    "note on the same line",
    re.compile(r"(?<=\S\s)(\d++)\s++(?=[A-Z0-9«(\[]|https?:|www\.)"),
    "a later note printed on the same line as an earlier one ('… standards 11 10 miljoen …')",
)
ONLY_MARKERS = re.compile(r"\s*+\d++(?:\s*+(?:,|en|&)?+\s*+\d++)*+\s*+[.,;:»”’)?!]*+\s*+")
LONE_NUMBER_WITH_STOP = re.compile(r"\s*+\d{1,3}\.\s*+")

# ---- markers --------------------------------------------------------------------------------------------

SENTINEL_MARKER = MarkerRule("sentinel", 3, "a marker the cleaning pass was sure of: Markdown's '[1 ]', Word's ' 1)'")
MARKER_LINE = MarkerRule("line of markers", 3, "a line holding only markers: '1', '1 2', '2, 3 en 4', '6».'")
LONE_NUMBERED_LINE = MarkerRule("lone '3.'", 1, "a line '3.' may be a list item's number rather than a marker")
GLUED_MARKER = MarkerRule(
    "glued", 2, "glued to a word or after punctuation: 'worden?1', 'Rijksoverheid.3', '(KYBER)10'"
)
YEAR_MARKER = MarkerRule("after a year", 2, "glued to a year: '20241' is 2024 and marker 1, '2022–202813'")
SHORT_CAPITALS = MarkerRule(
    "after short capitals", -1, "'NIS2', 'CO2' are more likely names: the weakest candidate, taken when no other"
)
LETTERS_AND_DIGITS = MarkerRule("after letters and digits", -1, "'NIS24' = NIS2 + marker 4, as a last resort")
TABLE_LABEL_MARKER = MarkerRule(
    "in a row label", 0, "'Proef A2412 515 618': label, marker 2, then a figure as long as the row's others"
)
LINE_START_MARKER = MarkerRule("line start", 1, "at the line start before text: '3 Er loopt …'")
LINE_START_BEFORE_STOP = MarkerRule("line start before a stop", 0, "'3. Alle producten …' may be a list item")
SPACED_MARKER = MarkerRule("set apart", 0, "newer pypdf sets a marker apart by a space: 'ombudsman? 1', 'jl. 2 heb ik'")

# acronyms that end in a capital and are followed by a note marker often enough to be read as word + marker
MARKER_AFTER_ACRONYM = re.compile(r"(?:^|[^A-Za-z])(?:EIB|ADR|CDA|VVD|NOS)$")
SHORT_CAPITALS_END = re.compile(r"(?:^|[^A-Za-z])[A-Z]{1,3}$")
YEAR_END = re.compile(r"(?:^|\D)(?:19|20)\d{2}$")
YEAR = re.compile(r"(?:19|20)\d{2}")
ASCII_LETTER = re.compile(r"[A-Za-z]")
# A run of digits that may end in a glued marker: a space, punctuation, a capitalised word or the line end
# follows it, and something stands before the marker (a character before the run, or a year in the run:
# "20241"). A run that starts a word and is no year + marker has no head to be glued to and is left out.
# (Each pattern starts with the character it needs, so the regex engine skips to it; the lookbehinds follow.)
GLUED_MARKER_DIGITS = re.compile(
    r"\d(?:(?<=[^\s\d]\d)\d*+|(?<![^\s]\d)(?:(?<=1)9|(?<=2)0)\d{3,5}+)(?=$|[\s,.;:)»”’!?]|[A-Z][a-z])"
)
# A marker set apart by a space: after a letter, punctuation, or a year ("uit 2022 4"), not after another number.
SPACED_MARKER_DIGITS = re.compile(
    r"\s(?:(?<=[^\W\d]\s)|(?<=[?!.»”’):;,]\s)|(?<=(?:19|20)\d\d\s))(\d++)(?=[\s.,;:)»”’]|$|[A-Z][a-z])"
)
LINE_START_DIGITS = re.compile(r"\s*+\d++")
# Words after which a number is a count or a reference in prose, not a footnote marker ("artikel 10").
NUMBER_CONTEXT = frozenset(
    (
        "artikel", "artikelen", "nr", "nrs", "nummer", "vraag", "vragen", "antwoord", "antwoorden", "pagina",
        "bijlage", "punt", "stap", "fase", "hoofdstuk", "lid", "sub", "de", "het", "een", "en", "of", "tot", "t/m",
        "van", "op", "om", "met", "over", "voor", "dan", "circa", "ongeveer", "ruim", "bijna", "zo'n", "die", "dat",
        "in", "aan", "bij", "per", "na", "uit", "te", "tot", "kamerstuk", "groep", "klasse", "niveau", "week", "jaar",
        "dag", "versie", "motie", "item", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
        "september", "oktober", "november", "december",
    )
)  # fmt: skip
UNIT_AFTER = re.compile(
    r"\s++(?:miljoen|miljard|procent|%|jaar|jaren|dagen|dag|weken|week|maanden|maand|uur|euro|keer|mensen|"
    r"personen|kinderen|gemeenten|m|km|kg|ton)\b",
    re.I,
)

# ---- paragraphs -----------------------------------------------------------------------------------------

LIST_ITEM = re.compile(r"^\s*+(?:[-–—•·*]|\d{1,2}[.)]|[a-z][.)])\s++\S")
SENTENCE_END = re.compile(r"[.?!:;»”’\"')]\s*+$")
# a sentence's end for certain: its mark, then at most closing quotes (not a bracket that closes a name)
FULL_SENTENCE_END = re.compile(r"[.?!][»”’\"']?\s*+$")
REAL_HYPHEN_END = re.compile(r"(?:^|[\s(])[A-Z]{2,}[a-z]?-$|\d-$")
# the start of a sentence that goes on the question before it ("…? Zo nee, waarom niet?"), not a new question
QUESTION_GOES_ON = re.compile(
    r"(?:Zo\s?(?:ja|nee|neen|niet|nee,)|Indien|Als|Zoja|Zonee|En\s|Of\s|Waarom\s(?:niet|wel)\b|Welke\s(?:dan|niet)\b)",
    re.I,
)
# a question mark (and any marker after it) and the capital that opens the next sentence, inside a line
QUESTION_THEN_QUESTION = re.compile(r"\?(?:\ue000\d{1,3}\ue001)?[ \t]?(?=[A-Z])")
