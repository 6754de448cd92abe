"""Rate limits per API, with pluggable storage for the buckets.

The limiter is keyed by API name, not host name: one mirror or test server
may serve several APIs, and each API's limit belongs to that API.

Buckets use GCRA (the "generic cell rate algorithm"): a bucket is a single
number, the theoretical arrival time (TAT) of the next request. That makes a
store easy to share between processes (a Redis store keeps one key per API and
updates it in a short script); `InMemoryBucketStore` serves one process and is
thread-safe.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Limit:
    rate: float  # sustained requests per second
    burst: int = 1  # requests allowed back to back

    @property
    def interval(self) -> float:
        return 1.0 / self.rate


class BucketStore(Protocol):
    """Where bucket state lives; every method must be atomic per key."""

    def reserve(self, key: str, interval: float, burst: int) -> float:
        """Take the next slot for `key`; return how many seconds to wait before using it."""
        ...

    def hold(self, key: str, seconds: float, interval: float, burst: int) -> None:
        """Grant no slot for `key` during the next `seconds` (a server said Retry-After)."""
        ...


class InMemoryBucketStore:
    """Bucket state in this process, shared by its threads."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._tat: dict[str, float] = {}
        self._lock = threading.Lock()

    def reserve(self, key: str, interval: float, burst: int) -> float:
        with self._lock:
            now = self._clock()
            tat = max(self._tat.get(key, now), now)
            self._tat[key] = tat + interval
            return max(0.0, tat - now - (burst - 1) * interval)

    def hold(self, key: str, seconds: float, interval: float, burst: int) -> None:
        with self._lock:
            # The next reserve() computes tat - now - (burst-1)*interval = seconds.
            until = self._clock() + seconds + (burst - 1) * interval
            self._tat[key] = max(self._tat.get(key, until), until)


class RateLimiter:
    """Blocks the caller until the API's limit allows one more request."""

    def __init__(
        self,
        limits: Mapping[str, Limit],
        store: BucketStore | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.limits = dict(limits)
        self.store: BucketStore = store if store is not None else InMemoryBucketStore()
        self._sleep = sleep

    def acquire(self, api: str) -> float:
        """Wait for a slot; return the seconds waited (0 when under the limit)."""
        limit = self._limit(api)
        delay = self.store.reserve(api, limit.interval, limit.burst)
        if delay > 0:
            self._sleep(delay)
        return delay

    def hold(self, api: str, seconds: float) -> None:
        """Make every caller of this API wait `seconds` (the server asked us to slow down)."""
        limit = self._limit(api)
        self.store.hold(api, seconds, limit.interval, limit.burst)

    def _limit(self, api: str) -> Limit:
        try:
            return self.limits[api]
        except KeyError:
            raise KeyError(f"no rate limit configured for API {api!r}") from None
