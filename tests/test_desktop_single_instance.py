"""One window: a second launch hands its files to the running instance, between real processes."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader import APP_ID
from reader.desktop import single_instance as si

# A running instance: listens, appends every message it receives to a file, prints "ready" (or "taken").
SERVER = r"""
import json, os, sys
from PySide6.QtCore import QCoreApplication
from reader.desktop.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1])
log = sys.argv[2]
def received(paths):
    with open(log, "a", encoding="utf-8") as f:
        f.write(json.dumps({"pid": os.getpid(), "paths": paths}) + "\n")
instance.files_received.connect(received)
if not instance.listen(timeout=1.0):
    print("taken", flush=True)
    sys.exit(3)
print("ready", flush=True)
app.exec()
"""

# A second launch: forwards its arguments, prints what happened.
CLIENT = r"""
import sys
from reader.desktop.single_instance import forward
print("forwarded" if forward(sys.argv[2:], sys.argv[1], timeout=3.0) else "alone", flush=True)
"""


@pytest.fixture
def sock(tmp_path: Path) -> str:
    folder = Path("/tmp") / f"kv-si-{os.getpid()}-{tmp_path.name}"[:60]
    folder.mkdir(mode=0o700)
    yield str(folder / "s.sock")
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()


def start_server(sock: str, log: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", SERVER, sock, str(log)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    assert line == "ready", (line, proc.stderr.read() if proc.poll() is not None else "")  # type: ignore[union-attr]
    return proc


def stop(proc: subprocess.Popen[str]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    for pipe in (proc.stdout, proc.stderr):
        if pipe is not None:
            pipe.close()


def wait_lines(log: Path, count: int, timeout: float = 10.0) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists():
            lines = [json.loads(line) for line in log.read_text().splitlines()]
            if len(lines) >= count:
                return lines
        time.sleep(0.05)
    raise AssertionError(f"{log}: fewer than {count} messages")


def test_second_process_forwards_to_the_first(sock: str, tmp_path: Path) -> None:
    log = tmp_path / "received.jsonl"
    server = start_server(sock, log)
    try:
        workdir = tmp_path / "elsewhere"
        workdir.mkdir()
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-c", CLIENT, sock, "a.pdf", "sub/../b.xml", "/abs/c d.txt", "file:///x/%C3%A9.html"],
            cwd=workdir,
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert done.stdout.strip() == "forwarded", done.stderr
        assert time.monotonic() - started < 10
        (message,) = wait_lines(log, 1)
        assert message["pid"] == server.pid
        assert message["paths"] == [str(workdir / "a.pdf"), str(workdir / "b.xml"), "/abs/c d.txt", "/x/é.html"]

        # and again from this process, with no files: the instance is only asked to come forward
        assert si.forward([], sock) is True
        assert wait_lines(log, 2)[1] == {"pid": server.pid, "paths": []}
        assert si.ping(sock)["pid"] == server.pid  # type: ignore[index]
    finally:
        stop(server)


def test_a_second_listener_yields_to_the_live_one(sock: str, tmp_path: Path) -> None:
    server = start_server(sock, tmp_path / "one.jsonl")
    try:
        second = subprocess.run(
            [sys.executable, "-c", SERVER, sock, str(tmp_path / "two.jsonl")],
            capture_output=True,
            text=True,
            timeout=30,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert second.stdout.strip() == "taken", second.stderr
        assert si.forward(["/x.pdf"], sock)
        assert wait_lines(tmp_path / "one.jsonl", 1)[0]["paths"] == ["/x.pdf"]
    finally:
        stop(server)


def test_dead_instance_is_replaced(sock: str, tmp_path: Path) -> None:
    first = start_server(sock, tmp_path / "one.jsonl")
    first.send_signal(signal.SIGKILL)  # crashes: its socket file stays behind
    stop(first)
    assert os.path.exists(sock)
    started = time.monotonic()
    assert si.forward(["/x.pdf"], sock, timeout=3.0) is False  # nobody answers: start alone, at once
    assert time.monotonic() - started < 1.0
    second = start_server(sock, tmp_path / "two.jsonl")  # removes the stale file and listens
    try:
        assert si.forward(["/y.pdf"], sock)
        assert wait_lines(tmp_path / "two.jsonl", 1)[0]["pid"] == second.pid
    finally:
        stop(second)


def test_stale_socket_file_and_hung_instance(sock: str, tmp_path: Path) -> None:
    """A socket file nobody listens on, and one whose owner accepts but never answers."""
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(sock)
    stale.close()
    assert si.forward(["/x.pdf"], sock, timeout=1.0) is False
    server = start_server(sock, tmp_path / "log.jsonl")  # takes the name over
    stop(server)
    os.unlink(sock)  # SIGTERM: Qt had no chance to remove it

    hung = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    hung.bind(sock)
    hung.listen(1)  # accepts connections at the kernel level, never replies
    try:
        started = time.monotonic()
        assert si.forward(["/x.pdf"], sock, timeout=0.5) is False
        assert time.monotonic() - started < 3
        server = start_server(sock, tmp_path / "log.jsonl")  # no answer to its ping within 1 s: takes over
        try:
            assert si.forward(["/y.pdf"], sock)
            assert wait_lines(tmp_path / "log.jsonl", 1)[0]["paths"] == ["/y.pdf"]
        finally:
            stop(server)
    finally:
        hung.close()


def test_in_process_protocol(qtbot, sock: str) -> None:
    """Malformed or foreign messages get an error answer and open nothing; the instance keeps serving."""
    from PySide6.QtCore import QCoreApplication

    instance = si.SingleInstance(sock)
    assert instance.acquire([]) is False and instance.listening
    received: list[list[str]] = []
    instance.files_received.connect(received.append)

    import threading

    answers: list[dict | None] = []

    def client() -> None:
        answers.append(si.send(sock, {"app": "org.example.Other", "command": "open", "paths": ["/x"]}, 3))
        answers.append(si.send(sock, {"app": APP_ID, "command": "open", "paths": "/x"}, 3))
        answers.append(si.send(sock, {"app": APP_ID, "command": "format-disk"}, 3))
        answers.append(si.send(sock, {"app": APP_ID, "command": "open", "paths": ["rel.pdf"], "cwd": "/w"}, 3))

    thread = threading.Thread(target=client)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10000)
    qtbot.waitUntil(lambda: len(received) == 1, timeout=5000)
    assert [a["ok"] for a in answers] == [False, False, False, True]  # type: ignore[index]
    assert received == [["/w/rel.pdf"]]

    def raw_reply(payload: bytes) -> bytes:
        raw = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        raw.connect(sock)
        raw.sendall(payload)
        raw.settimeout(0.05)
        reply = b""
        deadline = time.monotonic() + 5
        while b"\n" not in reply and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            try:
                reply += raw.recv(1024)
            except TimeoutError:
                pass
        raw.close()
        return reply

    # garbage on the wire, and a message nested deeper than the JSON reader recurses (issue 14)
    assert json.loads(raw_reply(b"\xff\xfe not json\n"))["ok"] is False
    assert json.loads(raw_reply(b"[" * 200_000 + b"\n"))["ok"] is False
    assert instance.listening  # and the instance keeps serving
    instance.close()
    assert not os.path.exists(sock)


def test_socket_path_is_private_and_per_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    runtime = Path(tempfile.mkdtemp(prefix="kvr", dir="/tmp"))  # short: socket paths have at most ~104 bytes
    base = {"XDG_RUNTIME_DIR": str(runtime)}
    default = si.socket_path(base)
    assert default == str(runtime / f"{APP_ID}.{os.getuid()}.sock")
    other_library = si.socket_path({**base, "KAMERVRAGEN_LIBRARY": "/x/other.sqlite3"})
    assert other_library != default and other_library.startswith(str(runtime))
    chosen = si.socket_path(base, extra_key="/x/chosen.sqlite3")
    assert chosen not in (default, other_library) and chosen == si.socket_path(base, extra_key="/x/chosen.sqlite3")
    assert si.socket_path({**base, si.NAME_OVERRIDE: "/t/s.sock"}) == "/t/s.sock"

    runtime.chmod(0o755)  # not private: not trusted, a private folder under the temporary folder instead
    temp = runtime / "t"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    fallback = si.socket_path(base)
    assert fallback is not None and Path(fallback).parent == temp / f"{APP_ID}-{os.getuid()}"
    assert Path(fallback).parent.stat().st_mode & 0o777 == 0o700

    Path(fallback).parent.chmod(0o777)  # someone opened it up: no forwarding at all rather than trust it
    assert si.socket_path(base) is None
    Path(fallback).parent.rmdir()
    temp.rmdir()

    long_runtime = tmp_path / ("r" * 90)
    long_runtime.mkdir(mode=0o700)
    monkeypatch.setenv("TMPDIR", str(long_runtime))
    monkeypatch.setattr(tempfile, "tempdir", None)
    path = si.socket_path({"XDG_RUNTIME_DIR": str(long_runtime)})
    assert path is not None and len(path.encode()) <= 104 and path.startswith("/tmp/")
    runtime.rmdir()


def test_status_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.desktop import status

    target = tmp_path / "status" / "s.json"
    rec = status.StatusRecorder(target)
    rec.record(["a.pdf"], "ah-tk-20232024-878", title="Kamervragen Reader — 878")
    rec.record([str(tmp_path / "b.xml")], "ah-tk-20242025-1822")
    data = json.loads(target.read_text())
    assert data["pid"] == os.getpid()
    assert data["open_document_id"] == "ah-tk-20242025-1822"
    assert data["opened_paths"] == [os.path.abspath("a.pdf"), str(tmp_path / "b.xml")]
    assert data["title"] == "Kamervragen Reader — 878"
    assert not list(target.parent.glob(".*tmp"))

    monkeypatch.delenv(status.ENV_VAR, raising=False)
    assert not status.StatusRecorder().enabled
    assert status.StatusRecorder().write() is False
    blocked = tmp_path / "file"
    blocked.write_text("")
    assert status.StatusRecorder(blocked / "s.json").write() is False  # never raises


# Launches that start at the same moment: acquire() either forwards or becomes the instance.
ACQUIRE = r"""
import json, os, sys
from PySide6.QtCore import QCoreApplication, QTimer
from reader.desktop.single_instance import SingleInstance
app = QCoreApplication([])
instance = SingleInstance(sys.argv[1])
if instance.acquire([sys.argv[3]], timeout=3.0):
    print("forwarded", flush=True)
    sys.exit(0)
def received(paths):
    with open(sys.argv[2], "a", encoding="utf-8") as f:
        f.write(json.dumps({"pid": os.getpid(), "paths": paths}) + "\n")
instance.files_received.connect(received)
print("instance", flush=True)
QTimer.singleShot(8000, app.quit)
app.exec()
instance.close()
"""


def test_simultaneous_launches_make_one_instance(sock: str, tmp_path: Path) -> None:
    log = tmp_path / "log.jsonl"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", ACQUIRE, sock, str(log), f"/doc{i}.pdf"],
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        for i in range(3)
    ]
    try:
        outcomes = [p.stdout.readline().strip() for p in procs]  # type: ignore[union-attr]
        assert sorted(outcomes) == ["forwarded", "forwarded", "instance"]
        instance = procs[outcomes.index("instance")]
        lines = wait_lines(log, 2)
        assert {line["pid"] for line in lines} == {instance.pid}
        forwarded = {p for line in lines for p in line["paths"]}
        assert forwarded == {f"/doc{i}.pdf" for i, o in enumerate(outcomes) if o == "forwarded"}
    finally:
        for proc in procs:
            stop(proc)


def test_socket_file_goes_with_a_normal_exit(sock: str) -> None:
    """An application that exits without closing the service leaves no socket file; one lock file at most."""
    code = (
        "import sys\nfrom PySide6.QtCore import QCoreApplication\n"
        "from reader.desktop.single_instance import SingleInstance\n"
        "app = QCoreApplication([])\ninstance = SingleInstance(sys.argv[1])\n"
        "assert instance.acquire([]) is False and instance.listening\nsys.exit(0)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", code, sock], env=env, capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, done.stderr
        assert not os.path.exists(sock)
    assert [p.name for p in Path(sock).parent.iterdir()] == [f"{APP_ID}.{os.getuid()}.lock"]
