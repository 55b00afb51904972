"""Keeping the library up to date: every answered set published since the last update (or a given day).

    report = update(sources, library, since=date(2024, 1, 1), progress=callback)   # since=None: the last update
    report.added, report.present, report.failed, report.cancelled, report.stopped

The published days are asked for month by month (sru.Sru.slices); a set already in the library is passed
over without a download, so running it again adds nothing. After each slice the library records how far the
update got (watch.UpdateState, in the same file): an update stopped by a crash, a closed laptop, a lost
connection or a cancel goes on from there the next time, and what it stored stays stored. When it completes,
the day it began becomes "the last update"; the next one starts from that day (sets published later that
day are found again and passed over).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta

from reader.core.cancel import Cancelled
from reader.library.store import Library
from reader.library.watch import UpdateState
from reader.sources.documents import Obtained, complete, obtain
from reader.sources.errors import Offline, SourceError, Unreachable
from reader.sources.progress import Progress, Step
from reader.sources.records import Record
from reader.sources.service import Sources
from reader.sources.storing import known_in, record_failure, store

LOOKAHEAD = 3  # documents downloaded ahead of the one being stored


@dataclass
class UpdateReport:
    since: date | None = None  # asked for
    start: date | None = None  # where this run began (later than `since` when an unfinished run went on)
    until: date | None = None
    listed: int = 0  # sets the service listed
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    present: int = 0  # already in the library: not fetched
    failed: list[tuple[str, SourceError]] = field(default_factory=list)
    stopped: SourceError | None = None
    cancelled: bool = False

    @property
    def complete(self) -> bool:
        return self.stopped is None and not self.cancelled

    @property
    def ok(self) -> bool:
        return self.complete and not self.failed


def update(
    sources: Sources,
    library: Library,
    since: date | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> UpdateReport:
    """See the module docstring. Raises SourceError("update_needs_since") when there was never an update and
    no day is given."""
    lib = library.for_this_thread()
    try:
        return _update(sources, lib, since, today or date.today(), progress)
    finally:
        if lib is not library:
            lib.close()


def _update(sources: Sources, lib: Library, since: date | None, today: date, progress: Progress | None) -> UpdateReport:
    state = UpdateState(lib)
    running = state.running()
    if since is None:
        since = running.since if running else state.last_update()
        if since is None:
            raise SourceError("update_needs_since")
    start = since
    if running and running.since == since and running.done_through:
        start = max(since, running.done_through + timedelta(days=1))
    report = UpdateReport(since=since, start=start, until=today)
    if start > today:
        state.finish(today)
        return report
    done = 0
    try:
        state.begin(since)
        parts = list(sources.sru.slices(start, today))
        total = sum(part.total for part in parts)
        if progress:
            progress(Step(0, total))
        for part in parts:
            for record, got in _downloads(sources, lib, sources.sru.records(part)):
                report.listed += 1
                done += 1
                if got is None:
                    report.present += 1
                    outcome = "present"
                else:
                    outcome = _store(sources, lib, record, got, report)
                if progress:
                    progress(Step(done, max(total, done), record.library_id, outcome))
            state.progress(part.until)
        state.finish(today)
    except (Unreachable, Offline) as exc:
        report.stopped = exc
    except Cancelled:
        report.cancelled = True
    return report


def _download(sources: Sources, record: Record) -> Obtained | SourceError:
    """One set's document, downloaded and (unless it is a PDF) read, in the worker thread."""
    try:
        return obtain(sources.client, record.library_id, record, read_pdf=False)
    except (Unreachable, Offline):
        raise
    except SourceError as exc:
        return exc


def _downloads(
    sources: Sources, lib: Library, records: Iterator[Record]
) -> Iterator[tuple[Record, Obtained | SourceError | None]]:
    """(record, its document) in the order listed; None for a set already in the library (not fetched).

    The next sets are downloaded and read in one worker thread while this thread stores the previous ones:
    still one request at a time (the client's gate), but the waits for the network overlap the local work.
    A PDF is read here, in the calling thread (the PDF reader needs the thread of the Qt application)."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kamervragen-download")
    ahead: deque[tuple[Record, Future[Obtained | SourceError] | None]] = deque()
    try:
        while True:
            while len(ahead) < LOOKAHEAD:
                record = next(records, None)
                if record is None:
                    break
                known = any(i in lib for i in record.ids)
                ahead.append((record, None if known else pool.submit(_download, sources, record)))
            if not ahead:
                return
            record, future = ahead.popleft()
            yield record, (future.result() if future is not None else None)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _store(sources: Sources, lib: Library, record: Record, got: Obtained | SourceError, report: UpdateReport) -> str:
    try:
        if isinstance(got, SourceError):
            raise got
        obtained = complete(sources.client, got, known_in(lib))
    except (Unreachable, Offline):
        raise
    except SourceError as exc:
        report.failed.append((record.library_id, exc))
        if exc.key == "unreadable_download":  # kept in the library's failures list, as an unreadable file is
            record_failure(lib, record.url or record.preferred_url or record.library_id, exc)
        return "failed"
    stored_id, outcome = store(lib, obtained)
    if outcome == "added":
        report.added.append(stored_id)
    elif outcome == "updated":
        report.updated.append(stored_id)
    return str(outcome)
