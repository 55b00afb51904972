"""Install the desktop entry, icons and AppStream metainfo for the current user, and remove exactly those.

    kamervragen-reader --install-desktop      (also: python -m reader.desktop.install --install-desktop)
    kamervragen-reader --uninstall-desktop

pip and pipx install no .desktop file where the desktop looks, so the application installs its own, from the
files inside the installed package (`reader.resources`: `desktop/ID.desktop.in`, `desktop/ID.metainfo.xml`,
`icons/hicolor/…`), into `$XDG_DATA_HOME` (default `~/.local/share`):

    applications/ID.desktop                 Exec= the absolute path of this installation's launcher, %F
    icons/hicolor/NxN/apps/ID.png           16 … 512, and scalable/apps/ID.svg
    metainfo/ID.metainfo.xml
    kamervragen-reader/installed-files.txt  the manifest: what was written, which folders were created

`ID` is `reader.APP_ID` everywhere. The entry lists the formats the reader opens in `MimeType=`, so it appears
under "Open with". It never takes over a format: a desktop with no explicit default for a type opens it with
the first program that lists it, and an entry in the user's own folder comes first. So before writing the
entry, install asks the desktop (`gio mime`, else `xdg-mime`) which program opens each type now; where that
is another program and the user has chosen none explicitly, that program is written down as the default in
the user's `mimeapps.list` (`$XDG_CONFIG_HOME`), and the manifest remembers each line. Uninstalling removes
the files named in the manifest, those `mimeapps.list` lines (when they still say what install wrote), the
folders install created (when empty), and refreshes the desktop database; nothing else is touched. A type
that no program opened before is the one case where the reader becomes the program that opens it.
`update-desktop-database` runs when present; `gtk-update-icon-cache` only refreshes an icon cache that already
exists (creating one in the user's icon folder would hide icons that other programs add later without
refreshing it).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from reader import APP_ID, APP_NAME
from reader.core.i18n import tr

LAUNCHER_NAME = "kamervragen-reader"
MANIFEST = Path("kamervragen-reader") / "installed-files.txt"
MANIFEST_HEADER = f"# {APP_NAME}: files written by --install-desktop; --uninstall-desktop removes exactly these\n"
MIME_CACHE = Path("applications") / "mimeinfo.cache"
MIMEAPPS = "mimeapps.list"
DEFAULTS_SECTION = "[Default Applications]"
ICON_THEME = Path("icons") / "hicolor"

# Characters that make an Exec argument need quoting (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")

# --- where ------------------------------------------------------------------------------------------------


def data_home() -> Path:
    """$XDG_DATA_HOME when it is an absolute path (the spec says to ignore a relative one), else ~/.local/share."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    home = os.environ.get("HOME") or os.path.expanduser("~")
    if not home or not os.path.isabs(home):
        raise OSError(tr("desktop_no_home"))
    return Path(home) / ".local" / "share"


def launcher(
    *,
    frozen: bool | None = None,
    executable: str | None = None,
    argv0: str | None = None,
    environ: dict[str, str] | None = None,
) -> list[str]:
    """The absolute command that starts this installation of the application (before the file arguments).

    Frozen (PyInstaller bundle): the bundle's executable (or the AppImage when running from one). Installed
    with pip/pipx: the `kamervragen-reader` script beside the interpreter (venv/bin). Otherwise the resolved
    sys.argv[0] when it is that script, and as a last resort `python -m reader` with this interpreter.
    The keyword arguments exist for tests.
    """
    env = os.environ if environ is None else environ
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = sys.executable if executable is None else executable
    argv0 = (sys.argv[0] if sys.argv else "") if argv0 is None else argv0
    if frozen:
        appimage = env.get("APPIMAGE", "")
        if appimage and os.path.isabs(appimage) and os.path.isfile(appimage):
            return [appimage]
        return [os.path.abspath(executable)]
    # not resolved: in a virtual environment bin/python is a symlink to the base interpreter
    beside = Path(os.path.abspath(executable)).with_name(LAUNCHER_NAME)
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    if argv0 and Path(argv0).name == LAUNCHER_NAME:
        found = shutil.which(argv0) if os.sep not in argv0 else argv0
        if found and os.path.isfile(found):
            return [str(Path(found).resolve())]
    return [os.path.abspath(executable), "-m", "reader"]


def exec_quote(arg: str) -> str:
    """One argument of an Exec= value: quoted per the Desktop Entry spec, then escaped as a string value."""
    arg = arg.replace("%", "%%")
    if arg and not any(ch in _RESERVED for ch in arg):
        quoted = arg
    else:
        inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg)
        quoted = f'"{inner}"'
    # the general escape rules of string values apply on top: a backslash is written as two, and a newline,
    # tab or carriage return as its escape (a raw newline would end the key and start another)
    return _string_value(quoted)


def _string_value(text: str) -> str:
    """A plain string value (TryExec=): backslash and control characters escaped."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")


# --- what -------------------------------------------------------------------------------------------------


def _resources() -> Traversable:
    return files("reader.resources")


def desktop_entry(command: list[str] | None = None) -> str:
    """The text of the .desktop file for this installation."""
    command = launcher() if command is None else command
    template = (_resources() / "desktop" / f"{APP_ID}.desktop.in").read_text(encoding="utf-8")
    return (
        template.replace("@APP_ID@", APP_ID)
        .replace("@TRYEXEC@", _string_value(command[0]))
        .replace("@EXEC@", " ".join(exec_quote(part) for part in command))
    )


def _icon_files() -> Iterator[tuple[Path, Traversable]]:
    hicolor = _resources() / "icons" / "hicolor"
    for size_dir in sorted(hicolor.iterdir(), key=lambda t: t.name):
        apps = size_dir / "apps"
        if not size_dir.is_dir() or not apps.is_dir():
            continue
        for icon in sorted(apps.iterdir(), key=lambda t: t.name):
            if icon.is_file() and icon.name in (f"{APP_ID}.png", f"{APP_ID}.svg"):
                yield ICON_THEME / size_dir.name / "apps" / icon.name, icon


def planned_files(command: list[str] | None = None) -> dict[Path, bytes]:
    """Every file install writes: its path relative to the data folder, and its content."""
    plan: dict[Path, bytes] = {Path("applications") / f"{APP_ID}.desktop": desktop_entry(command).encode("utf-8")}
    for rel, source in _icon_files():
        plan[rel] = source.read_bytes()
    metainfo = _resources() / "desktop" / f"{APP_ID}.metainfo.xml"
    plan[Path("metainfo") / f"{APP_ID}.metainfo.xml"] = metainfo.read_bytes()
    return plan


# --- who opens a type now ----------------------------------------------------------------------------------


def mime_types() -> list[str]:
    """The types the entry lists in MimeType=."""
    for line in desktop_entry(["x"]).splitlines():
        if line.startswith("MimeType="):
            return [t for t in line.removeprefix("MimeType=").split(";") if t]
    return []


def config_home() -> Path:
    """$XDG_CONFIG_HOME when absolute, else ~/.config."""
    value = os.environ.get("XDG_CONFIG_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    home = os.environ.get("HOME") or os.path.expanduser("~")
    if not home or not os.path.isabs(home):
        raise OSError(tr("desktop_no_home"))
    return Path(home) / ".config"


def current_default(mime: str) -> str | None:
    """The desktop id that opens `mime` now, as the desktop decides it (gio, else xdg-mime); None when none."""
    env = {**os.environ, "LC_ALL": "C", "LANGUAGE": ""}
    if shutil.which("gio"):
        out = _output(["gio", "mime", mime], env)
        for line in out.splitlines():
            if line.startswith("Default application for"):
                return line.rsplit(":", 1)[1].strip() or None
        return None
    if shutil.which("xdg-mime"):
        return _output(["xdg-mime", "query", "default", mime], env).strip() or None
    return None


def _output(args: list[str], env: dict[str, str]) -> str:
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=30, env=env)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout if done.returncode == 0 else ""


def explicit_defaults(path: Path) -> dict[str, str]:
    """The [Default Applications] of a mimeapps.list: type → its value as written."""
    found: dict[str, str] = {}
    section = ""
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return found
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("["):
            section = stripped
        elif section == DEFAULTS_SECTION and "=" in stripped and not stripped.startswith("#"):
            key, _, value = stripped.partition("=")
            found[key.strip()] = value.strip()
    return found


def _pin_line(mime: str, desktop_id: str) -> str:
    return f"{mime}={desktop_id};"


def add_pins(path: Path, pins: dict[str, str]) -> None:
    """Add `type=id;` lines to the [Default Applications] section (made when missing); nothing else changes."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    new = [_pin_line(m, d) for m, d in pins.items()]
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == DEFAULTS_SECTION)
    except StopIteration:
        if lines and lines[-1].strip():
            lines.append("")
        lines += [DEFAULTS_SECTION, *new]
    else:
        end = start + 1
        while end < len(lines) and not lines[end].strip().startswith("["):
            end += 1
        while end > start + 1 and not lines[end - 1].strip():
            end -= 1  # after the section's last entry, before its trailing blank lines
        lines[end:end] = new
    path.parent.mkdir(parents=True, exist_ok=True)
    _write(path, ("\n".join(lines) + "\n").encode("utf-8"))


def remove_pins(path: Path, pins: dict[str, str], created: bool) -> None:
    """Remove exactly the lines `add_pins` wrote (when still there, unchanged); the file too when install made
    it and nothing else is left in it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, UnicodeDecodeError):
        return
    ours = {_pin_line(m, d) for m, d in pins.items()}
    kept = [line for line in lines if line.strip() not in ours]
    if created and all(not line.strip() or line.strip() == DEFAULTS_SECTION for line in kept):
        path.unlink(missing_ok=True)
    elif kept != lines:
        _write(path, ("\n".join(kept) + "\n").encode("utf-8"))


# --- the manifest -----------------------------------------------------------------------------------------


@dataclass
class Manifest:
    """What install wrote: files, the folders it created, the caches it created (all relative to the data folder),
    and the defaults it wrote down in the user's mimeapps.list (type → desktop id; whether it made that file)."""

    files: list[Path] = field(default_factory=list)
    dirs: list[Path] = field(default_factory=list)
    caches: list[Path] = field(default_factory=list)
    pins: dict[str, str] = field(default_factory=dict)
    mimeapps_created: bool = False

    def dump(self) -> str:
        lines = [MANIFEST_HEADER]
        lines += [f"file\t{p.as_posix()}\n" for p in self.files]
        lines += [f"dir\t{p.as_posix()}\n" for p in self.dirs]
        lines += [f"cache\t{p.as_posix()}\n" for p in self.caches]
        lines += [f"pin\t{mime}\t{desktop_id}\n" for mime, desktop_id in self.pins.items()]
        if self.mimeapps_created:
            lines.append("mimeapps\tcreated\n")
        return "".join(lines)

    @classmethod
    def load(cls, text: str) -> Manifest:
        manifest = cls()
        for line in text.splitlines():
            kind, _, value = line.partition("\t")
            if kind == "pin":
                mime, _, desktop_id = value.partition("\t")
                if "/" in mime and desktop_id.endswith(".desktop") and "\n" not in desktop_id:
                    manifest.pins[mime] = desktop_id
                continue
            if kind == "mimeapps":
                manifest.mimeapps_created = value == "created"
                continue
            rel = Path(value)
            if not value or rel.is_absolute() or ".." in rel.parts:
                continue  # a comment, or a line that could point outside the data folder
            {"file": manifest.files, "dir": manifest.dirs, "cache": manifest.caches}.get(kind, []).append(rel)
        return manifest


def read_manifest(home: Path) -> Manifest | None:
    try:
        return Manifest.load((home / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


# --- doing it ---------------------------------------------------------------------------------------------


@dataclass
class Result:
    home: Path
    files: list[Path]
    command: list[str] = field(default_factory=list)


def _make_dirs(home: Path, rel_dir: Path, created: list[Path]) -> None:
    """Create rel_dir under home, recording each folder that did not exist (outermost first)."""
    current = Path()
    for part in rel_dir.parts:
        current /= part
        target = home / current
        if not target.is_dir():
            target.mkdir()
            if current not in created:
                created.append(current)


def _write(path: Path, content: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_bytes(content)
    tmp.chmod(0o644)
    os.replace(tmp, path)


def _run_quietly(args: list[str]) -> bool:
    if shutil.which(args[0]) is None:
        return False
    try:
        return subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=60).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _refresh(home: Path) -> None:
    applications = home / "applications"
    if applications.is_dir():
        _run_quietly(["update-desktop-database", "-q", str(applications)])
    theme = home / ICON_THEME
    if theme.is_dir():
        if (theme / "icon-theme.cache").is_file():
            _run_quietly(["gtk-update-icon-cache", "-q", "-t", "-f", str(theme)])
        os.utime(theme)  # what `xdg-icon-resource` does: icon themes watch the folder's time


def keep_current_defaults(old: Manifest, mimeapps: Path) -> tuple[dict[str, str], bool]:
    """Before the entry is written: for each type another program opens now without an explicit choice of
    the user, that program, to be written down as the default (see the module docstring)."""
    chosen = explicit_defaults(mimeapps)
    pins = dict(old.pins)
    created = old.mimeapps_created
    wanted: dict[str, str] = {}
    for mime in mime_types():
        if mime in chosen or mime in pins:
            continue
        default = current_default(mime)
        if default and default != f"{APP_ID}.desktop":
            wanted[mime] = default
    if wanted:
        created = created or not mimeapps.exists()
        add_pins(mimeapps, wanted)
        pins.update(wanted)
    return pins, created


def install(home: Path | None = None, command: list[str] | None = None, config: Path | None = None) -> Result:
    """Write the entry, icons and metainfo for the current user; a repeated install replaces the previous one."""
    home = data_home() if home is None else home
    config = config_home() if config is None else config
    command = launcher() if command is None else command
    plan = planned_files(command)
    old = read_manifest(home) or Manifest()
    pins, created = keep_current_defaults(old, config / MIMEAPPS)
    new = Manifest(files=list(plan), dirs=list(old.dirs), caches=list(old.caches), pins=pins, mimeapps_created=created)
    mime_cache_existed = (home / MIME_CACHE).exists()
    home.mkdir(parents=True, exist_ok=True)
    _make_dirs(home, MANIFEST.parent, new.dirs)
    # recorded before anything is written, so that an interrupted install can still be undone
    pending = Manifest(
        files=[*new.files, *(f for f in old.files if f not in plan)],
        dirs=new.dirs,
        caches=new.caches,
        pins=new.pins,
        mimeapps_created=new.mimeapps_created,
    )
    _write(home / MANIFEST, pending.dump().encode("utf-8"))
    for rel, content in plan.items():
        _make_dirs(home, rel.parent, new.dirs)
        _write(home / rel, content)
    for rel in old.files:  # left over from an older version of the application
        if rel not in plan and rel != MANIFEST:
            (home / rel).unlink(missing_ok=True)
    _refresh(home)
    if not mime_cache_existed and (home / MIME_CACHE).exists() and MIME_CACHE not in new.caches:
        new.caches.append(MIME_CACHE)  # the desktop database this install created goes again on uninstall
    _write(home / MANIFEST, new.dump().encode("utf-8"))
    return Result(home=home, files=[*new.files, MANIFEST], command=command)


def uninstall(home: Path | None = None, config: Path | None = None) -> Result | None:
    """Remove what install wrote (by the manifest) and the folders it created when empty. None: nothing installed."""
    home = data_home() if home is None else home
    manifest = read_manifest(home)
    if manifest is None:
        return None
    if manifest.pins:
        remove_pins((config_home() if config is None else config) / MIMEAPPS, manifest.pins, manifest.mimeapps_created)
    removed = []
    for rel in manifest.files:
        path = home / rel
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(rel)
    (home / MANIFEST).unlink(missing_ok=True)
    removed.append(MANIFEST)
    if MIME_CACHE in manifest.caches:
        (home / MIME_CACHE).unlink(missing_ok=True)  # install created it: the folder is as it was before
    elif (home / MIME_CACHE).exists():
        _run_quietly(["update-desktop-database", "-q", str(home / "applications")])
    theme = home / ICON_THEME
    if (theme / "icon-theme.cache").is_file():
        _run_quietly(["gtk-update-icon-cache", "-q", "-t", "-f", str(theme)])
    for rel in sorted(manifest.dirs, key=lambda p: len(p.parts), reverse=True):
        try:
            (home / rel).rmdir()  # only when empty: a folder that holds anything else stays
        except OSError:
            pass
    if theme.is_dir():
        os.utime(theme)
    return Result(home=home, files=removed)


def main(args: list[str] | None = None) -> int:
    """`--install-desktop` or `--uninstall-desktop` (other arguments, such as files, are ignored)."""
    parser = argparse.ArgumentParser(prog=LAUNCHER_NAME, add_help=True)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--install-desktop", action="store_true", help=tr("help_install_desktop"))
    group.add_argument("--uninstall-desktop", action="store_true", help=tr("help_uninstall_desktop"))
    parser.add_argument("--lang", choices=["nl", "en"], help=tr("help_lang"))
    parser.add_argument("--data-home", type=Path, help="instead of $XDG_DATA_HOME (~/.local/share)")
    options, _rest = parser.parse_known_args(sys.argv[1:] if args is None else args)
    lang = options.lang
    try:
        home = options.data_home.absolute() if options.data_home else data_home()
        if options.install_desktop:
            result = install(home)
            shown = " ".join(exec_quote(part) for part in result.command)
            print(tr("desktop_installed", lang=lang, name=APP_NAME, count=len(result.files), home=home, exec=shown))
            return 0
        removed = uninstall(home)
        if removed is None:
            print(tr("desktop_not_installed", lang=lang, name=APP_NAME, home=home))
        else:
            print(tr("desktop_uninstalled", lang=lang, name=APP_NAME, count=len(removed.files), home=home))
        return 0
    except OSError as error:
        reason = f"{error.filename}: {error.strerror}" if error.filename and error.strerror else str(error)
        print(tr("desktop_failed", lang=lang, reason=reason), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
