"""The one command line of `kamervragen-reader`: argparse subparsers, one per command, help in the interface
language (Dutch with a Dutch locale, English otherwise, or `--lang`).

    kamervragen-reader [open] [FILE...]               the window (the default command)
    kamervragen-reader parse --jsonl FILE...          the JSON export, one line per file
    kamervragen-reader import PATH...                 add files and folders to the library
    kamervragen-reader search [QUERY] [filters]       search the library
    kamervragen-reader info ID                        one document's record
    kamervragen-reader stats [--by ministry|…]        answer times per ministry, party, member, year, month
                             [--chart PNG]            … and their chart (the overview's), drawn offscreen
    kamervragen-reader export FILE --pdf OUT.pdf      print the aligned view to PDF (or --html)
    kamervragen-reader fetch ID_OR_CITATION...        fetch documents from the official sources
    kamervragen-reader update [--since DAY]           fetch every answered set published since
    kamervragen-reader watch [ZAAK...] [--check]      follow open questions; see whether they were answered
    kamervragen-reader search --online [QUERY]        search the official publications

Each command is defined once, in the layer it belongs to (`configure(parser)` and `run(args, out, err)`); its
module is imported only when that command runs, so `parse` never loads Qt and the window starts fast.
"""

from __future__ import annotations

import importlib
import sys
from dataclasses import dataclass
from typing import TextIO

from reader import APP_DIR_NAME, __version__
from reader.core.command_line import (
    CommandParser,
    Configure,
    Run,
    add_language_option,
    apply_language,
    language_from_argv,
    localise_argparse,
    quiet_broken_pipe,
)
from reader.core.i18n import set_language, tr


@dataclass(frozen=True)
class Command:
    module: str  # where the command lives
    configure: str  # its function that adds the arguments
    run: str  # its function that does the work
    summary: str  # the catalogue id of its one-line description

    def functions(self) -> tuple[Configure, Run]:
        module = importlib.import_module(self.module)
        return getattr(module, self.configure), getattr(module, self.run)


WINDOW = "open"
COMMANDS: dict[str, Command] = {
    WINDOW: Command("reader.gui.cli", "configure_window", "run_window", "cmd_open"),
    "parse": Command("reader.core.cli_parse", "configure", "run", "cmd_parse"),
    "import": Command("reader.library.cli", "configure_import", "run_import", "cmd_import"),
    "search": Command("reader.library.cli", "configure_search", "run_search", "cmd_search"),
    "info": Command("reader.library.cli", "configure_info", "run_info", "cmd_info"),
    "stats": Command("reader.gui.cli_stats", "configure", "run", "cmd_stats"),  # the library's, with --chart
    "export": Command("reader.printing.cli", "configure_export", "run_export", "cmd_export"),
    "fetch": Command("reader.sources.cli", "configure_fetch", "run_fetch", "cmd_fetch"),
    "update": Command("reader.sources.cli", "configure_update", "run_update", "cmd_update"),
    "watch": Command("reader.sources.cli", "configure_watch", "run_watch", "cmd_watch"),
}


def build_parser(command: str | None = None) -> CommandParser:
    """The whole command line; only `command`'s own arguments are loaded (the others show their summary)."""
    root = CommandParser(prog=APP_DIR_NAME, description=tr("window_description"), epilog=tr("cli_epilog"))
    add_language_option(root)
    root.add_argument("--version", action="version", version=f"{APP_DIR_NAME} {__version__}")
    sub = root.add_subparsers(dest="command", metavar=tr("cli_command_metavar"), title=tr("cli_commands_title"))
    for name, cmd in COMMANDS.items():
        p = sub.add_parser(name, help=tr(cmd.summary), description=tr(cmd.summary))
        if name == command:
            configure, _ = cmd.functions()
            configure(p)
            add_language_option(p)
    return root


def _first_word(argv: list[str]) -> str | None:
    """The first argument that is not an option (nor the value of --lang)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--lang":
            skip = True
            continue
        if arg == "--":
            return None
        if not arg.startswith("-"):
            return arg
    return None


def main(argv: list[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    lang = language_from_argv(args)
    if lang in ("nl", "en"):
        set_language(lang)
    localise_argparse()
    first = _first_word(args)
    if first not in COMMANDS:
        asks_root = any(a in ("-h", "--help", "--version") for a in args) and first is None
        if not asks_root:
            args.insert(0, WINDOW)  # the window is the default command: `kamervragen-reader FILE…`
            first = WINDOW
    parser = build_parser(first)
    namespace = parser.parse_args(args)
    apply_language(namespace)
    _, run = COMMANDS[namespace.command].functions()
    stdout, stderr = out or sys.stdout, err or sys.stderr
    if namespace.command == WINDOW:
        return int(run(namespace, stdout, stderr) or 0)
    return quiet_broken_pipe(lambda: int(run(namespace, stdout, stderr) or 0))
