"""A title for a document that prints no "Vragen van …" sentence (export-json.md `title`).

Answer drafts, notices copied out of Word and bare XML fragments have no header sentence. Their title is made
of what the document does say: the answer or notice line ("Antwoord van minister X (ontvangen …)"), the subject
a notice names, who answered and when, or the Aanhangsel it belongs to — never empty and never an id.
"""

from __future__ import annotations

import re

from reader.core.model import Document, Kind

# "Antwoord van …", "Mededeling van …", "Nader antwoord van …" up to the closing "(ontvangen …)"; bounded
_ANSWER_LINE = re.compile(
    r"(?:Mededeling|(?:Nader(?:e)?\s|Aanvullend(?:e)?\s)?Antwoord(?:en)?)\svan\s[^\n]{1,300}?\(ontvangen\s[^()\n]{1,40}\)",
    re.I,
)
LINE_CHARS = 3_000  # the header text is read this far

_MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
_KIND_WORDS = {
    Kind.ANTWOORD: "Vragen en antwoorden",
    Kind.MEDEDELING: "Mededeling over vragen",
    Kind.VRAGEN: "Vragen",
}


def answer_line(header: str) -> str | None:
    """The "Antwoord van … (ontvangen …)" or "Mededeling van …" sentence of a header text, on one line."""
    m = _ANSWER_LINE.search(" ".join(header[:LINE_CHARS].split()))
    return m.group(0) if m else None


def fallback_title(doc: Document, header: str = "") -> str:
    """A title for `doc`, which has none of its own, from `header` (the text before the first question) and
    the fields already read."""
    line = answer_line(header) if header else None
    subject = doc.onderwerp
    if line and subject:
        return f"{line.rstrip(' .')} over {subject}."
    if line:
        return line
    if subject:
        return f"{_KIND_WORDS[doc.kind]} over {subject}"
    what = _KIND_WORDS[doc.kind]
    if doc.beantwoord_door:
        day = doc.ontvangen
        when = f" (ontvangen {day.day} {_MONTHS[day.month - 1]} {day.year})" if day else ""
        what = f"{'Mededeling' if doc.kind == Kind.MEDEDELING else 'Antwoord'} van {doc.beantwoord_door}{when}"
        return what
    if doc.vergaderjaar and doc.nummer is not None:
        house = "II" if doc.chamber == "tk" else "I"
        year = doc.vergaderjaar.replace("-", "–")
        return f"{what}, Aanhangsel Handelingen {house}, vergaderjaar {year}, nr. {doc.nummer}"
    if doc.ingezonden:
        day = doc.ingezonden
        return f"{what} (ingezonden {day.day} {_MONTHS[day.month - 1]} {day.year})"
    if doc.zaak:
        return f"{what}, zaak {doc.zaak}"
    return what
