"""`fetch`, `search --online`, `update` and `watch` on the command line, against the local stand-in of the
official services (never the network): what issue 12 says they must do, and how they fail."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from official_server import (  # noqa: F401 (official: the fixture)
    File,
    Official,
    Set,
    fictional_sets,
    official,
    write_settings,
)

from reader.cli import main
from reader.library.store import Library
from reader.library.watch import UpdateState, WatchList

CITATION = "Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 1432"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")


@pytest.fixture
def served(official: Official, corpus: Path) -> Official:  # noqa: F811
    """3235 with its real record and renderings; 1432 only as a PDF on the official site (no record)."""
    official.add_corpus_3235(corpus)
    official.add_zoek(
        "ah-tk-20232024-1432", "pdf", (corpus / "pdf" / "ah-tk-20232024-1432.pdf").read_bytes(), "application/pdf"
    )
    return official


def library_ids() -> set[str]:
    with Library() as lib:
        return set(lib.ids())


# ---- fetch ---------------------------------------------------------------------------------------------


def test_fetch_by_id_and_by_citation_stores_the_documents(served: Official, english: None) -> None:
    code, out, err = run("fetch", "ah-tk-20202021-3235")
    assert (code, err) == (0, "") and out.startswith("ah-tk-20202021-3235: fetched (xml) and stored")
    code, out, err = run("fetch", CITATION)
    assert (code, err) == (0, "") and out.startswith("ah-tk-20232024-1432: fetched (pdf) and stored")
    assert library_ids() == {"ah-tk-20202021-3235", "ah-tk-20232024-1432"}
    with Library() as lib:
        doc = lib.document("ah-tk-20202021-3235")
        assert doc is not None and len(doc.questions) == 9 and doc.zaak == "2021Z09739"  # tied to its questions
        [source] = lib.sources("ah-tk-20202021-3235")
        assert source.path.endswith("/1/xml/ah-tk-20202021-3235.xml") and source.format == "xml"
    # the XML was asked for once; the 1432 XML on the official site was a "page not found", skipped
    assert [h.path for h in served.hits("/zoek/")] == [
        "/zoek/ah-tk-20232024-1432.xml", "/zoek/Errors/404.htm", "/zoek/ah-tk-20232024-1432.pdf",
    ]  # fmt: skip
    # in the library now: asked again, nothing is fetched
    before = len(served.hits())
    code, out, _ = run("fetch", "ah-tk-20202021-3235", CITATION)
    assert code == 0 and out.count("already in the library") == 2 and len(served.hits()) == before


@pytest.mark.parametrize("missing", ["redirect", "200", "404"])
def test_an_unknown_id_fails_with_one_line(served: Official, english: None, missing: str) -> None:
    served.missing = missing
    code, out, err = run("fetch", "ah-tk-20202021-9999")
    assert code == 1 and out == ""
    assert err.splitlines() == ["ah-tk-20202021-9999: not found at the official sources"]
    assert library_ids() == set()


def test_a_page_not_found_with_status_200_is_never_stored_nor_cached(served: Official, english: None) -> None:
    served.missing = "200"
    assert run("fetch", "ah-tk-20202021-9999")[0] == 1
    from reader.sources.cache import Cache

    cache = Cache()
    assert cache.get(f"{served.zoek_url}/ah-tk-20202021-9999.xml") is None
    assert cache.get(f"{served.zoek_url}/ah-tk-20202021-9999.pdf") is None


def test_several_items_one_line_per_failure(served: Official, english: None) -> None:
    code, out, err = run("fetch", "ah-tk-20202021-3235", "Kamerstuk 36 471, nr. 64", "zomaar iets", "ah-tk-20202021-9")
    assert code == 1 and "ah-tk-20202021-3235: fetched" in out
    assert err.splitlines() == [
        "Kamerstuk 36 471, nr. 64: not a Kamervragen document; only ah-… and kv-… can be fetched",
        "zomaar iets: no ID, zaak number or citation of Kamervragen recognised",
        "ah-tk-20202021-9: not found at the official sources",
    ]


def test_a_body_larger_than_any_document_is_refused_and_the_next_rendering_taken(
    served: Official, english: None
) -> None:
    served.fault("/frbr/officielepublicaties/ah-tk/20202021/ah-tk-20202021-3235/1/xml/", "huge", size=70 * 2**20)
    code, out, err = run("fetch", "ah-tk-20202021-3235")
    assert code == 0 and "fetched (pdf) and stored" in out, err
    assert "ah-tk-20202021-3235" in library_ids()


def test_a_pdf_only_record_of_the_newer_kind_is_fetched(official: Official, english: None, corpus: Path) -> None:  # noqa: F811
    from official_server import Entry, _entry

    s = Set(1432, date(2024, 3, 1), "een subsidieregeling", ("Kerkhof",), "2024Z04321", formats=("pdf",))
    entry = _entry(s, official.base)
    official.entries.append(
        Entry(entry.fields | {"dt.identifier": "ah-1234567"}, entry.xml.replace(s.id, "ah-1234567"))
    )
    path = "/frbr/officielepublicaties/ah-tk/20232024/ah-1234567/1/pdf/ah-1234567.pdf"
    official.files[path] = File((corpus / "pdf" / "ah-tk-20232024-1432.pdf").read_bytes(), "application/pdf")
    code, out, err = run("fetch", "ah-1234567")
    assert (code, err) == (0, "") and out.startswith("ah-tk-20232024-1432: fetched (pdf) and stored")
    assert [h.path for h in official.hits("/frbr/")] == [path] and official.hits("/zoek/") == []
    code, out, _ = run("search", "--online", "subsidieregeling", "--json")
    [result] = json.loads(out)["results"]
    assert result["id"] == "ah-tk-20232024-1432" and result["in_library"] is True


def test_search_online_by_publication_date(official: Official) -> None:  # noqa: F811
    from reader.sources.online import OnlineQuery, search
    from reader.sources.service import Sources

    for s in fictional_sets(10, date(2024, 1, 1), date(2024, 1, 10)):
        official.add_set(s)
    page = search(Sources(), OnlineQuery(since=date(2024, 1, 4), until=date(2024, 1, 6)))
    assert sorted(r.record.available.isoformat() for r in page.results) == ["2024-01-04", "2024-01-05", "2024-01-06"]  # type: ignore[union-attr]


def test_a_redirect_elsewhere_or_a_wrong_type_is_skipped_for_the_next_rendering(
    served: Official, english: None
) -> None:
    repo = "/frbr/officielepublicaties/ah-tk/20202021/ah-tk-20202021-3235/1"
    served.fault(f"{repo}/xml/", "redirect", location="http://portal.invalid/login")
    served.fault(f"{repo}/pdf/", "html200")
    code, out, _ = run("fetch", "ah-tk-20202021-3235")
    assert code == 0 and "fetched (html) and stored" in out
    assert not any("portal.invalid" in h.path for h in served.hits())


def test_the_search_service_failing_still_leaves_the_official_site(
    served: Official, english: None, corpus: Path
) -> None:
    served.fault("/sru", "html200")  # a maintenance page with status 200 and the wrong content type
    served.add_zoek(
        "ah-tk-20202021-3235", "xml", (corpus / "official" / "ah-tk-20202021-3235.xml").read_bytes(), "text/plain"
    )
    code, out, _ = run("fetch", "ah-tk-20202021-3235")
    assert code == 0 and "fetched (xml)" in out
    assert [h.path for h in served.hits("/zoek/")] == ["/zoek/ah-tk-20202021-3235.xml"]


def test_offline_fetches_nothing_with_one_clear_line(served: Official, english: None) -> None:
    code, out, err = run("fetch", "--offline", "ah-tk-20202021-3235")
    assert code == 1 and out == "" and len(err.splitlines()) == 1 and "--offline" in err
    write_settings(offline=True)
    code, _, err = run("fetch", "ah-tk-20202021-3235")
    assert code == 1 and "offline=true" in err
    code, _, err = run("search", "--online", "tozo")
    assert code == 1 and "offline=true" in err
    assert served.hits() == [] and library_ids() == set()


# ---- search --online -----------------------------------------------------------------------------------


def test_search_online_finds_3235_and_says_whether_it_is_in_the_library(served: Official) -> None:
    code, out, err = run("search", "--online", "TOZO", "--json")
    assert code == 0, err
    data = json.loads(out)
    [result] = data["results"]
    assert data["total"] == 1 and result["id"] == "ah-tk-20202021-3235" and result["in_library"] is False
    assert result["subject"] == "de Tozo" and result["status"] == "answered" and result["nummer"] == 3235
    # shaped like the library's rows
    with Library() as lib:
        from reader.library.search import Query

        keys = set(lib.query(Query()).rows[0].to_dict()) if len(lib) else None
    assert run("fetch", "ah-tk-20202021-3235")[0] == 0
    with Library() as lib:
        from reader.library.search import Query

        keys = set(lib.query(Query()).rows[0].to_dict())
    code, out, _ = run("search", "--online", "TOZO", "--json")
    [result] = json.loads(out)["results"]
    assert result["in_library"] is True and result["questions"] == 9 and result["subject"] == "de TOZO"
    assert keys <= set(result) and {"in_library", "url"} <= set(result) - keys


def test_search_online_filters_and_text(official: Official, english: None) -> None:  # noqa: F811
    for s in fictional_sets(12, date(2023, 10, 1), date(2024, 5, 1)):
        official.add_set(s)
    official.add_set(Set(0, date(2024, 6, 3), "de veerpont naar Oosterwolde", ("Kerkhof",), "2024Z20001", "vragen"))
    code, out, _ = run("search", "--online", "veerpont", "--json")
    ids = [r["id"] for r in json.loads(out)["results"]]
    assert code == 0 and ids == ["kv-tk-2024Z20001", "ah-tk-20232024-5007", "ah-tk-20232024-5001"]  # newest first
    code, out, _ = run("search", "--online", "veerpont", "--kind", "vragen", "--json")
    assert [r["status"] for r in json.loads(out)["results"]] == ["open"]
    code, out, _ = run("search", "--online", "--member", "öztürk", "--year", "2023", "--limit", "2", "--json")
    data = json.loads(out)
    assert (
        data["limit"] == 2
        and len(data["results"]) == 2
        and all(r["vergaderjaar"] == "2023-2024" for r in data["results"])
    )
    code, out, _ = run("search", "--online", "veerpont", "--limit", "1")
    assert (
        code == 0 and out.startswith("3 results in the official publications (1 shown)") and "kv-tk-2024Z20001" in out
    )
    code, _, err = run("search", "--online", "x", "--party", "NVP")
    assert code == 2 and "--party does not work with --online" in err
    code, _, err = run("search", "--online", "x", "--year", "vorig jaar")
    assert code == 2 and "vorig jaar" in err


# ---- update --------------------------------------------------------------------------------------------


def test_update_fetches_every_set_listed_since_and_a_second_run_adds_none(official: Official, english: None) -> None:  # noqa: F811
    sets = fictional_sets(24, date(2024, 1, 10), date(2024, 4, 20))
    for s in sets:
        official.add_set(s)
    early = Set(4000, date(2023, 12, 1), "het zwembad in Westerhaar", ("Bakker",), "2023Z19999")
    official.add_set(early)  # published before --since: not fetched
    code, out, err = run("update", "--since", "2024-01-01", "--quiet")
    assert code == 0, err
    assert (
        out.startswith("Updated (2024-01-01 to ") and "24 new, 0 completed, 0 already in the library, 0 failed" in out
    )
    assert library_ids() == {s.id for s in sets}
    downloads = len(official.hits("/frbr/"))
    assert downloads == 24  # one rendering each, the XML
    code, out, _ = run("update", "--since", "2024-01-01", "--quiet")
    assert code == 0 and "0 new" in out and "24 already in the library" in out
    assert len(official.hits("/frbr/")) == downloads  # nothing fetched twice
    with Library() as lib:
        state = UpdateState(lib)
        assert state.last_update() == date.today() and state.running() is None
    code, out, _ = run("update", "--quiet")  # since the last update
    assert code == 0 and f"({date.today().isoformat()} to" in out and "0 new" in out


def test_update_the_first_time_asks_for_a_day(
    official: Official,  # noqa: F811
    english: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = run("update")
    assert (code, out) == (1, "")
    assert err.strip() == "There was no update before: give the first day with --since YYYY-MM-DD."
    with pytest.raises(SystemExit) as info:
        run("update", "--since", "gisteren")
    assert info.value.code == 2 and "invalid date 'gisteren': use YYYY-MM-DD" in capsys.readouterr().err
    assert official.hits() == []


def test_an_update_stopped_half_way_goes_on_where_it_was(official: Official) -> None:  # noqa: F811
    from reader.sources.progress import Step
    from reader.sources.service import Sources
    from reader.sources.updating import update

    sets = fictional_sets(30, date(2024, 1, 2), date(2024, 3, 28))
    for s in sets:
        official.add_set(s)

    class Crash(Exception):
        pass

    def crash_after_40_percent(step: Step) -> None:
        if step.done >= 12:
            raise Crash  # the process dies (a closed laptop, a kill) in the middle of February

    with Library() as lib, pytest.raises(Crash):
        update(Sources(), lib, since=date(2024, 1, 1), today=date(2024, 4, 1), progress=crash_after_40_percent)
    with Library() as lib:
        stored = set(lib.ids())
        running = UpdateState(lib).running()
    assert 0 < len(stored) < 30 and running is not None and running.done_through == date(2024, 1, 31)
    fetched_before = {h.path for h in official.hits("/frbr/")}
    with Library() as lib:
        report = update(Sources(), lib, today=date(2024, 4, 1))  # no day given: the unfinished one goes on
    assert report.ok and report.start == date(2024, 2, 1)
    assert set(report.added) == {s.id for s in sets} - stored
    assert library_ids() == {s.id for s in sets}
    fetched_after = [h.path for h in official.hits("/frbr/")]
    assert len(fetched_after) == len(fetched_before) + len(report.added)  # what was stored is not fetched again


def test_the_rate_limit_holds_during_an_update(official: Official, english: None) -> None:  # noqa: F811
    write_settings(rate=2, timeout=5)
    for s in fictional_sets(5, date(2024, 2, 1), date(2024, 2, 20)):
        official.add_set(s)
    code, _, err = run("update", "--since", "2024-02-01", "--quiet")
    assert code == 0, err
    arrivals = [h.at for h in official.hits()]
    assert len(arrivals) >= 7  # the months' lists and five documents
    for i, start in enumerate(arrivals):
        assert len([t for t in arrivals[i:] if t < start + 1.0]) <= 2


def test_429_and_503_are_retried_no_sooner_than_their_retry_after(official: Official, english: None) -> None:  # noqa: F811
    from email.utils import formatdate, parsedate_to_datetime

    sets = fictional_sets(3, date(2024, 2, 1), date(2024, 2, 20))
    for s in sets:
        official.add_set(s)
    official.fault("/sru", "status", status=429, headers={"Retry-After": "1"})
    when = formatdate(time.time() + 2, usegmt=True)
    official.fault("/frbr/", "status", status=503, headers={"Retry-After": when})
    code, out, err = run("update", "--since", "2024-02-01", "--quiet")
    assert code == 0 and "3 new" in out, err
    sru = official.hits("/sru")
    assert sru[0].status == 429 and sru[1].at - sru[0].at >= 1.0
    frbr = official.hits("/frbr/")
    assert frbr[0].status == 503 and frbr[1].wall >= parsedate_to_datetime(when).timestamp()


# ---- watch ---------------------------------------------------------------------------------------------


def _tk_document(soort: str, aanhangselnummer: str = "", onderwerp: str = "", doc_id: str = "d1") -> dict[str, object]:
    return {
        "Id": doc_id, "Soort": soort, "Onderwerp": onderwerp, "Datum": "2024-05-20T00:00:00+02:00",
        "Vergaderjaar": "2023-2024", "Aanhangselnummer": aanhangselnummer, "Kamer": 2, "ContentType": "application/pdf",
    }  # fmt: skip


def test_watch_adds_lists_and_removes(official: Official, english: None) -> None:  # noqa: F811
    code, out, _ = run("watch")
    assert code == 0 and out.startswith("The watch list is empty")
    code, out, err = run("watch", "2024Z10001", "kv-tk-2024z10002", "ah-tk-1", "2024Z10001")
    assert code == 1 and err.splitlines() == [
        "ah-tk-1: 'ah-tk-1' is not a zaak number (such as 2024Z12345) or the ID of questions with a zaak number"
    ]
    assert out.splitlines() == ["2024Z10001: now followed", "2024Z10002: now followed", "2024Z10001: already followed"]
    code, out, _ = run("watch")
    assert code == 0 and [line.split()[0] for line in out.splitlines()] == ["2024Z10001", "2024Z10002"]
    assert "still open" in out and "not checked yet" in out
    code, out, _ = run("watch", "--remove", "2024Z10002")
    assert code == 0 and out.strip() == "2024Z10002: no longer followed"
    assert official.hits() == []  # following questions fetches nothing until a check is asked for


def test_a_watched_question_that_gets_answered_is_fetched_and_announced(
    official: Official,  # noqa: F811
    english: None,
    corpus: Path,
) -> None:
    official.add_corpus_3235(corpus)  # KOOP knows the answer to 2021Z09739
    official.add_zaak("2024Z08888", [_tk_document("Schriftelijke vragen")])
    official.add_zaak(
        "2024Z07777", [_tk_document("Schriftelijke vragen"), _tk_document("Antwoord schriftelijke vragen", "232401432")]
    )  # the Kamer has the answer; KOOP has no record yet, the official site has the PDF
    official.add_zoek(
        "ah-tk-20232024-1432", "pdf", (corpus / "pdf" / "ah-tk-20232024-1432.pdf").read_bytes(), "application/pdf"
    )
    official.add_zaak("2024Z06666", [_tk_document("Mededeling (uitstel antwoord)")])
    official.add_zaak("2024Z05555", [_tk_document("Mededeling", onderwerp="Mededeling over het intrekken van vragen")])
    assert run("watch", "2021Z09739", "2024Z08888", "2024Z07777", "2024Z06666", "2024Z05555", "2024Z04444")[0] == 0
    code, out, err = run("watch", "--check")
    assert code == 0, err
    lines = sorted(out.splitlines())
    assert lines == [
        "2021Z09739: answered — ah-tk-20202021-3235 (fetched and stored)  [new]",
        "2024Z04444: unknown to the Tweede Kamer  [new]",
        "2024Z05555: withdrawn  [new]",
        "2024Z06666: postponed  [new]",
        "2024Z07777: answered — ah-tk-20232024-1432 (fetched and stored)  [new]",
        "2024Z08888: still open",
    ]
    assert {"ah-tk-20202021-3235", "ah-tk-20232024-1432"} <= library_ids()
    with Library() as lib:
        assert WatchList(lib).unseen() == []  # the command said so: told
    # a second check: the settled ones are not asked about again, nothing is new
    before = len(official.hits())
    code, out, _ = run("watch", "--check")
    assert code == 0 and "[new]" not in out and sorted(line.split(":")[0] for line in out.splitlines()) == [
        "2024Z04444", "2024Z06666", "2024Z08888",
    ]  # fmt: skip
    assert not [h for h in official.hits()[before:] if h.path.startswith("/frbr/")]


def test_an_answer_published_without_its_file_yet_still_counts(official: Official, english: None) -> None:  # noqa: F811
    official.add_set(Set(77, date(2024, 6, 3), "de veerpont naar Oosterwolde", ("Kerkhof",), "2024Z30000", formats=()))
    run("watch", "2024Z30000")
    code, out, err = run("watch", "--check")
    assert (code, err) == (0, "") and out.strip() == "2024Z30000: answered — ah-tk-20232024-77  [new]"
    assert library_ids() == set() and official.hits("/tk/") == []  # KOOP's record said it: the Kamer not asked


def test_watch_check_json(official: Official) -> None:  # noqa: F811
    official.add_zaak("2024Z08888", [_tk_document("Schriftelijke vragen")])
    run("watch", "2024Z08888")
    code, out, _ = run("watch", "--check", "--json")
    assert code == 0 and json.loads(out) == {
        "checks": [
            {"zaak": "2024Z08888", "state": "open", "answer_id": None, "changed": False, "stored": False, "error": None}
        ]
    }


# ---- no connection -------------------------------------------------------------------------------------


@pytest.fixture
def unreachable(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Every service pointed at a port where nothing listens."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    base = f"http://127.0.0.1:{port}"
    monkeypatch.setenv("KAMERVRAGEN_SRU_URL", base + "/sru")
    monkeypatch.setenv("KAMERVRAGEN_ZOEK_URL", base + "/zoek")
    monkeypatch.setenv("KAMERVRAGEN_TK_ODATA_URL", base + "/tk")
    monkeypatch.setenv("LC_ALL", "C")
    yield f"127.0.0.1:{port}"


@pytest.fixture
def silent(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Every service pointed at a socket that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(50)
    base = f"http://127.0.0.1:{listener.getsockname()[1]}"
    monkeypatch.setenv("KAMERVRAGEN_SRU_URL", base + "/sru")
    monkeypatch.setenv("KAMERVRAGEN_ZOEK_URL", base + "/zoek")
    monkeypatch.setenv("KAMERVRAGEN_TK_ODATA_URL", base + "/tk")
    monkeypatch.setenv("LC_ALL", "C")
    write_settings(timeout=2)
    yield base
    listener.close()


COMMANDS = [
    ["fetch", "ah-tk-20202021-3235", CITATION],
    ["search", "--online", "tozo"],
    ["update", "--since", "2024-01-01"],
    ["watch", "--check"],
]


def _run_process(argv: list[str]) -> tuple[int, str, str, float]:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "reader", *argv], capture_output=True, text=True, timeout=60, env=os.environ.copy()
    )
    return done.returncode, done.stdout, done.stderr, time.monotonic() - started


@pytest.mark.parametrize("argv", COMMANDS, ids=[c[0] + ("-online" if "--online" in c else "") for c in COMMANDS])
def test_with_the_servers_refusing_every_command_fails_at_once_with_one_line(unreachable: str, argv: list[str]) -> None:
    with Library() as lib:
        WatchList(lib).add("2024Z12345")
    code, out, err, seconds = _run_process(argv)
    assert code == 1 and "Traceback" not in err and seconds < 60 and out == ""
    assert err.splitlines() == [
        f"No connection to {unreachable}: the connection is refused. Check the internet connection and try again later."
    ] + (["The next update goes on from where this one stopped."] if argv[0] == "update" else [])
    assert library_ids() == set()


@pytest.mark.parametrize("argv", COMMANDS, ids=[c[0] + ("-online" if "--online" in c else "") for c in COMMANDS])
def test_with_the_servers_silent_every_command_fails_within_the_timeout(silent: str, argv: list[str]) -> None:
    with Library() as lib:
        WatchList(lib).add("2024Z12345")
    code, _, err, seconds = _run_process(argv)
    assert code == 1 and "Traceback" not in err and seconds < 20
    assert err.splitlines()[0].endswith("no answer in time. Check the internet connection and try again later.")
    assert library_ids() == set()


def test_the_commands_are_in_the_help(english: None) -> None:
    done = subprocess.run([sys.executable, "-m", "reader", "--help"], capture_output=True, text=True, timeout=60)
    for name in ("fetch", "update", "watch"):
        assert f"\n    {name}" in done.stdout
    done = subprocess.run(
        [sys.executable, "-m", "reader", "search", "--help"], capture_output=True, text=True, timeout=60
    )
    assert "--online" in done.stdout and "--offline" in done.stdout


def test_the_library_does_not_load_the_sources_for_a_local_search() -> None:
    code = "import sys, reader.library.cli as c; c.main_search(['x']); print('reader.sources' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().endswith("False"), done.stderr


def test_a_served_file_is_read_from_the_corpus_not_copied() -> None:
    # the stand-in is written for the tests; no corpus text lives in the repository
    here = Path(__file__).parent / "official_server.py"
    assert "Antwoord op vragen van de leden Van Weyenberg" not in here.read_text(encoding="utf-8")
    assert File(b"x", "text/plain").etag.startswith('"')
