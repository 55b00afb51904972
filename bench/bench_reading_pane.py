"""Benchmark of the reading pane: opening a 40-pair document and relaying it out after a width change.

Run: `.venv/bin/python bench/bench_reading_pane.py [--pairs 40] [--rounds 30]` (offscreen by default).
Prints figures; the results are kept in BENCHMARKS.md ("Reading pane"). Not a test: timings vary per
machine, so the ratio to a bare QTextBrowser showing the same text in the same run is the portable figure.

- open: `ReadingPane.set_document` until the view is painted (the document is built, laid out as far as
  the view needs, the view painted), against `QTextBrowser.setPlainText` of the same text, painted.
- open, full layout: the same, then the rest of the document laid out too (what QTextEdit otherwise does
  in the background, in steps).
- relayout: a width change (alternating between widths, 40 changes) until the view is painted, at the top,
  in the middle and at the end of the document; and the full-document relayout after a width change.
- divider: a column-ratio change (what one drag step does) until painted.
- highlight: go_to_pair (scroll + highlight), and a flash frame (repaint only).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the fictional-document generators

from PySide6.QtWidgets import QApplication, QTextBrowser
from sample_document import fictional_document

from reader.gui.reading_pane import ReadingPane

CPU: list[tuple[str, float]] = []  # (series, process CPU ms): other engineers share this machine's cores


def _ms(f: Callable[[], object], series: str = "") -> float:
    """Wall-clock milliseconds of f(); the process CPU time goes to CPU under `series`."""
    c0 = time.process_time()
    t0 = time.perf_counter()
    f()
    wall = (time.perf_counter() - t0) * 1000
    if series:
        CPU.append((series, (time.process_time() - c0) * 1000))
    return wall


def _cpu(series: str) -> float:
    return statistics.median([ms for name, ms in CPU if name == series])


def _pct(values: list[float], q: float) -> float:
    s = sorted(values)
    k = min(len(s) - 1, max(0, round(q * (len(s) - 1))))
    return s[k]


def _plain_text(doc: object) -> str:
    from reader.core.model import Document

    assert isinstance(doc, Document)
    parts = [doc.title or ""]
    for q in doc.questions:
        parts.append(f"Vraag {q.label}\n{q.text}")
    for a in doc.answers:
        parts.append(f"Antwoord {a.label}\n{a.text}")
    return "\n\n".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=40)
    ap.add_argument("--rounds", type=int, default=15)
    args = ap.parse_args()
    app = QApplication.instance() or QApplication([])
    doc = fictional_document(args.pairs, seed=7)
    text = _plain_text(doc)
    chars = len(text)

    pane = ReadingPane()
    pane.resize(1100, 800)
    pane.show()
    bare = QTextBrowser()
    bare.resize(1100, 800)
    bare.show()
    app.processEvents()

    # warm up fonts and code paths
    pane.set_document(doc)
    pane.viewport().repaint()
    bare.setPlainText(text)
    bare.viewport().repaint()

    open_pane: list[float] = []
    open_bare: list[float] = []
    open_full: list[float] = []
    for _ in range(args.rounds):
        pane.set_document(None)
        bare.clear()
        app.processEvents()

        def open_it() -> None:
            pane.set_document(doc)
            pane.viewport().repaint()

        open_pane.append(_ms(open_it, "open"))
        open_full.append(open_pane[-1] + _ms(lambda: pane.document().documentLayout().documentSize()))

        def open_bare_it() -> None:
            bare.setPlainText(text)
            bare.viewport().repaint()

        open_bare.append(_ms(open_bare_it, "bare"))
        app.processEvents()

    widths = [700, 1100, 1600]

    def relayout_series(where: str) -> tuple[list[float], list[float]]:
        visible: list[float] = []
        full: list[float] = []
        pane.resize(1100, 800)
        app.processEvents()
        pane.document().documentLayout().documentSize()
        bar = pane.verticalScrollBar()
        for k in range(40):
            w = widths[k % len(widths)] + (k // len(widths)) % 2  # never the same width twice in a row
            if where == "middle":
                bar.setValue(bar.maximum() // 2)
            elif where == "end":
                bar.setValue(bar.maximum())
            app.processEvents()

            def resize_it(w: int = w) -> None:
                pane.resize(w, 800)
                pane.viewport().repaint()

            visible.append(_ms(resize_it, f"relayout-{where}"))
            full.append(visible[-1] + _ms(lambda: pane.document().documentLayout().documentSize()))
            app.processEvents()
        return visible, full

    relayout = {where: relayout_series(where) for where in ("top", "middle", "end")}

    # one drag step of the divider
    pane.resize(1100, 800)
    app.processEvents()
    ratios: list[float] = []
    for k in range(30):
        r = 0.35 + 0.01 * (k % 25)

        def ratio_it(r: float = r) -> None:
            pane.set_column_ratio(r)
            pane.viewport().repaint()

        ratios.append(_ms(ratio_it, "ratio"))
        app.processEvents()

    goto: list[float] = []
    flash: list[float] = []
    for k in range(30):
        i = (k * 7) % pane.pair_count()

        def goto_it(i: int = i) -> None:
            pane.go_to_pair(i)
            pane.viewport().repaint()

        goto.append(_ms(goto_it))
        flash.append(_ms(lambda: pane.viewport().repaint()))
        app.processEvents()

    med = statistics.median
    print(f"document: {pane.pair_count()} pairs, {chars} characters of text, {pane.document().blockCount()} blocks")
    print(
        f"open to painted view: pane {med(open_pane):.1f} ms (p95 {_pct(open_pane, 0.95):.1f}), "
        f"bare QTextBrowser.setPlainText {med(open_bare):.1f} ms, ratio {med(open_pane) / med(open_bare):.1f}x"
        f" (CPU: {_cpu('open'):.1f} / {_cpu('bare'):.1f} ms, ratio {_cpu('open') / _cpu('bare'):.1f}x)"
    )
    print(f"open incl. full layout: {med(open_full):.1f} ms (p95 {_pct(open_full, 0.95):.1f})")
    for where, (visible, full) in relayout.items():
        print(
            f"relayout after width change, view at {where}: p50 {med(visible):.1f} ms, "
            f"p95 {_pct(visible, 0.95):.1f} ms (CPU p50 {_cpu('relayout-' + where):.1f} ms); "
            f"incl. full layout p50 {med(full):.1f} ms, p95 {_pct(full, 0.95):.1f} ms"
        )
    print(
        f"divider step (ratio change + paint): p50 {med(ratios):.1f} ms, p95 {_pct(ratios, 0.95):.1f} ms"
        f" (CPU p50 {_cpu('ratio'):.1f} ms)"
    )
    print(f"go_to_pair + paint: p50 {med(goto):.1f} ms; flash frame (repaint): p50 {med(flash):.2f} ms")


if __name__ == "__main__":
    main()
