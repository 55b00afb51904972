"""KOOP's SRU service: the real recorded answer read by local names, diagnostics as errors, safe XML, queries
that user text cannot change, paging on nextRecordPosition, and date slices that never page beyond the
window; the defaults checked for their shape only (URLs built, headers sent), never asked."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from official_server import Official, fictional_sets, official  # noqa: F401 (official: the fixture)

from reader.sources import cql
from reader.sources.cache import Cache
from reader.sources.client import Client, Gate
from reader.sources.errors import ServiceError, SourceError
from reader.sources.records import read_response
from reader.sources.settings import Endpoints, SourceSettings
from reader.sources.sru import Sru, request_url
from reader.sources.tk import Tk, TkDocument, Zaak, ZaakState, state_of


def test_the_recorded_answer_is_read_by_local_names(corpus: Path) -> None:
    page = read_response((corpus / "official" / "sru-response.xml").read_bytes(), "recorded")
    assert page.total == 3 and page.next_position is None  # the recorders appended records: 5 < 3 is theirs
    ids = [r.identifier for r in page.records]
    assert ids == ["kst-32545-143", "ah-tk-20202021-3235", "blg-1007826", "blg-1025203", "kst-32545-144"]
    r = page.records[1]
    assert (r.kind, r.library_id, r.vraagnummer, r.aanhangselnummer) == ("antwoord", r.identifier, "2021Z09739", 3235)
    assert r.publicatienaam == "Kamervragen (Aanhangsel)" and r.type == "Aanhangsel van de Handelingen"
    assert r.indieners == ("S.P.R.A. van Weyenberg", "R.H. (Romke) de Jong", "H. Kat")
    assert r.ontvanger == "W. Koolmees" and r.vergaderjaar == "2020-2021" and r.subrubriek == "Antwoord"
    assert r.available == r.document_date == date(2021, 6, 21) and r.subject == "de Tozo"
    assert sorted(name for name, _ in r.item_urls) == ["html", "metadata", "metadataowms", "odt", "pdf", "xml"]
    assert r.item_url(
        "xml",
    ) and r.item_url("xml").endswith("/1/xml/ah-tk-20202021-3235.xml")  # type: ignore[union-attr]
    assert r.preferred_url == "https://zoek.officielebekendmakingen.nl/ah-tk-20202021-3235.html"
    assert page.records[0].kind == "" and page.records[2].item_url("xml") is None  # a Kamerstuk; a PDF-only annex


DIAGNOSTIC = b"""<?xml version="1.0"?>
<sru:searchRetrieveResponse xmlns:sru="http://docs.oasis-open.org/ns/search-ws/sruResponse"
  xmlns:diag="http://docs.oasis-open.org/ns/search-ws/diagnostic"><sru:version>2.0</sru:version>
<sru:diagnostics><diag:diagnostic><diag:uri>info:srw/diagnostic/1/10</diag:uri>
<diag:details>mismatched input 'OR'</diag:details><diag:message>Query syntax error</diag:message>
</diag:diagnostic></sru:diagnostics></sru:searchRetrieveResponse>"""


def test_a_diagnostic_is_an_error_with_the_services_words() -> None:
    with pytest.raises(ServiceError) as info:
        read_response(DIAGNOSTIC, "x")
    assert info.value.key == "sru_diagnostic" and "Query syntax error (mismatched input 'OR')" in str(info.value)


def test_a_diagnostic_beside_results_is_still_an_error(corpus: Path) -> None:
    recorded = (corpus / "official" / "sru-response.xml").read_bytes()
    shortened = recorded.replace(
        b"<sru:echoedSearchRetrieveRequest>",
        b"<sru:diagnostics><diag:diagnostic><diag:uri>info:srw/diagnostic/1/999</diag:uri>"
        b"<diag:message>SEARCH-IGNOREDQTEXT</diag:message></diag:diagnostic></sru:diagnostics>"
        b"<sru:echoedSearchRetrieveRequest>",
    )
    with pytest.raises(ServiceError, match="SEARCH-IGNOREDQTEXT"):
        read_response(shortened, "x")


@pytest.mark.parametrize(
    ("body", "key"),
    [
        (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>', "xml_refused"),
        (b'<!DOCTYPE r SYSTEM "file:///etc/passwd"><r/>', "xml_refused"),
        (b"<html><body>Onderhoud</body></html>", "sru_unexpected"),
        (b"<searchRetrieveResponse><records/></searchRetrieveResponse>", "sru_unexpected"),
        (b"<searchRetrieveResponse><numberOf", "xml_unreadable"),
        (b"<searchRetrieveResponse>" + b"<a>" * 5000 + b"</a>" * 5000 + b"</searchRetrieveResponse>", "xml_unreadable"),
        (b"<searchRetrieveResponse><a></b></searchRetrieveResponse>", "xml_unreadable"),
        (
            '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE r [<!ENTITY a "x">]><r>&a;</r>'.encode("utf-16"),
            "xml_refused",
        ),
    ],
)
def test_answers_that_are_not_search_results_are_refused(body: bytes, key: str) -> None:
    with pytest.raises(ServiceError) as info:
        read_response(body, "http://x/sru")
    assert info.value.key == key


def test_user_text_cannot_change_the_query() -> None:
    query = cql.search('tozo" OR dt.identifier=="x', member='Kat\\" OR "', year="2020")
    assert 'cql.textAndIndexes="tozo"' in query and 'cql.textAndIndexes="OR"' in query
    structure = re.sub(r'"[^"]*"', '""', query)  # what is left outside the quoted values
    assert "dt.identifier" not in structure and structure.count(" OR ") == 1  # only the query's own OR
    assert 'w.indiener="Kat OR"' in query and 'w.vergaderjaar=="2020-2021"' in query
    assert query.count('"') % 2 == 0 and query.endswith("sortBy dt.date/sort.descending")
    assert cql.search('"de Tozo" 2021Z09739').count('cql.textAndIndexes="de Tozo"') == 1
    assert 'w.vraagnummer=="2021Z09739"' in cql.search("2021z09739")
    with pytest.raises(SourceError):
        cql.normal_year("vorig jaar")


def test_queries_name_the_collection_and_the_publication() -> None:
    assert cql.by_ids(["ah-tk-20202021-3235"]) == (
        'c.product-area=="officielepublicaties" AND (dt.identifier=="ah-tk-20202021-3235")'
    )
    assert cql.by_zaak("2021Z09739") == (
        'c.product-area=="officielepublicaties" AND w.publicatienaam=="Kamervragen (Aanhangsel)" '
        'AND w.vraagnummer=="2021Z09739"'
    )
    assert 'w.publicatienaam=="Kamervragen zonder antwoord"' in cql.search("x", kinds="unanswered")
    assert 'dt.available>="2024-01-01" AND dt.available<="2024-01-31"' in cql.published(
        date(2024, 1, 1), date(2024, 1, 31)
    )


def _sru(server: Official, tmp_path: Path) -> Sru:
    endpoints = Endpoints(server.sru_url, server.zoek_url, server.tk_url)
    return Sru(Client(SourceSettings(rate=1000), endpoints, Cache(tmp_path / "c"), gate=Gate()))


def test_paging_follows_next_record_position(official: Official, tmp_path: Path) -> None:  # noqa: F811
    for s in fictional_sets(250, date(2024, 1, 1), date(2024, 1, 20)):
        official.add_set(s)
    records = list(_sru(official, tmp_path).records(cql.published(date(2024, 1, 1), date(2024, 1, 31))))
    assert len({r.identifier for r in records}) == 250
    starts = [h.query["startRecord"] for h in official.hits("/sru")]
    assert starts == ["1", "101", "201"]


def test_long_lists_are_sliced_by_date_never_paged_beyond_the_window(official: Official, tmp_path: Path) -> None:  # noqa: F811
    official.window = 60  # as the real service's 10,000, smaller
    sets = fictional_sets(150, date(2024, 3, 1), date(2024, 3, 31)) + fictional_sets(
        20, date(2024, 4, 2), date(2024, 4, 9), 9001
    )
    for s in sets:
        official.add_set(s)
    sru = _sru(official, tmp_path)
    import reader.sources.sru as sru_module

    window, page = sru_module.WINDOW, sru_module.PAGE
    sru_module.WINDOW, sru_module.PAGE = 60, 25
    try:
        parts = list(sru.slices(date(2024, 3, 1), date(2024, 4, 30)))
        found = [r.identifier for part in parts for r in sru.records(part)]
    finally:
        sru_module.WINDOW, sru_module.PAGE = window, page
    assert sorted(found) == sorted(s.id for s in sets)
    assert official.too_deep == 0
    assert all(part.total <= 60 for part in parts) and len(parts) >= 4


def test_lookup_asks_for_several_ids_at_once(official: Official, tmp_path: Path) -> None:  # noqa: F811
    sets = fictional_sets(5, date(2024, 1, 1), date(2024, 1, 5))
    for s in sets:
        official.add_set(s)
    found = _sru(official, tmp_path).lookup([s.id for s in sets] + ["ah-tk-20232024-1"])
    assert set(found) == {s.id for s in sets}
    assert len(official.hits("/sru")) == 1


def test_the_real_services_are_addressed_as_they_document_it() -> None:
    url = request_url(Endpoints().sru, cql.by_ids(["ah-tk-20202021-3235"]), 1, 20)
    parts = urlsplit(url)
    params = {k: v[0] for k, v in parse_qs(parts.query).items()}
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "repository.overheid.nl", "/sru")
    assert params == {
        "operation": "searchRetrieve", "version": "2.0", "recordSchema": "gzd", "startRecord": "1",
        "maximumRecords": "20",
        "query": 'c.product-area=="officielepublicaties" AND (dt.identifier=="ah-tk-20202021-3235")',
    }  # fmt: skip
    tk = Tk(Client(SourceSettings(), Endpoints()))
    zaak = tk.zaak_url("2021Z09739")
    assert zaak.startswith(
        "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Zaak?$filter=Nummer%20eq%20'2021Z09739'"
    )
    assert "$expand=Document($filter=Verwijderd%20eq%20false;$select=Id,Soort," in zaak
    resource = tk.resource_url(TkDocument("0f4c-11", "Antwoord schriftelijke vragen"))
    assert resource == "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document(0f4c-11)/resource"
    assert Endpoints().zoek == "https://zoek.officielebekendmakingen.nl"
    headers = Client(SourceSettings(), Endpoints()).request_headers()
    assert headers["User-Agent"].startswith("KamervragenReader/") and headers["Accept-Encoding"] == "identity"


def test_the_environment_points_at_mirrors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAMERVRAGEN_SRU_URL", "http://mirror.example/sru/")
    monkeypatch.setenv("KAMERVRAGEN_ZOEK_URL", "http://mirror.example/zoek")
    monkeypatch.delenv("KAMERVRAGEN_TK_ODATA_URL", raising=False)
    e = Endpoints.from_environment()
    assert (e.sru, e.zoek, e.tk_odata) == (
        "http://mirror.example/sru",
        "http://mirror.example/zoek",
        Endpoints().tk_odata,
    )
    assert "mirror.example" in e.hosts and "repository.overheid.nl" in e.hosts


def _doc(soort: str, onderwerp: str = "", nummer: str = "", vj: str = "2023-2024", kamer: int = 2) -> TkDocument:
    return TkDocument("id", soort, onderwerp, date(2024, 5, 1), vj, nummer, kamer)


@pytest.mark.parametrize(
    ("documents", "state"),
    [
        ([_doc("Schriftelijke vragen")], ZaakState.OPEN),
        ([_doc("Schriftelijke vragen"), _doc("Mededeling (uitstel antwoord)")], ZaakState.POSTPONED),
        (
            [_doc("Schriftelijke vragen"), _doc("Mededeling", "Mededeling over het intrekken van de vragen")],
            ZaakState.WITHDRAWN,
        ),
        (
            [_doc("Mededeling (uitstel antwoord)"), _doc("Antwoord schriftelijke vragen", nummer="232401432")],
            ZaakState.ANSWERED,
        ),
        ([_doc("Antwoord schriftelijke vragen (nader)", nummer="232401433")], ZaakState.ANSWERED),
    ],
)
def test_a_zaaks_documents_tell_its_state(documents: list[TkDocument], state: ZaakState) -> None:
    assert state_of(Zaak("2024Z00001", "", None, False, tuple(documents)))[0] == state
    assert state_of(None)[0] == ZaakState.UNKNOWN


def test_an_aanhangselnummer_gives_the_official_id() -> None:
    assert _doc("Antwoord schriftelijke vragen", nummer="151601580", vj="2015-2016").ah_id == "ah-tk-20152016-1580"
    assert _doc("Antwoord schriftelijke vragen", nummer="232410432").ah_id == "ah-tk-20232024-10432"  # 5 digits
    assert _doc("Antwoord schriftelijke vragen", nummer="232400012", kamer=1).ah_id == "ah-ek-20232024-12"
    assert _doc("Antwoord schriftelijke vragen", nummer="").ah_id is None
