"""The aligned question/answer QTextDocument (reader.presentation.text_document): structure, notes, safety, options."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import date

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QImage, QPainter, QTextCursor, QTextFormat
from sample_document import fictional_document

from reader.core.model import Block, Document, Footnote, Kind, Marker, Member, Reference, RefKind
from reader.presentation.text_document import (
    AlignedColors,
    AlignedDocument,
    AlignedOptions,
    Columns,
    build_aligned_document,
    clean_text,
    pair_label,
    paragraphs_with_markers,
)

HOSTILE = '<b>vet</b> <a href="http://x">x</a> <img src="file:///etc/passwd"> &amp; <style>p{}</style>'


def block_text_at(aligned: AlignedDocument, position: int) -> str:
    return aligned.document.findBlock(position).text()


def anchors(aligned: AlignedDocument) -> list[tuple[str, list[str]]]:
    """(href, names) of every anchor fragment in the document, table cells included."""
    out: list[tuple[str, list[str]]] = []
    block = aligned.document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            f = it.fragment().charFormat()
            if f.isAnchor():
                out.append((f.anchorHref(), list(f.anchorNames())))
            it += 1
        block = block.next()
    return out


def laid_out(aligned: AlignedDocument, width: float) -> AlignedDocument:
    aligned.document.setTextWidth(width)
    aligned.document.documentLayout().documentSize()
    return aligned


# ---- text helpers ---------------------------------------------------------------------------------------
def test_paragraphs_split_on_blank_lines_and_keep_markers_in_place() -> None:
    text = "Eerste alinea met noot.\n\nTweede alinea\nloopt door.\n\n\n  Derde."
    paras = paragraphs_with_markers(text, [(text.index(" met"), 1), (len("Eerste alinea met noot."), 2)])
    assert paras == [["Eerste alinea", 1, " met noot.", 2], ["Tweede alinea loopt door."], ["Derde."]]


def test_marker_in_the_gap_between_paragraphs_joins_the_paragraph_before() -> None:
    text = "Een.\n\nTwee."
    assert paragraphs_with_markers(text, [(5, 3)]) == [["Een.", 3], ["Twee."]]
    assert paragraphs_with_markers(text, [(999, 4), (-5, 5)]) == [[5, "Een."], ["Twee.", 4]]


def test_markers_without_text_still_show() -> None:
    assert paragraphs_with_markers("", [(0, 1)]) == [[1]]
    assert paragraphs_with_markers("   \n\n ", []) == []


def test_clean_text_drops_controls_joins_wraps_keeps_list_lines() -> None:
    assert clean_text("a\x00b\x07c\ufffe") == "abc"
    assert clean_text("regel een\nregel twee") == "regel een regel twee"
    assert clean_text("Punten:\n- een\n- twee\n1. drie") == "Punten:\u2028- een\u2028- twee\u20281. drie"
    assert clean_text("a\r\nb") == "a b"


# ---- structure --------------------------------------------------------------------------------------------
def test_one_table_per_pair_with_labels_at_recorded_positions(qapp: object) -> None:
    doc = fictional_document(12)
    aligned = build_aligned_document(doc)
    pairs = doc.pairs()
    assert [p.index for p in aligned.pairs] == list(range(len(pairs)))
    for pl in aligned.pairs:
        assert pl.table.columns() == 2
        for qi, pos in zip(pl.pair.questions, pl.question_positions, strict=True):
            assert block_text_at(aligned, pos) == f"Vraag {doc.questions[qi].label}"
        for ai, pos in zip(pl.pair.answers, pl.answer_positions, strict=True):
            assert block_text_at(aligned, pos) == f"Antwoord {doc.answers[ai].label}"
        assert aligned.pair_index_at(pl.first_position) == aligned.pairs.index(pl)
        assert aligned.pair_index_at(pl.last_position) == aligned.pairs.index(pl)
    assert aligned.pair_index_at(0) == -1  # the header


def test_grouped_answer_spans_its_question_rows(qapp: object) -> None:
    doc = fictional_document(8)
    aligned = build_aligned_document(doc)
    grouped = [pl for pl in aligned.pairs if len(pl.pair.questions) > 1]
    assert len(grouped) == 1
    pl = grouped[0]
    rows = len(pl.pair.questions)
    assert pl.grouped and pl.table.rows() == rows == 3
    answer_cell = pl.table.cellAt(0, 1)
    assert answer_cell.rowSpan() == rows
    for r in range(rows):
        assert pl.table.cellAt(r, 1) == answer_cell
    # the bar along the span is the accent colour; other answers reserve the same width, invisibly
    fmt = answer_cell.format().toTableCellFormat()
    assert fmt.leftBorder() > 0 and fmt.leftBorderBrush().color() == aligned.colors.accent
    other = aligned.pairs[0].table.cellAt(0, 1).format().toTableCellFormat()
    assert other.leftBorder() == fmt.leftBorder() and other.leftBorderBrush().color().alpha() == 0
    # laid out: the answer cell starts beside the first question and reaches past the last one
    laid_out(aligned, 900)
    q_top, a_top = aligned.column_tops(aligned.pairs.index(pl))
    assert q_top == a_top
    last_q = aligned.document.findBlock(pl.table.cellAt(rows - 1, 0).lastPosition())
    rect = aligned.pair_rect(aligned.pairs.index(pl))
    assert aligned.document.documentLayout().blockBoundingRect(last_q).bottom() <= rect.bottom()


def test_unanswered_and_orphan_pairs_say_why(qapp: object) -> None:
    doc = fictional_document(8)
    aligned = build_aligned_document(doc)
    text = aligned.document.toPlainText()
    assert "Niet beantwoord in dit document" in text
    assert "Geen vraag met dit nummer in dit document" in text
    unanswered = next(pl for pl in aligned.pairs if not pl.pair.answers)
    assert block_text_at(aligned, unanswered.answer_cell_position) == "Niet beantwoord in dit document"
    orphan = next(pl for pl in aligned.pairs if not pl.pair.questions)
    assert block_text_at(aligned, orphan.question_cell_position) == "Geen vraag met dit nummer in dit document"
    assert orphan.question_positions == []
    note_format = aligned.document.findBlock(orphan.question_cell_position).begin().fragment().charFormat()
    assert note_format.fontItalic()


def test_postponement_notice_names_its_date(qapp: object) -> None:
    doc = fictional_document(4, kind=Kind.MEDEDELING, orphan=False, grouped=False)
    doc.ontvangen = date(2024, 11, 14)
    text = build_aligned_document(doc).document.toPlainText()
    assert text.count("Uitgesteld — mededeling ontvangen 14 november 2024") == len(doc.questions)
    assert "Mededeling van" in text and "niet binnen de gebruikelijke termijn" in text
    # the caller may know better (a later notice in the library)
    plain = fictional_document(4, unanswered=True, orphan=False, grouped=False)
    text = build_aligned_document(
        plain, AlignedOptions(postponed=True, postponed_on=date(2032, 4, 1))
    ).document.toPlainText()
    assert "Uitgesteld — mededeling ontvangen 1 april 2032" in text
    plain.ontvangen = None
    text = build_aligned_document(plain, AlignedOptions(postponed=True)).document.toPlainText()
    assert "Uitgesteld — zie de mededeling" in text


def test_header_fields_and_zie_ook_links(qapp: object) -> None:
    doc = fictional_document(3)
    aligned = build_aligned_document(doc)
    header = aligned.header_frame
    assert header is not None
    cursor = QTextCursor(aligned.document)
    cursor.setPosition(header.firstPosition())
    cursor.setPosition(header.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
    text = cursor.selection().toPlainText()
    for expected in (
        "Het bericht «Proef met voorbeeldteksten verloopt voorspoedig»",
        "Jansen (Partij A), De Vries (Partij B)",
        "Minister van Fictieve Zaken",
        "3 maart 2032",
        "24 maart 2032",
        "Minister Voorbeeld (Fictieve Zaken)",
        "ah-tk-20312032-1000",
        doc.id,
    ):
        assert expected in text, expected
    assert ("doc:ah-tk-20312032-1000", []) in anchors(aligned)
    assert build_aligned_document(doc, AlignedOptions(header=False)).header_frame is None


def test_adjacent_markers_are_separated(qapp: object) -> None:
    doc = Document(questions=[Block("1", ["1"], "Zie de rapporten?", [Marker(17, 2), Marker(17, 3), Marker(17, 4)])])
    aligned = build_aligned_document(doc)
    assert "Zie de rapporten?2,3,4" in aligned.document.toPlainText()
    assert [h for h, _ in anchors(aligned)] == ["note:2", "note:3", "note:4"]


def test_footnote_markers_are_superscript_note_anchors(qapp: object) -> None:
    doc = fictional_document(8)
    aligned = build_aligned_document(doc)
    hrefs = [h for h, _ in anchors(aligned) if h.startswith("note:")]
    expected = [
        f"note:{m.number}" for pl in aligned.pairs for qi in pl.pair.questions for m in doc.questions[qi].markers
    ]
    assert hrefs == expected and hrefs
    block = aligned.document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            f = it.fragment().charFormat()
            if f.anchorHref().startswith("note:"):
                assert f.verticalAlignment() == f.VerticalAlignment.AlignSuperScript
                assert not f.hasProperty(QTextFormat.Property.FontPointSize)
            it += 1
        block = block.next()


# ---- safety -----------------------------------------------------------------------------------------------
def hostile_document() -> Document:
    return Document(
        kind=Kind.ANTWOORD,
        title=f"Vragen van het lid X aan de Minister over {HOSTILE} (ingezonden 1 maart 2024).",
        indieners=[Member("<i>Naam</i>", "<u>Partij</u>")],
        gericht_aan="Minister <script>alert(1)</script>",
        questions=[
            Block("1", ["1"], f"Vraag met {HOSTILE} en [link](http://y) en https://example.org/z", [Marker(3, 1)])
        ],
        answers=[Block("1", ["1"], f"Antwoord met {HOSTILE}")],
        footnotes=[Footnote(1, f"Noot {HOSTILE}", urls=["javascript:alert(1)"])],
        zie_ook=[Reference(RefKind.AANHANGSEL, "ah-tk-20232024-1", "https://x", f"tekst {HOSTILE}")],
    )


def test_markup_in_document_text_is_shown_as_text(qapp: object) -> None:
    aligned = build_aligned_document(hostile_document(), AlignedOptions(endnotes=True))
    text = aligned.document.toPlainText()
    assert text.count(HOSTILE) >= 4  # title, question, answer, endnote
    assert "<i>Naam</i> (<u>Partij</u>)" in text
    assert "<script>alert(1)</script>" in text
    assert "[link](http://y)" in text
    for href, _names in anchors(aligned):
        assert href == "" or href.startswith(("note:", "doc:")), href
    # no image or other object anywhere
    block = aligned.document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            assert not it.fragment().charFormat().isImageFormat()
            it += 1
        block = block.next()
    # laying out and painting asks for no resource
    laid_out(aligned, 800)
    image = QImage(800, 1200, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    aligned.document.drawContents(painter, QRectF(0, 0, 800, 1200))
    painter.end()
    assert aligned.document.refused_resources == []


def test_tooltips_are_escaped(qapp: object) -> None:
    aligned = build_aligned_document(hostile_document())
    tips = []
    block = aligned.document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            tip = it.fragment().charFormat().toolTip()
            if tip:
                tips.append(tip)
            it += 1
        block = block.next()
    assert tips
    for tip in tips:
        assert "<b>" not in tip and "<img" not in tip and "&lt;b&gt;" in tip


def test_safe_document_refuses_resources(qapp: object) -> None:
    aligned = build_aligned_document(fictional_document(2))
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    assert (
        aligned.document.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl("file:///etc/passwd")) is None
    )
    assert aligned.document.refused_resources == [(int(QTextDocument.ResourceType.ImageResource), "file:///etc/passwd")]


# ---- options ----------------------------------------------------------------------------------------------
def test_single_column_documents_for_print(qapp: object) -> None:
    doc = fictional_document(8)
    q_only = build_aligned_document(doc, AlignedOptions(columns=Columns.QUESTIONS))
    assert all(pl.table.columns() == 1 and pl.answer_cell_position is None for pl in q_only.pairs)
    text = q_only.document.toPlainText()
    assert "Vraag 1" in text and "Antwoord" not in text.split("Zie ook")[-1]
    a_only = build_aligned_document(doc, AlignedOptions(columns=Columns.ANSWERS))
    assert all(pl.table.columns() == 1 and pl.question_cell_position is None for pl in a_only.pairs)
    text = a_only.document.toPlainText()
    assert "Antwoord 1" in text and "Vraag 1\n" not in text and "Niet beantwoord in dit document" in text
    laid_out(a_only, 600)
    assert a_only.column_tops(0)[0] is None and a_only.column_tops(0)[1] is not None


def test_pair_subset_and_endnotes(qapp: object) -> None:
    doc = fictional_document(10)
    all_pairs = doc.pairs()
    aligned = build_aligned_document(doc, AlignedOptions(pairs=[4, 0, 99], endnotes=True))
    assert [pl.index for pl in aligned.pairs] == [4, 0]
    assert [pl.pair for pl in aligned.pairs] == [all_pairs[4], all_pairs[0]]
    assert aligned.endnotes_frame is not None
    text = aligned.document.toPlainText()
    assert "Voetnoten" in text
    shown = {m.number for i in (4, 0) for qi in all_pairs[i].questions for m in doc.questions[qi].markers}
    for note in doc.footnotes:
        assert (note.text in text) == (note.number in shown)
    names = [n for _h, ns in anchors(aligned) for n in ns]
    assert names == [f"note-{n}" for n in sorted(shown)]
    assert build_aligned_document(doc).endnotes_frame is None


def test_ratio_sets_column_widths_and_alignment_holds(qapp: object) -> None:
    doc = fictional_document(8)
    aligned = laid_out(build_aligned_document(doc, AlignedOptions(ratio=0.35)), 1000)
    widths = aligned.pairs[0].table.format().columnWidthConstraints()
    assert [w.rawValue() for w in widths] == [35, 65]
    left_before = (
        aligned.document.documentLayout()
        .blockBoundingRect(aligned.document.findBlock(aligned.pairs[0].answer_cell_position))
        .left()
    )
    aligned.set_ratio(0.6)
    assert aligned.ratio == 0.6
    assert all([w.rawValue() for w in pl.table.format().columnWidthConstraints()] == [60, 40] for pl in aligned.pairs)
    laid_out(aligned, 1000)
    left_after = (
        aligned.document.documentLayout()
        .blockBoundingRect(aligned.document.findBlock(aligned.pairs[0].answer_cell_position))
        .left()
    )
    assert left_after - left_before == pytest.approx(0.25 * aligned.pair_rect(0).width(), abs=2)
    for i in range(len(aligned.pairs)):
        q, a = aligned.column_tops(i)
        assert q == pytest.approx(a, abs=0.5)
    aligned.set_ratio(5)
    assert aligned.ratio == 0.8
    assert build_aligned_document(doc, AlignedOptions(ratio=0.01)).ratio == 0.2


@pytest.mark.parametrize("width", [500, 800, 1400])
def test_column_tops_align_at_every_width(qapp: object, width: int) -> None:
    aligned = laid_out(build_aligned_document(fictional_document(12, seed=5)), width)
    previous = -1.0
    for i in range(len(aligned.pairs)):
        q, a = aligned.column_tops(i)
        assert q is not None and a is not None
        assert abs(q - a) <= 0.5
        rect = aligned.pair_rect(i)
        assert rect.top() < q < rect.bottom() and rect.top() >= previous
        previous = rect.bottom()


def test_font_change_scales_every_size(qapp: object) -> None:
    doc = fictional_document(4)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10)
    aligned = laid_out(build_aligned_document(doc, AlignedOptions(font=font)), 900)
    layout = aligned.document.documentLayout()
    title = aligned.document.findBlock(aligned.header_frame.firstPosition()).next()
    body = aligned.document.findBlock(aligned.pairs[0].question_positions[0]).next()
    before = (layout.blockBoundingRect(title).height(), layout.blockBoundingRect(body).height())
    font.setPointSizeF(20)
    aligned.set_font(font)
    laid_out(aligned, 900)
    after = (layout.blockBoundingRect(title).height(), layout.blockBoundingRect(body).height())
    assert after[0] > 1.6 * before[0]  # the title has no absolute size: it follows the base font
    assert after[1] > 1.6 * before[1] or after[1] > before[1] + 20
    q, a = aligned.column_tops(1)
    assert q == a


def test_pair_label_names(qapp: object) -> None:
    doc = fictional_document(8)
    names = [pair_label(p, doc) for p in doc.pairs()]
    assert names[0] == "Vraag 1" and "Vraag 4–6" in names and "Antwoord 20" in names


def test_colors_from_palette_leave_text_colour_to_the_widget(qapp: object) -> None:
    from PySide6.QtGui import QGuiApplication

    colors = AlignedColors.from_palette(QGuiApplication.palette())
    assert colors.text is None
    aligned = build_aligned_document(fictional_document(2), colors=colors)
    body = aligned.document.findBlock(aligned.pairs[0].question_positions[0]).next()
    assert not body.begin().fragment().charFormat().hasProperty(QTextFormat.Property.ForegroundBrush)


def test_prints_to_an_image_like_a_printer_would(qapp: object) -> None:
    """The print renderer lays the same document out on its own paint device."""
    aligned = build_aligned_document(fictional_document(6), AlignedOptions(endnotes=True, ratio=0.45))
    image = QImage(900, 1400, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    aligned.document.documentLayout().setPaintDevice(image)
    aligned.document.setPageSize(image.size().toSizeF())
    painter = QPainter(image)
    aligned.document.drawContents(painter, QRectF(0, 0, 900, 1400))
    painter.end()
    assert aligned.document.pageCount() >= 2
    q, a = aligned.column_tops(0)
    assert q == a
