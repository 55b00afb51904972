"""The official web page beyond the text: subject, soort, citations from links and text, tables as tables,
and the tokenizer's limits."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from reader.core.errors import ParseError
from reader.core.html_tokens import scan
from reader.core.model import Kind, Soort
from reader.core.parse import parse_bytes, parse_file
from reader.core.parse_html import MAX_TAGS, parse_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def cited(block) -> list[tuple[str, str]]:
    return [(block.text[c.start : c.end], c.reference.id) for c in block.citations]


def test_subject_links_and_table():
    doc = parse_file(FIXTURES / "table_citations.html")
    assert (doc.onderwerp, doc.subject, doc.soort) == ("de WERKBONUS", "de WERKBONUS", Soort.ANTWOORD)
    answer = doc.answers[0]
    assert cited(answer) == [
        ("Staatsblad 2022, 301", "stb-2022-301"),
        ("Kamerstuk 29 544, nr. 1201", "kst-29544-1201"),
        ("Stcrt. 2022, 12345", "stcrt-2022-12345"),
    ]
    assert [t.rows for t in answer.tables] == [
        [
            ["Regio", "Aanvragen", "", ""],
            ["", "2021", "2022", "Totaal"],
            ["Noord", "12", "17", "29"],
            ["Zuid", "2", "3", "5"],
        ]
    ]
    assert answer.tables[0].position == 2  # after the first paragraph and the caption
    assert answer.paragraphs[1] == "Aanvragen per regio"
    assert "Noord" not in answer.text and "Totaal" not in answer.text
    assert answer.footnotes == [1] and doc.footnotes[0].text == "Zonder Limburg."


def test_the_same_document_as_the_xml_fixture():
    html = parse_file(FIXTURES / "table_citations.html")
    xml = parse_file(Path(__file__).parent / "fixtures" / "xml" / "table_citations.xml")
    for a, b in zip(html.questions + html.answers, xml.questions + xml.answers, strict=True):
        assert (a.label, a.text, a.footnotes) == (b.label, b.text, b.footnotes)
        assert [(c.start, c.end, c.reference.id) for c in a.citations] == [
            (c.start, c.end, c.reference.id) for c in b.citations
        ]
        assert [(t.rows, t.position) for t in a.tables] == [(t.rows, t.position) for t in b.tables]


def test_per_brief_and_mondeling_and_uitstel():
    doc = parse_file(FIXTURES / "per_brief.html")
    assert (doc.kind, doc.soort, [r.id for r in doc.beantwoord_in]) == (
        Kind.MEDEDELING,
        Soort.PER_BRIEF,
        ["kst-36471-64"],
    )
    doc = parse_file(FIXTURES / "mondeling.html")
    assert (doc.kind, doc.soort, doc.questions) == (Kind.VRAGEN, Soort.MONDELING, [])
    assert doc.subject == "het bericht «App leest berichten ’s nachts»"
    doc = parse_file(FIXTURES / "mededeling.html")
    assert (doc.kind, doc.soort) == (Kind.MEDEDELING, Soort.UITSTEL)


def test_official_3235_page(corpus: Path):
    doc = parse_file(corpus / "official" / "ah-tk-20202021-3235.html")
    assert (doc.subject, doc.soort) == ("de TOZO", Soort.ANTWOORD)
    assert cited(doc.answers[1]) == [("Staatsblad 2020, 118", "stb-2020-118")]


def test_html_table_spans_are_capped():
    page = (
        b"<html><body><div class=antwoord><h2>Antwoord 1</h2><p>Tabel:</p><table><tr><td colspan=99999999>a</td>"
        b"<td rowspan=-4>b</td></tr><tr><td>c</td><td colspan=x>d</td></tr></table></div></body></html>"
    )
    table = parse_html(page, "x.html").answers[0].tables[0]
    assert len(table.rows) == 2 and all(len(r) == len(table.rows[0]) <= 64 for r in table.rows)
    assert table.rows[1][:2] == ["c", "d"]


class _Collect:
    def __init__(self) -> None:
        self.out: list[tuple[str, ...]] = []

    def start(self, tag: str, attrs: dict[str, str], self_closing: bool) -> None:
        self.out.append(("start", tag, *sorted(f"{k}={v}" for k, v in attrs.items())))

    def end(self, tag: str) -> None:
        self.out.append(("end", tag))

    def data(self, text: str) -> None:
        self.out.append(("text", text))


def tokens_of(text: str) -> list[tuple[str, ...]]:
    c = _Collect()
    scan(text, c)
    return c.out


def test_tokenizer_forms():
    assert tokens_of('<P CLASS="a b" id=x checked>t&amp;u</p>') == [
        ("start", "p", "checked=", "class=a b", "id=x"),
        ("text", "t&u"),
        ("end", "p"),
    ]
    assert tokens_of("a<!-- x --><br/>b<script>if (a<b) {}</script>c") == [
        ("text", "a"),
        ("start", "br"),
        ("text", "b"),
        ("start", "script"),
        ("text", "if (a<b) {}"),
        ("end", "script"),
        ("text", "c"),
    ]
    assert tokens_of("x < y <3 </> <!doctype html>z") == [
        ("text", "x "),
        ("text", "<"),
        ("text", " y "),
        ("text", "<"),
        ("text", "3 "),
        ("text", " "),
        ("text", "z"),
    ]
    # unterminated constructs at the end are dropped, as browsers do
    assert tokens_of("a<!-- never closed <p>b") == [("text", "a")]
    assert tokens_of("a<p class='x") == [("text", "a")]
    assert tokens_of("a<script>b") == [("text", "a"), ("start", "script"), ("text", "b")]


def test_too_many_tags_is_one_clear_error():
    page = b"<html><body><div class=vraag><h2>Vraag 1</h2>" + b"<b>x" * (MAX_TAGS + 10)
    with pytest.raises(ParseError) as err:
        parse_bytes(page, "many.html")
    assert err.value.key == "markup_too_complex"
    assert "50000" in err.value.message("en") and "many.html" in err.value.message("en")


@pytest.mark.parametrize("unit", [b"<!--", b"</", b"<a<a", b"<!", b"<p x='"])
def test_unterminated_markup_costs_one_pass(unit: bytes):
    # html.parser rescans an unterminated comment for every "<!--": 400 KB took 150 s
    page = b"<html><body><div class=vraag><h2>Vraag 1</h2><p>Waarom?</p></div>" + unit * (3_000_000 // len(unit))
    start = time.perf_counter()
    try:
        parse_bytes(page, "x.html")
    except ParseError:
        pass
    assert time.perf_counter() - start < 5  # one forward pass: well under a second here
