"""The in-process rate limiter: GCRA slots, bursts, Retry-After holds, threads."""

from __future__ import annotations

import threading

import pytest

from biblio.lookup.ratelimit import InMemoryBucketStore, Limit, RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Sleeper:
    """Advances the fake clock instead of sleeping."""

    def __init__(self, clock: Clock) -> None:
        self.clock, self.calls = clock, []  # type: list[float]

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        self.clock.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_a_burst_passes_then_requests_are_spaced_by_the_rate(clock: Clock) -> None:
    sleeper = Sleeper(clock)
    limiter = RateLimiter({"openlibrary": Limit(rate=3.0, burst=3)},
                          InMemoryBucketStore(clock), sleeper)
    waits = [limiter.acquire("openlibrary") for _ in range(6)]
    assert waits[:3] == pytest.approx([0, 0, 0])
    assert waits[3:] == pytest.approx([1 / 3] * 3)
    assert clock.now == pytest.approx(1001.0)  # 6 requests at 3/s with a burst of 3


def test_idle_time_refills_the_burst_but_no_more(clock: Clock) -> None:
    limiter = RateLimiter({"loc": Limit(rate=0.5, burst=2)}, InMemoryBucketStore(clock),
                          Sleeper(clock))
    limiter.acquire("loc")
    clock.now += 3600
    assert [limiter.acquire("loc") for _ in range(3)] == [0, 0, pytest.approx(2.0)]


def test_hold_delays_the_next_request_by_the_retry_after(clock: Clock) -> None:
    sleeper = Sleeper(clock)
    limiter = RateLimiter({"googlebooks": Limit(rate=1.0, burst=2)},
                          InMemoryBucketStore(clock), sleeper)
    limiter.hold("googlebooks", 30)
    assert limiter.acquire("googlebooks") == pytest.approx(30)


def test_a_hold_never_shortens_an_existing_wait(clock: Clock) -> None:
    store = InMemoryBucketStore(clock)
    store.hold("wikidata", 60, 0.5, 1)
    store.hold("wikidata", 5, 0.5, 1)
    assert store.reserve("wikidata", 0.5, 1) == pytest.approx(60)


def test_apis_do_not_share_buckets(clock: Clock) -> None:
    limiter = RateLimiter({"a": Limit(1.0), "b": Limit(1.0)}, InMemoryBucketStore(clock),
                          Sleeper(clock))
    assert limiter.acquire("a") == 0
    assert limiter.acquire("b") == 0


def test_unknown_api_is_an_error() -> None:
    with pytest.raises(KeyError, match="no rate limit configured for API 'crossref'"):
        RateLimiter({}).acquire("crossref")


def test_threads_get_distinct_slots() -> None:
    """Concurrent callers never share a slot: the waits are exactly the schedule."""
    store = InMemoryBucketStore(clock=lambda: 0.0)
    waits: list[float] = []
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(50):
            wait = store.reserve("openlibrary", 0.1, 1)
            with lock:
                waits.append(wait)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(round(w, 6) for w in waits) == [round(i * 0.1, 6) for i in range(400)]
