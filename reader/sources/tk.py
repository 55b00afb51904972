"""The Tweede Kamer's open data (OData v4): a zaak's documents, for questions KOOP has no answer to yet.

    tk = Tk(client)
    zaak = tk.zaak("2024Z12345")          # None when the Kamer does not know the number
    state, answers = state_of(zaak)       # answered / postponed / withdrawn / open, and the answers
    response = tk.resource(answers[0])    # the answer's file (a PDF or a Word letter), from the Kamer itself

One request per zaak: `Zaak?$filter=Nummer eq '…' and Verwijderd eq false&$expand=Document(…)`. A zaak's
documents tell its state as tkconv and tkapi read them: a document of Soort
"Antwoord schriftelijke vragen" (or "… (nader)") answers it; a "Mededeling" whose subject says the questions
were withdrawn ("ingetrokken", "intrekken") closes it; one with "uitstel" postpones it. An answer's
`Aanhangselnummer` ("151601580": vergaderjaar 2015–2016, number 1580) gives its official id.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any
from urllib.parse import quote

from reader.core.citations import vergaderjaar
from reader.core.parse import MAX_BYTES
from reader.sources.client import Client, Response
from reader.sources.errors import ServiceError

MAX_JSON = 8 * 1024 * 1024
ZAAK_FIELDS = "Id,Nummer,Soort,Onderwerp,GestartOp,Afgedaan"
DOCUMENT_FIELDS = "Id,Soort,DocumentNummer,Onderwerp,Datum,Vergaderjaar,Aanhangselnummer,Kamer,ContentType"
ZAAK_NUMBER = re.compile(r"\d{4}Z\d{5}")


class ZaakState(StrEnum):
    ANSWERED = "answered"
    POSTPONED = "postponed"
    WITHDRAWN = "withdrawn"
    OPEN = "open"
    UNKNOWN = "unknown"  # the Kamer does not know the zaak


@dataclass(frozen=True)
class TkDocument:
    id: str  # the OData Id (a GUID)
    soort: str
    onderwerp: str = ""
    datum: date | None = None
    vergaderjaar: str = ""
    aanhangselnummer: str = ""
    kamer: int | None = None
    content_type: str = ""
    nummer: str = ""  # DocumentNummer, "2021D12345"

    @property
    def is_answer(self) -> bool:
        return self.soort.lower().startswith("antwoord schriftelijke vragen")

    @property
    def is_postponement(self) -> bool:
        return "uitstel" in self.soort.lower()

    @property
    def is_withdrawal(self) -> bool:
        subject = self.onderwerp.lower()
        return self.soort.lower().startswith("mededeling") and ("ingetrokken" in subject or "intrekken" in subject)

    @property
    def ah_id(self) -> str | None:
        """The official id of an answer or notice from its Aanhangselnummer (`YYyyNNNNN`)."""
        digits = self.aanhangselnummer.strip()
        if not digits.isdigit() or len(digits) < 5:
            return None
        vj = vergaderjaar(self.vergaderjaar[:4]) if self.vergaderjaar[:4].isdigit() else None
        if vj is None:
            century = 1900 if int(digits[:2]) > 80 else 2000
            vj = vergaderjaar(str(century + int(digits[:2])))
        if vj is None:
            return None
        chamber = "ek" if self.kamer == 1 else "tk"
        return f"ah-{chamber}-{vj.replace('-', '')}-{int(digits[4:])}"


@dataclass(frozen=True)
class Zaak:
    nummer: str
    onderwerp: str
    gestart_op: date | None
    afgedaan: bool
    documents: tuple[TkDocument, ...]


def state_of(zaak: Zaak | None) -> tuple[ZaakState, list[TkDocument]]:
    """The zaak's state and its answers (newest first)."""
    if zaak is None:
        return ZaakState.UNKNOWN, []
    answers = sorted((d for d in zaak.documents if d.is_answer), key=lambda d: d.datum or date.min, reverse=True)
    if answers:
        return ZaakState.ANSWERED, answers
    if any(d.is_withdrawal for d in zaak.documents):
        return ZaakState.WITHDRAWN, []
    if any(d.is_postponement for d in zaak.documents):
        return ZaakState.POSTPONED, []
    return ZaakState.OPEN, []


def _day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _document(d: dict[str, Any]) -> TkDocument:
    kamer = d.get("Kamer")
    return TkDocument(
        id=_text(d.get("Id")), soort=_text(d.get("Soort")), onderwerp=_text(d.get("Onderwerp")),
        datum=_day(d.get("Datum")), vergaderjaar=_text(d.get("Vergaderjaar")),
        aanhangselnummer=_text(d.get("Aanhangselnummer")), kamer=kamer if isinstance(kamer, int) else None,
        content_type=_text(d.get("ContentType")), nummer=_text(d.get("DocumentNummer")),
    )  # fmt: skip


_SAFE = "$(),;='"  # OData's own punctuation stays readable; spaces become %20


def _query(params: dict[str, str]) -> str:
    return "&".join(k + "=" + quote(v, safe=_SAFE) for k, v in params.items())


class Tk:
    def __init__(self, client: Client) -> None:
        self.client = client

    def zaak_url(self, nummer: str) -> str:
        params = {
            "$filter": f"Nummer eq '{nummer}' and Verwijderd eq false",
            "$select": ZAAK_FIELDS,
            "$expand": f"Document($filter=Verwijderd eq false;$select={DOCUMENT_FIELDS})",
        }
        return f"{self.client.endpoints.tk_odata}/Zaak?{_query(params)}"

    def zaak(self, nummer: str) -> Zaak | None:
        nummer = nummer.strip().upper()
        if not ZAAK_NUMBER.fullmatch(nummer):
            raise ServiceError("tk_bad_zaak", zaak=nummer)
        url = self.zaak_url(nummer)
        parsed: list[Any] = []

        def accept(response: Response) -> None:
            try:
                parsed.append(json.loads(response.body))
            except (ValueError, RecursionError) as exc:
                raise ServiceError("tk_unexpected", url=response.url) from exc
            if not isinstance(parsed[-1], dict) or not isinstance(parsed[-1].get("value"), list):
                raise ServiceError("tk_unexpected", url=response.url)

        response = self.client.get(
            url, limit=MAX_JSON, max_age=0.0, accept=accept, headers={"Accept": "application/json"}
        )
        data = parsed[-1] if parsed else json.loads(response.body)
        for z in data["value"]:
            if isinstance(z, dict) and _text(z.get("Nummer")).upper() == nummer:
                found = z.get("Document")
                documents: list[Any] = found if isinstance(found, list) else []
                return Zaak(
                    nummer=nummer,
                    onderwerp=_text(z.get("Onderwerp")),
                    gestart_op=_day(z.get("GestartOp")),
                    afgedaan=z.get("Afgedaan") is True,
                    documents=tuple(_document(d) for d in documents if isinstance(d, dict)),
                )
        return None

    def resource_url(self, document: TkDocument) -> str:
        return f"{self.client.endpoints.tk_odata}/Document({quote(document.id, safe='-')})/resource"

    def resource(self, document: TkDocument) -> Response:
        """The document's file as the Kamer keeps it (cached: a published file does not change)."""
        return self.client.get(self.resource_url(document), limit=MAX_BYTES, max_age=None)
