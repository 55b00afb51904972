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
    # ---- presentation (reader.presentation: the aligned view on screen, in print and in HTML) ---------------
    # Dutch text: English (the English of the window's former Qt catalogue, context "AlignedDocument")
    "Vraag": "Question",
    "Vraag {}": "Question {}",
    "Vraag ({})": "Question ({})",
    "Antwoord": "Answer",
    "Antwoord {}": "Answer {}",
    "Antwoord ({})": "Answer ({})",
    "Voetnoot {}": "Footnote {}",
    "Voetnoten": "Footnotes",
    "Kamervragen": "Written questions",
    "Vragen van": "Questions by",
    "Aan": "To",
    "Ingezonden": "Submitted",
    "Mededeling van": "Notice by",
    "Antwoord van": "Answer by",
    "Ontvangen": "Received",
    "Zie ook": "See also",
    "Beantwoord in": "Answered in",
    "Vragen en antwoorden": "Questions and answers",
    "Vragen en nadere antwoorden": "Questions and further answers",
    "Mededeling: beantwoording uitgesteld": "Notice: answer postponed",
    "Mededeling: beantwoord per brief": "Notice: answered by letter",
    "Mededeling: vragen ingetrokken": "Notice: questions withdrawn",
    "Mededeling": "Notice",
    "Vragen, nog niet beantwoord": "Questions, not yet answered",
    "Mondelinge vragen": "Oral questions",
    "Uitgesteld — mededeling ontvangen {}": "Postponed — notice received {}",
    "Uitgesteld — zie de mededeling": "Postponed — see the notice",
    "Beantwoord per brief ({})": "Answered by letter ({})",
    "Beantwoord per brief — zie de mededeling": "Answered by letter — see the notice",
    "Ingetrokken — er komt geen antwoord": "Withdrawn — no answer will follow",
    "Mondelinge vragen: geen schriftelijk antwoord": "Oral questions: no written answer",
    "Nog niet beantwoord": "Not yet answered",
    "Niet beantwoord — zie de mededeling": "Not answered — see the notice",
    "Niet beantwoord in dit document": "Not answered in this document",
    "Geen vraag met dit nummer in dit document": "No question with this number in this document",
    "Geen vraag bij dit antwoord in dit document": "No question for this answer in this document",
    "beantwoord bij {}": "answered with {}",
    " (vervolg)": " (continued)",
    "Pagina {} van {}": "Page {} of {}",
}


PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "{n} pagina's": (("{n} pagina", "{n} pagina's"), ("{n} page", "{n} pages")),
}
