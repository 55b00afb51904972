"""Each pass of the text parser on its own, on small fictional inputs in the real layouts.

A pass takes a `ParseState` and gives what its docstring says; these tests build the state a pass expects
(by hand, or by running the passes before it) and check what it gives.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from reader.core.errors import ParseError
from reader.core.parse_text import PASSES, Layout, LineKind, Lines, ParseState, Source, detect_dialect, rules
from reader.core.parse_text.blocks import build_blocks, identify, read_header
from reader.core.parse_text.clean import clean, measure, read_dialect
from reader.core.parse_text.headings import (
    find_body_start,
    late_header_lines,
    mark_headings,
    number_only_questions,
    read_layout,
    split_inline_headings,
)
from reader.core.parse_text.lines import M_CLOSE, M_OPEN, PAGE, sentinel
from reader.core.parse_text.markers import line_candidates, place_markers
from reader.core.parse_text.notes import collect_notes, find_notes
from reader.core.parse_text.pages import drop_page_edge_blanks, mark_junk, paginate, read_masthead
from reader.core.parse_text.pipeline import Pass, run
from reader.core.parse_text.textops import chunked_sub, collapse_spaces

HEADER = (
    "Vragen van het lid Smit (Testpartij) aan de Minister van Testzaken over de proef "
    "(ingezonden 2 juni 2025).\nAntwoord van Minister Visser (Testzaken) (ontvangen 20 juni 2025).\n"
)
K = LineKind


def before(step: Pass, text: str, name: str = "t.txt") -> ParseState:
    """The state the pass `step` is given for `text`: every pass before it has run."""
    return run(ParseState.of(text, name), PASSES[: PASSES.index(step)])


def kinds(state: ParseState) -> list[tuple[str, str]]:
    return [(state.lines.text[i], state.lines.kind[i].value) for i in range(len(state.lines))]


def body(lines: list[str], *, page: int = 1) -> ParseState:
    """A state whose lines are `lines` (BODY, or BLANK when empty), on one page, body from line 0."""
    state = ParseState.of("\n".join(lines))
    state.lines = Lines.of(lines, page)
    return state


# ---- the order -------------------------------------------------------------------------------------------


def test_the_passes_are_one_tuple_in_order_each_with_a_docstring() -> None:
    names = [p.__name__ for p in PASSES]
    assert names == [
        "measure", "read_dialect", "clean", "paginate", "mark_junk", "read_masthead", "mark_headings",
        "split_inline_headings", "read_layout", "number_only_questions", "cut_next_set", "find_body_start",
        "late_header_lines", "find_notes", "drop_page_edge_blanks", "collect_notes", "place_markers", "read_header",
        "read_tables", "build_blocks", "identify", "read_meaning",
    ]  # fmt: skip
    for p in PASSES:
        assert p.__doc__ and "Takes" in p.__doc__ and "gives" in p.__doc__, p.__name__
    import reader.core.parse_text as package

    assert all(name in (package.__doc__ or "") for name in names)  # the package docstring lists them


def test_rules_are_data_with_reasons() -> None:
    for value in vars(rules).values():
        if isinstance(value, rules.Rule | rules.MarkerRule):
            assert value.name and len(value.why) > 10
    assert rules.SENTINEL_MARKER.strength > rules.GLUED_MARKER.strength > rules.LINE_START_MARKER.strength
    assert rules.LINE_START_MARKER.strength > rules.SPACED_MARKER.strength > rules.SHORT_CAPITALS.strength


# ---- 1. measure ------------------------------------------------------------------------------------------


def test_measure_refuses_more_lines_than_a_set_has() -> None:
    with pytest.raises(ParseError) as err:
        measure(ParseState.of("Vraag 1\n" * rules.MAX_LINES))
    assert err.value.key == "too_many_lines"
    assert str(rules.MAX_LINES) in err.value.message("en") and "regels" in err.value.message("nl")
    measure(ParseState.of("regel\r\n" * (rules.MAX_LINES - 1)))  # "\r\n" is one line end
    with pytest.raises(ParseError):
        measure(ParseState.of("x" + PAGE * rules.MAX_LINES))  # pages count too


# ---- 2. read_dialect -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("# 2\n\n#### Vergaderjaar 2024–2025\n\n**Vraag 1**\nKent u het?[1 ]\n", Source.MARKDOWN),
        ("AH 615\n2024Z17538\nMededeling van staatssecretaris Pol (Testzaken)\n", Source.WORD),
        ("Vraag 1\nKent u het bericht? 1)\n\n1) NOS, 3 mei 2024\n", Source.WORD),
        ("Vraag 1\r\nKent u de vertegenwoor\ufffedigingsrelatie?\r\n", Source.QTPDF),
        ("Vraag 1\nKent u het?1\n1Trouw, 3 mei 2024\n\fVraag 2\n", Source.PYPDF),
        ("Vraag 1\nKent u het?1\n1Trouw, 3 mei 2024\nVraag 2\n", Source.PYPDF2),
        ("Vraag 1\n" + "   Kent u      het bericht     over de proef?\n" * 25, Source.LAYOUT),
        ("Vraag 1\nKent u het bericht?1\n1 Trouw, 3 mei 2024\n", Source.PLAIN),
    ],
)
def test_read_dialect_names_the_extractor(text: str, source: Source) -> None:
    state = ParseState.of(text)
    read_dialect(state)
    assert state.dialect.source is source
    assert state.dialect.markdown == (source is Source.MARKDOWN)
    assert state.dialect.hyphen_mark == ("\ufffe" in text)
    assert state.dialect.layout is Layout.UNKNOWN  # read later, from the headings


def test_word_notes_are_read_from_a_line_starting_with_one() -> None:
    assert detect_dialect("Kent u het bericht? 1)\n\n1) NOS, 3 mei\n").word_notes
    assert not detect_dialect("Zie artikel 1) van de wet.\n").word_notes


# ---- 3. clean --------------------------------------------------------------------------------------------


def test_clean_undoes_extractor_artefacts() -> None:
    state = before(clean, "Vraag 1\r\nKent u minister Kostic ´ en de vertegenwoor\ufffedigingsrelatie?\r\n")
    clean(state)
    assert state.text == "Vraag 1\nKent u minister Kostić en de vertegenwoordigingsrelatie?\n"


def test_clean_keeps_a_links_own_hyphen_and_splits_a_glued_heading() -> None:
    text = "Zie https://www.example.nl/digitale-toegang\ufffeoverheid (ontvangen 20 juni 2025). Vraag 1, 2\n"
    state = before(clean, text)
    clean(state)
    assert state.text == "Zie https://www.example.nl/digitale-toegang-overheid (ontvangen 20 juni 2025).\nVraag 1, 2\n"


def test_clean_removes_markdown_and_writes_its_markers() -> None:
    state = before(clean, "# 2\n\n**Vraag 1**\nKent u _het_ bericht?[1 ]\n-----\nVraag 2\nHet 11[e ] punt?[2][3 ]")
    clean(state)
    markers = sentinel(2) + sentinel(3)
    assert state.text == f"2\n\nVraag 1\nKent u het bericht?{sentinel(1)}\n{PAGE}\nVraag 2\nHet 11e punt?{markers}"


def test_clean_writes_word_markers_but_not_a_reference() -> None:
    state = before(clean, "Kent u het bericht? 1)\nZie nr. 2) hierover.\n\n1) NOS, 3 mei 2024\n")
    clean(state)
    assert f"bericht?{sentinel(1)}" in state.text and "nr. 2)" in state.text


def test_clean_refuses_more_markers_than_a_set_has() -> None:
    state = before(clean, "Vraag 1\n" + "woord[1 ] " * (rules.MAX_MARKERS + 1))
    with pytest.raises(ParseError) as err:
        clean(state)
    assert err.value.key == "too_many_markers"


# ---- 4-6. pages, junk, masthead --------------------------------------------------------------------------


def test_paginate_cuts_pages_at_footers_and_form_feeds() -> None:
    state = before(
        paginate,
        "Tekst op pagina een.\n\nNog meer.\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel 1\n"
        "Tekst op pagina twee.\fTekst op pagina drie. Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel 3Vraag 9",
    )
    paginate(state)
    lines = state.lines
    assert [(lines.text[i], lines.page[i]) for i in range(len(lines))] == [
        ("Tekst op pagina een.", 1), ("", 1), ("Nog meer.", 1), ("Tekst op pagina twee.", 2),
        ("Tekst op pagina drie. ", 3), ("Vraag 9", 4),
    ]  # fmt: skip
    assert state.ident.footer_years == ["2023-2024", "2023-2024"]


def test_paginate_drops_the_page_number_pdftotext_prints_apart() -> None:
    state = before(paginate, "Tekst.\nTweede Kamer, vergaderjaar 2023–2024, Aanhangsel\n1\nVervolg.")
    paginate(state)
    assert list(state.lines.text) == ["Tekst.", "Vervolg."]
    assert list(state.lines.page) == [1, 2]


def test_mark_junk_takes_the_page_1_block_and_its_id() -> None:
    state = before(mark_junk, "Vraag 1\n\nKent u het?\nah-tk-20232024-878\nISSN 0921 - 7398\n’s-Gravenhage 2024")
    mark_junk(state)
    assert [k for _, k in kinds(state)] == ["body", "blank", "body", "junk", "junk", "junk"]
    assert state.ident.doc_id == "ah-tk-20232024-878"


def test_read_masthead_reads_year_number_and_draft_lines() -> None:
    text = (
        "Tweede Kamer der Staten-Generaal2\nVergaderjaar 2024–2025 Aanhangsel van de Handelingen\n"
        "Vragen gesteld door de leden der Kamer, met de daarop door de\nregering gegeven antwoorden\n1807\n" + HEADER
    )
    state = before(read_masthead, text)
    read_masthead(state)
    assert [k for _, k in kinds(state)][:6] == ["junk"] * 5 + ["body"]
    assert (state.ident.vergaderjaar, state.ident.nummer) == ("2024-2025", 1807)
    draft = before(read_masthead, "AH 604\n2024Z18294\n" + HEADER)
    read_masthead(draft)
    assert (draft.ident.nummer, draft.ident.zaak) == (604, "2024Z18294")


# ---- 7-12. headings and the header -----------------------------------------------------------------------


def test_mark_headings() -> None:
    state = body(["Vraag 1, 2", "Kent u het?", "Antwoord op vraag 1 en 2", "Ja.", "Mededeling", "Vraag nr. 3a:"])
    mark_headings(state)
    assert [k.value for k in state.lines.kind] == ["heading", "body", "heading", "body", "mededeling_head", "heading"]


def test_mark_headings_refuses_more_questions_than_a_set_has() -> None:
    with pytest.raises(ParseError) as err:
        mark_headings(body(["Vraag 1"] * (rules.MAX_BLOCKS + 1)))
    assert err.value.key == "too_many_blocks"


def test_split_inline_headings() -> None:
    state = body(["Vraag 1: Kent u het bericht?", "Antwoord 1: Ja.", "Vraag is: wat?"])
    split_inline_headings(state)
    assert kinds(state) == [
        ("Vraag 1", "heading"), ("Kent u het bericht?", "body"), ("Antwoord 1", "heading"), ("Ja.", "body"),
        ("Vraag is: wat?", "body"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "layout"),
    [
        (["Vraag 1", "Kent u het?", "Antwoord 1", "Ja."], Layout.HEADINGS),
        (["Mededeling", "De antwoorden komen later."], Layout.HEADINGS),
        (["1. Kent u het?", "Antwoord", "Ja.", "2. En dit?", "Antwoord", "Nee."], Layout.NUMBERED),
        (["1. Kent u het?", "2. En dit?", "Antwoord", "1. Ja.", "2. Nee."], Layout.ONE_ANTWOORD),
        (["Kent u het?", "", "En dit?"], Layout.UNNUMBERED),
    ],
)
def test_read_layout(lines: list[str], layout: Layout) -> None:
    state = body(lines)
    mark_headings(state)
    read_layout(state)
    assert state.dialect.layout is layout


def test_number_only_questions_in_the_numbered_layouts() -> None:
    state = body(["1. Kent u het?", "Antwoord", "Ja.", "", "2. En dit?", "Antwoord", "Nee."])
    mark_headings(state)
    read_layout(state)
    number_only_questions(state)
    assert [t for t, k in kinds(state) if k == "heading"] == ["Vraag 1", "Antwoord", "Vraag 2", "Antwoord"]
    older = body(["1. Kent u het?", "2. En dit?", "Antwoord", "1. Ja.", "2. Nee."])
    for step in (mark_headings, read_layout, number_only_questions):
        step(older)
    assert kinds(older) == [
        ("Vraag 1", "heading"), ("Kent u het?", "body"), ("Vraag 2", "heading"), ("En dit?", "body"),
        ("Antwoord 1", "heading"), ("Ja.", "body"), ("Antwoord 2", "heading"), ("Nee.", "body"),
    ]  # fmt: skip
    headings = body(["1. Kent u het?", "Vraag 2", "Antwoord 2"])  # a "Vraag" heading: numbers stay text
    for step in (mark_headings, read_layout, number_only_questions):
        step(headings)
    assert headings.lines.text[0] == "1. Kent u het?"


def test_find_body_start_marks_the_header() -> None:
    state = before(find_body_start, HEADER + "Vraag 1\nKent u het?")
    find_body_start(state)
    assert state.first_heading == state.body_start == 2
    assert [k for _, k in kinds(state)] == ["header", "header", "heading", "body"]
    unnumbered = before(find_body_start, HEADER + "\nKent u het bericht?\n")
    find_body_start(unnumbered)
    assert unnumbered.first_heading is None and unnumbered.lines.kind[unnumbered.body_start] is K.BLANK


def test_late_header_lines_between_questions_and_answers() -> None:
    text = (
        "Vragen van het lid Smit (Testpartij) aan de Minister van Testzaken (ingezonden 2 juni 1999).\n"
        "1. Kent u het?\nAntwoord\nAntwoord van minister Visser (Testzaken)\n(Ontvangen 20 juni 1999)\n1. Ja.\n"
    )
    state = before(late_header_lines, text)
    late_header_lines(state)
    header = [t for t, k in kinds(state) if k == "header"]
    assert header[-2:] == ["Antwoord van minister Visser (Testzaken)", "(Ontvangen 20 juni 1999)"]


# ---- 13-16. notes and markers ----------------------------------------------------------------------------


def test_find_notes_trailing_run_at_the_page_foot() -> None:
    state = before(find_notes, HEADER + "Vraag 1\nKent u het bericht?1 En dit?2\n1 Trouw, 3 mei 2024\n2 NOS, 4 mei\n")
    find_notes(state)
    assert [(t, k) for t, k in kinds(state) if k == "note"] == [
        ("1 Trouw, 3 mei 2024", "note"),
        ("2 NOS, 4 mei", "note"),
    ]
    assert sorted(state.lines.note.values()) == [1, 2]


def test_find_notes_numbers_apart_from_their_texts() -> None:
    # pdftotext: the page's note numbers in a block, apart from their texts, out of order
    text = HEADER + "Vraag 1\nKent u het?1 En dat?2\n1\n2\nTrouw, 3 mei 2024\nNOS, 4 mei 2024"
    state = before(find_notes, text)
    find_notes(state)
    notes = [t for t, k in kinds(state) if k == "note"]
    assert notes == ["1 Trouw, 3 mei 2024", "2 NOS, 4 mei 2024"]


def test_find_notes_in_the_middle_of_the_flow() -> None:
    # the seed's copy: a note between two paragraphs, where a page break left no trace
    text = HEADER + "Vraag 1\nKent u het bericht?1\n1 Aanhangsel Handelingen, vergaderjaar 2018–2019, nr. 1989\n"
    text += "Antwoord 1\nJa, dat bericht ken ik."
    state = before(find_notes, text)
    find_notes(state)
    assert [t for t, k in kinds(state) if k == "note"] == ["1 Aanhangsel Handelingen, vergaderjaar 2018–2019, nr. 1989"]
    assert state.lines.kind[-1] is K.BODY


def test_drop_page_edge_blanks() -> None:
    state = body(["Eerste alinea.", "", "Tweede alinea", "", "1 Trouw"])
    state.lines.kind[4] = K.NOTE
    drop_page_edge_blanks(state)
    assert [k.value for k in state.lines.kind] == ["body", "blank", "body", "junk", "note"]


def test_collect_notes() -> None:
    state = body(
        ["1 Kamerstuk 29 544, nr. 123; zie https://www.example.nl/a-", "b en de gespreks-", "techniek", "2 NOS"]
    )
    for i in range(4):
        state.lines.kind[i] = K.NOTE
    state.lines.note.update({0: 1, 3: 2})
    collect_notes(state)
    first, second = state.notes
    assert (first.number, second.number, second.text) == (1, 2, "NOS")
    assert first.text.endswith("en de gesprekstechniek")
    assert [r.id for r in first.references] == ["kst-29544-123"]
    assert first.urls == ["https://www.example.nl/a-b"]


@pytest.mark.parametrize(
    ("line", "number", "rule"),
    [
        ("Kent u het bericht?1 Zo nee,", 1, rules.GLUED_MARKER),
        ("de Kamerbrief van december 20241.", 1, rules.YEAR_MARKER),
        ("gebruik van CO2 in kassen", 2, rules.SHORT_CAPITALS),
        ("zoals de NIS24 voorschrijft", 4, rules.LETTERS_AND_DIGITS),
        ("3 Er loopt nog een aanbesteding.", 3, rules.LINE_START_MARKER),
        ("3. Alle producten", 3, rules.LINE_START_BEFORE_STOP),
        ("de nationale ombudsman? 1 Zo ja", 1, rules.SPACED_MARKER),
        ("2, 3 en 4", 3, rules.MARKER_LINE),
        (f"het bericht{M_OPEN}5{M_CLOSE} over", 5, rules.SENTINEL_MARKER),
    ],
)
def test_marker_candidates_by_rule(line: str, number: int, rule: rules.MarkerRule) -> None:
    assert line_candidates(line)[number][0] == rule.strength


@pytest.mark.parametrize("line", ["zie artikel 10 van de wet", "het kost 10 miljoen euro", "zie stap 3 4 5"])
def test_numbers_that_are_no_markers(line: str) -> None:
    assert not {n for n, c in line_candidates(line).items() if c[0] >= rules.SPACED_MARKER.strength} & {3, 4, 5, 10}


def test_place_markers_writes_the_strongest_candidate_before_each_note() -> None:
    text = HEADER + "Vraag 1\nDe Kamerbrief van 2024 1 en het bericht?1\n2, 3 en 4\nAntwoord 1\nJa.\n"
    text += "1 Trouw\n2 NOS\n3 RTV\n4 Omroep\n"
    state = before(place_markers, text)
    place_markers(state)
    body_lines = [t for t, k in kinds(state) if k == "body"]
    assert body_lines[0] == f"De Kamerbrief van 2024 1 en het bericht?{sentinel(1)}"  # glued beats set apart
    assert body_lines[1] == sentinel(2) + sentinel(3) + sentinel(4)  # a line of markers, all at once


# ---- 17-19. header, blocks, document ---------------------------------------------------------------------


def test_read_header() -> None:
    state = before(
        read_header, HEADER + "Zie ook Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 12.\nVraag 1\nKent u het?\n"
    )
    read_header(state)
    h = state.header
    assert [(m.name, m.party) for m in h.indieners] == [("Smit", "Testpartij")]
    assert (h.gericht_aan, h.ingezonden, h.ontvangen) == ("Minister van Testzaken", date(2025, 6, 2), date(2025, 6, 20))
    assert h.beantwoord_door == "Minister Visser (Testzaken)"
    assert [r.id for r in h.zie_ook] == ["ah-tk-20232024-12"]


def test_build_blocks_from_headings() -> None:
    state = before(
        build_blocks, HEADER + "Vraag 1\nKent u het?\nVraag 2\nEn dit?\nAntwoord 1 en 2\nJa.\nAntwoord\nNee.\n"
    )
    build_blocks(state)
    assert [(q.label, q.numbers, q.text) for q in state.questions] == [
        ("1", ["1"], "Kent u het?"),
        ("2", ["2"], "En dit?"),
    ]
    assert [(a.numbers, a.inferred) for a in state.answers] == [(["1", "2"], False), (["2"], True)]


def test_build_blocks_without_headings() -> None:
    state = before(
        build_blocks, HEADER + "\n1. Kent u het?\n\nAntwoord: Ja.\n\n2. En dit?\n\nAntwoord: Nee.\nEcht niet."
    )
    build_blocks(state)
    assert [(q.label, q.text) for q in state.questions] == [("1", "Kent u het?"), ("2", "En dit?")]
    assert [(a.numbers, a.text) for a in state.answers] == [(["1"], "Ja."), (["2"], "Nee.\n\nEcht niet.")]


def test_identify() -> None:
    state = before(identify, HEADER + "Vraag 1\nKent u het?\nah-tk-20242025-1807\n")
    identify(state)
    doc = state.document
    assert doc is not None and (doc.id, doc.kind.value) == ("ah-tk-20242025-1807", "vragen")
    with pytest.raises(ParseError) as err:
        identify(before(identify, "Een gewone brief.\n\nMet twee alinea's.\n"))
    assert err.value.key == "not_kamervragen"


# ---- the parts the passes are made of --------------------------------------------------------------------


def test_lines_are_spans_of_the_text() -> None:
    state = before(paginate, "een\ntwee\n\ndrie")
    paginate(state)
    lines = state.lines
    assert list(lines.text) == ["een", "twee", "", "drie"] and lines.text[-1] == "drie"
    lines.text[1] = "TWEE"
    copy = lines.like()
    copy.copy(lines, 1)
    copy.copy(lines, 3)
    assert list(copy.text) == ["TWEE", "drie"]


def test_textops_match_the_patterns_they_replace() -> None:
    spaces = "".join(c for c in map(chr, range(0x3001)) if re.match(r"\s", c))
    sample = f" a {spaces}b\n\n c  " * 30_000
    assert collapse_spaces(sample) == re.sub(r"\s+", " ", sample).strip()
    text = "ab\ufffecd " * 30_000
    pattern = re.compile(r"(?<=[a-z])\ufffe(?=[a-z])")
    assert chunked_sub(pattern, "", text, re.compile(r"(?<=\s)")) == pattern.sub("", text)
