"""Benchmark of `update` (issue 12): fetching answered sets from the official sources into the library.

    python bench/bench_update.py             # 1,000 documents (and 250 for the memory comparison)
    python bench/bench_update.py --quick     # 200 and 50

Against the local stand-in of the services (tests/official_server.py; never the network), with the rate
limit set high (1,000 requests per second) so that the program's own cost shows:

1. Time per document of `reader.sources.updating.update` (list the published sets month by month, download
   each, parse it, store it in the library, cache the answers) against a floor measured in the same run on the
   same bytes: a bare `urllib.request.urlopen(url).read()` of every document plus `parse_bytes` of it.
   Goal: at most 1.5× the floor.
2. Memory: the tracemalloc peak of an update of N/4 documents published over three months and of N over a
   year (the same density, so the service's pages are alike; fresh library and cache each). Goal: flat (the
   documents are handled a few at a time; nothing grows with their number but the library file).

Between phases the script waits for the previous phase's closed connections to leave TIME_WAIT (see settle);
the phases alternate in order from round to round, and the best of the rounds is reported (on a shared machine
other processes only ever add time). A third phase, the floor plus `Library.add` of each document one after
the other, shows what the library's own work costs.
"""

from __future__ import annotations

import argparse
import hashlib
import multiprocessing
import os
import sys
import tempfile
import time
import tracemalloc
import urllib.request
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from official_server import Official, fictional_sets

from reader.core.parse import parse_bytes
from reader.library.store import Library
from reader.sources.cache import Cache
from reader.sources.client import Client, Gate
from reader.sources.service import Sources
from reader.sources.settings import Endpoints, SourceSettings
from reader.sources.updating import update

SINCE, UNTIL = date(2023, 9, 1), date(2024, 8, 31)
SETTINGS = SourceSettings(rate=float(os.environ.get("BENCH_RATE", "1000")), timeout=10.0)


def _serve(count: int, until: date, conn: Connection) -> None:
    """The stand-in in a process of its own, so that its work does not share the measured process's GIL."""
    server = Official().start()
    for s in fictional_sets(count, SINCE, until):
        server.add_set(s)
    conn.send(server.base)
    conn.recv()  # until told to stop
    conn.send(len(server.hits()))
    server.stop()


class Served:
    def __init__(self, count: int, until: date = UNTIL) -> None:
        self.until = until
        self.conn, child = multiprocessing.Pipe()
        self.process = multiprocessing.Process(target=_serve, args=(count, until, child), daemon=True)
        self.process.start()
        self.base: str = self.conn.recv()
        self.sets = fictional_sets(count, SINCE, until)
        self.urls = [
            f"{self.base}/frbr/officielepublicaties/ah-tk/{s.vergaderjaar.replace('-', '')}/{s.id}/1/xml/{s.id}.xml"
            for s in self.sets
        ]
        self.endpoints = Endpoints(f"{self.base}/sru", f"{self.base}/zoek", f"{self.base}/tk/OData/v4/2.0")

    def stop(self) -> int:
        """Stop the server; the number of requests it answered."""
        self.conn.send("stop")
        hits: int = self.conn.recv()
        self.process.join(10)
        return hits


def floor(urls: list[str]) -> float:
    """Seconds to download every document with a bare urlopen and parse it."""
    started = time.perf_counter()
    for url in urls:
        with urllib.request.urlopen(url, timeout=10) as response:
            body = response.read()
        parse_bytes(body, url)
    return time.perf_counter() - started


def floor_and_store(urls: list[str], folder: Path) -> float:
    """The floor plus storing each document in a fresh library (`Library.add`, as the update does): what the
    library's own work costs, for reading the ratio."""
    with Library(folder / "library.sqlite3") as lib:
        started = time.perf_counter()
        for url in urls:
            with urllib.request.urlopen(url, timeout=10) as response:
                body = response.read()
            lib.add(parse_bytes(body, url), path=url, content_hash=hashlib.sha256(body).hexdigest())
        return time.perf_counter() - started


def one_update(server: Served, folder: Path) -> tuple[float, int]:
    """(seconds, documents added) of one update into a fresh library and cache."""
    client = Client(SETTINGS, server.endpoints, Cache(folder / "cache"), gate=Gate())
    with Library(folder / "library.sqlite3") as lib:
        started = time.perf_counter()
        report = update(Sources(client=client), lib, since=SINCE, today=server.until)
        seconds = time.perf_counter() - started
    assert report.ok, (report.failed[:3], report.stopped)
    return seconds, len(report.added)


def peak_memory(count: int, until: date, work: Path) -> int:
    server = Served(count, until)
    try:
        tracemalloc.start()
        _, added = one_update(server, Path(tempfile.mkdtemp(dir=work)))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    finally:
        server.stop()
    assert added == count
    return peak


def settle() -> None:
    """Wait until the connections of the previous phase have left TIME_WAIT (Linux): with thousands of them,
    every new connection's port search costs up to a millisecond, which would burden whichever phase runs
    later. Each phase opens a new connection per request (urllib, as the program does)."""
    deadline = time.monotonic() + 75
    while time.monotonic() < deadline:
        try:
            fields = Path("/proc/net/sockstat").read_text().split()
            waiting = int(fields[fields.index("tw") + 1])
        except (OSError, ValueError, IndexError):
            return
        if waiting < 300:
            return
        time.sleep(1)


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    count = 200 if args.quick else 1000
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    work = Path(tempfile.mkdtemp(prefix="kamervragen-bench-update-"))

    server = Served(count)
    times: dict[str, list[tuple[float, float]]] = {"floor": [], "floor+store": [], "update": []}  # (wall, cpu)
    try:
        floor(server.urls[:20])  # warm up: imports, first connections
        for i in range(args.rounds):
            phases = list(times) if i % 2 == 0 else list(reversed(times))
            for phase in phases:
                settle()
                cpu = time.process_time()
                if phase == "floor":
                    wall = floor(server.urls)
                elif phase == "floor+store":
                    wall = floor_and_store(server.urls, Path(tempfile.mkdtemp(dir=work)))
                else:
                    wall, added = one_update(server, Path(tempfile.mkdtemp(dir=work)))
                    assert added == count
                times[phase].append((wall, time.process_time() - cpu))
    finally:
        requests = server.stop()
    # the best of the rounds: on a shared machine other processes only ever add time
    walls = {k: min(w for w, _ in v) for k, v in times.items()}
    cpus = {k: min(c for _, c in v) for k, v in times.items()}
    print(f"documents: {count}; rounds: {args.rounds}; requests answered: {requests}; load: {_load()}")
    for name, what in (("floor", "urlopen + parse_bytes"), ("floor+store", "the same + Library.add"),
                       ("update", "list, download, parse, store")):  # fmt: skip
        print(
            f"{name:12} ({what}): {1000 * walls[name] / count:6.2f} ms/document (CPU {1000 * cpus[name] / count:.2f}) "
            f"= {walls[name] / walls['floor']:.2f}x the floor (CPU {cpus[name] / cpus['floor']:.2f}x)"
        )

    # the same density of documents over a quarter of the time, and over the whole year
    quarter = date(SINCE.year, SINCE.month + 2, 28)
    settle()
    small = peak_memory(count // 4, quarter, work)
    settle()
    large = peak_memory(count, UNTIL, work)
    print(f"tracemalloc peak: {small / 2**20:.2f} MB at {count // 4} documents, {large / 2**20:.2f} MB at {count} "
          f"({large / small:.2f}x)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
