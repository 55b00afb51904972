"""Benchmark of the answer-time statistics (issue 15). Prints times and their ratio to a floor timed in the same run.

    python bench/bench_stats.py            # 100,000 fictional documents: the figures, then the overview window
    python bench/bench_stats.py --quick    # 10,000 (ratios only indicative)
    python bench/bench_stats.py --overview-only

For each grouping (ministry, party, member, year, month) and for a few filters: `Library.stats(by, query)`
(every figure of every group and the total), median and p95 of 15 runs after one warm-up, against the floor
"a bare `SELECT count(*)` over the same rows" (the set heads that pass the same filters). Goal: every figure set
under 200 ms at 100,000 documents. The library is the library benchmark's (built once, cached in
$TMPDIR/kamervragen-bench-library).

The overview window (reader.gui.overview), each round a fresh process on the offscreen platform with the main
window shown on the library: the time from the command to the overview shown and painted with its first tab
(Qt Charts loaded, the figures per ministry read, the box chart and the table drawn), then switching to the
other two tabs and changing a filter (figures read again, chart and table redrawn). The baseline, timed in the
same processes: a bare QChartView with one line series of twelve points made, shown and painted (Qt Charts
loaded for it; alternate rounds load Qt Charts first for the overview, then for the baseline, so neither gets
the import for free). Goal: the overview opens in under 300 ms at 100,000 documents.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_library import built_library

from reader.library import search
from reader.library.search import Query
from reader.library.stats import BYS
from reader.library.store import Library

REPEATS = 15


def timed(run: Callable[[], object], repeats: int = REPEATS) -> tuple[float, float]:
    run()  # warm: the pages are in the cache, as they are for a window that shows its overview again
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        run()
        times.append(time.perf_counter() - t)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]


def floor(lib: Library, q: Query) -> Callable[[], object]:
    """A bare count of the rows the figures are made of: the set heads passing the same filters."""
    where, params = search._filters(q.normalised(), party_drives=True)
    sql = f"SELECT count(*) FROM documents d WHERE d.head = 1{where}"
    return lambda: lib.connection.execute(sql, params).fetchone()


OVERVIEW_ROUND = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from datetime import date
from PySide6.QtWidgets import QApplication
app = QApplication(["bench"])
from reader.gui.app import quiet_offscreen_warnings
quiet_offscreen_warnings()
from reader.gui.main_window import MainWindow
from reader.gui.settings import Settings
from reader.library import Library

def settle():
    for _ in range(3):
        app.processEvents()

def bare():
    t = time.perf_counter()
    from PySide6.QtCharts import QChart, QChartView, QLineSeries
    chart = QChart()
    series = QLineSeries()
    for i in range(12):
        series.append(i, (i * 7) % 30)
    chart.addSeries(series)
    chart.createDefaultAxes()
    view = QChartView(chart)
    view.resize(800, 500)
    view.show()
    settle()
    view.repaint()
    elapsed = time.perf_counter() - t
    view.close()
    return elapsed

lib = Library(sys.argv[1], read_only=True)
window = MainWindow(lib, Settings(), restore=False, today=date(2025, 4, 1))
window.resize(1440, 900)
window.show()
settle()
out = {}
if sys.argv[2] == "bare-first":
    out["bare"] = bare()
t = time.perf_counter()
overview = window.show_answer_overview()
settle()
overview.repaint()
out["open"] = time.perf_counter() - t
for i, name in ((1, "open_tab"), (2, "trend_tab")):
    t = time.perf_counter()
    overview.tabs.setCurrentIndex(i)
    settle()
    overview.repaint()
    out[name] = time.perf_counter() - t
overview.tabs.setCurrentIndex(0)
settle()
year = overview.filters["year"]
t = time.perf_counter()
year.setCurrentIndex(year.findData("2010-2011"))
settle()
overview.repaint()
out["filter"] = time.perf_counter() - t
if sys.argv[2] != "bare-first":
    out["bare"] = bare()
print(json.dumps(out))
"""


def bench_overview(path: Path, rounds: int) -> bool:
    """The overview window's opening against a bare chart view, each round a fresh process (see the docstring)."""
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]), QT_QPA_PLATFORM="offscreen")
    runs: list[dict[str, float]] = []
    for i in range(rounds + 1):
        order = "bare-first" if i % 2 else "overview-first"
        done = subprocess.run([sys.executable, "-c", OVERVIEW_ROUND, str(path), order], capture_output=True,
                              text=True, env=env, timeout=300, check=True)  # fmt: skip
        if i:  # the first round warms the disk cache and the bytecode
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"\noverview window, {rounds} rounds (a fresh process each), median / max:")
    print(f"{'what':52} {'median':>9} {'max':>9} {'vs bare':>8}")
    bare = statistics.median(r["bare"] for r in runs)
    labels = (("open", "opened: first tab (per ministry) shown and painted"), ("open_tab", "to 'open and overdue'"),
              ("trend_tab", "to 'per month'"), ("filter", "a vergaderjaar chosen (figures again)"),
              ("bare", "baseline: a bare QChartView, one series, shown"))  # fmt: skip
    for key, label in labels:
        values = [r[key] for r in runs]
        median = statistics.median(values)
        print(f"{label:52} {median * 1000:7.1f} ms {max(values) * 1000:7.1f} ms {median / bare:7.1f}×")
    opened = statistics.median(r["open"] for r in runs)
    ok = opened < 0.300
    print("OK: the overview opens in under 300 ms" if ok else "FAIL: opening the overview took 300 ms or more")
    return ok


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="10,000 documents")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kamervragen-bench-library")
    ap.add_argument("--library", type=Path, help="measure this library instead of the generated one")
    ap.add_argument("--overview-only", action="store_true", help="only the overview window")
    ap.add_argument("--rounds", type=int, default=9, help="overview rounds (fresh processes)")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    n = 10_000 if args.quick else 100_000
    path = args.library or built_library(args.cache, n)
    if args.overview_only:
        return 0 if bench_overview(path, args.rounds) else 1
    ok = True
    with Library(path, read_only=True) as lib:
        sets = lib.stats("ministry").total.sets
        print(f"{len(lib):,} documents, {sets:,} question sets; median / p95 of {REPEATS} runs")
        print(f"{'figures':34} {'groups':>6} {'median':>9} {'p95':>9} {'count(*)':>9} {'ratio':>6}")
        cases: list[tuple[str, str, Query]] = [(f"by {by}", by, Query()) for by in BYS]
        cases += [
            ("by ministry, one vergaderjaar", "ministry", Query(year="2010-2011")),
            ("by month, one party", "month", Query(party="NVP")),
            ("by party, one ministry", "party", Query(ministry="Financiën")),
            ("by year, open sets only", "year", Query(status="open")),
            ("by ministry, search text", "ministry", Query(text="stikstof")),
        ]
        overview = 0.0
        for label, by, q in cases:
            groups = len(lib.stats(by, q).groups)
            median, p95 = timed(lambda by=by, q=q: lib.stats(by, q))  # type: ignore[misc]
            bare, _ = timed(floor(lib, q))
            good = p95 < 0.200
            ok &= good
            if not q.year and not q.party and not q.ministry and not q.status and not q.text:
                overview += median
            print(
                f"{label:34} {groups:6} {median * 1000:7.1f} ms {p95 * 1000:7.1f} ms {bare * 1000:7.2f} ms "
                f"{median / bare:6.1f}{'' if good else '  FAIL'}"
            )
        print(f"all five groupings together (an overview): {overview * 1000:.1f} ms (median sum)")
    print("OK: every figure set under 200 ms" if ok else "FAIL: a figure set took 200 ms or more")
    ok &= bench_overview(path, args.rounds)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
