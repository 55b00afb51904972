"""The one command line: every command under one parser, help in the interface language, the window as the
default command, and output into a pipe that closes early ending quietly (issues 10 and 14)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader import cli
from reader.core import i18n

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"


def run(*args: str, lang: str = "C", stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang, "QT_QPA_PLATFORM": "offscreen"}
    for var in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        env.pop(var, None)
    return subprocess.run(
        [sys.executable, "-m", "reader", *args], capture_output=True, text=True, env=env, timeout=120, input=stdin
    )


def test_every_command_is_in_the_one_parser() -> None:
    parser = cli.build_parser()
    help_text = parser.format_help()
    for name in cli.COMMANDS:
        assert name in help_text
    for name, command in cli.COMMANDS.items():  # each command's arguments load from its own layer
        configure, run_ = command.functions()
        assert callable(configure) and callable(run_), name


@pytest.mark.parametrize(
    ("lang", "words"), [("nl_NL.UTF-8", ("gebruik:", "opdrachten")), ("C", ("usage:", "commands"))]
)
def test_help_follows_the_locale(lang: str, words: tuple[str, str]) -> None:
    done = run("--help", lang=lang)
    assert done.returncode == 0
    for word in words:
        assert word in done.stdout


def test_lang_option_wins_over_the_locale() -> None:
    done = run("--lang", "nl", "search", "--help", lang="C")
    assert "gebruik:" in done.stdout and "oudste (laagste) eerst" in done.stdout
    done = run("search", "--help", "--lang", "en", lang="nl_NL.UTF-8")
    assert "usage:" in done.stdout and "oldest (lowest) first" in done.stdout


def test_a_usage_error_is_one_line_in_the_language_with_status_2() -> None:
    done = run("parse", lang="nl_NL.UTF-8")
    assert done.returncode == 2
    assert "fout: deze argumenten zijn verplicht: FILE" in done.stderr
    assert "Traceback" not in done.stderr


def test_files_without_a_command_go_to_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    import reader.gui.app as app

    monkeypatch.setattr(app, "run", lambda options: seen.append(options) or 0)
    assert cli.main(["a.pdf", "b.xml", "--lang", "en"]) == 0
    assert seen and seen[0].files == ["a.pdf", "b.xml"] and seen[0].command == "open"  # type: ignore[attr-defined]
    assert i18n.language() == "en"


def _closed_pipe(*args: str) -> subprocess.CompletedProcess[bytes]:
    """`kamervragen-reader ARGS | head -c 1`: the reader's stdout closes after one byte."""
    env = {**os.environ, "LANG": "C", "QT_QPA_PLATFORM": "offscreen"}
    script = f"{sys.executable} -m reader " + " ".join(f"'{a}'" for a in args) + " | head -c 1 >/dev/null"
    return subprocess.run(["bash", "-o", "pipefail", "-c", script], capture_output=True, env=env, timeout=120)


def test_output_into_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    many = [str(SAMPLES / name) for name in sorted(os.listdir(SAMPLES)) if name.endswith((".txt", ".xml"))] * 40
    done = _closed_pipe("parse", "--jsonl", *many)
    assert b"Traceback" not in done.stderr and b"BrokenPipe" not in done.stderr, done.stderr[-2000:]
    assert done.returncode in (0, 141)  # killed by SIGPIPE, as other tools report it

    library = tmp_path / "lib.sqlite3"
    imported = run("import", "-q", str(SAMPLES), "--library", str(library))
    assert imported.returncode == 0, imported.stderr
    for args in (
        ("search", "--library", str(library), "--limit", "50"),
        ("info", "ah-tk-20242025-1807", "--library", str(library)),
    ):
        done = _closed_pipe(*args)
        assert b"Traceback" not in done.stderr, done.stderr[-2000:]


def test_every_command_finds_the_library_in_the_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without KAMERVRAGEN_LIBRARY the library is in the data folder, for every command alike (import wrote to
    one place and info read another when each layer had its own default)."""
    monkeypatch.delenv("KAMERVRAGEN_LIBRARY")
    data = tmp_path / "data"
    monkeypatch.setenv("KAMERVRAGEN_DATA_DIR", str(data))
    sample = ROOT / "resources" / "samples"
    text = sorted(sample.glob("*.txt"))[0]
    done = run("import", str(text), "-q")
    assert done.returncode == 0, done.stderr
    assert (data / "library.sqlite3").is_file()
    listed = run("search", "--json")
    assert '"total": 1' in listed.stdout, listed.stdout + listed.stderr
    doc_id = listed.stdout.split('"id": "')[1].split('"')[0]
    info = run("info", doc_id)
    assert info.returncode == 0 and doc_id in info.stdout, info.stdout + info.stderr
