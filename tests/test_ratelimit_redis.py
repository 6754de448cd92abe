"""The Redis bucket store: same schedule as the in-memory one, shared across processes."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Iterator

import pytest

from biblio.lookup.ratelimit import InMemoryBucketStore, Limit, RateLimiter
from biblio.lookup.ratelimit_redis import RedisBucketStore
from biblio.problems import BiblioError
from biblio.testing import redis_server

pytestmark = pytest.mark.skipif(not redis_server.available(), reason="redis-server not installed")


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    with redis_server.RedisServer() as server:
        yield server.url


@pytest.fixture
def store(redis_url: str, request: pytest.FixtureRequest) -> Iterator[RedisBucketStore]:
    s = RedisBucketStore(redis_url, prefix=f"test:{request.node.name}:")
    yield s
    s.close()


def test_burst_is_free_then_one_slot_per_interval(store: RedisBucketStore) -> None:
    waits = [store.reserve("openlibrary", 0.2, 3) for _ in range(6)]
    assert waits[:3] == [0.0, 0.0, 0.0]
    # Each later slot is one interval after the previous one (less the few
    # microseconds the calls themselves took).
    for n, wait in enumerate(waits[3:], start=1):
        assert n * 0.2 - 0.05 < wait <= n * 0.2


def test_matches_the_in_memory_store(store: RedisBucketStore) -> None:
    now = [100.0]
    memory = InMemoryBucketStore(clock=lambda: now[0])
    ours = [store.reserve("googlebooks", 0.5, 2) for _ in range(5)]
    theirs = [memory.reserve("googlebooks", 0.5, 2) for _ in range(5)]
    assert ours == pytest.approx(theirs, abs=0.05)


def test_apis_have_separate_buckets(store: RedisBucketStore) -> None:
    assert store.reserve("openlibrary", 1.0, 1) == 0.0
    assert store.reserve("openlibrary", 1.0, 1) > 0.9
    assert store.reserve("googlebooks", 1.0, 1) == 0.0


def test_hold_delays_the_next_slot_and_never_shortens_a_wait(store: RedisBucketStore) -> None:
    store.hold("loc", 2.0, 0.1, 1)
    assert 1.9 < store.reserve("loc", 0.1, 1) <= 2.0
    store.hold("loc", 0.5, 0.1, 1)  # shorter than what is already scheduled
    assert 1.9 < store.reserve("loc", 0.1, 1) <= 2.1


def test_reset_forgets_the_schedule(store: RedisBucketStore) -> None:
    store.hold("wikidata", 5.0, 0.5, 1)
    store.reset("wikidata")
    assert store.reserve("wikidata", 0.5, 1) == 0.0


def _worker(url: str, prefix: str, count: int, out: multiprocessing.Queue[float]) -> None:
    limiter = RateLimiter({"openlibrary": Limit(rate=20.0, burst=1)},
                          store=RedisBucketStore(url, prefix=prefix))
    for _ in range(count):
        limiter.acquire("openlibrary")
        out.put(time.time())


def test_processes_sharing_redis_keep_one_limit_together(redis_url: str) -> None:
    """Four processes, 15 requests each, one limit of 20/s: together they take ≥ 2.9 s."""
    ctx = multiprocessing.get_context("spawn")
    queue: multiprocessing.Queue[float] = ctx.Queue()
    workers = [ctx.Process(target=_worker, args=(redis_url, "test:procs:", 15, queue))
               for _ in range(4)]
    for w in workers:
        w.start()
    times = sorted(queue.get(timeout=30) for _ in range(60))
    for w in workers:
        w.join(timeout=10)
    assert all(w.exitcode == 0 for w in workers)
    # 60 slots 50 ms apart span at least 59 intervals, whatever the start-up skew.
    assert times[-1] - times[0] >= 59 * 0.05 - 0.05
    # No one-second window holds more than the limit (plus one slot of timer slack).
    for i, start in enumerate(times):
        in_window = sum(1 for t in times[i:] if t - start < 1.0)
        assert in_window <= 21


def test_unreachable_redis_is_an_error_naming_the_url() -> None:
    store = RedisBucketStore("redis://127.0.0.1:1/0")
    with pytest.raises(BiblioError, match=r"redis://127\.0\.0\.1:1/0"):
        store.reserve("openlibrary", 1.0, 1)
