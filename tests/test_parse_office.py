"""ODT and Word: the official ODT rendering, ministries' Word answer letters, and hostile archives."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from office_files import docx, lying_bomb, many_entries, odt, w_paragraph, w_table, zip_bomb

from reader.core.errors import ParseError
from reader.core.model import Kind, Member, Soort
from reader.core.parse import detect_format, parse_bytes, parse_file

LETTERS = "docx"


def groups(doc) -> list[list[str]]:
    return [a.numbers for a in doc.answers]


def letter(corpus: Path, prefix: str) -> Path:
    return next((corpus / LETTERS).glob(f"{prefix}_*.docx"))


# ---- the four letters of the corpus: the answer groups they print -------------------------------------------


def test_letter_01_answers_three_and_eight_together_after_eight(corpus: Path):
    doc = parse_file(letter(corpus, "01"))
    assert doc.source_format == "docx"
    assert [q.label for q in doc.questions] == [str(n) for n in range(1, 9)]
    # "Antwoord op vraag 3 en 8" is printed last, after question 8; question 3 has no answer of its own
    assert groups(doc) == [["1"], ["2"], ["4"], ["5"], ["6"], ["7"], ["3", "8"]]
    assert [a.label for a in doc.answers][-1] == "3 en 8"
    pair = next(p for p in doc.pairs() if 6 in p.answers)
    assert pair.questions == [2, 7]  # the answer stands beside both of its questions
    assert (doc.id, doc.zaak, doc.kind, doc.soort) == ("kv-tk-2024Z11859", "2024Z11859", Kind.ANTWOORD, Soort.ANTWOORD)
    assert (doc.ingezonden, doc.ontvangen) == (date(2024, 7, 5), date(2024, 7, 25))
    assert doc.beantwoord_door == "Minister Van Weel (Justitie en Veiligheid)"
    assert doc.gericht_aan == "Minister van Justitie en Veiligheid"
    assert [m.name for m in doc.indieners] == ["Mutluer", "Lahlah", "Boswijk", "Helder"]
    assert doc.subject == "de sluiting van het politiebureau in Wolvega"
    assert doc.title and doc.title.startswith("Antwoorden van de minister van Justitie en Veiligheid op Kamervragen")
    assert doc.answers[-1].text.endswith("wordt daarin meegenomen.")


def test_letter_03_grouped_answers_and_notes(corpus: Path):
    doc = parse_file(letter(corpus, "03"))
    assert [q.label for q in doc.questions] == [str(n) for n in range(1, 11)]
    # "Antwoord op vragen 7, 8, en 9": the stray comma does not lose the group
    assert groups(doc) == [["1"], ["2", "3"], ["4", "5"], ["6"], ["7", "8", "9"], ["10"]]
    assert doc.id == "kv-tk-2023Z19677" and doc.ingezonden == date(2023, 12, 6) and doc.ontvangen == date(2024, 1, 11)
    assert doc.beantwoord_door == "Minister Yeşilgöz-Zegerius (Justitie en Veiligheid)"
    assert doc.indieners == [Member("Temmink", "SP"), Member("Van Nispen", "SP")]
    # the questions' notes, printed as a numbered list after the last answer, and Word's own note after them
    assert [(f.number, f.text[:20]) for f in doc.footnotes] == [
        (1, "Geen spoed wel brand"),
        (2, "Contact marechaussee"),
        (3, "Kamerstukken, 2022-2"),
    ]
    assert [r.id for r in doc.footnotes[2].references] == ["kst-29628-1135"]
    assert doc.questions[1].footnotes == [1] and doc.questions[1].text.endswith("tarieven vraagt?")
    assert doc.answers[-1].footnotes == [3] and "Brandweer" not in doc.answers[-1].text


def test_letter_05_twenty_two_questions_and_bracketed_notes(corpus: Path):
    doc = parse_file(letter(corpus, "05"))
    assert [q.label for q in doc.questions] == [str(n) for n in range(1, 23)]
    expected = [[str(n)] for n in range(1, 11)] + [["11", "12", "13"]] + [[str(n)] for n in range(14, 23)]
    assert groups(doc) == expected
    assert doc.beantwoord_door == (
        "Minister Van Weel (Justitie en Veiligheid), mede namens de Minister van Landbouw, Visserij, "
        "Voedselzekerheid en Natuur"
    )
    assert doc.id == "kv-tk-2024Z11889" and doc.indieners == [Member("Teunissen", "PvdD")]
    assert doc.questions[0].footnotes == [1, 2] and "[1]" not in doc.questions[0].text
    assert [f.number for f in doc.footnotes] == [1, 2, 3, 4, 5]
    assert doc.footnotes[1].urls == [
        "https://www.rtvoost.nl/nieuws/2371937/politiehond-die-zich-tegen-arrestatieteam-in-dalfsen-keerde-overleden"
    ]
    assert "rtvoost" not in doc.answers[-1].text  # the notes are not the last answer's text


def test_letter_07_answers_without_a_heading_after_bold_questions(corpus: Path):
    doc = parse_file(letter(corpus, "07"))
    assert [q.label for q in doc.questions] == ["1", "2", "3", "4", "5", "6"]
    # printed groups: 1, 2, "3 en 4"; questions 5 and 6 are followed by their answers without a heading
    assert groups(doc) == [["1"], ["2"], ["3", "4"], ["5"], ["6"]]
    assert [a.inferred for a in doc.answers] == [False, False, False, True, True]
    assert doc.questions[4].text.endswith("waarom bent u niet bereid tot een dergelijk onderzoek?")
    assert doc.answers[3].text.startswith("Er wordt middels het Handelingskader")
    assert [f.number for f in doc.footnotes] == [1, 2, 3, 4]
    assert doc.questions[2].text.startswith("Kent u het Handelingskader aanpak personen verward gedrag waarin")


# ---- fictional letters: each rule on its own -----------------------------------------------------------------

COVER = [
    w_paragraph("Datum"),
    w_paragraph("3 maart 2025"),
    w_paragraph("Betreft Beantwoording Kamervragen over de veerdienst"),
    w_paragraph(
        "In antwoord op uw brief van 10 februari 2025, nr. 2025Z01234, deel ik u mede dat de vragen van het lid "
        "Visser (D66) aan de staatssecretaris van Infrastructuur en Waterstaat over de veerdienst naar Urk worden "
        "beantwoord zoals aangegeven in de bijlage van deze brief."
    ),
    w_paragraph("De staatssecretaris van Infrastructuur en Waterstaat,"),
    w_paragraph("J.K. de Boer"),
    w_paragraph("Antwoorden van de staatssecretaris van Infrastructuur en Waterstaat op Kamervragen van het lid", True),
    w_paragraph("Visser (D66) over de veerdienst naar Urk.", True),
]


def test_fictional_letter_fields_order_and_table():
    data = docx(
        [
            *COVER,
            w_paragraph("Vraag 1", True),
            w_paragraph("Vaart de veerdienst nog?", True),
            w_paragraph("Vraag 2", True),
            w_paragraph("Hoeveel reizigers zijn er?", True),
            w_paragraph("Antwoord op vraag 2", True),
            w_paragraph("Zie de tabel (Staatsblad 2024, 12).", footnote=1),
            w_table([["Jaar", "Reizigers"], ["2023", "1.200"], ["2024", "1.350"]]),
            w_paragraph("Antwoord op vraag 1", True),
            w_paragraph("Ja."),
        ],
        footnotes={1: "Kamerstuk 36 200 XII, nr. 12"},
    )
    doc = parse_bytes(data, "brief.docx")
    assert (doc.id, doc.ingezonden, doc.ontvangen) == ("kv-tk-2025Z01234", date(2025, 2, 10), date(2025, 3, 3))
    assert doc.beantwoord_door == "Staatssecretaris De Boer (Infrastructuur en Waterstaat)"
    assert doc.gericht_aan == "Staatssecretaris van Infrastructuur en Waterstaat"
    assert doc.subject == "de veerdienst naar Urk"
    assert doc.title == (
        "Antwoorden van de staatssecretaris van Infrastructuur en Waterstaat op Kamervragen van het lid Visser (D66) "
        "over de veerdienst naar Urk."
    )
    assert groups(doc) == [["2"], ["1"]]  # printed out of order, each answer beside its question
    assert [(p.questions, p.answers) for p in doc.pairs()] == [([0], [1]), ([1], [0])]
    a2 = doc.answers[0]
    assert a2.text == "Zie de tabel (Staatsblad 2024, 12)."
    assert [c.reference.id for c in a2.citations] == ["stb-2024-12"]
    assert [t.rows for t in a2.tables] == [[["Jaar", "Reizigers"], ["2023", "1.200"], ["2024", "1.350"]]]
    assert a2.footnotes == [1] and [r.id for r in doc.footnotes[0].references] == ["kst-36200-XII-12"]


def test_an_answer_list_at_the_end_is_not_taken_for_notes():
    data = docx(
        [
            *COVER,
            w_paragraph("Vraag 1", True),
            w_paragraph("Welke maatregelen neemt u?", True),
            w_paragraph("Antwoord op vraag 1", True),
            w_paragraph("Ik neem de volgende maatregelen:"),
            w_paragraph("een extra boot;", numbered=True),
            w_paragraph("een betere dienstregeling.", numbered=True),
        ]
    )
    doc = parse_bytes(data, "lijst.docx")
    assert doc.footnotes == []
    assert doc.answers[0].text.endswith("een extra boot;\n\neen betere dienstregeling.")


def test_a_word_file_that_is_no_kamervragen_letter():
    data = docx([w_paragraph("Notulen van de vergadering"), w_paragraph("Aanwezig: iedereen.")])
    with pytest.raises(ParseError) as err:
        parse_bytes(data, "notulen.docx")
    assert err.value.key == "docx_not_kamervragen"


# ---- ODT -----------------------------------------------------------------------------------------------------


def test_official_odt(corpus: Path):
    doc = parse_file(corpus / "official" / "ah-tk-20202021-3235.odt")
    assert doc.source_format == "odt"
    assert (doc.id, doc.kind, doc.soort, doc.subject) == (
        "ah-tk-20202021-3235",
        Kind.ANTWOORD,
        Soort.ANTWOORD,
        "de TOZO",
    )
    assert [q.label for q in doc.questions] == [str(n) for n in range(1, 10)]
    assert groups(doc) == [[str(n)] for n in range(1, 10)]
    answer = doc.answers[1]
    assert [(answer.text[c.start : c.end], c.reference.id) for c in answer.citations] == [
        ("Staatsblad 2020, 118", "stb-2020-118")
    ]


def test_fictional_odt_notes_links_tables_and_notice():
    body = (
        '<text:p text:style-name="kamervraagnummer">2002</text:p>'
        "<text:p>Vragen van het lid Kok (SP) aan de Minister van Financiën over de munten (ingezonden 1 maart 2024)."
        "</text:p><text:p>Antwoord van Minister Jansen (Financiën) (ontvangen 20 maart 2024).</text:p>"
        '<text:p>Vraag 1</text:p><text:p>Hoeveel munten zijn er?<text:note text:note-class="footnote">'
        "<text:note-citation>1</text:note-citation><text:note-body><text:p>Zie "
        '<text:a xlink:href="https://zoek.officielebekendmakingen.nl/kst-36200-IX-5.html">Kamerstuk 36 200 IX, nr. 5'
        "</text:a>.</text:p></text:note-body></text:note></text:p>"
        '<text:p>Antwoord 1</text:p><text:p>Zie <text:a xlink:href="stb-2023-7.html">het besluit</text:a>.</text:p>'
        '<table:table><table:table-row><table:table-cell table:number-columns-spanned="2"><text:p>Munten</text:p>'
        "</table:table-cell><table:covered-table-cell/></table:table-row><table:table-row><table:table-cell>"
        "<text:p>1 euro</text:p></table:table-cell><table:table-cell><text:p>12</text:p></table:table-cell>"
        "</table:table-row></table:table>"
    )
    doc = parse_bytes(odt(body, {"OVERHEIDop.ParlID/DC.identifier": "ah-tk-20232024-2002"}), "munten.odt")
    assert (doc.id, doc.nummer, doc.ontvangen) == ("ah-tk-20232024-2002", 2002, date(2024, 3, 20))
    q = doc.questions[0]
    assert q.text == "Hoeveel munten zijn er?" and q.footnotes == [1]
    assert [r.id for r in doc.footnotes[0].references] == ["kst-36200-IX-5"]
    a = doc.answers[0]
    assert [(a.text[c.start : c.end], c.reference.id) for c in a.citations] == [("het besluit", "stb-2023-7")]
    assert [t.rows for t in a.tables] == [[["Munten", ""], ["1 euro", "12"]]]


# ---- hostile and broken archives -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["brief.docx", "tekst.odt"])
def test_an_office_name_that_is_not_a_zip(name: str):
    with pytest.raises(ParseError) as err:
        parse_bytes(b"Vraag 1\nWaarom?\nAntwoord 1\nDaarom.\n", name)
    assert err.value.key == "office_not_zip"
    assert name in err.value.message("en") and "not a zip archive" in err.value.message("en")


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    data = zip_bomb(megabytes=40)
    assert len(data) < 200_000 and detect_format(data) == "zip"
    start = time.perf_counter()
    with pytest.raises(ParseError) as err:
        parse_bytes(data, "bom.docx")
    assert err.value.key == "zip_too_large"
    assert time.perf_counter() - start < 1  # refused from the declared size: nothing was inflated


def test_a_bomb_that_lies_about_its_size_is_refused_while_reading():
    start = time.perf_counter()
    with pytest.raises(ParseError) as err:
        parse_bytes(lying_bomb(real_megabytes=40), "leugen.docx")
    # zipfile stops at the declared size and the checksum then fails: never more than the declared kilobyte
    assert err.value.key in ("zip_damaged", "zip_too_large")
    assert time.perf_counter() - start < 1


def test_thousands_of_entries_are_refused_before_zipfile_reads_them(monkeypatch: pytest.MonkeyPatch):
    import reader.core.safe_zip as safe_zip

    def never(*_args: object) -> None:
        raise AssertionError("zipfile was asked to read the archive")

    data = many_entries(5000)
    monkeypatch.setattr(safe_zip.zipfile, "ZipFile", never)
    with pytest.raises(ParseError) as err:
        parse_bytes(data, "veel.docx")
    assert err.value.key == "zip_too_many_entries"
    assert "5001 files (at most 1000)" in err.value.message("en")


def test_a_damaged_zip_and_a_zip_of_something_else():
    with pytest.raises(ParseError) as err:
        parse_bytes(zip_bomb(megabytes=1)[:300], "kapot.docx")
    assert err.value.key == "zip_damaged"
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("foto.jpg", b"\xff\xd8\xff")
    with pytest.raises(ParseError) as err:
        parse_bytes(buf.getvalue(), "fotos.zip")
    assert err.value.key == "zip_unknown"


def test_bad_office_files_one_line_each_and_the_others_still_parse(tmp_path: Path, corpus: Path):
    files = {
        "not_zip.docx": b"Dit is geen Word-bestand.\n",
        "bom.docx": zip_bomb(megabytes=40),
        "veel.odt": many_entries(3000),
        "notulen.docx": docx([w_paragraph("Notulen"), w_paragraph("Aanwezig: iedereen.")]),
    }
    paths = []
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
        paths.append(str(tmp_path / name))
    good = str(corpus / "official" / "ah-tk-20202021-3235.odt")
    env = dict(os.environ, LANG="C", LC_ALL="C", QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "reader", "parse", "--jsonl", paths[0], good, *paths[1:]],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1 and "Traceback" not in proc.stderr + proc.stdout
    lines = [json.loads(x) for x in proc.stdout.splitlines()]
    assert lines[1]["id"] == "ah-tk-20202021-3235" and len(lines[1]["answers"]) == 9
    errors = [x["error"] for x in lines if "error" in x]
    assert len(errors) == 4
    assert "not a zip archive" in errors[0] and "zip bomb" in errors[1]
    assert "3001" in errors[2] and "not an answer letter" in errors[3]


def test_bad_office_files_store_nothing(tmp_path: Path, corpus: Path):
    from reader.library.importer import Importer
    from reader.library.store import Library

    bad = {"bom.docx": zip_bomb(megabytes=40), "veel.docx": many_entries(3000), "leeg.odt": b"PK\x05\x06" + b"\0" * 18}
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    good = corpus / "official" / "ah-tk-20202021-3235.odt"
    with Library(tmp_path / "lib.sqlite3") as lib:
        summary = Importer(lib).run([tmp_path / n for n in bad] + [good])
        assert lib.ids() == ["ah-tk-20202021-3235"]
        assert sorted(f.key for f in summary.failed) == sorted(["zip_too_large", "zip_too_many_entries", "zip_unknown"])


def test_a_hostile_cover_letter_costs_linear_time():
    """Everything before the first question is the cover letter: its fields are read by bounded steps."""
    from test_parse_markup_growth import cpu_time

    unit = "de vragen van de leden Visser (D66) aan de minister over de dijk worden en zijn " * 4

    def letter_with_cover(n: int) -> bytes:
        cover = [w_paragraph(unit * n), w_paragraph("Datum " * n), w_paragraph("De Minister van Financiën,")]
        return docx([*cover, w_paragraph("Vraag 1", True), w_paragraph("Waarom?", True), w_paragraph("Daarom.")])

    small, big = letter_with_cover(400), letter_with_cover(800)
    assert parse_bytes(big, "dekking.docx").answers[0].text == "Daarom."
    t1, t2 = cpu_time(small, "dekking.docx", 3), cpu_time(big, "dekking.docx", 3)
    assert t2 / max(t1, 0.02) <= 3.0
