"""What a document is, in the library (issue 11): soort stored, filtered and shown; status by soort (answered by
letter, oral questions, withdrawn, a further answer linked to the first); citations in the body text and
`beantwoord_in` stored as citation edges; an older library file migrated."""

from __future__ import annotations

import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from synth import make_document

from reader.core.citations import official_url
from reader.core.model import Citation, Document, Kind, Reference, RefKind, Soort
from reader.library import cli, schema
from reader.library.merge import merge
from reader.library.search import Query
from reader.library.store import Library

TODAY = date(2024, 12, 31)
LETTER = Reference(RefKind.KAMERSTUK, "kst-36471-64", official_url("kst-36471-64"), "36 471-64")
ASKED = {"ingezonden": date(2024, 5, 30), "members": (("Fleur Terpstra", "SVU"),), "subject": "de sluizen bij Ouddorp",
         "to": "Minister van Binnenlandse Zaken en Koninkrijksrelaties"}  # fmt: skip


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    with Library(tmp_path / "lib.sqlite3") as library:
        yield library


def ref(doc_id: str) -> Reference:
    kind = {"ah": RefKind.AANHANGSEL, "kst": RefKind.KAMERSTUK, "stb": RefKind.STAATSBLAD}[doc_id.split("-")[0]]
    return Reference(kind, doc_id, official_url(doc_id), doc_id)


def by_letter() -> Document:
    doc = make_document(1999, kind=Kind.MEDEDELING, ontvangen=date(2024, 6, 7),
                        answerer="Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties)",
                        mededeling="De vragen zijn beantwoord middels een brief (36 471-64).", **ASKED)  # fmt: skip
    doc.soort, doc.beantwoord_in = Soort.PER_BRIEF, [LETTER]
    return doc


def questions(zaak: str, soort: Soort | None = None, **kw: object) -> Document:
    doc = make_document(None, kind=Kind.VRAGEN, zaak=zaak, **{**ASKED, **kw})  # type: ignore[arg-type]
    doc.soort = soort
    return doc


def row(lib: Library, doc_id: str):  # type: ignore[no-untyped-def]
    found = lib.get(doc_id, today=TODAY)
    assert found is not None
    return found


def test_soort_is_stored_with_the_default_of_the_kind(lib: Library) -> None:
    lib.add(make_document(1))
    lib.add(questions("2024Z00001", subject="iets anders"))
    assert row(lib, "ah-tk-20232024-1").soort == "antwoord"
    assert row(lib, "kv-tk-2024Z00001").soort == "schriftelijk"
    assert row(lib, "ah-tk-20232024-1").to_dict()["soort"] == "antwoord"


def test_answered_by_letter_on_the_notice_date_with_the_letter_as_answer(lib: Library) -> None:
    lib.add(questions("2024Z08000"))
    lib.add(by_letter())
    for doc_id in ("ah-tk-20232024-1999", "kv-tk-2024Z08000"):
        r = row(lib, doc_id)
        assert (r.status, r.answer_id, r.answered_on, r.days, r.overdue) == (
            "answered", "kst-36471-64", date(2024, 6, 7), 8, False
        ), doc_id  # fmt: skip
        assert r.by_letter and not r.postponed
    notice = row(lib, "ah-tk-20232024-1999")
    assert notice.soort == "per-brief" and notice.kind == "mededeling"
    assert lib.query(Query(status="postponed")).total == 0  # not "Uitgesteld"
    assert lib.notice_of("kv-tk-2024Z08000") is None
    assert [(c.id, c.where) for c in lib.cited_by("kst-36471-64")] == [("ah-tk-20232024-1999", "beantwoord_in")]


def test_oral_questions_are_never_open_or_overdue(lib: Library) -> None:
    lib.add(questions("2024Z18775", Soort.MONDELING, ingezonden=date(2024, 11, 19)))
    r = lib.get("kv-tk-2024Z18775", today=date(2026, 12, 1))  # 744 days later
    assert r is not None and (r.status, r.overdue, r.deadline) == ("oral", False, None)
    assert lib.query(Query(status="overdue", today=date(2026, 12, 1))).total == 0
    assert lib.query(Query(status="open")).total == 0
    assert [x.id for x in lib.query(Query(status="mondeling")).rows] == ["kv-tk-2024Z18775"]


def test_withdrawn_questions_are_never_open_or_overdue(lib: Library) -> None:
    lib.add(questions("2024Z07000"))
    assert row(lib, "kv-tk-2024Z07000").overdue
    notice = make_document(1500, kind=Kind.MEDEDELING, ontvangen=date(2024, 6, 3), mededeling="Ingetrokken.", **ASKED)
    notice.soort = Soort.INGETROKKEN
    lib.add(notice)
    for doc_id in ("kv-tk-2024Z07000", "ah-tk-20232024-1500"):
        r = row(lib, doc_id)
        assert (r.status, r.overdue, r.deadline, r.answer_id) == ("withdrawn", False, None, None), doc_id
    assert lib.query(Query(status="withdrawn")).total == 2


def test_a_further_answer_is_linked_to_the_first(lib: Library) -> None:
    first = make_document(100, ontvangen=date(2024, 6, 20), **ASKED)
    further = make_document(300, ontvangen=date(2024, 9, 2), zie_ook=("ah-tk-20232024-100",),
                            **{**ASKED, "subject": "een andere titel"})  # fmt: skip
    further.soort = Soort.NADER
    lib.add(further)  # alone: answered, its first answer named by its "Zie ook", the day not known
    r = row(lib, "ah-tk-20232024-300")
    assert (r.status, r.answer_id, r.answered_on, r.days, r.answered_by) == (
        "answered", "ah-tk-20232024-100", None, None, "nader"
    )  # fmt: skip
    lib.add(first)
    for doc_id in ("ah-tk-20232024-100", "ah-tk-20232024-300"):
        r = row(lib, doc_id)
        assert (r.status, r.answer_id, r.answered_on, r.days) == ("answered", "ah-tk-20232024-100",
                                                                  date(2024, 6, 20), 21), doc_id  # fmt: skip
    assert row(lib, "ah-tk-20232024-300").soort == "nader"
    heads = lib.query(Query(sets_only=True))
    assert [x.id for x in heads.rows] == ["ah-tk-20232024-100"]  # one set, counted through its first answer


def test_the_kind_option_takes_kinds_and_soorten(lib: Library) -> None:
    lib.add(by_letter())
    lib.add(make_document(100, ontvangen=date(2024, 6, 20), subject="x"))
    further = make_document(300, subject="y")
    further.soort = Soort.NADER
    lib.add(further)
    postponed = make_document(400, kind=Kind.MEDEDELING, subject="z", mededeling="Uitstel.")
    lib.add(postponed)

    def ids(**kw: object) -> list[str]:
        return sorted(r.id for r in lib.query(Query(**kw)).rows)  # type: ignore[arg-type]

    assert ids(kind="antwoord") == ["ah-tk-20232024-100", "ah-tk-20232024-300"]
    assert ids(kind="nader") == ids(soort="further answer") == ["ah-tk-20232024-300"]
    assert ids(kind="mededeling") == ["ah-tk-20232024-1999", "ah-tk-20232024-400"]
    assert ids(kind="per-brief") == ids(kind="letter") == ["ah-tk-20232024-1999"]
    assert ids(kind="uitstel") == ids(soort="postponement") == ["ah-tk-20232024-400"]
    assert ids(text="zwembad OR sluizen OR Ouddorp", kind="per-brief") == ["ah-tk-20232024-1999"]
    out, err = io.StringIO(), io.StringIO()
    assert cli.main_search(["--soort", "per-brief", "--json", "--library", str(lib.path)], out=out, err=err) == 0
    [result] = json.loads(out.getvalue())["results"]
    assert (result["soort"], result["answered_by"], result["answer_id"]) == ("per-brief", "per-brief", "kst-36471-64")


def test_search_and_info_say_what_a_document_is(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    lib.add(by_letter())
    lib.add(questions("2024Z18775", Soort.MONDELING, subject="de brug", ingezonden=date(2024, 11, 19)))
    monkeypatch.setenv("LC_ALL", "C")
    out, err = io.StringIO(), io.StringIO()
    assert cli.main_search(["--library", str(lib.path)], out=out, err=err) == 0
    text = out.getvalue()
    assert "notice: answered by letter  [answered by letter, 8 days to answer]" in text
    assert "oral questions  [oral questions, no written answer]" in text
    out = io.StringIO()
    assert cli.main_info(["ah-tk-20232024-1999", "--library", str(lib.path)], out=out, err=err) == 0
    info = out.getvalue()
    assert "ah-tk-20232024-1999  (notice: answered by letter)" in info
    assert "answered by letter, 8 days to answer, answered in kst-36471-64" in info
    assert "answered in → kst-36471-64" in info
    assert "Ministry:         Binnenlandse Zaken en Koninkrijksrelaties" in info
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")
    out = io.StringIO()
    assert cli.main_info(["kv-tk-2024Z18775", "--library", str(lib.path)], out=out, err=err) == 0
    assert "(mondelinge vragen)" in out.getvalue() and "geen schriftelijk antwoord" in out.getvalue()


def answer_citing() -> Document:
    doc = make_document(3235, questions=("Hoe zit het met de TOZO?", "En daarna?"),
                        answers=("Zie het besluit.", "Zie de wet (Staatsblad 2020, 118) en nr. 1."))  # fmt: skip
    text = doc.answers[1].text
    start = text.index("Staatsblad")
    doc.answers[1].citations = [
        Citation(start, start + len("Staatsblad 2020, 118"), ref("stb-2020-118")),
        Citation(text.index("nr. 1"), text.index("nr. 1") + 5, ref("ah-tk-20232024-1")),
    ]
    doc.questions[0].citations = [Citation(0, 3, ref("kst-35420-1"))]
    return doc


def test_citations_in_the_body_text_are_edges_both_ways(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    lib.add(make_document(1, subject="het eerdere besluit"))
    lib.add(answer_citing())
    cites = lib.citations_of("ah-tk-20232024-3235")
    assert [(c.where, c.label, c.cited_id, c.footnote) for c in cites] == [
        ("question", "1", "kst-35420-1", 0), ("answer", "2", "stb-2020-118", 0), ("answer", "2", "ah-tk-20232024-1", 0)
    ]  # fmt: skip
    assert cites[2].in_library and cites[2].where_text("en") == "in the text of answer 2"
    by = lib.cited_by("ah-tk-20232024-1")
    assert [(b.id, b.where, b.label) for b in by] == [("ah-tk-20232024-3235", "answer", "2")]
    assert by[0].where_text("nl") == "in de tekst van antwoord 2"
    assert [b.id for b in lib.cited_by("stb-2020-118")] == ["ah-tk-20232024-3235"]
    monkeypatch.setenv("LC_ALL", "C")
    out, err = io.StringIO(), io.StringIO()
    assert cli.main_info(["ah-tk-20232024-1", "--library", str(lib.path)], out=out, err=err) == 0
    assert "Cited by:\n  ah-tk-20232024-3235 (in the text of answer 2)" in out.getvalue()
    out = io.StringIO()
    assert cli.main_info(["ah-tk-20232024-3235", "--json", "--library", str(lib.path)], out=out, err=err) == 0
    data = json.loads(out.getvalue())
    assert [(c["where"], c["label"], c["id"]) for c in data["citations"]][1] == ("answer", "2", "stb-2020-118")


def test_a_second_rendering_keeps_the_soort_and_the_letter(lib: Library) -> None:
    lib.add(by_letter())
    plain = make_document(1999, kind=Kind.MEDEDELING, ontvangen=date(2024, 6, 7), mededeling="Zie brief.", **ASKED)
    merged = merge(by_letter(), plain, new_wins=False)
    assert merged.soort == Soort.PER_BRIEF and [r.id for r in merged.beantwoord_in] == ["kst-36471-64"]
    merged = merge(plain, by_letter(), new_wins=False)  # the plain one gives the structure: soort still known
    assert merged.soort == Soort.PER_BRIEF and [r.id for r in merged.beantwoord_in] == ["kst-36471-64"]


# ---- an older library file -------------------------------------------------------------------------------


def _downgrade_to_v1(path: Path) -> None:
    """Turn a library into what version 1 of the schema wrote: without the columns, indexes and citation places
    that migration 2 adds, and the tables of migration 3."""
    conn = sqlite3.connect(path, isolation_level=None)
    for (index,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name IN ('documents_soort', 'documents_ministry') "
        "OR name LIKE 'documents_stats%'"
    ).fetchall():
        conn.execute(f"DROP INDEX {index}")
    for column in ("soort", "answered_by", "ministry", "sent", "month", "answer_days", "head", "state"):
        conn.execute(f"ALTER TABLE documents DROP COLUMN {column}")
    conn.execute("DROP TABLE set_groups")
    conn.execute("DROP TABLE watch_list")  # migration 3 (the official sources) comes after
    conn.execute("DROP TABLE source_state")
    conn.execute(
        """CREATE TABLE citations_v1 (doc_pk INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
        footnote INTEGER NOT NULL, cited_id TEXT NOT NULL, pos INTEGER NOT NULL, kind TEXT NOT NULL,
        text TEXT NOT NULL, PRIMARY KEY (doc_pk, footnote, cited_id)) WITHOUT ROWID"""
    )
    conn.execute(
        "INSERT INTO citations_v1 SELECT doc_pk, footnote, cited_id, pos, kind, text FROM citations "
        "WHERE place IN ('zie_ook', 'footnote')"
    )
    conn.execute("DROP TABLE citations")
    conn.execute("ALTER TABLE citations_v1 RENAME TO citations")
    conn.execute("CREATE INDEX citations_cited ON citations(cited_id, doc_pk)")
    conn.execute("UPDATE documents SET status = 'postponed', answer_id = NULL")  # as if not yet linked
    conn.execute("PRAGMA user_version = 1")
    conn.close()


def test_an_older_library_is_migrated_with_soorten_places_and_sets(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    notice = {"ingezonden": date(2024, 1, 2), "to": "Minister van Financiën", "answerer": "Minister A (Financiën)"}
    with Library(path) as lib:
        lib.add(make_document(10, kind=Kind.MEDEDELING, ontvangen=date(2024, 1, 23), mededeling="Uitstel.", **notice))
        lib.add(make_document(11, ontvangen=date(2024, 2, 12), zie_ook=("ah-tk-20232024-10",),
                              footnotes=("Kamerstuk 29 544, nr. 123",), **notice))  # fmt: skip
        lib.add(make_document(12, kind=Kind.MEDEDELING, subject="ander", mededeling="Uitstel."))
    _downgrade_to_v1(path)
    with Library(path) as lib:
        c = lib.connection
        assert c.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
        columns = "id, soort, status, head, ministry, sent, answer_days"
        assert c.execute(f"SELECT {columns} FROM documents ORDER BY pk").fetchall() == [
            ("ah-tk-20232024-10", "uitstel", "answered", 0, "Financiën", "2024-01-02", 41),
            ("ah-tk-20232024-11", "antwoord", "answered", 1, "Financiën", "2024-01-02", 41),
            ("ah-tk-20232024-12", "uitstel", "postponed", 1, "Financiën", "2024-01-10", None),
        ]  # fmt: skip
        assert c.execute("SELECT doc_pk, kind, key, answer_days, state FROM set_groups ORDER BY 1, 2").fetchall() == [
            (2, "member", "ingegabriels", 41, 1), (2, "party", "polderpartij", 41, 1),  # answered after postponement
            (3, "member", "ingegabriels", None, 3), (3, "party", "polderpartij", None, 3),  # postponed
        ]  # fmt: skip
        assert [(x.where, x.footnote, x.cited_id) for x in lib.citations_of("ah-tk-20232024-11")] == [
            ("zie_ook", 0, "ah-tk-20232024-10"), ("footnote", 1, "kst-29544-123")
        ]  # fmt: skip
        assert lib.stats("ministry").groups[0].median_days == 41
        assert lib.check() == []
