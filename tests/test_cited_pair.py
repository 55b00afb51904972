"""Which pair of a cited set the citing text refers to (reader.core.cited_pair), the sentence a citation stands
in, and what the sidebar says of notes and citations (reader.presentation.sidebar). Fictional sets written
here; the corpus pair 566 → 2267 checks the scoring on real text."""

from __future__ import annotations

from pathlib import Path

from reader.core.citations import official_url
from reader.core.cited_pair import Reason, best_pair_by_words, cited_pair, citing_sentence, question_numbers, stems
from reader.core.model import Block, Citation, Document, Marker, Reference, RefKind
from reader.core.parse import parse_file
from reader.presentation.sidebar import note_context, note_places, preview, text_citations


def earlier_set() -> Document:
    """A fictional answered set of four pairs on a ferry, each pair with words of its own."""
    qa = [
        ("Kent u het bericht over de veerpont bij Fictiedam?", "Ja."),
        ("Hoeveel passagiers vervoert de veerpont per jaar?", "Ongeveer tweehonderdduizend passagiers per jaar."),
        (
            "Wanneer wordt de aanlegsteiger van de veerpont hersteld?",
            "De aanlegsteiger wordt in het voorjaar "
            "hersteld; de aannemer is gekozen en de werkzaamheden duren zes weken.",
        ),
        ("Komt er een nachtdienst?", "Nee, een nachtdienst is niet rendabel bij zo weinig reizigers in de nacht."),
    ]
    return Document(
        vergaderjaar="2031-2032",
        nummer=700,
        title="Vragen van het lid Fictief over de veerpont bij Fictiedam.",
        questions=[Block(str(i), [str(i)], q) for i, (q, _a) in enumerate(qa, 1)],
        answers=[Block(str(i), [str(i)], a) for i, (_q, a) in enumerate(qa, 1)],
    )


def test_a_question_number_in_the_citing_text_names_the_pair() -> None:
    cited = earlier_set()
    found = cited_pair(cited, "Zoals ik in mijn antwoord op vraag 3 van de eerdere vragen schreef.")
    assert (found.index, found.reason) == (2, Reason.NUMBER)
    assert question_numbers("de antwoorden op de vragen 4 en 5") == ["4", "5"]
    assert question_numbers("vraag 2, 3 en 7 van het lid") == ["2", "3", "7"]
    # a number the cited set does not have: the words decide
    found = cited_pair(cited, "In mijn antwoord op vraag 12 noemde ik de aanlegsteiger en de aannemer.")
    assert (found.index, found.reason) == (2, Reason.WORDS)


def test_earlier_questions_find_the_pair_whose_words_match_best() -> None:
    cited = earlier_set()
    assert cited_pair(cited, "Eerder gaf u aan dat een nachtdienst niet rendabel is.").index == 3
    assert cited_pair(cited, "In eerdere antwoorden noemde u het aantal passagiers.").index == 1
    # the subject that every pair shares does not decide; no content word at all gives no pair
    none = cited_pair(cited, "Zoals eerder gezegd.")
    assert (none.index, none.reason) == (-1, Reason.NONE)
    assert best_pair_by_words([], "veerpont") == (-1, 0.0)


def test_stems_ignore_function_words_and_inflection() -> None:
    assert stems("De omvaarroutes en de omvaarroute zijn beschikbaar") == ["omvaar", "omvaar", "beschi"]
    assert stems("van het aan een de") == []


def test_the_citing_sentence_is_the_one_the_marker_or_citation_stands_in() -> None:
    text = "Eerste zin. Kent u het bericht?¹ Derde zin over iets anders."
    marker = text.index("¹")
    assert citing_sentence(text, marker) == "Kent u het bericht?"
    middle = "Dit is al eerder gezegd (Aanhangsel nr. 700) en blijft zo. Andere zin."
    start = middle.index("Aanhangsel")
    assert citing_sentence(middle, start, start + 18) == "Dit is al eerder gezegd (Aanhangsel nr. 700) en blijft zo."


def test_the_sidebar_says_where_a_marker_stands_question_or_answer() -> None:
    ref = Reference(RefKind.AANHANGSEL, "ah-tk-20312032-700", official_url("ah-tk-20312032-700"), "nr. 700")
    text = "Ik verwijs naar Aanhangsel nr. 700 over de nachtdienst."
    start = text.index("Aanhangsel")
    doc = Document(
        questions=[Block(str(n), [str(n)], f"Vraag {n}?", [Marker(5, n)] if n == 1 else []) for n in range(1, 6)],
        answers=[Block(str(n), [str(n)], text if n == 5 else f"Antwoord {n}.",
                       [Marker(len(text) - 1, 2)] if n == 5 else [],
                       citations=[Citation(start, start + 18, ref)] if n == 5 else []) for n in range(1, 6)],
    )  # fmt: skip
    places = note_places(doc, "nl")
    assert places == {1: ("vraag 1",), 2: ("antwoord 5",)}
    assert note_places(doc, "en") == {1: ("question 1",), 2: ("answer 5",)}
    assert note_context(doc, 2) == text
    (cited,) = text_citations(doc, doc.pairs()[4], "nl")
    assert (cited.reference.id, cited.where) == ("ah-tk-20312032-700", "antwoord 5")
    assert cited.printed == "Aanhangsel nr. 700"
    assert cited.context == text
    shown = preview(earlier_set(), cited.context, "nl")
    assert shown.pair == 3 and shown.row is not None and shown.row.label == "Vraag 4"
    assert shown.header.title.startswith("Vragen van het lid Fictief") or "veerpont" in shown.header.title


def test_citation_preview_of_566_finds_the_answer_its_footnote_means(corpus: Path) -> None:
    """566 (2024–2025) cites 2267 twice: note 1 in question 1 (the questions on the start of the works), note 2
    in answer 4 ("In de beantwoording van de Kamervragen van 9 augustus is al aangegeven dat er altijd
    calamiteiten kunnen optreden …"), which is what 2267's answer 7 says (repairs can always be needed;
    contractors stand by to restore the detour routes as soon as possible)."""
    citing = parse_file(corpus / "txt" / "ah-tk-20242025-566.pypdf2.txt")
    cited = parse_file(corpus / "txt" / "ah-tk-20232024-2267.pypdf.txt")
    assert [r.id for r in citing.footnotes[1].references] == ["ah-tk-20232024-2267"]
    shown = preview(cited, note_context(citing, 2), "nl")
    assert shown.match.reason == Reason.WORDS
    assert shown.row is not None and shown.row.label == "Vraag 7"
    assert note_places(citing, "nl")[2] == ("antwoord 4",)
    about_the_start = preview(cited, note_context(citing, 1), "nl")
    assert about_the_start.row is not None
    assert "werkzaamheden" in " ".join(p.plain for b in about_the_start.row.questions for p in b.parts)
