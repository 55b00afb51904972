"""The installed application as a person uses it: a wheel in a fresh virtual environment outside the source
tree, `--install-desktop`, a double-click (gio launch of the menu entry) under Xvfb, a second file that arrives
in the same window, `--uninstall-desktop`, nothing left behind.

Slow (about 30 s: a wheel, a virtual environment with PySide6 from the package index, two launches).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from corpus_path import CORPUS

from reader import APP_ID

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
CORPUS_PDFS = ("pdf/ah-tk-20232024-878.pdf", "pdf/ah-tk-20232024-1076.pdf")


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (Debian: xvfb, libglib2.0-bin, desktop-file-utils; see .ci/run)")
    return path


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a person's session: nothing that points into the source tree or the test's venv."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "PYTEST", "QT_"))}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(str(ROOT)))
    env.update(extra)
    return env


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 300) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """bin/ of a fresh virtual environment with the wheel built from a copy of the source tree."""
    base = tmp_path_factory.mktemp("wheel")
    src = base / "src"
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("reader", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    for extra in ("LICENSE", "LICENSE.txt"):
        if (ROOT / extra).exists():
            shutil.copy2(ROOT / extra, src / extra)
    wheels = base / "wheels"
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir", str(wheels), str(src)], base)
    (wheel,) = wheels.glob("kamervragen_reader-*.whl")
    venv = base / "venv with space"  # a launcher path that needs quoting in Exec=
    python = getattr(sys, "_base_executable", sys.executable)
    run([python, "-m", "venv", str(venv)], base)
    run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(wheel)], base, clean_env())
    return venv / "bin"


def test_wheel_has_its_resources(installed: Path, tmp_path: Path) -> None:
    """Everything needed at run time comes from the installed package, not from the source tree."""
    code = (
        "import json, reader, importlib.resources as r; "
        "res = r.files('reader.resources'); "
        f"print(json.dumps([reader.__file__, (res / 'desktop' / '{APP_ID}.metainfo.xml').is_file(), "
        f"(res / 'icons' / 'hicolor' / '512x512' / 'apps' / '{APP_ID}.png').is_file()]))"
    )
    where, metainfo, icon = json.loads(run([str(installed / "python"), "-c", code], tmp_path, clean_env()))
    assert not where.startswith(str(ROOT)) and metainfo and icon
    facts = json.loads(
        run(
            [str(installed / "python"), "-m", "reader.desktop.selftest"],
            tmp_path,
            clean_env(QT_QPA_PLATFORM="offscreen"),
        )
    )
    assert facts["ok"], facts


def _die_with_parent() -> None:
    """In the child: SIGTERM when the test process dies, so that no X server outlives an aborted run."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


@pytest.fixture
def xvfb(tmp_path: Path) -> Iterator[str]:
    """A private X display (DISPLAY value); no window manager."""
    need("Xvfb")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_die_with_parent,
    )
    os.close(write_fd)
    number = b""
    deadline = time.monotonic() + 30
    while not number.endswith(b"\n") and time.monotonic() < deadline:
        chunk = os.read(read_fd, 16)
        if not chunk:
            break
        number += chunk
    os.close(read_fd)
    assert number.strip().isdigit(), "Xvfb did not start"
    try:
        yield f":{number.decode().strip()}"
    finally:
        server.terminate()
        server.wait(10)


def documents(corpus_root: Path, tmp_path: Path) -> list[tuple[Path, str]]:
    """Two PDFs and their ids: from the corpus, or written with Qt from the bundled samples (needs qapp)."""
    if all((corpus_root / rel).is_file() for rel in CORPUS_PDFS):
        return [(corpus_root / rel, Path(rel).stem) for rel in CORPUS_PDFS]
    from reader.desktop.selftest import write_sample_pdf

    made = []
    for sample in ("ah-tk-20242025-1807.txt", "ah-tk-20242025-1812.txt"):
        path = tmp_path / "pdfs with space" / sample.replace(".txt", ".pdf")
        path.parent.mkdir(exist_ok=True)
        made.append((path, write_sample_pdf(str(path), sample)))
    return made


def launch(gio: str, entry: Path, document: Path, env: dict[str, str], log: Path) -> None:
    """`gio launch`: what a double-click in the file manager does. Returns at once; the application runs on
    detached, writing to the log (not to a pipe: a pipe would stay open as long as the application runs)."""
    with log.open("ab") as out:
        done = subprocess.run([gio, "launch", str(entry), str(document)], env=env, stdout=out, stderr=out, timeout=60)
    assert done.returncode == 0, log.read_text(errors="replace")


def wait_status(path: Path, check, timeout: float = 60, log: Path | None = None) -> dict:
    deadline = time.monotonic() + timeout
    status: dict = {}
    while time.monotonic() < deadline:
        try:
            status = json.loads(path.read_text())
            if check(status):
                return status
        except (FileNotFoundError, ValueError):
            pass
        time.sleep(0.1)
    output = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    raise AssertionError(f"status file {path} never showed what was expected; last: {status}\n{output}")


def processes_running(executable: str) -> list[int]:
    """Live (not zombie) processes whose command line names the launcher."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().split(b"\0")
            state = (proc / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z" and any(arg.decode(errors="replace") == executable for arg in cmdline):
            found.append(int(proc.name))
    return found


def snapshot(root: Path) -> dict[str, bytes | None]:
    return {p.relative_to(root).as_posix(): (None if p.is_dir() else p.read_bytes()) for p in sorted(root.rglob("*"))}


def test_double_click_opens_in_one_window(installed: Path, xvfb: str, tmp_path: Path, qapp: object) -> None:
    gio = need("gio")
    home = tmp_path / "home"
    data = home / ".local" / "share"
    data.mkdir(parents=True)
    (data / "unrelated.txt").write_text("someone else's")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    status_file = tmp_path / "status.json"
    env = clean_env(
        HOME=str(home),
        XDG_DATA_HOME=str(data),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(runtime),
        DISPLAY=xvfb,
        KAMERVRAGEN_STATUS_FILE=str(status_file),
        KAMERVRAGEN_LIBRARY=str(tmp_path / "library" / "library.sqlite3"),
        KAMERVRAGEN_CONFIG_DIR=str(tmp_path / "config"),
        LC_ALL="C.UTF-8",
    )
    before = snapshot(data)
    launcher = str(installed / "kamervragen-reader")

    out = run([launcher, "--install-desktop"], tmp_path, env, timeout=60)
    assert "installed for this user" in out
    entry = data / "applications" / f"{APP_ID}.desktop"
    text = entry.read_text()
    assert f'Exec="{launcher}" %F' in text  # the absolute launcher of this installation, quoted (a space)
    if shutil.which("desktop-file-validate"):
        run(["desktop-file-validate", str(entry)], tmp_path)
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (data / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()

    (first, first_id), (second, second_id) = documents(CORPUS, tmp_path)
    log = tmp_path / "application.log"
    pid = 0
    try:
        launch(gio, entry, first, env, log)  # the double-click
        status = wait_status(status_file, lambda s: s.get("open_document_id") == first_id, log=log)
        pid = status["pid"]
        assert status["opened_paths"] == [str(first)]
        if shutil.which("import"):  # a look at the screen (kept in the test's tmp folder)
            subprocess.run(["import", "-window", "root", str(tmp_path / "first.png")], env=env, timeout=30)

        launch(gio, entry, second, env, log)  # a second file, the same way
        status = wait_status(status_file, lambda s: s.get("open_document_id") == second_id, log=log)
        assert status["pid"] == pid  # arrived in the running window
        assert status["opened_paths"] == [str(first), str(second)]
        deadline = time.monotonic() + 20
        while processes_running(launcher) != [pid] and time.monotonic() < deadline:
            time.sleep(0.1)  # the second launch hands over and exits
        assert processes_running(launcher) == [pid]
        if shutil.which("import"):
            subprocess.run(["import", "-window", "root", str(tmp_path / "second.png")], env=env, timeout=30)
    finally:
        if pid:
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 15
            while pid in processes_running(launcher) and time.monotonic() < deadline:
                time.sleep(0.1)
            if pid in processes_running(launcher):
                os.kill(pid, signal.SIGKILL)

    out = run([launcher, "--uninstall-desktop"], tmp_path, env, timeout=60)
    assert "removed" in out
    assert snapshot(data) == before  # nothing left behind, nothing else touched
