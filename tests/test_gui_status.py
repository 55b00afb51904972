"""The list's status column follows core's rule (reader.core.rules.status_key): the set's status for documents
of the default soort, as always; oral questions, withdrawn questions and answers by letter by their soort."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from types import SimpleNamespace

import pytest

from reader.gui.document_model import status_description, status_text


def row(kind: str, status: str, overdue: bool = False, days: int | None = None, **soort: str) -> object:
    """A library row as the list reads it; `soort=` as the library will give it (rows without one: the default)."""
    fields: dict[str, object] = {"soort": "", "answered_by": None, **soort}
    return SimpleNamespace(kind=kind, status=status, overdue=overdue, days=days, **fields)


@pytest.mark.parametrize(
    ("listed", "text", "description"),
    [
        (row("antwoord", "answered", days=12), "Beantwoord", "Beantwoord na 12 dagen"),
        (row("mededeling", "answered", days=30), "Beantwoord", "Beantwoord na 30 dagen"),  # the notice's set
        (row("vragen", "postponed"), "Uitgesteld", "Beantwoording uitgesteld (mededeling ontvangen)"),
        (row("vragen", "open", days=5), "Open", "Open sinds 5 dagen"),
        (row("vragen", "open", overdue=True, days=30), "Te laat", "Open, termijn verstreken: 9 dagen te laat"),
        (row("mededeling", "postponed", soort="per-brief"), "Per brief", "Beantwoord bij brief (een Kamerstuk)"),
        (row("mededeling", "open", overdue=True, soort="ingetrokken"), "Ingetrokken", "De vragen zijn ingetrokken"),
        (row("vragen", "open", overdue=True, days=40, soort="mondeling"), "Mondeling",
         "Mondelinge vragen: er komt geen schriftelijk antwoord"),
    ],
)  # fmt: skip
def test_the_status_column_says_what_the_rule_decides(listed: object, text: str, description: str) -> None:
    assert status_text(listed) == text  # type: ignore[arg-type]
    assert status_description(listed) == description  # type: ignore[arg-type]
