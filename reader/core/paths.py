"""Where the program keeps its files: one place for every folder, each with an environment override.

| what | environment | default (platformdirs, per user) |
|---|---|---|
| preferences and window state | `KAMERVRAGEN_CONFIG_DIR` | `~/.config/kamervragen-reader/` |
| the library database | `KAMERVRAGEN_LIBRARY` (the file) | `~/.local/share/kamervragen-reader/library.sqlite3` |
| other data (install record, update state) | `KAMERVRAGEN_DATA_DIR` | `~/.local/share/kamervragen-reader/` |
| downloads cache | `KAMERVRAGEN_CACHE_DIR` | `~/.cache/kamervragen-reader/` |

Tests point every one of them at a temporary folder, so that no test touches the user's files. Nothing here
creates a folder: the code that writes a file makes its folder when it writes.
"""

from __future__ import annotations

import os
from pathlib import Path

from reader import APP_DIR_NAME

LIBRARY_FILE = "library.sqlite3"


def _override(var: str) -> Path | None:
    value = os.environ.get(var)
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    """$KAMERVRAGEN_CONFIG_DIR, else the user config folder."""
    env = _override("KAMERVRAGEN_CONFIG_DIR")
    if env is not None:
        return env
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False))


def data_dir() -> Path:
    """$KAMERVRAGEN_DATA_DIR, else the user data folder."""
    env = _override("KAMERVRAGEN_DATA_DIR")
    if env is not None:
        return env
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def cache_dir() -> Path:
    """$KAMERVRAGEN_CACHE_DIR, else the user cache folder."""
    env = _override("KAMERVRAGEN_CACHE_DIR")
    if env is not None:
        return env
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_DIR_NAME, appauthor=False))


def library_path() -> Path:
    """$KAMERVRAGEN_LIBRARY, else library.sqlite3 in the data folder."""
    return _override("KAMERVRAGEN_LIBRARY") or data_dir() / LIBRARY_FILE
