"""Search: query translation (safe, bilingual errors), folding, filters, sorting, pages, snippets."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from synth import make_document

from reader.core.i18n import set_language
from reader.core.model import Kind
from reader.library.errors import QueryError
from reader.library.query import translate
from reader.library.search import Query, normalise_year
from reader.library.store import Library

TODAY = date(2024, 6, 1)


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    with Library(tmp_path / "lib.sqlite3") as library:
        library.add(
            make_document(
                1, members=(("Inge Gabriëls", "Polderpartij"),), subject="één loket voor ondernemers in Zuiderveen",
                questions=("Bent u bekend met de coördinatie van het zwembad?",),
                answers=("Ja, de financiële gevolgen zijn groot.",), to="Minister van Financiën",
                ingezonden=date(2023, 10, 2), ontvangen=date(2023, 10, 20),
            )
        )  # fmt: skip
        library.add(
            make_document(
                2, members=(("Joost van Dijk", "NVP"), ("Ouali", "Polderpartij")), subject="de wachtlijsten in de ggz",
                questions=("Hoe lang zijn de wachtlijsten?", "Wat doet u aan de wachttijden?"),
                answers=("Te lang.", "Wij investeren in de zorg."), to="Minister van Volksgezondheid, Welzijn en Sport",
                answerer="Minister Kuipers (Volksgezondheid, Welzijn en Sport)",
                footnotes=("Kamerstuk 25 424, nr. 679",), ingezonden=date(2023, 11, 5), ontvangen=date(2023, 12, 15),
            )
        )  # fmt: skip
        library.add(
            make_document(
                3, year="2022-2023", members=(("Çelik", "Groep Çelik"),), subject="het zwembad in Oosterwolde",
                questions=("Kent u het zwembad?",), answers=("Ja, het zwembad ken ik.",), to="Minister van Financiën",
                ingezonden=date(2023, 3, 1), ontvangen=date(2023, 3, 15),
            )
        )  # fmt: skip
        library.add(
            make_document(
                None, year="2023-2024", kind=Kind.VRAGEN, zaak="2024Z05555", members=(("Van Dam", "NVP"),),
                subject="de dijkversterking bij Noorddijk", questions=("Wanneer begint de versterking van de dijk?",),
                to="Minister van Infrastructuur en Waterstaat", ingezonden=date(2024, 5, 1),
            )
        )  # fmt: skip
        yield library


def ids(lib: Library, **kw: object) -> list[str]:
    kw = {"today": TODAY, "limit": 100} | kw
    return [r.id for r in lib.query(Query(**kw)).rows]  # type: ignore[arg-type]


# ---- translation ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zwembad", '"zwembad"'),
        ("zwembad gemeente", '("zwembad" AND "gemeente")'),
        ('"financiële gevolgen"', '"financiële gevolgen"'),
        ("wacht*", '"wacht" *'),
        ("a OR b", '("a" OR "b")'),
        ("a AND b OR c", '(("a" AND "b") OR "c")'),
        ("a NOT b", '("a" NOT ("b"))'),
        ("a -b -c", '("a" NOT ("b" OR "c"))'),
        ('a -"b c"', '("a" NOT ("b c"))'),
        ("(a OR b) c", '(("a" OR "b") AND "c")'),
        ("NEAR(a b)", '("NEAR" AND ("a" AND "b"))'),
        ("a^b", '"a^b"'),
        ("{title}: x", '("{title}:" AND "x")'),
        ("title:zwembad", '"title:zwembad"'),
        ("a & b", '("a" AND "b")'),
        ("2018-2019", '"2018-2019"'),
        ("  ", None),
        ("", None),
        ("and or not", '("and" AND "or" AND "not")'),
        ('"unclosed phrase', '"unclosed phrase"'),
        # words become quoted FTS5 strings, passed as a parameter: nothing is ever SQL
        ("'; DROP TABLE documents; --", '("DROP" AND "TABLE" AND "documents;")'),
    ],
)
def test_translation(text: str, expected: str | None) -> None:
    assert translate(text) == expected


def test_quotes_inside_terms_are_doubled() -> None:
    assert translate('o"neill') == '("o" AND "neill")'
    assert translate('x"y') == '("x" AND "y")'


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("a OR", "query_operator"),
        ("OR a", "query_operator"),
        ("a AND", "query_operator"),
        ("AND", "query_operator"),
        ("a AND OR b", "query_operator"),
        ("a NOT", "query_operator"),
        ("NOT a", "query_only_not"),
        ("-a", "query_only_not"),
        ("(a", "query_paren"),
        ("a)", "query_paren"),
        (")(", "query_paren"),
        ("!!! ...", "query_no_terms"),
        (" ".join(["w"] * 65), "query_too_long"),
        ("(" * 20 + "a" + ")" * 20, "query_too_long"),
    ],
)
def test_syntax_errors_are_clear_bilingual_messages(text: str, key: str) -> None:
    with pytest.raises(QueryError) as info:
        translate(text)
    assert info.value.key == key
    nl, en = info.value.message("nl"), info.value.message("en")
    assert nl.startswith("Zoekvraag:") and en.startswith("Search:") and nl != en


def test_the_message_follows_the_language(lib: Library) -> None:
    try:
        set_language("en")
        with pytest.raises(QueryError, match="Search: OR must stand between two search terms"):
            lib.query(text="zwembad OR")
        set_language("nl")
        with pytest.raises(QueryError, match="Zoekvraag: OR moet tussen twee zoektermen staan"):
            lib.query(text="zwembad OR")
    finally:
        set_language(None)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.sampled_from([*"ab\"()*-:^+{}'.;,ëé", "AND", "OR", "NOT", "NEAR", " "]), max_size=25).map("".join)
    | st.lists(st.sampled_from(["a", "b", '"', "(", ")", "a*", "-b", "AND", "OR", "NOT", "NEAR"]), max_size=12).map(
        " ".join
    )
    | st.text(max_size=30)
)
def test_no_user_text_ever_gives_an_fts5_or_sql_error(text: str) -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE f USING fts5(a, tokenize = 'unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO f VALUES ('a b ab abc een')")
    try:
        expr = translate(text)
    except QueryError:
        return
    if expr is not None:
        conn.execute("SELECT rowid FROM f WHERE f MATCH ?", (expr,)).fetchall()


# ---- folding and search ----------------------------------------------------------------------------------------


def test_dutch_folding(lib: Library) -> None:
    assert ids(lib, text="gabriels") == ["ah-tk-20232024-1"]
    assert ids(lib, text="GABRIËLS") == ["ah-tk-20232024-1"]
    assert ids(lib, text="een loket") == ["ah-tk-20232024-1"]  # "één"
    assert ids(lib, text="coordinatie") == ["ah-tk-20232024-1"]
    assert ids(lib, text="financiele") == ["ah-tk-20232024-1"]
    assert ids(lib, text="celik") == ["ah-tk-20222023-3"]


def test_phrase_prefix_and_boolean(lib: Library) -> None:
    assert ids(lib, text='"financiële gevolgen"') == ["ah-tk-20232024-1"]
    assert ids(lib, text='"gevolgen financiële"') == []
    assert ids(lib, text="wacht*") == ["ah-tk-20232024-2"]
    assert ids(lib, text="zwembad") == ["ah-tk-20232024-1", "ah-tk-20222023-3"]
    assert ids(lib, text="zwembad -oosterwolde") == ["ah-tk-20232024-1"]
    assert ids(lib, text="zwembad NOT oosterwolde") == ["ah-tk-20232024-1"]
    assert ids(lib, text="wachtlijsten OR dijk") == ["kv-tk-2024Z05555", "ah-tk-20232024-2"]
    assert ids(lib, text="(wachtlijsten OR dijk) versterking") == ["kv-tk-2024Z05555"]
    assert ids(lib, text="footnote-word-nowhere") == []


def test_footnotes_are_searched(lib: Library) -> None:
    assert ids(lib, text="kamerstuk 25") == ["ah-tk-20232024-2"]


def test_snippets_mark_the_hits(lib: Library) -> None:
    [row] = lib.query(text="financiele").rows
    assert ("financiële", True) in row.snippet
    assert "[financiële]" in row.snippet_text()
    assert lib.query().rows[0].snippet == ()


# ---- filters -----------------------------------------------------------------------------------------------------


def test_filter_by_year(lib: Library) -> None:
    assert ids(lib, year="2022-2023") == ["ah-tk-20222023-3"]
    assert ids(lib, year="2022") == ["ah-tk-20222023-3"]
    assert ids(lib, year="2022/23") == ["ah-tk-20222023-3"]
    assert len(ids(lib, year="2023–2024")) == 3
    with pytest.raises(QueryError) as info:
        ids(lib, year="2022-2025")
    assert info.value.key == "bad_year"
    assert normalise_year("20232024") == "2023-2024"


def test_filter_by_member_folded_and_by_surname(lib: Library) -> None:
    assert ids(lib, member="gabriels") == ["ah-tk-20232024-1"]
    assert ids(lib, member="van dijk") == ["ah-tk-20232024-2"]
    assert ids(lib, member="Joost van Dijk") == ["ah-tk-20232024-2"]
    assert ids(lib, member="dijk") == ["ah-tk-20232024-2"]  # not the subject "dijkversterking"
    assert ids(lib, member="van dam") == ["kv-tk-2024Z05555"]
    assert ids(lib, member="zwembad") == []  # a member filter looks at the members only


def test_search_within_one_members_questions(lib: Library) -> None:
    assert ids(lib, text="zwembad", member="gabriels") == ["ah-tk-20232024-1"]
    assert ids(lib, text="zwembad", member="celik") == ["ah-tk-20222023-3"]


def test_filter_by_party(lib: Library) -> None:
    assert ids(lib, party="polderpartij") == ["ah-tk-20232024-2", "ah-tk-20232024-1"]
    assert ids(lib, party="Groep Celik") == ["ah-tk-20222023-3"]
    assert ids(lib, party="polder") == []  # a party is matched exactly (folded)


def test_filter_by_addressee_or_answerer(lib: Library) -> None:
    assert ids(lib, addressee="financiën") == ["ah-tk-20232024-1", "ah-tk-20222023-3"]
    assert ids(lib, addressee="kuipers") == ["ah-tk-20232024-2"]
    assert ids(lib, addressee="volksgezondheid") == ["ah-tk-20232024-2"]


def test_filter_by_kind_with_aliases(lib: Library) -> None:
    assert ids(lib, kind="vragen") == ["kv-tk-2024Z05555"]
    assert ids(lib, kind="questions") == ["kv-tk-2024Z05555"]
    assert len(ids(lib, kind="antwoord")) == 3
    with pytest.raises(QueryError) as info:
        ids(lib, kind="brief")
    assert "antwoord, mededeling, vragen" in info.value.message("en")


def test_filter_by_status(lib: Library) -> None:
    assert ids(lib, status="open") == ["kv-tk-2024Z05555"]
    assert ids(lib, status="overdue") == ["kv-tk-2024Z05555"]  # sent 1 May, today 1 June
    assert ids(lib, status="overdue", today=date(2024, 5, 20)) == []
    assert ids(lib, status="te-laat") == ["kv-tk-2024Z05555"]
    assert len(ids(lib, status="beantwoord")) == 3


def test_filters_combine(lib: Library) -> None:
    assert ids(lib, text="zwembad", year="2023-2024", party="polderpartij", addressee="financien", kind="antwoord") == [
        "ah-tk-20232024-1"
    ]
    assert lib.query(text="zwembad", year="2021-2022").total == 0


# ---- order and pages -------------------------------------------------------------------------------------------


def test_newest_first_by_default_and_other_orders(lib: Library) -> None:
    newest = ["kv-tk-2024Z05555", "ah-tk-20232024-2", "ah-tk-20232024-1", "ah-tk-20222023-3"]
    assert ids(lib) == newest
    assert ids(lib, descending=False) == newest[::-1]
    assert ids(lib, sort="submitted") == [
        "kv-tk-2024Z05555",
        "ah-tk-20232024-2",
        "ah-tk-20232024-1",
        "ah-tk-20222023-3",
    ]
    assert ids(lib, sort="received", descending=False)[1:] == [
        "ah-tk-20222023-3",
        "ah-tk-20232024-1",
        "ah-tk-20232024-2",
    ]
    assert ids(lib, sort="number", kind="antwoord") == ["ah-tk-20232024-2", "ah-tk-20232024-1", "ah-tk-20222023-3"]
    assert ids(lib, sort="nummer", kind="antwoord", descending=False) == [
        "ah-tk-20222023-3", "ah-tk-20232024-1", "ah-tk-20232024-2",
    ]  # fmt: skip


def test_relevance_puts_title_hits_first(lib: Library) -> None:
    # "zwembad" is in the title of 3 and only in a question of 1
    assert ids(lib, text="zwembad", sort="relevance")[0] == "ah-tk-20222023-3"
    assert ids(lib, text="zwembad", sort="date")[0] == "ah-tk-20232024-1"


def test_pages_have_a_total_and_never_truncate_silently(tmp_path: Path) -> None:
    with Library(tmp_path / "many.sqlite3") as lib:
        for n in range(1, 26):
            lib.add(make_document(n, ontvangen=date(2024, 1, n), questions=(f"Vraag over zwembad nummer {n}?",)))
        seen: list[str] = []
        for offset in range(0, 30, 10):
            page = lib.query(text="zwembad", limit=10, offset=offset)
            assert page.total == 25
            seen += [r.id for r in page.rows]
        assert len(seen) == 25 == len(set(seen))
        assert seen[0] == "ah-tk-20232024-25"
        plain = lib.query(limit=10, offset=20)
        assert plain.total == 25 and len(plain.rows) == 5
        assert lib.query(limit=10, offset=100).rows == []
        assert lib.query(party="polderpartij", limit=3).total == 25


def test_unknown_sort_is_a_clear_error(lib: Library) -> None:
    with pytest.raises(QueryError) as info:
        lib.query(sort="alphabet")
    assert info.value.key == "bad_value"


def test_narrowed_searches_miss_nothing(tmp_path: Path) -> None:
    """A search with a year, status or kind filter scans only the dates those documents span: exact bounds."""
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.add(make_document(1, year="2022-2023", ontvangen=date(2023, 5, 1)))
        lib.add(make_document(2, year="2023-2024", ontvangen=date(2023, 4, 1)))  # dated before number 1
        lib.add(make_document(3, year="2022-2023", ingezonden=None, ontvangen=None))  # no date at all
        lib.add(make_document(4, year="2023-2024", ontvangen=date(2024, 1, 1)))
        lib.add(make_document(5, year="2022-2023", kind=Kind.MEDEDELING, subject="iets anders", questions=("Wat?",)))
        lib.add(make_document(None, kind=Kind.VRAGEN, zaak="2023Z00001", ingezonden=date(2023, 3, 1)))
        by_year = lib.query(text="zwembad", year="2022-2023")
        assert [r.id for r in by_year.rows] == ["ah-tk-20222023-1", "ah-tk-20222023-3"] and by_year.total == 2
        assert lib.query(text="zwembad", year="2023-2024").total == 3  # (the questions too)
        assert lib.query(text="zwembad", year="2020-2021").total == 0
        assert [r.id for r in lib.query(text="zwembad", kind="vragen").rows] == ["kv-tk-2023Z00001"]
        assert [r.id for r in lib.query(text="iets", kind="mededeling").rows] == ["ah-tk-20222023-5"]
        assert [r.id for r in lib.query(text="zwembad", status="open", today=date(2023, 3, 10)).rows] == [
            "kv-tk-2023Z00001"
        ]
        assert lib.query(text="zwembad", status="overdue", today=date(2023, 3, 10)).total == 0
        assert lib.query(text="zwembad", status="overdue", today=date(2023, 4, 10)).total == 1
        assert lib.query(text="zwembad", year="2022-2023", sort="number").total == 2


def test_party_filter_is_exact_with_several_parties(tmp_path: Path) -> None:
    with Library(tmp_path / "lib.sqlite3") as lib:
        lib.add(make_document(1, members=(("A", "NVP"), ("B", "SVU"))))
        lib.add(make_document(2, members=(("C", "NVP-Oost"),)))
        lib.add(make_document(3, members=(("D", None),)))
        for text in ("", "zwembad"):
            assert [r.id for r in lib.query(text=text, party="nvp").rows] == ["ah-tk-20232024-1"]
            assert [r.id for r in lib.query(text=text, party="SVU").rows] == ["ah-tk-20232024-1"]
            assert [r.id for r in lib.query(text=text, party="nvp-oost").rows] == ["ah-tk-20232024-2"]
            assert lib.query(text=text, party="nvp", kind="antwoord").total == 1


def test_words_in_a_table_are_searched(tmp_path: Path) -> None:
    from reader.core.model import Table

    doc = make_document(7, answers=("De cijfers staan hieronder.",))
    doc.answers[0].tables = [Table([["Soort", "2023"], ["Kweekvijvers", "12"]], 1)]
    with Library(tmp_path / "lib.sqlite3") as library:
        library.add(doc)
        assert ids(library, text="kweekvijvers") == [doc.id]


def test_an_older_library_learns_the_words_of_its_tables(tmp_path: Path) -> None:
    """A library stored before tables were searched has its documents with tables indexed again when opened."""
    from reader.core.model import Table
    from reader.library import schema
    from reader.library.store import search_columns

    doc = make_document(8, answers=("De cijfers staan hieronder.",))
    doc.answers[0].tables = [Table([["Soort", "2023"], ["Kweekvijvers", "12"]], 1)]
    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:
        library.add(doc)
        conn = library.connection
        key = conn.execute("SELECT date_key FROM documents").fetchone()[0]
        # the row as the previous version wrote it: the answers' text without the table
        columns = list(search_columns(doc))
        columns[2] = doc.answers[0].text
        conn.execute("DELETE FROM fts WHERE rowid = ?", (key,))
        conn.execute("INSERT INTO fts (rowid, title, questions, answers, footnotes, members, addressee) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)", (key, *columns))  # fmt: skip
        conn.execute(f"PRAGMA user_version = {schema.VERSION - 1}")
        assert ids(library, text="kweekvijvers") == []
    with Library(path) as library:
        assert ids(library, text="kweekvijvers") == [doc.id]
        assert ids(library, text="hieronder") == [doc.id]
        assert library.connection.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION
