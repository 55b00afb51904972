"""Records of KOOP's SRU service (`recordSchema=gzd`), read by local element names.

A record (official-sources.md §1.5): `recordData/gzd/originalData/meta` holds `owmskern` (identifier, title,
type, creator, modified), `owmsmantel` (available, date, issued, subjects) and `tpmeta` (publicatienaam,
vergaderjaar, aanhangselnummer, vraagnummer, indiener…, ontvanger, subrubriek…); `enrichedData` holds the URLs
of the renderings (`itemUrl manifestation="xml|pdf|html|odt|metadata|metadataowms"`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from xml.etree.ElementTree import Element

from reader.core.citations import vergaderjaar as vergaderjaar_of
from reader.sources.errors import ServiceError
from reader.sources.xmlsafe import local, parse, text

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


@dataclass(frozen=True)
class SruPage:
    total: int  # numberOfRecords (the service calls it an estimate)
    records: list[Record]
    next_position: int | None  # nextRecordPosition, when there are more


def read_response(data: bytes, url: str) -> SruPage:
    """A searchRetrieveResponse; ServiceError for anything else, and for any diagnostic (the service answers a
    query it cannot run with status 200 and `<diagnostics>`, sometimes beside results of a query it
    shortened: those are not the results asked for)."""
    root = parse(data, url)
    if local(root.tag) != "searchRetrieveResponse":
        raise ServiceError("sru_unexpected", url=url)
    top = {local(child.tag): child for child in root}
    diagnostics = top.get("diagnostics")
    if diagnostics is not None:
        for diagnostic in diagnostics:
            parts = {local(el.tag): text(el) for el in diagnostic}
            message = parts.get("message") or parts.get("uri", "")
            details = parts.get("details")
            raise ServiceError("sru_diagnostic", message=f"{message} ({details})" if details else message)
    count = text(top.get("numberOfRecords"))
    if not count.isdigit():
        raise ServiceError("sru_unexpected", url=url)
    records: list[Record] = []
    for el in top.get("records", ()):
        if local(el.tag) == "record":
            record = read_record(el)
            if record is not None:
                records.append(record)
    nxt = text(top.get("nextRecordPosition"))
    return SruPage(int(count), records, int(nxt) if nxt.isdigit() and int(nxt) > 0 else None)


def read_record(el: Element) -> Record | None:
    """A Record from one `record` element (its leaves, by local name); None when it has no identifier."""
    fields = _Fields()
    for leaf in el.iter():
        if not len(leaf):
            fields.leaf(local(leaf.tag), leaf.attrib, " ".join((leaf.text or "").split()))
    return fields.record()
