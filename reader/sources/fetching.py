"""Fetching named documents into the library: `fetch ID_OR_CITATION...` and the window's "Ophalen".

    wanted = resolve("Aanhangsel Handelingen II, vergaderjaar 2023–2024, nr. 1432")   # ["ah-tk-20232024-1432"]
    report = fetch(sources, library, ["ah-tk-20202021-3235", "kv-tk-2024Z18436"], progress=callback)
    report.ok, report.outcomes[0].outcome, report.outcomes[0].stored_id, report.stopped, report.cancelled

A document already in the library is not fetched. The others are looked up in the SRU service (several ids
per request) and downloaded from the renderings their records name, else from the official site by id; each
is parsed and stored in its own transaction. One failing document does not stop the others; no connection at
all (`Unreachable`), `Offline` or a cancel stops the rest, and what was stored stays stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.cancel import Cancelled
from reader.core.citations import find_references
from reader.core.model import RefKind
from reader.library.store import Library
from reader.sources.documents import obtain
from reader.sources.errors import NotFound, Offline, ServiceError, SourceError, Unreachable
from reader.sources.progress import Progress, Step
from reader.sources.records import Record
from reader.sources.service import Sources
from reader.sources.storing import known_in, record_failure, store

# ids of Kamervragen documents: ah-tk-20202021-3235, ah-ek-…, ah-tk-20092010-145-h1, the newer ah-1151601,
# kv-tk-2024Z18436, kv-tk-20062007-KVR27039, kv-2989900822
_ID = re.compile(r"(?:ah-(?:tk|ek)-\d{8}-\d{1,5}(?:-h\d)?|ah-\d{5,9}|kv-(?:tk|ek)-[0-9A-Za-z]{5,20}|kv-\d{5,12})")
_ZAAK = re.compile(r"(\d{4})[zZ](\d{5})")
_OTHER_ID = re.compile(r"(?:kst|h|stb|stcrt|blg)-[0-9A-Za-z-]+")

PRESENT, FAILED = "present", "failed"


@dataclass(frozen=True)
class Wanted:
    """What one argument asked for: ids, or why it names none."""

    text: str
    ids: tuple[str, ...] = ()
    error: SourceError | None = None


def resolve(text: str) -> Wanted:
    """An id, a zaak number (its questions, kv-tk-…) or a citation as printed → the ids of Kamervragen
    documents it names."""
    value = text.strip()
    if _ID.fullmatch(value):
        return Wanted(text, (value,))
    zaak = _ZAAK.fullmatch(value)
    if zaak:
        return Wanted(text, (f"kv-tk-{zaak.group(1)}Z{zaak.group(2)}",))
    refs = find_references(value)
    ids = tuple(r.id for r in refs if r.kind in (RefKind.AANHANGSEL, RefKind.KAMERVRAGEN))
    if ids:
        return Wanted(text, ids)
    if refs or _OTHER_ID.fullmatch(value):
        shown = refs[0].id if refs else value
        return Wanted(text, error=SourceError("fetch_not_kamervragen", id=shown))
    return Wanted(text, error=SourceError("fetch_not_an_id", value=value))


@dataclass(frozen=True)
class Fetched:
    asked: str
    outcome: str  # "added", "updated", "unchanged" (stored before from these bytes), "present", "failed"
    stored_id: str | None = None
    url: str | None = None
    format: str | None = None
    title: str | None = None
    error: SourceError | None = None

    @property
    def ok(self) -> bool:
        return self.outcome != FAILED


@dataclass
class FetchReport:
    outcomes: list[Fetched] = field(default_factory=list)
    stopped: SourceError | None = None  # Unreachable or Offline: the rest was not tried
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.stopped is None and not self.cancelled and all(o.ok for o in self.outcomes)


def fetch(sources: Sources, library: Library, ids: list[str], progress: Progress | None = None) -> FetchReport:
    """Bring every id into the library (see the module docstring). Safe in a worker thread: it opens its own
    connection to the library there."""
    report = FetchReport()
    wanted = list(dict.fromkeys(ids))
    lib = library.for_this_thread()
    try:
        missing = []
        for doc_id in wanted:
            if doc_id in lib:
                row = lib.get(doc_id)
                report.outcomes.append(Fetched(doc_id, PRESENT, doc_id, title=row.subject if row else None))
            else:
                missing.append(doc_id)
        done = len(report.outcomes)
        if progress and done:
            progress(Step(done, len(wanted)))
        if not missing:
            return report
        try:
            records = sources.sru.lookup(missing)
        except (Unreachable, Offline):
            raise
        except ServiceError:
            records = {}  # the search service misbehaves: the official site's URLs by id still work
        for doc_id in missing:
            fetched = _one(sources, lib, doc_id, records)
            report.outcomes.append(fetched)
            done += 1
            if progress:
                progress(Step(done, len(wanted), doc_id, fetched.outcome))
    except (Unreachable, Offline) as exc:
        report.stopped = exc
    except Cancelled:
        report.cancelled = True
    finally:
        if lib is not library:
            lib.close()
    return report


def _one(sources: Sources, lib: Library, doc_id: str, records: dict[str, Record]) -> Fetched:
    record = records.get(doc_id)
    try:
        obtained = obtain(sources.client, doc_id, record, known_in(lib))
    except (Unreachable, Offline):
        raise
    except NotFound as exc:
        return Fetched(doc_id, FAILED, error=exc if exc.key == "not_found_id" else NotFound("not_found_id", id=doc_id))
    except SourceError as exc:
        if exc.key == "unreadable_download" and record is not None:
            record_failure(lib, record.url or record.preferred_url or doc_id, exc)
        return Fetched(doc_id, FAILED, error=exc)
    stored_id, outcome = store(lib, obtained)
    download = obtained.download
    title = obtained.document.subject if obtained.document is not None else None
    names = {doc_id} | (set(record.ids) if record is not None else set())
    if stored_id not in names and doc_id not in lib:
        error = SourceError("fetch_other_document", id=doc_id, stored=stored_id, url=download.url)
        return Fetched(doc_id, FAILED, stored_id, download.url, download.format, title, error)
    return Fetched(doc_id, str(outcome), stored_id, download.url, download.format, title)
