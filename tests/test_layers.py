"""The layers: presentation below printing and the window, printing below the window; the view model without Qt."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _imports(folder: Path) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for path in folder.glob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(a.name for a in node.names)
        out[path.name] = names
    return out


def test_presentation_and_printing_never_import_from_above() -> None:
    for name, modules in _imports(ROOT / "reader" / "presentation").items():
        assert not [m for m in modules if m.startswith(("reader.gui", "reader.printing"))], name
        assert not [m for m in modules if m.startswith("PySide6.QtWidgets")], name
    for name, modules in _imports(ROOT / "reader" / "printing").items():
        assert not [m for m in modules if m.startswith("reader.gui")], name


def test_the_view_model_needs_no_qt() -> None:
    code = (
        "import sys; from reader.presentation import present; from reader.presentation.html import write_html;"
        "from reader.core.model import Document, Block;"
        "write_html(present(Document(questions=[Block('1', ['1'], 'x?')])));"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6')))"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"
