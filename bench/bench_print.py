"""Printing benchmark: the aligned print of a 40-pair set to PDF against QTextDocument.print_() of the same text.

    python bench/bench_print.py [--pairs 40] [--rounds 7] [--whole-pairs]

Both sides write a PDF through QPrinter (PdfFormat, HighResolution) in the same process, alternating, and the
median of the rounds is reported. The baseline is the plainest way to print the same text: one QTextDocument
holding one two-column table (a row per pair: the questions' text, the answers' text), printed with
`QTextDocument.print_()`. The aligned print builds the aligned document, lays it out on the printer, lets a
pair continue on the next page or moves it there (with `--whole-pairs`: keeps each pair on one page when it
fits), and paints header, column headings, footer and endnotes per page.
Goal: at most 3x the baseline.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the fictional-document generators

from PySide6.QtGui import QFont, QTextCursor, QTextDocument, QTextLength, QTextTableFormat
from PySide6.QtPrintSupport import QPrinter
from sample_document import fictional_document

from reader.core.model import Document
from reader.printing.options import PrintOptions
from reader.printing.renderer import (
    PrintRenderer,
    ensure_gui_application,
    new_pdf_printer,
    print_font_family,
)


def plain_print(doc: Document, path: Path, font: QFont) -> int:
    """The baseline: the same text in one plain table, printed with QTextDocument.print_()."""
    qdoc = QTextDocument()
    qdoc.setDefaultFont(font)
    pairs = doc.pairs()
    cursor = QTextCursor(qdoc)
    tf = QTextTableFormat()
    tf.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    tf.setCellPadding(4)
    table = cursor.insertTable(len(pairs), 2, tf)
    for r, pair in enumerate(pairs):
        q = "\n".join(doc.questions[i].text for i in pair.questions)
        a = "\n".join(doc.answers[i].text for i in pair.answers)
        table.cellAt(r, 0).firstCursorPosition().insertText(q)
        table.cellAt(r, 1).firstCursorPosition().insertText(a)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    qdoc.print_(printer)
    return pdf_pages(path)


def pdf_pages(path: Path) -> int:
    """Pages in a PDF written by Qt (one /Type /Page object per page)."""
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", path.read_bytes()))


OPTIONS = PrintOptions()


def aligned_print(doc: Document, path: Path) -> int:
    options = OPTIONS
    printer = new_pdf_printer(path, options, doc)
    return PrintRenderer(doc, options).render(printer).page_count


def aligned_phases(doc: Document, path: Path) -> tuple[float, float]:
    """(build + layout + pagination, painting) of one aligned print, in seconds."""
    options = OPTIONS
    printer = new_pdf_printer(path, options, doc)
    renderer = PrintRenderer(doc, options)
    t = time.perf_counter()
    renderer.layout(printer)
    t_layout = time.perf_counter() - t
    t = time.perf_counter()
    renderer.render(printer)  # the layout is kept: same printer
    return t_layout, time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--whole-pairs", action="store_true", help="the option 'pairs always whole'")
    args = ap.parse_args(argv)
    global OPTIONS
    OPTIONS = PrintOptions(whole_pairs=args.whole_pairs)
    ensure_gui_application()
    doc = fictional_document(args.pairs, seed=7)
    font = QFont(print_font_family())
    font.setPointSizeF(10)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # warm up: font loading and the first PDF engine set-up are paid once per process
        plain_print(doc, folder / "warm-plain.pdf", font)
        aligned_print(doc, folder / "warm-aligned.pdf")
        plain: list[float] = []
        aligned: list[float] = []
        plain_pages = aligned_pages = 0
        for r in range(args.rounds):
            t = time.perf_counter()
            plain_pages = plain_print(doc, folder / f"plain-{r}.pdf", font)
            plain.append(time.perf_counter() - t)
            t = time.perf_counter()
            aligned_pages = aligned_print(doc, folder / f"aligned-{r}.pdf")
            aligned.append(time.perf_counter() - t)
        p, a = statistics.median(plain), statistics.median(aligned)
        phases = [aligned_phases(doc, folder / f"phases-{r}.pdf") for r in range(args.rounds)]
        lay = statistics.median(x for x, _ in phases)
        paint = statistics.median(y for _, y in phases)
    whole = ", pairs always whole" if args.whole_pairs else ""
    print(f"set: {len(doc.pairs())} pairs, {len(doc.footnotes)} footnotes (fictional, seed 7){whole}")
    print(f"QTextDocument.print_(), one plain table: {p * 1000:.1f} ms median of {args.rounds}, {plain_pages} pages")
    print(f"aligned print (PrintRenderer):        {a * 1000:.1f} ms median of {args.rounds}, {aligned_pages} pages")
    print(f"  of which build + layout + pagination {lay * 1000:.1f} ms, painting {paint * 1000:.1f} ms")
    print(f"ratio: {a / p:.2f}x (goal <= 3x)")
    return 0 if a / p <= 3.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
