"""Clean text from copied text and PDFs (issue 11, "Clean text"): a footnote marker never splits a sentence
or a paragraph, line-end hyphenation undone while real hyphens stay, each question of a grouped heading in its
own paragraph. Fixtures are fictional; corpus tests use the `corpus` fixture."""

from __future__ import annotations

import re
from pathlib import Path

from reader.core.parse import parse_file
from reader.core.parse_text import PAGE, parse_text

HEADER = (
    "Vragen van het lid Veldhuis (D66) aan de Minister van Infrastructuur en Waterstaat over de fietsbrug bij\n"
    "Ooltgensplaat (ingezonden 3 maart 2024).\n"
    "Antwoord van Minister Brandsma (Infrastructuur en Waterstaat) (ontvangen 20 maart 2024).\n"
)
STARTS_WITH_PUNCTUATION = re.compile(r"^\s*[,;:.)]")

# QtPdf ends a line at a superscript marker: the sentence goes on at the start of the next line
MARKER_LINES = HEADER + (
    "Vraag 1\n"
    "U schrijft in uw brief van 4 januari 2024 dat de brug bij Ooltgensplaat opnieuw zal worden\n"
    "bekeken1\n"
    "; hoe verhoudt zich dat tot de aangenomen motie van het lid Veldhuis\n"
    "c.s.2\n"
    ", waarmee de Kamer heeft uitgesproken dat de brug open moet blijven?\n"
    "Antwoord 1\n"
    "Het artikel «Brug dicht tot de zomer»\n"
    "3, waarin de datum wordt genoemd, klopt.\n"
    f"{PAGE}1 Kamerstuk 31 305, nr. 400\n2 Kamerstuk 31 305, nr. 401\n3 Dagblad van Zeeland, 1 maart 2024\n"
)


def test_a_footnote_marker_never_splits_a_sentence():
    doc = parse_text(MARKER_LINES)
    question, answer = doc.questions[0], doc.answers[0]
    assert question.paragraphs == [question.text]
    assert "worden bekeken; hoe verhoudt" in question.text
    assert "Veldhuis c.s., waarmee de Kamer" in question.text
    assert answer.text == "Het artikel «Brug dicht tot de zomer», waarin de datum wordt genoemd, klopt."
    assert question.footnotes == [1, 2] and answer.footnotes == [3]


def _corpus_files(corpus: Path) -> list[Path]:
    files = [*(corpus / "pdf").glob("*.pdf"), *(corpus / "txt").glob("*"), *(corpus / "xml").glob("*.xml")]
    files += [p for p in (corpus / "official").glob("ah-*") if not p.name.endswith("metadata.xml")]
    files += list((corpus / "docx").glob("*.docx"))
    return sorted(files)


def test_no_paragraph_of_any_corpus_document_begins_with_punctuation(corpus: Path):
    files = _corpus_files(corpus)
    assert len(files) > 60
    bad = [
        (path.name, block.label, paragraph[:30])
        for path in files
        for block in (lambda d: d.questions + d.answers)(parse_file(path))
        for paragraph in block.paragraphs
        if STARTS_WITH_PUNCTUATION.match(paragraph)
    ]
    assert bad == []


def test_a_marker_at_a_line_start_belongs_to_the_sentence_before():
    from reader.core.parse_text.assemble import finish_text, join_lines
    from reader.core.parse_text.lines import sentinel

    # pypdf: a superscript marker starts the next line, the sentence before ends a long printed paragraph
    lines = ["De brug gaat in mei weer open. " * 4, f"{sentinel(4)} Daarna volgt de weg.", "", "Nieuwe alinea."]
    text, markers = finish_text(join_lines(lines, 80))
    assert text.split("\n\n") == [
        ("De brug gaat in mei weer open. " * 4).strip() + " Daarna volgt de weg.",
        "Nieuwe alinea.",
    ]
    assert [(m.number, text[: m.offset].endswith("open.")) for m in markers] == [(4, True)]
    # a marker alone on its line after a finished paragraph joins it, and the paragraph break stays
    text, markers = finish_text(join_lines(["Kort.", sentinel(5), "Volgende alinea begint hier."], 80))
    assert text == "Kort.\n\nVolgende alinea begint hier." and markers[0].offset == len("Kort.")


def test_two_printed_lines_given_as_one_end_a_paragraph_only_on_a_short_last_line():
    from reader.core.parse_text.assemble import join_lines

    full = "de subsidie voor de fietsbrug bij Ooltgensplaat wordt in het voorjaar aangevraagd"  # ~80 chars
    width = 75
    wrapped = ["Ik heb de gemeente gevraagd de aanvraag voor de herbouw snel in te dienen en", "verder"]
    # QtPdf rejoined two printed lines at a hyphen: the second is a full line, the paragraph goes on
    long_full = f"{full} en de bouw begint daarna zodra het geld er is en de vergunning er ligt."
    assert len(join_lines([*wrapped, long_full, "Daarna volgt de aanbesteding."], width).split("\n\n")) == 1
    # the second printed line is short and ends a sentence: the paragraph ends there
    long_short = f"{full} en de bouw begint daarna."
    assert len(join_lines([*wrapped, long_short, "Daarna volgt de aanbesteding."], width).split("\n\n")) == 2
    # a long line that ends in a bracket is no paragraph end
    long_bracket = f"{full} en de bouw begint bij de (RBZ)"
    assert len(join_lines([*wrapped, long_bracket, "daarna volgt de aanbesteding."], width).split("\n\n")) == 1


GROUPED = HEADER + (
    "Vraag 5, 6\n"  # question 5 ends on a full line: only the question mark says where 6 begins
    "Bent u bereid het onderzoek naar de fietsbrug op de voet te volgen om te\n"
    "verzekeren dat het volledig wordt gedaan en de Kamer over de resultaten\n"
    "te informeren? Zo nee, waarom niet? Zo ja, wanneer kan de Kamer die zien?\n"
    "Bent u van mening dat de gemeente de omwonenden een vergoeding geeft als\n"
    "het onderzoek uitwijst dat de brug bij Ooltgensplaat te laat is hersteld?\n"
    "Antwoord 5, 6\n"
    "Ja.\n"
)


def test_each_question_of_a_grouped_heading_begins_its_own_paragraph():
    question = parse_text(GROUPED).questions[0]
    assert question.numbers == ["5", "6"]
    assert [p[:24] for p in question.paragraphs] == ["Bent u bereid het onderz", "Bent u van mening dat de"]
    assert question.paragraphs[0].endswith("Zo nee, waarom niet? Zo ja, wanneer kan de Kamer die zien?")


def test_questions_run_together_in_one_line_are_split_only_when_the_count_says_where():
    glued = GROUPED.replace(
        GROUPED[GROUPED.index("Bent u bereid") : GROUPED.index("Antwoord 5, 6")],
        "Kent u het boek «Bruggen 2»?Kent u het hoofdstuk «Ooltgensplaat» dat voor 20 euro te koop is?\n",
    )
    question = parse_text(glued).questions[0]
    assert question.paragraphs == [
        "Kent u het boek «Bruggen 2»?",
        "Kent u het hoofdstuk «Ooltgensplaat» dat voor 20 euro te koop is?",
    ]
    # two places where a question could end for one missing break: no guess
    ambiguous = glued.replace("Kent u het boek «Bruggen 2»?", "Kent u het boek? Hebt u het gelezen?")
    assert len(parse_text(ambiguous).questions[0].paragraphs) == 1


# ---- line-end hyphenation ---------------------------------------------------------------------------------

LINE_ENDS = HEADER + (
    "Vraag 1\n"
    "Bent u bekend met het bericht dat de politie-\n"
    "eenheid Zeeland de lhbti-\n"
    "gemeenschap in Noord-\n"
    "Holland en de niet-\n"
    "werkende ouders van Ooltgensplaat een gespreks-\n"
    "techniek aanbiedt via de ggz-\n"
    "instellingen?\n"
    "Antwoord 1\n"
    "Ja.\n"
)


def test_line_end_hyphenation_is_undone_and_real_hyphens_stay():
    text = parse_text(LINE_ENDS).questions[0].text
    for kept in ("politie-eenheid", "lhbti-gemeenschap", "Noord-Holland", "niet-werkende", "ggz-instellingen"):
        assert kept in text
    assert "gesprekstechniek" in text and "gespreks-" not in text


def test_a_broken_words_hyphen_inside_joined_lines_is_undone():
    # pypdf-like: each paragraph one line, the hyphen that broke a word at the printed line end kept inside it
    para = (
        "De werkzaamheden aan het Amstelka-naal beginnen in mei, zoals de verschil-lende partijen in de lhbti-"
        "gemeenschap en de politie-eenheid in Noord-Holland hebben gevraagd; de beantwoor-ding volgt."
    )
    text = parse_text(HEADER + f"Vraag 1\nWanneer beginnen de werkzaamheden?\nAntwoord 1\n{para}\n").answers[0].text
    assert "Amstelkanaal" in text and "verschillende" in text and "beantwoording" in text
    assert "lhbti-gemeenschap" in text and "politie-eenheid" in text and "Noord-Holland" in text


def test_the_decision_reads_the_documents_own_words():
    from reader.core.hyphens import Evidence, is_leftover

    none = Evidence.of([])
    assert is_leftover("verschil", "lende", none) and is_leftover("Neder", "land", none)
    assert not is_leftover("politie", "eenheid", none)  # two clashing vowels: Dutch writes the hyphen
    assert is_leftover("individu", "eel", none)  # ... unless what follows is a word ending
    assert not is_leftover("ggz", "instellingen", none) and not is_leftover("poh", "ggz", none)
    assert not is_leftover("oud", "minister", none) and not is_leftover("procureur", "generaal", none)
    # the document writes the word solid elsewhere: a leftover even where the patterns would keep it
    assert is_leftover("politie", "eenheid", Evidence.of(["De politieeenheid rukte uit."]))
    # inside a line, two words the document uses on their own are coupled; at a line end, a broken compound
    ev = Evidence.of(["De zorg voor de verzekeraar."])
    assert not is_leftover("zorg", "verzekeraar", ev) and is_leftover("zorg", "verzekeraar", ev, line_end=True)
    # a short left part hyphenated to several words is a prefix of the document's own
    assert not is_leftover("bis", "subsidie", Evidence.of(["de bis-periode en de bis-subsidies"]))
    # words Dutch spelling writes with a hyphen stay so, even broken at a line end
    for left, right in (("stand", "by"), ("publiek", "private"), ("oorzaak", "gevolgrelatie"), ("follow", "up")):
        assert not is_leftover(left, right, none, line_end=True), (left, right)
    assert is_leftover("stand", "punten", none, line_end=True)  # "stand-" + "punten" is still "standpunten"


def test_a_word_written_with_a_hyphen_keeps_it_at_a_line_end():
    text = (
        "Vragen van het lid Jansen (Testpartij) aan de Minister van Testzaken over proeven (ingezonden 1 maart "
        "2024).\nAntwoord van Minister De Vries (Testzaken) (ontvangen 20 maart 2024).\nVraag 1\nHoe gaat het?\n"
        "Antwoord 1\nDe publiek-\nprivate samenwerking staat stand-\nby en de verschil-\nlende partijen zijn klaar.\n"
    )
    answer = parse_text(text).answers[0].text
    assert "publiek-private samenwerking staat stand-by en de verschillende partijen" in answer


def test_corpus_hyphens(corpus: Path):
    for name, broken, whole in (
        ("ah-tk-20242025-566.pypdf2.txt", "Julianaka-naal", "Julianakanaal"),
        ("ah-tk-20232024-2267.pypdf.txt", "Neder-land", "Nederland"),
        ("ah-tk-20232024-1031.pypdf.txt", "Staatsse-cretaris", "Staatssecretaris"),
    ):
        doc = parse_file(corpus / "txt" / name)
        text = " ".join(b.text for b in doc.questions + doc.answers)
        assert whole in text and broken not in text, name
    doc = parse_file(corpus / "pdf" / "ah-tk-20232024-1314.pdf")
    assert sum(b.text.count("lhbti-gemeenschap") for b in doc.questions + doc.answers) == 4
