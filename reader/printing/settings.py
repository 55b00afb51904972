"""Remembering the print options from one run to the next (QSettings, INI files in the app's config folder).

The print options are preferences: group `printing` of `settings.ini`; the folder a PDF was last saved in is
window state: `state.ini`. Both files live in `$KAMERVRAGEN_CONFIG_DIR` when set (tests point it at a temp dir),
else the platform's user config folder. The main window's `reader.gui.settings.Settings` owns these files;
when it is importable it is used, otherwise the same files are opened here, so the two never disagree.

The pair selection is not remembered: it belongs to one document.
"""

from __future__ import annotations

import os
from dataclasses import fields, replace
from pathlib import Path

from PySide6.QtCore import QSettings

from reader.printing.options import PAPER_SIZES, Columns, PrintOptions, Scope, clamp_margins

APP_NAME = "kamervragen-reader"
FILES = {"preferences": "settings.ini", "state": "state.ini"}
GROUP = "printing"
_NOT_REMEMBERED = {"pairs"}


def config_dir() -> Path:
    env = os.environ.get("KAMERVRAGEN_CONFIG_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def open_settings(kind: str = "preferences") -> QSettings:
    """The application's QSettings for `kind` ("preferences" or "state")."""
    try:
        from reader.gui.settings import Settings
    except ImportError:
        Settings = None  # the window's settings module is optional here
    if Settings is not None:
        try:
            return Settings().qsettings(kind)
        except (AttributeError, KeyError, TypeError):
            pass  # an older or newer shape of that module: use the same file directly
    return QSettings(str(config_dir() / FILES[kind]), QSettings.Format.IniFormat)


def load_options(store: QSettings | None = None) -> PrintOptions:
    """The remembered options; any missing or unreadable value keeps its default."""
    s = store or open_settings()
    base = PrintOptions()
    values: dict[str, object] = {}
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
