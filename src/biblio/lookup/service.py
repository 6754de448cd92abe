"""The lookup side of a batch: settings → rate limiter → HTTP client → providers → enricher.

Everything a batch adds to a single lookup lives here: per-API rate
overrides, buckets and cache in a shared Redis for many workers, and sleeps
that end when the job is stopped.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import TracebackType

from ..config import Config, load_config
from ..model import Record
from ..problems import BiblioError
from .enrichment import Enricher
from .http import Http, HttpError
from .providers import make_providers
from .ratelimit import BucketStore, Limit, RateLimiter
from .ratelimit_redis import RedisBucketStore
from .result import Enrichment
from .stop import Stop


class LookupFailed(BiblioError):
    """An API failed during a lookup, so its "not found" cannot be trusted."""


@dataclass
class LookupSettings:
    offline: bool = False
    rates: Mapping[str, float] = field(default_factory=dict)  # API → requests/s
    redis_url: str | None = None  # share rate limits and the HTTP cache through Redis


def parse_rate(text: str) -> tuple[str, float]:
    """``openlibrary=10`` → ("openlibrary", 10.0), for ``--rate``."""
    api, sep, value = text.partition("=")
    try:
        rate = float(value)
    except ValueError:
        rate = 0.0
    if not sep or not api.strip() or rate <= 0:
        raise BiblioError(f"--rate {text!r}: expected API=REQUESTS_PER_SECOND, "
                          "e.g. openlibrary=3")
    return api.strip(), rate


def configure(settings: LookupSettings, base: Config | None = None) -> Config:
    """The user's configuration with the batch's overrides applied."""
    config = base if base is not None else load_config()
    if settings.offline:
        config = replace(config, offline=True)
    for api, rate in settings.rates.items():
        config = config.with_api(api, rate=rate)  # names an unknown API in its error
    if settings.redis_url:
        config = replace(config, cache=replace(config.cache, backend="redis",
                                               redis_url=settings.redis_url))
    return config


class Lookups:
    """An enricher over the configured APIs, for the threads of one batch."""

    def __init__(self, config: Config, stop: Stop, redis_url: str | None = None) -> None:
        store: BucketStore | None = RedisBucketStore(redis_url) if redis_url else None
        limits = {name: Limit(config.api(name).rate, config.api(name).burst)
                  for name in config.apis}
        limiter = RateLimiter(limits, store=store, sleep=stop.sleep)
        self._store = store
        self.http = Http(config, limiter=limiter, sleep=stop.sleep)
        self._failures = threading.local()
        self._enricher = Enricher(providers=make_providers(self.http),
                                  on_failure=self._failed)

    def _failed(self, error: HttpError) -> None:
        self._failures.seen.append(error)

    def enrich(self, record: Record) -> Enrichment:
        """Look `record` up; `LookupFailed` when an API failure left the answer in doubt.

        The enricher reports "not found" when an API kept failing; a batch
        must not remember that as final, or a 503 today would hide the book
        for good, so the lookup counts as failed and the next run tries again.
        """
        self._failures.seen = []
        enrichment = self._enricher.enrich(record)
        failures: list[HttpError] = self._failures.seen
        if failures and enrichment.status == "not-found":
            raise LookupFailed("; ".join(dict.fromkeys(str(f) for f in failures)))
        return enrichment

    def cache_hits(self) -> int:
        return sum(n for (_, kind), n in self.http.stats.items() if kind == "cache")

    @property
    def requests(self) -> Counter[tuple[str, str]]:
        return Counter(self.http.stats)

    def close(self) -> None:
        self.http.close()
        if isinstance(self._store, RedisBucketStore):
            self._store.close()

    def __enter__(self) -> Lookups:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
