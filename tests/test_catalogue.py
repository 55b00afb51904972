"""The one message catalogue of the layers without Qt widgets: every text has its English, both languages
have the same fields, and the language follows the locale (Dutch with a Dutch locale, English otherwise)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from reader.core import i18n
from reader.core.catalogue import CATALOGUE, PLURALS
from reader.core.errors import ParseError, ReaderError

ROOT = Path(__file__).resolve().parents[1] / "reader"


def _calls(name: str) -> list[tuple[str, str]]:
    """(file, first argument) of every call of `name` with a literal first argument in modules that use the
    core catalogue."""
    found = []
    for path in sorted(ROOT.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "reader.core.i18n import" not in source and path.name not in ("i18n.py", "errors.py"):
            continue
        for node in ast.walk(ast.parse(source)):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == name
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append((str(path.relative_to(ROOT)), node.args[0].value))
    return found


def test_every_text_of_the_code_has_its_english() -> None:
    missing = [(f, t) for f, t in _calls("tr") if t not in CATALOGUE]
    missing += [(f, t) for f, t in _calls("trn") if t not in PLURALS]
    assert not missing, f"add these to reader/core/catalogue.py: {missing[:10]}"


def test_no_key_is_written_twice() -> None:
    """A dict literal keeps the last of two equal keys silently: the first message would be lost."""
    tree = ast.parse((ROOT / "core" / "catalogue.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            assert sorted(k for k in set(keys) if keys.count(k) > 1) == []


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_both_languages_fill_the_same_fields(key: str) -> None:
    entry = CATALOGUE[key]
    nl, en = entry if isinstance(entry, tuple) else (key, entry)
    assert _fields(nl) == _fields(en), key
    assert en.strip(), key


def test_plurals_have_both_forms_in_both_languages() -> None:
    for key, ((nl_one, nl_other), (en_one, en_other)) in PLURALS.items():
        assert nl_other == key
        assert {"n"} <= _fields(nl_one) == _fields(nl_other) == _fields(en_one) == _fields(en_other)
        assert i18n.trn(key, 1, lang="en", path="x") != i18n.trn(key, 2, lang="en", path="x")


def test_every_error_key_raised_is_in_the_catalogue() -> None:
    """ReaderError subclasses are raised with a message id: each id must be there (typos fail here)."""
    keys: set[str] = set()
    for path in sorted(ROOT.rglob("*.py")):
        for m in re.finditer(r"\b\w*Error\(\s*\"([a-z_]+)\"", path.read_text(encoding="utf-8")):
            keys.add(m.group(1))
    assert keys, "no error keys found"
    assert sorted(k for k in keys if k not in CATALOGUE) == []


@pytest.mark.parametrize(
    ("locale", "lang"),
    [("nl_NL.UTF-8", "nl"), ("nl_BE", "nl"), ("fy_NL.UTF-8", "nl"), ("C", "en"), ("C.UTF-8", "en"),
     ("POSIX", "en"), ("en_GB.UTF-8", "en"), ("de_DE.UTF-8", "en")],
)  # fmt: skip
def test_the_locale_chooses_the_language(monkeypatch: pytest.MonkeyPatch, locale: str, lang: str) -> None:
    monkeypatch.setenv("LANG", locale)
    assert i18n.language() == lang
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")  # LC_ALL wins over LANG
    assert i18n.language() == "nl"


def test_a_chosen_language_wins_and_can_be_reset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "C")
    i18n.set_language("nl")
    assert str(ParseError("empty", "x.txt")) == "x.txt: het bestand is leeg"
    assert ParseError("empty", "x.txt").message("en") == "x.txt: the file is empty"
    i18n.set_language(None)
    assert str(ReaderError("empty", path="y")) == "y: the file is empty"


def test_plural_forms_follow_the_count() -> None:
    assert i18n.trn("{n} pagina's", 1, lang="nl") == "1 pagina"
    assert i18n.trn("{n} pagina's", 3, lang="nl") == "3 pagina's"
    assert i18n.trn("{n} pagina's", 1, lang="en") == "1 page"
    assert i18n.trn("{n} pagina's", 0, lang="en") == "0 pages"
