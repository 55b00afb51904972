"""Benchmark: start-up to a shown window with a 10,000-document library, against a bare PySide6 window.

Run: `.venv/bin/python bench/bench_startup.py [--docs 10000] [--rounds 15]` (offscreen). Results are kept in
BENCHMARKS.md ("Window start-up"). Goal (issues 4 and 10): at most 1.5× the bare window, measured in the same
run. Besides the wall-clock time each process reports its CPU time at the first frame (`time.process_time`,
all its threads): on a shared machine the wall clock moves with the load, the CPU time much less.

Each start is a fresh process, timed from just before it is launched to the moment it reports its window
shown (exposed, and one frame painted):
- bare: `import PySide6.QtWidgets`, a `QApplication` and an empty `QMainWindow` shown;
- ours: what `kamervragen-reader` does — `reader.gui.app.start()`: application setup, the single-instance
  check, settings, translations and the window (menus, tool bar, status bar, the sidebar's dock, the centre's
  placeholder) before its library is open, shown; then, as `main` does right after that first frame,
  `Started.finish()`: the library opened and set (`MainWindow.set_library`: the list's first page, the
  sidebar) and the first document (the reading pane), painted ("with list and document").
The two kinds alternate, so load on the shared machine hits both alike; medians and p95 are reported.

Bytecode is cached (in a temporary folder, as an installed package has it compiled); round 0 fills the cache.
The library is generated once with the library's benchmark helper (`bench/bench_library.py`, fictional
documents from tests/synth.py) and copied for every start, so no run sees another's WAL or settings.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

SHOWN = "SHOWN"

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.resize(1440, 900)
w.show()
while not (w.windowHandle() and w.windowHandle().isExposed()):
    app.processEvents()
w.repaint()
print("SHOWN", time.process_time(), flush=True)
"""

OURS = """
import sys, time, json
from reader.gui.app import build_parser, start
started = start(build_parser().parse_args(sys.argv[1:]))
w = started.window  # 1440x900 by default, like the bare window
while not (w.windowHandle() and w.windowHandle().isExposed()):
    started.app.processEvents()
w.repaint()
print("SHOWN", time.process_time(), flush=True)
t = time.perf_counter()
started.finish()
started.app.processEvents()
w.repaint()
ready = time.perf_counter() - t
print(json.dumps({"ready_after_shown": ready, "doc": w.doc_id, "rows": w.library_panel.model.rowCount(),
                  "total": w.library_panel.model.total()}), flush=True)
started.close()
"""


def run_once(script: str, args: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Seconds from launch to the SHOWN line, the process's CPU seconds then, and what it printed after."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=ROOT)  # fmt: skip
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - t0
    rest, err = proc.communicate(timeout=60)
    tag, _, cpu = line.strip().partition(" ")
    if tag != SHOWN:
        raise RuntimeError(f"start failed: {line!r} {err[-2000:]}")
    return elapsed, float(cpu), rest


def library(docs: int, cache: Path) -> Path:
    from bench_library import built_library

    cache.mkdir(parents=True, exist_ok=True)
    return built_library(cache, docs)


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "kamervragen-bench-library")
    args = ap.parse_args(argv)

    source = library(args.docs, args.cache)
    bare: list[float] = []
    shown: list[float] = []
    ready: list[float] = []
    bare_cpu: list[float] = []
    shown_cpu: list[float] = []
    load = os.getloadavg()[0]
    info: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="kamervragen-bench-startup-") as tmp:
        work = Path(tmp)
        # bytecode cached as an installed package has it (pip compiles at install), kept out of the tree
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=str(work / "pyc"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for i in range(args.rounds + 1):  # round 0 warms the disk cache and Python's bytecode cache
            lib = work / f"lib-{i}.sqlite3"
            shutil.copy(source, lib)
            env_i = dict(env, KAMERVRAGEN_CONFIG_DIR=str(work / f"config-{i}"), KAMERVRAGEN_LIBRARY=str(lib),
                         KAMERVRAGEN_INSTANCE_SOCKET=str(work / f"s{i}.sock"))  # fmt: skip
            b, b_cpu, _ = run_once(BARE, [], env_i)
            o, o_cpu, out = run_once(OURS, ["--library", str(lib)], env_i)
            facts = json.loads(out.strip().splitlines()[0])
            if i:
                bare.append(b)
                shown.append(o)
                bare_cpu.append(b_cpu)
                shown_cpu.append(o_cpu)
                ready.append(o + facts["ready_after_shown"])
                info = facts
            for extra in work.glob(f"lib-{i}.sqlite3*"):
                extra.unlink()
    med_b = statistics.median(bare)

    def line(name: str, values: list[float]) -> str:
        med = statistics.median(values)
        return (f"{name:34s} median {med * 1000:6.1f} ms   p95 {percentile(values, 95) * 1000:6.1f} ms   "
                f"{med / med_b:4.2f}×")  # fmt: skip

    print(f"library: {args.docs:,} documents; first list page {info['rows']} rows of {info['total']:,}; "
          f"opened {info['doc']}; {args.rounds} alternating rounds; load average {load:.2f} at the start")  # fmt: skip
    print(line("bare PySide6 window shown", bare))
    print(line("kamervragen-reader window shown", shown))
    print(line("… with list and document", ready))
    cpu_b, cpu_o = statistics.median(bare_cpu), statistics.median(shown_cpu)
    print(f"{'CPU at the first frame':34s} bare {cpu_b * 1000:6.1f} ms   ours {cpu_o * 1000:6.1f} ms   "
          f"{cpu_o / cpu_b:4.2f}×")  # fmt: skip
    ratio = statistics.median(shown) / med_b
    print(f"goal: window shown ≤ 1.5× the bare window: {'met' if ratio <= 1.5 else 'NOT met'} ({ratio:.2f}×)")
    return 0 if ratio <= 1.5 else 1


if __name__ == "__main__":
    sys.exit(main())
