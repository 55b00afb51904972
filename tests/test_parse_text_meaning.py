"""What a copied text is and what it cites (issue 11: soort, beantwoord_in, subject, title, body citations).

Fixtures are fictional (invented members and subjects in the real layouts); the corpus tests use the
`corpus` fixture."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reader.core.model import Kind, Soort
from reader.core.parse import parse_file
from reader.core.parse_text import parse_text

ID = re.compile(r"(?:ah|kv|zaak)-[a-z0-9-]+|\d{4}Z\d{5}", re.I)

BY_LETTER = """Vragen van het lid Veldhuis (D66) aan de Minister van Infrastructuur en Waterstaat over de
fietsbrug bij Ooltgensplaat (ingezonden 3 maart 2024).
Mededeling van Minister Brandsma (Infrastructuur en Waterstaat) (ontvangen 20 maart 2024).
Vraag 1
Kent u het bericht over de fietsbrug?
Vraag 2
Wanneer gaat de brug weer open?
Mededeling
De schriftelijke vragen van het lid Veldhuis over de fietsbrug bij Ooltgensplaat (ingezonden 3 maart 2024)
zijn beantwoord middels een brief over Bruggen in de Delta (31 305-412) op 20 maart 2024.
"""

POSTPONED = BY_LETTER.replace(
    "zijn beantwoord middels een brief over Bruggen in de Delta (31 305-412) op 20 maart 2024.",
    "kunnen tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord.",
)

ORAL = """Tweede Kamer der Staten-Generaal
Vergaderjaar 2024–2025 Vragen gesteld door de leden der Kamer
2024Z30001
Mondelinge vragen van het lid Hofstede (CDA) aan de Minister voor Klimaat over het bericht «Windmolens
staan stil» (Dagblad van het Noorden, 2 december 2024) (ingezonden 3 december 2024)
kv-tk-2024Z30001
"""

FURTHER = """Vragen van het lid Jansma (VVD) aan de Minister van Financiën over de rente op spaargeld
(ingezonden 1 februari 2024).
Nader antwoord van Minister Okkerse (Financiën) (ontvangen 2 april 2024).
Vraag 1
Hoe hoog is de rente?
Antwoord 1
Dat verschilt per bank.
"""

WORD_NOTICE = """AH 777
2024Z30002
Mededeling van staatssecretaris Bakhuis (Landbouw, Visserij, Voedselzekerheid en Natuur) (ontvangen 4 december 2024)

{}

Vanwege de nodige afstemming kunnen de vragen niet binnen de gebruikelijke termijn van drie weken worden beantwoord.
""".format(
    "Op 12 november jl. hebben de leden Smit en De Wit (beiden SP) schriftelijke vragen gesteld aan de minister "
    "van Landbouw, Visserij, Voedselzekerheid en Natuur over de berichten dat Friese geiten te weinig stro krijgen."
)  # a Word paragraph is one long line

WORD_ANSWER = """AH 778

2024Z30003

Antwoord van minister Terpstra (Defensie) (ontvangen 5 december 2024)

1. Kent u het bericht over de kazerne?

Antwoord:
Ja.

2. Wat gaat u doen?

Antwoord:
Niets.
"""

CITING = """Vragen van het lid Veldhuis (D66) aan de Minister van Sociale Zaken over de regeling (ingezonden
3 maart 2021).
Antwoord van Minister Okkerse (Sociale Zaken) (ontvangen 20 maart 2021).
Vraag 1
Wanneer trad de regeling in werking?
Antwoord 1
De regeling trad in werking op 1 april (Staatsblad 2021, 42); zie ook Kamerstuk 35 420, nr. 17.
"""


def test_a_notice_of_an_answer_by_letter_names_the_letter():
    doc = parse_text(BY_LETTER)
    assert (doc.kind, doc.soort) == (Kind.MEDEDELING, Soort.PER_BRIEF)
    assert [r.id for r in doc.beantwoord_in] == ["kst-31305-412"]


def test_a_postponement_stays_a_postponement():
    doc = parse_text(POSTPONED)
    assert (doc.kind, doc.soort, doc.beantwoord_in) == (Kind.MEDEDELING, Soort.UITSTEL, [])


def test_an_oral_question_announcement_is_mondeling():
    doc = parse_text(ORAL)
    assert (doc.kind, doc.soort) == (Kind.VRAGEN, Soort.MONDELING)
    assert doc.subject and doc.subject.startswith("het bericht «Windmolens")


def test_written_questions_are_schriftelijk():
    text = ORAL.replace("Mondelinge vragen", "Vragen") + "Vraag 1\nKent u het bericht?\n"
    assert parse_text(text).soort == Soort.SCHRIFTELIJK


def test_a_further_answer_is_nader():
    assert parse_text(FURTHER).soort == Soort.NADER
    assert parse_text(FURTHER.replace("Nader antwoord", "Antwoord")).soort == Soort.ANTWOORD


def test_a_word_notice_without_a_header_sentence_gets_a_subject_and_a_title():
    doc = parse_text(WORD_NOTICE)
    assert doc.soort == Soort.UITSTEL
    assert doc.subject == "de berichten dat Friese geiten te weinig stro krijgen"
    assert doc.title and doc.title.startswith("Mededeling van staatssecretaris Bakhuis")
    assert "Friese geiten" in doc.title and not ID.fullmatch(doc.title)


def test_a_word_answer_without_a_header_sentence_is_titled_by_who_answered():
    doc = parse_text(WORD_ANSWER)
    assert doc.title == "Antwoord van minister Terpstra (Defensie) (ontvangen 5 december 2024)"


def test_citations_in_the_body_text_are_found_with_their_spans():
    doc = parse_text(CITING)
    answer = doc.answers[0]
    assert [(answer.text[c.start : c.end], c.reference.id) for c in answer.citations] == [
        ("Staatsblad 2021, 42", "stb-2021-42"),
        ("Kamerstuk 35 420, nr. 17", "kst-35420-17"),
    ]
    assert [r.id for r in answer.references] == ["stb-2021-42", "kst-35420-17"]
    assert parse_text(CITING).questions[0].citations == []


def test_a_bare_xml_fragment_gets_a_title_that_is_not_an_id(tmp_path: Path):
    path = tmp_path / "fragment.xml"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<fragmenten id="ah-tk-20192020-777">'
        '<vraag><nr status="officieel">Vraag 1</nr><al>Kent u de brug?</al></vraag>'
        '<antwoord><nr status="officieel">Antwoord 1</nr><al>Ja.</al></antwoord></fragmenten>',
        encoding="utf-8",
    )
    doc = parse_file(path)
    assert doc.title and not ID.search(doc.title)
    assert "2019–2020" in doc.title and "777" in doc.title


# ---- the corpus -------------------------------------------------------------------------------------------


def corpus_files(corpus: Path) -> list[Path]:
    files = [*(corpus / "pdf").glob("*.pdf"), *(corpus / "txt").glob("*"), *(corpus / "xml").glob("*.xml")]
    files += [p for p in (corpus / "official").glob("ah-*") if not p.name.endswith("metadata.xml")]
    files += list((corpus / "docx").glob("*.docx"))
    return sorted(files)


def test_1999_is_a_notice_of_an_answer_by_letter(corpus: Path):
    doc = parse_file(corpus / "pdf" / "ah-tk-20232024-1999.pdf")
    assert (doc.kind, doc.soort) == (Kind.MEDEDELING, Soort.PER_BRIEF)
    assert [r.id for r in doc.beantwoord_in] == ["kst-36471-64"]


def test_2024Z18775_announces_oral_questions(corpus: Path):
    doc = parse_file(corpus / "txt" / "kv-tk-2024Z18775.pypdf2.txt")
    assert (doc.kind, doc.soort) == (Kind.VRAGEN, Soort.MONDELING)


@pytest.mark.parametrize("name", ["ah-tk-20242025-545.pypdf2.txt", "ah-tk-20242025-562.pypdf2.txt"])
def test_545_and_562_are_postponements(corpus: Path, name: str):
    doc = parse_file(corpus / "txt" / name)
    assert (doc.kind, doc.soort) == (Kind.MEDEDELING, Soort.UITSTEL)


def test_every_corpus_document_has_a_title_that_is_not_an_id(corpus: Path):
    files = corpus_files(corpus)
    assert len(files) > 60
    for path in files:
        doc = parse_file(path)
        assert doc.title and doc.title.strip(), path.name
        assert not ID.fullmatch(doc.title.strip()) and doc.title != doc.id, path.name


def test_17538_names_the_buffels(corpus: Path):
    doc = parse_file(corpus / "txt" / "zaak-2024Z17538.docx.txt")
    assert doc.subject and "buffels" in doc.subject
    assert doc.title and "buffels" in doc.title


@pytest.mark.parametrize("fmt", ["xml", "html", "odt", "pdf"])
def test_3235_is_about_the_tozo_and_cites_the_staatsblad_in_every_rendering(corpus: Path, fmt: str):
    doc = parse_file(corpus / "official" / f"ah-tk-20202021-3235.{fmt}")
    assert doc.subject == "de TOZO"
    answer = doc.answers[1]
    assert [(answer.text[c.start : c.end], c.reference.id) for c in answer.citations] == [
        ("Staatsblad 2020, 118", "stb-2020-118")
    ]


# ---- the library's status follows what the parser reads ---------------------------------------------------


def test_the_library_status_follows_the_parsed_soort(corpus: Path, tmp_path: Path):
    from datetime import date

    from reader.library.search import Query
    from reader.library.store import Library

    today = date(2026, 12, 1)  # long after every deadline
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.add(parse_file(corpus / "txt" / "kv-tk-2024Z18775.pypdf2.txt"))
        lib.add(parse_file(corpus / "pdf" / "ah-tk-20232024-1999.pdf"))
        oral = lib.get("kv-tk-2024Z18775", today=today)
        assert oral is not None and (oral.soort, oral.status, oral.overdue) == ("mondeling", "oral", False)
        assert lib.query(Query(status="overdue", today=today)).total == 0
        notice = lib.get("ah-tk-20232024-1999", today=today)
        assert notice is not None
        assert (notice.soort, notice.status, notice.answer_id) == ("per-brief", "answered", "kst-36471-64")
        assert notice.answered_on == date(2024, 6, 7) and notice.by_letter and not notice.postponed
        assert lib.query(Query(status="postponed", today=today)).total == 0
