"""A self-contained HTML page of the aligned view: each question beside its answer, as on screen.

Safe to open anywhere: one file, a style element and no scripts, no images, no remote resources (a Content
Security Policy says so to the browser as well); every text from the document is escaped with
`html.escape`. The only links are footnote references inside the page (`#noot-N`) and the official pages
(zoek.officielebekendmakingen.nl) of the documents that the header and the footnotes cite; other URLs in a
note are shown as text. When printed from a browser, a pair is kept on one page where it fits.

The wording follows the aligned document (`reader.gui.aligned_document`): the same headings, notes for an
unanswered question or an answer without a question, and the same translations.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from reader.core.model import Block, Document, Footnote, Kind, Pair
from reader.gui.aligned_document import Columns, clean_text, format_date, paragraphs_with_markers
from reader.printing.files import atomic_output
from reader.printing.options import PrintOptions

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
table.aligned tr.more td{border-top:1px dotted #b0b0b0}
tbody.pair{break-inside:avoid;page-break-inside:avoid}
.label{font-weight:bold;color:#1f4e79;margin:0 0 .2rem}
.label+.label,p+.label{margin-top:.9rem}
td p{margin:0 0 .45rem}
.note{font-style:italic;color:#555}
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


def _tr(text: str) -> str:
    return QCoreApplication.translate("AlignedDocument", text)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _text(text: str) -> str:
    """Escaped shown text; a kept list line (U+2028 from clean_text) becomes a line break."""
    return _e(text).replace("\u2028", "<br>")


def question_heading(block: Block) -> str:
    """'Vraag 3', 'Vraag (4)' for an inferred number, as the aligned document labels a question."""
    if block.label:
        return _tr("Vraag %1").replace("%1", block.label)
    if block.inferred and block.numbers:
        return _tr("Vraag (%1)").replace("%1", ", ".join(block.numbers))
    return _tr("Vraag")


def answer_heading(block: Block) -> str:
    if block.label:
        return _tr("Antwoord %1").replace("%1", block.label)
    if block.inferred and block.numbers:
        return _tr("Antwoord (%1)").replace("%1", ", ".join(block.numbers))
    return _tr("Antwoord")


class _Writer:
    def __init__(self, doc: Document, options: PrintOptions, current_pair: int | None) -> None:
        self.doc = doc
        self.options = options
        self.all_pairs = doc.pairs()
        wanted = options.resolved_pairs(len(self.all_pairs), current_pair)
        self.indexes = list(range(len(self.all_pairs))) if wanted is None else wanted
        self.show_q = options.columns in (Columns.BOTH, Columns.QUESTIONS)
        self.show_a = options.columns in (Columns.BOTH, Columns.ANSWERS)
        self.notes_used: list[int] = []

    # ---- pieces -------------------------------------------------------------------------------------------
    def block_html(self, block: Block, heading: str) -> str:
        out = [f'<p class="label">{_e(heading)}</p>']
        markers = [(m.offset, m.number) for m in block.markers]
        for pieces in paragraphs_with_markers(block.text, markers):
            parts: list[str] = []
            previous_marker = False
            for piece in pieces:
                if isinstance(piece, int):
                    sep = "," if previous_marker else ""
                    parts.append(f'<sup class="fn">{sep}<a href="#noot-{piece}">{piece}</a></sup>')
                    self.notes_used.append(piece)
                    previous_marker = True
                elif piece:
                    parts.append(_text(piece))
                    previous_marker = False
            out.append(f"<p>{''.join(parts)}</p>")
        return "".join(out)

    def unanswered_note(self) -> str:
        if self.doc.kind == Kind.MEDEDELING:
            if self.doc.ontvangen is not None:
                return _tr("Uitgesteld — mededeling ontvangen %1").replace("%1", format_date(self.doc.ontvangen))
            return _tr("Uitgesteld — zie de mededeling")
        return _tr("Niet beantwoord in dit document")

    def ref_link(self, doc_id: str, url: str) -> str:
        return f'<a href="{_e(url)}">{_e(doc_id)}</a>'

    # ---- parts --------------------------------------------------------------------------------------------
    def header(self) -> str:
        d = self.doc
        kind = {
            Kind.ANTWOORD: _tr("Vragen en antwoorden"),
            Kind.MEDEDELING: _tr("Mededeling: beantwoording uitgesteld"),
            Kind.VRAGEN: _tr("Vragen, nog niet beantwoord"),
        }[d.kind]
        kicker = f"{kind}  ·  {d.id}" if d.id else kind
        title = clean_text(d.subject or d.title or d.id or _tr("Kamervragen"))
        title = title[:1].upper() + title[1:]
        rows: list[tuple[str, str]] = []
        if d.indieners:
            members = ", ".join(f"{m.name} ({m.party})" if m.party else m.name for m in d.indieners)
            rows.append((_tr("Vragen van"), _text(clean_text(members))))
        if d.gericht_aan:
            rows.append((_tr("Aan"), _text(clean_text(d.gericht_aan))))
        if d.ingezonden:
            rows.append((_tr("Ingezonden"), _e(format_date(d.ingezonden))))
        if d.beantwoord_door:
            who = _tr("Mededeling van") if d.kind == Kind.MEDEDELING else _tr("Antwoord van")
            rows.append((who, _text(clean_text(d.beantwoord_door))))
        if d.ontvangen:
            rows.append((_tr("Ontvangen"), _e(format_date(d.ontvangen))))
        if d.zie_ook:
            rows.append((_tr("Zie ook"), ", ".join(self.ref_link(r.id, r.url) for r in d.zie_ook)))
        out = ["<header>", f'<p class="kicker">{_e(kicker)}</p>', f"<h1>{_text(title)}</h1>"]
        if rows:
            out.append('<table class="meta">')
            out.extend(f"<tr><th>{_e(k)}</th><td>{v}</td></tr>" for k, v in rows)
            out.append("</table>")
        if d.kind == Kind.MEDEDELING and d.mededeling:
            out.append(f'<p class="notice">{_text(clean_text(d.mededeling.strip()))}</p>')
        out.append("</header>")
        return "\n".join(out)

    def pair(self, number: int, index: int, pair: Pair) -> str:
        rows = max(1, len(pair.questions)) if self.show_q else 1
        grouped = self.show_q and self.show_a and rows > 1
        answer_cell = ""
        if self.show_a:
            if pair.answers:
                inner = "".join(self.block_html(self.doc.answers[ai], answer_heading(self.doc.answers[ai]))
                                for ai in pair.answers)  # fmt: skip
            else:
                inner = f'<p class="note">{_e(self.unanswered_note())}</p>'
            classes = "answer grouped" if grouped else "answer"
            span = f' rowspan="{rows}"' if rows > 1 and self.show_q else ""
            answer_cell = f'<td class="{classes}"{span}>{inner}</td>'
        question_cells: list[str] = []
        if self.show_q:
            if pair.questions:
                for qi in pair.questions:
                    block = self.doc.questions[qi]
                    inner = self.block_html(block, question_heading(block))
                    question_cells.append(f'<td class="question">{inner}</td>')
            else:
                if any(self.doc.answers[ai].numbers for ai in pair.answers):
                    note = _tr("Geen vraag met dit nummer in dit document")
                else:
                    note = _tr("Geen vraag bij dit antwoord in dit document")
                question_cells.append(f'<td class="question"><p class="note">{_e(note)}</p></td>')
        out = [f'<tbody class="pair" id="paar-{number}">']
        if not question_cells:
            out.append(f"<tr>{answer_cell}</tr>")
        for r, cell in enumerate(question_cells):
            cls = ' class="more"' if r else ""
            out.append(f"<tr{cls}>{cell}{answer_cell if r == 0 else ''}</tr>")
        out.append("</tbody>")
        return "".join(out)

    def notes(self) -> str:
        if not self.options.footnotes or not self.doc.footnotes:
            return ""
        if len(self.indexes) == len(self.all_pairs) and self.show_q and self.show_a:
            notes: Sequence[Footnote] = self.doc.footnotes
        else:
            used = set(self.notes_used)
            notes = [f for f in self.doc.footnotes if f.number in used]
        if not notes:
            return ""
        out = ['<section class="notes">', f"<h2>{_e(_tr('Voetnoten'))}</h2>", "<ol>"]
        for note in notes:
            text = clean_text(note.text)
            refs = "".join(f'<span class="ref">{self.ref_link(r.id, r.url)} {_e(r.url)}</span>'
                           for r in note.references)  # fmt: skip
            shown = {r.url for r in note.references}
            extra = [u for u in note.urls if u not in shown and u not in text]
            refs += "".join(f'<span class="ref">{_e(u)}</span>' for u in extra)  # not a link: not an official page
            out.append(
                f'<li id="noot-{note.number}"><span class="n">{note.number}</span><span>{_text(text)}{refs}</span></li>'
            )
        out += ["</ol>", "</section>"]
        return "\n".join(out)

    def page(self) -> str:
        d = self.doc
        title_parts = [p for p in (d.id, clean_text(d.subject or d.title or "")) if p]
        title = " — ".join(title_parts) or "Kamervragen"
        heads = []
        if self.show_q:
            heads.append(f'<th scope="col">{_e(QCoreApplication.translate("PrintRenderer", "Vraag"))}</th>')
        if self.show_a:
            heads.append(f'<th scope="col">{_e(QCoreApplication.translate("PrintRenderer", "Antwoord"))}</th>')
        cols = len(heads)
        ratio = min(0.8, max(0.2, self.options.ratio))
        colgroup = (
            f'<colgroup><col style="width:{ratio * 100:.1f}%"><col style="width:{100 - ratio * 100:.1f}%"></colgroup>'
            if cols == 2
            else ""
        )
        body = [self.pair(n, i, self.all_pairs[i]) for n, i in enumerate(self.indexes, start=1)]
        notes = self.notes()  # after the pairs: they collect the markers shown
        return "\n".join(
            [
                "<!DOCTYPE html>",
                '<html lang="nl">',
                "<head>",
                '<meta charset="utf-8">',
                f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
                '<meta name="viewport" content="width=device-width, initial-scale=1">',
                f'<meta name="generator" content="{GENERATOR}">',
                f"<title>{_e(title)}</title>",
                f"<style>\n{_STYLE}\n</style>",
                "</head>",
                "<body>",
                self.header(),
                f'<table class="aligned">{colgroup}<thead><tr>{"".join(heads)}</tr></thead>',
                *body,
                "</table>",
                notes,
                "</body>",
                "</html>",
                "",
            ]
        )


def aligned_html(doc: Document, options: PrintOptions | None = None, *, current_pair: int | None = None) -> str:
    """The aligned view of `doc` as one self-contained HTML page (see the module docstring)."""
    return _Writer(doc, options or PrintOptions(), current_pair).page()


def export_html(
    doc: Document,
    path: str | Path,
    options: PrintOptions | None = None,
    *,
    current_pair: int | None = None,
    overwrite: bool = False,
) -> None:
    """Write `aligned_html()` to `path` (UTF-8), atomically; raises ExportError."""
    text = aligned_html(doc, options, current_pair=current_pair)
    with atomic_output(path, overwrite) as tmp:
        tmp.write_text(text, encoding="utf-8")
