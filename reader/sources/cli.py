"""`kamervragen-reader fetch | update | watch` and `search --online`: the official sources on the command line.

    kamervragen-reader fetch ID_OR_CITATION... [--library FILE] [--offline]
    kamervragen-reader update [--since YYYY-MM-DD] [--library FILE] [--offline] [--quiet]
    kamervragen-reader watch [ZAAK...] [--check] [--remove ZAAK] [--library FILE] [--offline] [--json]
    kamervragen-reader search --online [QUERY] [--year …] [--member …] [--limit N] [--json]   (library/cli.py)

Nothing is fetched unless one of these is asked for. `--offline` (or `offline=true` in section `[sources]` of
settings.ini) turns every fetch off with a clear message. Exit status: 0 all done, 1 something failed (one
line each, on stderr) or the services could not be reached (one line), 2 a usage error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TextIO

from reader.core.cancel import CancelToken
from reader.core.command_line import standalone
from reader.core.i18n import tr
from reader.library.cli import ProgressBar, add_library_option
from reader.library.errors import LibraryError
from reader.library.store import Library
from reader.library.watch import WatchList
from reader.sources.errors import SourceError
from reader.sources.progress import Step
from reader.sources.service import Sources
from reader.sources.settings import SourceSettings

INTERRUPTED = 130


def add_offline_option(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--offline", action="store_true", help=tr("help_offline"))


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(tr("bad_day", value=text)) from None


def _open(path: str | None, err: TextIO) -> Library | None:
    try:
        lib = Library(path)
    except LibraryError as exc:
        print(str(exc), file=err)
        return None
    if lib.notice is not None:
        print(lib.notice.message(), file=err)
    return lib


def _sources(args: argparse.Namespace, cancel: CancelToken | None = None) -> Sources:
    return Sources(SourceSettings.load().with_offline(bool(getattr(args, "offline", False))), cancel=cancel)


@contextmanager
def _interruptible() -> Iterator[CancelToken]:
    """Ctrl+C cancels the work at the next chunk or wait (what is stored stays stored); a second one stops
    at once."""
    token = CancelToken()
    previous = None
    if threading.current_thread() is threading.main_thread():

        def first(*_: object) -> None:
            token.cancel()
            signal.signal(signal.SIGINT, signal.default_int_handler)

        previous = signal.signal(signal.SIGINT, first)
    try:
        yield token
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def _line(asked: str, error: object) -> str:
    return f"{asked}: {error}"


# ---- fetch ---------------------------------------------------------------------------------------------


def configure_fetch(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("items", nargs="+", metavar=tr("fetch_metavar"), help=tr("help_fetch_items"))
    add_library_option(ap)
    add_offline_option(ap)


def main_fetch(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    return standalone("kamervragen-reader fetch", tr("cmd_fetch"), configure_fetch, run_fetch, argv, out, err)


def run_fetch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from reader.sources.fetching import fetch, resolve

    ok = True
    ids: list[str] = []
    for text in args.items:
        wanted = resolve(text)
        if wanted.error is not None:
            print(_line(text, wanted.error), file=err)
            ok = False
        ids.extend(wanted.ids)
    if not ids:
        return 1
    lib = _open(args.library, err)
    if lib is None:
        return 1
    try:
        with _interruptible() as token:
            report = fetch(_sources(args, token), lib, ids)
    except KeyboardInterrupt:
        print(tr("sources_interrupted"), file=err)
        return INTERRUPTED
    except LibraryError as exc:
        print(str(exc), file=err)
        return 1
    finally:
        lib.close()
    for o in report.outcomes:
        if o.error is not None:
            print(_line(o.asked, o.error), file=err)
        elif o.outcome == "present":
            print(tr("fetch_present", id=o.asked), file=out)
        else:
            shown = o.stored_id if o.stored_id and o.stored_id != o.asked else o.asked
            print(tr(f"fetch_{o.outcome}", id=shown, format=o.format or "", title=o.title or ""), file=out)
    if report.stopped is not None:
        print(str(report.stopped), file=err)
    if report.cancelled:
        print(tr("sources_interrupted"), file=err)
        return INTERRUPTED
    return 0 if ok and report.ok else 1


# ---- update --------------------------------------------------------------------------------------------


def configure_update(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--since", "--sinds", type=_day, metavar="YYYY-MM-DD", help=tr("help_update_since"))
    add_library_option(ap)
    add_offline_option(ap)
    ap.add_argument("--quiet", "-q", action="store_true", help=tr("help_import_quiet"))


def main_update(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    return standalone("kamervragen-reader update", tr("cmd_update"), configure_update, run_update, argv, out, err)


def _bar(stream: TextIO, quiet: bool) -> tuple[Callable[[Step], None] | None, ProgressBar | None]:
    if quiet:
        return None, None
    bar = ProgressBar(stream)

    def progress(step: Step) -> None:
        if step.total:
            bar(step.done, step.total, step.id)

    return progress, bar


def run_update(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from reader.sources.updating import update

    lib = _open(args.library, err)
    if lib is None:
        return 1
    progress, bar = _bar(err, args.quiet)
    try:
        with _interruptible() as token:
            report = update(_sources(args, token), lib, since=args.since, progress=progress)
    except KeyboardInterrupt:
        print(tr("sources_interrupted"), file=err)
        return INTERRUPTED
    except (SourceError, LibraryError) as exc:
        print(str(exc), file=err)
        return 1
    finally:
        lib.close()
        if bar is not None:
            bar.finish()
    for doc_id, error in report.failed:
        print(_line(doc_id, error), file=err)
    if report.complete or report.listed:  # nothing to sum up when not even the list could be had
        print(
            tr(
                "update_summary", added=len(report.added), updated=len(report.updated), present=report.present,
                failed=len(report.failed), since=report.start, until=report.until,
            ),
            file=out,
        )  # fmt: skip
    if report.stopped is not None:
        print(str(report.stopped), file=err)
        print(tr("update_resumes"), file=err)
    if report.cancelled:
        print(tr("update_resumes"), file=err)
        return INTERRUPTED
    return 0 if report.ok else 1


# ---- watch ---------------------------------------------------------------------------------------------


def configure_watch(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("items", nargs="*", metavar=tr("watch_metavar"), help=tr("help_watch_items"))
    ap.add_argument("--check", "--controleer", action="store_true", help=tr("help_watch_check"))
    ap.add_argument(
        "--remove", "--verwijder", action="append", default=[], metavar="ZAAK", help=tr("help_watch_remove")
    )
    ap.add_argument("--json", action="store_true", help=tr("help_json"))
    add_library_option(ap)
    add_offline_option(ap)


def main_watch(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    return standalone("kamervragen-reader watch", tr("cmd_watch"), configure_watch, run_watch, argv, out, err)


def run_watch(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from reader.sources.watching import check, watch

    lib = _open(args.library, err)
    if lib is None:
        return 1
    ok = True
    try:
        for added in watch(lib, args.items):
            if added.error is not None:
                print(_line(added.text, added.error), file=err)
                ok = False
            elif not args.json:
                print(tr("watch_added" if added.new else "watch_already", zaak=added.zaak), file=out)
        watchlist = WatchList(lib)
        for zaak in args.remove:
            removed = watchlist.remove(zaak)
            if not removed:
                ok = False
            print(tr("watch_removed" if removed else "watch_not_followed", zaak=zaak), file=out if removed else err)
        if args.check:
            try:
                with _interruptible() as token:
                    report = check(_sources(args, token), lib)
            except KeyboardInterrupt:
                print(tr("sources_interrupted"), file=err)
                return INTERRUPTED
            if args.json:
                checks = [
                    {"zaak": c.zaak, "state": c.state, "answer_id": c.answer_id, "changed": c.changed,
                     "stored": c.stored, "error": str(c.error) if c.error else None}
                    for c in report.checks
                ]  # fmt: skip
                out.write(json.dumps({"checks": checks}, ensure_ascii=False, indent=2) + "\n")
            for c in report.checks:
                if c.error is not None:
                    print(_line(c.zaak, c.error), file=err)
                elif not args.json:
                    print(_check_line(c.zaak, c.state, c.answer_id, c.changed, c.stored), file=out)
                if c.changed:
                    watchlist.mark_seen(c.zaak)  # the reader has been told
            if report.stopped is not None:
                print(str(report.stopped), file=err)
            if report.cancelled:
                print(tr("sources_interrupted"), file=err)
                return INTERRUPTED
            ok = ok and report.ok
        elif not args.items and not args.remove:
            entries = watchlist.entries()
            if args.json:
                out.write(json.dumps({"watch": [w.to_dict() for w in entries]}, ensure_ascii=False, indent=2) + "\n")
            elif not entries:
                print(tr("watch_empty"), file=out)
            for w in entries if not args.json else []:
                print(_entry_line(w.zaak, w.state, w.answer_id, w.checked), file=out)
    except LibraryError as exc:
        print(str(exc), file=err)
        return 1
    finally:
        lib.close()
    return 0 if ok else 1


def _check_line(zaak: str, state: str, answer_id: str | None, changed: bool, stored: bool) -> str:
    text = tr(f"watch_state_{state}")
    if answer_id:
        text += f" — {answer_id}"
        if stored:
            text += f" ({tr('watch_stored')})"
    line = f"{zaak}: {text}"
    return f"{line}  [{tr('watch_new')}]" if changed else line


def _entry_line(zaak: str, state: str, answer_id: str | None, checked: str | None) -> str:
    text = tr(f"watch_state_{state}") + (f" — {answer_id}" if answer_id else "")
    when = tr("watch_checked", when=checked[:16].replace("T", " ")) if checked else tr("watch_never_checked")
    return f"{zaak}  {text}  ({when})"


# ---- search --online -----------------------------------------------------------------------------------


def run_online_search(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """`search --online`: the same options as the library's search, answered by the official repository."""
    from reader.sources.online import OnlineQuery, search

    for option, value in (("--party", args.party), ("--to", args.addressee)):
        if value:
            print(tr("online_unsupported", option=option), file=err)
            return 2
    query = OnlineQuery(
        text=" ".join(args.query), year=args.year, member=args.member, kind=args.kind, status=args.status,
        limit=args.limit, offset=args.offset,
    )  # fmt: skip
    lib = _open(args.library, err)
    if lib is None:
        return 1
    try:
        with _interruptible() as token:
            page = search(_sources(args, token), query, lib)
    except KeyboardInterrupt:
        print(tr("sources_interrupted"), file=err)
        return INTERRUPTED
    except (SourceError, LibraryError) as exc:
        print(str(exc), file=err)
        return 2 if isinstance(exc, SourceError) and exc.key.startswith("online_bad") else 1
    finally:
        lib.close()
    if args.json:
        obj = {
            "total": page.total, "offset": page.offset, "limit": page.limit,
            "results": [r.to_dict() for r in page.results],
        }  # fmt: skip
        out.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
        return 0
    print(tr("online_results", total=page.total, shown=len(page.results)), file=out)
    for r in page.results:
        d = r.to_dict()
        day = d.get("ontvangen") or d.get("ingezonden") or "----------"
        mark = f"  [{tr('online_in_library')}]" if r.in_library else ""
        print(f"\n{r.id}  {day}  {d['kind']}{mark}", file=out)
        names = ", ".join(str(m["name"]) for m in d["indieners"]) if isinstance(d["indieners"], list) else ""
        if names:
            print(f"    {names}", file=out)
        if d.get("subject") or d.get("title"):
            print(f"    {d.get('subject') or d.get('title')}", file=out)
        print(f"    {r.url}", file=out)
    return 0
