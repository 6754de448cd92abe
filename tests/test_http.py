"""The HTTP layer against a local server: retries, Retry-After, faults, cache, offline."""

from __future__ import annotations

import logging
import socket
import time
from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Response

from biblio import __version__
from biblio.config import CacheSettings, Config, RetrySettings
from biblio.lookup.http import (
    AccessDeniedError,
    BadResponseError,
    Http,
    NetworkError,
    NotFoundError,
    OfflineError,
    RateLimitedError,
    ServiceError,
    parse_retry_after,
    user_agent,
)
from biblio.testing.fakeapi import Book, FakeApi

HTML_503 = "<html><body><h1>503 Service Unavailable</h1>No server is available</body></html>"
FAST_RETRY = RetrySettings(attempts=4, backoff_base=0.01, backoff_max=0.02, max_total=5.0)


class Sleeps:
    """Records the waits the client asks for instead of waiting."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


def make_config(server: HTTPServer, tmp_path: Path, **changes: object) -> Config:
    config = Config(
        contact="reader@example.org",
        retry=FAST_RETRY,
        read_timeout=2.0,
        cache=CacheSettings(backend="sqlite", dir=tmp_path / "cache"),
    )
    config = config.with_api("openlibrary", base_url=server.url_for("/ol"))
    config = config.with_api("googlebooks", base_url=server.url_for("/gb"))
    return replace(config, **changes)  # type: ignore[arg-type]


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def http(httpserver: HTTPServer, tmp_path: Path, sleeps: Sleeps) -> Http:
    return Http(make_config(httpserver, tmp_path), sleep=sleeps)


def test_user_agent_names_biblio_version_and_contact(httpserver: HTTPServer, http: Http) -> None:
    httpserver.expect_request("/ol/search.json").respond_with_json({"docs": []})
    http.get_json("openlibrary", "/search.json", {"title": "x"})
    agent = httpserver.log[0][0].headers["User-Agent"]
    assert agent == f"biblio/{__version__} (reader@example.org)"


def test_without_contact_the_project_url_is_sent_and_a_hint_logged_once(
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("biblio.lookup.http._hint_given", False)
    with caplog.at_level(logging.WARNING, logger="biblio.lookup.http"):
        first, second = user_agent(Config()), user_agent(Config())
    assert first == second
    assert first.startswith(f"biblio/{__version__} (+https://")
    hints = [r for r in caplog.records if "BIBLIO_CONTACT" in r.getMessage()]
    assert len(hints) == 1


def test_503_with_html_body_is_retried_until_json_arrives(
        httpserver: HTTPServer, http: Http, sleeps: Sleeps) -> None:
    answers = iter([Response(HTML_503, 503, content_type="text/html"),
                    Response(HTML_503, 503, content_type="text/html"),
                    Response('{"docs": [1]}', 200, content_type="application/json")])
    httpserver.expect_request("/ol/search.json").respond_with_handler(lambda r: next(answers))
    assert http.get_json("openlibrary", "/search.json") == {"docs": [1]}
    assert len(httpserver.log) == 3
    assert len(sleeps.calls) == 2 and all(0 < s <= 0.03 for s in sleeps.calls)


def test_429_retry_after_is_obeyed_and_holds_the_api(
        httpserver: HTTPServer, http: Http, sleeps: Sleeps) -> None:
    answers = iter([Response("slow down", 429, headers={"Retry-After": "3"}),
                    Response('{"ok": true}', 200, content_type="application/json")])
    httpserver.expect_request("/gb/volumes").respond_with_handler(lambda r: next(answers))
    assert http.get_json("googlebooks", "/volumes", {"q": "isbn:9780099560432"}) == {"ok": True}
    assert 3.0 in sleeps.calls
    # Other callers of the same API are held back too (here the clock did not move).
    assert http.limiter.store.reserve("googlebooks", 1.0, 2) > 2.5
    assert http.limiter.store.reserve("openlibrary", 1.0, 2) == 0


def test_retry_after_longer_than_the_budget_fails_at_once(
        httpserver: HTTPServer, http: Http, sleeps: Sleeps) -> None:
    httpserver.expect_request("/gb/volumes").respond_with_data(
        '{"error": {"code": 429}}', 429, headers={"Retry-After": "3600"})
    budget = r"HTTP 429 after 1 attempt; asked to wait 3600s \(the budget is 5s\)"
    with pytest.raises(RateLimitedError, match=budget) as info:
        http.get_json("googlebooks", "/volumes", {"q": "dune"})
    assert info.value.status == 429
    assert len(httpserver.log) == 1 and 3600 not in sleeps.calls


def test_persistent_500_gives_up_after_the_configured_attempts(
        httpserver: HTTPServer, http: Http) -> None:
    httpserver.expect_request("/ol/search.json").respond_with_data(
        "<html>Internal Server Error</html>", 500, content_type="text/html")
    with pytest.raises(ServiceError, match="HTTP 500 after 4 attempts") as info:
        http.get_json("openlibrary", "/search.json")
    assert not isinstance(info.value, RateLimitedError)
    assert len(httpserver.log) == FAST_RETRY.attempts


def test_read_timeout_is_retried_then_reported() -> None:
    with FakeApi([], latency=0.5) as fake:
        config = fake.config(Config(contact="a@b.org", read_timeout=0.1,
                                    retry=replace(FAST_RETRY, attempts=2),
                                    cache=CacheSettings(backend="memory")))
        with pytest.raises(NetworkError, match="timed out") as info:
            Http(config, sleep=Sleeps()).get_json("openlibrary", "/search.json")
        assert not isinstance(info.value, OfflineError)
        assert fake.counts["openlibrary"] == 2


def test_connection_reset_is_retried(tmp_path: Path) -> None:
    with FakeApi([Book("1", "Dune", ("Frank Herbert",), isbn13="9780441172719")]) as fake:
        fake.fail("openlibrary", "reset", times=2)
        config = fake.config(Config(contact="a@b.org", retry=FAST_RETRY,
                                    cache=CacheSettings(backend="memory")))
        data = Http(config, sleep=Sleeps()).get_json(
            "openlibrary", "/search.json", {"title": "dune"})
        assert data["numFound"] == 1
        assert fake.counts["openlibrary"] == 3


def test_connection_reset_every_time_is_a_network_error(tmp_path: Path) -> None:
    with FakeApi([]) as fake:
        fake.fail("openlibrary", "reset", times=10)
        config = fake.config(Config(contact="a@b.org", retry=replace(FAST_RETRY, attempts=2),
                                    cache=CacheSettings(backend="memory")))
        with pytest.raises(NetworkError):
            Http(config, sleep=Sleeps()).get_json("openlibrary", "/search.json")


def test_unreachable_host_is_an_offline_error(tmp_path: Path) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = Config(retry=replace(FAST_RETRY, attempts=2),
                    cache=CacheSettings(backend="memory")).with_api(
        "openlibrary", base_url=f"http://127.0.0.1:{port}")
    with pytest.raises(OfflineError, match="openlibrary: network error"):
        Http(config, sleep=Sleeps()).get_json("openlibrary", "/search.json")


def test_invalid_json_is_reported_and_not_cached(httpserver: HTTPServer, http: Http) -> None:
    httpserver.expect_request("/ol/search.json").respond_with_data(
        '{"docs": [', 200, content_type="application/json")
    for _ in range(2):
        with pytest.raises(BadResponseError, match="invalid JSON"):
            http.get_json("openlibrary", "/search.json", {"title": "dune"})
    assert len(httpserver.log) == 2


def test_404_is_not_found_and_cached(httpserver: HTTPServer, http: Http) -> None:
    httpserver.expect_request("/ol/isbn/9780000000002.json").respond_with_json(
        {"error": "notfound"}, status=404)
    for _ in range(2):
        with pytest.raises(NotFoundError) as info:
            http.get_json("openlibrary", "/isbn/9780000000002.json")
    assert info.value.status == 404
    assert len(httpserver.log) == 1


def test_403_says_to_set_a_contact(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/ol/search.json").respond_with_data("Forbidden", 403)
    http = Http(make_config(httpserver, tmp_path, contact=None), sleep=Sleeps())
    with pytest.raises(AccessDeniedError, match="BIBLIO_CONTACT"):
        http.get_json("openlibrary", "/search.json")


def test_second_run_is_served_from_the_sqlite_cache(httpserver: HTTPServer,
                                                    tmp_path: Path) -> None:
    httpserver.expect_request("/ol/search.json").respond_with_json({"docs": ["dune"]})
    config = make_config(httpserver, tmp_path)
    with Http(config, sleep=Sleeps()) as first:
        first.get_json("openlibrary", "/search.json", {"title": "dune"})
    with Http(config, sleep=Sleeps()) as second:
        assert second.get_json("openlibrary", "/search.json", {"title": "dune"}) == \
            {"docs": ["dune"]}
        assert second.stats[("openlibrary", "cache")] == 1
        assert second.stats[("openlibrary", "network")] == 0
    assert len(httpserver.log) == 1
    assert (tmp_path / "cache" / "http-cache.sqlite").is_file()


def test_offline_mode_answers_from_cache_and_never_sends(httpserver: HTTPServer,
                                                         tmp_path: Path) -> None:
    httpserver.expect_request("/ol/search.json").respond_with_json({"docs": ["dune"]})
    config = make_config(httpserver, tmp_path)
    with Http(config, sleep=Sleeps()) as online:
        online.get_json("openlibrary", "/search.json", {"title": "dune"})
    with Http(replace(config, offline=True), sleep=Sleeps()) as offline:
        assert offline.get_json("openlibrary", "/search.json", {"title": "dune"}) == \
            {"docs": ["dune"]}
        with pytest.raises(OfflineError, match="not cached"):
            offline.get_json("openlibrary", "/search.json", {"title": "emma"})
    assert len(httpserver.log) == 1


def test_api_keys_stay_out_of_the_cache(httpserver: HTTPServer, http: Http) -> None:
    httpserver.expect_request("/gb/volumes").respond_with_json({"totalItems": 0})
    http.get_json("googlebooks", "/volumes", {"q": "dune", "key": "SECRET-KEY-1"})
    http.get_json("googlebooks", "/volumes", {"q": "dune", "key": "SECRET-KEY-2"})
    assert len(httpserver.log) == 1
    stored = [r.url for r in http.session.cache.responses.values()]
    assert stored and not any("SECRET" in url for url in stored)


def test_cached_answers_take_no_rate_limit_slot(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/ol/search.json").respond_with_json({"docs": []})
    sleeps = Sleeps()
    config = make_config(httpserver, tmp_path).with_api("openlibrary", rate=1.0, burst=1)
    http = Http(config, sleep=sleeps)
    for _ in range(5):
        http.get_json("openlibrary", "/search.json", {"title": "dune"})
    assert sleeps.calls == []


def test_rate_limit_is_per_api_not_per_host(httpserver: HTTPServer, tmp_path: Path) -> None:
    """One server behind two APIs: each API has its own budget."""
    httpserver.expect_request("/ol/search.json").respond_with_json({"docs": []})
    httpserver.expect_request("/gb/volumes").respond_with_json({"totalItems": 0})
    sleeps = Sleeps()
    config = make_config(httpserver, tmp_path).with_api("openlibrary", rate=1.0, burst=1) \
        .with_api("googlebooks", rate=1.0, burst=1)
    http = Http(config, sleep=sleeps)
    http.get_json("openlibrary", "/search.json", {"title": "a"})
    http.get_json("googlebooks", "/volumes", {"q": "a"})
    assert sleeps.calls == []
    http.get_json("openlibrary", "/search.json", {"title": "b"})
    assert len(sleeps.calls) == 1 and 0.5 < sleeps.calls[0] <= 1.0


@pytest.mark.parametrize(("header", "seconds"), [
    ("120", 120.0),
    ("Wed, 21 Oct 2026 07:28:30 GMT", 30.0),
    ("Wed, 21 Oct 2026 07:27:00 GMT", 0.0),  # in the past
    ("soon", None),
    ("", None),
])
def test_retry_after_header_forms(header: str, seconds: float | None) -> None:
    now = datetime(2026, 10, 21, 7, 28, 0, tzinfo=timezone.utc)
    assert parse_retry_after(header, now=now) == seconds


def test_offline_mode_uses_stale_answers(httpserver: HTTPServer, tmp_path: Path) -> None:
    httpserver.expect_request("/ol/search.json").respond_with_json({"docs": ["old"]})
    config = make_config(httpserver, tmp_path)
    config = replace(config, cache=replace(config.cache, expire_days=0.05 / 86400))
    with Http(config, sleep=Sleeps()) as online:
        online.get_json("openlibrary", "/search.json", {"title": "dune"})
    time.sleep(0.1)
    with Http(replace(config, offline=True), sleep=Sleeps()) as offline:
        assert offline.get_json("openlibrary", "/search.json", {"title": "dune"}) == \
            {"docs": ["old"]}
    assert len(httpserver.log) == 1


def test_stale_answer_is_used_when_the_network_fails(httpserver: HTTPServer,
                                                     tmp_path: Path) -> None:
    config = make_config(httpserver, tmp_path)
    config = replace(config, cache=replace(config.cache, expire_days=0.05 / 86400),
                     retry=replace(FAST_RETRY, attempts=1))
    httpserver.expect_ordered_request("/ol/search.json").respond_with_json({"docs": ["old"]})
    httpserver.expect_ordered_request("/ol/search.json").respond_with_data(HTML_503, 503)
    with Http(config, sleep=Sleeps()) as http:
        http.get_json("openlibrary", "/search.json", {"title": "dune"})
        time.sleep(0.1)
        assert http.get_json("openlibrary", "/search.json", {"title": "dune"}) == \
            {"docs": ["old"]}


def test_google_403_points_at_the_api_key(httpserver: HTTPServer, http: Http) -> None:
    httpserver.expect_request("/gb/volumes").respond_with_json(
        {"error": {"code": 403, "errors": [{"reason": "dailyLimitExceeded"}]}}, status=403)
    with pytest.raises(AccessDeniedError, match="BIBLIO_GOOGLEBOOKS_KEY"):
        http.get_json("googlebooks", "/volumes", {"q": "dune"})
