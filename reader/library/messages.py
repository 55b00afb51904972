"""User-facing messages of the library in Dutch (first) and English.

The language follows `reader.core.messages.language()`: the GUI's choice, else the locale, so that
`LANG=C kamervragen-reader import …` reports in English.
"""

from __future__ import annotations

from reader.core.messages import language

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (Dutch, English)
    # ---- opening the library ---------------------------------------------------------------------------
    "moved_damaged": (
        "De bibliotheek {path} is beschadigd en kon niet worden geopend ({reason}). Het oude bestand is "
        "bewaard als {moved}; er is een nieuwe, lege bibliotheek gemaakt.",
        "The library {path} is damaged and could not be opened ({reason}). The old file was kept as "
        "{moved}; a new, empty library was created.",
    ),
    "moved_foreign": (
        "{path} is geen bibliotheek van Kamervragen Reader ({reason}). Het bestand is bewaard als {moved}; "
        "er is een nieuwe, lege bibliotheek gemaakt.",
        "{path} is not a Kamervragen Reader library ({reason}). The file was kept as {moved}; "
        "a new, empty library was created.",
    ),
    "reason_not_sqlite": ("geen SQLite-database", "not an SQLite database"),
    "reason_other_app": ("een database van een ander programma", "a database of another application"),
    "too_new": (
        "De bibliotheek {path} is gemaakt door een nieuwere versie van Kamervragen Reader (schema {found}; "
        "deze versie kent tot en met {known}). Werk het programma bij; het bestand is niet gewijzigd.",
        "The library {path} was made by a newer version of Kamervragen Reader (schema {found}; this version "
        "knows up to {known}). Please update the program; the file was not changed.",
    ),
    "opened_read_only": (
        "De bibliotheek {path} is alleen-lezen geopend: u kunt lezen en zoeken, maar niets toevoegen.",
        "The library {path} was opened read-only: you can read and search, but not add anything.",
    ),
    "read_only": (
        "Kan niet schrijven in de bibliotheek {path}: het bestand of de map is alleen-lezen. Er is niets "
        "verloren gegaan. Kies een andere plek met --library of KAMERVRAGEN_LIBRARY.",
        "Cannot write to the library {path}: the file or its folder is read-only. Nothing was lost. "
        "Choose another place with --library or KAMERVRAGEN_LIBRARY.",
    ),
    "disk_full": (
        "De schijf is vol: de bibliotheek {path} kan niet groeien. Wat al was opgeslagen is bewaard; "
        "maak ruimte vrij en importeer opnieuw om de rest toe te voegen.",
        "The disk is full: the library {path} cannot grow. Everything stored before is kept; "
        "free some space and import again to add the rest.",
    ),
    "cannot_create_folder": (
        "Kan de map voor de bibliotheek niet maken: {folder} ({reason}).",
        "Cannot create the folder for the library: {folder} ({reason}).",
    ),
    "cannot_open": (
        "Kan de bibliotheek {path} niet openen ({reason}).",
        "Cannot open the library {path} ({reason}).",
    ),
    "busy": (
        "De bibliotheek {path} is bezet door een ander programma; probeer het zo opnieuw.",
        "The library {path} is in use by another program; please try again in a moment.",
    ),
    "damaged": (
        "De bibliotheek {path} is beschadigd ({reason}). Sluit het programma; bij de volgende start wordt "
        "het bestand opzij gezet en een nieuwe bibliotheek gemaakt.",
        "The library {path} is damaged ({reason}). Close the program; at the next start the file is "
        "moved aside and a new library is made.",
    ),
    "io_error": (
        "Lezen of schrijven van de bibliotheek {path} is mislukt ({reason}).",
        "Reading or writing the library {path} failed ({reason}).",
    ),
    # ---- search ----------------------------------------------------------------------------------------
    "query_operator": (
        "Zoekvraag: {op} moet tussen twee zoektermen staan.",
        "Search: {op} must stand between two search terms.",
    ),
    "query_only_not": (
        "Zoekvraag: met NOT of - sluit u woorden uit; geef ook minstens één woord om naar te zoeken.",
        "Search: NOT and - exclude words; give at least one word to search for as well.",
    ),
    "query_paren": (
        "Zoekvraag: de haakjes kloppen niet (een '(' zonder ')' of andersom).",
        "Search: the parentheses do not match (a '(' without ')' or the other way round).",
    ),
    "query_no_terms": (
        "Zoekvraag: «{query}» bevat geen woorden om naar te zoeken.",
        "Search: «{query}» contains no words to search for.",
    ),
    "query_too_long": (
        "Zoekvraag: te lang (meer dan {limit} termen of haakjes te diep genest).",
        "Search: too long (more than {limit} terms, or parentheses nested too deeply).",
    ),
    "query_syntax": (
        "Zoekvraag: deze zoekvraag kan niet worden uitgevoerd ({reason}).",
        "Search: this query cannot be run ({reason}).",
    ),
    "bad_value": (
        "Onbekende waarde «{value}» voor {option}; kies uit: {choices}.",
        "Unknown value «{value}» for {option}; choose from: {choices}.",
    ),
    "bad_year": (
        "Onbekend vergaderjaar «{value}»; schrijf bijvoorbeeld 2023-2024 of 2023.",
        "Unknown parliamentary year «{value}»; write for example 2023-2024 or 2023.",
    ),
    # ---- import ----------------------------------------------------------------------------------------
    "path_not_found": ("{path}: bestand of map niet gevonden", "{path}: file or folder not found"),
    "internal": (
        "{path}: onverwachte fout bij het lezen ({reason}); meld dit alstublieft",
        "{path}: unexpected error while reading ({reason}); please report this",
    ),
    "summary": (
        "{added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd, {failed} mislukt",
        "{added} added, {updated} updated, {unchanged} unchanged, {failed} failed",
    ),
    "summary_cancelled": ("Importeren afgebroken.", "Import cancelled."),
    "summary_failed_header": ("Niet ingelezen:", "Not read:"),
    "import_nothing": ("Geen bestanden gevonden om te importeren.", "No files found to import."),
    # ---- info / search output --------------------------------------------------------------------------
    "not_in_library": ("{id} staat niet in de bibliotheek {path}.", "{id} is not in the library {path}."),
    "results": ("{total} resultaten", "{total} results"),
    "results_page": ("{total} resultaten, {first}–{last} getoond", "{total} results, showing {first}–{last}"),
    "status_answered": ("beantwoord", "answered"),
    "status_postponed": ("uitgesteld", "postponed"),
    "status_open": ("open", "open"),
    "status_overdue": ("te laat", "overdue"),
    "days_to_answer": ("{days} dagen tot antwoord", "{days} days to answer"),
    "days_open": ("{days} dagen open", "{days} days open"),
    "zie_ook": ("Zie ook", "See also"),
    "footnote": ("noot {n}", "note {n}"),
    "cited_by": ("Geciteerd door", "Cited by"),
    "citations": ("Verwijzingen", "Citations"),
    "sources": ("Bronnen", "Sources"),
    "none": ("(geen)", "(none)"),
    "label_kind": ("Soort", "Kind"),
    "label_title": ("Titel", "Title"),
    "label_members": ("Indieners", "Asked by"),
    "label_to": ("Gericht aan", "Addressed to"),
    "label_submitted": ("Ingezonden", "Submitted"),
    "label_answerer": ("Beantwoord door", "Answered by"),
    "label_received": ("Ontvangen", "Received"),
    "label_status": ("Status", "Status"),
    "label_questions": ("Vragen", "Questions"),
    "answered_in": ("beantwoord in {id}", "answered in {id}"),
    "postponement": ("na uitstelbericht", "after a postponement notice"),
}


def message(key: str, lang: str | None = None, **kwargs: object) -> str:
    """The message `key` in `lang` ('nl' or 'en'; default: the current language), filled with kwargs."""
    nl, en = MESSAGES[key]
    text = en if (lang or language()) == "en" else nl
    return text.format(**kwargs)
