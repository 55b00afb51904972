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
    # ---- structured formats: XML, HTML, ODT, Word (reader.core.parse_*, safe_zip) ---------------------------
    "markup_too_complex": (
        "{path}: het document heeft meer dan {limit} elementen; zo groot is geen set Kamervragen",
        "{path}: the document has more than {limit} elements; no set of Kamervragen is that large",
    ),
    "too_many_blocks": (
        "{path}: het document heeft meer dan {limit} vragen en antwoorden; zo groot is geen set Kamervragen",
        "{path}: the document has more than {limit} questions and answers; no set of Kamervragen is that large",
    ),
    "office_not_zip": (
        "{path}: heet een ODT- of Word-bestand, maar is geen zip-archief (beschadigd of verkeerd benoemd)",
        "{path}: named as an ODT or Word file, but it is not a zip archive (damaged or misnamed)",
    ),
    "zip_damaged": (
        "{path}: het zip-archief (ODT of Word) is beschadigd of onvolledig",
        "{path}: the zip archive (ODT or Word) is damaged or incomplete",
    ),
    "zip_too_many_entries": (
        "{path}: het archief bevat {count} bestanden (maximaal {limit}); geweigerd",
        "{path}: the archive holds {count} files (at most {limit}); refused",
    ),
    "zip_too_large": (
        "{path}: het archief pakt uit tot meer dan {limit} MB (een zip-bom?); geweigerd",
        "{path}: the archive unpacks to more than {limit} MB (a zip bomb?); refused",
    ),
    "zip_encrypted": (
        "{path}: het document is versleuteld en kan niet worden gelezen",
        "{path}: the document is encrypted and cannot be read",
    ),
    "zip_unknown": (
        "{path}: dit zip-archief is geen ODT- of Word-document",
        "{path}: this zip archive is not an ODT or Word document",
    ),
    "docx_not_kamervragen": (
        '{path}: dit Word-document is geen antwoordbrief op Kamervragen (geen "Vraag 1" en "Antwoord op vraag 1")',
        '{path}: this Word document is not an answer letter to Kamervragen (no "Vraag 1" and "Antwoord op vraag 1")',
    ),
}


PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "{n} pagina's": (("{n} pagina", "{n} pagina's"), ("{n} page", "{n} pages")),
}
