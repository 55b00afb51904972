"""Rules about question sets that the interface shows but does not decide.

- `question_count(doc)`: how many questions a set has ("Vraag 1, 2" counts two).
- `find_question(doc, pairs, "3a")`: the aligned pair that holds question 3a.
- `shows_postponed(doc, set_status, notice_soort)`: whether the unanswered questions of a document are shown
  as postponed (the reading pane then says "Uitgesteld — mededeling ontvangen <day>", the notice's date).
- `answer_due(doc)`: the day the three weeks for an answer run out.
- `status_key(...)` / `badge_key(...)`: the status a document is shown with in the list (its set's) and
  above the reading pane (its own: a notice of postponement stays "postponed").

The rules read `Document.soort` (see `reader.core.model.Soort`), so that what the parsers and the library
learn about a document reaches the window without a change there:
- a notice of soort `per-brief` means the questions were answered by a letter: answered, not postponed;
- a notice of soort `ingetrokken`: the questions were withdrawn, never open or overdue;
- questions of soort `mondeling` are for the question hour: no written answer, so never open, overdue or
  postponed;
- a document whose soort is the default of its kind keeps the behaviour the window has always had.
Set statuses are the library's words: "answered", "postponed", "open" (and "overdue" for an open set past
the three-week norm, `NORM_DAYS`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from enum import StrEnum

from reader.core.model import Document, Kind, Pair, Soort, default_soort

NORM_DAYS = 21  # the Tweede Kamer's norm: questions are answered within three weeks

ANSWERED, POSTPONED, OPEN, OVERDUE = "answered", "postponed", "open", "overdue"


class Status(StrEnum):
    """What a document is shown as (the list's status column, the badge above the reading pane)."""

    ANSWERED = "answered"
    ANSWERED_BY_LETTER = "answered-by-letter"
    POSTPONED = "postponed"
    OPEN = "open"
    OVERDUE = "overdue"
    WITHDRAWN = "withdrawn"
    ORAL = "oral"  # oral questions: answered in the question hour, never in writing


def question_count(doc: Document) -> int:
    """The number of questions as numbered ("1, 2" counts two), at least the number of question blocks."""
    numbers = {n for q in doc.questions for n in q.numbers}
    return max(len(numbers), len(doc.questions))


def find_question(doc: Document, pairs: Sequence[Pair], number: str) -> int:
    """The index of the pair holding question `number` ("3", "3a", "3."), or -1. A question printed in the
    document wins; else an answer that names the number (its question is not printed here)."""
    wanted = number.strip().lower().rstrip(".")
    if not wanted:
        return -1
    for i, p in enumerate(pairs):
        for qi in p.questions:
            if wanted in (n.lower() for n in doc.questions[qi].numbers):
                return i
    for i, p in enumerate(pairs):
        for ai in p.answers:
            if wanted in (n.lower() for n in doc.answers[ai].numbers):
                return i
    return -1


def soort_of(kind: Kind | str, soort: Soort | str | None) -> Soort:
    """A document's soort; the default of its kind when none is known (or the value is not a soort)."""
    if soort is not None:
        try:
            return Soort(soort)
        except ValueError:
            pass
    return default_soort(Kind(kind))


def shows_postponed(doc: Document, set_status: str | None, notice_soort: Soort | str | None = None) -> bool:
    """Whether the unanswered questions of `doc` are shown as postponed.

    `set_status` is the library's status of the set the document belongs to; `notice_soort` the soort of the
    set's notice when it is known. A notice is not marked so itself: it says what it is (the reading pane
    words it by its soort). Oral questions are never postponed. Otherwise the set must be postponed, and by a
    notice of postponement: a notice that says the questions were answered by letter, or withdrawn, is not one.
    """
    if doc.kind == Kind.MEDEDELING or doc.soort_or_default == Soort.MONDELING:
        return False
    if set_status != POSTPONED:
        return False
    return notice_soort is None or soort_of(Kind.MEDEDELING, notice_soort) == Soort.UITSTEL


def status_key(
    kind: Kind | str,
    soort: Soort | str | None,
    set_status: str,
    overdue: bool = False,
    answered_by: str | None = None,
) -> Status:
    """The status of the set a document belongs to, as the list shows it: the library's status (which knows the
    whole set: an answer by letter, withdrawn or oral questions), unless the document's own soort settles it."""
    own = soort_of(kind, soort)
    if own == Soort.MONDELING or set_status == "oral":
        return Status.ORAL
    if own == Soort.INGETROKKEN or set_status == "withdrawn":
        return Status.WITHDRAWN
    if own == Soort.PER_BRIEF or (set_status == ANSWERED and answered_by == str(Soort.PER_BRIEF)):
        return Status.ANSWERED_BY_LETTER
    if set_status == ANSWERED:
        return Status.ANSWERED
    if set_status == POSTPONED:
        return Status.POSTPONED
    return Status.OVERDUE if overdue or set_status == OVERDUE else Status.OPEN


def badge_key(
    kind: Kind | str,
    soort: Soort | str | None,
    set_status: str,
    overdue: bool = False,
    answered_by: str | None = None,
) -> Status:
    """The status of the document itself, as the badge above the reading pane shows it: the same as its set's,
    except that a notice of postponement stays "postponed" after its set has been answered (the answer is
    linked from it)."""
    if soort_of(kind, soort) == Soort.UITSTEL:
        return Status.POSTPONED
    return status_key(kind, soort, set_status, overdue, answered_by)


def answer_due(doc: Document) -> date | None:
    """The day by which a set's questions are to be answered: three weeks (`NORM_DAYS`) after they were sent
    in; None when the document does not say when that was."""
    return doc.ingezonden + timedelta(days=NORM_DAYS) if doc.ingezonden is not None else None


def days_late(days_open: int | None) -> int:
    """How many days past the three-week norm an open set is (at least 1 once it is overdue)."""
    return max((days_open or 0) - NORM_DAYS, 1)
