"""The writers of the view model: the screen's QTextDocument, the printed PDF and the HTML page say what the
view says — a header field changed in the model, a pointer to an answer that stands elsewhere, a table, an
inline citation."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re
from dataclasses import replace
from pathlib import Path

from test_presentation import kst, non_adjacent_document
from test_printing_support import grouped_document, needs_poppler, pdf_pages_text, squash

from reader.core.model import Block, Citation, Document, Table
from reader.presentation.html import write_html
from reader.presentation.text import Text
from reader.presentation.text_document import AlignedDocument, build_aligned_document, write_text_document
from reader.presentation.view import HeaderRow, View, ViewOptions, present
from reader.printing.options import PrintOptions
from reader.printing.renderer import PrintRenderer, new_pdf_printer


def printed(doc: Document, tmp_path: Path, view: View | None = None, name: str = "out.pdf") -> Path:
    path = tmp_path / name
    PrintRenderer(doc, PrintOptions(), view=view).render(new_pdf_printer(path, PrintOptions(), doc))
    return path


def cell_texts(aligned: AlignedDocument) -> list[str]:
    """The text of every block of the document, nested table cells included, in document order."""
    out = []
    block = aligned.document.begin()
    while block.isValid():
        out.append(block.text())
        block = block.next()
    return out


def anchors(aligned: AlignedDocument) -> dict[str, str]:
    """href → the anchored text, for every anchor in the document."""
    out: dict[str, str] = {}
    block = aligned.document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            f = it.fragment()
            if f.charFormat().isAnchor() and f.charFormat().anchorHref():
                out[f.charFormat().anchorHref()] = out.get(f.charFormat().anchorHref(), "") + f.text()
            it += 1
        block = block.next()
    return out


@needs_poppler
def test_a_header_field_changed_in_the_model_shows_in_all_three_writers(qapp: object, tmp_path: Path) -> None:
    doc = grouped_document()
    view = present(doc, ViewOptions(language="nl"))
    before = "Minister van Fictieve Zaken"
    after = "Minister van Gewijzigde Zaken"
    assert any(r.plain == before for r in view.header.rows)
    rows = tuple(HeaderRow(r.label, (Text(after),)) if r.plain == before else r for r in view.header.rows)
    changed = replace(view, header=replace(view.header, rows=rows))

    screen = write_text_document(changed, doc).document.toPlainText()
    pdf = "\n".join(pdf_pages_text(printed(doc, tmp_path, changed)))
    page = write_html(changed)
    for name, text in (("screen", screen), ("print", pdf), ("html", page)):
        assert after in text and before not in text, name
    # and the unchanged model gives the document's own field everywhere
    assert before in build_aligned_document(doc).document.toPlainText()
    assert before in "\n".join(pdf_pages_text(printed(doc, tmp_path, name="plain.pdf")))
    assert before in write_html(view)


@needs_poppler
def test_a_pointer_stands_at_the_questions_own_place_in_every_writer(qapp: object, tmp_path: Path) -> None:
    doc = non_adjacent_document()
    aligned = build_aligned_document(doc)
    # navigation is by pairs: the pointer is not one
    assert len(aligned.pairs) == len(doc.pairs()) == 8 and len(aligned.pointer_tables) == 1
    blocks = cell_texts(aligned)
    seven, pointer, nine = (blocks.index("Vraag 7"), blocks.index("Vraag 8  beantwoord bij vraag 3"),
                            blocks.index("Vraag 9"))  # fmt: skip
    assert seven < pointer < nine
    shared = next(p for p in aligned.pairs if p.grouped)
    assert [blocks[i] for i in range(len(blocks)) if blocks[i] in ("Vraag 8", "Antwoord 3 en 8")] == [
        "Antwoord 3 en 8",
        "Vraag 8",
    ]  # the answer cell (merged over both rows) comes before the second question's row in the document
    assert shared.grouped and shared.table.rows() == 2
    # the highlight of question 7's pair stops where the pointer starts
    aligned.document.setTextWidth(900)
    seventh = next(i for i, p in enumerate(aligned.pairs) if p.row is not None and p.row.label == "Vraag 7")
    pointer_top = aligned.block_top(aligned.pointer_tables[0].cellAt(0, 0).firstPosition())
    assert aligned.pair_rect(seventh).bottom() < pointer_top
    aligned.set_ratio(0.3)  # the pointer's columns follow the divider like the pairs'
    assert [w.rawValue() for w in aligned.pointer_tables[0].format().columnWidthConstraints()] == [30, 70]

    page = write_html(present(doc))
    assert re.search(r'<tbody class="pointer">.*Vraag 8.*beantwoord bij vraag 3', page)
    assert page.index("Vraag 7") < page.index('class="pointer"') < page.index("Vraag 9")

    lines = "\n".join(pdf_pages_text(printed(doc, tmp_path))).splitlines()
    at = [n for n, line in enumerate(lines) if "beantwoord bij vraag 3" in line]
    assert len(at) == 1 and "Vraag 8" in lines[at[0]]
    assert max(n for n, line in enumerate(lines) if "Vraag 7" in line) < at[0]
    assert at[0] < min(n for n, line in enumerate(lines) if "Vraag 9" in line)


def table_document() -> Document:
    text = "Zie Kamerstuk 36 471, nr. 64 voor de cijfers.\n\nDe tabel hierboven telt alle meldingen."
    start, end = text.index("Kamerstuk"), text.index(" voor de")
    rows = [["Soort melding", "In 2030", "In 2031"], ["Fictief A", "2", "3"], ["Fictief B", "10", "14"]]
    answer = Block("1", ["1"], text, citations=[Citation(start, end, kst())], tables=[Table(rows, 1)])
    return Document(
        vergaderjaar="2031-2032",
        nummer=901,
        questions=[Block("1", ["1"], "Hoeveel fictieve meldingen waren er?")],
        answers=[answer],
    )


@needs_poppler
def test_tables_and_inline_citations_in_every_writer(qapp: object, tmp_path: Path) -> None:
    doc = table_document()
    aligned = build_aligned_document(doc)
    blocks = cell_texts(aligned)
    first = blocks.index("Zie Kamerstuk 36 471, nr. 64 voor de cijfers.")
    assert blocks[first + 1 : first + 4] == ["Soort melding", "In 2030", "In 2031"]
    assert blocks.index("Fictief B") < blocks.index("De tabel hierboven telt alle meldingen.")
    assert anchors(aligned)["doc:kst-36471-64"] == "Kamerstuk 36 471, nr. 64"
    # the nested table keeps the pair's columns aligned
    aligned.document.setTextWidth(900)
    q, a = aligned.column_tops(0)
    assert q == a

    page = write_html(present(doc))
    assert '<table class="data"><tr><th>Soort melding</th><th>In 2030</th><th>In 2031</th></tr>' in page
    assert "<tr><td>Fictief A</td><td>2</td><td>3</td></tr>" in page
    url = "https://zoek.officielebekendmakingen.nl/kst-36471-64.html"
    assert f'<a href="{url}">Kamerstuk 36 471, nr. 64</a>' in page

    pdf = printed(doc, tmp_path)
    layout = "\n".join(pdf_pages_text(pdf))
    assert any(re.search(r"Fictief A\s+2\s+3\s*$", line) for line in layout.splitlines()), layout
    raw = squash("\n".join(pdf_pages_text(pdf, layout=False)))
    assert squash("Soort melding") in raw and raw.index(squash("voor de cijfers")) < raw.index(squash("Fictief B"))
    assert f"/URI ({url})".encode() in pdf.read_bytes()
