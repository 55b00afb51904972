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
    "too_large_unknown": (
        "{path}: het bestand is te groot (meer dan {limit} MB)",
        "{path}: the file is too large (more than {limit} MB)",
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
    # ---- the library (reader.library) ------------------------------------------------------------------------
    "moved_damaged": (
        "De bibliotheek {path} is beschadigd en kon niet worden geopend ({reason}). Het oude bestand is bewaard als {moved}; er is een nieuwe, lege bibliotheek gemaakt.",
        "The library {path} is damaged and could not be opened ({reason}). The old file was kept as {moved}; a new, empty library was created.",
    ),
    "moved_foreign": (
        "{path} is geen bibliotheek van Kamervragen Reader ({reason}). Het bestand is bewaard als {moved}; er is een nieuwe, lege bibliotheek gemaakt.",
        "{path} is not a Kamervragen Reader library ({reason}). The file was kept as {moved}; a new, empty library was created.",
    ),
    "reason_not_sqlite": (
        "geen SQLite-database",
        "not an SQLite database",
    ),
    "reason_other_app": (
        "een database van een ander programma: het kenmerk van Kamervragen Reader ontbreekt",
        "a database of another application: it lacks Kamervragen Reader's mark",
    ),
    "too_new": (
        "De bibliotheek {path} is gemaakt door een nieuwere versie van Kamervragen Reader (schema {found}; deze versie kent tot en met {known}). Werk het programma bij; het bestand is niet gewijzigd.",
        "The library {path} was made by a newer version of Kamervragen Reader (schema {found}; this version knows up to {known}). Please update the program; the file was not changed.",
    ),
    "opened_read_only": (
        "De bibliotheek {path} is alleen-lezen geopend: u kunt lezen en zoeken, maar niets toevoegen.",
        "The library {path} was opened read-only: you can read and search, but not add anything.",
    ),
    "read_only": (
        "Kan niet schrijven in de bibliotheek {path}: het bestand of de map is alleen-lezen. Er is niets verloren gegaan. Kies een andere plek met --library of KAMERVRAGEN_LIBRARY.",
        "Cannot write to the library {path}: the file or its folder is read-only. Nothing was lost. Choose another place with --library or KAMERVRAGEN_LIBRARY.",
    ),
    "disk_full": (
        "De schijf is vol: de bibliotheek {path} kan niet groeien. Wat al was opgeslagen is bewaard; maak ruimte vrij en importeer opnieuw om de rest toe te voegen.",
        "The disk is full: the library {path} cannot grow. Everything stored before is kept; free some space and import again to add the rest.",
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
        "De bibliotheek {path} is beschadigd ({reason}). Sluit het programma; bij de volgende start wordt het bestand opzij gezet en een nieuwe bibliotheek gemaakt.",
        "The library {path} is damaged ({reason}). Close the program; at the next start the file is moved aside and a new library is made.",
    ),
    "io_error": (
        "Lezen of schrijven van de bibliotheek {path} is mislukt ({reason}).",
        "Reading or writing the library {path} failed ({reason}).",
    ),
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
    "path_not_found": (
        "{path}: bestand of map niet gevonden",
        "{path}: file or folder not found",
    ),
    "summary": (
        "{added} toegevoegd, {updated} bijgewerkt, {unchanged} ongewijzigd, {failed} mislukt",
        "{added} added, {updated} updated, {unchanged} unchanged, {failed} failed",
    ),
    "summary_cancelled": (
        "Importeren afgebroken.",
        "Import cancelled.",
    ),
    "summary_failed_header": (
        "Niet ingelezen:",
        "Not read:",
    ),
    "import_nothing": (
        "Geen bestanden gevonden om te importeren.",
        "No files found to import.",
    ),
    "not_in_library": (
        "{id} staat niet in de bibliotheek {path}.",
        "{id} is not in the library {path}.",
    ),
    "results": (
        "{total} resultaten",
        "{total} results",
    ),
    "results_page": (
        "{total} resultaten, {first}–{last} getoond",
        "{total} results, showing {first}–{last}",
    ),
    "status_answered": (
        "beantwoord",
        "answered",
    ),
    "status_postponed": (
        "uitgesteld",
        "postponed",
    ),
    "status_open": (
        "open",
        "open",
    ),
    "status_overdue": (
        "te laat",
        "overdue",
    ),
    "days_to_answer": (
        "{days} dagen tot antwoord",
        "{days} days to answer",
    ),
    "days_open": (
        "{days} dagen open",
        "{days} days open",
    ),
    "zie_ook": (
        "Zie ook",
        "See also",
    ),
    "footnote": (
        "noot {n}",
        "note {n}",
    ),
    "cited_by": (
        "Geciteerd door",
        "Cited by",
    ),
    "citations": (
        "Verwijzingen",
        "Citations",
    ),
    "sources": (
        "Bronnen",
        "Sources",
    ),
    "none": (
        "(geen)",
        "(none)",
    ),
    "label_kind": (
        "Soort",
        "Kind",
    ),
    "label_title": (
        "Titel",
        "Title",
    ),
    "label_members": (
        "Indieners",
        "Asked by",
    ),
    "label_to": (
        "Gericht aan",
        "Addressed to",
    ),
    "label_submitted": (
        "Ingezonden",
        "Submitted",
    ),
    "label_answerer": (
        "Beantwoord door",
        "Answered by",
    ),
    "label_received": (
        "Ontvangen",
        "Received",
    ),
    "label_status": (
        "Status",
        "Status",
    ),
    "label_questions": (
        "Vragen",
        "Questions",
    ),
    "answered_in": (
        "beantwoord in {id}",
        "answered in {id}",
    ),
    "postponement": (
        "na uitstelbericht",
        "after a postponement notice",
    ),
    # ---- the library: what a document is, hardening, statistics (reader.library, issues 11, 14, 15) ---------
    "not_a_library": (
        "{path} is geen bibliotheek van Kamervragen Reader ({reason}). Het bestand is niet aangeraakt. Kies een ander bestand met --library of KAMERVRAGEN_LIBRARY, of zet dit bestand zelf opzij.",
        "{path} is not a Kamervragen Reader library ({reason}). The file was left as it is. Choose another file with --library or KAMERVRAGEN_LIBRARY, or move this one away yourself.",
    ),
    "reason_not_regular": (
        "geen gewoon bestand",
        "not a regular file",
    ),
    "reason_dangling_link": (
        "een koppeling naar een bestand dat niet bestaat",
        "a link to a file that does not exist",
    ),
    "needs_upgrade": (
        "De bibliotheek {path} is gemaakt door een oudere versie en moet eenmaal worden bijgewerkt. Open het programma (of importeer iets) om dat te doen; zoeken en bekijken veranderen zelf nooit iets aan het bestand.",
        "The library {path} was made by an older version and must be updated once. Open the program (or import something) to do so; searching and looking never change the file themselves.",
    ),
    "bad_month": (
        "Onbekende maand «{value}»; schrijf bijvoorbeeld 2024-05.",
        "Unknown month «{value}»; write for example 2024-05.",
    ),
    "bad_number": (
        "Ongeldige waarde «{value}» voor {option}: geef een heel getal van {lowest} of meer.",
        "Invalid value «{value}» for {option}: give a whole number of {lowest} or more.",
    ),
    "bad_count": (
        "«{value}» is geen heel getal van {lowest} of meer",
        "«{value}» is not a whole number of {lowest} or more",
    ),
    "bad_count_range": (
        "«{value}» is geen heel getal van {lowest} tot en met {highest}",
        "«{value}» is not a whole number from {lowest} to {highest}",
    ),
    "not_regular": (
        "{path}: overgeslagen, dit is geen gewoon bestand ({what})",
        "{path}: skipped, this is not a regular file ({what})",
    ),
    "skipped_special": (
        "{path}: geen gewoon bestand ({what}), niet gelezen",
        "{path}: not a regular file ({what}), not read",
    ),
    "summary_skipped_header": (
        "Overgeslagen:",
        "Skipped:",
    ),
    "file_kind_pipe": ("een named pipe", "a named pipe"),
    "file_kind_device": ("een apparaat", "a device"),
    "file_kind_socket": ("een socket", "a socket"),
    "file_kind_folder": ("een map", "a folder"),
    "file_kind_other": ("een bijzonder bestand", "a special file"),
    "soort_antwoord": ("antwoord", "answer"),
    "soort_nader": ("nader antwoord", "further answer"),
    "soort_uitstel": ("uitstelbericht", "postponement notice"),
    "soort_per-brief": ("mededeling: beantwoord per brief", "notice: answered by letter"),
    "soort_ingetrokken": ("mededeling: vragen ingetrokken", "notice: questions withdrawn"),
    "soort_overig": ("mededeling", "notice"),
    "soort_schriftelijk": ("schriftelijke vragen", "written questions"),
    "soort_mondeling": ("mondelinge vragen", "oral questions"),
    "status_oral": (
        "mondelinge vragen, geen schriftelijk antwoord",
        "oral questions, no written answer",
    ),
    "status_withdrawn": ("ingetrokken", "withdrawn"),
    "status_answered_by_letter": ("beantwoord per brief", "answered by letter"),
    "beantwoord_in": ("beantwoord in", "answered in"),
    "place_question": ("in de tekst van vraag {label}", "in the text of question {label}"),
    "place_answer": ("in de tekst van antwoord {label}", "in the text of answer {label}"),
    "label_ministry": ("Ministerie", "Ministry"),
    "help_search_ministry": (
        "ministerie van de vragenset (wie antwoordde, anders aan wie ze gericht waren): SZW, 'sociale zaken', …",
        "the question set's ministry (who answered, else to whom they were sent): SZW, 'sociale zaken', …",
    ),
    "help_search_kind": (
        "soort document: {kinds}, of precies: {soorten}",
        "kind of document: {kinds}, or exactly: {soorten}",
    ),
    "help_search_month": (
        "maand waarin de vragen zijn ingezonden, bijvoorbeeld 2024-05",
        "the month the questions were sent in, e.g. 2024-05",
    ),
    "cmd_stats": (
        "antwoordtijden per ministerie, partij, Kamerlid, vergaderjaar of maand (mediaan, 90e percentiel, binnen drie weken, uitgesteld, open, te laat)",
        "answer times per ministry, party, member, year or month (median, 90th percentile, within three weeks, postponed, open, overdue)",
    ),
    "help_stats_by": ("groeperen per: {bys} (standaard ministry)", "group by: {bys} (default ministry)"),
    "help_stats_csv": ("uitvoer als CSV", "print CSV"),
    "stats_by_ministry": ("Ministerie", "Ministry"),
    "stats_by_party": ("Partij", "Party"),
    "stats_by_member": ("Kamerlid", "Member"),
    "stats_by_year": ("Vergaderjaar", "Year"),
    "stats_by_month": ("Maand", "Month"),
    "stats_answered": ("beantwoord", "answered"),
    "stats_median": ("mediaan", "median"),
    "stats_p90": ("p90", "p90"),
    "stats_within": ("≤ 3 weken", "≤ 3 weeks"),
    "stats_postponed": ("uitgesteld", "postponed"),
    "stats_open": ("open", "open"),
    "stats_overdue": ("te laat", "overdue"),
    "stats_unknown": ("(onbekend)", "(unknown)"),
    "stats_total": ("Alles", "All"),
    "stats_heading": (
        "{sets} vragensets in {groups} groepen; dagen van indienen tot antwoord",
        "{sets} question sets in {groups} groups; days from submission to answer",
    ),
    "stats_note": (
        "Per brief beantwoord telt op de datum van de mededeling; mondelinge en ingetrokken vragen tellen niet mee. Te laat: open, na drie weken, zonder uitstelbericht.",
        "Answered by letter counts on the notice's date; oral and withdrawn questions do not count. Overdue: open, past three weeks, without a postponement notice.",
    ),
    # ---- printing and export (reader.printing) ---------------------------------------------------------------
    "exists": (
        "{path} bestaat al; gebruik --force om het te overschrijven",
        "{path} already exists; use --force to overwrite it",
    ),
    "same_as_input": (
        "{path} is het bestand dat wordt gelezen; kies een andere naam voor de export",
        "{path} is the file being read; choose another name for the export",
    ),
    "no_folder": (
        "{path}: de map {folder} bestaat niet",
        "{path}: the folder {folder} does not exist",
    ),
    "cannot_write": (
        "{path}: kan niet schrijven ({reason})",
        "{path}: cannot write ({reason})",
    ),
    "pdf_failed": (
        "{path}: de PDF kon niet worden gemaakt ({reason}); er is geen bestand achtergelaten",
        "{path}: the PDF could not be made ({reason}); no file was left behind",
    ),
    "no_input": (
        "geef het document op: kamervragen-reader export BESTAND --pdf UIT.pdf",
        "name the document: kamervragen-reader export FILE --pdf OUT.pdf",
    ),
    "bad_columns": (
        "onbekende kolommen '{value}' (kies uit {choices})",
        "unknown columns '{value}' (choose from {choices})",
    ),
    "no_output": (
        "geef een uitvoerbestand op met --pdf UIT.pdf en/of --html UIT.html",
        "name an output file with --pdf OUT.pdf and/or --html OUT.html",
    ),
    "pairs_empty": (
        "geen paren opgegeven in '{spec}'",
        "no pairs given in '{spec}'",
    ),
    "pairs_invalid": (
        "ongeldige paren '{spec}': gebruik nummers en reeksen zoals 1-3,5",
        "invalid pairs '{spec}': use numbers and ranges such as 1-3,5",
    ),
    "pairs_out_of_range": (
        "paar {number} bestaat niet: dit document heeft {count} paren",
        "pair {number} does not exist: this document has {count} pairs",
    ),
    "no_pairs": (
        "{path}: dit document heeft geen vragen of antwoorden om af te drukken",
        "{path}: this document has no questions or answers to print",
    ),
    "export_not_in_library": (
        "{path}: bestand niet gevonden, en geen document met dit id in de bibliotheek",
        "{path}: file not found, and no document with this id in the library",
    ),
    "bad_paper": (
        "onbekend papierformaat '{value}' (kies uit {choices})",
        "unknown paper size '{value}' (choose from {choices})",
    ),
    "not_a_regular_target": (
        "{path} is geen gewoon bestand (een pijp, apparaat of socket); de export wordt daar niet geschreven",
        "{path} is not a regular file (a pipe, device or socket); the export is not written there",
    ),
    "pdf_incomplete": (
        "het geschreven bestand is onvolledig; is de schijf vol?",
        "the written file is incomplete; is the disk full?",
    ),
    "html_incomplete": (
        "het geschreven bestand is onvolledig; is de schijf vol?",
        "the written file is incomplete; is the disk full?",
    ),
    "written_html": (
        "{path} geschreven",
        "{path} written",
    ),
    "help_description": (
        "Druk de naast elkaar gezette vragen en antwoorden af naar PDF, of exporteer ze als HTML-pagina.",
        "Print the aligned questions and answers to PDF, or export them as an HTML page.",
    ),
    "help_file": (
        "een document (PDF, XML, HTML of tekst), of het id van een document in de bibliotheek",
        "a document (PDF, XML, HTML or text), or the id of a document in the library",
    ),
    "help_pdf": (
        "schrijf de afdruk naar deze PDF",
        "write the print to this PDF",
    ),
    "help_html": (
        "schrijf een zelfstandige HTML-pagina",
        "write a self-contained HTML page",
    ),
    "help_pairs": (
        "alleen deze paren (rijen van de weergave, vanaf 1), bijvoorbeeld 1-3,5",
        "only these pairs (rows of the aligned view, from 1), e.g. 1-3,5",
    ),
    "help_no_footnotes": (
        "zonder voetnoten",
        "without footnotes",
    ),
    "help_paper": (
        "papierformaat (standaard A4)",
        "paper size (default A4)",
    ),
    "help_landscape": (
        "liggend afdrukken",
        "landscape orientation",
    ),
    "help_columns": (
        "beide kolommen, alleen de vragen of alleen de antwoorden",
        "both columns, questions only, or answers only",
    ),
    "help_whole_pairs": (
        "een paar dat op een pagina past nooit over twee pagina's verdelen (kost meer papier)",
        "never split a pair that fits on a page over two pages (uses more paper)",
    ),
    "help_force": (
        "bestaande bestanden overschrijven",
        "overwrite existing files",
    ),
    # ---- the overview: stats --chart (reader.gui.cli_stats, issue 15) ----------------------------------------
    "help_stats_chart": (
        "de grafiek van deze cijfers als PNG schrijven (per maand het verloop, anders de antwoordtijden)",
        "write the chart of these figures as PNG (per month the trend, otherwise the answer times)",
    ),
    "help_stats_chart_size": (
        "de grootte van de grafiek in pixels (standaard 1200x750)",
        "the size of the chart in pixels (default 1200x750)",
    ),
    "stats_chart_written": (
        "Grafiek geschreven: {path} ({width}×{height})",
        "Chart written: {path} ({width}×{height})",
    ),
    # ---- desktop integration (reader.desktop) ----------------------------------------------------------------
    "desktop_installed": (
        "{name} is geïnstalleerd voor deze gebruiker ({count} bestanden onder {home}).\nHet programma staat nu in het menu en onder 'Openen met' voor PDF-, XML-, HTML- en tekstbestanden.\nStarter: {exec}",
        "{name} is installed for this user ({count} files under {home}).\nIt is now in the applications menu and under 'Open with' for PDF, XML, HTML and text files.\nLauncher: {exec}",
    ),
    "desktop_uninstalled": (
        "{name} is uit het menu verwijderd ({count} bestanden onder {home}).",
        "{name} is removed from the applications menu ({count} files under {home}).",
    ),
    "desktop_not_installed": (
        "Niets te verwijderen: {name} is niet in het menu geïnstalleerd onder {home}.",
        "Nothing to remove: {name} is not installed in the applications menu under {home}.",
    ),
    "desktop_failed": (
        "Mislukt: {reason}",
        "Failed: {reason}",
    ),
    "desktop_no_home": (
        "geen map voor gebruikersgegevens: HOME en XDG_DATA_HOME zijn niet gezet",
        "no folder for user data: neither HOME nor XDG_DATA_HOME is set",
    ),
    # ---- the official sources (reader.sources, reader.library.watch) ---------------------------------------
    "cmd_fetch": (
        "documenten ophalen bij de officiële bronnen en in de bibliotheek opslaan (ID of een verwijzing zoals gedrukt)",
        "fetch documents from the official sources into the library (an ID or a citation as printed)",
    ),
    "cmd_update": (
        "alle beantwoorde Kamervragen ophalen die sinds de vorige keer (of sinds --since) zijn gepubliceerd",
        "fetch every answered set published since the last update (or since --since)",
    ),
    "cmd_watch": (
        "de volglijst: open vragen volgen (zaaknummer of ID), tonen, en met --check nagaan of ze beantwoord zijn",
        "the watch list: follow open questions (zaak number or ID), list them, and with --check see whether they were answered",
    ),
    "fetch_metavar": ("ID_OF_VERWIJZING", "ID_OR_CITATION"),
    "watch_metavar": ("ZAAK", "ZAAK"),
    "help_fetch_items": (
        "een ID (ah-tk-20202021-3235, kv-tk-2024Z18436), een zaaknummer of een verwijzing zoals gedrukt ('Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 1432')",
        "an ID (ah-tk-20202021-3235, kv-tk-2024Z18436), a zaak number or a citation as printed ('Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 1432')",
    ),
    "help_offline": (
        "niets ophalen (zoals de instelling offline=true in settings.ini)",
        "fetch nothing (as the setting offline=true in settings.ini)",
    ),
    "help_online": (
        "zoeken in de officiële bekendmakingen (KOOP) in plaats van in de bibliotheek",
        "search the official publications (KOOP) instead of the library",
    ),
    "help_update_since": (
        "ophalen wat sinds deze dag is gepubliceerd (standaard: sinds de vorige keer)",
        "fetch what was published since this day (default: since the last update)",
    ),
    "help_watch_items": (
        "vragen om te volgen: een zaaknummer (2024Z12345), kv-tk-2024Z12345 of het ID van vragen in de bibliotheek",
        "questions to follow: a zaak number (2024Z12345), kv-tk-2024Z12345 or the ID of questions in the library",
    ),
    "help_watch_check": (
        "bij de officiële bronnen nagaan of gevolgde vragen beantwoord zijn; een antwoord wordt opgehaald",
        "ask the official sources whether followed questions were answered; an answer is fetched",
    ),
    "help_watch_remove": ("deze vragen niet meer volgen", "stop following these questions"),
    "bad_day": ("ongeldige datum '{value}': gebruik JJJJ-MM-DD", "invalid date '{value}': use YYYY-MM-DD"),
    "sources_offline": (
        "Ophalen staat uit (--offline, of offline=true in sectie [sources] van settings.ini); er is niets opgehaald.",
        "Fetching is switched off (--offline, or offline=true in section [sources] of settings.ini); nothing was fetched.",
    ),
    "sources_interrupted": (
        "Onderbroken; wat al was opgeslagen, blijft bewaard.",
        "Interrupted; what was already stored is kept.",
    ),
    "unreachable": (
        "Geen verbinding met {host} ({reason}). Controleer de internetverbinding en probeer het later opnieuw.",
        "No connection to {host} ({reason}). Check the internet connection and try again later.",
    ),
    "unreachable_refused": (
        "Geen verbinding met {host}: de verbinding wordt geweigerd. Controleer de internetverbinding en probeer het later opnieuw.",
        "No connection to {host}: the connection is refused. Check the internet connection and try again later.",
    ),
    "unreachable_name": (
        "Geen verbinding met {host}: de naam is niet te vinden (geen internet?). Controleer de internetverbinding en probeer het later opnieuw.",
        "No connection to {host}: the name cannot be resolved (no internet?). Check the internet connection and try again later.",
    ),
    "unreachable_timeout": (
        "Geen verbinding met {host}: geen antwoord binnen de wachttijd. Controleer de internetverbinding en probeer het later opnieuw.",
        "No connection to {host}: no answer in time. Check the internet connection and try again later.",
    ),
    "unreachable_tls": (
        "Geen veilige verbinding met {host} ({reason}); er is niets opgehaald.",
        "No secure connection to {host} ({reason}); nothing was fetched.",
    ),
    "service_busy": (
        "{host} is te druk (status {status}), ook na enkele pogingen; probeer het later opnieuw.",
        "{host} is too busy (status {status}), also after several tries; try again later.",
    ),
    "busy_wait": (
        "{host} vraagt {seconds} seconden te wachten; probeer het later opnieuw.",
        "{host} asks to wait {seconds} seconds; try again later.",
    ),
    "http_status": (
        "{url}: de dienst antwoordt met status {status}",
        "{url}: the service answers with status {status}",
    ),
    "truncated": (
        "{url}: het antwoord kwam onvolledig aan, ook na enkele pogingen",
        "{url}: the answer arrived incomplete, also after several tries",
    ),
    "too_large_answer": (
        "{url}: het antwoord is te groot ({size}; maximaal {limit}) en is niet gelezen",
        "{url}: the answer is too large ({size}; at most {limit}) and was not read",
    ),
    "bad_url": ("{url}: geen http- of https-adres", "{url}: not an http or https address"),
    "host_not_allowed": (
        "{url}: geen adres van de officiële bronnen; niet opgehaald",
        "{url}: not an address of the official sources; not fetched",
    ),
    "redirected_elsewhere": (
        "{url}: doorgestuurd naar {target}, buiten de officiële bronnen (een inlogpagina van een wifinetwerk?); niet gevolgd",
        "{url}: redirected to {target}, outside the official sources (a Wi-Fi login page?); not followed",
    ),
    "xml_refused": (
        "{url}: het antwoord bevat een DTD of entiteitsdefinities; geweigerd",
        "{url}: the answer contains a DTD or entity declarations; refused",
    ),
    "xml_unreadable": (
        "{url}: het antwoord is geen leesbare XML ({reason})",
        "{url}: the answer is not readable XML ({reason})",
    ),
    "sru_unexpected": (
        "{url}: dit is geen antwoord van de zoekdienst (SRU)",
        "{url}: this is not an answer of the search service (SRU)",
    ),
    "sru_diagnostic": (
        "De zoekdienst kan deze vraag niet uitvoeren: {message}",
        "The search service cannot run this query: {message}",
    ),
    "sru_too_deep": (
        "De zoekdienst geeft alleen de eerste {window} resultaten; maak de zoekvraag nauwkeuriger",
        "The search service gives only the first {window} results; narrow the search",
    ),
    "tk_unexpected": (
        "{url}: dit is geen antwoord van de open data van de Tweede Kamer",
        "{url}: this is not an answer of the Tweede Kamer's open data",
    ),
    "tk_bad_zaak": (
        "'{zaak}' is geen zaaknummer (zoals 2024Z12345)",
        "'{zaak}' is not a zaak number (such as 2024Z12345)",
    ),
    "not_found_url": ("{url}: niet gevonden", "{url}: not found"),
    "not_found_page": (
        "{url}: een pagina 'niet gevonden' in plaats van het document",
        "{url}: a 'page not found' instead of the document",
    ),
    "not_found_id": (
        "niet gevonden bij de officiële bronnen",
        "not found at the official sources",
    ),
    "unreadable_download": (
        "opgehaald, maar niet te lezen: {reason}",
        "fetched, but it cannot be read: {reason}",
    ),
    "fetch_not_an_id": (
        "geen ID, zaaknummer of verwijzing naar Kamervragen herkend",
        "no ID, zaak number or citation of Kamervragen recognised",
    ),
    "fetch_not_kamervragen": (
        "geen document met Kamervragen; alleen ah-… en kv-… kunnen worden opgehaald",
        "not a Kamervragen document; only ah-… and kv-… can be fetched",
    ),
    "fetch_other_document": (
        "{url} bevat {stored}, niet het gevraagde document (opgeslagen als {stored})",
        "{url} holds {stored}, not the document asked for (stored as {stored})",
    ),
    "fetch_present": ("{id}: staat al in de bibliotheek", "{id}: already in the library"),
    "fetch_added": (
        "{id}: opgehaald ({format}) en opgeslagen — {title}",
        "{id}: fetched ({format}) and stored — {title}",
    ),
    "fetch_updated": (
        "{id}: opgehaald ({format}); het opgeslagen document is aangevuld — {title}",
        "{id}: fetched ({format}); the stored document was completed — {title}",
    ),
    "fetch_unchanged": ("{id}: opgehaald; al opgeslagen", "{id}: fetched; already stored"),
    "update_needs_since": (
        "Er is nog niet eerder bijgewerkt: geef met --since JJJJ-MM-DD aan vanaf welke dag.",
        "There was no update before: give the first day with --since YYYY-MM-DD.",
    ),
    "update_summary": (
        "Bijgewerkt ({since} tot en met {until}): {added} nieuw, {updated} aangevuld, {present} al in de bibliotheek, {failed} mislukt",
        "Updated ({since} to {until}): {added} new, {updated} completed, {present} already in the library, {failed} failed",
    ),
    "update_resumes": (
        "De volgende keer gaat het bijwerken verder waar het nu bleef.",
        "The next update goes on from where this one stopped.",
    ),
    "online_bad_year": (
        "ongeldig vergaderjaar '{value}': gebruik bijvoorbeeld 2023-2024 of 2023",
        "invalid vergaderjaar '{value}': use e.g. 2023-2024 or 2023",
    ),
    "online_bad_filter": (
        "'{value}' kan online niet worden gezocht (wel: antwoord, mededeling, vragen; answered, postponed, open)",
        "'{value}' cannot be searched online (these can: antwoord, mededeling, vragen; answered, postponed, open)",
    ),
    "online_unsupported": ("{option} werkt niet samen met --online", "{option} does not work with --online"),
    "online_results": (
        "{total} resultaten in de officiële bekendmakingen ({shown} getoond)",
        "{total} results in the official publications ({shown} shown)",
    ),
    "online_in_library": ("in bibliotheek", "in library"),
    "watch_bad_zaak": (
        "'{zaak}' is geen zaaknummer (zoals 2024Z12345) of ID van vragen met een zaaknummer",
        "'{zaak}' is not a zaak number (such as 2024Z12345) or the ID of questions with a zaak number",
    ),
    "watch_added": ("{zaak}: wordt nu gevolgd", "{zaak}: now followed"),
    "watch_already": ("{zaak}: werd al gevolgd", "{zaak}: already followed"),
    "watch_removed": ("{zaak}: wordt niet meer gevolgd", "{zaak}: no longer followed"),
    "watch_not_followed": ("{zaak}: werd niet gevolgd", "{zaak}: was not followed"),
    "watch_empty": (
        "De volglijst is leeg. Volg vragen met: kamervragen-reader watch ZAAKNUMMER",
        "The watch list is empty. Follow questions with: kamervragen-reader watch ZAAK_NUMBER",
    ),
    "watch_checked": ("gecontroleerd {when}", "checked {when}"),
    "watch_never_checked": ("nog niet gecontroleerd", "not checked yet"),
    "watch_new": ("nieuw", "new"),
    "watch_stored": ("opgehaald en opgeslagen", "fetched and stored"),
    "watch_state_answered": ("beantwoord", "answered"),
    "watch_state_postponed": ("uitgesteld", "postponed"),
    "watch_state_withdrawn": ("ingetrokken", "withdrawn"),
    "watch_state_open": ("nog open", "still open"),
    "watch_state_unknown": ("onbekend bij de Tweede Kamer", "unknown to the Tweede Kamer"),
    "watch_state_failed": ("niet na te gaan", "could not be checked"),
    # ---- the window's command line (reader.cli, reader.gui.app) ----------------------------------------------
    "window_description": (
        "Schriftelijke Kamervragen naast hun antwoorden lezen.",
        "Read Dutch parliamentary written questions beside their answers.",
    ),
    "window_files": (
        "documenten om te openen en aan de bibliotheek toe te voegen (PDF, XML, HTML, tekst)",
        "documents to open and add to the library (PDF, XML, HTML, text)",
    ),
    "window_library": (
        "het bibliotheekbestand (standaard: in uw gebruikersmap)",
        "the library file (default: in your user data folder)",
    ),
    "window_screenshot": (
        "het venster buiten beeld tekenen, als PNG bewaren en stoppen",
        "render the window offscreen to this PNG and exit",
    ),
    "window_pair": (
        "bij --screenshot: ga naar rij N van de weergave (vanaf 1)",
        "with --screenshot: go to row N of the aligned view (from 1)",
    ),
    "window_size": (
        "bij --screenshot: de venstergrootte, bijvoorbeeld 1440x900",
        "with --screenshot: the window size, e.g. 1440x900",
    ),
    "window_bad_size": (
        "ongeldige grootte '{value}': gebruik BREEDTExHOOGTE, bijvoorbeeld 1440x900",
        "invalid size '{value}': use WIDTHxHEIGHT, e.g. 1440x900",
    ),
    "window_no_desktop": (
        "De bureaubladintegratie (reader.desktop.install) is in deze installatie niet beschikbaar.",
        "Desktop integration (reader.desktop.install) is not available in this installation.",
    ),
    "window_library_failed": (
        "De bibliotheek kan niet worden geopend: {reason}",
        "The library cannot be opened: {reason}",
    ),
    "window_screenshot_failed": (
        "Kon {path} niet schrijven",
        "Could not write {path}",
    ),
    "window_screenshot_written": (
        "{path} geschreven ({width}×{height})",
        "{path} written ({width}×{height})",
    ),
    # ---- the command line (reader.cli, reader.core.command_line) ------------------------------------------
    "usage_error": ("{prog}: fout: {reason}", "{prog}: error: {reason}"),
    "help_lang": (
        "de taal van het programma voor deze keer (nl of en)",
        "the program's language for this run (nl or en)",
    ),
    "cli_command_metavar": ("OPDRACHT", "COMMAND"),
    "cli_commands_title": ("opdrachten", "commands"),
    "cli_epilog": (
        "Zonder opdracht opent het venster (met de genoemde bestanden).\n"
        "kamervragen-reader OPDRACHT --help geeft de opties van een opdracht.\n"
        "De taal volgt de systeeminstelling (Nederlands bij een Nederlandse locale); --lang kiest.",
        "Without a command the window opens (with the files named).\n"
        "kamervragen-reader COMMAND --help gives a command's options.\n"
        "The language follows the system (Dutch with a Dutch locale, English otherwise); --lang chooses.",
    ),
    "cmd_open": (
        "het venster openen (standaard), met deze documenten",
        "open the window (the default), with these documents",
    ),
    "cmd_parse": (
        "Kamervragen-documenten (PDF, XML, HTML, ODT, Word, tekst) inlezen en als JSON afdrukken",
        "parse Kamervragen documents (PDF, XML, HTML, ODT, Word, text) and print them as JSON",
    ),
    "cmd_import": (
        "bestanden en mappen (met submappen) aan de bibliotheek toevoegen; uw bestanden worden nooit gewijzigd",
        "add files and folders (with subfolders) to the library; your files are never changed",
    ),
    "cmd_search": (
        'de bibliotheek doorzoeken: alle woorden, "een zinsdeel", woord*, AND, OR, NOT; nieuwste eerst',
        'search the library: all words, "a phrase", word*, AND, OR, NOT; newest first',
    ),
    "cmd_info": (
        "één document: kop, status, verwijzingen in beide richtingen (ID of een verwijzing zoals gedrukt)",
        "one document: header, status, citations both ways (an ID or a citation as printed)",
    ),
    "cmd_export": (
        "de vragen en antwoorden naast elkaar afdrukken naar PDF, of als HTML-pagina",
        "print the aligned questions and answers to PDF, or as an HTML page",
    ),
    "help_parse_jsonl": (
        "één JSON-object per regel, een regel per bestand (standaard)",
        "one JSON object per line, one line per file (default)",
    ),
    "help_parse_json": ("leesbaar opgemaakte JSON", "pretty-printed JSON"),
    "help_json": ("uitvoer als JSON", "print JSON"),
    "help_library_file": (
        "het bibliotheekbestand (standaard: $KAMERVRAGEN_LIBRARY, anders in uw gebruikersmap)",
        "the library file (default: $KAMERVRAGEN_LIBRARY, else the user data folder)",
    ),
    "help_import_json": ("het overzicht als JSON", "print the summary as JSON"),
    "help_import_quiet": ("geen voortgangsbalk", "no progress bar"),
    "help_search_year": ("vergaderjaar, bijvoorbeeld 2023-2024 (of 2023)", "vergaderjaar, e.g. 2023-2024 (or 2023)"),
    "help_search_member": (
        "woorden uit de naam van een Kamerlid, bijvoorbeeld 'van dijk'",
        "words of a member's name, e.g. 'van dijk'",
    ),
    "help_search_party": (
        "partij (precies; accenten en hoofdletters tellen niet)",
        "party (exact, accents and case ignored)",
    ),
    "help_search_to": (
        "woorden uit de geadresseerde of wie antwoordde, bijvoorbeeld financiën",
        "words of the addressee or answerer, e.g. financiën",
    ),
    "help_search_sort": ("{sorts} (standaard: date)", "{sorts} (default: date)"),
    "help_search_ascending": ("oudste (laagste) eerst", "oldest (lowest) first"),
    "help_search_limit": ("resultaten per pagina (standaard 20)", "results per page (default 20)"),
    "help_search_offset": ("zoveel resultaten overslaan", "skip this many results"),
    "help_install_desktop": (
        "het programma in het menu zetten (voor deze gebruiker)",
        "add the program to the menu (for this user)",
    ),
    "help_uninstall_desktop": ("het weer uit het menu halen", "remove it from the menu again"),
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
    # ---- the text parser (reader.core.parse_text) ---------------------------------------------------------
    "too_many_lines": (
        "{path}: de tekst heeft meer dan {limit} regels; dat is niet één set Kamervragen",
        "{path}: the text has more than {limit} lines; that is not one set of Kamervragen",
    ),
    "too_many_markers": (
        "{path}: de tekst heeft meer dan {limit} voetnootmarkeringen; dat is niet één set Kamervragen",
        "{path}: the text has more than {limit} footnote markers; that is not one set of Kamervragen",
    ),
    # ---- the reading experience (issue 13: status of open questions, the sidebar's preview) ----------------
    "Nog niet beantwoord; de termijn van drie weken verliep op {}": (
        "Not yet answered; the three weeks for an answer ran out on {}"
    ),
    "Nog niet beantwoord; de termijn van drie weken verloopt op {}": (
        "Not yet answered; the three weeks for an answer run out on {}"
    ),
    "Inmiddels beantwoord: {}": "Answered since: {}",
    ", {first}–{last} getoond": ", showing {first}–{last}",  # after "{n} resultaten" (the library's search)
}


PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    # the library's search on the command line (issue 13: never "1 results")
    "{n} resultaten": (("{n} resultaat", "{n} resultaten"), ("{n} result", "{n} results")),
    "{n} pagina's": (("{n} pagina", "{n} pagina's"), ("{n} page", "{n} pages")),
    "{path} geschreven ({n} pagina's)": (
        ("{path} geschreven ({n} pagina)", "{path} geschreven ({n} pagina's)"),
        ("{path} written ({n} page)", "{path} written ({n} pages)"),
    ),
}
