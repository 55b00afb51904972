"""Desktop integration files: one id everywhere, valid .desktop and metainfo, icons, exact install/uninstall."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pytest

from reader import APP_ID, APP_NAME, __version__
from reader.desktop import install as inst

SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MIME_TYPES = ["application/pdf", "application/xml", "text/xml", "text/html", "text/plain"]
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RES = files("reader.resources")


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed (Debian: desktop-file-utils, appstream, libgtk-3-bin)")
    return path


def read_entry(text: str) -> dict[str, str]:
    parser = configparser.RawConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string(text)
    return dict(parser["Desktop Entry"])


def metainfo() -> ET.Element:
    return ET.fromstring((RES / "desktop" / f"{APP_ID}.metainfo.xml").read_bytes())


# --- the files inside the package ---------------------------------------------------------------------------


def test_one_id_everywhere() -> None:
    entry = read_entry(inst.desktop_entry(["/opt/kamervragen-reader"]))
    root = metainfo()
    assert entry["Icon"] == APP_ID
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"  # type: ignore[union-attr]
    assert root.findtext("icon") == APP_ID
    plan = inst.planned_files(["/opt/kamervragen-reader"])
    assert Path("applications") / f"{APP_ID}.desktop" in plan
    assert Path("metainfo") / f"{APP_ID}.metainfo.xml" in plan
    icon_names = {rel.name for rel in plan if rel.parts[0] == "icons"}
    assert icon_names == {f"{APP_ID}.png", f"{APP_ID}.svg"}


def test_entry_lists_the_formats_and_opens_files() -> None:
    entry = read_entry(inst.desktop_entry(["/opt/kamervragen-reader"]))
    assert entry["MimeType"].rstrip(";").split(";") == MIME_TYPES
    assert entry["Exec"] == "/opt/kamervragen-reader %F"
    assert entry["TryExec"] == "/opt/kamervragen-reader"
    assert entry["Name"] == APP_NAME
    assert entry["Comment[nl]"] and entry["GenericName[nl]"]
    assert "SingleMainWindow" not in entry  # Debian 12's validator rejects it


def test_metainfo_content() -> None:
    root = metainfo()
    assert root.get("type") == "desktop-application"
    for tag in ("name", "summary"):
        langs = {el.get(XML_LANG) for el in root.findall(tag)}
        assert langs == {None, "nl"}, tag
    description = root.find("description")
    assert description is not None
    assert {p.get(XML_LANG) for p in description.findall("p")} == {None, "nl"}
    assert root.find("content_rating").get("type") == "oars-1.1"  # type: ignore[union-attr]
    assert [el.text for el in root.findall("provides/mediatype")] == MIME_TYPES
    assert root.find("url[@type='homepage']").text.startswith("https://")  # type: ignore[union-attr]
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    images = [el.text or "" for el in root.findall("screenshots/screenshot/image")]
    assert images and all(url.startswith("https://") and "/docs/screenshots/" in url for url in images)


def test_icons_at_every_size(qapp: object) -> None:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    hicolor = RES / "icons" / "hicolor"
    for size in SIZES:
        data = (hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()
        image = QImage.fromData(data)
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255
        assert image.pixelColor(0, 0).alpha() == 0  # rounded corner: transparent
    svg = (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes()
    from PySide6.QtCore import QByteArray

    assert QSvgRenderer(QByteArray(svg)).isValid()


def test_committed_pngs_are_current(qapp: object) -> None:
    """The PNGs are what tools/render_icons.py makes from the SVG now (same Qt: pixel-identical, else close)."""
    from PySide6.QtGui import QImage

    root = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(root / "tools"))
    try:
        import render_icons
    finally:
        sys.path.remove(str(root / "tools"))
    for size in (16, 48, 256):
        fresh = render_icons.render(size)
        committed = QImage(str(render_icons.png_path(size))).convertToFormat(fresh.format())
        diff = max(
            abs(fresh.pixelColor(x, y).alpha() - committed.pixelColor(x, y).alpha())
            for x in range(0, size, max(1, size // 32))
            for y in range(0, size, max(1, size // 32))
        )
        assert diff <= 8, f"{size}px differs from the SVG: run tools/render_icons.py"


# --- validators (fail, not skip, when the tool is there) ---------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["/home/anna/.local/bin/kamervragen-reader"],
        ["/home/anna/My Programs/kamervragen reader/kamervragen-reader"],
        ['/opt/odd "dir" $HOME `x` back\\slash 100%/kamervragen-reader'],
        ["/usr/bin/python3", "-m", "reader"],
    ],
)
def test_desktop_file_validate(tmp_path: Path, command: list[str]) -> None:
    tool = need("desktop-file-validate")
    path = tmp_path / f"{APP_ID}.desktop"
    path.write_text(inst.desktop_entry(command), encoding="utf-8")
    result = subprocess.run([tool, str(path)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_appstreamcli_validate(tmp_path: Path) -> None:
    tool = need("appstreamcli")
    path = tmp_path / f"{APP_ID}.metainfo.xml"
    path.write_bytes((RES / "desktop" / f"{APP_ID}.metainfo.xml").read_bytes())
    result = subprocess.run([tool, "validate", "--no-net", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_appstreamcli_validate_tree(tmp_path: Path) -> None:
    """The installed set together: the metainfo's launchable names the installed .desktop file, icons found."""
    tool = need("appstreamcli")
    inst.install(tmp_path / "usr" / "share", ["/usr/bin/kamervragen-reader"])
    result = subprocess.run([tool, "validate-tree", "--no-net", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# --- Exec= quoting and the launcher ---------------------------------------------------------------------------


def unquote_exec(value: str) -> list[str]:
    """Parse an Exec= value back into arguments, as a desktop environment does (string unescape, then quotes)."""
    text = value.replace("\\\\", "\0").replace("\\s", " ").replace("\0", "\\")  # string-value unescaping
    args, current, i, quoted, started = [], "", 0, False, False
    while i < len(text):
        ch = text[i]
        if quoted:
            if ch == "\\" and i + 1 < len(text) and text[i + 1] in '"`$\\':
                current += text[i + 1]
                i += 1
            elif ch == '"':
                quoted = False
            else:
                current += ch
        elif ch == '"':
            quoted, started = True, True
        elif ch == " ":
            if started or current:
                args.append(current)
            current, started = "", False
        else:
            current += ch
        i += 1
    if started or current:
        args.append(current)
    return [a.replace("%%", "%") for a in args]


@pytest.mark.parametrize(
    "arg",
    ["/plain/path", "/with space/x", '/q"uote', "/dollar$x", "/back\\slash", "/tick`x", "/100%", "/ü/ñ", "/a'b"],
)
def test_exec_quote_round_trips(arg: str) -> None:
    assert unquote_exec(inst.exec_quote(arg) + " %F") == [arg, "%F"]


def test_launcher_choices(tmp_path: Path) -> None:
    bundle = tmp_path / "dist" / "kamervragen-reader" / "kamervragen-reader"
    assert inst.launcher(frozen=True, executable=str(bundle), environ={}) == [str(bundle)]
    appimage = tmp_path / "Kamervragen.AppImage"
    appimage.write_bytes(b"")
    assert inst.launcher(frozen=True, executable=str(bundle), environ={"APPIMAGE": str(appimage)}) == [str(appimage)]

    venv_bin = tmp_path / "venv with space" / "bin"
    venv_bin.mkdir(parents=True)
    python = venv_bin / "python"
    python.write_bytes(b"")
    script = venv_bin / "kamervragen-reader"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    assert inst.launcher(frozen=False, executable=str(python), argv0="whatever", environ={}) == [str(script)]

    script.unlink()
    elsewhere = tmp_path / "bin" / "kamervragen-reader"
    elsewhere.parent.mkdir()
    elsewhere.write_text("#!/bin/sh\n")
    link = tmp_path / "link-to-launcher"
    link.mkdir()
    (link / "kamervragen-reader").symlink_to(elsewhere)
    found = inst.launcher(frozen=False, executable=str(python), argv0=str(link / "kamervragen-reader"), environ={})
    assert found == [str(elsewhere.resolve())]
    assert inst.launcher(frozen=False, executable=str(python), argv0="-c", environ={}) == [str(python), "-m", "reader"]


def test_launcher_here_is_absolute() -> None:
    command = inst.launcher()
    assert os.path.isabs(command[0]) and os.path.exists(command[0])


# --- install and uninstall -------------------------------------------------------------------------------------


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file (content) and folder (None) under root."""
    result: dict[str, bytes | None] = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        result[rel] = None if path.is_dir() and not path.is_symlink() else path.read_bytes()
    return result


def expected_paths() -> set[str]:
    paths = {
        f"applications/{APP_ID}.desktop",
        f"metainfo/{APP_ID}.metainfo.xml",
        "kamervragen-reader/installed-files.txt",
    }
    paths |= {f"icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in SIZES}
    paths.add(f"icons/hicolor/scalable/apps/{APP_ID}.svg")
    return paths


def test_install_uninstall_round_trip_in_empty_data_home(tmp_path: Path) -> None:
    home = tmp_path / "share"
    home.mkdir()
    result = inst.install(home, ["/opt/kv/kamervragen-reader"])
    after = snapshot(home)
    files_written = {rel for rel, content in after.items() if content is not None}
    assert expected_paths() <= files_written
    assert files_written - expected_paths() <= {"applications/mimeinfo.cache"}
    assert {p.as_posix() for p in result.files} == expected_paths()
    entry = read_entry(after[f"applications/{APP_ID}.desktop"].decode())  # type: ignore[union-attr]
    assert entry["Exec"] == "/opt/kv/kamervragen-reader %F"
    if shutil.which("update-desktop-database"):
        cache = after["applications/mimeinfo.cache"].decode()  # type: ignore[union-attr]
        assert f"application/pdf={APP_ID}.desktop;" in cache
    assert (home / f"applications/{APP_ID}.desktop").stat().st_mode & 0o777 == 0o644

    removed = inst.uninstall(home)
    assert removed is not None and {p.as_posix() for p in removed.files} == expected_paths()
    assert snapshot(home) == {}
    assert inst.uninstall(home) is None  # nothing installed any more


def populate(home: Path) -> None:
    """Another application's entry, icon and metainfo, with their caches, and the reader's own library."""
    (home / "applications").mkdir(parents=True)
    (home / "applications" / "org.example.Other.desktop").write_text(
        "[Desktop Entry]\nType=Application\nName=Other\nExec=/usr/bin/other %f\nMimeType=application/pdf;\n"
    )
    (home / "applications" / "mimeapps.list").write_text(
        "[Default Applications]\napplication/pdf=org.example.Other.desktop\n"
    )
    icons = home / "icons" / "hicolor" / "48x48" / "apps"
    icons.mkdir(parents=True)
    (icons / "org.example.Other.png").write_bytes(b"\x89PNG fake")
    (home / "metainfo").mkdir()
    (home / "metainfo" / "org.example.Other.metainfo.xml").write_text("<component/>")
    (home / "Kamervragen Reader").mkdir()
    (home / "Kamervragen Reader" / "library.sqlite3").write_bytes(b"SQLite format 3\0")
    if shutil.which("update-desktop-database"):
        subprocess.run(["update-desktop-database", "-q", str(home / "applications")], check=True)


def test_round_trip_touches_nothing_else(tmp_path: Path) -> None:
    home = tmp_path / "share"
    populate(home)
    before = snapshot(home)
    inst.install(home, ["/opt/kv/kamervragen-reader"])
    during = snapshot(home)
    for rel, content in before.items():
        if rel != "applications/mimeinfo.cache":
            assert during[rel] == content, rel  # nothing of anyone else's changed
    assert (home / "applications" / "mimeapps.list").read_text() == before["applications/mimeapps.list"].decode()  # type: ignore[union-attr]
    inst.install(home, ["/opt/kv2/kamervragen-reader"])  # again, from elsewhere: replaces
    assert "Exec=/opt/kv2/kamervragen-reader %F" in (home / "applications" / f"{APP_ID}.desktop").read_text()
    inst.uninstall(home)
    assert snapshot(home) == before


def test_uninstall_removes_only_what_the_manifest_names(tmp_path: Path) -> None:
    home = tmp_path / "share"
    home.mkdir()
    inst.install(home, ["/opt/kv/kamervragen-reader"])
    mine = home / "icons" / "hicolor" / "48x48" / "apps" / "my-own.png"  # added by the user meanwhile
    mine.write_bytes(b"mine")
    manifest = home / "kamervragen-reader" / "installed-files.txt"
    manifest.write_text(manifest.read_text() + "file\t../outside.txt\nfile\t/etc/passwd\n")
    (tmp_path / "outside.txt").write_text("keep")
    inst.uninstall(home)
    assert mine.read_bytes() == b"mine"
    assert (tmp_path / "outside.txt").read_text() == "keep"
    assert sorted(p.relative_to(home).as_posix() for p in home.rglob("*")) == [
        "icons",
        "icons/hicolor",
        "icons/hicolor/48x48",
        "icons/hicolor/48x48/apps",
        "icons/hicolor/48x48/apps/my-own.png",
    ]


def test_existing_icon_cache_is_refreshed_not_created(tmp_path: Path) -> None:
    tool = need("gtk-update-icon-cache")
    home = tmp_path / "share"
    home.mkdir()
    inst.install(home, ["/opt/kv/kamervragen-reader"])
    assert not (home / "icons" / "hicolor" / "icon-theme.cache").exists()
    inst.uninstall(home)

    populate(home)
    theme = home / "icons" / "hicolor"
    subprocess.run([tool, "-q", "-t", "-f", str(theme)], check=True)
    before = snapshot(home)
    inst.install(home, ["/opt/kv/kamervragen-reader"])
    assert APP_ID.encode() in (theme / "icon-theme.cache").read_bytes()
    inst.uninstall(home)
    assert APP_ID.encode() not in (theme / "icon-theme.cache").read_bytes()
    after = snapshot(home)
    assert set(after) == set(before)
    assert {k for k in before if before[k] != after[k]} <= {"icons/hicolor/icon-theme.cache"}


def test_main_messages_dutch_and_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    home = tmp_path / "xdg"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.setenv("LC_ALL", "nl_NL.UTF-8")
    assert inst.main(["--install-desktop"]) == 0
    out = capsys.readouterr().out
    assert "geïnstalleerd voor deze gebruiker" in out and "Openen met" in out
    assert (home / "applications" / f"{APP_ID}.desktop").is_file()
    monkeypatch.setenv("LC_ALL", "C")
    assert inst.main(["--uninstall-desktop"]) == 0
    assert "removed from the applications menu" in capsys.readouterr().out
    assert inst.main(["--uninstall-desktop", "--lang", "nl"]) == 0
    assert "Niets te verwijderen" in capsys.readouterr().out
    assert not any(home.rglob("*"))


def test_main_reports_failure(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    monkeypatch.setenv("LC_ALL", "C")
    assert inst.main(["--install-desktop"]) == 1
    assert capsys.readouterr().err.startswith("Failed:")


def test_command_line_entry(tmp_path: Path) -> None:
    """`python -m reader.desktop.install` works without a display and without Qt widgets."""
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "xdg"), "LC_ALL": "C"}
    code = "import sys, reader.desktop.install as i; r = i.main(sys.argv[1:]); "
    code += "assert 'PySide6.QtWidgets' not in sys.modules; sys.exit(r)"
    for flag in ("--install-desktop", "--uninstall-desktop"):
        done = subprocess.run([sys.executable, "-c", code, flag], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
    assert not any((tmp_path / "xdg").rglob("*"))
