"""Status of question sets: answered, postponed, open, overdue; notices linked to their later answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from synth import make_document

from reader.core.model import Kind
from reader.library.search import Query
from reader.library.status import NORM_DAYS, set_keys
from reader.library.store import Library

SENT = date(2024, 5, 1)
ASKED = {"ingezonden": SENT, "members": (("Fleur Terpstra", "SVU"),), "subject": "de veerpont naar Ouddorp"}
QUESTIONS = ("Kent u het bericht over de veerpont?", "Wat gaat u doen?")


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    with Library(tmp_path / "lib.sqlite3") as library:
        yield library


def questions_only() -> object:
    return make_document(None, year="2023-2024", kind=Kind.VRAGEN, zaak="2024Z07777", questions=QUESTIONS, **ASKED)


def notice() -> object:
    return make_document(
        1500, kind=Kind.MEDEDELING, questions=QUESTIONS, ontvangen=date(2024, 5, 21),
        mededeling="De vragen kunnen tot mijn spijt niet binnen de gebruikelijke termijn worden beantwoord.", **ASKED,
    )  # fmt: skip


def answer(zie_ook: tuple[str, ...] = ("ah-tk-20232024-1500",), **kw: object) -> object:
    args = {"ontvangen": date(2024, 6, 20), "questions": QUESTIONS, **ASKED, **kw}
    return make_document(1700, zie_ook=zie_ook, **args)  # type: ignore[arg-type]


def status(lib: Library, doc_id: str, today: date = date(2024, 9, 1)) -> tuple:
    row = lib.get(doc_id, today=today)
    assert row is not None
    return row.status, row.postponed, row.answer_id, row.overdue, row.days


def test_an_answer_is_answered_with_days_to_answer(lib: Library) -> None:
    lib.add(make_document(1, ingezonden=date(2024, 1, 10), ontvangen=date(2024, 2, 1)))
    assert status(lib, "ah-tk-20232024-1") == ("answered", False, "ah-tk-20232024-1", False, 22)


def test_open_questions_are_overdue_after_three_weeks(lib: Library) -> None:
    lib.add(questions_only())
    deadline = date(2024, 5, 22)
    assert (deadline - SENT).days == NORM_DAYS
    assert status(lib, "kv-tk-2024Z07777", today=deadline) == ("open", False, None, False, 21)
    assert status(lib, "kv-tk-2024Z07777", today=date(2024, 5, 23)) == ("open", False, None, True, 22)
    row = lib.get("kv-tk-2024Z07777")
    assert row is not None and row.deadline == deadline
    assert lib.query(Query(status="overdue", today=date(2024, 5, 23))).total == 1
    assert lib.query(Query(status="overdue", today=deadline)).total == 0


def test_a_postponed_set_is_never_overdue(lib: Library) -> None:
    lib.add(notice())
    assert status(lib, "ah-tk-20232024-1500", today=date(2025, 1, 1))[:4] == ("postponed", True, None, False)
    assert lib.query(Query(status="overdue", today=date(2025, 1, 1))).total == 0
    assert lib.query(Query(status="postponed")).total == 1


def test_the_later_answer_links_to_the_notice_by_zie_ook(lib: Library) -> None:
    lib.add(notice())
    # a different subject on purpose, so only the "Zie ook" can link them
    lib.add(answer(subject="een heel ander onderwerp"))
    assert status(lib, "ah-tk-20232024-1500") == ("answered", True, "ah-tk-20232024-1700", False, 50)
    assert status(lib, "ah-tk-20232024-1700") == ("answered", True, "ah-tk-20232024-1700", False, 50)
    assert [c.id for c in lib.cited_by("ah-tk-20232024-1500")] == ["ah-tk-20232024-1700"]
    assert [c.footnote for c in lib.cited_by("ah-tk-20232024-1500")] == [0]


def test_the_order_of_import_does_not_matter(lib: Library) -> None:
    lib.add(answer(subject="een heel ander onderwerp"))
    assert status(lib, "ah-tk-20232024-1700")[:3] == ("answered", False, "ah-tk-20232024-1700")
    lib.add(notice())  # the notice arrives after the answer that points to it
    assert status(lib, "ah-tk-20232024-1700")[:3] == ("answered", True, "ah-tk-20232024-1700")
    assert status(lib, "ah-tk-20232024-1500")[:3] == ("answered", True, "ah-tk-20232024-1700")


def test_questions_notice_and_answer_are_one_set_by_their_questions(lib: Library) -> None:
    lib.add(questions_only())
    assert status(lib, "kv-tk-2024Z07777")[0] == "open"
    lib.add(notice())
    assert status(lib, "kv-tk-2024Z07777")[:4] == ("postponed", True, None, False)
    lib.add(answer(zie_ook=()))  # no pointer: linked by the same questions (date, members, subject)
    for doc_id in ("kv-tk-2024Z07777", "ah-tk-20232024-1500", "ah-tk-20232024-1700"):
        assert status(lib, doc_id) == ("answered", True, "ah-tk-20232024-1700", False, 50), doc_id
    assert lib.query(Query(status="answered")).total == 3
    assert lib.check() == []


def test_removing_the_answer_reopens_the_set(lib: Library) -> None:
    lib.add(questions_only())
    lib.add(notice())
    lib.add(answer())
    lib.remove("ah-tk-20232024-1700")
    assert status(lib, "kv-tk-2024Z07777")[:3] == ("postponed", True, None)
    lib.remove("ah-tk-20232024-1500")
    assert status(lib, "kv-tk-2024Z07777", today=date(2024, 9, 1))[:4] == ("open", False, None, True)
    assert lib.check() == []


def test_other_questions_on_the_same_day_are_another_set(lib: Library) -> None:
    lib.add(questions_only())
    lib.add(make_document(1800, **{**ASKED, "subject": "de fietsbrug bij Ouddorp"}))
    lib.add(make_document(1801, **{**ASKED, "members": (("Bram Zwart", "NVP"),)}))
    assert status(lib, "kv-tk-2024Z07777")[0] == "open"


def test_zie_ook_between_two_answers_does_not_merge_their_sets(lib: Library) -> None:
    lib.add(make_document(10, subject="het eerste onderwerp", ontvangen=date(2024, 2, 1)))
    lib.add(make_document(11, subject="het tweede onderwerp", zie_ook=("ah-tk-20232024-10",)))
    assert status(lib, "ah-tk-20232024-10")[2] == "ah-tk-20232024-10"
    assert status(lib, "ah-tk-20232024-11")[2] == "ah-tk-20232024-11"


def test_set_keys_ignore_spelling_of_names_and_subject() -> None:
    a = make_document(1, members=(("Inge Gabriëls", "X"),), subject="De veerpont  naar Ouddorp")
    b = make_document(2, members=(("Gabriels", None),), subject="de veerpont naar ouddorp")
    assert set_keys(a) == set_keys(b)
    assert set_keys(make_document(3, ingezonden=None)) == set()
    assert "zaak:2024Z07777" in set_keys(questions_only())  # type: ignore[arg-type]


def test_status_counts_stay_in_step(lib: Library) -> None:
    lib.add(questions_only())
    lib.add(notice())
    assert lib.query(Query(status="postponed")).total == 2
    assert lib.query(Query(status="open")).total == 0
    lib.add(answer())
    assert lib.query(Query(status="postponed")).total == 0
    assert lib.query(Query(status="answered", kind="vragen")).total == 1
    assert lib.check() == []


def test_the_notice_of_a_postponed_set_and_its_date(lib: Library) -> None:
    lib.add(questions_only())
    assert lib.notice_of("kv-tk-2024Z07777") is None
    lib.add(notice())
    assert lib.notice_of("kv-tk-2024Z07777") == ("ah-tk-20232024-1500", date(2024, 5, 21))
    assert lib.notice_of("ah-tk-20232024-1500") == ("ah-tk-20232024-1500", date(2024, 5, 21))
    assert lib.notice_of("ah-tk-19992000-1") is None


def _add_all(path: Path, n: int) -> float:
    """CPU seconds to add n documents that all print the same header (one set key), one by one."""
    import gc
    import time

    docs = [make_document(i) for i in range(1, n + 1)]
    with Library(path) as library:
        gc.collect()
        start = time.process_time()
        for doc in docs:
            library.add(doc)
        return time.process_time() - start


def test_many_documents_with_one_header_are_added_in_linear_time(tmp_path: Path) -> None:
    """Fictional or hostile files that share a header would make one ever-growing set, decided again on every
    add (quadratic: 12 ms a document at 1,000); a key more documents share than a set can have ties no set."""
    small = min(_add_all(tmp_path / f"a{k}.sqlite3", 300) for k in range(2))
    large = min(_add_all(tmp_path / f"b{k}.sqlite3", 1200) for k in range(2))
    assert large <= 4 * 2.0 * max(small, 0.05), f"300 documents {small:.2f} s, 1,200 documents {large:.2f} s"
