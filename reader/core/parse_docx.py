"""Read a ministry's answer letter in Word (.docx), as sent to the Tweede Kamer, into a `Document`.

The letter: a cover letter ("In antwoord op uw brief van 5 juli 2024, nr. 2024Z11859, deel ik u mede dat de
vragen van de leden … over … worden beantwoord zoals aangegeven in de bijlage van deze brief.", the date and
subject in the letterhead, the signature), then the answers: "Antwoorden van de minister van … op
Kamervragen van …", and "Vraag N" / "Antwoord op vraag N" paragraphs. Answers may be grouped ("Antwoord op
vragen 4, 5, 6 en 7"), cover questions that are not adjacent ("Antwoord op vraag 3 en 8", printed after
question 8) and stand out of order; the model's pairing puts each beside all of its questions. Questions are
printed in bold: plain text after a bold question with no "Antwoord" heading is that question's answer.

How the letter maps onto the model (the Kamer has not published it yet, so it has no Aanhangsel number):
- `zaak` is the number of the Kamer's letter ("nr. 2024Z11859"), so `id` is `kv-tk-2024Z11859`, the id of
  the questions it answers; `kind` is `antwoord` (`vragen` when the letter holds no answers), `soort`
  `antwoord` (`nader` for "Nadere/Aanvullende antwoorden");
- `ingezonden` is the date of the Kamer's letter as the cover letter gives it ("uw brief van 5 juli 2024");
  `ontvangen` is the letter's own date ("Datum 25 juli 2024"): the day the answer was sent to the Kamer;
- `indieners`, `gericht_aan` and `onderwerp` come from the cover letter's sentence ("de vragen van de leden
  X (Y) en Z (W) aan de minister van … over …"), else from the answers' heading or the letterhead's
  "Betreft"/"Onderwerp"; `title` is the answers' heading ("Antwoorden van de minister … op Kamervragen van
  …"), else the letterhead's subject line;
- `beantwoord_door` is the signature as the Aanhangsel prints it: "Minister Van Weel (Justitie en
  Veiligheid)", with ", mede namens de Minister van …" when the letter says so;
- footnotes: the notes the Kamer's questions carried, printed after the last answer as a numbered list or
  "[1] …" lines and marked "1)" / "[1]" in the questions, keep their numbers; Word's own footnotes follow
  them, numbered in the order they are referenced.
Bad input: a Word file without "Vraag N" headings is `docx_not_kamervragen`; the zip itself is checked by
`safe_zip`, its XML parts by `safe_xml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from xml.etree.ElementTree import Element

from reader.core.docx_text import Styles, WordPara, WordText
from reader.core.errors import ParseError
from reader.core.flat_blocks import Para, assemble, heading_of
from reader.core.header import parse_date, split_members, vergaderjaar_of
from reader.core.markup_doc import Parts, build_document
from reader.core.markup_text import make_footnote
from reader.core.model import Document, Kind, Marker, Soort
from reader.core.safe_xml import parse_fast
from reader.core.safe_zip import SafeZip
from reader.core.soort import is_further_answer

MAX_WORD_ELEMENTS = 100_000  # a real letter spends ~2,500 elements on 20 questions

_REPLY_TO = re.compile(
    r"\bbrief\s(?:van\s)?(\d{1,2}\s[a-z]{3,9}\.?\s\d{4})\s?,?\s?(?:\(?\s?(?:nr\.?|nummer|kenmerk|ons\skenmerk)\s?:?\s?)?"
    r"(\d{4}Z\d{5})?",
    re.I,
)
_ZAAK = re.compile(r"\b(\d{4}Z\d{5})\b")
# "de vragen van de leden X (Y) en Z (W) [aan de minister van …] over … worden beantwoord": read in steps,
# each a bounded search forward, never a pattern that tries every split of the sentence
_ASKED_START = re.compile(r"\bvragen\svan\s(?:het\s(?:kamer)?lid|de\s(?:kamer)?leden)\s", re.I)
_ASKED_TO = re.compile(r"\s(?:gericht\s)?aan\s(?=(?:de|het)\s)", re.I)
_ASKED_ABOUT = re.compile(r"\sover\s", re.I)
_ASKED_END = re.compile(
    r"(?:\s\(\s?ingezonden[^)]{0,40}\))?\s?,?\s(?:worden|zijn|wordt|is|kunnen)\s(?:\S{1,20}\s){0,3}?beantwoord", re.I
)
_HEADING = re.compile(
    r"^(?P<what>(?:Nadere\s|Aanvullende\s)?Antwoorden?)\s(?:van\s)?(?P<who>.{1,200}?)\sop\s(?:de\s)?"
    r"(?:Kamer)?vragen\b(?P<rest>.{0,600})$",
    re.I,
)
_ROLE = re.compile(r"^(?:De\s)?(?P<role>Minister|Staatssecretaris)\s(?P<prep>van|voor)\s(?P<dept>.{3,120}?),?$", re.I)
_MEDE = re.compile(r"^Mede\snamens\s(?P<who>.{3,200}?),?$", re.I)
_NAME = re.compile(r"^[A-Z][A-Za-z.]{0,12}(?:\s?[A-Z]\.){0,4}\s?(?:\([^)]{1,30}\)\s)?[\w'’ -]{2,60}$", re.U)
_LABEL_FIELD = re.compile(r"^(Datum|Betreft|Onderwerp)\s?:?\s?(.*)$", re.I)
# markers of the notes the Kamer's questions carried: "[1]", and "1)" glued to a word or after a question mark
_BRACKET_MARK = re.compile(r"\s?\[(\d{1,2})\]")
_PAREN_MARK = re.compile(r"(?<=[^\s\d(])\s?(\d{1,2})\)(?=[\s,.;:]|$)|(?<=[?!.»”'])\s(\d{1,2})\)(?=[\s,.;:]|$)")
_NOTE_LINE = re.compile(r"^\[(\d{1,2})\]\s?(.*)$")


@dataclass
class _Letter:
    """What the cover letter and the letterhead say."""

    zaak: str | None = None
    asked: date | None = None  # the date of the Kamer's letter
    dated: date | None = None  # the letter's own date
    subject_line: str | None = None  # "Betreft"/"Onderwerp"
    members: str | None = None
    to: str | None = None
    about: str | None = None
    heading: str | None = None  # "Antwoorden van de minister … op Kamervragen van …"
    signed: str | None = None  # "Minister Van Weel (Justitie en Veiligheid), mede namens …"


def _surname(name: str) -> str:
    """'D.M. van Weel' → 'Van Weel'; 'D. Yeşilgöz-Zegerius' → 'Yeşilgöz-Zegerius'."""
    words = [w for w in name.split() if not re.fullmatch(r"(?:[A-Z][a-z]?\.)+|\([^)]*\)", w)]
    out = " ".join(words) or name
    return out[:1].upper() + out[1:]


def _fields(lines: list[str], letter: _Letter) -> None:
    """Date and subject from the letterhead: "Datum" / "25 juli 2024", "Betreft" / "…", or on one line."""
    for i, line in enumerate(lines):
        m = _LABEL_FIELD.match(line)
        if not m:
            continue
        value = m.group(2).strip() or next((x for x in lines[i + 1 : i + 4] if x.strip()), "")
        if m.group(1).lower() == "datum":
            letter.dated = letter.dated or parse_date(value[:40])
        elif not letter.subject_line and len(value) > 3:
            letter.subject_line = value


def _signature(lines: list[str], letter: _Letter) -> None:
    mede = None
    for i, line in enumerate(lines):
        if m := _MEDE.match(line):
            mede = m.group("who")
            continue
        m = _ROLE.match(line)
        if not m:
            continue
        name = next((x for x in lines[i + 1 : i + 8] if x.strip()), "")
        if not _NAME.match(name) or len(name) > 60:
            continue
        role = m.group("role").capitalize()
        who = f"{role} {_surname(name)} ({m.group('dept').strip()})"
        letter.signed = f"{who}, mede namens {mede[0].lower() + mede[1:]}" if mede else who
        letter.to = letter.to or f"{role} {m.group('prep').lower()} {m.group('dept').strip()}"
        return


def _asked(text: str, letter: _Letter) -> None:
    """Members, addressee and subject from the cover letter's sentence (the first three that read)."""
    for tries, start in enumerate(_ASKED_START.finditer(text)):
        if tries == 3:
            return
        window = text[start.end() : start.end() + 1200]
        about = _ASKED_ABOUT.search(window, 0, 500)
        if about is None:
            continue
        end = _ASKED_END.search(window, about.end())
        if end is None or end.start() - about.end() > 400:
            continue
        head = window[: about.start()]
        to = _ASKED_TO.search(head)
        letter.members = (head[: to.start()] if to else head).strip(" ,")
        if to:
            addressee = re.sub(r"^(?:de|het)\s", "", head[to.end() :].strip())
            letter.to = addressee[:1].upper() + addressee[1:]
        letter.about = window[about.end() : end.start()].strip(" ,")
        return


def _read_cover(cover: list[str], head_lines: list[str], letter: _Letter) -> None:
    text = " ".join(cover)
    m = _REPLY_TO.search(text)
    if m:
        letter.asked = parse_date(m.group(1))
        letter.zaak = m.group(2)
    if letter.zaak is None:
        z = _ZAAK.search(text) or _ZAAK.search(" ".join(head_lines))
        letter.zaak = z.group(1) if z else None
    _asked(text, letter)
    _fields(cover, letter)
    _fields(head_lines, letter)
    _signature(cover, letter)


def _answers_heading(cover: list[WordPara]) -> str | None:
    """The heading over the answers: the (bold) paragraphs from "Antwoorden van …" to the first question."""
    for i, p in enumerate(cover):
        if _HEADING.match(p.text) or re.match(r"^(?:Nadere\s|Aanvullende\s)?Antwoorden?\s(?:van|op)\s", p.text, re.I):
            parts = [p.text]
            for q in cover[i + 1 : i + 4]:
                if q.bold and q.table is None:
                    parts.append(q.text)
            return " ".join(" ".join(parts).split())
    return None


# ---- the notes of the Kamer's questions, printed after the last answer ----------------------------------


def _source_notes(body: list[WordPara], last_head: int) -> tuple[list[WordPara], dict[int, str]]:
    """The notes printed after the last answer ("[1] …" lines, a line continuing one; or a numbered list),
    when the questions carry their markers; the body without them. `last_head`: the last heading's index."""
    start = next(
        (i for i in range(last_head + 1, len(body)) if body[i].numbered or _NOTE_LINE.match(body[i].text)), None
    )
    if start is None or any(p.table is not None for p in body[start:]):
        return body, {}
    notes: dict[int, str] = {}
    bracketed = bool(_NOTE_LINE.match(body[start].text))
    current: int | None = None
    for i, p in enumerate(body[start:], 1):
        m = _NOTE_LINE.match(p.text)
        if bracketed and m:
            current = int(m.group(1))
            notes[current] = m.group(2).strip()
        elif bracketed and current is not None:
            notes[current] = f"{notes[current]} {p.text}".strip()  # a line of the note before
        elif not bracketed and p.numbered:
            notes[i] = p.text
        else:
            return body, {}
    text = " ".join(p.text for p in body[:start])
    found = {int(m.group(1)) for m in _BRACKET_MARK.finditer(text)}
    found |= {int(m.group(1) or m.group(2)) for m in _PAREN_MARK.finditer(text)}
    if not notes or not set(notes) <= found:
        return body, {}  # a list that ends an answer, not the questions' notes
    return body[:start], notes


def _strip_note_markers(p: WordPara, numbers: set[int]) -> WordPara:
    """The paragraph without the printed note markers, a Marker where each stood."""
    cuts: list[tuple[int, int, int]] = []
    for pattern in (_BRACKET_MARK, _PAREN_MARK):
        for m in pattern.finditer(p.text):
            n = int(next(g for g in m.groups() if g))
            if n in numbers and not _inside_brackets(p.text, m.start()):
                cuts.append((m.start(), m.end(), n))
    if not cuts:
        return p
    cuts.sort()
    out: list[str] = []
    markers: list[Marker] = []
    pos = removed = 0
    old = sorted(p.markers, key=lambda m: m.offset)
    j = 0
    for start, end, n in cuts:
        if start < pos:
            continue
        while j < len(old) and old[j].offset <= start:
            markers.append(Marker(old[j].offset - removed, old[j].number))
            j += 1
        out.append(p.text[pos:start])
        removed += end - start
        markers.append(Marker(start - (removed - (end - start)), -n))  # negative: a printed note, renumbered later
        pos = end
    out.append(p.text[pos:])
    markers += [Marker(m.offset - removed, m.number) for m in old[j:]]
    return WordPara("".join(out), markers, p.bold, p.numbered, p.style, p.table, p.in_box)


def _inside_brackets(text: str, pos: int) -> bool:
    """Is `pos` inside an open "(" (so "(zie punt 2)" keeps its number)?"""
    window = text[max(0, pos - 200) : pos]
    return window.rfind("(") > window.rfind(")")


# ---- the reader ------------------------------------------------------------------------------------------


def _part(archive: SafeZip, name: str, part: str) -> Element | None:
    if not archive.has(part):
        return None
    return parse_fast(archive.read(part), name, max_elements=MAX_WORD_ELEMENTS)


def _word_footnotes(root: Element | None, styles: Styles) -> dict[int, str]:
    out: dict[int, str] = {}
    if root is None:
        return out
    for note in root:
        if note.tag not in ("footnote", "endnote") or note.get("type") in ("separator", "continuationSeparator"):
            continue
        fid = note.get("id") or ""
        if not fid.lstrip("-").isdigit():
            continue
        walker = WordText(styles)
        walker.body(note)
        text = " ".join(p.text for p in walker.paras if p.text)
        out[int(fid) + (100_000 if note.tag == "endnote" else 0)] = text
    return out


def parse_docx(data: bytes, name: str = "", archive: SafeZip | None = None) -> Document:
    """Parse a Word answer letter (see the module docstring for how it maps onto the model)."""
    archive = archive or SafeZip(data, name)
    document = _part(archive, name, "word/document.xml")
    if document is None:
        raise ParseError("zip_unknown", name)
    styles = Styles.read(_part(archive, name, "word/styles.xml"))
    body = next(document.iter("body"), None)
    walker = WordText(styles)
    if body is not None:
        walker.body(body)
    paras = walker.paras
    heads = [(i, h) for i, p in enumerate(paras) if not p.in_box and p.table is None and (h := heading_of(p.text))]
    if not any(h[0] == "vraag" for _, h in heads):
        raise ParseError("docx_not_kamervragen", name)
    first = heads[0][0]
    head_at = {i for i, _ in heads}
    cover, rest = paras[:first], list[WordPara]()
    last_head = -1  # the last heading's index in `rest`
    for i in range(first, len(paras)):
        p = paras[i]
        if p.in_box:  # text boxes after the first question are letterhead, not body
            cover.append(p)
            continue
        if i in head_at:
            last_head = len(rest)
        rest.append(p)
    head_lines: list[str] = []
    for part in sorted(n for n in archive.names() if re.fullmatch(r"word/header\d{1,3}\.xml", n))[:8]:
        walker_h = WordText(styles)
        root = _part(archive, name, part)
        if root is not None:
            walker_h.body(root)
        head_lines += walker_h.cells_as_lines()
    lines_walker = WordText(styles)
    lines_walker.paras = cover
    letter = _Letter(heading=_answers_heading(cover))
    _read_cover(lines_walker.cells_as_lines(), head_lines, letter)
    notes = _word_footnotes(_part(archive, name, "word/footnotes.xml"), styles)
    return _build(name, letter, rest, last_head, notes)


def _build(name: str, letter: _Letter, rest: list[WordPara], last_head: int, word_notes: dict[int, str]) -> Document:
    rest, printed = _source_notes(rest, last_head)
    if printed:
        rest = [_strip_note_markers(p, set(printed)) if p.table is None else p for p in rest]
    # numbers: the printed notes keep theirs; Word's own follow, in the order they are referenced
    numbering: dict[int, int] = {-n: n for n in printed}
    top = max(printed, default=0)
    for p in rest:
        for m in p.markers:
            if m.number not in numbering and m.number in word_notes:
                top += 1
                numbering[m.number] = top
    parts = Parts()
    if letter.zaak:
        parts.nummer_texts.append(letter.zaak)
    paras = [
        Para(
            p.text,
            [Marker(m.offset, numbering[m.number]) for m in p.markers if m.number in numbering],
            [],
            p.table,
            p.bold,
        )
        for p in rest
    ]
    assemble(parts, paras, bold_questions=True, name=name)
    for n, text in printed.items():
        parts.notes[n] = make_footnote(n, text)
    for wid, n in numbering.items():
        if wid >= 0:
            parts.notes[n] = make_footnote(n, word_notes[wid])
    if not parts.raws:
        raise ParseError("docx_not_kamervragen", name)
    doc = build_document(parts, "docx")
    _apply_letter(doc, letter)
    return doc


def _apply_letter(doc: Document, letter: _Letter) -> None:
    doc.ingezonden = letter.asked
    doc.ontvangen = letter.dated
    doc.beantwoord_door = letter.signed
    if letter.members:
        doc.indieners = split_members(letter.members)
    elif letter.heading:
        m = re.search(
            r"\bvan\s(?:het\s(?:kamer)?lid|de\s(?:kamer)?leden)\s(.{1,300}?)(?:\s(?:aan|over)\s|$)", letter.heading
        )
        doc.indieners = split_members(m.group(1)) if m else []
    heading = _HEADING.match(letter.heading or "")
    doc.gericht_aan = letter.to
    if not doc.gericht_aan and heading:
        who = re.sub(r"^(?:de|het)\s", "", heading.group("who").split(" mede namens ")[0])
        doc.gericht_aan = who[:1].upper() + who[1:]
    about = letter.about
    if not about:
        for source in (letter.heading or "", letter.subject_line or ""):
            m = re.search(r"\sover\s(.{3,400}?)\.?$", source)
            if m:
                about = m.group(1)
                break
    doc.onderwerp = about
    doc.title = letter.heading or letter.subject_line or (f"Antwoorden op Kamervragen over {about}" if about else None)
    if doc.kind == Kind.ANTWOORD:
        doc.soort = Soort.NADER if is_further_answer(letter.heading or letter.subject_line or "") else Soort.ANTWOORD
    if doc.vergaderjaar is None or doc.nummer is None:
        day = doc.ontvangen or doc.ingezonden
        doc.vergaderjaar = vergaderjaar_of(day) if day else doc.vergaderjaar
