"""The text parser on the layouts users have, written here as fictional documents in the real layouts,
and on the real seed text of the shared corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.core.errors import ParseError
from reader.core.model import Kind
from reader.core.parse import parse_bytes, parse_file
from reader.core.parse_text import parse_text

CORPUS = Path(os.environ.get("KAMERVRAGEN_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS}")


def pairs_of(doc):
    return [
        ([doc.questions[i].label for i in p.questions], [doc.answers[i].label for i in p.answers]) for p in doc.pairs()
    ]


# ---- the seed ------------------------------------------------------------------------------------------


@needs_corpus
def test_seed_groups_and_citations():
    doc = parse_file(CORPUS / "txt" / "seed-ah-tk-20182019-2752.txt")
    assert doc.kind is Kind.ANTWOORD
    assert [q.numbers for q in doc.questions] == [["1", "2"], ["3", "4"], ["5", "6"]]
    assert [a.numbers for a in doc.answers] == [["1", "2"], ["3", "4"], ["5", "6"]]
    assert pairs_of(doc) == [(["1, 2"], ["1, 2"]), (["3, 4"], ["3, 4"]), (["5, 6"], ["5, 6"])]
    assert [f.number for f in doc.footnotes] == [1, 2]
    for note in doc.footnotes:
        assert [r.id for r in note.references] == ["ah-tk-20182019-1989"]
        assert note.references[0].url == "https://zoek.officielebekendmakingen.nl/ah-tk-20182019-1989.html"
    # the markers stand where the document prints them: "doodsbang worden?1", "eerdere vragen2"
    assert doc.questions[0].footnotes == [1]
    assert doc.answers[0].footnotes == [2]
    q = doc.questions[0]
    assert q.text[q.markers[0].offset - len("worden?") : q.markers[0].offset] == "worden?"
    # the note texts and the running footer are not in the answer; the text after the notes is
    assert "Aanhangsel Handelingen" not in doc.answers[0].text
    assert "Tweede Kamer, vergaderjaar" not in doc.answers[2].text
    assert doc.answers[0].text.rstrip().endswith("bestaat geen aanleiding.")
    assert "gesprekstechniek" in doc.answers[1].text  # "gespreks-" + "techniek" rejoined
    assert doc.vergaderjaar == "2018-2019"
    assert [(m.name, m.party) for m in doc.indieners] == [("Gijs van Dijk", "PvdA"), ("Kerstens", "PvdA")]
    assert str(doc.ingezonden) == "2019-03-29" and str(doc.ontvangen) == "2019-05-21"


# ---- fictional documents in the real layouts -----------------------------------------------------------

OFFICIAL_PDF_TEXT = """Tweede Kamer der Staten-Generaal 2
Vergaderjaar 2024–2025 Aanhangsel van de Handelingen
Vragen gesteld door de leden der Kamer, met de daarop door de
regering gegeven antwoorden
1807
Vragen van de leden Van Velzen en De Wit-Haring (beiden Partij voor de Test) aan de
Minister van Binnenlandse Zaken over fietsenstallingen bij stations (ingezonden
4 februari 2025).
Antwoord van Minister Bakker (Binnenlandse Zaken) (ontvangen 3 maart 2025).
Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1650.
Vraag 1
Bent u bekend met het bericht over overvolle stallingen?1
Antwoord 1
Ja.
Vraag 2
Hoeveel plekken zijn er?
Vraag 3
En hoeveel worden er gebruikt?
Antwoord 2 en 3
Er zijn circa 500.000 plekken, waarvan het merendeel dagelijks wordt ge\ufffe
bruikt.2
1 Dagblad van het Oosten, 2 februari 2025, https://www.example.nl/nieuws/2025/02/fiets\ufffe
stallingen-vol
2 Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 412
ah-tk-20242025-1807
ISSN 0921 - 7398
’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1
\fVraag 4a
Wat kost het?
Antwoord 4a
Dat is niet bekend.
Vraag 5
Wanneer komt er meer ruimte?
Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 2
"""


def test_official_pdf_layout():
    doc = parse_text(OFFICIAL_PDF_TEXT, "t.txt")
    assert doc.id == "ah-tk-20242025-1807"
    assert doc.nummer == 1807 and doc.vergaderjaar == "2024-2025"
    assert [r.id for r in doc.zie_ook] == ["ah-tk-20242025-1650"]
    assert [(m.name, m.party) for m in doc.indieners] == [
        ("Van Velzen", "Partij voor de Test"),
        ("De Wit-Haring", "Partij voor de Test"),
    ]
    assert doc.gericht_aan == "Minister van Binnenlandse Zaken"
    assert doc.beantwoord_door == "Minister Bakker (Binnenlandse Zaken)"
    assert [q.label for q in doc.questions] == ["1", "2", "3", "4a", "5"]
    assert [a.numbers for a in doc.answers] == [["1"], ["2", "3"], ["4a"]]
    # a grouped answer gathers the separately printed questions; the last question has no answer
    assert pairs_of(doc) == [(["1"], ["1"]), (["2", "3"], ["2 en 3"]), (["4a"], ["4a"]), (["5"], [])]
    assert doc.answers[1].text == "Er zijn circa 500.000 plekken, waarvan het merendeel dagelijks wordt gebruikt."
    notes = {f.number: f for f in doc.footnotes}
    assert notes[1].urls == ["https://www.example.nl/nieuws/2025/02/fiets-stallingen-vol"]
    assert [r.id for r in notes[2].references] == ["ah-tk-20232024-412"]
    assert doc.answers[1].footnotes == [2] and doc.questions[0].footnotes == [1]
    assert "Tweede Kamer" not in doc.questions[4].text


PYPDF_TEXT = """Tweede Kamer der Staten-Generaal2
Vergaderjaar 2024–2025  Aanhangsel van de Handelingen
Vragen gesteld door de leden der Kamer, met de daarop door de
regering gegeven antwoorden
1812
Vragen van het lid Smit (Testpartij) aan de Minister van Infrastructuur over de vuurtoren van
Oostduin (ingezonden 1 april 2025).
Antwoord van Minister Jansen (Infrastructuur) (ontvangen 22 april 2025).
Vraag 1
Kent u het bericht over de vuurtoren?
1 2
Antwoord 1
Ja. Het onderhoud is
3 Er loopt nog een aanbesteding. Die wordt in mei afgerond.
Vraag 2 t/m 4
Wie betaalt het onderhoud? Wanneer is het klaar? Wat kost het?
Antwoord 2 tot en met 4
Het Rijk betaalt, zie de Kamerbrief van 12 maart 20254.
1Omroep Oost, 30 maart 2025, «Vuurtoren in verval»
2Kamerstuk 36 600 XII, nr. 45
3Kamerstukken II 2024/25, 29 684, nr. 250
4Kamerstuk 29 684, nr. 251
ah-tk-20242025-1812
ISSN 0921 - 7398’s-Gravenhage 2025Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1Antwoord vraag 5:
Dat volgt later.
"""


def test_pypdf_layout_glued_notes_and_footer():
    doc = parse_text(PYPDF_TEXT, "t.txt")
    assert doc.id == "ah-tk-20242025-1812"
    assert [q.numbers for q in doc.questions] == [["1"], ["2", "3", "4"]]
    assert [a.numbers for a in doc.answers] == [["1"], ["2", "3", "4"], ["5"]]
    assert doc.answers[2].text == "Dat volgt later."  # glued to the page-1 footer
    notes = {f.number: [r.id for r in f.references] for f in doc.footnotes}
    assert notes == {1: [], 2: ["kst-36600-XII-45"], 3: ["kst-29684-250"], 4: ["kst-29684-251"]}
    assert doc.questions[0].footnotes == [1, 2]  # the line "1 2"
    assert doc.answers[0].footnotes == [3]  # "3 Er loopt …" at a line start
    assert doc.answers[0].text.startswith("Ja. Het onderhoud is Er loopt")
    assert doc.answers[1].footnotes == [4]  # "20254" = 2025 + marker 4
    assert "2025." in doc.answers[1].text
    # an answer naming no printed question is kept
    assert pairs_of(doc)[-1] == ([], ["5"])


MARKDOWN_TEXT = """# 2

#### Vergaderjaar 2024–2025 Aanhangsel van de Handelingen

**Vragen gesteld door de leden der Kamer, met de daarop door de**
**regering gegeven antwoorden**

### 1820

Vragen van het lid Pietersen (Testpartij) aan de Staatssecretaris van Onderwijs over
_schoolmaaltijden (ingezonden 5 mei 2025)._

Antwoord van Staatssecretaris Visser (Onderwijs) (ontvangen 26 mei 2025).

Vraag 1
Hoeveel scholen doen mee?[1 ]

Antwoord 1
Honderd scholen.[2][3 ]

1 Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1701.

2 https://www.example.org/rapport.

3 Kamerstuk 36 600 VIII, nr. 9.

h tk 20242025 1820

-----
"""


def test_markdown_layout():
    doc = parse_text(MARKDOWN_TEXT, "t.md")
    assert doc.id == "ah-tk-20242025-1820"  # the logo "# 2" is not the number
    assert doc.title and doc.title.endswith("(ingezonden 5 mei 2025).")
    assert doc.questions[0].text == "Hoeveel scholen doen mee?"
    assert doc.questions[0].footnotes == [1] and doc.answers[0].footnotes == [2, 3]
    assert [f.urls for f in doc.footnotes] == [[], ["https://www.example.org/rapport"], []]
    assert [r.id for r in doc.footnotes[0].references] == ["ah-tk-20242025-1701"]


POSTPONEMENT = """Tweede Kamer der Staten-Generaal2
Vergaderjaar 2024–2025 Aanhangsel van de Handelingen
Vragen gesteld door de leden der Kamer, met de daarop door de
regering gegeven antwoorden
1650
Vragen van het lid Smit (Testpartij) aan de Minister van Infrastructuur over het
geluid van vliegveld Heidebroek (ingezonden 10 januari 2025).
Mededeling van Minister Jansen (Infrastructuur) (ontvangen 31 januari 2025).
Vraag 1
Kent u de klachten?
Vraag 2
Wat gaat u doen?
Mededeling
De vragen van het lid Smit kunnen tot mijn spijt niet binnen de gebruikelijke termijn worden
beantwoord, omdat nog informatie nodig is.
ah-tk-20242025-1650
ISSN 0921 - 7398’s-Gravenhage 2025Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel 1
"""


def test_postponement_notice():
    doc = parse_text(POSTPONEMENT, "t.txt")
    assert doc.kind is Kind.MEDEDELING
    assert doc.id == "ah-tk-20242025-1650"
    assert [q.label for q in doc.questions] == ["1", "2"] and doc.answers == []
    assert doc.mededeling and doc.mededeling.startswith("De vragen van het lid Smit")
    assert all(not p.answers for p in doc.pairs())


WORD_DRAFT = """AH 612

2025Z01234

Antwoord van minister De Boer (Justitie) (ontvangen 20 februari 2025)

Vraag 1
Kent u het rapport? 1)

Antwoord op vraag 1
Ja.

Vraag 2
Deelt u de zorgen?

Vraag 3
Wat doet u eraan?

Antwoord op vraag 2 en 3
Ja, en ik kom met een plan.

1) Nieuwsblad, 3 februari 2025 (www.example.nl/rapport-x)
"""


def test_word_draft():
    doc = parse_text(WORD_DRAFT, "t.txt")
    assert doc.nummer == 612 and doc.zaak == "2025Z01234"
    assert doc.vergaderjaar == "2024-2025"  # from the date received: not printed in a draft
    assert [a.numbers for a in doc.answers] == [["1"], ["2", "3"]]
    assert doc.footnotes[0].urls == ["www.example.nl/rapport-x"]
    assert doc.questions[0].footnotes == [1] and doc.questions[0].text == "Kent u het rapport?"


WORD_NUMBERED = """AH 618

2025Z 02345

Antwoord van minister De Boer (Defensie) (ontvangen 21 februari 2025)

1. Kunt u bevestigen dat de oefening doorgaat?

Antwoord:
Ja.

2. Wie doen er mee?

Antwoord:
Vijf landen.
"""


def test_word_numbered_questions_with_bare_answers():
    doc = parse_text(WORD_NUMBERED, "t.txt")
    assert doc.zaak == "2025Z02345"
    assert [(q.label, q.text) for q in doc.questions] == [
        ("1", "Kunt u bevestigen dat de oefening doorgaat?"),
        ("2", "Wie doen er mee?"),
    ]
    assert [(a.numbers, a.text, a.inferred) for a in doc.answers] == [
        (["1"], "Ja.", True),
        (["2"], "Vijf landen.", True),
    ]


QUESTIONS_ONLY = """Tweede Kamer der Staten-Generaal2
Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer

2025Z03456
Vragen van het lid Pietersen (Testpartij) aan de Minister van Cultuur over de bibliotheekpas
(ingezonden 14 maart 2025).
Vraag 1
Klopt het bericht?
Vraag 2
Wat vindt u ervan?
kv-tk-2025Z03456
’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2024–2025, Vragen
"""


def test_questions_only():
    doc = parse_text(QUESTIONS_ONLY, "t.txt")
    assert doc.kind is Kind.VRAGEN
    assert doc.id == "kv-tk-2025Z03456"
    assert doc.vergaderjaar == "2024-2025" and doc.nummer is None
    assert [q.text for q in doc.questions] == ["Klopt het bericht?", "Wat vindt u ervan?"]


PDFTOTEXT_SEPARATED = """Vragen van het lid Smit (Testpartij) aan de Minister van Cultuur over musea
(ingezonden 2 juni 2025).
Antwoord van Minister Visser (Cultuur) (ontvangen 20 juni 2025).
Vraag 1
Kent u het bericht?1
Antwoord 1
Ja, zie ook de brief2.

1
2

ah-tk-20242025-2001
ISSN 0921 - 7398
’s-Gravenhage 2025

Krant van Noord, 1 juni 2025
Kamerstuk 31 482, nr. 77

Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel

1

Vraag 2
Wat doet u?
Antwoord 2
Niets.
"""


def test_pdftotext_separated_note_numbers():
    doc = parse_text(PDFTOTEXT_SEPARATED, "t.txt")
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (1, "Krant van Noord, 1 juni 2025"),
        (2, "Kamerstuk 31 482, nr. 77"),
    ]
    assert [r.id for r in doc.footnotes[1].references] == ["kst-31482-77"]
    assert doc.answers[0].text == "Ja, zie ook de brief."
    assert [a.text for a in doc.answers] == ["Ja, zie ook de brief.", "Niets."]


def test_unnumbered_answer_follows_its_question():
    text = (
        "Vragen van het lid Smit (Testpartij) aan de Minister van Cultuur over X (ingezonden 2 juni 2025).\n"
        "Antwoord van Minister Visser (Cultuur) (ontvangen 20 juni 2025).\n"
        "Vraag 1\nEen?\nAntwoord 1\nJa.\nVraag 2\nTwee?\nAntwoord\nNee.\n"
    )
    doc = parse_text(text)
    assert [(a.numbers, a.inferred) for a in doc.answers] == [(["1"], False), (["2"], True)]


@pytest.mark.parametrize(
    "text",
    ["", "Dit is een boodschappenlijst.\nMelk\nBrood\n", "Vraagstukken van de dag\nNiets hier.\n"],
)
def test_not_kamervragen(text):
    with pytest.raises(ParseError):
        parse_bytes(text.encode(), "x.txt")


def test_encodings_cp1252_and_latin1():
    text = OFFICIAL_PDF_TEXT.replace("\ufffe", "-").replace("’", "'")
    for enc in ("cp1252", "latin-1"):
        data = text.replace("–", "-").encode(enc)
        doc = parse_bytes(data, "x.txt")
        assert doc.id == "ah-tk-20242025-1807"
    doc = parse_bytes(
        "Vragen van het lid Müller (Testpartij) aan de Minister van X over Y (ingezonden 2 juni 2025).\n"
        "Vraag 1\nWaarom één?\n".encode("cp1252"),
        "x.txt",
    )
    assert doc.indieners[0].name == "Müller" and doc.questions[0].text == "Waarom één?"


def test_bare_number_questions_and_inline_headings():
    bare = (
        "Vragen van het lid Smit (Testpartij) aan de Minister van Cultuur over X (ingezonden 2 juni 2025).\n"
        "Antwoord van Minister Visser (Cultuur) (ontvangen 20 juni 2025).\n"
        "1\nKent u het bericht?\nAntwoord\nJa.\n2\nWat doet u?\nAntwoord\nNiets.\n"
    )
    doc = parse_text(bare)
    assert [(q.label, q.text) for q in doc.questions] == [("1", "Kent u het bericht?"), ("2", "Wat doet u?")]
    assert [(a.numbers, a.text) for a in doc.answers] == [(["1"], "Ja."), (["2"], "Niets.")]
    inline = (
        "Vragen van het lid Smit (Testpartij) aan de Minister van Cultuur over X (ingezonden 2 juni 2025).\n"
        "Vraag 1: Kent u het bericht?\nAntwoord 1: Ja.\nVraag 2. Wat doet u?\nAntwoord 2. Niets.\n"
    )
    doc = parse_text(inline)
    assert [(q.label, q.text) for q in doc.questions] == [("1", "Kent u het bericht?"), ("2", "Wat doet u?")]
    assert [a.text for a in doc.answers] == ["Ja.", "Niets."]


def _shape(doc):
    return (
        [q.numbers for q in doc.questions],
        [a.numbers for a in doc.answers],
        [(f.number, [r.id for r in f.references]) for f in doc.footnotes],
        doc.id,
    )


SAMPLE_DIR = Path(__file__).resolve().parents[1] / "resources" / "samples"
STABLE_INPUTS = sorted(SAMPLE_DIR.glob("*.txt")) + (sorted((CORPUS / "txt").glob("*.txt")) if CORPUS.is_dir() else [])


@pytest.mark.parametrize("path", STABLE_INPUTS, ids=lambda p: p.name)
def test_structure_survives_benign_changes(path):
    """Line ends, trailing blanks, tabs and non-breaking spaces do not change what the parser finds."""
    text = path.read_text(encoding="utf-8")
    base = _shape(parse_text(text, path.name))
    for variant in (
        text.replace("\n", "\r\n"),
        "\n".join(line + "  " for line in text.split("\n")),
        "\n".join("\t" + line if line.strip() else line for line in text.split("\n")),
        text.replace(" ", "\u00a0", 50),
        "\n\n" + text + "\n\n",
    ):
        assert _shape(parse_text(variant, path.name)) == base


def test_spacing_accents_go_back_on_their_letters():
    text = (
        "Vragen van het lid Kostic ´ (Testpartij) aan de Minister van X over Y (ingezonden 2 juni 2025).\n"
        "Antwoord van Minister Yes¸ilgo¨z (X) (ontvangen 20 juni 2025).\n"
        "Vraag 1\nKent u zo´n bericht?\nAntwoord 1\nJa.\n"
    )
    doc = parse_text(text)
    assert doc.indieners[0].name == "Kostić"
    assert doc.beantwoord_door == "Minister Yeşilgöz (X)"
    assert doc.questions[0].text == "Kent u zo´n bericht?"


def test_older_layout_all_questions_then_all_answers():
    text = (
        "Vragen van het lid Smit (Testpartij) aan de minister van Cultuur over musea. (Ingezonden 5 maart 2008)\n"
        "1\nKent u het bericht?\n2\nWat doet u?\n3\nWanneer?\n"
        "Antwoord van minister Visser (Cultuur). (Ontvangen 26 maart 2008)\n"
        "Antwoord\n1\nJa.\n2\nNiets.\n3\nNooit.\n"
    )
    doc = parse_text(text)
    assert [(q.label, q.text) for q in doc.questions] == [
        ("1", "Kent u het bericht?"),
        ("2", "Wat doet u?"),
        ("3", "Wanneer?"),
    ]
    assert [(a.numbers, a.text) for a in doc.answers] == [(["1"], "Ja."), (["2"], "Niets."), (["3"], "Nooit.")]
    assert doc.beantwoord_door == "minister Visser (Cultuur)"
    assert str(doc.ingezonden) == "2008-03-05" and str(doc.ontvangen) == "2008-03-26"


def test_eerste_kamer_document():
    text = (
        "Eerste Kamer der Staten-Generaal 1\nVergaderjaar 2024–2025 Aanhangsel van de Handelingen\n"
        "Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n12\n"
        "Vragen van het lid Smit (Testpartij) aan de regering over de dijken (ingezonden 2 juni 2025).\n"
        "Antwoord van Minister Visser (Infrastructuur) (ontvangen 20 juni 2025).\n"
        "Vraag 1\nKent u het bericht?\nAntwoord 1\nJa.\n"
        "ah-ek-20242025-12\nISSN 0921 - 7398\n’s-Gravenhage 2025 Eerste Kamer, vergaderjaar 2024–2025, Aanhangsel 1\n"
    )
    doc = parse_text(text)
    assert doc.id == "ah-ek-20242025-12" and doc.chamber == "ek"
    assert doc.answers[0].text == "Ja."
