"""The shape of the code (issue 10): layers whose imports point one way, no import cycles, no god modules.

Layers, lowest first: `core` < `library`, `sources`, `desktop` < `presentation` < `printing` < `gui` < the
command line (`reader/cli.py`). A module may import from its own layer and the ones below, never from above:
also not lazily, inside a function. Cycles are looked for among the imports a module makes when it loads (a
lazy import inside a function is how a parser chooses another at run time, and is no cycle of loading).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "reader"
RANK = {"core": 0, "library": 1, "sources": 1, "desktop": 1, "presentation": 2, "printing": 3, "gui": 4}
TOP = 5  # reader/cli.py, reader/__main__.py, reader/__init__.py
MAX_LINES = 800  # "no module near 1,000 lines"
DATA_MODULES = {"reader.core.catalogue"}  # the message catalogue is a table of sentences, not code


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def rank(module: str) -> int:
    parts = module.split(".")
    if module == "reader":
        return 0  # the package's own names (version, application id) are below everything
    if len(parts) >= 2 and parts[1] in RANK:
        return RANK[parts[1]]
    return TOP


def imports(path: Path) -> tuple[set[str], set[str]]:
    """(imports made when the module loads, every import including those inside functions)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    at_load: set[str] = set()
    every: set[str] = set()
    package = module_name(path).rsplit(".", 1)[0] if path.name != "__init__.py" else module_name(path)

    def names(node: ast.AST) -> list[str]:
        if isinstance(node, ast.Import):
            return [a.name for a in node.names]
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join(
                    package.split(".")[: len(package.split(".")) - node.level + 1] + ([base] if base else [])
                )
            found = [base]
            found += [f"{base}.{a.name}" for a in node.names]  # `from reader.core import parse` imports a module
            return found
        return []

    def visit(node: ast.AST, loading: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                for name in names(child):
                    if name.startswith("reader"):
                        every.add(name)
                        if loading:
                            at_load.add(name)
            inner = loading and not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.If) and isinstance(child.test, ast.Name) and child.test.id == "TYPE_CHECKING":
                inner = False  # only for the type checker
            visit(child, inner)

    visit(tree, True)
    return at_load, every


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def known(name: str) -> str | None:
    """The module of ours that an imported name refers to (a module, or the module holding a name)."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def test_no_import_points_up_a_layer() -> None:
    wrong = []
    for name, path in MODULES.items():
        for target in imports(path)[1]:
            module = known(target)
            if module and rank(module) > rank(name):
                wrong.append(f"{name} → {module}")
    assert not wrong, "imports from a higher layer: " + ", ".join(sorted(set(wrong)))


def test_no_import_cycles() -> None:
    graph = {name: {m for t in imports(path)[0] if (m := known(t)) and m != name} for name, path in MODULES.items()}
    # packages import their own modules in __init__; a module importing its package's __init__ is not a cycle
    for name in graph:
        graph[name] = {m for m in graph[name] if not (MODULES[m].name == "__init__.py" and name.startswith(m + "."))}
    state: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def walk(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                walk(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            walk(node)
    assert not cycles, "import cycles: " + "; ".join(" → ".join(c) for c in cycles[:5])


def test_no_module_is_near_a_thousand_lines() -> None:
    big = {
        name: n
        for name, path in MODULES.items()
        if name not in DATA_MODULES and (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not big, f"split these: {big}"


def test_the_layers_without_qt_widgets_never_import_them() -> None:
    wrong = []
    for name, path in MODULES.items():
        if rank(name) <= RANK["presentation"]:
            source = path.read_text(encoding="utf-8")
            if "QtWidgets" in source:
                wrong.append(name)
    assert not wrong, wrong
