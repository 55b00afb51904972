"""The official web page parser: the known layouts, the defensive fallbacks, plain text only."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest

from reader.core.errors import ParseError
from reader.core.model import Kind, Member, RefKind
from reader.core.parse import detect_format, parse_bytes, parse_file
from reader.core.parse_html import parse_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def fixture(name: str):
    return parse_file(FIXTURES / name)


def labels(blocks) -> list[tuple[str, list[str], bool]]:
    return [(b.label, b.numbers, b.inferred) for b in blocks]


def all_text(doc) -> str:
    return "\n".join([b.text for b in doc.questions + doc.answers] + [f.text for f in doc.footnotes])


def test_modern_page_header_and_identity():
    doc = fixture("modern.html")
    assert doc.source_format == "html"
    assert doc.kind == Kind.ANTWOORD
    assert (doc.id, doc.chamber, doc.vergaderjaar, doc.nummer) == ("ah-tk-20232024-2901", "tk", "2023-2024", 2901)
    assert doc.title == (
        "Vragen van de leden Brouwers (D66) en Mertens (CDA) aan de Minister van Infrastructuur en Waterstaat "
        "over het bericht «Veerpont Zuiderhaven vaart maandenlang niet» (ingezonden 4 maart 2024)."
    )
    assert doc.indieners == [Member("Brouwers", "D66"), Member("Mertens", "CDA")]
    assert doc.gericht_aan == "Minister van Infrastructuur en Waterstaat"
    assert (doc.ingezonden, doc.ontvangen) == (date(2024, 3, 4), date(2024, 4, 2))
    assert doc.beantwoord_door == "Minister Verhoeven (Infrastructuur en Waterstaat)"
    assert [r.id for r in doc.zie_ook] == ["ah-tk-20232024-2650"]
    assert doc.mededeling is None


def test_modern_page_blocks_and_markers():
    doc = fixture("modern.html")
    assert labels(doc.questions) == [("1", ["1"], False), ("2", ["2"], False), ("3", ["3"], False)]
    assert labels(doc.answers) == [("1", ["1"], False), ("2 en 3", ["2", "3"], False)]
    q1 = doc.questions[0]
    # the line break inside the paragraph is a space; the marker digit is not text
    assert q1.text == "Bent u bekend met het bericht «Veerpont Zuiderhaven vaart maandenlang niet»?"
    assert [(m.offset, m.number) for m in q1.markers] == [(len(q1.text), 1)]
    assert doc.questions[2].text == "Welke alternatieven zijn er:\n\n– een pendelbus;\n\n– een tijdelijke brug?"
    a1 = doc.answers[0]
    assert a1.text == (
        "Ja. Het veer is niet uit de vaart genomen door het Rijk; eerder heb ik uw Kamer hierover geïnformeerd."
        "\n\nDe provincie is de vervoerder & opdrachtgever. Een <b> is geen opmaak."
    )
    assert a1.text[: a1.markers[0].offset].endswith("geïnformeerd.") and a1.footnotes == [2]
    a2 = doc.answers[1]
    assert a2.text == "Ongeveer 1.200 reizigers per dag. De alternatieven zijn een pendelbus en een fietsroute."
    assert a2.text[: a2.markers[0].offset] == "Ongeveer 1.200 reizigers per dag."


def test_modern_page_notes_links_and_references():
    doc = fixture("modern.html")
    n1, n2, n3 = doc.footnotes
    assert (n1.number, n1.text) == (
        1,
        "Dagblad Zuiderhaven, 2 maart 2024 (https://www.example.nl/nieuws/veerpont-zuiderhaven)",
    )
    assert n1.urls == ["https://www.example.nl/nieuws/veerpont-zuiderhaven"] and n1.references == []
    assert n2.text == "Aanhangsel Handelingen II, vergaderjaar 2022–2023, nr. 1777"
    assert [(r.kind, r.id) for r in n2.references] == [(RefKind.AANHANGSEL, "ah-tk-20222023-1777")]
    assert n2.urls == []  # the link to the cited document is the reference, not another URL
    assert [(r.kind, r.id) for r in n3.references] == [(RefKind.KAMERSTUK, "kst-31305-412")]
    assert "Noot" not in n1.text and "X" not in n1.text


def test_script_style_and_page_chrome_never_become_text():
    doc = fixture("modern.html")
    text = all_text(doc) + doc.source_text
    for word in ("Vraag 42", "Antwoord 42", "Antwoord 7", "Vraag 99", "Vraag 100", "alert", "font-weight", "Home"):
        assert word not in text
    assert len(doc.questions) == 3 and len(doc.answers) == 2


def test_same_document_reads_the_same_as_xml():
    html = fixture("modern.html")
    xml = parse_file(Path(__file__).parent / "fixtures" / "xml" / "modern_antwoord.xml")
    assert [(b.label, b.numbers) for b in html.questions] == [(b.label, b.numbers) for b in xml.questions]
    assert [(b.label, b.numbers) for b in html.answers] == [(b.label, b.numbers) for b in xml.answers]
    assert html.questions[0].text == xml.questions[0].text
    assert [(m.offset, m.number) for m in html.questions[0].markers] == [
        (m.offset, m.number) for m in xml.questions[0].markers
    ]
    assert html.questions[2].text == xml.questions[2].text
    assert [(f.number, f.text, [r.id for r in f.references], f.urls) for f in html.footnotes] == [
        (f.number, f.text, [r.id for r in f.references], f.urls) for f in xml.footnotes
    ]
    assert (html.id, html.ontvangen, html.zie_ook) == (xml.id, xml.ontvangen, xml.zie_ook)


def test_older_page_with_number_paragraphs():
    doc = fixture("older.html")
    assert doc.kind == Kind.ANTWOORD
    assert (doc.id, doc.vergaderjaar, doc.nummer) == ("ah-tk-20082009-611", "2008-2009", 611)
    assert doc.indieners == [Member("Van Wijngaarden-Pool", "ChristenUnie")]
    assert doc.gericht_aan == "Minister van Justitie"
    assert doc.ingezonden == date(2008, 10, 2)
    # "Antwoord van …" stands between the questions and the answers
    assert (doc.beantwoord_door, doc.ontvangen) == ("minister Hofstede (Justitie)", date(2008, 10, 30))
    assert labels(doc.questions) == [("1", ["1"], False), ("2", ["2"], False)]
    assert labels(doc.answers) == [("1", ["1"], False), ("2", ["2"], False)]
    assert doc.questions[1].paragraphs == [
        "Wat betekent dit voor de reistijd van inwoners?",
        "Kunt u dit per gemeente aangeven?",
    ]
    assert doc.answers[1].text == (
        "De reistijd neemt gemiddeld met twintig minuten toe.\n\nEen overzicht per gemeente is bijgevoegd."
    )
    assert "\n\nVraag 1\nIs het waar" in doc.source_text and "\n\nAntwoord 2\nDe reistijd" in doc.source_text


def test_postponement_page():
    doc = fixture("mededeling.html")
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


def test_notes_page_markers_links_and_aanhangsel_citation():
    doc = fixture("notes.html")
    assert (doc.id, doc.vergaderjaar, doc.nummer) == ("ah-tk-20242025-480", "2024-2025", 480)
    q1 = doc.questions[0]
    assert q1.text == "Herinnert u zich de eerdere vragen en het onderzoek van de ombudsman?"
    assert [(m.offset, m.number) for m in q1.markers] == [
        (len("Herinnert u zich de eerdere vragen"), 1), (len(q1.text), 2), (len(q1.text), 3),
    ]  # fmt: skip
    a1 = doc.answers[0]
    assert a1.text == "Ja. Het bericht is mij bekend."
    # a marker on a line of its own belongs to the end of the paragraph before it
    assert [(m.offset, m.number) for m in a1.markers] == [(len("Ja. Het bericht"), 4), (len(a1.text), 5)]
    notes = {f.number: f for f in doc.footnotes}
    assert sorted(notes) == [1, 2, 3, 4, 5]
    assert [(r.kind, r.id) for r in notes[1].references] == [(RefKind.AANHANGSEL, "ah-tk-20232024-2245")]
    assert notes[1].references[0].url == "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-2245.html"
    assert notes[2].urls == ["https://www.example.org/rapporten/2024-101.pdf"]
    # a shortened link text is the same link as its target, not a second URL
    assert notes[3].urls == ["https://www.example.nl/parkeren/teruggave-belasting-uitleg-voor-bewoners"]
    assert notes[4].text == "Kamerstukken II 2023/24, 36 418, nr. 12 en 2024D40001 Tweede alinea van de noot."
    assert [r.id for r in notes[4].references] == ["kst-36418-12"]
    assert notes[4].urls == ["https://zoek.officielebekendmakingen.nl/nds-tk-2024D40001.html"]
    assert [(r.kind, r.id) for r in notes[5].references] == [(RefKind.HANDELINGEN, "h-tk-20232024-70-9")]
    assert "\n1 Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 2245\n" in doc.source_text


def test_page_without_the_known_classes_falls_back_to_headings():
    doc = fixture("fallback.html")
    assert doc.kind == Kind.ANTWOORD and doc.id is None
    assert doc.indieners == [Member("Okonkwo-Smit", "SGP")]
    assert (doc.beantwoord_door, doc.ontvangen) == ("Minister Lammers (Defensie)", date(2024, 3, 4))
    assert labels(doc.questions) == [("1", ["1"], False), ("2a", ["2a"], False)]
    assert labels(doc.answers) == [("1 en 2a", ["1", "2a"], False), ("3", ["3"], False)]
    assert [(m.offset, m.number) for m in doc.questions[0].markers] == [(len(doc.questions[0].text), 1)]
    # a superscript after a unit is an exponent, not a note marker
    assert doc.questions[1].text == "Hoeveel daarvan 's nachts? Het gaat om m2 en km3."
    assert doc.questions[1].markers == []
    assert [m.number for m in doc.answers[0].markers] == [2]
    assert [r.id for r in doc.footnote(1).references] == ["ah-tk-20232024-1500"]
    assert doc.footnote(2).text == "Ministerie van Defensie, overzicht vluchten 2023"
    assert doc.footnote(2).urls == ["https://www.example.nl/vluchten-2023"]
    assert [len(p.questions) for p in doc.pairs()] == [2, 0]


def test_unnumbered_answer_heading_is_inferred():
    page = b"""<html><body><div class="stuk">
      <div class="vraag"><h2>Vraag 4</h2><p>Waarom?</p></div>
      <div class="antwoord"><h2>Antwoord</h2><p>Daarom.</p></div>
      <div class="vraag"><h2>Vraag 5</h2><p>En nu?</p></div>
      <div class="antwoord"><p>Zonder kop.</p></div>
    </div></body></html>"""
    doc = parse_html(page, "p.html")
    assert labels(doc.answers) == [("", ["4"], True), ("", ["5"], True)]
    assert [a.text for a in doc.answers] == ["Daarom.", "Zonder kop."]


def test_questions_only_page():
    page = """<!DOCTYPE html><html><head><meta name="DC.identifier" content="kv-tk-2024Z05123"></head><body>
      <div class="stuk"><p class="kamervraagomschrijving">Vragen van het lid Yildiz (NSC) aan de Minister van
      Volksgezondheid, Welzijn en Sport over wachttijden (ingezonden 28 maart 2024).</p>
      <div class="vraag"><h2>Vraag 1</h2><p>Hoe lang wachten patiënten?</p></div></div></body></html>"""
    doc = parse_bytes(page.encode(), "kv.html")
    assert doc.kind == Kind.VRAGEN
    assert (doc.id, doc.zaak, doc.vergaderjaar) == ("kv-tk-2024Z05123", "2024Z05123", "2023-2024")
    assert doc.questions[0].text == "Hoe lang wachten patiënten?"


def test_windows_1252_page():
    page = "<html><body><h2>Vraag 1</h2><p>Café “De Zon”?</p></body></html>".encode("cp1252")
    assert parse_bytes(page, "oud.html").questions[0].text == "Café “De Zon”?"


def test_page_that_is_not_kamervragen():
    page = b"<!DOCTYPE html><html><body><div class='stuk'><p>Een wetsvoorstel.</p></div></body></html>"
    with pytest.raises(ParseError) as err:
        parse_bytes(page, "wet.html")
    assert err.value.key == "not_kamervragen" and "wet.html" in str(err.value)


def test_deeply_nested_page_still_reads():
    page = (b"<html><body>" + b"<div>" * 20_000 + b"<h2>Vraag 1</h2><p>Diep?</p>" + b"</div>" * 20_000
            + b"</body></html>")  # fmt: skip
    start = time.perf_counter()
    doc = parse_bytes(page, "diep.html")
    assert doc.questions[0].text == "Diep?" and time.perf_counter() - start < 5


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.html")), ids=lambda p: p.name)
def test_fixtures_are_detected_as_html(path: Path):
    assert detect_format(path.read_bytes()) == "html"
    doc = parse_file(path)
    assert doc.source_format == "html"
    assert "<" not in all_text(doc).replace("<b>", "")


def test_page_with_supernote_markup():
    """The markup of the official pages as other tools' tests record it: headings with anchors inside,
    `a.nootnum supernote-click-…` markers, notes with a "X Noot" close heading and `sup > span.nootnum`."""
    from pathlib import Path

    from reader.core.parse import parse_file

    doc = parse_file(Path(__file__).parent / "fixtures" / "html" / "supernote-page.html")
    assert doc.id == "ah-tk-20152016-1580"
    assert [(q.label, q.text, q.footnotes) for q in doc.questions] == [
        ("1", "Wat is uw reactie op het bericht «Stagiairs krijgen niets»?", [1, 2])
    ]
    assert [a.text for a in doc.answers] == ["Ik heb het bericht gelezen."]
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (1, "http://example.nl/l/1234"),
        (2, "Aanhangsel Handelingen II, vergaderjaar 2014–2015, nr. 77"),
    ]
    assert doc.footnotes[0].urls == ["http://example.nl/l/1234"]
    assert [r.id for r in doc.footnotes[1].references] == ["ah-tk-20142015-77"]
