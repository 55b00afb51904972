"""The library store: opening, schema, storing and reading documents, deduplication, enrichment, citations."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from synth import make_document

from reader.core.model import Kind
from reader.library import schema
from reader.library.merge import merge, richness
from reader.library.store import Library, Outcome, default_path


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    with Library(tmp_path / "lib.sqlite3") as library:
        yield library


# ---- opening ---------------------------------------------------------------------------------------------


def test_default_path_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAMERVRAGEN_LIBRARY", str(tmp_path / "elsewhere" / "mine.sqlite3"))
    assert default_path() == tmp_path / "elsewhere" / "mine.sqlite3"
    with Library() as lib:
        assert lib.path == tmp_path / "elsewhere" / "mine.sqlite3"
    assert (tmp_path / "elsewhere" / "mine.sqlite3").is_file()


def test_default_path_without_override_is_in_the_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KAMERVRAGEN_LIBRARY")
    monkeypatch.delenv("KAMERVRAGEN_DATA_DIR")
    import platformdirs

    assert default_path() == Path(platformdirs.user_data_dir("kamervragen-reader", appauthor=False)) / "library.sqlite3"


def test_a_new_library_is_versioned_wal_with_foreign_keys(lib: Library) -> None:
    c = lib.connection
    assert c.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
    assert c.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert len(lib) == 0
    assert lib.notice is None
    assert lib.check() == []


def test_reopening_keeps_the_documents(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.add(make_document(1))
    with Library(tmp_path / "lib.sqlite3") as lib:
        assert lib.ids() == ["ah-tk-20232024-1"]
        assert lib.notice is None


def test_migrations_run_in_order_and_only_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        lib.add(make_document(1))
    calls: list[int] = []
    before = schema.VERSION  # the migrations of this version of the program

    def v2(conn: sqlite3.Connection) -> None:
        calls.append(1)
        conn.execute("ALTER TABLE documents ADD COLUMN note TEXT")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, v2])
    monkeypatch.setattr(schema, "VERSION", len(schema.MIGRATIONS))
    with Library(path) as lib:
        assert lib.connection.execute("PRAGMA user_version").fetchone()[0] == before + 1
        assert lib.connection.execute("SELECT note FROM documents").fetchall() == [(None,)]
    with Library(path):
        pass
    assert calls == [1]


def test_a_failing_migration_leaves_the_file_at_the_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        lib.add(make_document(1))
    before = schema.VERSION

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE documents ADD COLUMN note TEXT")
        raise RuntimeError("bug in migration")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    monkeypatch.setattr(schema, "VERSION", len(schema.MIGRATIONS))
    with pytest.raises(RuntimeError):
        Library(path)
    monkeypatch.undo()
    with Library(path) as lib:
        assert lib.connection.execute("PRAGMA user_version").fetchone()[0] == before
        columns = [r[1] for r in lib.connection.execute("PRAGMA table_info(documents)")]
        assert "note" not in columns
        assert "ah-tk-20232024-1" in lib


# ---- storing and reading -----------------------------------------------------------------------------------


def test_a_document_round_trips_without_reparsing(lib: Library) -> None:
    doc = make_document(
        12, footnotes=("Aanhangsel Handelingen II, vergaderjaar 2018–2019, nr. 1989",), zie_ook=("ah-tk-20232024-3",)
    )
    assert lib.add(doc, path="/data/ah-12.txt").outcome == Outcome.ADDED
    back = lib.document("ah-tk-20232024-12")
    assert back is not None
    assert back.to_dict() == doc.to_dict()
    assert back.source_text == doc.source_text
    assert lib.source_text("ah-tk-20232024-12") == doc.source_text
    assert [s.path for s in lib.sources("ah-tk-20232024-12")] == ["/data/ah-12.txt"]
    assert lib.document("ah-tk-20232024-999") is None


def test_the_row_has_what_a_list_shows(lib: Library) -> None:
    lib.add(
        make_document(
            7, members=(("Inge Gabriëls", "Polderpartij"), ("Van Aalst", "NVP")), questions=("Eén?", "Twee?", "Drie?")
        )
    )
    row = lib.get("ah-tk-20232024-7")
    assert row is not None
    assert (row.id, row.nummer, row.vergaderjaar, row.kind) == ("ah-tk-20232024-7", 7, "2023-2024", "antwoord")
    assert row.members_text == "Inge Gabriëls (Polderpartij), Van Aalst (NVP)"
    assert row.parties == ["NVP", "Polderpartij"]
    assert row.addressee == "Minister van Financiën"
    assert row.subject == "de sluiting van het zwembad in Zuiderveen"
    assert row.n_questions == 3
    assert (row.ingezonden, row.ontvangen) == (date(2024, 1, 10), date(2024, 2, 1))
    assert row.status == "answered" and row.days == 22 and not row.overdue


def test_the_same_document_twice_is_stored_once(lib: Library) -> None:
    doc = make_document(5)
    assert lib.add(doc, path="/a/one.txt").outcome == Outcome.ADDED
    assert lib.add(doc, path="/a/one.txt").outcome == Outcome.UNCHANGED
    assert lib.add(make_document(5), path="/b/copy.txt").outcome == Outcome.UNCHANGED
    assert len(lib) == 1
    assert sorted(s.path for s in lib.sources("ah-tk-20232024-5")) == ["/a/one.txt", "/b/copy.txt"]
    assert lib.check() == []


def test_a_document_without_id_is_identified_by_its_content(lib: Library) -> None:
    doc = make_document(None, year=None)
    assert doc.id is None
    first = lib.add(doc)
    assert first.id.startswith("local-")
    assert lib.add(make_document(None, year=None)).outcome == Outcome.UNCHANGED
    other = make_document(None, year=None, subject="iets anders")
    assert lib.add(other).id != first.id
    assert len(lib) == 2


def test_removing_a_document_removes_everything_of_it(lib: Library) -> None:
    lib.add(make_document(1, footnotes=("Kamerstuk 29 544, nr. 123",)), path="/x.txt")
    lib.add(make_document(2))
    assert lib.remove("ah-tk-20232024-1")
    assert not lib.remove("ah-tk-20232024-1")
    assert lib.ids() == ["ah-tk-20232024-2"]
    assert lib.cited_by("kst-29544-123") == []
    assert lib.query(text="zwembad").total == 1
    for table in ("bodies", "members", "citations", "sources", "set_keys"):
        assert lib.connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] <= 1, table
    assert lib.check() == []


# ---- enrichment --------------------------------------------------------------------------------------------


def test_xml_after_pdf_enriches_rather_than_duplicates(lib: Library) -> None:
    pdf = make_document(
        30, questions=("Vraag een?", "Vraag twee?"), footnotes=(), source_format="pdf", answerer=None, zaak=None
    )
    pdf.beantwoord_door = None
    xml = make_document(
        30,
        questions=("Vraag een?", "Vraag twee?"),
        footnotes=("Kamerstuk 36 410 A, nr. 51",),
        source_format="xml",
        members=(("Inge Gabriëls", None),),
        ingezonden=None,
        zaak="2024Z01234",
    )
    assert lib.add(pdf, path="/docs/30.pdf", content_hash="p" * 64).outcome == Outcome.ADDED
    assert lib.add(xml, path="/docs/30.xml", content_hash="x" * 64).outcome == Outcome.UPDATED
    assert len(lib) == 1
    doc = lib.document("ah-tk-20232024-30")
    assert doc is not None
    assert doc.source_format == "xml"  # the richer structure (more footnotes) wins
    assert doc.source_text == xml.source_text
    assert [f.text for f in doc.footnotes] == ["Kamerstuk 36 410 A, nr. 51"]
    assert doc.ingezonden == date(2024, 1, 10)  # missing in the XML: filled from the PDF
    assert doc.beantwoord_door == "Minister Van Rooij (Financiën)"  # missing in the PDF: from the XML
    assert doc.zaak == "2024Z01234"
    assert doc.indieners[0].party == "Polderpartij"  # the party the XML lacked
    assert sorted(s.path for s in lib.sources(doc.id)) == ["/docs/30.pdf", "/docs/30.xml"]
    assert lib.connection.execute("SELECT content_hash FROM documents").fetchone()[0] == "x" * 64
    # the poorer rendering again changes nothing
    assert lib.add(pdf, path="/docs/30.pdf", content_hash="p" * 64).outcome == Outcome.UNCHANGED
    assert lib.document(doc.id).source_format == "xml"
    assert [c.cited_id for c in lib.citations_of(doc.id)] == ["kst-36410-A-51"]
    assert lib.check() == []


def test_enrichment_converges_whatever_the_order() -> None:
    pdf = make_document(3, source_format="pdf")
    xml = make_document(3, source_format="xml", ingezonden=None)
    a = merge(pdf, xml)
    b = merge(xml, pdf)
    assert a.to_dict() == b.to_dict()
    assert a.source_format == "xml" and a.ingezonden == date(2024, 1, 10)


def test_richness_counts_blocks_before_notes_before_format() -> None:
    short_xml = make_document(1, questions=("Een?",), source_format="xml")
    long_text = make_document(1, questions=("Een?", "Twee?"), source_format="text")
    assert richness(long_text) > richness(short_xml)
    with_notes = make_document(1, footnotes=("Kamerstuk 29 544, nr. 1",), source_format="text")
    assert richness(with_notes) > richness(make_document(1, source_format="xml"))
    assert richness(make_document(1, source_format="xml")) > richness(make_document(1, source_format="pdf"))


def test_a_reread_file_with_new_content_replaces_its_structure(lib: Library) -> None:
    old = make_document(8, questions=("Een?", "Twee?"))
    lib.add(old, path="/docs/8.txt", content_hash="a" * 64)
    edited = make_document(8, questions=("Een, verbeterd?",))
    assert lib.add(edited, path="/docs/8.txt", content_hash="b" * 64).outcome == Outcome.UPDATED
    doc = lib.document("ah-tk-20232024-8")
    assert [q.text for q in doc.questions] == ["Een, verbeterd?"]
    assert lib.query(text="verbeterd").total == 1
    assert lib.query(text="twee").total == 0


def test_an_update_moves_the_search_entry_with_the_date(lib: Library) -> None:
    lib.add(make_document(1, ontvangen=None, source_format="pdf"))
    lib.add(make_document(2, ontvangen=date(2024, 1, 20)))
    assert [r.id for r in lib.query().rows] == ["ah-tk-20232024-2", "ah-tk-20232024-1"]
    lib.add(make_document(1, ontvangen=date(2024, 3, 1), source_format="xml"))
    assert [r.id for r in lib.query().rows] == ["ah-tk-20232024-1", "ah-tk-20232024-2"]
    assert [r.id for r in lib.query(text="zwembad").rows] == ["ah-tk-20232024-1", "ah-tk-20232024-2"]
    assert lib.check() == []


# ---- citations both ways -------------------------------------------------------------------------------------


def test_citations_both_ways_including_targets_outside_the_library(lib: Library) -> None:
    lib.add(make_document(100, subject="het eerste zwembad"))
    lib.add(
        make_document(
            200,
            footnotes=(
                "Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 100",
                "Aanhangsel Handelingen, vergaderjaar 2018–2019, nr. 1989 en Kamerstuk 29 544, nr. 123",
            ),
            zie_ook=("ah-tk-20232024-100",),
        )
    )
    cites = lib.citations_of("ah-tk-20232024-200")
    assert [(c.footnote, c.cited_id, c.in_library) for c in cites] == [
        (0, "ah-tk-20232024-100", True),  # the "Zie ook" pointer
        (1, "ah-tk-20232024-100", True),
        (2, "ah-tk-20182019-1989", False),
        (2, "kst-29544-123", False),
    ]
    assert "het eerste zwembad" in cites[1].title
    assert cites[2].title is None
    assert cites[2].url == "https://zoek.officielebekendmakingen.nl/ah-tk-20182019-1989.html"
    assert [c.cited_id for c in lib.citations_of("ah-tk-20232024-200", footnote=2)] == [
        "ah-tk-20182019-1989",
        "kst-29544-123",
    ]
    assert [(c.id, c.footnote) for c in lib.cited_by("ah-tk-20232024-100")] == [
        ("ah-tk-20232024-200", 0),
        ("ah-tk-20232024-200", 1),
    ]
    # who cites a document that is not in the library
    assert [c.id for c in lib.cited_by("ah-tk-20182019-1989")] == ["ah-tk-20232024-200"]
    assert lib.cited_by("ah-tk-20232024-200") == []


def test_citation_lookups_are_indexed_both_ways(lib: Library) -> None:
    plan = " ".join(
        r[3]
        for r in lib.connection.execute("EXPLAIN QUERY PLAN SELECT doc_pk FROM citations WHERE cited_id = ?", ("x",))
    )
    assert "citations_cited" in plan
    plan = " ".join(
        r[3]
        for r in lib.connection.execute(
            "EXPLAIN QUERY PLAN SELECT cited_id FROM citations WHERE doc_pk = ? AND footnote = ?", (1, 1)
        )
    )
    assert "PRIMARY KEY" in plan or "sqlite_autoindex" in plan


def test_failures_are_kept_and_cleared_when_the_file_reads(lib: Library) -> None:
    lib.add_failure("/docs/broken.pdf", "pdf_damaged", "kapot", "broken", "h" * 64)
    lib.add_failure("/docs/broken.pdf", "pdf_damaged", "nog steeds kapot", "still broken", "h" * 64)
    [failure] = lib.failures()
    assert failure.path == "/docs/broken.pdf"
    assert failure.message("nl") == "nog steeds kapot" and failure.message("en") == "still broken"
    lib.add(make_document(1), path="/docs/broken.pdf")
    assert lib.failures() == []


def test_kinds_are_stored(lib: Library) -> None:
    lib.add(make_document(None, year="2024-2025", kind=Kind.VRAGEN, zaak="2024Z11111"))
    row = lib.get("kv-tk-2024Z11111")
    assert row is not None and row.kind == "vragen" and row.n_answers == 0


def test_the_library_never_imports_qt() -> None:
    import subprocess
    import sys

    code = (
        "import sys, reader.library, reader.library.cli, reader.library.stats; "
        "print([m for m in sys.modules if 'PySide' in m or 'Qt' in m])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_another_process_opening_the_library_does_not_break_ours(tmp_path):
    """A second launch opens and closes the library while the window imports in a worker thread. Reading
    the file's header with a plain descriptor in the window's process used to drop its SQLite locks, and
    the other process then reset the WAL under it ("disk I/O error", then "malformed")."""
    import subprocess
    import sys
    import threading

    from reader.library import Importer, Library

    path = tmp_path / "lib.sqlite3"
    window = Library(path)
    other = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfrom reader.library import Library\nprint('ready', flush=True)\n"
            f"for _ in range(60):\n    lib = Library({str(path)!r}); lib.query(); lib.close()\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert other.stdout is not None and other.stdout.readline().strip() == "ready"
    n = 0
    try:
        while other.poll() is None and n < 400:
            n += 1
            doc = tmp_path / f"doc{n}.txt"
            doc.write_text(
                f"Tweede Kamer der Staten-Generaal 2\nVergaderjaar 2024–2025 Aanhangsel van de Handelingen\n{n}\n"
                "Vragen van het lid Smit (Testpartij) aan de Minister van X over Y (ingezonden 2 juni 2025).\n"
                f"Antwoord van Minister Visser (X) (ontvangen 20 juni 2025).\nVraag 1\nVraag nummer {n}?\n"
                "Antwoord 1\nJa.\n",
                encoding="utf-8",
            )
            result = {}
            worker = threading.Thread(target=lambda d=doc, r=result: r.update(s=Importer(path).run([d])))
            worker.start()
            worker.join()
            assert result["s"].error is None and not result["s"].failed, result["s"].error
            window.query()
    finally:
        other.wait(timeout=120)
        other.stdout.close()
    assert other.returncode == 0
    assert window.check() == []
    assert window.query().total == n
    window.close()
