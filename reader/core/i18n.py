"""The interface language and the one message catalogue of the layers without Qt widgets.

Every user-facing text of `core`, `library`, `sources`, `desktop`, `presentation`, `printing` and the command
line goes through `tr(text, *args)`: `text` is either a message id ("not_found") or the Dutch text itself
("Vraag"); the catalogue (`reader.core.catalogue`) holds the English, and for ids the Dutch too. The Qt
interface translates its own widget texts with Qt's `tr()` and `.ts` files, and sets this module's language
to the one it shows, so that messages from below speak the same language as the window.

The language: set explicitly (`--lang`, the window's setting), else from the locale environment: Dutch with a
Dutch locale (`nl_*`), English otherwise (`LANG=C` gives English). One rule for the command line and the
window.
"""

from __future__ import annotations

import os

from reader.core.catalogue import CATALOGUE, PLURALS

_language: str | None = None

LANGUAGES = ("nl", "en")


def language_of_locale(name: str) -> str:
    """'nl' for a Dutch locale ('nl_NL.UTF-8', 'nl_BE', and a language of the Netherlands such as 'fy_NL');
    'en' for every other ('en_GB', 'C', 'POSIX', 'de_DE')."""
    base = name.split(".")[0].split("@")[0].lower()
    return "nl" if base.startswith("nl") or base.endswith("_nl") else "en"


def system_language() -> str:
    """'nl' or 'en' from the locale environment, read as gettext reads it (the first variable set wins)."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return language_of_locale(value.split(":")[0])
    return "en"  # no locale at all is the C locale


def language() -> str:
    """'nl' or 'en': the language set with `set_language`, else the system's."""
    return _language or system_language()


def chosen_language() -> str | None:
    """The language set with `set_language` (the window's setting, `--lang`); None when the environment decides."""
    return _language


def set_language(lang: str | None) -> None:
    """Force 'nl' or 'en' (the window's setting, `--lang`); None follows the environment again."""
    global _language
    _language = lang if lang in LANGUAGES else None


class Text:
    """A message kept untranslated until it is shown, as a field of another message (an error's reason), so
    that `error.message("en")` is English all through."""

    def __init__(self, text: str, **kwargs: object) -> None:
        self.text = text
        self.kwargs = kwargs

    def render(self, lang: str | None = None) -> str:
        return tr(self.text, lang=lang, **self.kwargs)

    def __str__(self) -> str:
        return self.render()


def _filled(values: dict[str, object], lang: str | None) -> dict[str, object]:
    return {k: v.render(lang) if isinstance(v, Text) else v for k, v in values.items()}


def tr(text: str, *args: object, lang: str | None = None, **kwargs: object) -> str:
    """`text` in the interface language, with `{}` / `{name}` fields filled from `args` and `kwargs`.

    A message id is looked up in the catalogue as (Dutch, English); a Dutch text as its English translation.
    A text the catalogue does not know is shown as written (tests check that every text has its English).
    A field given as a `Text` is translated into the same language.
    """
    entry = CATALOGUE.get(text)
    kwargs = _filled(kwargs, lang)
    args = tuple(a.render(lang) if isinstance(a, Text) else a for a in args)
    english = (lang or language()) == "en"
    if entry is None:
        template = text
    elif isinstance(entry, tuple):
        template = entry[1] if english else entry[0]
    else:
        template = entry if english else text
    return template.format(*args, **kwargs) if (args or kwargs) else template


def trn(text: str, n: int, *args: object, lang: str | None = None, **kwargs: object) -> str:
    """A text with a count: `{n}` is the count; the form (one or more) follows the language's rule.

    The catalogue's `PLURALS[text]` holds ((Dutch one, Dutch other), (English one, English other)); `text`
    itself is the Dutch "other" form.
    """
    forms = PLURALS.get(text)
    english = (lang or language()) == "en"
    if forms is None:
        template = text
    else:
        one, other = forms[1] if english else forms[0]
        template = one if n == 1 else other
    return template.format(*args, n=n, **kwargs)
