"""Tables printed in an answer: from a PDF by the positions of its text, from -layout and tab-separated text;
lists and prose with two spaces stay text; the table stands at its place and is not also in the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.model import Marker
from reader.core.parse import parse_bytes, parse_file
from reader.core.parse_text import parse_text
from reader.core.parse_text.tables import TABLE_CLOSE, TABLE_OPEN, take_tables
from reader.core.pdf_layout import find_tables, split_cells, tables_into_text
from reader.core.text_tables import layout_spans

HEADER = (
    "Vragen van het lid Jansen (Testpartij) aan de Minister van Testzaken over proefcijfers "
    "(ingezonden 1 maart 2024).\n"
    "Antwoord van Minister De Vries (Testzaken) (ontvangen 20 maart 2024).\n"
)
ROWS = [["Soort proef", "2022", "2023"], ["Proef A", "12", "15"], ["Proef B", "", "7"], ["Totaal", "12", "22"]]


def _write_pdf(path: Path) -> None:
    """A one-page set drawn by Qt: a table with right-aligned numbers and an empty cell in answer 1, a
    list with a hanging indent in answer 2, a footnote at the page foot."""
    from PySide6.QtCore import QCoreApplication, QRectF, Qt
    from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPainter, QPdfWriter

    _app = QCoreApplication.instance() or QGuiApplication([])
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(72)  # painter units are points
    painter = QPainter(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9)
    painter.setFont(font)
    y = 60

    def line(text: str, x: int = 70) -> None:
        nonlocal y
        painter.drawText(x, y, text)
        y += 13

    for text in [
        "Vragen van het lid Jansen (Testpartij) aan de Minister van Testzaken over proefcijfers",
        "(ingezonden 1 maart 2024).",
        "",
        "Antwoord van Minister De Vries (Testzaken) (ontvangen 20 maart 2024).",
        "",
        "Vraag 1",
        "Kent u het bericht «Proefcijfers gestegen»?1",
        "",
        "Antwoord 1",
        "Ja. De cijfers van de afgelopen jaren staan hieronder.",
    ]:
        line(text)
    y += 4
    for row in ROWS:
        painter.drawText(70, y, row[0])
        for right, cell in ((250, row[1]), (330, row[2])):
            if cell:  # numbers aligned right, as tables print them
                painter.drawText(QRectF(right - 60, y - 10, 60, 13), Qt.AlignmentFlag.AlignRight, cell)
        y += 13
    y += 4
    for text in ["Daarna volgt nog een zin over de cijfers.", "", "Vraag 2", "Wat gaat u doen?", "", "Antwoord 2"]:
        line(text)
    line("Twee dingen:")
    for item in ("eerst de proeven herhalen;", "dan de uitkomst melden."):
        painter.drawText(70, y, "–")
        line(item, x=83)  # a hanging indent: a gap, but a list
    font.setPointSizeF(7)
    painter.setFont(font)
    painter.drawText(70, 780, "1 Dagblad Test, 1 maart 2024")
    painter.end()


@pytest.fixture(scope="module")
def table_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "tabel.pdf"
    _write_pdf(path)
    return path


def test_pdf_table_from_positions_at_its_place(table_pdf: Path) -> None:
    doc = parse_file(table_pdf)
    answer = doc.answers[0]
    assert [t.rows for t in answer.tables] == [ROWS]  # columns kept, the empty cell where it was
    assert answer.tables[0].position == 1  # after the first paragraph
    assert (
        answer.text
        == "Ja. De cijfers van de afgelopen jaren staan hieronder.\n\nDaarna volgt nog een zin over de cijfers."
    )
    assert "Proef" not in answer.text  # not also in the text
    # the footnote at the page foot after the table is still a footnote, its marker in question 1
    assert [(f.number, f.text) for f in doc.footnotes] == [(1, "Dagblad Test, 1 maart 2024")]
    assert [m.number for m in doc.questions[0].markers] == [1]


def test_pdf_list_with_hanging_indent_is_not_a_table(table_pdf: Path) -> None:
    answer = parse_file(table_pdf).answers[1]
    assert answer.tables == []
    assert "eerst de proeven herhalen;" in answer.text and "dan de uitkomst melden." in answer.text


def test_pdf_source_text_shows_the_rows_as_printed(table_pdf: Path) -> None:
    doc = parse_file(table_pdf)
    assert "\t" not in doc.source_text and "\nProef B 7\n" in doc.source_text  # QtPdf's own text


def test_1314_answer_6_keeps_its_tables(corpus: Path) -> None:
    doc = parse_file(corpus / "pdf" / "ah-tk-20232024-1314.pdf")
    answer = next(a for a in doc.answers if a.numbers == ["6"])
    assert len(answer.tables) == 2
    first = answer.tables[0].rows
    assert first[0] == ["Grond", "Meldingen in 2021", "Meldingen in 2022", "Meldingen in 2023"]
    assert ["Geslacht(Trans)", "2", "3", "6"] in first and first[-1] == ["TOTAAL", "12", "17", "40"]
    assert answer.tables[1].rows[-1] == ["Seksuele gerichtheid", "66", "73", "74"]
    assert "Geslacht" not in answer.text and "TOTAAL" not in answer.text
    # each caption is a paragraph of its own, right before its table
    paras = answer.text.split("\n\n")
    assert paras[1].startswith("Meldingen Tumba") and answer.tables[0].position == 2
    assert paras[2].startswith("Meldingen en/of aangiftes") and answer.tables[1].position == 3
    assert [f.number for f in doc.footnotes] == [1, 2]  # the note under the table is still a note


def test_corpus_pdfs_without_tables_get_none(corpus: Path) -> None:
    for path in sorted((corpus / "pdf").glob("*.pdf")):
        if "1314" in path.name:
            continue
        doc = parse_file(path)
        assert not any(b.tables for b in [*doc.questions, *doc.answers]), path.name


LAYOUT = (
    HEADER + "Vraag 1\nHoeveel proeven waren er?\n\nAntwoord 1\nDe aantallen per jaar:\n\n"
    "Soort proef            2022        2023\n"
    "\n"
    "Proef A                  12          15\n"
    "Proef B                               7\n"
    "\n"
    "Totaal                   12          22\n"
    "\n"
    "Meer is er niet.\n"
)


def test_layout_text_columns_become_a_table() -> None:
    answer = parse_text(LAYOUT).answers[0]
    assert [t.rows for t in answer.tables] == [ROWS]
    assert answer.tables[0].position == 1
    assert answer.text == "De aantallen per jaar:\n\nMeer is er niet."


def test_tab_separated_rows_become_a_table() -> None:
    text = HEADER + "Vraag 1\nHoeveel?\nAntwoord 1\nZie hier:\n" + "\n".join("\t".join(r) for r in ROWS) + "\nKlaar.\n"
    answer = parse_text(text).answers[0]
    assert [t.rows for t in answer.tables] == [ROWS]
    assert answer.text == "Zie hier:\n\nKlaar."


def test_prose_with_two_spaces_stays_prose() -> None:
    prose = (
        "Vraag 1\nWat vindt u?\n\nAntwoord 1\n"
        "Ik vind het goed.  Het kabinet heeft daarom besloten de regeling voort te zetten.  Dat\n"
        "gebeurt dit jaar.  De Kamer wordt voor de zomer geïnformeerd over de voortgang.  Ook\n"
        "de gemeenten krijgen bericht.\n"
    )
    answer = parse_text(HEADER + prose).answers[0]
    assert answer.tables == []
    assert answer.text.startswith("Ik vind het goed. Het kabinet") and answer.text.endswith("krijgen bericht.")


@pytest.mark.parametrize("sep", ["\t", "   "])
def test_a_numbered_list_is_not_a_table(sep: str) -> None:
    items = "".join(f"{n}.{sep}Punt nummer {n} van de lijst;\n" for n in (1, 2, 3))
    answer = parse_text(HEADER + "Vraag 1\nWelke punten?\n\nAntwoord 1\nDrie punten:\n" + items).answers[0]
    assert answer.tables == []
    assert "Punt nummer 1" in answer.text and "Punt nummer 3" in answer.text


def test_a_table_in_a_notice_stays_text() -> None:
    text = HEADER.replace("Antwoord van", "Mededeling van") + "Mededeling\nDe termijnen:\nA\t1\nB\t2\n"
    doc = parse_text(text)
    assert "A" in (doc.mededeling or "") and "\ue002" not in (doc.mededeling or "")


def test_take_tables_moves_the_markers_with_the_text() -> None:
    text = f"Voor de tabel. {TABLE_OPEN}0{TABLE_CLOSE} Na de tabel."
    body, markers, tables = take_tables(text, [Marker(14, 1), Marker(len(text), 2)], [[["a", "b"]]])
    assert body == "Voor de tabel.\n\nNa de tabel."
    assert [(m.offset, m.number) for m in markers] == [(14, 1), (len(body), 2)]
    assert [(t.rows, t.position) for t in tables] == [([["a", "b"]], 1)]


def test_a_placeholder_in_the_source_is_not_a_table() -> None:
    text = HEADER + f"Vraag 1\nWat is {TABLE_OPEN}0{TABLE_CLOSE} hier?\nAntwoord 1\nNiets.\n"
    doc = parse_bytes(text.encode(), "x.txt")
    assert doc.questions[0].text == "Wat is 0 hier?" and doc.questions[0].tables == []


def test_split_cells_follows_the_printed_widths() -> None:
    words = ["Seksuele", "gerichtheid", "10", "14", "34"]
    assert split_cells(words, [67, 7, 7, 7]) == ["Seksuele gerichtheid", "10", "14", "34"]
    words = ["Grond", "Meldingen", "in", "2021", "Meldingen", "in", "2022"]
    assert split_cells(words, [20, 59, 59]) == ["Grond", "Meldingen in 2021", "Meldingen in 2022"]
    assert split_cells(["a"], [5, 5]) is None


def test_rows_that_do_not_match_the_text_leave_it_alone() -> None:
    rects = [(0.0, 0.0, 30.0, 8.0), (100.0, 0.0, 5.0, 8.0), (0.0, 12.0, 30.0, 8.0), (100.0, 12.0, 5.0, 8.0)]
    assert len(find_tables(rects)) == 1
    text = "Alfa 1\r\nBeta 2\r\n"
    assert tables_into_text(text, rects, lambda a, b: (0, len(text))) == "Alfa\t1\r\nBeta\t2\r\n"
    # one text line for two printed rows: not matched, the text stays as it was
    assert tables_into_text("Alfa 1 Beta 2\r\n", rects, lambda a, b: (0, 13)) == "Alfa 1 Beta 2\r\n"
    assert tables_into_text(text, rects, lambda a, b: None) == text


def test_layout_spans_ignore_sentence_gaps() -> None:
    assert layout_spans("Dat is zo.  Het blijft zo.") is None
    assert layout_spans("Proef A     12") == [(0, 7), (12, 14)]


# pypdf keeps single spaces only: the rows are a label and figures; the note under the table is numbered after
# the page's own note (printed at the foot below it) and its marker is glued between a label and a figure
FIGURES = (
    HEADER + "Vraag 1\nHoeveel proeven waren er?\n\nAntwoord 1\n"
    "Er zijn twee soorten proeven1, zie onderstaande tabel.\n"
    "Proeven per soort 2021 2022 2023\n"
    "Proef A2412 515 618\n"
    "Proef B en C 101 99 87\n"
    "2 Alleen proeven in het eigen laboratorium.\n"
    "Vraag 2\nEn volgend jaar?\n\nAntwoord 2\nDat is nog niet bekend.\n"
    "1 Het soort proef volgt de indeling van het testbureau.\n"
)


def test_rows_of_a_label_and_figures_become_a_table_with_its_own_note() -> None:
    doc = parse_text(FIGURES)
    answer = doc.answers[0]
    assert [t.rows for t in answer.tables] == [
        [
            ["Proeven per soort", "2021", "2022", "2023"],
            ["Proef A", "412", "515", "618"],
            ["Proef B en C", "101", "99", "87"],
        ]
    ]
    assert answer.text == "Er zijn twee soorten proeven, zie onderstaande tabel."
    assert [(f.number, f.text) for f in doc.footnotes] == [
        (1, "Het soort proef volgt de indeling van het testbureau."),
        (2, "Alleen proeven in het eigen laboratorium."),
    ]
    assert answer.footnotes == [1, 2]
    assert doc.answers[1].text == "Dat is nog niet bekend."


@pytest.mark.parametrize(
    "lines",
    [
        # two numbers at the ends of two lines of prose: Kamerstuk numbers, not a table
        "Zie hierover Kamerstuk 35 420\nen het verslag bij Kamerstuk 31 839\n",
        # a sentence that ends in figures
        "De bedragen waren 12 14 en 16.\nDaarna 18 20 22.\n",
    ],
)
def test_prose_ending_in_numbers_is_not_a_figure_table(lines: str) -> None:
    answer = parse_text(HEADER + "Vraag 1\nHoeveel?\n\nAntwoord 1\n" + lines).answers[0]
    assert answer.tables == []


def test_export_text_carries_the_table_rows_where_the_table_stands() -> None:
    from reader.core.export import export_dict

    answer = export_dict(parse_text(LAYOUT), "x.txt")["answers"][0]
    assert answer["text"] == (
        "De aantallen per jaar:\n\n"
        "Soort proef | 2022 | 2023\nProef A | 12 | 15\nProef B |  | 7\nTotaal | 12 | 22\n\n"
        "Meer is er niet."
    )
    assert answer["tables"] == [ROWS]
