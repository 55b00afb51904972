"""The window's command line: `kamervragen-reader [open] [FILE...] [options]`. No Qt is imported here, so the
command line can be built (and `--help` answered) without loading the interface."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import TextIO

from reader.core.i18n import tr

DESKTOP_FLAGS = ("--install-desktop", "--uninstall-desktop")


def parse_size(value: str) -> tuple[int, int]:
    try:
        w, h = (int(part) for part in value.lower().replace("×", "x").split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(tr("window_bad_size", value=value)) from None
    if not (200 <= w <= 8000 and 150 <= h <= 8000):
        raise argparse.ArgumentTypeError(tr("window_bad_size", value=value))
    return w, h


def configure_window(p: argparse.ArgumentParser) -> None:
    p.add_argument("files", nargs="*", metavar="FILE", help=tr("window_files"))
    p.add_argument("--library", metavar="FILE", help=tr("window_library"))
    p.add_argument("--screenshot", metavar="PNG", help=tr("window_screenshot"))
    p.add_argument("--pair", type=int, metavar="N", help=tr("window_pair"))
    p.add_argument("--size", type=parse_size, metavar="WxH", help=tr("window_size"))
    desktop = p.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true", help=tr("help_install_desktop"))
    desktop.add_argument("--uninstall-desktop", action="store_true", help=tr("help_uninstall_desktop"))


def desktop_main(args: list[str]) -> int:
    """--install-desktop / --uninstall-desktop belong to the desktop integration (reader.desktop.install)."""
    try:
        module = importlib.import_module("reader.desktop.install")
    except ImportError:
        print(tr("window_no_desktop"), file=sys.stderr)
        return 2
    return int(module.main(args) or 0)


def run_window(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if args.install_desktop or args.uninstall_desktop:
        flags = ["--install-desktop" if args.install_desktop else "--uninstall-desktop"]
        if getattr(args, "lang", None):
            flags += ["--lang", args.lang]
        return desktop_main(flags)
    from reader.gui.app import run

    return run(args)
