"""User-facing messages of the core in Dutch (first) and English.

The GUI speaks Dutch unless the user chose English; the command line follows the locale, so that
`LANG=C kamervragen-reader parse …` reports in English.
"""

from __future__ import annotations

import os

_language: str | None = None

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (Dutch, English)
    "not_found": ("{path}: bestand niet gevonden", "{path}: file not found"),
    "is_directory": ("{path}: dit is een map, geen bestand", "{path}: this is a folder, not a file"),
    "unreadable": ("{path}: kan het bestand niet lezen ({reason})", "{path}: cannot read the file ({reason})"),
    "empty": ("{path}: het bestand is leeg", "{path}: the file is empty"),
    "binary": (
        "{path}: dit is geen tekst, PDF, XML of HTML (binair bestand)",
        "{path}: this is not text, PDF, XML or HTML (binary file)",
    ),
    "too_large": (
        "{path}: het bestand is te groot ({size} MB; maximaal {limit} MB)",
        "{path}: the file is too large ({size} MB; at most {limit} MB)",
    ),
    "not_kamervragen": (
        "{path}: dit lijkt geen document met Kamervragen (geen vragen of antwoorden gevonden)",
        "{path}: this does not look like a Kamervragen document (no questions or answers found)",
    ),
    "pdf_damaged": (
        "{path}: de PDF is beschadigd of onvolledig en kan niet worden geopend",
        "{path}: the PDF is damaged or incomplete and cannot be opened",
    ),
    "pdf_encrypted": (
        "{path}: de PDF is beveiligd met een wachtwoord",
        "{path}: the PDF is protected by a password",
    ),
    "pdf_no_text": (
        "{path}: de PDF bevat geen tekst (een scan?); tekstherkenning wordt niet ondersteund",
        "{path}: the PDF has no text layer (a scan?); text recognition is not supported",
    ),
    "pdf_unavailable": (
        "{path}: PDF's lezen vereist QtPdf (PySide6), dat niet beschikbaar is",
        "{path}: reading PDFs needs QtPdf (PySide6), which is not available",
    ),
    "xml_malformed": (
        "{path}: de XML is niet goed gevormd ({reason})",
        "{path}: the XML is not well-formed ({reason})",
    ),
    "xml_forbidden": (
        "{path}: de XML bevat een DTD of entiteitsdefinities; die worden om veiligheidsredenen geweigerd",
        "{path}: the XML contains a DTD or entity declarations, which are refused for safety",
    ),
    "internal": (
        "{path}: onverwachte fout bij het lezen ({reason}); meld dit alstublieft",
        "{path}: unexpected error while reading ({reason}); please report this",
    ),
    "html_malformed": ("{path}: de HTML kan niet worden gelezen ({reason})",
                       "{path}: the HTML cannot be read ({reason})"),
}


def language() -> str:
    """'nl' or 'en': set explicitly, else from the locale environment (C/POSIX/en_* → English)."""
    if _language:
        return _language
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "nl" if value.lower().startswith("nl") else "en"
    return "nl"


def set_language(lang: str | None) -> None:
    """Force 'nl' or 'en' (the GUI's setting); None follows the environment again."""
    global _language
    _language = lang if lang in ("nl", "en") else None


def message(key: str, lang: str | None = None, **kwargs: object) -> str:
    nl, en = MESSAGES[key]
    text = en if (lang or language()) == "en" else nl
    return text.format(**kwargs)
