"""Installing the desktop entry never changes which program opens PDF, text, HTML or XML by default, while the
reader is offered under "Open with" (issue 13); uninstalling leaves the user's mimeapps.list as it was. Checked
with the desktop's own answer (`gio mime`), in throwaway XDG folders."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from reader import APP_ID
from reader.desktop import install as inst

OURS = f"{APP_ID}.desktop"
OTHER = "org.example.Viewer.desktop"


@pytest.fixture
def desktop(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A system folder with another PDF and text viewer (before /usr/share, for its MIME database), and an
    empty user data and config folder."""
    if shutil.which("gio") is None:
        pytest.skip("gio is not installed (Debian: libglib2.0-bin); .ci/run installs it")
    system = tmp_path / "system"
    (system / "applications").mkdir(parents=True)
    (system / "applications" / OTHER).write_text(
        "[Desktop Entry]\nType=Application\nName=Viewer\nExec=/bin/true %F\nMimeType=application/pdf;text/plain;\n"
    )
    subprocess.run(["update-desktop-database", "-q", str(system / "applications")], check=False)
    home, config = tmp_path / "share", tmp_path / "config"
    home.mkdir()
    config.mkdir()
    monkeypatch.setenv("XDG_DATA_DIRS", f"{system}:/usr/share")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return home, config


def gio_mime(mime: str) -> tuple[str | None, list[str]]:
    """The default and the registered programs for `mime`, as the desktop says them."""
    out = subprocess.run(["gio", "mime", mime], capture_output=True, text=True, env={**os.environ, "LC_ALL": "C"})
    default, registered, section = None, [], ""
    for line in out.stdout.splitlines():
        if line.startswith("Default application for"):
            default = line.rsplit(":", 1)[1].strip()
        elif not line.startswith("\t"):
            section = line
        elif section.startswith("Registered"):
            registered.append(line.strip())
    return default, registered


def test_installing_keeps_the_default_pdf_and_text_programs(desktop: tuple[Path, Path]) -> None:
    home, config = desktop
    before = {m: gio_mime(m)[0] for m in inst.mime_types()}
    assert before["application/pdf"] == OTHER and before["text/plain"] == OTHER

    inst.install(home, ["/bin/true"], config)
    after = {m: gio_mime(m) for m in inst.mime_types()}
    assert {m: d for m, (d, _) in after.items()} == before  # nothing changed hands
    assert OURS in after["application/pdf"][1]  # and "Open with" offers the reader

    inst.uninstall(home, config)
    assert not (config / "mimeapps.list").exists()  # install made it, uninstall took it away again
    assert {m: gio_mime(m)[0] for m in inst.mime_types()} == before


def test_the_users_own_choices_and_file_stay_as_they_are(desktop: tuple[Path, Path]) -> None:
    home, config = desktop
    own = (
        "# my choices\n[Added Associations]\nimage/png=org.example.Viewer.desktop;\n\n"
        "[Default Applications]\ntext/plain=org.example.Viewer.desktop;\n"
    )
    (config / "mimeapps.list").write_text(own)
    inst.install(home, ["/bin/true"], config)
    text = (config / "mimeapps.list").read_text()
    assert text.startswith(own.rstrip("\n"))  # the user's lines first and unchanged
    assert "text/plain=org.example.Viewer.desktop;" in text and text.count("text/plain=") == 1
    assert f"application/pdf={OTHER};" in text  # the program that opened PDFs, written down
    assert gio_mime("application/pdf")[0] == OTHER

    inst.install(home, ["/bin/true"], config)  # again: nothing written twice
    assert (config / "mimeapps.list").read_text() == text
    inst.uninstall(home, config)
    assert (config / "mimeapps.list").read_text() == own


def test_a_changed_choice_is_not_undone(desktop: tuple[Path, Path]) -> None:
    """The user picked another default after installing: uninstall leaves that line alone."""
    home, config = desktop
    inst.install(home, ["/bin/true"], config)
    path = config / "mimeapps.list"
    path.write_text(path.read_text().replace(f"application/pdf={OTHER};", f"application/pdf={OURS};"))
    inst.uninstall(home, config)
    assert f"application/pdf={OURS};" in path.read_text()


def test_a_newline_in_the_install_path_never_adds_a_key(tmp_path: Path) -> None:
    entry = inst.desktop_entry([str(tmp_path / "a\nExec=evil" / "kamervragen-reader")])
    lines = entry.splitlines()
    assert sum(1 for line in lines if line.startswith("Exec=")) == 1
    assert sum(1 for line in lines if line.startswith("TryExec=")) == 1
    assert not any(line.startswith("Exec=evil") for line in lines)
    exec_line = next(line for line in lines if line.startswith("Exec="))
    assert "\\n" in exec_line
