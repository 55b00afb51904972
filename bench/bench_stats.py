"""Benchmark of the answer-time statistics (issue 15). Prints times and their ratio to a floor timed in the same run.

    python bench/bench_stats.py            # 100,000 fictional documents
    python bench/bench_stats.py --quick    # 10,000 (ratios only indicative)

For each grouping (ministry, party, member, year, month) and for a few filters: `Library.stats(by, query)`
(every figure of every group and the total), median and p95 of 15 runs after one warm-up, against the floor
"a bare `SELECT count(*)` over the same rows" (the set heads that pass the same filters). Goal: every figure set
under 200 ms at 100,000 documents. The library is the library benchmark's (built once, cached in
$TMPDIR/kamervragen-bench-library).
"""

from __future__ import annotations

import argparse
import statistics
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


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="10,000 documents")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kamervragen-bench-library")
    ap.add_argument("--library", type=Path, help="measure this library instead of the generated one")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    n = 10_000 if args.quick else 100_000
    path = args.library or built_library(args.cache, n)
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
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
