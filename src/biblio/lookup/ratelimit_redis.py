"""Rate-limit buckets kept in Redis, so many processes and machines share one API's limit.

Implements `biblio.lookup.ratelimit.BucketStore` with the same GCRA arithmetic as
`InMemoryBucketStore`: one Redis key per API holds the theoretical arrival
time (TAT) of the next request, and a Lua script reserves the next free slot
atomically, answering how long the caller must wait.  Callers never race and
never poll.  Times come from the Redis server's clock (``TIME``), so workers
on machines whose clocks disagree still share one schedule.
"""

from __future__ import annotations

from typing import Any

from ..problems import BiblioError

# Shared by both scripts: the server's time in microseconds and the stored TAT.
_PRELUDE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local interval = math.floor(tonumber(ARGV[1]) * 1000000 + 0.5)
local burst = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
"""

# ARGV: interval (s), burst.  Returns the wait in microseconds.
_RESERVE = _PRELUDE + """
local new_tat = tat + interval
redis.call('SET', KEYS[1], string.format('%d', new_tat),
           'PX', math.floor((new_tat - now) / 1000) + 1000)
local wait = tat - now - (burst - 1) * interval
if wait < 0 then wait = 0 end
return wait
"""

# ARGV: interval (s), burst, hold (s).  Pushes the TAT so that the next
# reservation waits `hold` seconds; never pulls it earlier.
_HOLD = _PRELUDE + """
local untl = now + math.floor(tonumber(ARGV[3]) * 1000000 + 0.5) + (burst - 1) * interval
if untl > tat then tat = untl end
redis.call('SET', KEYS[1], string.format('%d', tat),
           'PX', math.floor((tat - now) / 1000) + 1000)
return 0
"""


class RedisBucketStore:
    """A `BucketStore` in a Redis database, shared by every process that names it.

    `url` is a Redis URL (``redis://host:6379/0``); `prefix` namespaces the
    keys so that unrelated jobs on one Redis server can keep separate buckets.
    """

    def __init__(self, url: str, prefix: str = "biblio:ratelimit:") -> None:
        try:
            import redis
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise BiblioError(
                "a Redis rate limiter needs the 'redis' package: pip install 'biblio[redis]'"
            ) from exc
        self.url = url
        self.prefix = prefix
        self._client: Any = redis.Redis.from_url(url)
        self._reserve: Any = self._client.register_script(_RESERVE)
        self._hold: Any = self._client.register_script(_HOLD)
        self._errors: tuple[type[Exception], ...] = (redis.exceptions.ConnectionError,
                                                     redis.exceptions.TimeoutError)

    def reserve(self, key: str, interval: float, burst: int) -> float:
        """Take the next slot for `key`; the seconds to wait before using it."""
        wait_us = self._run(self._reserve, key, interval, max(1, burst))
        return int(wait_us) / 1_000_000

    def hold(self, key: str, seconds: float, interval: float, burst: int) -> None:
        """Grant no slot for `key` during the next `seconds` (a server said Retry-After)."""
        self._run(self._hold, key, interval, max(1, burst), seconds)

    def reset(self, key: str) -> None:
        """Forget `key`'s schedule (a changed limit, a test)."""
        self._client.delete(self.prefix + key)

    def close(self) -> None:
        self._client.close()

    def _run(self, script: Any, key: str, *args: float) -> Any:
        try:
            return script(keys=[self.prefix + key], args=list(args))
        except self._errors as exc:
            raise BiblioError(f"rate limiter: cannot reach Redis at {self.url}: {exc}") from exc
