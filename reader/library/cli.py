"""`kamervragen-reader import | search | info | stats`: the library on the command line.

    kamervragen-reader import PATH... [--library FILE] [--json] [--quiet]
    kamervragen-reader search [QUERY...] [--year Y] [--member M] [--party P] [--to A] [--ministry M]
                              [--kind K] [--status S] [--month YYYY-MM] [--sort S] [--ascending]
                              [--limit N] [--offset N] [--json]
    kamervragen-reader info ID [--json]
    kamervragen-reader stats [--by ministry|party|member|year|month] [QUERY...] [filters as for search]
                             [--json | --csv]

Dutch option names are accepted too (--jaar, --lid, --partij, --aan, --ministerie, --soort, --maand,
--sorteer, --oplopend, --per). `search`, `info` and `stats` only read: they open the library read-only and
never create, move or migrate it (a library that does not exist yet is empty). Messages follow the locale
(`LANG=C` gives English). Exit status: 0 fine, 1 a file failed or the library could not be used, 2 a usage or
search syntax error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO, TypeVar

from reader.core.citations import find_references, official_url
from reader.core.command_line import standalone
from reader.core.files import path_text
from reader.core.i18n import tr, trn
from reader.library.errors import LibraryError, QueryError
from reader.library.importer import Importer, ImportSummary
from reader.library.records import Citation, CitedBy, Source
from reader.library.search import KINDS, MAX_LIMIT, SOORTEN, SORTS, STATUSES, Query, Row
from reader.library.store import Library


def add_library_option(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("--library", "--bibliotheek", metavar="FILE", help=tr("help_library_file"))


def _open(path: str | None, err: TextIO, read_only: bool = False) -> Library:
    lib = Library(path, read_only=read_only)
    if lib.notice is not None:
        print(lib.notice.message(), file=err)
    return lib


_Read = TypeVar("_Read")


def read_library(path: str | None, err: TextIO, read: Callable[[Library], _Read]) -> tuple[_Read | None, int]:
    """Open the library read-only, `read` from it, close it: (what was read, 0); or, with the message
    printed, (None, the exit code): 2 for a query written wrong, 1 for the library."""
    try:
        lib = _open(path, err, read_only=True)
    except LibraryError as exc:
        print(str(exc), file=err)
        return None, 1
    try:
        return read(lib), 0
    except QueryError as exc:
        print(str(exc), file=err)
        return None, 2
    except LibraryError as exc:
        print(str(exc), file=err)
        return None, 1
    finally:
        lib.close()


def soort_text(soort: str | None, lang: str | None = None) -> str:
    """What a document is, in words: "nader antwoord", "mondelinge vragen", "uitstelbericht"."""
    return tr(f"soort_{soort}", lang=lang) if soort in SOORTEN else (soort or "")


def count_type(lowest: int, highest: int | None = None) -> Callable[[str], int]:
    """An argparse type for a whole number in a range, with a clear message for anything else."""

    def parse(value: str) -> int:
        try:
            n = int(value)
        except ValueError:
            n = None
        if n is None or n < lowest or (highest is not None and n > highest):
            key = "bad_count" if highest is None else "bad_count_range"
            raise argparse.ArgumentTypeError(tr(key, value=value, lowest=lowest, highest=highest))
        return n

    return parse


# ---- import --------------------------------------------------------------------------------------------


class ProgressBar:
    """A plain-text progress bar on a stream: redrawn in place on a terminal, a line per 10% otherwise."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self.tty = bool(getattr(stream, "isatty", lambda: False)())
        self.last_draw = 0.0
        self.last_tenth = -1
        self.drawn = False

    def __call__(self, done: int, total: int, path: str) -> None:
        total = max(total, 1)
        filled = self.width * done // total
        line = f"[{'#' * filled}{' ' * (self.width - filled)}] {100 * done // total:3d}% {done}/{total}"
        if self.tty:
            now = time.monotonic()
            if done < total and now - self.last_draw < 0.05:
                return
            self.last_draw = now
            name = Path(path).name if path else ""
            self.stream.write("\r" + f"{line} {path_text(name)}"[:100].ljust(100))
            self.drawn = True
        else:
            tenth = 10 * done // total
            if tenth == self.last_tenth:
                return
            self.last_tenth = tenth
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty and self.drawn:
            self.stream.write("\n")
            self.stream.flush()


def configure_import(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("paths", nargs="+", metavar="PATH")
    add_library_option(ap)
    ap.add_argument("--json", action="store_true", help=tr("help_import_json"))
    ap.add_argument("--quiet", "-q", action="store_true", help=tr("help_import_quiet"))


def main_import(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    return standalone("kamervragen-reader import", tr("cmd_import"), configure_import, run_import, argv, out, err)


def run_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    try:
        lib = _open(args.library, err)
    except LibraryError as exc:
        print(str(exc), file=err)
        return 1
    path = lib.path
    lib.close()

    bar = None if args.quiet else ProgressBar(err)
    cancel = threading.Event()
    # Ctrl+C cancels: between two documents, and inside the parse of a large one (the importer hands the event
    # to reader.core.cancel); a document being stored is completed or not started. The import runs in this, the
    # main thread: the PDF reader makes its Qt application object in the calling thread.
    previous = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())
    try:
        summary = Importer(path).run(args.paths, progress=bar, cancel=cancel)
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
    if bar:
        bar.finish()
    _print_summary(summary, args.json, out, err)
    if summary.cancelled:
        return 130
    return 0 if summary.ok else 1


def _print_summary(summary: ImportSummary, as_json: bool, out: TextIO, err: TextIO) -> None:
    if as_json:
        out.write(json.dumps(summary.to_dict(), ensure_ascii=False, indent=2) + "\n")
    else:
        if summary.total == 0:
            print(tr("import_nothing"), file=out)
        print(summary.text(), file=out)
        if summary.failed:
            print(tr("summary_failed_header"), file=out)
            for f in summary.failed:
                print(f"  {f.message()}", file=out)
        if summary.skipped:
            print(tr("summary_skipped_header"), file=out)
            for s in summary.skipped:
                print(f"  {s.message()}", file=out)
    if summary.cancelled:
        print(tr("summary_cancelled"), file=err)
    if summary.error:
        print(summary.error, file=err)


# ---- search --------------------------------------------------------------------------------------------


def add_filter_options(ap: argparse.ArgumentParser) -> None:
    """The filters of `search`; `stats` takes the same."""
    ap.add_argument("--year", "--jaar", help=tr("help_search_year"))
    ap.add_argument("--member", "--lid", help=tr("help_search_member"))
    ap.add_argument("--party", "--partij", help=tr("help_search_party"))
    ap.add_argument("--to", "--aan", dest="addressee", help=tr("help_search_to"))
    ap.add_argument("--ministry", "--ministerie", help=tr("help_search_ministry"))
    ap.add_argument(
        "--kind", "--soort", help=tr("help_search_kind", kinds=", ".join(KINDS), soorten=", ".join(SOORTEN[1:]))
    )
    ap.add_argument("--status", help=", ".join(STATUSES))
    ap.add_argument("--month", "--maand", help=tr("help_search_month"))


def query_from(args: argparse.Namespace, **extra: object) -> Query:
    """The Query the filter options (and the search words) ask for."""
    return Query(
        text=" ".join(args.query), year=args.year, member=args.member, party=args.party, addressee=args.addressee,
        ministry=args.ministry, kind=args.kind, status=args.status, month=args.month, **extra,  # type: ignore[arg-type]
    )  # fmt: skip


def configure_search(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("query", nargs="*", metavar="QUERY")
    add_filter_options(ap)
    ap.add_argument("--sort", "--sorteer", default="date", help=tr("help_search_sort", sorts=", ".join(SORTS)))
    ap.add_argument("--ascending", "--oplopend", action="store_true", help=tr("help_search_ascending"))
    ap.add_argument("--limit", type=count_type(0, MAX_LIMIT), default=20, help=tr("help_search_limit", most=MAX_LIMIT))
    ap.add_argument("--offset", type=count_type(0), default=0, help=tr("help_search_offset"))
    ap.add_argument("--json", action="store_true", help=tr("help_json"))
    add_library_option(ap)
    ap.add_argument("--online", action="store_true", help=tr("help_online"))
    ap.add_argument("--offline", action="store_true", help=tr("help_offline"))


def main_search(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    return standalone("kamervragen-reader search", tr("cmd_search"), configure_search, run_search, argv, out, err)


def run_search(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if getattr(args, "online", False):
        from reader.sources.cli import run_online_search  # loaded only when asked: the library needs no network

        return run_online_search(args, out, err)
    q = query_from(args, sort=args.sort, descending=not args.ascending, limit=args.limit, offset=args.offset)
    page, code = read_library(args.library, err, lambda lib: lib.query(q))
    if page is None:
        return code
    if args.json:
        obj = {
            "total": page.total, "offset": page.offset, "limit": page.limit,
            "results": [r.to_dict() for r in page.rows],
        }  # fmt: skip
        out.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
        return 0
    if page.rows and (page.offset > 0 or len(page.rows) < page.total):
        first, last = page.offset + 1, page.offset + len(page.rows)
        print(trn("{n} resultaten", page.total) + tr(", {first}–{last} getoond", first=first, last=last), file=out)
    else:
        print(trn("{n} resultaten", page.total), file=out)
    for row in page.rows:
        _print_row(row, out)
    return 0


def status_text(row: Row) -> str:
    """The set's status in words: "beantwoord per brief, 8 dagen tot antwoord", "mondelinge vragen"."""
    if row.overdue:
        text = tr("status_overdue")
    elif row.status == "answered" and row.by_letter:
        text = tr("status_answered_by_letter")
    else:
        text = tr(f"status_{row.status}")
    if row.days is not None and row.status in ("answered", "open", "postponed"):
        key = "days_to_answer" if row.status == "answered" else "days_open"
        text += f", {tr(key, days=row.days)}"
    if row.postponed and row.status == "answered":
        text += f", {tr('postponement')}"
    return text


def _print_row(row: Row, out: TextIO) -> None:
    day = row.ontvangen or row.ingezonden
    what = soort_text(row.soort) or row.kind
    print(f"\n{row.id}  {day.isoformat() if day else '----------'}  {what}  [{status_text(row)}]", file=out)
    if row.members_text:
        print(f"    {row.members_text}", file=out)
    if row.subject or row.title:
        print(f"    {row.subject or row.title}", file=out)
    if row.snippet:
        print(f"    {row.snippet_text('[', ']')}", file=out)


# ---- info ----------------------------------------------------------------------------------------------


def configure_info(ap: argparse.ArgumentParser) -> None:
    ap.add_argument("id", nargs="+", metavar="ID")
    ap.add_argument("--json", action="store_true", help=tr("help_json"))
    add_library_option(ap)


def main_info(argv: list[str], out: TextIO | None = None, err: TextIO | None = None) -> int:
    return standalone("kamervragen-reader info", tr("cmd_info"), configure_info, run_info, argv, out, err)


def run_info(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    wanted = " ".join(args.id).strip()
    try:
        lib = _open(args.library, err, read_only=True)
    except LibraryError as exc:
        print(str(exc), file=err)
        return 1
    try:
        doc_id = wanted
        if doc_id not in lib:
            refs = find_references(wanted)  # "Aanhangsel Handelingen II 2018/19, nr. 1989" works too
            doc_id = refs[0].id if refs else wanted
        row = lib.get(doc_id)
        if row is None:
            print(tr("not_in_library", id=doc_id, path=lib.path), file=err)
            if doc_id.startswith(("ah-", "kv-", "kst-", "h-")):
                print(official_url(doc_id), file=err)
            return 1
        citations = lib.citations_of(doc_id)
        cited_by = lib.cited_by(doc_id)
        sources = lib.sources(doc_id)
    except LibraryError as exc:
        print(str(exc), file=err)
        return 1
    finally:
        lib.close()
    if args.json:
        obj = row.to_dict() | {
            "url": official_url(row.id) if not row.id.startswith("local-") else None,
            "soort_text": soort_text(row.soort),
            "citations": [
                {"footnote": c.footnote or None, "where": c.where, "label": c.label or None, "id": c.cited_id,
                 "kind": c.kind, "text": c.text, "url": c.url, "in_library": c.in_library, "title": c.title}
                for c in citations
            ],
            "cited_by": [
                {"id": c.id, "footnote": c.footnote or None, "where": c.where, "label": c.label or None,
                 "soort": c.soort, "title": c.title, "date": c.date.isoformat() if c.date else None}
                for c in cited_by
            ],
            "sources": [{"path": s.path, "format": s.format, "hash": s.hash, "added": s.added} for s in sources],
        }  # fmt: skip
        out.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")
        return 0
    _print_info(row, citations, cited_by, sources, out)
    return 0


def _print_info(
    row: Row, citations: list[Citation], cited_by: list[CitedBy], sources: list[Source], out: TextIO
) -> None:
    def field(label: str, value: object) -> None:
        if value not in (None, ""):
            print(f"{tr(label) + ':':17} {value}", file=out)

    print(f"{row.id}  ({soort_text(row.soort) or row.kind})", file=out)
    if not row.id.startswith("local-"):
        print(official_url(row.id), file=out)
    field("label_kind", soort_text(row.soort))
    field("label_title", row.title)
    field("label_members", row.members_text)
    field("label_to", row.addressee)
    field("label_submitted", row.ingezonden.isoformat() if row.ingezonden else None)
    field("label_answerer", row.answerer)
    field("label_received", row.ontvangen.isoformat() if row.ontvangen else None)
    status = status_text(row)
    if row.answer_id and row.answer_id != row.id:
        status += f", {tr('answered_in', id=row.answer_id)}"
    field("label_status", status)
    field("label_ministry", row.ministry)
    field("label_questions", row.n_questions)

    print(f"\n{tr('citations')}:", file=out)
    for c in citations:
        target = c.title if c.in_library and c.title else c.url
        print(f"  {c.where_text():9} → {c.cited_id}  {target}", file=out)
    if not citations:
        print(f"  {tr('none')}", file=out)
    print(f"\n{tr('cited_by')}:", file=out)
    for by in cited_by:
        print(f"  {by.id} ({by.where_text()})  {by.title or ''}", file=out)
    if not cited_by:
        print(f"  {tr('none')}", file=out)
    print(f"\n{tr('sources')}:", file=out)
    for s in sources:
        print(f"  {s.path}  ({s.format})", file=out)
    if not sources:
        print(f"  {tr('none')}", file=out)
