"""What every command of `kamervragen-reader` shares: argparse in the interface language, and one way to run.

Each command lives in the layer it belongs to, as two functions: `configure(parser)` adds its arguments and
`run(args, out, err) -> int` does the work. `reader.cli` builds the one command line from them (argparse
subparsers); `standalone(...)` runs one command on its own (tests, `python -m`), with the same parser.

argparse writes its own words ("usage:", "options", "the following arguments are required: …") in English
through gettext; `localise_argparse()` gives them in Dutch when the interface is Dutch, so `--help` and usage
errors speak one language. Exit status 2 for a usage error, as argparse does.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TextIO

from reader.core.i18n import language, set_language, tr

Configure = Callable[[argparse.ArgumentParser], None]
Run = Callable[[argparse.Namespace, TextIO, TextIO], int]

# argparse's own texts (Python 3.11–3.13), in Dutch
_ARGPARSE_NL: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "deze hulp tonen en stoppen",
    "show program's version number and exit": "het versienummer tonen en stoppen",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "not allowed with argument %s": "niet samen met %s",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "one of the arguments %s is required": "een van de argumenten %s is verplicht",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
}


def _gettext(text: str) -> str:
    return _ARGPARSE_NL.get(text, text) if language() == "nl" else text


def localise_argparse() -> None:
    """argparse's own words in the interface language (argparse looks `_` up in its module at each call)."""
    argparse._ = _gettext  # type: ignore[attr-defined]


def language_from_argv(argv: list[str]) -> str | None:
    """The value of `--lang` anywhere in `argv` ("--lang en" or "--lang=en"), before the parser exists: the
    help texts are made in that language."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


class CommandParser(argparse.ArgumentParser):
    """argparse with help in the interface language and the description kept as written."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse.RawDescriptionHelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, tr("usage_error", prog=self.prog, reason=message) + "\n")


def add_language_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", choices=["nl", "en"], help=tr("help_lang"))


def apply_language(args: argparse.Namespace) -> None:
    lang = getattr(args, "lang", None)
    if lang:
        set_language(lang)


def quiet_broken_pipe(run: Callable[[], int]) -> int:
    """Run a command whose output may go into a pipe that closes early (`… | head`): end quietly with the
    status of a process killed by SIGPIPE, as other command-line tools do."""
    try:
        code = run()
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        pass
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
    # Python would try to flush stdout again at exit and complain: point it at /dev/null first
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 128 + 13  # SIGPIPE


def standalone(
    prog: str,
    description: str,
    configure: Configure,
    run: Run,
    argv: list[str],
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run one command with its own parser (the same arguments as under `reader.cli`)."""
    lang = language_from_argv(argv)
    if lang in ("nl", "en"):
        set_language(lang)
    localise_argparse()
    parser = CommandParser(prog=prog, description=description)
    configure(parser)
    add_language_option(parser)
    args = parser.parse_args(argv)
    apply_language(args)
    return run(args, out or sys.stdout, err or sys.stderr)
