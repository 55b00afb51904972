"""Shared test setup: Qt without a display, and no test ever touches the user's library or settings."""

from __future__ import annotations

import os
from collections.abc import Iterator

# before anything imports Qt: PySide6 has no ini option for this (see DEVELOPING.md)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from corpus_path import CORPUS


@pytest.fixture(autouse=True)
def _isolated_user_files(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the library, the settings and the XDG data and config folders at a fresh folder per test."""
    home = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("KAMERVRAGEN_LIBRARY", str(home / "data" / "library.sqlite3"))
    monkeypatch.setenv("KAMERVRAGEN_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("KAMERVRAGEN_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("KAMERVRAGEN_CACHE_DIR", str(home / "cache"))
    for var, sub in (("XDG_DATA_HOME", "xdg-data"), ("XDG_CONFIG_HOME", "xdg-config")):
        monkeypatch.setenv(var, str(home / sub))
    return home


@pytest.fixture(autouse=True)
def _dutch_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in a Dutch locale with no language forced (the users' case); a test that wants
    English sets LANG=C or calls set_language("en"), and the forced language is reset afterwards."""
    from reader.core import i18n

    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    yield
    i18n.set_language(None)


@pytest.fixture(scope="session")
def corpus() -> Path:
    """The shared corpus of real documents (read only); the test is skipped when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip(f"corpus not found at {CORPUS} (set KAMERVRAGEN_CORPUS to its location)")
    return CORPUS


def pytest_configure(config: pytest.Config) -> None:
    """One QApplication for the whole run, made before any test: the PDF parser and the print renderer make a
    bare QGuiApplication when none exists, and a widget test after that would abort the interpreter."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        config._kamervragen_qapp = QApplication(["pytest"])  # kept alive for the session
