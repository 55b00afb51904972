"""The print, print preview and PDF export commands, provided by `reader.printing.dialogs` when it exists.

The print engineer builds the renderer and its dialogs; the window only creates the commands. Until that
module is there (or when it lacks a function) the command stays disabled with a tool tip that says why.
The functions are looked up by name and called as `function(parent, document, *, current_pair=i)`.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable

FUNCTIONS = {
    "print": ("print_document", "print_dialog"),
    "print_preview": ("print_preview", "preview"),
    "export_pdf": ("export_pdf", "export_pdf_dialog"),
}


def load() -> dict[str, Callable[..., object]]:
    """{command id: function} for the print commands the printing package offers now."""
    try:
        module = importlib.import_module("reader.printing.dialogs")
    except ImportError:
        return {}
    found: dict[str, Callable[..., object]] = {}
    for command, names in FUNCTIONS.items():
        for name in names:
            fn = getattr(module, name, None)
            if callable(fn):
                found[command] = fn
                break
    return found


def call(fn: Callable[..., object], parent: object, document: object, current_pair: int) -> object:
    """Call a printing function with the arguments it accepts."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        params = {}
    kwargs = {}
    if "current_pair" in params:
        kwargs["current_pair"] = current_pair
    return fn(parent, document, **kwargs)
