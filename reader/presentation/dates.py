"""Dates as a reader sees them, in the interface language ("23 januari 2024", "23 January 2024"), without Qt."""

from __future__ import annotations

from datetime import date

from reader.core.i18n import language

MONTHS: dict[str, tuple[str, ...]] = {
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}  # fmt: skip


def format_date(day: date | None, lang: str | None = None) -> str:
    """'23 januari 2024' in Dutch, '23 January 2024' in English (`lang` None: the interface language);
    '' for no date."""
    if day is None:
        return ""
    months = MONTHS.get(lang or language(), MONTHS["nl"])
    return f"{day.day} {months[day.month - 1]} {day.year}"
