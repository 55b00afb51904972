"""`kamervragen-reader stats … --chart PNG` (issue 15): the overview's chart drawn offscreen to a PNG of the size
asked for, in both languages, written whole or not at all; without --chart the command loads no Qt; and the
library layer does not import the window's (the command line adds --chart from above)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from test_library_stats import build

from reader.library.store import Library

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        build(lib)
    return path


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    environment.pop("QT_QPA_PLATFORM", None)  # the command chooses offscreen itself
    return subprocess.run([sys.executable, "-m", "reader", "stats", *args], capture_output=True, text=True,
                          env=environment, timeout=120, cwd=ROOT)  # fmt: skip


@pytest.mark.parametrize(("lang", "written"), [("nl", "Grafiek geschreven"), ("en", "Chart written")])
def test_the_chart_is_written_in_both_languages(library: Path, tmp_path: Path, lang: str, written: str) -> None:
    out = tmp_path / f"ministeries-{lang}.png"
    result = run("--library", str(library), "--by", "ministry", "--chart", str(out), "--lang", lang, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["by"] == "ministry"  # the figures as without --chart, stdout kept clean
    assert written in result.stderr
    image = QImage(str(out))
    assert not image.isNull() and (image.width(), image.height()) == (1200, 750)
    # another size, and the trend per month
    months = tmp_path / f"maanden-{lang}.png"
    result = run("--library", str(library), "--by", "month", "--chart", str(months), "--chart-size", "800x500",
                 "--lang", lang)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (QImage(str(months)).width(), QImage(str(months)).height()) == (800, 500)


def test_the_two_languages_draw_different_words(library: Path, tmp_path: Path) -> None:
    images = {}
    for lang in ("nl", "en"):
        out = tmp_path / f"{lang}.png"
        assert run("--library", str(library), "--chart", str(out), "--lang", lang).returncode == 0
        images[lang] = QImage(str(out))
    assert images["nl"] != images["en"]  # titles, axes and legend differ; the boxes are the same


def test_an_existing_file_is_kept_without_force(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "chart.png"
    out.write_bytes(b"mine")
    result = run("--library", str(library), "--chart", str(out), "--lang", "en")
    assert result.returncode == 1 and "already exists" in result.stderr
    assert out.read_bytes() == b"mine"
    assert run("--library", str(library), "--chart", str(out), "--force").returncode == 0
    assert not QImage(str(out)).isNull()
    folder = run("--library", str(library), "--chart", str(tmp_path), "--lang", "en")
    assert folder.returncode == 1 and "folder" in folder.stderr and "Traceback" not in folder.stderr
    bad = run("--library", str(library), "--chart", str(out), "--chart-size", "huge", "--lang", "en")
    assert bad.returncode == 2 and "invalid size" in bad.stderr


QT_FREE = """
import io, json, sys
from reader.cli import main
out = io.StringIO()
code = main(["stats", "--json", "--library", sys.argv[1]], out=out)
print(json.dumps({"code": code, "qt": sorted(m for m in sys.modules if m.startswith("PySide6")),
                  "groups": len(json.loads(out.getvalue())["groups"])}))
"""


def test_stats_without_chart_loads_no_qt(library: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", QT_FREE, str(library)], capture_output=True, text=True, env=env,
                            timeout=60, cwd=ROOT)  # fmt: skip
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == {"code": 0, "qt": [], "groups": 3}


def test_the_library_layer_imports_nothing_above_it() -> None:
    for path in (ROOT / "reader" / "library").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [a.name for a in node.names] if isinstance(node, ast.Import) else []
            for name in names:
                assert not name.startswith(("reader.gui", "reader.printing", "reader.presentation", "PySide6")), (
                    f"{path.name} imports {name}"
                )
