"""The HTML writer of the view model: a self-contained page of the aligned view, each question beside its answer.

Safe to open anywhere: one file, a style element and no scripts, no images, no remote resources (a Content
Security Policy says so to the browser as well); every text from the document is escaped with
`html.escape`. The only links are footnote references inside the page (`#noot-N`) and the official pages
(zoek.officielebekendmakingen.nl) of the documents that the header, the text and the footnotes cite; other
URLs in a note are shown as text. When printed from a browser, a pair is kept on one page where it fits.

What the page says comes from the `View` (`reader.presentation.view`), as on screen and in print.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from reader.core.citations import official_url
from reader.presentation.text import Link, NoteMark, Paragraph, Part, Run, TableView
from reader.presentation.view import BlockView, Pointer, Row, View

GENERATOR = "Kamervragen Reader"
# the browser refuses scripts, images, fonts and every fetch; only the page's own style element applies
CSP = "default-src 'none'; style-src 'unsafe-inline'"

_STYLE = """
body{margin:0 auto;max-width:62rem;padding:1.5rem 1.25rem 3rem;font:16px/1.5 Georgia,'DejaVu Serif',serif;
color:#111;background:#fff}
.kicker{color:#555;font-size:.85rem;margin:0 0 .2rem}
h1{font-size:1.45rem;line-height:1.25;margin:0 0 .6rem}
table.meta{border-collapse:collapse;margin:0 0 1rem;font-size:.95rem}
table.meta th{color:#555;font-weight:normal;text-align:left;padding:.05rem 1rem .05rem 0;vertical-align:top}
table.meta td{padding:.05rem 0}
.notice{font-style:italic;color:#555}
table.aligned{border-collapse:collapse;width:100%;table-layout:fixed}
table.aligned thead th{text-align:left;color:#1f4e79;font-size:.95rem;padding:.3rem 0 .35rem}
table.aligned thead th+th,table.aligned td+td{padding-left:1.1rem}
table.aligned td{vertical-align:top;padding:.7rem .9rem .7rem 0;border-top:1px solid #b0b0b0}
table.aligned td.answer{padding-right:0;border-left:3px solid transparent}
table.aligned td.answer.grouped{border-left-color:#1f4e79}
table.aligned tr.more td,table.aligned tbody.pointer td{border-top:1px dotted #b0b0b0}
table.aligned tbody.pointer td{padding-top:.3rem;padding-bottom:.3rem}
tbody.pair{break-inside:avoid;page-break-inside:avoid}
.label{font-weight:bold;color:#1f4e79;margin:0 0 .2rem}
.label+.label,p+.label,table.data+.label{margin-top:.9rem}
td p{margin:0 0 .45rem}
.note{font-style:italic;color:#555}
p.pointer{font-size:.85rem;color:#555;margin:0}
p.pointer .label{display:inline;margin:0 .5rem 0 0}
table.data{border-collapse:collapse;margin:.2rem 0 .6rem;font-size:.85rem}
table.data th,table.data td{border:1px solid #b0b0b0;padding:.15rem .35rem;text-align:left;vertical-align:top}
sup.fn{font-size:.7em;line-height:0}
sup.fn a,a{color:#1f4e79}
section.notes{margin-top:1.6rem;font-size:.9rem}
section.notes h2{font-size:1rem;margin:0 0 .4rem}
section.notes ol{list-style:none;padding:0;margin:0}
section.notes li{display:grid;grid-template-columns:2rem 1fr;margin:.3rem 0}
section.notes .n{font-weight:bold;color:#1f4e79}
section.notes .ref{display:block;color:#555;font-size:.85rem;overflow-wrap:anywhere}
@media print{body{max-width:none;padding:0;font-size:10.5pt}a{color:inherit}}
""".strip()


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _text(text: str) -> str:
    """Escaped shown text; a kept list line (U+2028 from clean_text) becomes a line break."""
    return _e(text).replace("\u2028", "<br>")


def _ref_link(doc_id: str, text: str | None = None) -> str:
    return f'<a href="{_e(official_url(doc_id))}">{_text(text if text is not None else doc_id)}</a>'


def runs_html(runs: Sequence[Run]) -> str:
    parts: list[str] = []
    for run in runs:
        if isinstance(run, NoteMark):
            sep = "," if run.after_mark else ""
            parts.append(f'<sup class="fn">{sep}<a href="#noot-{run.number}">{run.number}</a></sup>')
        elif isinstance(run, Link):
            parts.append(_ref_link(run.reference.id, run.text))
        else:
            parts.append(_text(run.text))
    return "".join(parts)


def _table(table: TableView) -> str:
    out = ['<table class="data">']
    for r, row in enumerate(table.rows):
        tag = "th" if r == 0 and len(table.rows) > 1 else "td"
        out.append("<tr>" + "".join(f"<{tag}>{_text(c)}</{tag}>" for c in row) + "</tr>")
    out.append("</table>")
    return "".join(out)


def _parts(parts: Sequence[Part]) -> str:
    return "".join(_table(p) if isinstance(p, TableView) else f"<p>{runs_html(p.runs)}</p>" for p in parts)


def _block(block: BlockView) -> str:
    return f'<p class="label">{_e(block.heading)}</p>{_parts(block.parts)}'


def _note(note: Paragraph) -> str:
    return f'<p class="note">{runs_html(note.runs)}</p>'


class _Writer:
    def __init__(self, view: View, ratio: float, endnotes: bool) -> None:
        self.view = view
        self.ratio = min(0.8, max(0.2, ratio))
        self.endnotes = endnotes

    def header(self) -> str:
        h = self.view.header
        out = ["<header>", f'<p class="kicker">{_e(h.kicker)}</p>', f"<h1>{_text(h.title)}</h1>"]
        if h.rows:
            out.append('<table class="meta">')
            out.extend(f"<tr><th>{_e(row.label)}</th><td>{runs_html(row.runs)}</td></tr>" for row in h.rows)
            out.append("</table>")
        if h.notice:
            out.append(f'<p class="notice">{_text(h.notice)}</p>')
        if h.status is not None:
            out.append(f'<p class="notice status">{runs_html(h.status.runs)}</p>')
        out.append("</header>")
        return "\n".join(out)

    def row(self, number: int, row: Row) -> str:
        show_q, show_a = self.view.show_questions, self.view.show_answers
        rows = max(1, len(row.questions)) if show_q else 1
        grouped = show_q and show_a and rows > 1
        answer_cell = ""
        if show_a:
            inner = "".join(_block(b) for b in row.answers)
            if row.answer_note is not None:
                inner += _note(row.answer_note)
            classes = "answer grouped" if grouped else "answer"
            span = f' rowspan="{rows}"' if rows > 1 and show_q else ""
            answer_cell = f'<td class="{classes}"{span}>{inner}</td>'
        question_cells: list[str] = []
        if show_q:
            question_cells = [f'<td class="question">{_block(b)}</td>' for b in row.questions]
            if row.question_note is not None:
                question_cells.append(f'<td class="question">{_note(row.question_note)}</td>')
        out = [f'<tbody class="pair" id="paar-{number}">']
        if not question_cells:
            out.append(f"<tr>{answer_cell}</tr>")
        for r, cell in enumerate(question_cells):
            cls = ' class="more"' if r else ""
            out.append(f"<tr{cls}>{cell}{answer_cell if r == 0 else ''}</tr>")
        out.append("</tbody>")
        return "".join(out)

    def pointer(self, pointer: Pointer) -> str:
        text = f'<p class="pointer"><span class="label">{_e(pointer.label)}</span>{_e(pointer.text)}</p>'
        other = '<td class="answer"></td>' if self.view.show_answers else ""
        return f'<tbody class="pointer"><tr><td class="question">{text}</td>{other}</tr></tbody>'

    def notes(self) -> str:
        if not self.endnotes or not self.view.endnotes:
            return ""
        out = ['<section class="notes">', f"<h2>{_e(self.view.endnotes_heading)}</h2>", "<ol>"]
        for note in self.view.endnotes:
            refs = "".join(f'<span class="ref">{_ref_link(r.id)} {_e(r.url)}</span>' for r in note.references)
            refs += "".join(f'<span class="ref">{_e(u)}</span>' for u in note.urls)  # not a link: not an official page
            out.append(
                f'<li id="noot-{note.number}"><span class="n">{note.number}</span>'
                f"<span>{_text(note.text)}{refs}</span></li>"
            )
        out += ["</ol>", "</section>"]
        return "\n".join(out)

    def page(self) -> str:
        heads = "".join(f'<th scope="col">{_e(h)}</th>' for h in self.view.headings)
        colgroup = (
            f'<colgroup><col style="width:{self.ratio * 100:.1f}%">'
            f'<col style="width:{100 - self.ratio * 100:.1f}%"></colgroup>'
            if len(self.view.headings) == 2
            else ""
        )
        body: list[str] = []
        number = 0
        for item in self.view.items:
            if isinstance(item, Row):
                number += 1
                body.append(self.row(number, item))
            else:
                body.append(self.pointer(item))
        return "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="nl">',
                "<head>",
                '<meta charset="utf-8">',
                f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f'<meta name="generator" content="{GENERATOR}">',
                f"<title>{_e(self.view.title)}</title>",
                f"<style>\n{_STYLE}\n</style>",
                "</head>",
                "<body>",
                self.header(),
                f'<table class="aligned">{colgroup}<thead><tr>{heads}</tr></thead>',
                *body,
                "</table>",
                self.notes(),
                "</body>",
                "</html>",
                "",
            ]
        )


def write_html(view: View, *, ratio: float = 0.5, endnotes: bool = True) -> str:
    """The aligned view as one self-contained HTML page (see the module docstring). `ratio`: the questions
    column's share of the width; `endnotes`: include the footnotes."""
    return _Writer(view, ratio, endnotes).page()
