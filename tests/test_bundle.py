"""The PyInstaller bundle: the documented build command works, and its result opens a PDF without Python packages.

Slow (about 15 s to build, a few seconds to run). Skipped with a reason when PyInstaller is not installed
(`pip install -e '.[bundle]'`).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_path import CORPUS

from reader import APP_ID

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
CORPUS_PDF = CORPUS / "pdf" / "ah-tk-20232024-878.pdf"


def bundle_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """No Python of ours on any path: what the bundle needs, it carries."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "share"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / "config"),
        "KAMERVRAGEN_LIBRARY": str(tmp_path / "library.sqlite3"),
        "KAMERVRAGEN_CONFIG_DIR": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "LC_ALL": "C.UTF-8",
    }
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.skip("PyInstaller is not installed: pip install -e '.[bundle]'")
    out = tmp_path_factory.mktemp("bundle")
    env = {**os.environ, "PYTHON": sys.executable, "DISTPATH": str(out / "dist"), "WORKPATH": str(out / "build")}
    done = subprocess.run(
        [str(ROOT / "packaging" / "build-bundle")], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    executable = out / "dist" / "kamervragen-reader" / "kamervragen-reader"
    assert executable.is_file() and os.access(executable, os.X_OK)
    return executable


def test_bundle_self_test_reads_pdfs(bundle: Path, tmp_path: Path) -> None:
    args = [str(bundle), "--self-test"]
    if CORPUS_PDF.is_file():
        args.append(str(CORPUS_PDF))  # a real PDF; without one it writes and reads a sample PDF with Qt
    done = subprocess.run(args, cwd=tmp_path, env=bundle_env(tmp_path), capture_output=True, text=True, timeout=120)
    facts = json.loads(done.stdout)
    assert done.returncode == 0 and facts["ok"], done.stdout + done.stderr
    assert facts["frozen"] is True and facts["qtbase_nl"] is True
    assert facts["english"] is True  # the English interface travels with the bundle (issue 13)
    assert facts["charts"] is True and facts["hyphenation"] is True  # the overview; pyphen's dictionaries
    assert {"desktop", "icons", "samples"} <= set(facts["resources"])
    if CORPUS_PDF.is_file():
        assert facts["documents"][0]["id"] == "ah-tk-20232024-878"


def test_bundle_parse_command(bundle: Path, tmp_path: Path) -> None:
    sample = ROOT / "resources" / "samples" / "ah-tk-20242025-1822.xml"
    done = subprocess.run(
        [str(bundle), "parse", "--json", str(sample)],
        cwd=tmp_path,
        env=bundle_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == "ah-tk-20242025-1822"


def test_bundle_contents(bundle: Path) -> None:
    internal = bundle.parent / "_internal"
    qt = internal / "PySide6" / "Qt"
    plugins = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so", "libqwayland.so"} <= plugins
    assert (qt / "translations" / "qtbase_nl.qm").is_file()
    assert (internal / "reader" / "resources" / "translations" / "kamervragen_en.qm").is_file()
    assert (internal / "reader" / "resources" / "desktop" / f"{APP_ID}.metainfo.xml").is_file()
    libs = {p.name for p in internal.rglob("libQt6*")}
    assert any(name.startswith("libQt6Pdf") for name in libs)
    assert not any(name.startswith(("libQt6WebEngine", "libQt6Quick", "libQt6Qml", "libQt63D")) for name in libs)
    size = sum(p.stat().st_size for p in bundle.parent.rglob("*") if p.is_file() and not p.is_symlink())
    assert size < 260 * 1024 * 1024, f"the bundle grew to {size // (1024 * 1024)} MB"


def test_bundle_installs_its_own_desktop_entry(bundle: Path, tmp_path: Path) -> None:
    env = bundle_env(tmp_path)
    data = Path(env["XDG_DATA_HOME"])
    done = subprocess.run([str(bundle), "--install-desktop"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    entry = (data / "applications" / f"{APP_ID}.desktop").read_text()
    assert f"Exec={bundle} %F" in entry
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(data / "applications" / f"{APP_ID}.desktop")])
        assert check.returncode == 0
    done = subprocess.run([str(bundle), "--uninstall-desktop"], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert not any(data.rglob("*"))


def test_bundle_window_screenshot(bundle: Path, tmp_path: Path) -> None:
    """The bundled window opens a PDF (offscreen) and draws it."""
    document = CORPUS_PDF if CORPUS_PDF.is_file() else ROOT / "resources" / "samples" / "ah-tk-20242025-1807.txt"
    shot = tmp_path / "bundle.png"
    done = subprocess.run(
        [str(bundle), "--screenshot", str(shot), str(document)],
        cwd=tmp_path,
        env=bundle_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert shot.is_file() and shot.stat().st_size > 10_000
