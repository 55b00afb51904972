"""`kamervragen-reader import | search | info` on the command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from synth import make_document

from reader.core.model import Kind
from reader.library import cli
from reader.library.cli import ProgressBar
from reader.library.store import Library


@pytest.fixture(params=["en", "nl"])
def lang(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("LC_ALL", "C" if request.param == "en" else "nl_NL.UTF-8")
    return request.param


def run(main, argv: list[str]) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "docs"
    root.mkdir()
    (root / "a.txt").write_text(make_document(1, subject="de veerpont naar Ouddorp").source_text)
    (root / "b.txt").write_text(
        make_document(2, footnotes=("Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 1",)).source_text
    )
    (root / "c.txt").write_text("Dit is geen Kamervraag.\n")
    return root


@pytest.fixture
def library(tmp_path: Path) -> Path:
    path = tmp_path / "lib.sqlite3"
    with Library(path) as lib:
        lib.add(make_document(1, subject="de veerpont naar Ouddorp", members=(("Inge Gabriëls", "SVU"),)))
        lib.add(
            make_document(
                2,
                footnotes=("Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 1",),
                zie_ook=("ah-tk-20182019-1989",),
                ontvangen=date(2024, 3, 1),
                members=(("Van Aalst", "NVP"),),
            )
        )
        lib.add(
            make_document(
                None, kind=Kind.VRAGEN, zaak="2024Z00001", ingezonden=date(2024, 1, 2), members=(("Van Dam", "NVP"),)
            )
        )
    return path


def test_import_prints_progress_and_a_summary(folder: Path, tmp_path: Path, lang: str) -> None:
    code, out, err = run(cli.main_import, [str(folder), "--library", str(tmp_path / "new.sqlite3")])
    assert code == 1  # one file could not be read
    if lang == "en":
        assert "2 added, 0 updated, 0 unchanged, 1 failed" in out
        assert "Not read:" in out and "c.txt" in out and "does not look like a Kamervragen document" in out
    else:
        assert "2 toegevoegd, 0 bijgewerkt, 0 ongewijzigd, 1 mislukt" in out
        assert "Niet ingelezen:" in out and "lijkt geen document met Kamervragen" in out
    lines = err.splitlines()
    assert lines[0].startswith("[") and lines[-1].endswith("100% 3/3")  # plain lines without a terminal
    code, out, _ = run(cli.main_import, [str(folder / "a.txt"), "--library", str(tmp_path / "new.sqlite3"), "-q"])
    assert code == 0 and ("0 added, 0 updated, 1 unchanged" in out or "1 ongewijzigd" in out)


def test_import_json_summary(folder: Path, tmp_path: Path) -> None:
    _, out, err = run(cli.main_import, [str(folder), "--library", str(tmp_path / "x.sqlite3"), "--json", "-q"])
    summary = json.loads(out)
    assert sorted(summary["added"]) == ["ah-tk-20232024-1", "ah-tk-20232024-2"]
    assert [Path(f["path"]).name for f in summary["failed"]] == ["c.txt"]
    assert err == ""


def test_import_of_nothing_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    (tmp_path / "empty").mkdir()
    code, out, _ = run(cli.main_import, [str(tmp_path / "empty"), "--library", str(tmp_path / "x.sqlite3"), "-q"])
    assert code == 0 and "No files found to import." in out


def test_progress_bar_on_a_terminal_redraws_in_place() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    bar = ProgressBar(stream)
    for i in range(101):
        bar(i, 100, f"/x/file{i}.txt")
    bar.finish()
    text = stream.getvalue()
    assert text.count("\n") == 1 and "\r" in text and "100% 100/100" in text


def test_search_text_output(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    code, out, err = run(cli.main_search, ["veerpont", "--library", str(library)])
    assert code == 0, err
    assert out.startswith("1 result\n")  # one result, not "1 results" (issue 13)
    assert "ah-tk-20232024-1" in out and "Inge Gabriëls (SVU)" in out and "[veerpont]" in out
    assert "answered, 22 days to answer" in out


def test_search_filters_and_json(library: Path) -> None:
    code, out, _ = run(cli.main_search, ["--library", str(library), "--json", "--kind", "vragen", "--status", "open"])
    data = json.loads(out)
    assert code == 0 and data["total"] == 1
    [row] = data["results"]
    assert row["id"] == "kv-tk-2024Z00001" and row["overdue"] is True and row["status"] == "open"
    code, out, _ = run(cli.main_search, ["--library", str(library), "--json", "--lid", "gabriels", "--jaar", "2023"])
    assert [r["id"] for r in json.loads(out)["results"]] == ["ah-tk-20232024-1"]
    code, out, _ = run(cli.main_search, ["--library", str(library), "--json", "--limit", "1", "--offset", "1"])
    data = json.loads(out)
    assert data["total"] == 3 and len(data["results"]) == 1 and data["offset"] == 1


def test_search_syntax_error_is_a_message_not_a_traceback(library: Path, lang: str) -> None:
    code, out, err = run(cli.main_search, ["veerpont", "AND", "--library", str(library)])
    assert code == 2 and out == ""
    assert err.strip() == (
        "Search: AND must stand between two search terms."
        if lang == "en"
        else "Zoekvraag: AND moet tussen twee zoektermen staan."
    )
    code, _, err = run(cli.main_search, ["--status", "vergeten", "--library", str(library)])
    assert code == 2 and "vergeten" in err


def test_info_shows_header_status_citations_and_cited_by(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    code, out, err = run(cli.main_info, ["ah-tk-20232024-2", "--library", str(library)])
    assert code == 0, err
    assert "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-2.html" in out
    assert "Status:           answered" in out
    # in the library: its title; not in the library: the official URL
    assert "note 1    → ah-tk-20232024-1  Vragen van het lid Inge Gabriëls" in out
    assert "See also  → ah-tk-20182019-1989  https://zoek.officielebekendmakingen.nl/ah-tk-20182019-1989.html" in out
    code, out, _ = run(cli.main_info, ["ah-tk-20232024-1", "--library", str(library)])
    assert "Cited by:\n  ah-tk-20232024-2 (note 1)" in out


def test_info_json_and_ids_as_printed_citations(library: Path) -> None:
    code, out, _ = run(
        cli.main_info, ["Aanhangsel", "Handelingen", "II,", "vergaderjaar", "2023–2024,", "nr.", "1", "--json",
                        "--library", str(library)]
    )  # fmt: skip
    data = json.loads(out)
    assert code == 0 and data["id"] == "ah-tk-20232024-1"
    assert [c["id"] for c in data["cited_by"]] == ["ah-tk-20232024-2"]
    code, out, _ = run(cli.main_info, ["ah-tk-20232024-2", "--json", "--library", str(library)])
    cites = json.loads(out)["citations"]
    assert [(c["footnote"], c["id"], c["in_library"]) for c in cites] == [
        (None, "ah-tk-20182019-1989", False),
        (1, "ah-tk-20232024-1", True),
    ]


def test_info_of_a_document_not_in_the_library(library: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C")
    code, out, err = run(cli.main_info, ["ah-tk-20182019-1989", "--library", str(library)])
    assert code == 1 and out == ""
    assert "ah-tk-20182019-1989 is not in the library" in err
    assert "https://zoek.officielebekendmakingen.nl/ah-tk-20182019-1989.html" in err


def test_the_dispatcher_runs_the_library_commands(library: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "reader", "search", "--json", "--library", str(library)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["total"] == 3
