"""A local stand-in for the official services (KOOP's SRU and repository, zoek.officielebekendmakingen.nl, the
Tweede Kamer's OData), for the tests and the benchmark: nothing here ever touches the network.

The SRU answers have the structure of the real recorded answer (`official/sru-response.xml`: the same
namespaces, the `gzd` record with `owmskern`, `owmsmantel`, `tpmeta` and `enrichedData`); the records are
fictional — invented members, subjects and numbers — except the one real record of ah-tk-20202021-3235, which
`add_corpus_3235` reads from the corpus at test time, with the corpus's renderings as its files. Nothing of
the corpus is copied into the repository.

It misbehaves on request (`fault(prefix, …)`, consumed in order by the requests whose path starts with the
prefix): an error status with Retry-After, a slow answer, a body cut short, an HTML page with status 200, a
redirect, a body larger than any document, a connection closed without an answer. Every request is logged
with its (monotonic) arrival time, so a test can measure the rate on the server's side. A request in the
absolute form of a proxy (`GET http://host/path`) is served too, and marked `proxied`.
"""

from __future__ import annotations

import hashlib
import html
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

ANSWERED = "Kamervragen (Aanhangsel)"
UNANSWERED = "Kamervragen zonder antwoord"

NOT_FOUND_PAGE = (
    b"<!DOCTYPE html><html lang='nl'><head><title>Pagina niet gevonden</title></head>"
    b"<body><h1>Pagina niet gevonden</h1><p>De opgevraagde pagina bestaat niet.</p></body></html>"
)

# ---- fictional content ------------------------------------------------------------------------------------

MEMBERS = ["Van Aalst", "Kerkhof", "Öztürk", "De Bruijn", "Terpstra", "El Idrissi", "Hagenaar", "Wijnands"]
PARTIES = ["Polderpartij", "NVP", "SVU", "BDB"]
SUBJECTS = [
    "de veerpont naar Oosterwolde", "de wachtlijsten in de jeugdzorg in Zuiderveen",
    "het tekort aan leraren in Mookhoek",
    "de dijkversterking bij Noorddijk", "de luchtkwaliteit rond Blijdorp", "het zwembad in Westerhaar",
]  # fmt: skip
MINISTER = ("Ter Laak", "Infrastructuur en Waterstaat")
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
          "november", "december"]  # fmt: skip


def _long_date(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def vj_of(d: date) -> str:
    start = d.year if d.month >= 9 else d.year - 1
    return f"{start}-{start + 1}"


@dataclass
class Set:
    """A fictional answered set (or questions not yet answered, `kind="vragen"`)."""

    number: int
    published: date
    subject: str
    members: tuple[str, ...]
    zaak: str
    kind: str = "antwoord"  # "antwoord", "mededeling", "vragen"
    formats: tuple[str, ...] = ("xml", "pdf", "html")  # renderings the record names

    @property
    def vergaderjaar(self) -> str:
        return vj_of(self.published)

    @property
    def id(self) -> str:
        if self.kind == "vragen":
            return f"kv-tk-{self.zaak}"
        return f"ah-tk-{self.vergaderjaar.replace('-', '')}-{self.number}"

    @property
    def title(self) -> str:
        who = ", ".join(self.members[:-1]) + " en " + self.members[-1] if len(self.members) > 1 else self.members[0]
        lead = {"antwoord": "Antwoord op vragen van", "mededeling": "Mededeling over vragen van"}.get(
            self.kind, "Vragen van"
        )
        return f"{lead} de leden {who} over {self.subject}"


def fictional_xml(s: Set) -> bytes:
    """The set in the official XML structure (officiele-publicatie > kamervragen), with invented text."""
    sent = s.published - timedelta(days=24)
    names = "".join(
        f"{', ' if i and i < len(s.members) - 1 else ' en ' if i else ''}<naam><achternaam>{m}</achternaam></naam>"
        for i, m in enumerate(s.members)
    )
    party = PARTIES[s.number % len(PARTIES)]
    blocks = []
    for n in range(1, 4):
        blocks.append(
            f'<vraag><nr status="officieel">Vraag {n}</nr><al>Bent u bekend met het bericht over {s.subject} '
            f"(vraag {n} van set {s.number})? Wat vindt u van de gevolgen voor de inwoners?</al></vraag>"
        )
        if s.kind == "antwoord":
            blocks.append(
                f'<antwoord><nr status="officieel">Antwoord {n}</nr><al>Ja. Het kabinet volgt {s.subject} '
                f"nauwkeurig en informeert de Kamer voor de zomer over de stappen (antwoord {n}).</al></antwoord>"
            )
    answer = (
        f'<kamervraagomschrijving type="antwoord">Antwoord van Minister <naam><achternaam>{MINISTER[0]}'
        f'</achternaam></naam> ({MINISTER[1]}) (ontvangen <datum isodatum="{s.published.isoformat()}">'
        f"{_long_date(s.published)}</datum>).</kamervraagomschrijving>"
        if s.kind == "antwoord"
        else ""
    )
    text = f"""<?xml version="1.0" encoding="UTF-8"?>
<officiele-publicatie>
  <metadata><meta name="OVERHEIDop.vraagnummer" scheme="" content="{s.zaak}"/></metadata>
  <kamervragen>
    <kamervraagkop>
      <tekstregel inhoud="vergaderjaar">Vergaderjaar {s.vergaderjaar}</tekstregel>
      <tekstregel inhoud="kameraanduiding">Tweede Kamer der Staten-Generaal</tekstregel>
      <tekstregel inhoud="documenttype">Aanhangsel van de Handelingen</tekstregel>
    </kamervraagkop>
    <kamervraagnummer>{s.number}</kamervraagnummer>
    <kamervraagomschrijving type="vraag">Vragen van de leden {names} (allen {party}) aan de Minister van
      {MINISTER[1]} over <kamervraagonderwerp>{s.subject}</kamervraagonderwerp> (ingezonden
      <datum isodatum="{sent.isoformat()}">{_long_date(sent)}</datum>).</kamervraagomschrijving>
    {answer}
    {"".join(blocks)}
  </kamervragen>
</officiele-publicatie>
"""
    return text.encode("utf-8")


def fictional_sets(count: int, first: date, last: date, start_number: int = 5001) -> list[Set]:
    """`count` answered sets published between `first` and `last`, spread evenly."""
    span = max((last - first).days, 0)
    out = []
    for i in range(count):
        day = first + timedelta(days=span * i // max(count - 1, 1))
        members = tuple(MEMBERS[(i + k) % len(MEMBERS)] for k in range(1 + i % 3))
        out.append(Set(start_number + i, day, SUBJECTS[i % len(SUBJECTS)], members, f"{day.year}Z{10000 + i:05d}"))
    return out


# ---- the gzd record structure ---------------------------------------------------------------------------

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<sru:searchRetrieveResponse '
    'xmlns:overheidwetgeving="http://standaarden.overheid.nl/wetgeving/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:cd="http://standaarden.overheid.nl/cup/data" '
    'xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse" '
    'xmlns:gzd="http://standaarden.overheid.nl/sru" xmlns:diag="http://docs.oasis-open.org/ns/search-ws/diagnostic" '
    'xmlns:facet="http://docs.oasis-open.org/ns/search-ws/facetedResults" '
    'xmlns:c="http://standaarden.overheid.nl/collectie/">\n<sru:version>2.0</sru:version>\n'
)


def record_xml(s: Set, base: str) -> str:
    e = html.escape
    group = "onopgemaakt" if s.kind == "vragen" else s.vergaderjaar.replace("-", "")
    folder = "kv-tk" if s.kind == "vragen" else "ah-tk"
    repo = f"{base}/frbr/officielepublicaties/{folder}/{group}/{s.id}/1"
    items = "".join(
        f'<gzd:itemUrl manifestation="{fmt}">{repo}/{fmt}/{s.id}.{fmt}</gzd:itemUrl>' for fmt in sorted(s.formats)
    )
    main = f"{repo}/{s.formats[0]}/{s.id}.{s.formats[0]}" if s.formats else ""
    indieners = "".join(f"<overheidwetgeving:indiener>{e(m)}</overheidwetgeving:indiener>" for m in s.members)
    rubriek = {"antwoord": "Antwoord", "mededeling": "Mededeling"}.get(s.kind, "Schriftelijke vragen")
    number = (
        ""
        if s.kind == "vragen"
        else f"<overheidwetgeving:aanhangselnummer>{s.number}</overheidwetgeving:aanhangselnummer>"
    )
    return f"""<sru:record><sru:recordSchema>http://standaarden.overheid.nl/sru/</sru:recordSchema>
<sru:recordPacking>xml</sru:recordPacking><sru:recordData><gzd:gzd><gzd:originalData><overheidwetgeving:meta>
<overheidwetgeving:owmskern><dcterms:identifier>{s.id}</dcterms:identifier><dcterms:title>{e(s.title)}</dcterms:title>
<dcterms:language>nl</dcterms:language>
<dcterms:type scheme="OVERHEIDop.Parlementair">Aanhangsel van de Handelingen</dcterms:type>
<dcterms:creator scheme="OVERHEID.StatenGeneraal">Tweede Kamer der Staten-Generaal</dcterms:creator>
<dcterms:modified>{s.published.isoformat()}</dcterms:modified></overheidwetgeving:owmskern>
<overheidwetgeving:owmsmantel><dcterms:available>{s.published.isoformat()}</dcterms:available>
<dcterms:date>{s.published.isoformat()}</dcterms:date></overheidwetgeving:owmsmantel>
<overheidwetgeving:tpmeta><c:product-area>officielepublicaties</c:product-area>
<c:content-area>officielepublicaties/{folder}/{group}</c:content-area>{number}
<overheidwetgeving:datumOntvangst>{s.published.isoformat()}</overheidwetgeving:datumOntvangst>{indieners}
<overheidwetgeving:ontvanger>{MINISTER[0]}</overheidwetgeving:ontvanger>
<overheidwetgeving:publicatienaam>{ANSWERED if s.kind != "vragen" else UNANSWERED}</overheidwetgeving:publicatienaam>
<overheidwetgeving:vergaderjaar>{s.vergaderjaar}</overheidwetgeving:vergaderjaar>
<overheidwetgeving:vraagnummer>{s.zaak}</overheidwetgeving:vraagnummer>
<overheidwetgeving:subrubriek scheme="OVERHEIDop.AanhangselTypen">{rubriek}</overheidwetgeving:subrubriek>
</overheidwetgeving:tpmeta></overheidwetgeving:meta></gzd:originalData><gzd:enrichedData><gzd:url>{main}</gzd:url>
<gzd:preferredUrl>https://zoek.officielebekendmakingen.nl/{s.id}.html</gzd:preferredUrl>{items}
</gzd:enrichedData></gzd:gzd></sru:recordData><sru:recordPosition>@POS@</sru:recordPosition></sru:record>"""


@dataclass
class Entry:
    """One record the SRU knows: its fields for the query matcher and its XML."""

    fields: dict[str, object]
    xml: str


def _entry(s: Set, base: str) -> Entry:
    fields: dict[str, object] = {
        "dt.identifier": s.id, "w.publicatienaam": ANSWERED if s.kind != "vragen" else UNANSWERED,
        "w.vraagnummer": s.zaak, "w.vergaderjaar": s.vergaderjaar, "w.indiener": list(s.members),
        "dt.available": s.published.isoformat(), "dt.date": s.published.isoformat(),
        "text": f"{s.title} {s.subject} {' '.join(s.members)}",
    }  # fmt: skip
    return Entry(fields, record_xml(s, base))


# ---- a little CQL ---------------------------------------------------------------------------------------

_TOKEN = re.compile(r'\s*(?:(\()|(\))|(AND|OR|NOT)\b|([\w.-]+)\s*(==|>=|<=|=|>|<)\s*"([^"]*)"|(\S+))')


class CqlError(Exception):
    pass


def _tokens(query: str) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    pos = 0
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if m.group(1):
            out.append(("(",))
        elif m.group(2):
            out.append((")",))
        elif m.group(3):
            out.append((m.group(3),))
        elif m.group(4):
            out.append(("clause", m.group(4), m.group(5), m.group(6)))
        elif m.group(7):
            raise CqlError(f"mismatched input '{m.group(7)}'")
    return out


def _matches(fields: dict[str, object], index: str, relation: str, value: str) -> bool:
    if index == "c.product-area":
        return value == "officielepublicaties"
    if index == "cql.textAndIndexes":
        return value.lower() in str(fields["text"]).lower()
    if index not in fields:
        raise CqlError(f"unsupported index {index}")
    have = fields[index]
    if isinstance(have, list):
        return any(value.lower() in str(h).lower() for h in have)
    text = str(have)
    if relation == "==":
        return text == value
    if relation == "=":
        return value.lower() in text.lower()
    if relation == ">=":
        return text >= value
    if relation == "<=":
        return text <= value
    if relation == ">":
        return text > value
    return text < value


def matcher(query: str) -> object:
    """A predicate over record fields for the CQL `query` (AND, OR, NOT, parentheses, quoted values)."""
    query = query.split(" sortBy ", 1)[0]
    tokens = _tokens(query)
    pos = 0

    def atom() -> object:
        nonlocal pos
        if pos >= len(tokens):
            raise CqlError("unexpected end of query")
        tok = tokens[pos]
        pos += 1
        if tok[0] == "(":
            inner = either()
            if pos >= len(tokens) or tokens[pos][0] != ")":
                raise CqlError("missing ')'")
            pos += 1
            return inner
        if tok[0] == "clause":
            _, index, relation, value = tok
            return lambda f: _matches(f, index, relation, value)
        raise CqlError(f"unexpected {tok[0]}")

    def both() -> object:
        nonlocal pos
        parts = [atom()]
        negated = [False]
        while pos < len(tokens) and tokens[pos][0] in ("AND", "NOT"):
            negated.append(tokens[pos][0] == "NOT")
            pos += 1
            parts.append(atom())
        return lambda f: all(p(f) != neg for p, neg in zip(parts, negated, strict=True))  # type: ignore[operator]

    def either() -> object:
        nonlocal pos
        parts = [both()]
        while pos < len(tokens) and tokens[pos][0] == "OR":
            pos += 1
            parts.append(both())
        return lambda f: any(p(f) for p in parts)  # type: ignore[operator]

    predicate = either()
    if pos != len(tokens):
        raise CqlError("unexpected input after the query")
    return predicate


# ---- the server -----------------------------------------------------------------------------------------


@dataclass
class Hit:
    at: float  # time.monotonic() on arrival
    wall: float  # time.time() on arrival
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    proxied: bool = False
    status: int = 0


@dataclass
class Fault:
    kind: str  # "status", "slow", "truncate", "html200", "redirect", "huge", "close"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    location: str = ""
    size: int = 0
    chunked: bool = False


@dataclass
class File:
    body: bytes
    content_type: str

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'


class Official:
    """The fake services' state; `start()` serves it on 127.0.0.1 on a free port."""

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.files: dict[str, File] = {}  # path → body
        self.zaken: dict[str, dict[str, object]] = {}  # TK zaak number → OData Zaak with its Document list
        self.faults: list[tuple[str, Fault]] = []
        self.log: list[Hit] = []
        self.window = 10_000
        self.too_deep = 0
        self.missing = "redirect"  # what zoek does for a missing id: "redirect", "200" or "404"
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None
        self.base = ""

    # ---- content ----------------------------------------------------------------------------------------
    @property
    def sru_url(self) -> str:
        return f"{self.base}/sru"

    @property
    def zoek_url(self) -> str:
        return f"{self.base}/zoek"

    @property
    def tk_url(self) -> str:
        return f"{self.base}/tk/OData/v4/2.0"

    def add_set(self, s: Set, body: bytes | None = None, in_sru: bool = True) -> None:
        """A fictional set: its record (unless `in_sru` is False) and its renderings' files."""
        if in_sru:
            self.entries.append(_entry(s, self.base))
        group = "onopgemaakt" if s.kind == "vragen" else s.vergaderjaar.replace("-", "")
        folder = "kv-tk" if s.kind == "vragen" else "ah-tk"
        xml = body if body is not None else fictional_xml(s)
        for fmt in s.formats:
            path = f"/frbr/officielepublicaties/{folder}/{group}/{s.id}/1/{fmt}/{s.id}.{fmt}"
            if fmt == "xml":
                self.files[path] = File(xml, "application/xml")
            elif fmt == "html":
                self.files[path] = File(NOT_FOUND_PAGE, "text/html")  # never preferred over the XML
            # a PDF rendering of a fictional set is named but not served: the XML is taken first

    def add_corpus_3235(self, corpus: Path) -> None:
        """The real record of ah-tk-20202021-3235 (from the recorded answer) and its renderings."""
        recorded = (corpus / "official" / "sru-response.xml").read_text(encoding="utf-8")
        blocks = re.findall(r"<sru:record>.*?</sru:record>", recorded, re.S)
        [block] = [b for b in blocks if "<dcterms:identifier>ah-tk-20202021-3235<" in b]
        block = block.replace("http://__MOCK_SERVICE__/repository.overheid.nl", self.base)
        block = re.sub(
            r"<sru:recordPosition>\d+</sru:recordPosition>", "<sru:recordPosition>@POS@</sru:recordPosition>", block
        )
        fields: dict[str, object] = {
            "dt.identifier": "ah-tk-20202021-3235", "w.publicatienaam": ANSWERED, "w.vraagnummer": "2021Z09739",
            "w.vergaderjaar": "2020-2021", "w.indiener": re.findall(r"<overheidwetgeving:indiener>([^<]*)<", block),
            "dt.available": "2021-06-21", "dt.date": "2021-06-21",
            "text": " ".join(re.findall(r"<dcterms:(?:title|subject)[^>]*>([^<]*)<", block)),
        }  # fmt: skip
        self.entries.append(Entry(fields, block))
        repo = "/frbr/officielepublicaties/ah-tk/20202021/ah-tk-20202021-3235/1"
        kinds = {
            "xml": "application/xml",
            "pdf": "application/pdf",
            "html": "text/html",
            "odt": "application/vnd.oasis.opendocument.text",
        }
        for fmt, content_type in kinds.items():
            body = (corpus / "official" / f"ah-tk-20202021-3235.{fmt}").read_bytes()
            self.files[f"{repo}/{fmt}/ah-tk-20202021-3235.{fmt}"] = File(body, content_type)
        meta = (corpus / "official" / "ah-tk-20202021-3235.metadata.xml").read_bytes()
        self.files[f"{repo}/metadata/metadata.xml"] = File(meta, "application/xml")

    def add_zoek(self, doc_id: str, fmt: str, body: bytes, content_type: str) -> None:
        self.files[f"/zoek/{doc_id}.{fmt}"] = File(body, content_type)

    def add_zaak(self, nummer: str, documents: list[dict[str, object]], onderwerp: str = "") -> None:
        self.zaken[nummer] = {
            "Id": f"zaak-{nummer}",
            "Nummer": nummer,
            "Soort": "Schriftelijke vragen",
            "Onderwerp": onderwerp,
            "GestartOp": "2024-05-01T00:00:00+02:00",
            "Afgedaan": False,
            "Document": documents,
        }

    def fault(self, prefix: str, kind: str, **options: object) -> None:
        with self.lock:
            self.faults.append((prefix, Fault(kind, **options)))  # type: ignore[arg-type]

    def hits(self, prefix: str = "/") -> list[Hit]:
        with self.lock:
            return [h for h in self.log if h.path.startswith(prefix)]

    # ---- lifetime ---------------------------------------------------------------------------------------
    def start(self) -> Official:
        state = self

        class Handler(_Handler):
            official = state

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, name="official-server", daemon=True).start()
        return self

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    # ---- answers ----------------------------------------------------------------------------------------
    def take_fault(self, path: str) -> Fault | None:
        with self.lock:
            for i, (prefix, fault) in enumerate(self.faults):
                if path.startswith(prefix):
                    del self.faults[i]
                    return fault
        return None

    def sru(self, params: dict[str, str]) -> tuple[int, bytes]:
        query = params.get("query", "")
        start = int(params.get("startRecord", "1") or 1)
        maximum = int(params.get("maximumRecords", "10") or 10)
        if start + maximum - 1 > self.window:
            self.too_deep += 1
            return 504, b"<html><body>504 Gateway Time-out</body></html>"
        try:
            predicate = matcher(query)
            found = [e for e in self.entries if predicate(e.fields)]  # type: ignore[operator]
        except CqlError as exc:
            body = (
                HEAD + "<sru:diagnostics><diag:diagnostic><diag:uri>info:srw/diagnostic/1/10</diag:uri>"
                f"<diag:details>{html.escape(str(exc))}</diag:details><diag:message>Query syntax error</diag:message>"
                "</diag:diagnostic></sru:diagnostics></sru:searchRetrieveResponse>"
            )
            return 200, body.encode()
        found.sort(key=lambda e: (str(e.fields["dt.available"]), str(e.fields["dt.identifier"])), reverse=True)
        page = found[start - 1 : start - 1 + maximum]
        records = "".join(e.xml.replace("@POS@", str(start + i)) for i, e in enumerate(page))
        nxt = (
            f"<sru:nextRecordPosition>{start + len(page)}</sru:nextRecordPosition>"
            if start - 1 + len(page) < len(found)
            else ""
        )
        body = (
            HEAD + f"<sru:numberOfRecords>{len(found)}</sru:numberOfRecords><sru:records>{records}</sru:records>{nxt}"
            f"<sru:echoedSearchRetrieveRequest><sru:query>{html.escape(query)}</sru:query>"
            f"<sru:startRecord>{start}</sru:startRecord><sru:maximumRecords>{maximum}</sru:maximumRecords>"
            "</sru:echoedSearchRetrieveRequest>"
            "<sru:resultCountPrecision>info:srw/vocabulary/resultCountPrecision/1/estimate</sru:resultCountPrecision>"
            "</sru:searchRetrieveResponse>"
        )
        return 200, body.encode("utf-8")

    def tk(self, path: str, params: dict[str, str]) -> tuple[int, bytes, str]:
        import json

        if path.endswith("/Zaak"):
            m = re.search(r"Nummer eq '(\d{4}Z\d{5})'", params.get("$filter", ""))
            if not m or "Document(" not in params.get("$expand", ""):
                return 400, b'{"error": {"message": "bad request"}}', "application/json"
            zaak = self.zaken.get(m.group(1))
            return 200, json.dumps({"value": [zaak] if zaak else []}).encode(), "application/json"
        m = re.search(r"/Document\(([^)]+)\)/resource$", path)
        if m and f"/tk/resource/{m.group(1)}" in self.files:
            f = self.files[f"/tk/resource/{m.group(1)}"]
            return 200, f.body, f.content_type
        return 404, b"", "application/json"


class _Handler(BaseHTTPRequestHandler):
    official: Official
    protocol_version = "HTTP/1.0"

    def log_message(self, *args: object) -> None:  # quiet
        pass

    def do_GET(self) -> None:
        o = self.official
        target = self.path
        proxied = target.startswith(("http://", "https://"))
        parts = urlsplit(target)
        path = unquote(parts.path)
        params = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        hit = Hit(time.monotonic(), time.time(), path, params, {k: v for k, v in self.headers.items()}, proxied)
        with o.lock:
            o.log.append(hit)
        fault = o.take_fault(path)
        if fault is not None and self._misbehave(fault, hit):
            return
        status, body, content_type, extra = self._answer(path, params)
        etag = extra.get("ETag")
        if status == 200 and etag and self.headers.get("If-None-Match") == etag:
            status, body = 304, b""
        hit.status = status
        self._send(status, body, content_type, extra)

    def _answer(self, path: str, params: dict[str, str]) -> tuple[int, bytes, str, dict[str, str]]:
        o = self.official
        if path == "/sru":
            status, body = o.sru(params)
            etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
            return status, body, "text/xml; charset=utf-8", {"ETag": etag} if status == 200 else {}
        if path.startswith("/tk/"):
            status, body, content_type = o.tk(path, params)
            return status, body, content_type, {}
        if path == "/zoek/Errors/404.htm":
            return 200, NOT_FOUND_PAGE, "text/html", {}
        f = o.files.get(path)
        if f is not None:
            modified = formatdate(1_600_000_000, usegmt=True)
            return 200, f.body, f.content_type, {"ETag": f.etag, "Last-Modified": modified}
        if path.startswith("/zoek/"):
            if o.missing == "redirect":
                return 302, b"", "text/html", {"Location": "/zoek/Errors/404.htm"}
            if o.missing == "200":
                return 200, NOT_FOUND_PAGE, "text/html", {}
        return 404, b"not found", "text/plain", {}

    def _send(self, status: int, body: bytes, content_type: str, extra: dict[str, str]) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in extra.items():
            self.send_header(k, v)
        self.end_headers()
        if body:
            self.wfile.write(body)

    def _misbehave(self, fault: Fault, hit: Hit) -> bool:
        """Act out a fault; False when the normal answer should follow (after a delay)."""
        hit.status = fault.status
        if fault.kind == "status":
            self._send(fault.status, b"<html><body>Even geduld</body></html>", "text/html", fault.headers)
        elif fault.kind == "slow":
            time.sleep(fault.seconds)
            return False
        elif fault.kind == "html200":
            self._send(200, b"<!DOCTYPE html><html><body><h1>Onderhoud</h1></body></html>", "text/html", {})
        elif fault.kind == "redirect":
            self._send(302, b"", "text/html", {"Location": fault.location})
        elif fault.kind == "truncate":
            status, body, content_type, _ = self._answer(hit.path, hit.query)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.connection.shutdown(2)
        elif fault.kind == "huge":
            self.send_response(200)
            self.send_header("Content-Type", "application/xml")
            if not fault.chunked:
                self.send_header("Content-Length", str(fault.size))
            self.end_headers()
            try:
                sent = 0
                chunk = b"<officiele-publicatie>" + b" " * (64 * 1024 - 22)
                while sent < fault.size:
                    self.wfile.write(chunk)
                    sent += len(chunk)
            except OSError:
                pass  # the client stopped reading, as it should
        elif fault.kind == "close":
            self.connection.shutdown(2)
        return True


def retry_after_date(seconds: int) -> str:
    """An HTTP date `seconds` from now (rounded up to the next whole second)."""
    return formatdate(int(time.time()) + seconds + 1, usegmt=True)


@pytest.fixture
def official(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Official]:
    """The fake services, with the environment pointing the program at them and a quick rate limit."""
    server = Official().start()
    monkeypatch.setenv("KAMERVRAGEN_SRU_URL", server.sru_url)
    monkeypatch.setenv("KAMERVRAGEN_ZOEK_URL", server.zoek_url)
    monkeypatch.setenv("KAMERVRAGEN_TK_ODATA_URL", server.tk_url)
    for var in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(var, raising=False)
    write_settings(rate=50, timeout=5)
    try:
        yield server
    finally:
        server.stop()


def write_settings(**values: object) -> Path:
    """Section [sources] of settings.ini in the (test's) configuration folder."""
    from reader.core import paths

    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / "settings.ini"
    lines = ["[sources]"] + [f"{k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in values.items()]
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return file
