"""Records of KOOP's SRU service (`recordSchema=gzd`), read by local element names.

A record: `recordData/gzd/originalData/meta` holds `owmskern` (identifier, title,
type, creator, modified), `owmsmantel` (available, date, issued, subjects) and `tpmeta` (publicatienaam,
vergaderjaar, aanhangselnummer, vraagnummer, indiener…, ontvanger, subrubriek…); `enrichedData` holds the URLs
of the renderings (`itemUrl manifestation="xml|pdf|html|odt|metadata|metadataowms"`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from reader.core.citations import vergaderjaar as vergaderjaar_of
from reader.sources.errors import ServiceError
from reader.sources.xmlsafe import Handler, stream

ANSWERED = "Kamervragen (Aanhangsel)"  # publicatienaam of answered sets (and their notices)
UNANSWERED = "Kamervragen zonder antwoord"  # publicatienaam of questions not yet answered

_SINGLE = {
    "identifier": "identifier", "title": "title", "creator": "creator", "modified": "modified",
    "available": "available", "date": "document_date", "issued": "issued", "content-area": "content_area",
    "aanhangselnummer": "aanhangselnummer", "datumOntvangst": "datum_ontvangst", "documentstatus": "documentstatus",
    "ontvanger": "ontvanger", "publicatienaam": "publicatienaam", "vergaderjaar": "vergaderjaar",
    "vraagnummer": "vraagnummer", "subrubriek": "subrubriek", "url": "url", "preferredUrl": "preferred_url",
}  # fmt: skip


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Record:
    identifier: str
    title: str = ""
    type: str = ""  # dcterms:type, scheme OVERHEIDop.Parlementair ("Aanhangsel van de Handelingen")
    creator: str = ""  # "Tweede Kamer der Staten-Generaal"
    modified: date | None = None
    available: date | None = None  # published
    document_date: date | None = None  # dcterms:date, of the document itself
    issued: date | None = None
    subjects: tuple[str, ...] = ()
    content_area: str = ""
    aanhangselnummer: int | None = None
    datum_ontvangst: date | None = None
    documentstatus: str = ""
    indieners: tuple[str, ...] = ()
    ontvanger: str = ""
    publicatienaam: str = ""
    vergaderjaar: str = ""  # "2020-2021"
    vraagnummer: str = ""  # the TK zaak number, "2021Z09739"
    subrubriek: str = ""  # "Antwoord", "Schriftelijke vragen", …
    url: str = ""  # the main rendering
    preferred_url: str = ""  # the official web page
    item_urls: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (manifestation, url)
    position: int | None = None

    def item_url(self, manifestation: str) -> str | None:
        for name, url in self.item_urls:
            if name == manifestation:
                return url
        return None

    @property
    def chamber(self) -> str:
        return "ek" if "eerste" in self.creator.lower() or self.identifier.startswith("ah-ek-") else "tk"

    @property
    def kind(self) -> str:
        """'antwoord', 'mededeling' or 'vragen', as the library's kinds; '' for other publications."""
        if self.publicatienaam == UNANSWERED:
            return "vragen"
        if self.publicatienaam != ANSWERED:
            return ""
        words = f"{self.subrubriek} {self.title}".lower()
        if "mededeling" in words or "uitstel" in words:
            return "mededeling"
        return "antwoord"

    @property
    def library_id(self) -> str:
        """The id the library gives the parsed document: ah-tk-VVVVVVVV-N for an Aanhangsel number (also for the
        newer ah-NNNNNNN records), else the record's own identifier."""
        vj = _vergaderjaar(self.vergaderjaar)
        if self.publicatienaam == ANSWERED and vj and self.aanhangselnummer is not None:
            return f"ah-{self.chamber}-{vj.replace('-', '')}-{self.aanhangselnummer}"
        return self.identifier

    @property
    def ids(self) -> frozenset[str]:
        """Every id this record may be known by."""
        return frozenset({self.identifier, self.library_id})

    @property
    def subject(self) -> str:
        """What follows " over " in the title ("… over de Tozo" → "de Tozo"), else the title."""
        m = re.search(r"\bover\s+(.+)$", self.title, re.S)
        return m.group(1).strip() if m else self.title


def _vergaderjaar(value: str) -> str | None:
    m = re.match(r"\s*(\d{4})", value or "")
    return vergaderjaar_of(m.group(1)) if m else None


class _Fields:
    """The values of one record as they are read."""

    def __init__(self) -> None:
        self.single: dict[str, str] = {}
        self.indieners: list[str] = []
        self.subjects: list[str] = []
        self.items: list[tuple[str, str]] = []
        self.type = ""
        self.position = ""

    def leaf(self, tag: str, attrs: dict[str, str], value: str) -> None:
        if not value:
            return
        if tag == "recordPosition":
            self.position = value
        elif tag == "itemUrl":
            if attrs.get("manifestation"):
                self.items.append((attrs["manifestation"], value))
        elif tag == "indiener":
            self.indieners.append(value)
        elif tag == "subject":
            self.subjects.append(value)
        elif tag == "type":
            if attrs.get("scheme", "") in ("OVERHEIDop.Parlementair", "") and not self.type:
                self.type = value
        elif tag in _SINGLE:
            self.single.setdefault(_SINGLE[tag], value)

    def record(self) -> Record | None:
        single = self.single
        identifier = single.get("identifier", "")
        if not identifier:
            return None
        number = single.get("aanhangselnummer", "")
        return Record(
            identifier=identifier,
            title=single.get("title", ""),
            type=self.type,
            creator=single.get("creator", ""),
            modified=_day(single.get("modified", "")),
            available=_day(single.get("available", "")),
            document_date=_day(single.get("document_date", "")),
            issued=_day(single.get("issued", "")),
            subjects=tuple(self.subjects),
            content_area=single.get("content_area", ""),
            aanhangselnummer=int(number) if number.isdigit() else None,
            datum_ontvangst=_day(single.get("datum_ontvangst", "")),
            documentstatus=single.get("documentstatus", ""),
            indieners=tuple(self.indieners),
            ontvanger=single.get("ontvanger", ""),
            publicatienaam=single.get("publicatienaam", ""),
            vergaderjaar=single.get("vergaderjaar", ""),
            vraagnummer=single.get("vraagnummer", "").upper(),
            subrubriek=single.get("subrubriek", ""),
            url=single.get("url", ""),
            preferred_url=single.get("preferred_url", ""),
            item_urls=tuple(self.items),
            position=int(self.position) if self.position.isdigit() else None,
        )


class _Reader(Handler):
    """A searchRetrieveResponse read as it streams: no tree is built, one record's values are held at a time
    (besides the records read)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.path: list[str] = []  # local names from the root to the open element
        self.children: list[int] = []  # child elements seen, per open element
        self.attrs: list[dict[str, str]] = []
        self.buffer: list[str] = []
        self.top: dict[str, str] = {}  # numberOfRecords, nextRecordPosition
        self.diagnostic: dict[str, str] | None = None
        self.diagnostics: list[dict[str, str]] = []
        self.fields: _Fields | None = None
        self.records: list[Record] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if self.children:
            self.children[-1] += 1
        elif name != "searchRetrieveResponse":  # the root: an HTML page, another service's answer
            raise ServiceError("sru_unexpected", url=self.url)
        self.path.append(name)
        self.children.append(0)
        self.attrs.append(attrs)
        self.buffer = []
        if name == "record" and len(self.path) == 3 and self.path[1] == "records":
            self.fields = _Fields()
        elif name == "diagnostic":
            self.diagnostic = {}

    def end(self, name: str) -> None:
        value = " ".join("".join(self.buffer).split())
        self.buffer = []
        leaf = self.children.pop() == 0
        attrs = self.attrs.pop()
        self.path.pop()
        depth = len(self.path)
        if self.diagnostic is not None:
            if name == "diagnostic":
                self.diagnostics.append(self.diagnostic)
                self.diagnostic = None
            elif leaf:
                self.diagnostic[name] = value
        if depth == 1 and leaf:
            self.top[name] = value
        if self.fields is not None:
            if name == "record" and depth == 2:
                record = self.fields.record()
                if record is not None:
                    self.records.append(record)
                self.fields = None
            elif leaf:
                self.fields.leaf(name, attrs, value)

    def text(self, data: str) -> None:
        self.buffer.append(data)


@dataclass(frozen=True)
class SruPage:
    total: int  # numberOfRecords (the service calls it an estimate)
    records: list[Record]
    next_position: int | None  # nextRecordPosition, when there are more


def read_response(data: bytes, url: str) -> SruPage:
    """A searchRetrieveResponse; ServiceError for anything else, and for any diagnostic (the service answers a
    query it cannot run with status 200 and `<diagnostics>`, sometimes beside results of a query it
    shortened: those are not the results asked for)."""
    reader = _Reader(url)
    stream(data, url, reader)
    if not reader.top and not reader.diagnostics:
        raise ServiceError("sru_unexpected", url=url)
    for diagnostic in reader.diagnostics:
        message = diagnostic.get("message") or diagnostic.get("uri", "")
        details = diagnostic.get("details")
        raise ServiceError("sru_diagnostic", message=f"{message} ({details})" if details else message)
    count = reader.top.get("numberOfRecords", "")
    if not count.isdigit():
        raise ServiceError("sru_unexpected", url=url)
    nxt = reader.top.get("nextRecordPosition", "")
    return SruPage(int(count), reader.records, int(nxt) if nxt.isdigit() and int(nxt) > 0 else None)
