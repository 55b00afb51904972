"""Hostile marked-up documents for the growth test and the benchmark: a unit of hostile snippets repeated.

Each format has snippets that stress one part of its parser (unclosed and nested tags, long runs of text,
digits and dots, many links, notes, tables, headings, citations); a shape is a few snippets joined, repeated
`n` times inside a document that is otherwise a valid set. `units_for` gives the repeat count that makes a
document of about `size` bytes while staying under the parsers' caps (so the whole parser runs, not only
the refusal).
"""

from __future__ import annotations

from collections.abc import Callable

from office_files import docx, odt, w_paragraph, w_table

XML_SNIPPETS = [
    "<al>woord woord woord</al>",
    "<al><nadruk><nadruk><nadruk>x</nadruk></nadruk></nadruk></al>",
    '<al>zie <extref doc="stb-2020-1" soort="document">Stb. 2020, 1</extref> en Kamerstuk 12 345, nr. 6</al>',
    "<al>x<noot><noot.nr>1</noot.nr><noot.al>Kamerstuk 29 544, nr. 1 https://x.nl/a</noot.al></noot></al>",
    "<table><tgroup cols='2'><colspec colname='c1'/><colspec colname='c2'/><tbody><row><entry>a</entry>"
    "<entry namest='c1' nameend='c2' morerows='3'>b</entry></row></tbody></tgroup></table>",
    "<al>" + "1234567890" * 8 + "</al>",
    "<al>" + "....." * 8 + "</al>",
    "<al>Vraag 1, 2 en 3</al>",
    "<lijst><li><li.nr>a.</li.nr><al>x</al></li></lijst>",
    "<al>Aanhangsel Handelingen II, vergaderjaar 2019-2020, nr. 12, 13 en 14 " + "12 345, " * 4 + "</al>",
    "<al><nadruk>" + "woord " * 60 + "</nadruk></al>",  # a few tags in long text: per-tag work on the text shows
]
HTML_SNIPPETS = [
    "<b>x",
    "<p>x",
    "<div class=vraag>",
    "</div>",
    "<td>x<tr>",
    "<table>",
    '<sup><a class="nootnum" href="#n1">1</a></sup>',
    '<a href="stb-2020-1.html">Stb. 2020, 1</a> ',
    "<!-- c -->",
    "&amp;&#233;",
    "woord " * 8,
    "Kamerstuk 12 345, nr. 1, ",
    "<h2>Vraag 1</h2>",
    "<span><span><span>",
    "</p></b></i>",
    "1234567890" * 8,
    "<i>" + "woord " * 60,  # a few tags in long text: per-tag work on the text shows
]
ODT_SNIPPETS = [
    "<text:p>woord woord</text:p>",
    "<text:p><text:span><text:span>x</text:span></text:span></text:p>",
    "<text:p>x<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Kamerstuk 29 544, "
    "nr. 1</text:p></text:note-body></text:note></text:p>",
    "<table:table><table:table-row><table:table-cell table:number-columns-spanned='2'><text:p>a</text:p>"
    "</table:table-cell><table:covered-table-cell/></table:table-row></table:table>",
    '<text:p><text:a xlink:href="stb-2020-1.html">Stb. 2020, 1</text:a></text:p>',
    "<text:list><text:list-item><text:p>x</text:p></text:list-item></text:list>",
    "<text:p>" + "1234567890" * 8 + "</text:p>",
    "<text:p><text:span>" + "woord " * 60 + "</text:span></text:p>",
]
DOCX_SNIPPETS = [
    w_paragraph("woord woord"),
    w_paragraph("Een vet stuk tekst?", bold=True),
    w_paragraph("met een voetnoot", footnote=1),
    "<w:p><w:r><w:t>a</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>b</w:t></w:r><w:r><w:tab/></w:r></w:p>",
    w_table([["a", "b"], ["c", "d"]]),
    w_paragraph("item", numbered=True),
    w_paragraph("1234567890" * 8),
    w_paragraph("Kamerstuk 12 345, nr. 1 en Stb. 2020, 1"),
    w_paragraph("woord " * 60),
]
SNIPPETS = {"xml": XML_SNIPPETS, "html": HTML_SNIPPETS, "odt": ODT_SNIPPETS, "docx": DOCX_SNIPPETS}


def xml_document(unit: str, n: int) -> bytes:
    body = (
        "<officiele-publicatie><kamervragen><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag>"
        f"<antwoord><nr>Antwoord 1</nr>{unit * n}</antwoord></kamervragen></officiele-publicatie>"
    )
    return body.encode()


def html_document(unit: str, n: int) -> bytes:
    head = "<html><body><div class=stuk><div class=vraag><h2>Vraag 1</h2><p>Waarom?</p></div>"
    return (head + "<div class=antwoord><h2>Antwoord 1</h2>" + unit * n).encode()


def odt_document(unit: str, n: int) -> bytes:
    start = "<text:p>Vraag 1</text:p><text:p>Waarom?</text:p><text:p>Antwoord 1</text:p>"
    return odt(start + unit * n)


def docx_document(unit: str, n: int) -> bytes:
    start = [w_paragraph("Vraag 1", True), w_paragraph("Waarom?", True), w_paragraph("Antwoord op vraag 1", True)]
    return docx([*start, unit * n], footnotes={1: "Kamerstuk 29 544, nr. 1"})


DOCUMENTS: dict[str, Callable[[str, int], bytes]] = {
    "xml": xml_document,
    "html": html_document,
    "odt": odt_document,
    "docx": docx_document,
}
# the caps a document must stay under for the whole parser to run: elements ("<"), blocks
TAG_CAP = {"xml": 100_000, "html": 50_000, "odt": 100_000, "docx": 100_000}
BLOCK_CAP = 5_000


def units_for(fmt: str, unit: str, size: int, share: float = 0.8) -> int:
    """How many times `unit` fits in about `size` bytes of markup, staying at `share` of the parser's caps."""
    n = max(1, size // max(1, len(unit)))
    tags = unit.count("<")
    if tags:
        n = min(n, int(share * TAG_CAP[fmt]) // (tags if fmt == "html" else (tags + 1) // 2))
    blocks = unit.count("Vraag 1")
    if blocks:
        n = min(n, int(share * BLOCK_CAP) // blocks)
    return max(1, n)
