"""Settings of the window, declared once with their type and default, kept in INI files apart from the library.

Two files in the configuration folder (`$KAMERVRAGEN_CONFIG_DIR`, else platformdirs' user config folder):

- `settings.ini`: the user's preferences (language, changed shortcuts, [sources]: offline, the watch list's
  check at start). Only what the user changed is written; a shortcut left at its default is not stored at all,
  so a new default reaches every user.
- `state.ini`: where the window was left (geometry, splitter, docks, column ratio, zoom, the last document
  and pair). Throwing it away loses nothing the user chose.

`Settings.get(SETTING)` returns a value of the declared type, or the default when the stored value is
missing or of the wrong shape (a hand-edited file must never stop the application).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

from reader.core import paths

T = TypeVar("T")


config_dir = paths.config_dir  # one place for every folder (reader.core.paths)


class Setting(NamedTuple, Generic[T]):  # a NamedTuple: `dataclasses` costs start-up time
    """One setting: its key in the file, its type and its default."""

    key: str
    type: type
    default: T
    file: str = "state"  # "state" or "preferences"


# ---- preferences (settings.ini) -------------------------------------------------------------------------
LANGUAGE = Setting[str]("ui/language", str, "system", "preferences")  # "system", "nl" or "en"
# the official sources: group [sources] of settings.ini, the keys `reader.sources.settings` reads too
SOURCES_OFFLINE = Setting[bool]("sources/offline", bool, False, "preferences")  # nothing is ever fetched
SOURCES_WATCH = Setting[bool]("sources/watch", bool, False, "preferences")  # check the watch list at start
SHORTCUT_GROUP = "shortcuts"  # shortcuts/<action id> = "Ctrl+X; J" (only changed ones), preferences file

# ---- window state (state.ini) ---------------------------------------------------------------------------
GEOMETRY = Setting[QByteArray]("window/geometry", QByteArray, QByteArray())
WINDOW_STATE = Setting[QByteArray]("window/state", QByteArray, QByteArray())  # docks and tool bars
SPLITTER = Setting[QByteArray]("window/splitter", QByteArray, QByteArray())  # list | reading area
LIST_HEADER = Setting[QByteArray]("window/list_header", QByteArray, QByteArray())  # column widths, order
LIST_VISIBLE = Setting[bool]("window/list_visible", bool, True)
COLUMN_RATIO = Setting[float]("reading/column_ratio", float, 0.5)
POINT_SIZE = Setting[float]("reading/point_size", float, 0.0)  # 0: the pane's default size
CENTRE_TAB = Setting[int]("reading/tab", int, 0)  # 0: side by side, 1: source text
LAST_DOCUMENT = Setting[str]("session/document", str, "")
LAST_PAIR = Setting[int]("session/pair", int, -1)
SAMPLES_OFFERED = Setting[bool]("session/samples_added", bool, False)
SIDEBAR_HELP_SEEN = Setting[bool]("sidebar/help_seen", bool, False)  # the sidebar's help starts folded

ALL: tuple[Setting[Any], ...] = (
    LANGUAGE, GEOMETRY, WINDOW_STATE, SPLITTER, LIST_HEADER, LIST_VISIBLE, COLUMN_RATIO, POINT_SIZE, CENTRE_TAB,
    LAST_DOCUMENT, LAST_PAIR, SAMPLES_OFFERED, SIDEBAR_HELP_SEEN, SOURCES_OFFLINE, SOURCES_WATCH,
)  # fmt: skip


def _convert(value: object, kind: type, default: T) -> T:
    """A stored value as `kind`; the default when it cannot be read as one."""
    if value is None:
        return default
    try:
        if kind is bool:
            if isinstance(value, str):
                words = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}
                return cast(T, words[value.lower()]) if value.lower() in words else default
            return cast(T, bool(value))
        if kind is QByteArray:
            return cast(T, value) if isinstance(value, QByteArray) else default
        if kind is float and isinstance(value, (str, int, float)):
            result = float(value)
            return cast(T, result) if result == result else default  # NaN
        if kind is int and isinstance(value, (str, int, float)):
            return cast(T, int(value))
        if kind is str:
            return cast(T, value) if isinstance(value, str) else default
    except (TypeError, ValueError):
        return default
    return default


class Settings:
    """The two INI files; see the module docstring."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder if folder is not None else config_dir()
        self._files = {
            "preferences": QSettings(str(self.folder / "settings.ini"), QSettings.Format.IniFormat),
            "state": QSettings(str(self.folder / "state.ini"), QSettings.Format.IniFormat),
        }

    def qsettings(self, file: str) -> QSettings:
        return self._files[file]

    def get(self, setting: Setting[T]) -> T:
        return _convert(self._files[setting.file].value(setting.key), setting.type, setting.default)

    def set(self, setting: Setting[T], value: T) -> None:
        self._files[setting.file].setValue(setting.key, value)

    def reset(self, setting: Setting[Any]) -> None:
        self._files[setting.file].remove(setting.key)

    # ---- shortcuts: only the changed ones are stored ------------------------------------------------
    def shortcut_overrides(self) -> dict[str, list[str]]:
        """{action id: [portable key texts]} for every action whose keys the user changed ([] = no key)."""
        prefs = self._files["preferences"]
        prefs.beginGroup(SHORTCUT_GROUP)
        try:
            out: dict[str, list[str]] = {}
            for key in prefs.childKeys():
                value = prefs.value(key)
                if isinstance(value, list):  # QSettings reads "a, b" as a list
                    value = ", ".join(str(v) for v in value)
                if not isinstance(value, str):
                    continue
                out[key] = [part.strip() for part in value.split(";") if part.strip()]
            return out
        finally:
            prefs.endGroup()

    def set_shortcut_overrides(self, overrides: dict[str, list[str]]) -> None:
        prefs = self._files["preferences"]
        prefs.remove(SHORTCUT_GROUP)
        prefs.beginGroup(SHORTCUT_GROUP)
        for action_id, keys in sorted(overrides.items()):
            prefs.setValue(action_id, "; ".join(keys))
        prefs.endGroup()

    def sync(self) -> None:
        for s in self._files.values():
            s.sync()
