"""The watch list: open questions a reader follows, checked on request; an answer found is fetched and stored.

    results = watch(library, ["2024Z12345", "kv-tk-2024Z18436"])      # add (a zaak number or a `vragen` id)
    report = check(sources, library, progress=callback)               # ask the services about every open one
    for c in report.checks: c.zaak, c.state, c.answer_id, c.changed, c.stored

A check asks KOOP first: an answered set carries the questions' zaak number (`w.vraagnummer`), so the
answer — or a notice: postponed, answered by letter, withdrawn — is found and stored. When KOOP has no answer
yet, the Tweede Kamer's open data is asked: a zaak's documents tell answered, postponed, withdrawn and open
apart; an answer the Kamer has but KOOP does not publish yet is fetched by its official id, else from the
Kamer's own file. Each result is recorded in the library (watch.WatchList); a change is marked unseen until
the reader has been told (`WatchList.unseen()`, `mark_seen()`).
"""

from __future__ import annotations

import hashlib
from contextlib import nullcontext
from dataclasses import dataclass, field

from reader.core.cancel import Cancelled, cancellable
from reader.core.errors import ParseError
from reader.core.model import Kind, Soort
from reader.core.parse import parse_bytes
from reader.library.errors import LibraryError
from reader.library.store import Library
from reader.library.watch import WatchList, normal_zaak
from reader.sources.documents import Download, Obtained, obtain
from reader.sources.errors import NotFound, Offline, SourceError, Unreachable
from reader.sources.progress import Progress, Step
from reader.sources.records import Record
from reader.sources.service import Sources
from reader.sources.storing import known_in, store
from reader.sources.tk import TkDocument, ZaakState, state_of


@dataclass(frozen=True)
class Added:
    text: str
    zaak: str | None
    new: bool = False
    error: LibraryError | None = None


def watch(library: Library, items: list[str]) -> list[Added]:
    """Follow each item: a zaak number, `kv-tk-ZAAK`, or the id of a `vragen` document in the library."""
    watchlist = WatchList(library)
    results: list[Added] = []
    for text in items:
        zaak = normal_zaak(text)
        doc_id = f"kv-tk-{zaak}" if zaak else None
        if zaak is None and text in library:
            document = library.document(text)
            if document is not None and document.zaak:
                zaak, doc_id = normal_zaak(document.zaak), text
        if zaak is None:
            results.append(Added(text, None, error=LibraryError("watch_bad_zaak", zaak=text)))
            continue
        results.append(Added(text, zaak, watchlist.add(zaak, doc_id)))
    return results


@dataclass(frozen=True)
class Checked:
    zaak: str
    state: str  # "answered", "postponed", "withdrawn", "open", "unknown", or "failed"
    answer_id: str | None = None  # the answer (or the notice that closes the questions)
    changed: bool = False  # different from the last check: tell the reader
    stored: bool = False  # the answer was fetched and stored now
    error: SourceError | None = None


@dataclass
class WatchReport:
    checks: list[Checked] = field(default_factory=list)
    stopped: SourceError | None = None
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.stopped is None and not self.cancelled and all(c.error is None for c in self.checks)


def check(
    sources: Sources, library: Library, progress: Progress | None = None, zaken: list[str] | None = None
) -> WatchReport:
    """Check every followed question that is not settled yet (or the given zaken)."""
    lib = library.for_this_thread()
    report = WatchReport()
    try:
        watchlist = WatchList(lib)
        wanted = {normal_zaak(z) for z in zaken} if zaken else None
        entries = [w for w in watchlist.entries() if (w.zaak in wanted if wanted else not w.done)]
        if progress:
            progress(Step(0, len(entries)))
        for i, entry in enumerate(entries):
            try:
                state, answer_id, stored = _state(sources, lib, entry.zaak)
            except (Unreachable, Offline):
                raise
            except SourceError as exc:
                report.checks.append(Checked(entry.zaak, "failed", error=exc))
            else:
                changed = watchlist.record(entry.zaak, state, answer_id)
                report.checks.append(Checked(entry.zaak, state, answer_id, changed, stored))
            if progress:
                progress(Step(i + 1, len(entries), entry.zaak, report.checks[-1].state))
    except (Unreachable, Offline) as exc:
        report.stopped = exc
    except Cancelled:
        report.cancelled = True
    finally:
        if lib is not library:
            lib.close()
    return report


def _state(sources: Sources, lib: Library, zaak: str) -> tuple[str, str | None, bool]:
    """(state, the answer's id, whether it was stored now)."""
    notice_state: tuple[str, str | None, bool] | None = None
    for record in sources.sru.answers_to(zaak):
        try:
            stored_id, fresh = _ensure(sources, lib, record)
            kind, soort = _kind_of(lib, stored_id)
        except (Unreachable, Offline):
            raise
        except SourceError:  # published, but its file cannot be had or read (yet): the record says what it is
            stored_id, fresh = record.library_id, False
            kind = Kind(record.kind) if record.kind in ("antwoord", "mededeling") else None
            soort = None
        if kind == Kind.ANTWOORD:
            return "answered", stored_id, fresh
        if kind == Kind.MEDEDELING and notice_state is None:
            if soort == Soort.INGETROKKEN:
                notice_state = ("withdrawn", stored_id, fresh)
            elif soort == Soort.PER_BRIEF:
                notice_state = ("answered", stored_id, fresh)
            else:
                notice_state = ("postponed", None, fresh)
    if notice_state is not None and notice_state[0] != "postponed":
        return notice_state
    # KOOP has no answer (yet): the Kamer's own data is more recent
    state, answers = state_of(sources.tk.zaak(zaak))
    if state == ZaakState.ANSWERED:
        for answer in answers:
            ah_id = answer.ah_id
            if ah_id and ah_id in lib:
                return "answered", ah_id, False
            try:
                obtained = obtain(sources.client, ah_id, None, known_in(lib)) if ah_id else None
            except (Unreachable, Offline):
                raise
            except SourceError:  # not on the official site yet, or not readable there
                obtained = None
            if obtained is None:
                obtained = _from_the_kamer(sources, answer, ah_id or answer.nummer)
            if obtained is not None:
                if obtained.document is not None and not obtained.document.zaak:
                    obtained.document.zaak = zaak
                stored_id, outcome = store(lib, obtained)
                return "answered", stored_id, outcome == "added"
            if ah_id:
                return "answered", ah_id, False  # known to be answered; its file is not readable yet
        return "answered", None, False
    if state in (ZaakState.UNKNOWN, ZaakState.OPEN) and notice_state is not None:
        return notice_state
    return str(state), None, False


def _ensure(sources: Sources, lib: Library, record: Record) -> tuple[str, bool]:
    """The record's document in the library: (its id, whether it was stored now)."""
    for known in record.ids:
        if known in lib:
            return known, False
    obtained = obtain(sources.client, record.library_id, record, known_in(lib))
    stored_id, outcome = store(lib, obtained)
    return stored_id, outcome == "added"


def _kind_of(lib: Library, doc_id: str) -> tuple[Kind | None, Soort | None]:
    document = lib.document(doc_id)
    if document is None:
        return None, None
    return document.kind, document.soort_or_default


def _from_the_kamer(sources: Sources, answer: TkDocument, name: str) -> Obtained | None:
    """An answer from the Kamer's own file, when KOOP does not have it yet; None when it cannot be read."""
    try:
        response = sources.tk.resource(answer)
    except NotFound:
        return None
    try:
        with cancellable(sources.cancel) if sources.cancel is not None else nullcontext():
            document = parse_bytes(response.body, response.url)
    except ParseError:
        return None
    download = Download(name, response.url, response.body, "tk", hashlib.sha256(response.body).hexdigest(), None)
    return Obtained(download, document)
