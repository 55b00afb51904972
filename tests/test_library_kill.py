"""SIGKILL at random moments of an import, twenty times: the library always opens, passes the integrity
checks, holds whole documents only, and the next import completes it."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from synth import documents, write_files

from reader.core.model import Document
from reader.core.parse import parse_file
from reader.library.store import Library

pytestmark = pytest.mark.slow

KILLS = 20

# Stores pre-generated documents (one JSON per line, after its id and a tab) that are not in the library yet,
# so that nearly all of its time is spent writing: that is where a kill must land.
WORKER = """
import json, sys
from reader.core.model import Document
from reader.library.store import Library

lib = Library(sys.argv[2])
have = set(lib.ids())
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        doc_id, _, data = line.partition("\\t")
        if doc_id not in have:
            lib.add(Document.from_dict(json.loads(data)))
"""


def _count(path: Path) -> int:
    """Documents stored so far, read beside the writer (WAL); -1 while the file is not ready."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)) as c:
            return c.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return -1


def _run_and_kill(cmd: list[str], path: Path, rng: random.Random, step: int, early: bool) -> None:
    """Start `cmd` and SIGKILL it: early (while it opens or creates the library) or just after it has stored
    a random number of further documents, plus a random fraction of the next one."""
    start = _count(path)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if early:
        time.sleep(rng.uniform(0.0, 0.25))
    else:
        target = max(start, 0) + rng.randint(1, step)
        deadline = time.monotonic() + 60
        while proc.poll() is None and _count(path) < target and time.monotonic() < deadline:
            time.sleep(0.002)
        time.sleep(rng.uniform(0.0, 0.01))
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.stderr is not None
    with proc.stderr:
        if proc.returncode != -signal.SIGKILL:  # finished before the kill: then it must have succeeded
            assert proc.returncode == 0, proc.stderr.read().decode()


def _assert_sound(path: Path, expected: dict[str, Document], rng: random.Random) -> int:
    """Opens cleanly, passes every check, and every stored document is whole. Returns how many are stored."""
    with Library(path) as lib:
        assert lib.notice is None, lib.notice
        assert lib.check() == []
        ids = lib.connection.execute("SELECT id FROM documents ORDER BY pk").fetchall()
        ids = [r[0] for r in ids]
        assert set(ids) <= set(expected)
        # the last ones written are where a half document would be; plus a sample of the rest
        for doc_id in ids[-10:] + rng.sample(ids, min(40, len(ids))):
            stored = lib.document(doc_id)
            assert stored is not None
            assert stored.to_dict() == expected[doc_id].to_dict(), doc_id
            assert stored.source_text == expected[doc_id].source_text
            assert len(lib.citations_of(doc_id)) == len({(0, r.id) for r in stored.zie_ook} | {
                (f.number, r.id) for f in stored.footnotes for r in f.references
            })  # fmt: skip
        return len(ids)


def test_sigkill_while_storing_documents(tmp_path: Path) -> None:
    rng = random.Random(20240601)
    docs = list(documents(2000, seed=11))
    expected = {d.id: d for d in docs}
    feed = tmp_path / "docs.jsonl"
    with feed.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(f"{d.id}\t{json.dumps(d.to_dict() | {'source_text': d.source_text}, ensure_ascii=False)}\n")
    script = tmp_path / "worker.py"
    script.write_text(WORKER)
    path = tmp_path / "library.sqlite3"
    cmd = [sys.executable, str(script), str(feed), str(path)]

    counts = []
    for i in range(KILLS):
        _run_and_kill(cmd, path, rng, step=150, early=i < 3)
        counts.append(_assert_sound(path, expected, rng))
    # the later kills landed in the middle of writing (not after the end)
    assert all(0 < n < len(docs) for n in counts[3:]), counts
    assert counts == sorted(counts), counts

    subprocess.run(cmd, check=True)
    assert _assert_sound(path, expected, rng) == len(docs)
    # the statuses are exactly those of a library built without interruption
    with Library(path) as killed, Library(tmp_path / "reference.sqlite3") as reference:
        for d in docs:
            reference.add(d)
        q = "SELECT id, status, postponed, answer_id, deadline FROM documents ORDER BY id"
        assert killed.connection.execute(q).fetchall() == reference.connection.execute(q).fetchall()


def test_sigkill_during_the_import_command(tmp_path: Path) -> None:
    rng = random.Random(7)
    files = write_files(1200, tmp_path / "docs", seed=5)
    path = tmp_path / "library.sqlite3"
    cmd = [sys.executable, "-m", "reader", "import", str(tmp_path / "docs"), "--library", str(path), "-q"]
    expected = {}
    for p in files:
        doc = parse_file(p)
        expected[doc.id] = doc

    counts = []
    for i in range(KILLS):
        _run_and_kill(cmd, path, rng, step=80, early=i < 3)
        counts.append(_assert_sound(path, expected, rng))
    assert all(0 < n < len(files) for n in counts[3:]), counts

    done = subprocess.run(cmd, capture_output=True, text=True, env=os.environ | {"LC_ALL": "C"})
    assert done.returncode == 0, done.stderr
    assert "0 failed" in done.stdout
    assert _assert_sound(path, expected, rng) == len(files)
    with Library(path) as lib:
        assert sum(len(lib.sources(i)) for i in list(expected)[:50]) == 50  # each file recorded once
