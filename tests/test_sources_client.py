"""The HTTP client of the official sources against the local stand-in: politeness (rate, Retry-After, backoff),
robustness (timeouts, bodies cut short, redirects elsewhere, bodies too large), the cache and conditional
requests, the proxy settings, the User-Agent. Never the network."""

from __future__ import annotations

import itertools
import socket
import time
from pathlib import Path

import pytest
from official_server import Official, official, retry_after_date  # noqa: F401 (official: the fixture)

from reader import HOMEPAGE, __version__
from reader.core.cancel import Cancelled, CancelToken
from reader.sources.cache import Cache
from reader.sources.client import Client, Gate, retry_after
from reader.sources.errors import NotFound, Offline, ServiceError, Unreachable
from reader.sources.settings import Endpoints, SourceSettings

DOC = "/frbr/doc.xml"
BODY = b"<?xml version='1.0'?><officiele-publicatie><kamervragen/></officiele-publicatie>"


def client(server: Official, tmp_path: Path, **settings: object) -> Client:
    values = {"rate": 1000.0, "timeout": 5.0} | settings
    endpoints = Endpoints(server.sru_url, server.zoek_url, server.tk_url)
    return Client(SourceSettings(**values), endpoints, Cache(tmp_path / "cache"), gate=Gate(), backoff=0.1)  # type: ignore[arg-type]


@pytest.fixture
def server(official: Official) -> Official:  # noqa: F811
    from official_server import File

    official.files[DOC] = File(BODY, "application/xml")
    for i in range(10):
        official.files[f"/frbr/d{i}.xml"] = File(BODY, "application/xml")
    return official


def test_a_request_names_the_program_its_version_and_home(server: Official, tmp_path: Path) -> None:
    c = client(server, tmp_path)
    assert c.get(server.base + DOC, limit=2**20).body == BODY
    agent = server.hits(DOC)[0].headers["User-Agent"]
    assert agent == f"KamervragenReader/{__version__} (+{HOMEPAGE})"


@pytest.mark.parametrize("rate", [2.0, 5.0])
def test_no_second_holds_more_requests_than_the_rate_allows(server: Official, tmp_path: Path, rate: float) -> None:
    c = client(server, tmp_path, rate=rate)
    count = int(rate * 2) + 2
    for i in range(count):
        c.get(f"{server.base}/frbr/d{i % 10}.xml", limit=2**20, store=False)
    arrivals = [h.at for h in server.hits("/frbr/")]
    assert len(arrivals) == count
    # measured where it counts, on the server: any window of one second, starting at any arrival
    for i, start in enumerate(arrivals):
        in_window = [t for t in arrivals[i:] if t < start + 1.0]
        assert len(in_window) <= rate, (rate, [round(t - arrivals[0], 3) for t in arrivals])


def test_429_is_retried_no_sooner_than_its_retry_after_in_seconds(server: Official, tmp_path: Path) -> None:
    server.fault(DOC, "status", status=429, headers={"Retry-After": "1"})
    assert client(server, tmp_path).get(server.base + DOC, limit=2**20).body == BODY
    first, second = server.hits(DOC)
    assert first.status == 429 and second.at - first.at >= 1.0


def test_503_is_retried_no_sooner_than_its_retry_after_as_a_date(server: Official, tmp_path: Path) -> None:
    date = retry_after_date(1)
    server.fault(DOC, "status", status=503, headers={"Retry-After": date})
    assert client(server, tmp_path).get(server.base + DOC, limit=2**20).body == BODY
    first, second = server.hits(DOC)
    from email.utils import parsedate_to_datetime

    assert first.status == 503 and second.wall >= parsedate_to_datetime(date).timestamp()


def test_a_wait_longer_than_two_minutes_is_not_waited_for(server: Official, tmp_path: Path) -> None:
    server.fault(DOC, "status", status=429, headers={"Retry-After": "3600"})
    started = time.monotonic()
    with pytest.raises(ServiceError) as info:
        client(server, tmp_path).get(server.base + DOC, limit=2**20)
    assert info.value.key == "busy_wait" and "3600" in str(info.value)
    assert time.monotonic() - started < 2 and len(server.hits(DOC)) == 1


def test_server_errors_back_off_exponentially_then_succeed(server: Official, tmp_path: Path) -> None:
    for _ in range(3):
        server.fault(DOC, "status", status=500)
    assert client(server, tmp_path).get(server.base + DOC, limit=2**20).body == BODY
    times = [h.at for h in server.hits(DOC)]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert len(times) == 4 and gaps[0] >= 0.1 and gaps[1] >= 0.2 and gaps[2] >= 0.4


def test_a_service_that_stays_busy_gives_one_clear_error(server: Official, tmp_path: Path) -> None:
    for _ in range(4):
        server.fault(DOC, "status", status=503, headers={"Retry-After": "0"})
    with pytest.raises(ServiceError) as info:
        client(server, tmp_path).get(server.base + DOC, limit=2**20)
    assert info.value.key == "service_busy" and "503" in str(info.value)
    assert len(server.hits(DOC)) == 4


def test_no_answer_in_time_is_unreachable_at_once(server: Official, tmp_path: Path) -> None:
    server.fault(DOC, "slow", seconds=3)
    started = time.monotonic()
    with pytest.raises(Unreachable) as info:
        client(server, tmp_path, timeout=0.5).get(server.base + DOC, limit=2**20)
    assert info.value.key == "unreachable_timeout" and time.monotonic() - started < 2


def test_a_refused_connection_is_unreachable(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    base = f"http://127.0.0.1:{port}"
    c = Client(SourceSettings(rate=1000), Endpoints(base + "/sru", base, base), Cache(tmp_path), gate=Gate())
    with pytest.raises(Unreachable) as info:
        c.get(base + "/sru", limit=1000)
    assert info.value.key == "unreachable_refused" and f"127.0.0.1:{port}" in str(info.value)


def test_a_name_that_does_not_resolve_is_unreachable(
    server: Official, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_dns(*_: object, **__: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    c = client(server, tmp_path)
    with pytest.raises(Unreachable) as info:
        c.get("https://repository.overheid.nl/sru", limit=1000)
    assert info.value.key == "unreachable_name" and "repository.overheid.nl" in str(info.value)


def test_a_body_cut_short_is_retried(server: Official, tmp_path: Path) -> None:
    server.fault(DOC, "truncate")
    assert client(server, tmp_path).get(server.base + DOC, limit=2**20).body == BODY
    assert len(server.hits(DOC)) == 2


def test_a_body_always_cut_short_is_an_error_and_never_cached(server: Official, tmp_path: Path) -> None:
    for _ in range(4):
        server.fault(DOC, "truncate")
    c = client(server, tmp_path)
    with pytest.raises(ServiceError) as info:
        c.get(server.base + DOC, limit=2**20)
    assert info.value.key == "truncated"
    assert c.cache is not None and c.cache.get(server.base + DOC) is None


def test_a_redirect_to_another_host_is_not_followed(server: Official, tmp_path: Path) -> None:
    server.fault(DOC, "redirect", location="http://login.wifi.invalid/portal?next=x")
    with pytest.raises(ServiceError) as info:
        client(server, tmp_path).get(server.base + DOC, limit=2**20)
    assert info.value.key == "redirected_elsewhere" and "login.wifi.invalid" in str(info.value)
    assert len(server.hits()) == 1


def test_a_redirect_on_the_same_host_is_followed_through_the_gate(server: Official, tmp_path: Path) -> None:
    server.fault(DOC, "redirect", location="/frbr/d1.xml")
    response = client(server, tmp_path).get(server.base + DOC, limit=2**20)
    assert response.body == BODY and response.url == server.base + "/frbr/d1.xml"


def test_a_downgrade_from_https_to_http_is_refused(server: Official, tmp_path: Path) -> None:
    c = client(server, tmp_path)
    with pytest.raises(ServiceError) as info:
        c._check_url(
            "http://repository.overheid.nl/x", "https://repository.overheid.nl/y", "https://repository.overheid.nl/y"
        )
    assert info.value.key == "redirected_elsewhere"


def test_only_the_services_hosts_are_asked(server: Official, tmp_path: Path) -> None:
    c = client(server, tmp_path)
    for url, key in (
        ("http://example.org/x.xml", "host_not_allowed"),
        ("httbroken://repository.overheid.nl/x", "bad_url"),
    ):
        with pytest.raises(ServiceError) as info:
            c.get(url, limit=1000)
        assert info.value.key == key
    assert server.hits() == []


def test_a_declared_length_over_the_limit_is_refused_before_reading(server: Official, tmp_path: Path) -> None:
    server.fault(DOC, "huge", size=100 * 2**20)
    started = time.monotonic()
    with pytest.raises(ServiceError) as info:
        client(server, tmp_path).get(server.base + DOC, limit=4 * 2**20)
    assert info.value.key == "too_large_answer" and time.monotonic() - started < 2


def test_an_endless_body_is_refused_while_it_is_read(server: Official, tmp_path: Path) -> None:
    server.fault(DOC, "huge", size=64 * 2**20, chunked=True)  # no length: only reading can tell
    c = client(server, tmp_path)
    with pytest.raises(ServiceError) as info:
        c.get(server.base + DOC, limit=2 * 2**20)
    assert info.value.key == "too_large_answer"
    assert c.cache is not None and c.cache.get(server.base + DOC) is None


def test_a_stored_copy_is_revalidated_and_reused(server: Official, tmp_path: Path) -> None:
    c = client(server, tmp_path)
    first = c.get(server.base + DOC, limit=2**20, max_age=0.0)
    second = c.get(server.base + DOC, limit=2**20, max_age=0.0)
    assert first.body == second.body == BODY and second.from_cache
    hits = server.hits(DOC)
    assert [h.status for h in hits] == [200, 304]
    assert hits[1].headers.get("If-None-Match") and hits[1].headers.get("If-Modified-Since")
    # a document does not change: with max_age=None it is not asked for again at all
    assert c.get(server.base + DOC, limit=2**20, max_age=None).from_cache and len(server.hits(DOC)) == 2
    assert not [p for p in (tmp_path / "cache").iterdir() if p.name.startswith(".tmp")]


def test_a_refused_body_is_never_cached(server: Official, tmp_path: Path) -> None:
    c = client(server, tmp_path)

    def refuse(_: object) -> None:
        raise NotFound("not_found_page", url="x")

    with pytest.raises(NotFound):
        c.get(server.base + DOC, limit=2**20, accept=refuse)
    assert c.cache is not None and c.cache.get(server.base + DOC) is None


def test_offline_asks_nothing(server: Official, tmp_path: Path) -> None:
    with pytest.raises(Offline) as info:
        client(server, tmp_path, offline=True).get(server.base + DOC, limit=2**20)
    assert "offline" in str(info.value) and server.hits() == []


def test_the_systems_proxy_settings_are_used(server: Official, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from official_server import File

    server.files["/sru"] = File(b"", "text/plain")  # unused: /sru is answered by the SRU itself
    monkeypatch.setenv("http_proxy", server.base)
    monkeypatch.setenv("no_proxy", "")
    c = Client(SourceSettings(rate=1000), Endpoints(), Cache(tmp_path), gate=Gate())
    body = c.get("http://repository.overheid.nl/sru?operation=searchRetrieve&query=x", limit=2**20, store=False).body
    assert b"searchRetrieveResponse" in body
    [hit] = server.hits("/sru")
    assert hit.proxied  # the request went to the proxy in absolute form, not to the official host


def test_cancelling_stops_a_wait(server: Official, tmp_path: Path) -> None:
    server.fault(DOC, "status", status=429, headers={"Retry-After": "30"})
    token = CancelToken()
    c = client(server, tmp_path)
    c.cancel = token
    import threading

    threading.Timer(0.3, token.cancel).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        c.get(server.base + DOC, limit=2**20)
    assert time.monotonic() - started < 3


def test_retry_after_reads_seconds_and_dates() -> None:
    assert retry_after("7") == 7.0
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    assert retry_after("soon") is None and retry_after(None) is None
