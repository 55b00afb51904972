"""The official XML beyond the text: subject, soort, citations in the body, tables as tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.errors import ParseError
from reader.core.model import Kind, RefKind, Soort
from reader.core.parse import parse_file
from reader.core.parse_xml import parse_xml

FIXTURES = Path(__file__).parent / "fixtures" / "xml"


def cited(block) -> list[tuple[str, str]]:
    return [(block.text[c.start : c.end], c.reference.id) for c in block.citations]


def test_subject_from_kamervraagonderwerp():
    doc = parse_file(FIXTURES / "table_citations.xml")
    assert doc.onderwerp == "de WERKBONUS"
    assert doc.subject == "de WERKBONUS"
    assert doc.soort == Soort.ANTWOORD


def test_extrefs_and_running_text_citations_with_spans():
    answer = parse_file(FIXTURES / "table_citations.xml").answers[0]
    assert cited(answer) == [
        ("Staatsblad 2022, 301", "stb-2022-301"),
        ("Kamerstuk 29 544, nr. 1201", "kst-29544-1201"),
        ("Stcrt. 2022, 12345", "stcrt-2022-12345"),
    ]
    assert [r.kind for r in answer.references] == [RefKind.STAATSBLAD, RefKind.KAMERSTUK, RefKind.STAATSCOURANT]
    assert answer.references[0].url == "https://zoek.officielebekendmakingen.nl/stb-2022-301.html"


def test_an_extref_wins_over_what_its_text_would_say():
    xml = b"""<officiele-publicatie><kamervragen>
    <vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag>
    <antwoord><nr>Antwoord 1</nr><al>Zie <extref doc="kst-36200-XV-7" soort="document">de brief (Kamerstuk
    36 200, nr. 8)</extref> en <extref doc="https://example.nl/a" soort="URL">de site</extref>.</al></antwoord>
    </kamervragen></officiele-publicatie>"""
    answer = parse_xml(xml, "x.xml").answers[0]
    assert cited(answer) == [("de brief (Kamerstuk 36 200, nr. 8)", "kst-36200-XV-7")]


def test_cals_table_is_a_table_not_text():
    answer = parse_file(FIXTURES / "table_citations.xml").answers[0]
    assert len(answer.tables) == 1
    table = answer.tables[0]
    assert table.rows == [
        ["Regio", "Aanvragen", "", ""],
        ["", "2021", "2022", "Totaal"],
        ["Noord", "12", "17", "29"],
        ["Zuid", "2", "3", "5"],
    ]
    # after the first paragraph and the table's title; the text after it is a paragraph of its own
    assert table.position == 2
    assert answer.paragraphs[:2] == [
        "De regeling staat in het besluit (Staatsblad 2022, 301); de aantallen staan hieronder.",
        "Aanvragen per regio",
    ]
    assert "Noord" not in answer.text and "Totaal" not in answer.text and "|" not in answer.text
    # the note in a cell is still the answer's note
    assert answer.footnotes == [1]


def test_a_one_cell_table_is_a_framed_paragraph():
    xml = b"""<officiele-publicatie><kamervragen>
    <vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag>
    <antwoord><nr>Antwoord 1</nr><al>Kader:</al><table><tgroup cols="1"><tbody><row><entry>Alleen dit.</entry>
    </row></tbody></tgroup></table><al>Verder niets.</al></antwoord>
    </kamervragen></officiele-publicatie>"""
    answer = parse_xml(xml, "x.xml").answers[0]
    assert answer.tables == []
    assert answer.paragraphs == ["Kader:", "Alleen dit.", "Verder niets."]


def test_postponement_is_uitstel():
    doc = parse_file(FIXTURES / "mededeling.xml")
    assert (doc.kind, doc.soort, doc.beantwoord_in) == (Kind.MEDEDELING, Soort.UITSTEL, [])


def test_answered_by_letter():
    doc = parse_file(FIXTURES / "per_brief.xml")
    assert (doc.kind, doc.soort) == (Kind.MEDEDELING, Soort.PER_BRIEF)
    assert [r.id for r in doc.beantwoord_in] == ["kst-36471-64"]
    assert doc.beantwoord_in[0].url == "https://zoek.officielebekendmakingen.nl/kst-36471-64.html"
    assert doc.subject == "de analyse van het sluizenplan"
    as_json = doc.to_dict()
    assert (as_json["soort"], as_json["beantwoord_in"]) == ("per-brief", ["kst-36471-64"])


def test_oral_questions_announcement_without_question_text():
    doc = parse_file(FIXTURES / "mondeling.xml")
    assert (doc.kind, doc.soort) == (Kind.VRAGEN, Soort.MONDELING)
    assert doc.questions == [] and doc.id == "kv-tk-2024Z19001"
    assert doc.subject == "het bericht «App leest berichten ’s nachts»"
    assert doc.title and doc.title.startswith("Mondelinge vragen van het lid Klaassen (CDA)")


def test_written_questions_are_schriftelijk():
    doc = parse_file(FIXTURES / "vragen.xml")
    assert (doc.kind, doc.soort) == (Kind.VRAGEN, Soort.SCHRIFTELIJK)


def test_a_header_alone_that_announces_nothing_is_still_refused():
    xml = b"""<officiele-publicatie><kamervragen><kamervraagomschrijving type="vraag">Vragen van het lid Kok
    (SP) aan de Minister over de bibliotheek (ingezonden 1 maart 2024).</kamervraagomschrijving>
    </kamervragen></officiele-publicatie>"""
    with pytest.raises(ParseError) as err:
        parse_xml(xml, "x.xml")
    assert err.value.key == "not_kamervragen"


def test_further_answer_and_withdrawn_notice():
    nader = b"""<officiele-publicatie><kamervragen>
    <kamervraagomschrijving type="vraag">Vragen van het lid Kok (SP) aan de Minister van Financi\xc3\xabn over de
    munten (ingezonden 1 maart 2024).</kamervraagomschrijving>
    <kamervraagomschrijving type="antwoord">Nader antwoord van Minister Jansen (Financi\xc3\xabn) (ontvangen 3 mei
    2024).</kamervraagomschrijving>
    <vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag><antwoord><nr>Antwoord 1</nr><al>Daarom.</al></antwoord>
    </kamervragen></officiele-publicatie>"""
    doc = parse_xml(nader, "n.xml")
    assert (doc.kind, doc.soort) == (Kind.ANTWOORD, Soort.NADER)
    assert doc.beantwoord_door == "Minister Jansen (Financiën)"
    withdrawn = b"""<officiele-publicatie><kamervragen>
    <kamervraagomschrijving type="vraag">Vragen van het lid Kok (SP) aan de Minister over de munten (ingezonden
    1 maart 2024).</kamervraagomschrijving>
    <vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag>
    <kamervraagopmerking><al>Het lid Kok heeft de vragen ingetrokken.</al></kamervraagopmerking>
    </kamervragen></officiele-publicatie>"""
    doc = parse_xml(withdrawn, "w.xml")
    assert (doc.kind, doc.soort) == (Kind.MEDEDELING, Soort.INGETROKKEN)


def test_official_3235_subject_soort_and_citation(corpus: Path):
    doc = parse_file(corpus / "official" / "ah-tk-20202021-3235.xml")
    assert (doc.subject, doc.soort) == ("de TOZO", Soort.ANTWOORD)
    assert cited(doc.answers[1]) == [("Staatsblad 2020, 118", "stb-2020-118")]
    assert all(not b.citations for i, b in enumerate(doc.answers) if i != 1)
    assert all(not b.citations for b in doc.questions)


def test_too_many_elements_is_one_clear_error():
    from reader.core.safe_xml import MAX_ELEMENTS

    xml = b"<officiele-publicatie><vraag><nr>Vraag 1</nr>" + b"<al>x</al>" * (MAX_ELEMENTS + 1) + b"</vraag>"
    xml += b"</officiele-publicatie>"
    with pytest.raises(ParseError) as err:
        parse_xml(xml, "many.xml")
    assert err.value.key == "markup_too_complex"
    assert "many.xml" in err.value.message("en")
