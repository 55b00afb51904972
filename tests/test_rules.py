"""The rules the window shows but core decides (reader.core.rules): counting questions, finding question N,
which documents show their unanswered questions as postponed, and the status a set is shown with — for the
default soort of each kind (today's behaviour) and for the finer soorts the parsers and the library fill in."""

from __future__ import annotations

import pytest

from reader.core import rules
from reader.core.model import Block, Document, Kind, Pair, Soort
from reader.core.rules import Status


def block(label: str, numbers: list[str]) -> Block:
    return Block(label, numbers, f"Verzonnen tekst bij {label or 'een blok zonder nummer'}.")


def grouped() -> Document:
    """Questions 1, 2 (one block, answered together), 3, 3a; an answer 5 whose question is not printed."""
    return Document(
        kind=Kind.ANTWOORD,
        questions=[block("1, 2", ["1", "2"]), block("3", ["3"]), block("3a", ["3a"])],
        answers=[block("1, 2", ["1", "2"]), block("3", ["3"]), block("5", ["5"])],
    )


def test_questions_are_counted_by_their_numbers() -> None:
    assert rules.question_count(grouped()) == 4  # 1, 2, 3, 3a
    unnumbered = Document(kind=Kind.VRAGEN, questions=[block("", []), block("", [])])
    assert rules.question_count(unnumbered) == 2  # at least one per block
    assert rules.question_count(Document()) == 0


def test_a_question_is_found_by_its_number_or_by_the_answer_that_names_it() -> None:
    doc = grouped()
    pairs = [Pair([0], [0]), Pair([1], [1]), Pair([2], []), Pair([], [2])]
    assert rules.find_question(doc, pairs, "2") == 0
    assert rules.find_question(doc, pairs, " 3. ") == 1
    assert rules.find_question(doc, pairs, "3A") == 2
    assert rules.find_question(doc, pairs, "5") == 3  # only an answer names it
    assert rules.find_question(doc, pairs, "9") == -1
    assert rules.find_question(doc, pairs, "") == -1


@pytest.mark.parametrize(
    ("kind", "soort", "set_status", "notice", "expected"),
    [
        # the default soorts: today's rule (a postponed set, and the document is not the notice itself)
        (Kind.VRAGEN, None, "postponed", None, True),
        (Kind.ANTWOORD, None, "postponed", None, True),
        (Kind.VRAGEN, None, "open", None, False),
        (Kind.VRAGEN, None, "answered", None, False),
        (Kind.VRAGEN, None, None, None, False),
        (Kind.MEDEDELING, None, "postponed", None, False),
        # the finer soorts
        (Kind.VRAGEN, Soort.SCHRIFTELIJK, "postponed", Soort.UITSTEL, True),
        (Kind.VRAGEN, Soort.MONDELING, "postponed", None, False),  # oral questions get no written answer
        (Kind.VRAGEN, None, "postponed", Soort.PER_BRIEF, False),  # answered by letter: not postponed
        (Kind.VRAGEN, None, "postponed", "ingetrokken", False),  # withdrawn
        (Kind.VRAGEN, None, "postponed", "onbekend", True),  # an unknown value: the kind's default (uitstel)
    ],
)
def test_which_documents_show_their_questions_as_postponed(
    kind: Kind, soort: Soort | None, set_status: str | None, notice: Soort | str | None, expected: bool
) -> None:
    doc = Document(kind=kind, soort=soort, questions=[block("1", ["1"])])
    assert rules.shows_postponed(doc, set_status, notice) is expected


@pytest.mark.parametrize(
    ("kind", "soort", "set_status", "overdue", "listed", "badge"),
    [
        # default soorts: the library's status of the set, as the window always showed it
        (Kind.ANTWOORD, None, "answered", False, Status.ANSWERED, Status.ANSWERED),
        (Kind.VRAGEN, None, "open", False, Status.OPEN, Status.OPEN),
        (Kind.VRAGEN, None, "open", True, Status.OVERDUE, Status.OVERDUE),
        (Kind.VRAGEN, None, "postponed", False, Status.POSTPONED, Status.POSTPONED),
        # a notice of postponement: the list shows its set (answered since), the badge the notice itself
        (Kind.MEDEDELING, None, "answered", False, Status.ANSWERED, Status.POSTPONED),
        (Kind.MEDEDELING, Soort.UITSTEL, "postponed", False, Status.POSTPONED, Status.POSTPONED),
        # finer soorts
        (Kind.MEDEDELING, Soort.PER_BRIEF, "postponed", False, Status.ANSWERED_BY_LETTER, Status.ANSWERED_BY_LETTER),
        (Kind.MEDEDELING, Soort.INGETROKKEN, "open", True, Status.WITHDRAWN, Status.WITHDRAWN),
        (Kind.MEDEDELING, Soort.OVERIG, "open", False, Status.OPEN, Status.OPEN),
        (Kind.VRAGEN, Soort.MONDELING, "open", True, Status.ORAL, Status.ORAL),  # never open or overdue
        (Kind.VRAGEN, "mondeling", "overdue", False, Status.ORAL, Status.ORAL),
        (Kind.ANTWOORD, Soort.NADER, "answered", False, Status.ANSWERED, Status.ANSWERED),
    ],
)
def test_the_status_a_document_is_shown_with(
    kind: Kind, soort: Soort | str | None, set_status: str, overdue: bool, listed: Status, badge: Status
) -> None:
    assert rules.status_key(kind, soort, set_status, overdue) == listed
    assert rules.badge_key(kind, soort, set_status, overdue) == badge
    assert rules.status_key(str(kind), soort, set_status, overdue) == listed  # the library's rows hold strings


def test_days_late_count_from_the_three_week_norm() -> None:
    assert rules.NORM_DAYS == 21
    assert rules.days_late(30) == 9
    assert rules.days_late(21) == 1  # just overdue: at least one day
    assert rules.days_late(None) == 1
