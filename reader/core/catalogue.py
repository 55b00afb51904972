"""The one message catalogue: every user-facing text of the layers without Qt widgets, in Dutch and English.

Two kinds of entries (see `reader.core.i18n.tr`):
- a message id → (Dutch, English): messages with fields, used by errors and reports (`"not_found"`);
- a Dutch text → its English: labels written in Dutch where they are used (`tr("Vraag")`).
`PLURALS` holds texts with a count: the Dutch "other" form → ((Dutch one, Dutch other), (English one,
English other)). A test checks that every `tr()` text in these layers is here.
"""

from __future__ import annotations

CATALOGUE: dict[str, str | tuple[str, str]] = {
    # ---- reading files (reader.core) ----------------------------------------------------------------------
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
    "html_malformed": (
        "{path}: de HTML kan niet worden gelezen ({reason})",
        "{path}: the HTML cannot be read ({reason})",
    ),
    # ---- the text parser (reader.core.parse_text) ---------------------------------------------------------
    "too_many_lines": (
        "{path}: de tekst heeft meer dan {limit} regels; dat is niet één set Kamervragen",
        "{path}: the text has more than {limit} lines; that is not one set of Kamervragen",
    ),
    "too_many_markers": (
        "{path}: de tekst heeft meer dan {limit} voetnootmarkeringen; dat is niet één set Kamervragen",
        "{path}: the text has more than {limit} footnote markers; that is not one set of Kamervragen",
    ),
    "too_many_blocks": (
        "{path}: de tekst heeft meer dan {limit} vragen en antwoorden; dat is niet één set Kamervragen",
        "{path}: the text has more than {limit} questions and answers; that is not one set of Kamervragen",
    ),
}


PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "{n} pagina's": (("{n} pagina", "{n} pagina's"), ("{n} page", "{n} pages")),
}
