"""The print, print preview and PDF export commands, provided by `reader.printing.dialogs` when it exists.

The print engineer builds the renderer and its dialogs; the window only creates the commands. Until that
module is there the commands stay disabled with a tool tip that says why. The module (and QtPrintSupport
with it) is imported on first use, not at start-up: finding it costs nothing, importing it ~30 ms.
Its functions are called as `function(parent, document, current_pair)`.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable

MODULE = "reader.printing.dialogs"
FUNCTIONS = {"print": "print_document", "print_preview": "print_preview", "export_pdf": "export_pdf"}


def available() -> set[str]:
    """The print commands that can be offered (without importing the printing code)."""
    try:
        found = importlib.util.find_spec(MODULE) is not None
    except (ImportError, ValueError):
        found = False
    return set(FUNCTIONS) if found else set()


def function(command: str) -> Callable[..., object] | None:
    try:
        module = importlib.import_module(MODULE)
    except ImportError:
        return None
    fn = getattr(module, FUNCTIONS[command], None)
    return fn if callable(fn) else None


def call(command: str, parent: object, document: object, current_pair: int) -> object:
    """Run a print command; None when the printing package does not offer it after all."""
    fn = function(command)
    if fn is None:
        return None
    return fn(parent, document, current_pair if current_pair >= 0 else None)
