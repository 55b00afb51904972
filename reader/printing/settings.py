"""Remembering the print options from one run to the next (QSettings, INI files in the app's config folder).

The print options are preferences: group `printing` of `settings.ini`; the folder a PDF was last saved in is
window state: `state.ini`. Both files live in `reader.core.paths.config_dir()` (`$KAMERVRAGEN_CONFIG_DIR` when
set, as in tests). The window opens the same files; QSettings shares one cache per file within a process, so
the two never disagree. Printing does not import the window's settings module (it stands below the GUI).

The pair selection is not remembered: it belongs to one document.
"""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import QSettings

from reader.core.paths import config_dir
from reader.printing.options import PAPER_SIZES, Columns, PrintOptions, Scope, clamp_margins

FILES = {"preferences": "settings.ini", "state": "state.ini"}
GROUP = "printing"
_NOT_REMEMBERED = {"pairs"}


def open_settings(kind: str = "preferences") -> QSettings:
    """The application's QSettings for `kind` ("preferences" or "state")."""
    return QSettings(str(config_dir() / FILES[kind]), QSettings.Format.IniFormat)


def load_options(store: QSettings | None = None) -> PrintOptions:
    """The remembered options; any missing or unreadable value keeps its default."""
    s = store or open_settings()
    base = PrintOptions()
    values: dict[str, Any] = {}  # each converted by its field's type (see _convert)
    s.beginGroup(GROUP)
    try:
        for f in fields(PrintOptions):
            if f.name in _NOT_REMEMBERED or not s.contains(f.name):
                continue
            raw = s.value(f.name)
            default = getattr(base, f.name)
            try:
                values[f.name] = _convert(f.name, raw, default)
            except (TypeError, ValueError):
                continue  # a hand-edited or foreign value: keep the default
    finally:
        s.endGroup()
    opts = replace(base, **values)
    margins = clamp_margins((opts.margin_top, opts.margin_bottom, opts.margin_left, opts.margin_right))
    return replace(opts, margin_top=margins[0], margin_bottom=margins[1], margin_left=margins[2],
                   margin_right=margins[3])  # fmt: skip


def save_options(options: PrintOptions, store: QSettings | None = None) -> None:
    s = store or open_settings()
    s.beginGroup(GROUP)
    try:
        for f in fields(PrintOptions):
            if f.name in _NOT_REMEMBERED:
                continue
            value = getattr(options, f.name)
            s.setValue(f.name, str(value) if isinstance(value, (Scope, Columns)) else value)
    finally:
        s.endGroup()
    s.sync()


def _convert(name: str, raw: object, default: object) -> object:
    # INI files give strings back ("true", "10.5"): convert by the default's type
    if isinstance(default, Scope):
        return Scope(str(raw))
    if isinstance(default, Columns):
        return Columns(str(raw))
    if isinstance(default, bool):
        text = str(raw).lower()
        if text in ("true", "1", "yes"):
            return True
        if text in ("false", "0", "no"):
            return False
        raise ValueError(raw)
    if isinstance(default, float):
        value = float(str(raw))
        if name == "font_size" and not 6.0 <= value <= 24.0:
            raise ValueError(raw)
        if name == "ratio" and not 0.2 <= value <= 0.8:
            raise ValueError(raw)
        return value
    if name == "paper":
        text = str(raw)
        for p in PAPER_SIZES:
            if p.lower() == text.lower():
                return p
        raise ValueError(raw)
    return raw
