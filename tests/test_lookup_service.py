"""The batch's lookup wiring: per-API limits, shared buckets, and failures that are retried."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from biblio.config import Config, RetrySettings
from biblio.lookup.http import OfflineError, ServiceError
from biblio.lookup.ratelimit import InMemoryBucketStore
from biblio.lookup.ratelimit_redis import RedisBucketStore
from biblio.lookup.service import (
    LookupFailed,
    Lookups,
    LookupSettings,
    configure,
    failure_warner,
    parse_rate,
)
from biblio.lookup.stop import Stop
from biblio.model import Date, Name, Record
from biblio.problems import BiblioError
from biblio.testing import redis_server
from biblio.testing.archive import synthetic_books
from biblio.testing.fakeapi import display_title
from biblio.testing.recording import RecordingFakeApi

BOOKS = synthetic_books(5)


def cited(index: int) -> Record:
    book = BOOKS[index]
    given, family = book.authors[0].split(" ", 1)
    rec = Record(author=[Name(family=family, given=given)], issued=Date.from_year(book.year or 0))
    rec.set_full_title(display_title(book.title))
    return rec


@pytest.fixture
def fake() -> Iterator[RecordingFakeApi]:
    with RecordingFakeApi(BOOKS) as server:
        yield server


def base(fake: RecordingFakeApi) -> Config:
    config = fake.config(Config(contact="tests@example.org", retry=RetrySettings(
        attempts=2, backoff_base=0.01, backoff_max=0.02, max_total=2.0)))
    return replace(config, cache=replace(config.cache, backend="memory"))


def test_rates_are_set_per_api() -> None:
    config = configure(LookupSettings(rates={"openlibrary": 7.5, "googlebooks": 0.5}),
                       Config(contact="tests@example.org"))
    assert (config.api("openlibrary").rate, config.api("googlebooks").rate) == (7.5, 0.5)
    assert config.api("loc").rate == Config().api("loc").rate


def test_every_api_keeps_its_own_limit_on_one_host(fake: RecordingFakeApi) -> None:
    config = configure(LookupSettings(rates={"openlibrary": 7.5, "googlebooks": 0.5}), base(fake))
    assert len({config.api(a).base_url.split("/")[2] for a in ("openlibrary", "googlebooks")}) == 1
    with Lookups(config, Stop()) as lookups:
        limits = lookups.http.limiter.limits
        assert limits["openlibrary"].rate == 7.5 and limits["googlebooks"].rate == 0.5
        assert isinstance(lookups.http.limiter.store, InMemoryBucketStore)


@pytest.mark.parametrize(("text", "parsed"), [("openlibrary=3", ("openlibrary", 3.0)),
                                              (" loc = 0.5", ("loc", 0.5))])
def test_parse_rate(text: str, parsed: tuple[str, float]) -> None:
    assert parse_rate(text) == parsed


@pytest.mark.parametrize("text", ["openlibrary", "=3", "openlibrary=0", "openlibrary=fast"])
def test_parse_rate_refuses_nonsense(text: str) -> None:
    with pytest.raises(BiblioError, match="expected API=REQUESTS_PER_SECOND"):
        parse_rate(text)


@pytest.mark.skipif(not redis_server.available(), reason="redis-server not installed")
def test_redis_holds_the_buckets_and_the_cache(fake: RecordingFakeApi) -> None:
    with redis_server.RedisServer() as redis:
        config = configure(LookupSettings(redis_url=redis.url), base(fake))
        assert config.cache.backend == "redis" and config.cache.redis_url == redis.url
        with Lookups(config, Stop(), settings=LookupSettings(redis_url=redis.url)) as lookups:
            assert isinstance(lookups.http.limiter.store, RedisBucketStore)
            assert lookups.enrich(cited(0)).status == "enriched"
        fake.clear_log()
        shared = LookupSettings(redis_url=redis.url)
        with Lookups(config, Stop(), settings=shared) as again:  # another process, say
            assert again.enrich(cited(0)).status == "enriched"
            assert fake.requests == [] and again.cache_hits() > 0


def test_a_not_found_caused_by_failing_apis_is_a_failure(fake: RecordingFakeApi) -> None:
    fake.fail("openlibrary", 503, times=100)
    fake.fail("googlebooks", 503, times=100)
    with Lookups(base(fake), Stop()) as lookups, pytest.raises(LookupFailed, match="503"):
        lookups.enrich(cited(1))


def test_a_real_not_found_is_an_answer(fake: RecordingFakeApi) -> None:
    missing = Record(author=[Name(family="Nobody", given="Anne")], issued=Date.from_year(1999))
    missing.set_full_title("A Book No Catalogue Has")
    with Lookups(base(fake), Stop()) as lookups:
        assert lookups.enrich(missing).status == "not-found"
        assert lookups.requests[("openlibrary", "network")] >= 1


def test_failures_are_told_once_per_api_and_kind_and_offline_once_in_all() -> None:
    told: list[str] = []
    failed = failure_warner(told.append)
    for api in ("openlibrary", "googlebooks", "openlibrary"):
        failed(OfflineError("cannot connect", api=api, url="http://127.0.0.1:9/"))
    for _ in range(2):
        failed(ServiceError("HTTP 503 after retries", api="googlebooks",
                            url="http://127.0.0.1:9/volumes", status=503))
    assert len(told) == 2
    assert told[0].startswith("openlibrary: cannot connect")
    assert told[1].endswith("other book APIs are asked instead")
