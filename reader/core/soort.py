"""What a document is, from the words it uses: which notice, oral questions, a further answer, its subject.

Plain functions over text, shared by every parser (the JSON export's `soort`):

- `classify_notice(text)`: the notice that stands instead of the answers ("Mededeling") → `Soort.UITSTEL`
  ("… kunnen tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord"), `Soort.PER_BRIEF`
  ("… zijn beantwoord middels een brief over … (36 471-64)", with the letter's Kamerstuk in the references),
  `Soort.INGETROKKEN` ("… heeft de vragen ingetrokken") or `Soort.OVERIG`.
- `is_oral_announcement(header)`: "Mondelinge vragen van het lid …", or written-style questions put to the
  question hour ("… te stellen in het vragenuur …"): no written answer will come.
- `is_further_answer(header)`: "Nader antwoord van …", "Aanvullende antwoorden …".
- `notice_subject(text)`: what the questions are about as a notice names it ("… vragen van het lid X over
  het bericht «…» (ingezonden …)" → "het bericht «…»").

Every pattern is bounded and runs over a bounded prefix of the text (a notice is a few sentences), so the
time is linear in the text whatever it holds.
"""

from __future__ import annotations

import re

from reader.core.citations import find_citations, normalise, official_url
from reader.core.model import Reference, RefKind, Soort

NOTICE_CHARS = 20_000  # a notice is a few sentences; a longer text is read this far
HEADER_CHARS = 3_000  # the header of a set: the description lines before the first question

_WITHDRAWN = re.compile(
    r"\b(?:(?:zijn|is|heeft|hebben|werden|werd)\s(?:\S{1,40}\s){0,8}?ingetrokken"
    r"|trekt\s(?:\S{1,40}\s){0,10}?in\b|intrekking\svan\s(?:de|deze)\s(?:schriftelijke\s)?vragen)",
    re.I,
)
_POSTPONED = re.compile(
    r"\bniet\s(?:\S{1,30}\s){0,3}?binnen\s(?:de\s|een\s)?(?:gebruikelijke\s|gestelde\s|reguliere\s)?"
    r"(?:termijn|drie\sweken)"
    r"|\buitstel\s(?:van\s(?:de\s)?)?(?:beantwoording|antwoord)"
    r"|\bde\sreden\svan\s(?:het\s)?uitstel"
    r"|\bzo\s(?:spoedig|snel)\smogelijk\s(?:\S{1,30}\s){0,8}?(?:beantwoorden|toekomen|toesturen|sturen)"
    r"|\bmeer\stijd\s(?:\S{1,30}\s){0,4}?(?:nodig|vergt|vraagt|kost)",
    re.I,
)
# "zijn beantwoord middels een brief", "beantwoord bij brief van", "worden beantwoord in de Kamerbrief over",
# "verwijs ik naar mijn brief", "zijn meegenomen in de brief", "de beantwoording is opgenomen in de brief"
_BY_LETTER = re.compile(
    r"\bbeantwoord\s(?:middels|met|bij|in|via|door)\s(?:de\s|een\s|mijn\s|onze\s|het\s)?(?:\S{1,40}\s){0,3}?"
    r"\S{0,30}brief\b"
    r"|\bverwijs\s(?:ik\s|wij\s)?(?:u\s)?(?:graag\s)?naar\s(?:de\s|mijn\s|onze\s)?(?:\S{1,40}\s){0,3}?\S{0,30}brief\b"
    r"|\b(?:meegenomen|betrokken|opgenomen|beantwoord)\s(?:in|bij)\s(?:de\s|mijn\s|onze\s)?(?:\S{1,40}\s){0,3}?"
    r"\S{0,30}brief\b",
    re.I,
)
_FUTURE = re.compile(r"\b(?:zal|zullen|zou|zouden|ga|gaan)\b", re.I)
# a letter cited in the short form of the notices: "(36 471-64)", "(21 501-32-1600)"
_SHORT_KAMERSTUK = re.compile(r"\(\s?(\d{2})\s?(\d{3})(?:\s?-\s?(\d{1,3}))?\s?-\s?(\d{1,5})\s?\)")

_ORAL = re.compile(r"(?:^|[\s.:])Mondelinge\svra(?:ag|gen)\b", re.I)
_QUESTION_HOUR = re.compile(r"\b(?:in|tijdens|voor|bij)\shet\s(?:mondelinge\s)?vragenuur\b", re.I)
_FIRST_QUESTION = re.compile(r"\bVraag\s\d|\(\s?ingezonden\b", re.I)
# at the start of a line: "Vragen van … over het nader antwoord op …" is no further answer
_FURTHER = re.compile(r"^\W{0,3}(?:Nader(?:e)?|Aanvullend(?:e)?)\s(?:antwoord(?:en)?|beantwoording)\b", re.I)

_QUESTIONS_WORD = re.compile(r"\bvra(?:ag|gen)\s", re.I)
# between "vragen" and "over": who asked whom ("van het lid X (D66) aan de Minister van …"), never a verb
_ASKED_FRAME = re.compile(
    r"(?:(?!(?:zijn|is|worden|wordt|zullen|zal|kunnen|kan|heeft|hebben|beantwoord)\s)\S{1,60}\s){0,40}?over\s", re.I
)
_SUBJECT_END = re.compile(
    r"\s?\(\s?(?:ingezonden|\d{4}Z\d{5})|\s(?:zijn|is|kunnen|kan|worden|wordt|konden|zullen|ingetrokken|heeft|hebben)\b"
    r"|\.(?:\s|$)|[,;]?\s(?:die|dat|welke)\s(?:zijn|is)\s",
    re.I,
)
SUBJECT_CHARS = 400


def _flat(text: str, limit: int) -> str:
    return normalise(text[:limit])


def _short_form_letters(flat: str) -> list[tuple[int, int, Reference]]:
    out: list[tuple[int, int, Reference]] = []
    for m in _SHORT_KAMERSTUK.finditer(flat):
        dossier = m.group(1) + m.group(2) + (f"-{m.group(3)}" if m.group(3) else "")
        doc_id = f"kst-{dossier}-{int(m.group(4))}"
        out.append((m.start(), m.end(), Reference(RefKind.KAMERSTUK, doc_id, official_url(doc_id), m.group(0)[1:-1])))
    return out


def letters_cited(text: str) -> list[Reference]:
    """The documents a notice cites, in text order, each id once: every citation form, and the short form
    of a Kamerstuk the notices use ("(36 471-64)" → kst-36471-64)."""
    flat = _flat(text, NOTICE_CHARS)
    found = [(c.start, c.end, c.reference) for c in find_citations(flat)]
    for start, end, ref in _short_form_letters(flat):
        if not any(a < end and start < b for a, b, _ in found):
            found.append((start, end, ref))
    found.sort(key=lambda f: f[0])
    seen: dict[str, Reference] = {}
    for _, _, ref in found:
        seen.setdefault(ref.id, ref)
    return list(seen.values())


def _answered_by_letter(flat: str) -> bool:
    for m in _BY_LETTER.finditer(flat):
        before = flat[max(0, m.start() - 40) : m.start()]
        if not _FUTURE.search(before):  # "zullen worden beantwoord in de brief": not yet, a postponement
            return True
    return False


def classify_notice(text: str) -> tuple[Soort, list[Reference]]:
    """What a notice says instead of the answers, and where the answer is when a letter holds it.

    The references are those of the letter(s) for `Soort.PER_BRIEF`, empty otherwise."""
    flat = _flat(text, NOTICE_CHARS)
    if _WITHDRAWN.search(flat):
        return Soort.INGETROKKEN, []
    by_letter = _answered_by_letter(flat)
    letters = letters_cited(flat) if by_letter else []
    if by_letter and letters:
        return Soort.PER_BRIEF, letters
    if _POSTPONED.search(flat) or (_BY_LETTER.search(flat) and not by_letter):
        return Soort.UITSTEL, []
    if by_letter:
        return Soort.PER_BRIEF, []
    return Soort.OVERIG, []


def is_oral_announcement(header: str) -> bool:
    """Does the header announce oral questions (for the question hour) rather than written ones?

    `header` is the text before the first question: "Mondelinge vragen van het lid …", or a question
    description that puts them to the question hour. Questions that only mention a past question hour are
    written questions: the description must say it before "(ingezonden …)" or the first "Vraag"."""
    flat = _flat(header, HEADER_CHARS)
    if _ORAL.search(flat):
        return True
    end = _FIRST_QUESTION.search(flat)
    return bool(_QUESTION_HOUR.search(flat[: end.start()] if end else flat))


def is_further_answer(header: str) -> bool:
    """Is this a further ("nader") answer to questions answered before? `header`: the answer's description
    ("Nader antwoord van …") or the heading over the answers, one per line."""
    return any(_FURTHER.match(normalise(line)) for line in header[:HEADER_CHARS].splitlines())


def notice_subject(text: str) -> str | None:
    """The subject a notice names: what follows "vragen … over" up to the date, the zaak number, the verb or
    the end of the sentence (a «quoted title» is taken whole); None when it names none."""
    flat = _flat(text, NOTICE_CHARS)
    for tries, q in enumerate(_QUESTIONS_WORD.finditer(flat)):
        if tries == 5:
            break
        frame = _ASKED_FRAME.match(flat, q.end())
        if frame is None:
            continue
        start = frame.end()
        window = flat[start : start + SUBJECT_CHARS]
        end = _end_outside_quotes(window)
        subject = window[:end].strip(" ,;:")
        if len(subject) >= 3:
            return subject
    return None


def _end_outside_quotes(window: str) -> int:
    """Where the subject in `window` ends: at the first end mark that is not inside «…» or "…"."""
    pos = 0
    while True:
        m = _SUBJECT_END.search(window, pos)
        if m is None:
            return len(window)
        before = window[: m.start()]
        if before.count("«") <= before.count("»") and before.count("\u201c") <= before.count("\u201d"):
            return m.start()
        pos = m.start() + 1
