"""The library over the real corpus: citations between real documents, a postponement, open questions.

Reads the shared corpus in place (see tests/corpus_path.py); skipped when it is absent.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from reader.library.importer import Importer
from reader.library.search import Query
from reader.library.store import Library

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory, corpus: Path) -> Path:
    path = tmp_path_factory.mktemp("corpus-library") / "library.sqlite3"
    with Library(path) as lib:
        summary = Importer(lib).run([corpus / "txt", corpus / "xml"])
        assert summary.error is None
        assert len(summary.added) >= 30
    return path


@pytest.fixture
def lib(imported: Path) -> Library:
    with Library(imported) as library:
        yield library


def test_cited_by_between_real_documents(lib: Library) -> None:
    assert "ah-tk-20242025-566" in [c.id for c in lib.cited_by("ah-tk-20232024-2267")]
    assert "ah-tk-20232024-784" in [c.id for c in lib.cited_by("ah-tk-20232024-302")]
    cite = next(c for c in lib.citations_of("ah-tk-20242025-566") if c.cited_id == "ah-tk-20232024-2267")
    assert cite.in_library and cite.title and "Julianakanaal" in cite.title


def test_a_citation_of_a_document_outside_the_library(lib: Library) -> None:
    [seed] = lib.query(text="Laborijn").rows
    assert seed.members_text == "Gijs van Dijk (PvdA), Kerstens (PvdA)"
    cites = [c for c in lib.citations_of(seed.id) if c.cited_id == "ah-tk-20182019-1989"]
    assert cites and not cites[0].in_library
    assert cites[0].url == "https://zoek.officielebekendmakingen.nl/ah-tk-20182019-1989.html"
    assert seed.id in [c.id for c in lib.cited_by("ah-tk-20182019-1989")]


def test_real_statuses(lib: Library) -> None:
    notice = lib.get("ah-tk-20242025-545")
    assert notice is not None and notice.kind == "mededeling" and notice.status == "postponed"
    assert not notice.overdue
    open_ = lib.get("kv-tk-2024Z18436", today=date(2024, 12, 31))
    assert open_ is not None and open_.status == "open" and open_.overdue
    answered = lib.get("ah-tk-20232024-2267")
    assert answered is not None and answered.status == "answered" and answered.days == 2


def test_search_and_filters_on_real_text(lib: Library) -> None:
    assert lib.query(Query(text="noodopvang", member="podt")).total >= 1
    assert lib.query(Query(party="GroenLinks-PvdA")).total >= 1
    assert lib.query(Query(year="2024-2025", kind="vragen")).total >= 4
    assert lib.check() == []
