"""Benchmarks of the library (issue 3). Prints ratios to floors measured in the same run.

    python bench/bench_library.py              # everything: import 10,000; search 100,000; open at 1k/10k/100k
    python bench/bench_library.py --quick      # smaller sizes, for a quick look (ratios only indicative)

1. Import: `Importer.run` over N generated text files (fictional documents in the official PDF layout),
   against the floor "parse every file (read + parse_bytes) + insert the same column texts into a bare
   FTS5 table with the same tokenizer (one transaction)". Target: at most 2× the floor.
2. Search over 100,000 documents: `Library.query(Query(text=…, limit=20))` (total count, first page newest
   first, snippets, rows) against a bare `SELECT rowid FROM fts WHERE fts MATCH ?` of the same translated
   query on the same index, fetching every matching rowid (what is needed to know the total).
   Target: p95 at most 1.5× the floor's p95, and under 50 ms.
3. Opening the library and listing the first page (default order), each in a fresh process: time and
   memory (peak RSS growth) at 1,000, 10,000 and 100,000 documents. Target: flat.

Libraries and files are generated once and cached (default: $TMPDIR/kamervragen-bench-library).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))  # the fictional-document generators

from synth import documents, write_files

from reader.core.parse import parse_bytes
from reader.library import schema
from reader.library.importer import Importer
from reader.library.query import translate
from reader.library.search import Query
from reader.library.store import Library, search_columns

SYNTH = "s4"  # bump when tests/synth.py changes what it generates (the caches are keyed by it)

QUERIES = [
    "minister",  # in nearly every document
    "gemeente",
    "zorg onderwijs",
    "garnalenvissers",  # rare
    "cyberaanval",
    '"financiële gevolgen"',
    "wacht*",
    "stikstof -landbouw",
    "zorg OR onderwijs",
    "coordinatie",  # folded: coördinatie
    "een loket",  # één
    "gabriels",  # a member, folded
    "bodemdaling aardbevingen",
    "(drinkwater OR grondwater) provincie",
    "datalek privacy",
    "ziekenhuis NOT politie",
    "versterking schadeafhandeling compensatie",
    "ambassade visum",
    "inburgering*",
    '"de minister"',
]


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def remove_library(path: Path) -> None:
    for extra in ("", "-wal", "-shm"):
        Path(str(path) + extra).unlink(missing_ok=True)


# ---- 1. import -----------------------------------------------------------------------------------------------


def bench_import(cache: Path, n: int, rounds: int) -> dict[str, float]:
    folder = cache / f"files-{n}-{SYNTH}"
    marker = folder / ".complete"
    if not marker.exists():
        print(f"  writing {n:,} generated text files …", flush=True)
        write_files(n, folder, seed=3)
        marker.write_text("ok")
    files = sorted(p for p in folder.iterdir() if p.suffix == ".txt")
    floor_parse, floor_fts, imports = [], [], []
    for r in range(rounds):
        t = time.perf_counter()
        docs = [parse_bytes(p.read_bytes(), str(p)) for p in files]
        floor_parse.append(time.perf_counter() - t)
        rows = [search_columns(d) for d in docs]
        bare = cache / "bare-fts.sqlite3"
        remove_library(bare)
        conn = sqlite3.connect(bare, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(
            "CREATE VIRTUAL TABLE f USING fts5(title, questions, answers, footnotes, members, addressee, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        t = time.perf_counter()
        conn.execute("BEGIN")
        conn.executemany("INSERT INTO f VALUES (?, ?, ?, ?, ?, ?)", rows)
        conn.execute("COMMIT")
        floor_fts.append(time.perf_counter() - t)
        conn.close()
        del docs, rows

        lib_path = cache / "import.sqlite3"
        remove_library(lib_path)
        t = time.perf_counter()
        summary = Importer(lib_path).run([folder])
        imports.append(time.perf_counter() - t)
        assert len(summary.added) == n and not summary.failed, summary.text()
        print(
            f"  round {r + 1}: parse {floor_parse[-1]:.2f} s + bare FTS5 {floor_fts[-1]:.2f} s; "
            f"import {imports[-1]:.2f} s",
            flush=True,
        )
    floor = min(floor_parse) + min(floor_fts)
    best = min(imports)
    size = sum(
        os.path.getsize(str(cache / "import.sqlite3") + e)
        for e in ("", "-wal")
        if Path(str(cache / "import.sqlite3") + e).exists()
    )
    return {
        "docs": n,
        "parse_s": min(floor_parse),
        "fts_s": min(floor_fts),
        "import_s": best,
        "ratio": best / floor,
        "import_docs_per_s": n / best,
        "parse_docs_per_s": n / min(floor_parse),
        "bytes_per_doc": size / n,
    }


# ---- 2. search -------------------------------------------------------------------------------------------------


def schema_fingerprint() -> str:
    """A short hash of the schema the migrations make: a cached library is rebuilt when it changes."""
    import hashlib

    conn = sqlite3.connect(":memory:")
    for migrate in schema.MIGRATIONS:
        migrate(conn)
    ddl = "\n".join(r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"))
    conn.close()
    return hashlib.sha256(ddl.encode()).hexdigest()[:8]


def built_library(cache: Path, n: int) -> Path:
    """A library of n generated documents (stored directly, no parsing), built once per schema."""
    path = cache / f"library-{n}-v{schema.VERSION}-{schema_fingerprint()}-{SYNTH}.sqlite3"
    marker = Path(str(path) + ".complete")
    if marker.exists() and path.exists():
        return path
    remove_library(path)
    print(f"  building a library of {n:,} documents (once; cached in {cache}) …", flush=True)
    t = time.perf_counter()
    with Library(path) as lib:
        for i, doc in enumerate(documents(n, seed=42)):
            lib.add(doc)
            if (i + 1) % 10_000 == 0:
                print(f"    {i + 1:,} ({time.perf_counter() - t:.0f} s)", flush=True)
        lib.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    marker.write_text("ok")
    return path


def bench_search(path: Path, repeats: int) -> dict[str, Any]:
    lib = Library(path)
    conn = lib.connection
    ours: list[float] = []
    bare: list[float] = []
    counts: list[float] = []
    per_query = []
    for text in QUERIES:
        expr = translate(text)
        lib.query(Query(text=text, limit=20))  # warm
        conn.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (expr,)).fetchall()
        q_ours, q_bare = [], []
        total = 0
        for _ in range(repeats):
            t = time.perf_counter()
            page = lib.query(Query(text=text, limit=20))
            q_ours.append(time.perf_counter() - t)
            total = page.total
            t = time.perf_counter()
            matches = conn.execute("SELECT rowid FROM fts WHERE fts MATCH ?", (expr,)).fetchall()
            q_bare.append(time.perf_counter() - t)
            assert len(matches) == total
            t = time.perf_counter()
            conn.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (expr,)).fetchone()
            counts.append(time.perf_counter() - t)
        ours += q_ours
        bare += q_bare
        per_query.append((text, total, statistics.median(q_ours), statistics.median(q_bare)))
    # filtered searches and other orders (no floor: absolute times)
    extra = {
        "member filter": Query(text="zorg", member="gabriels", limit=20),
        "year + kind": Query(text="gemeente", year="2010-2011", kind="antwoord", limit=20),
        "status overdue": Query(status="overdue", limit=20),
        "party list": Query(party="NVP", limit=20),
        "relevance": Query(text="ziekenhuis", sort="relevance", limit=20),
        "received, oldest first": Query(text="ziekenhuis", sort="received", descending=False, limit=20),
        "page 100": Query(text="minister", limit=20, offset=2000),
    }
    extra_times = {}
    for name, q in extra.items():
        lib.query(q)
        times = []
        for _ in range(repeats):
            t = time.perf_counter()
            lib.query(q)
            times.append(time.perf_counter() - t)
        extra_times[name] = p95(times)
    lib.close()
    return {
        "docs": int(sqlite3.connect(path).execute("SELECT count(*) FROM documents").fetchone()[0]),
        "p95_ours": p95(ours),
        "p95_bare": p95(bare),
        "ratio": p95(ours) / p95(bare),
        "p95_count": p95(counts),
        "ratio_count": p95(ours) / p95(counts),
        "per_query": per_query,
        "extra": extra_times,
    }


# ---- 3. open + first page --------------------------------------------------------------------------------------

PROBE = """
import json, resource, sys, time
from reader.library.store import Library
from reader.library.search import Query
import reader.library.importer  # loaded before measuring: module code is not what grows with the library
def rss_kb():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() // 1024
before = rss_kb()
t = time.perf_counter()
lib = Library(sys.argv[1])
page = lib.query(Query(limit=50))
elapsed = time.perf_counter() - t
after = rss_kb()
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": elapsed, "rss_growth_kb": after - before, "total": page.total, "rows": len(page.rows),
                  "peak_kb": peak}))
"""


def bench_open(paths: dict[int, Path], repeats: int) -> dict[int, dict[str, float]]:
    out = {}
    for n, path in paths.items():
        runs = []
        for _ in range(repeats):
            done = subprocess.run([sys.executable, "-c", PROBE, str(path)], capture_output=True, text=True, check=True)
            runs.append(json.loads(done.stdout))
        assert runs[0]["total"] == n and runs[0]["rows"] == 50
        out[n] = {
            "seconds": statistics.median(r["seconds"] for r in runs),
            "rss_growth_kb": statistics.median(r["rss_growth_kb"] for r in runs),
        }
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes (1,000 / 10,000)")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kamervragen-bench-library")
    ap.add_argument("--skip-import", action="store_true", help="only search and open")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    n_import, n_search, sizes = (
        (1000, 10_000, (1000, 10_000)) if args.quick else (10_000, 100_000, (1000, 10_000, 100_000))
    )
    ok = True

    if not args.skip_import:
        print(f"1. Import of {n_import:,} documents")
        r = bench_import(args.cache, n_import, rounds=2)
        good = r["ratio"] <= 2.0
        ok &= good
        print(
            f"   parse alone {r['parse_docs_per_s']:.0f} docs/s; import {r['import_docs_per_s']:.0f} docs/s; "
            f"ratio import / (parse + bare FTS5 insert) = {r['ratio']:.2f} (target ≤ 2) {'OK' if good else 'FAIL'}; "
            f"library size {r['bytes_per_doc'] / 1024:.1f} KB per document"
        )

    print(f"2. Search over {n_search:,} documents")
    search_path = built_library(args.cache, n_search)
    s = bench_search(search_path, repeats=15)
    good = s["ratio"] <= 1.5 and s["p95_ours"] < 0.050
    ok &= good
    print(f"   {'query':45} {'matches':>8} {'ours':>9} {'bare':>9}")
    for text, total, mine, floor in s["per_query"]:
        print(f"   {text:45} {total:8,} {ms(mine):>9} {ms(floor):>9}")
    print(
        f"   p95: ours {ms(s['p95_ours'])}, bare MATCH {ms(s['p95_bare'])}; ratio {s['ratio']:.2f} (target ≤ 1.5, "
        f"< 50 ms) {'OK' if good else 'FAIL'}"
    )
    print(
        f"   (stricter floor, SQLite counting the matches without returning them: p95 {ms(s['p95_count'])}; "
        f"ratio {s['ratio_count']:.2f})"
    )
    for name, t in s["extra"].items():
        print(f"   p95 {name}: {ms(t)}")

    print("3. Open the library + list the first page (fresh process each, median of 5)")
    paths = {n: (search_path if n == n_search else built_library(args.cache, n)) for n in sizes}
    o = bench_open(paths, repeats=5)
    first, last = o[sizes[0]], o[sizes[-1]]
    t_ratio = last["seconds"] / first["seconds"]
    m_ratio = (last["rss_growth_kb"] + 1) / (first["rss_growth_kb"] + 1)
    for n in sizes:
        print(f"   {n:>7,} documents: {ms(o[n]['seconds'])}, memory +{o[n]['rss_growth_kb']:.0f} KB")
    good = t_ratio <= 1.5 and m_ratio <= 1.5
    ok &= good
    print(
        f"   ratio {sizes[-1]:,} / {sizes[0]:,}: time {t_ratio:.2f}, memory {m_ratio:.2f} (target: flat, ≤ 1.5) "
        f"{'OK' if good else 'FAIL'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
