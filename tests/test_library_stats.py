"""Answer-time statistics (issue 15): every figure per group over fictional question sets with known dates."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from synth import make_document

from reader.core.citations import official_url
from reader.core.command_line import standalone
from reader.core.model import Document, Kind, Reference, RefKind, Soort
from reader.library import cli_stats, ministries
from reader.library.errors import QueryError
from reader.library.search import Query
from reader.library.stats import Group, query_for
from reader.library.store import Library

TODAY = date(2024, 9, 1)
SZW = "Sociale Zaken en Werkgelegenheid"
FIN = "Financiën"
EZ = "Economische Zaken"

GABRIELS = ("Inge Gabriëls", "Polderpartij")
ZWART = ("Bram Zwart", "NVP")
TERPSTRA = ("Fleur Terpstra", "SVU")
OZTURK = ("Sem Öztürk", "BDB")


def _set(nummer: int | None, kind: Kind = Kind.ANTWOORD, soort: Soort | None = None, **kw: object) -> Document:
    doc = make_document(nummer, kind=kind, **kw)  # type: ignore[arg-type]
    doc.soort = soort
    return doc


def build(lib: Library) -> None:
    """Eleven question sets A–K (see the expected figures below)."""
    add = lib.add
    # A: SZW, 5 days
    add(_set(1, ingezonden=date(2024, 1, 10), ontvangen=date(2024, 1, 15), members=(GABRIELS,), subject="set A",
             to="Minister van Sociale Zaken en Werkgelegenheid",
             answerer="Minister Van Hijum (Sociale Zaken en Werkgelegenheid)"))  # fmt: skip
    # B: SZW written otherwise, 10 days
    add(_set(2, ingezonden=date(2024, 1, 20), ontvangen=date(2024, 1, 30), members=(ZWART,), subject="set B",
             to="Staatssecretaris van SZW",
             answerer="Staatssecretaris Van Ark (Sociale Zaken en Werkgelegenheid)"))  # fmt: skip
    # C: SZW by a portfolio minister, postponed, answered after 30 days
    c = {"ingezonden": date(2024, 2, 1), "members": (GABRIELS,), "subject": "set C",
         "to": "Minister voor Armoedebeleid, Participatie en Pensioenen",
         "answerer": "Minister Schouten (Armoedebeleid, Participatie en Pensioenen)"}  # fmt: skip
    add(_set(3, Kind.MEDEDELING, Soort.UITSTEL, ontvangen=date(2024, 2, 22), mededeling="Uitstel.", **c))
    add(_set(4, ontvangen=date(2024, 3, 2), zie_ook=("ah-tk-20232024-3",), **c))
    # D: sent to two ministries, answered by SZW, 20 days, two members of two parties
    add(_set(5, ingezonden=date(2024, 2, 10), ontvangen=date(2024, 3, 1), members=(GABRIELS, ZWART),
             subject="set D", to="Ministers van Financiën en van Sociale Zaken en Werkgelegenheid",
             answerer="Minister Van Hijum (SZW), mede namens de Minister van Financiën"))  # fmt: skip
    # E: Financiën, answered by letter 8 days after it was sent; its questions are in the library too
    e = {"ingezonden": date(2024, 5, 30), "members": (TERPSTRA,), "subject": "set E", "to": "Minister van Financiën"}
    letter = _set(6, Kind.MEDEDELING, Soort.PER_BRIEF, ontvangen=date(2024, 6, 7),
                  answerer="Minister Heinen (Financiën)", mededeling="De vragen zijn beantwoord middels een brief.",
                  **e)  # fmt: skip
    letter.beantwoord_in = [Reference(RefKind.KAMERSTUK, "kst-36471-64", official_url("kst-36471-64"), "36 471-64")]
    add(letter)
    add(_set(None, Kind.VRAGEN, zaak="2024Z09001", **e))
    # F: Financiën, open and overdue
    add(_set(None, Kind.VRAGEN, zaak="2024Z12001", ingezonden=date(2024, 8, 1), members=(TERPSTRA,),
             subject="set F", to="Minister van Financiën"))  # fmt: skip
    # G: Financiën, open but postponed (never overdue)
    g = {"ingezonden": date(2024, 7, 1), "members": (OZTURK,), "subject": "set G", "to": "Minister van Financiën"}
    add(_set(None, Kind.VRAGEN, zaak="2024Z11001", **g))
    add(_set(7, Kind.MEDEDELING, Soort.UITSTEL, ontvangen=date(2024, 7, 22), answerer="Minister Heinen (Financiën)",
             mededeling="Uitstel.", **g))  # fmt: skip
    # H: oral questions to EZ: no written answer will come
    add(_set(None, Kind.VRAGEN, Soort.MONDELING, zaak="2024Z10001", ingezonden=date(2024, 6, 1), members=(TERPSTRA,),
             subject="set H", to="Minister voor Economische Zaken"))  # fmt: skip
    # I: Financiën, withdrawn
    i = {"ingezonden": date(2024, 4, 1), "members": (OZTURK,), "subject": "set I", "to": "Minister van Financiën"}
    add(_set(None, Kind.VRAGEN, zaak="2024Z08001", **i))
    add(_set(8, Kind.MEDEDELING, Soort.INGETROKKEN, ontvangen=date(2024, 4, 10), answerer=None,
             mededeling="De vragen zijn ingetrokken.", **i))  # fmt: skip
    # J: Financiën, open, not yet overdue
    add(_set(None, Kind.VRAGEN, zaak="2024Z12002", ingezonden=date(2024, 8, 25), members=(OZTURK,),
             subject="set J", to="Minister van Financiën"))  # fmt: skip
    # K: another year, Financiën, 40 days
    add(_set(9, year="2022-2023", ingezonden=date(2022, 11, 1), ontvangen=date(2022, 12, 11), members=(GABRIELS,),
             subject="set K", to="Minister van Financiën", answerer="Minister Kaag (Financiën)"))  # fmt: skip


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    with Library(tmp_path / "lib.sqlite3") as library:
        build(library)
        yield library


FIGURES = ("sets", "answered", "timed", "median_days", "p90_days", "within_3_weeks", "postponed", "open",
           "overdue", "oral", "withdrawn")  # fmt: skip


def figures(g: Group) -> tuple:
    return tuple(getattr(g, f) for f in FIGURES)


def by(lib: Library, grouping: str, **filters: object) -> dict[str | None, tuple]:
    stats = lib.stats(grouping, Query(today=TODAY, **filters))  # type: ignore[arg-type]
    return {g.name: figures(g) for g in stats.groups}


def test_per_ministry_every_figure(lib: Library) -> None:
    #                 sets answered timed median p90 within postponed open overdue oral withdrawn
    assert by(lib, "ministry") == {
        SZW: (4, 4, 4, 15.0, 30, 0.75, 1, 0, 0, 0, 0),  # A 5, B 10, D 20, C 30 (postponed)
        FIN: (6, 2, 2, 24.0, 40, 0.5, 1, 3, 1, 0, 1),  # E 8 by letter, K 40; F G J open, F overdue; I withdrawn
        EZ: (1, 0, 0, None, None, None, 0, 0, 0, 1, 0),  # H oral
    }
    stats = lib.stats("ministry", Query(today=TODAY))
    assert [g.name for g in stats.groups] == [FIN, SZW, EZ]  # most sets first
    assert figures(stats.total) == (11, 6, 6, 15.0, 40, 4 / 6, 2, 3, 1, 1, 1)
    assert stats.groups[1].histogram == ((5, 1), (10, 1), (20, 1), (30, 1))
    assert stats.groups[1].percentile(25) == 5 and stats.groups[1].percentile(50) == 10


def test_ministry_names_are_one_ministry() -> None:
    for text in ("Minister van Sociale Zaken en Werkgelegenheid", "Staatssecretaris van SZW"):
        assert ministries.of_addressee(text) == SZW
    for text in ("Staatssecretaris Van Ark (Sociale Zaken en Werkgelegenheid)", "Minister Van Hijum (SZW)",
                 "Minister Schouten (Armoedebeleid, Participatie en Pensioenen)"):  # fmt: skip
        assert ministries.of_answerer(text) == SZW
    assert ministries.of_answerer("Minister Van Weyenberg (Financiën), mede namens de Minister van Justitie") == FIN
    assert ministries.of_addressee("Ministers van Binnenlandse Zaken enKoninkrijksrelaties en van Financiën") == (
        "Binnenlandse Zaken en Koninkrijksrelaties"
    )
    assert ministries.of_answerer("Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport - Jeugd)") == (
        "Volksgezondheid, Welzijn en Sport"
    )
    assert ministries.of_answerer("Minister Jetten (Klimaat en Energie)") == "Economische Zaken en Klimaat"
    assert ministries.of_answerer("Minister Hermans (Klimaat en Groene Groei)") == "Klimaat en Groene Groei"
    assert ministries.of_addressee("Minister voor Migratie") == "Justitie en Veiligheid"
    assert ministries.of_addressee("Minister van Asiel en Migratie") == "Asiel en Migratie"
    assert ministries.of_answerer("Minister Foo (Zeezaken - Havens)") == "Zeezaken"  # unknown: kept as printed
    assert [ministries.resolve(v) for v in ("szw", "sociale zaken", "Financien", "ezk")] == [
        SZW, SZW, FIN, "Economische Zaken en Klimaat"
    ]  # fmt: skip


def test_per_party_a_set_counts_for_each_party_and_once_in_the_total(lib: Library) -> None:
    assert by(lib, "party") == {
        "Polderpartij": (4, 4, 4, 25.0, 40, 0.5, 1, 0, 0, 0, 0),  # A 5, D 20, C 30, K 40
        "NVP": (2, 2, 2, 15.0, 20, 1.0, 0, 0, 0, 0, 0),  # B 10, D 20
        "SVU": (3, 1, 1, 8.0, 8, 1.0, 0, 1, 1, 1, 0),  # E 8; F overdue; H oral
        "BDB": (3, 0, 0, None, None, None, 1, 2, 0, 0, 1),  # G postponed, J open, I withdrawn
    }
    assert lib.stats("party", Query(today=TODAY)).total.sets == 11  # D is in two parties, counted once


def test_per_member_year_and_month(lib: Library) -> None:
    members = by(lib, "member")
    assert members["Inge Gabriëls"] == (4, 4, 4, 25.0, 40, 0.5, 1, 0, 0, 0, 0)
    assert members["Bram Zwart"][:4] == (2, 2, 2, 15.0)
    assert by(lib, "year") == {
        "2022-2023": (1, 1, 1, 40.0, 40, 0.0, 0, 0, 0, 0, 0),
        "2023-2024": (10, 5, 5, 10.0, 30, 0.8, 2, 3, 1, 1, 1),
    }
    months = by(lib, "month")
    assert list(months) == ["2022-11", "2024-01", "2024-02", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08"]
    assert months["2024-01"][:5] == (2, 2, 2, 7.5, 10)  # A 5 and B 10: the mean of the two middle ones
    assert months["2024-08"] == (2, 0, 0, None, None, None, 0, 2, 1, 0, 0)


def test_filters_as_for_search(lib: Library) -> None:
    assert by(lib, "ministry", party="NVP") == {SZW: (2, 2, 2, 15.0, 20, 1.0, 0, 0, 0, 0, 0)}
    assert by(lib, "ministry", year="2022-2023") == {FIN: (1, 1, 1, 40.0, 40, 0.0, 0, 0, 0, 0, 0)}
    assert list(by(lib, "year", ministry="szw")) == ["2023-2024"]
    assert by(lib, "ministry", member="gabriels")[SZW][:2] == (3, 3)
    assert by(lib, "ministry", status="overdue") == {FIN: (1, 0, 0, None, None, None, 0, 1, 1, 0, 0)}
    assert by(lib, "ministry", kind="uitstel") == {FIN: (1, 0, 0, None, None, None, 1, 1, 0, 0, 0)}  # G only
    assert by(lib, "ministry", kind="per-brief")[FIN][:4] == (1, 1, 1, 8.0)
    assert by(lib, "ministry", kind="mondeling") == {EZ: (1, 0, 0, None, None, None, 0, 0, 0, 1, 0)}
    assert set(by(lib, "ministry", text="set")) == {SZW, FIN, EZ}
    with pytest.raises(QueryError):
        lib.stats("ministerie van alles")


def test_a_click_on_a_group_lists_exactly_its_sets(lib: Library) -> None:
    base = Query(today=TODAY)
    for grouping in ("ministry", "party", "member", "year", "month"):
        stats = lib.stats(grouping, base)
        for g in stats.groups:
            q = query_for(grouping, g, base)
            assert q is not None and lib.query(q).total == g.sets, (grouping, g.name)
    [fin] = [g for g in lib.stats("ministry", base).groups if g.name == FIN]
    overdue = lib.query(query_for("ministry", fin, base, status="overdue"))
    assert [r.id for r in overdue.rows] == ["kv-tk-2024Z12001"]


def run_stats(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = standalone("kamervragen-reader stats", "", cli_stats.configure, cli_stats.run, args, out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_json_csv_and_table(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(lib.path)
    code, out, err = run_stats(["--by", "ministry", "--json", "--library", path])
    assert code == 0, err
    data = json.loads(out)
    assert data["by"] == "ministry"
    szw = next(g for g in data["groups"] if g["name"] == SZW)
    assert {k: szw[k] for k in ("answered", "median_days", "p90_days", "within_3_weeks", "postponed")} == {
        "answered": 4, "median_days": 15, "p90_days": 30, "within_3_weeks": 0.75, "postponed": 1
    }  # fmt: skip
    assert set(szw) >= {"name", "answered", "median_days", "p90_days", "within_3_weeks", "postponed", "open", "overdue"}
    code, out, _ = run_stats(["--per", "partij", "--csv", "--jaar", "2023-2024", "--library", path])
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and {r["name"]: r["answered"] for r in rows} == {"Polderpartij": "3", "NVP": "2", "SVU": "1",
                                                                      "BDB": "0"}  # fmt: skip
    assert next(r for r in rows if r["name"] == "BDB")["median_days"] == ""
    monkeypatch.setenv("LC_ALL", "C")
    code, out, _ = run_stats(["--library", path])
    lines = out.splitlines()
    assert lines[0].startswith("11 question sets in 3 groups")
    assert lines[1].split() == ["Ministry", "answered", "median", "p90", "≤", "3", "weeks", "postponed", "open",
                                "overdue"]  # fmt: skip
    assert any(line.startswith("Sociale Zaken en Werkgelegenheid") and line.split()[-7:] ==
               ["4", "15", "30", "75%", "1", "0", "0"] for line in lines)  # fmt: skip
    code, _, err = run_stats(["--by", "weekday", "--library", path])
    assert code == 2 and "weekday" in err
    with pytest.raises(SystemExit):
        run_stats(["--json", "--csv", "--library", path])


def test_an_empty_library_has_no_groups(tmp_path: Path) -> None:
    with Library(tmp_path / "empty.sqlite3") as lib:
        stats = lib.stats("party")
        assert stats.groups == [] and stats.total.sets == 0 and stats.total.median_days is None
    code, out, _ = run_stats(["--json", "--library", str(tmp_path / "never-made.sqlite3")])
    assert code == 0 and json.loads(out)["groups"] == []
    assert not (tmp_path / "never-made.sqlite3").exists()


# ---- the corpus -------------------------------------------------------------------------------------------


@pytest.mark.corpus
def test_on_the_corpus_the_figures_agree_with_the_days_search_reports(
    corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    import statistics

    from reader.library import cli
    from reader.library.importer import Importer

    path = tmp_path_factory.mktemp("corpus-stats") / "library.sqlite3"
    with Library(path) as lib:
        summary = Importer(lib).run([corpus / "txt", corpus / "xml", corpus / "pdf"])
        assert summary.error is None and len(summary.added) >= 40
    out, err = io.StringIO(), io.StringIO()
    assert cli.main_search(["--json", "--limit", "10000", "--library", str(path)], out=out, err=err) == 0
    rows = json.loads(out.getvalue())["results"]
    # one document per answered set, as the statistics count it: the set's answer (its id is the answer_id),
    # or the notice of an answer by letter, or a further answer whose first answer is not in the library
    heads: dict[str, dict] = {}
    for r in rows:
        if r["status"] == "answered" and (r["answer_id"] == r["id"] or r["soort"] in ("per-brief", "nader")):
            heads.setdefault(r["answer_id"], r)
    answered: dict[str, int] = {}
    days: dict[str, list[int]] = {}
    for r in heads.values():
        answered[r["vergaderjaar"]] = answered.get(r["vergaderjaar"], 0) + 1
        if r["days"] is not None:
            days.setdefault(r["vergaderjaar"], []).append(r["days"])
    assert sum(answered.values()) >= 40 and sum(len(v) for v in days.values()) >= 30
    code, out, _ = run_stats(["--by", "year", "--json", "--library", str(path)])
    assert code == 0
    groups = {g["name"]: g for g in json.loads(out)["groups"]}
    assert {y: g["answered"] for y, g in groups.items() if g["answered"]} == answered
    for year, g in groups.items():
        timed = days.get(year, [])
        assert g["timed"] == len(timed), year
        assert g["median_days"] == (statistics.median(timed) if timed else None), year
        share = round(sum(d <= 21 for d in timed) / len(timed), 4) if timed else None
        assert g["within_3_weeks"] == share, year
