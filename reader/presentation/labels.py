"""The words of the aligned view: headings of questions and answers, a pair's name, what a document is.

Every text goes through `reader.core.i18n.tr` (entries in the catalogue's "presentation" section); `lang` is
the language of the view (see `reader.presentation.view.view_language`).
"""

from __future__ import annotations

import re

from reader.core.i18n import language, tr
from reader.core.model import Block, Document, Kind, Pair, Soort
from reader.presentation.text import capitalised, clean_text


def view_language() -> str:
    """The language a view is written in: the interface's (`reader.core.i18n.language`: the window's setting
    or `--lang`, else Dutch with a Dutch locale and English otherwise)."""
    return language()


_DUTCH_JOINS = re.compile(r"\s+(en|t/m|tot en met)\s+")
_ENGLISH_JOINS = {"en": " and ", "t/m": " to ", "tot en met": " to "}


def numbers_text(label: str, lang: str) -> str:
    """A printed label's numbers in the view's language: "2, 3 en 4" reads "2, 3 and 4" in English."""
    if lang != "en":
        return label
    return _DUTCH_JOINS.sub(lambda m: _ENGLISH_JOINS[m.group(1)], label)


def question_heading(block: Block, lang: str | None = None) -> str:
    """'Vraag 3'; 'Vraag (4)' for a number that was inferred, not printed; 'Vraag' for none."""
    lang = lang or view_language()
    if block.label:
        return tr("Vraag {}", numbers_text(block.label, lang), lang=lang)
    if block.inferred and block.numbers:
        return tr("Vraag ({})", ", ".join(block.numbers), lang=lang)
    return tr("Vraag", lang=lang)


def answer_heading(block: Block, lang: str | None = None) -> str:
    """'Antwoord 2 en 3'; 'Antwoord (4)' for a number that was inferred; 'Antwoord' for none."""
    lang = lang or view_language()
    if block.label:
        return tr("Antwoord {}", numbers_text(block.label, lang), lang=lang)
    if block.inferred and block.numbers:
        return tr("Antwoord ({})", ", ".join(block.numbers), lang=lang)
    return tr("Antwoord", lang=lang)


def pair_label(pair: Pair, doc: Document, lang: str | None = None) -> str:
    """A short name for a pair: 'Vraag 3', 'Vraag 8–11', 'Vraag 3, 8' (questions that are not adjacent),
    'Antwoord 7' (an answer without a question)."""
    lang = lang or view_language()
    if pair.questions:
        labels = [doc.questions[i].label for i in pair.questions if doc.questions[i].label]
        if not labels:
            return tr("Vraag", lang=lang)
        adjacent = pair.questions == list(range(pair.questions[0], pair.questions[-1] + 1))
        text = labels[0] if len(labels) == 1 else f"{labels[0]}–{labels[-1]}" if adjacent else ", ".join(labels)
        return tr("Vraag {}", numbers_text(text, lang), lang=lang)
    labels = [doc.answers[i].label for i in pair.answers if doc.answers[i].label]
    return tr("Antwoord {}", numbers_text(labels[0], lang), lang=lang) if labels else tr("Antwoord", lang=lang)


def column_headings(show_questions: bool, show_answers: bool, lang: str) -> tuple[str, ...]:
    """The headings over the columns shown: ('Vraag', 'Antwoord'), or one of them."""
    out: list[str] = []
    if show_questions:
        out.append(tr("Vraag", lang=lang))
    if show_answers:
        out.append(tr("Antwoord", lang=lang))
    return tuple(out)


def soort_words(doc: Document, lang: str) -> str:
    """What the document is, in words: 'Vragen en antwoorden', 'Mededeling: beantwoording uitgesteld', …"""
    return {
        Soort.ANTWOORD: tr("Vragen en antwoorden", lang=lang),
        Soort.NADER: tr("Vragen en nadere antwoorden", lang=lang),
        Soort.UITSTEL: tr("Mededeling: beantwoording uitgesteld", lang=lang),
        Soort.PER_BRIEF: tr("Mededeling: beantwoord per brief", lang=lang),
        Soort.INGETROKKEN: tr("Mededeling: vragen ingetrokken", lang=lang),
        Soort.OVERIG: tr("Mededeling", lang=lang),
        Soort.SCHRIFTELIJK: tr("Vragen, nog niet beantwoord", lang=lang),
        Soort.MONDELING: tr("Mondelinge vragen", lang=lang),
    }[doc.soort_or_default]


def answered_by_words(doc: Document, lang: str) -> str:
    """The header label of who answered: 'Mededeling van' for a notice, else 'Antwoord van'."""
    return tr("Mededeling van", lang=lang) if doc.kind == Kind.MEDEDELING else tr("Antwoord van", lang=lang)


def document_title(doc: Document) -> str:
    """The title of a printed or exported page: 'ah-tk-20232024-1031 — Subject' (id and subject as printed)."""
    subject = capitalised(clean_text(doc.subject or doc.title or "").strip())
    parts = [p for p in (doc.id, subject) if p]
    return " — ".join(parts) if parts else "Kamervragen"
