"""Messages of the print and export code, in Dutch (first) and English.

The language follows `reader.core.messages.language()`: the GUI's choice, else the locale, so that
`LANG=C kamervragen-reader export …` reports in English.
"""

from __future__ import annotations

from reader.core.messages import language

MESSAGES: dict[str, tuple[str, str]] = {
    # key: (Dutch, English)
    "exists": (
        "{path} bestaat al; gebruik --force om het te overschrijven",
        "{path} already exists; use --force to overwrite it",
    ),
    "same_as_input": (
        "{path} is het bestand dat wordt gelezen; kies een andere naam voor de export",
        "{path} is the file being read; choose another name for the export",
    ),
    "no_folder": ("{path}: de map {folder} bestaat niet", "{path}: the folder {folder} does not exist"),
    "cannot_write": ("{path}: kan niet schrijven ({reason})", "{path}: cannot write ({reason})"),
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
    "pairs_empty": ("geen paren opgegeven in '{spec}'", "no pairs given in '{spec}'"),
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
    "not_in_library": (
        "{path}: bestand niet gevonden, en geen document met dit id in de bibliotheek",
        "{path}: file not found, and no document with this id in the library",
    ),
    "bad_paper": (
        "onbekend papierformaat '{value}' (kies uit {choices})",
        "unknown paper size '{value}' (choose from {choices})",
    ),
    "written": ("{path} geschreven ({pages} pagina's)", "{path} written ({pages} pages)"),
    "written_html": ("{path} geschreven", "{path} written"),
    "usage_error": ("{reason}", "{reason}"),
    # ---- --help ----------------------------------------------------------------------------------------
    "help_description": (
        "Druk de naast elkaar gezette vragen en antwoorden af naar PDF, of exporteer ze als HTML-pagina.",
        "Print the aligned questions and answers to PDF, or export them as an HTML page.",
    ),
    "help_file": (
        "een document (PDF, XML, HTML of tekst), of het id van een document in de bibliotheek",
        "a document (PDF, XML, HTML or text), or the id of a document in the library",
    ),
    "help_pdf": ("schrijf de afdruk naar deze PDF", "write the print to this PDF"),
    "help_html": ("schrijf een zelfstandige HTML-pagina", "write a self-contained HTML page"),
    "help_pairs": (
        "alleen deze paren (rijen van de weergave, vanaf 1), bijvoorbeeld 1-3,5",
        "only these pairs (rows of the aligned view, from 1), e.g. 1-3,5",
    ),
    "help_no_footnotes": ("zonder voetnoten", "without footnotes"),
    "help_paper": ("papierformaat (standaard A4)", "paper size (default A4)"),
    "help_landscape": ("liggend afdrukken", "landscape orientation"),
    "help_columns": (
        "beide kolommen, alleen de vragen of alleen de antwoorden",
        "both columns, questions only, or answers only",
    ),
    "help_whole_pairs": (
        "een paar dat op een pagina past nooit over twee pagina's verdelen (kost meer papier)",
        "never split a pair that fits on a page over two pages (uses more paper)",
    ),
    "help_force": ("bestaande bestanden overschrijven", "overwrite existing files"),
}


def message(key: str, lang: str | None = None, **kwargs: object) -> str:
    nl, en = MESSAGES[key]
    text = en if (lang or language()) == "en" else nl
    return text.format(**kwargs)


class ExportError(Exception):
    """An export that did not happen; `str()` is the message in the current language."""

    def __init__(self, key: str, **kwargs: object) -> None:
        self.key = key
        self.kwargs = kwargs
        super().__init__(key)

    def message(self, lang: str | None = None) -> str:
        return message(self.key, lang, **self.kwargs)

    def __str__(self) -> str:
        return self.message()
