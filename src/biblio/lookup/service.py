"""The look-up stack of one run: answer store → (on a miss) HTTP client → providers → enricher.

`convert`, `batch` and `enrich` all open their look-ups here, with one set of
options (`LookupSettings`): per-API rates, offline, no persistent cache, a
shared Redis.  The HTTP stack is built on the first answer the store lacks,
so a warm run never imports `requests`.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import TracebackType
from typing import TYPE_CHECKING

from ..config import Config, load_config
from ..model import Record
from ..problems import BiblioError
from .answers import (
    Answer,
    AnswerStore,
    MemoryAnswers,
    RedisAnswers,
    SqliteAnswers,
    answer_key,
    fingerprint,
)
from .providers import DEFAULT_ORDER
from .result import EDITION_FIELDS, Enrichment
from .stop import Stop
from .works import work_key

if TYPE_CHECKING:
    from .http import Http, HttpError
    from .matching import MatchSettings
    from .ratelimit_redis import RedisBucketStore


class LookupFailed(BiblioError):
    """An API failed during a lookup, so its "not found" cannot be trusted."""


@dataclass
class LookupSettings:
    """The look-up options every command shares (``--offline``, ``--rate``, ``--redis``…)."""

    offline: bool = False
    cache: bool = True  # False: neither HTTP answers nor look-up answers outlive the run
    rates: Mapping[str, float] = field(default_factory=dict)  # API → requests/s
    redis_url: str | None = None  # share rate limits, the HTTP cache and answers through Redis
    providers: Sequence[str] = DEFAULT_ORDER
    match: MatchSettings | None = None  # None: `MatchSettings()`, imported when first needed


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
    """The user's configuration with the run's overrides applied."""
    config = base if base is not None else load_config()
    if settings.offline:
        config = replace(config, offline=True)
    for api, rate in settings.rates.items():
        config = config.with_api(api, rate=rate)  # names an unknown API in its error
    if not settings.cache:
        config = replace(config, cache=replace(config.cache, backend="memory"))
    elif settings.redis_url:
        config = replace(config, cache=replace(config.cache, backend="redis",
                                               redis_url=settings.redis_url))
    return config


def open_answers(config: Config) -> AnswerStore:
    """The answer store beside the configured HTTP cache."""
    if config.cache.backend == "memory":
        return MemoryAnswers()
    if config.cache.backend == "redis":
        import redis

        return RedisAnswers(redis.Redis.from_url(config.cache.redis_url))
    return SqliteAnswers(config.cache.dir / "answers.sqlite")


def failure_warner(warn: Callable[[str], None]) -> Callable[[HttpError], None]:
    """An `on_failure` that tells `warn` once per API and kind of failure.

    A missing network is told once in all, so a run offline gives one
    warning, not one per record and API.
    """
    warned: set[tuple[str, str]] = set()
    lock = threading.Lock()

    def failed(error: HttpError) -> None:
        from .http import OfflineError

        offline = isinstance(error, OfflineError)
        key = ("", "offline") if offline else (error.api, type(error).__name__)
        with lock:
            if key in warned:
                return
            warned.add(key)
        if offline:
            warn(f"{error}; records are written unenriched and marked offline in the report")
        else:
            warn(f"{error}; other book APIs are asked instead")

    return failed


class Lookups:
    """Look-ups for the threads of one run: each work is answered from the store or asked.

    `settings_key` is the fingerprint of everything that decides a match, so
    answers stored under other settings are not replayed.
    """

    def __init__(self, config: Config | None = None, stop: Stop | None = None, *,
                 settings: LookupSettings | None = None,
                 warn: Callable[[str], None] | None = None,
                 answers: AnswerStore | None = None,
                 enrich: Callable[[Record], Enrichment] | None = None) -> None:
        """`enrich` replaces the enricher over the configured APIs (own providers, tests).

        Nothing is opened here: the answer store on the first key, the HTTP
        stack on the first miss, so a run that looks nothing up pays nothing.
        """
        self.config = config if config is not None else configure(settings or LookupSettings())
        self.settings = settings or LookupSettings()
        self._stop = stop or Stop()
        self._warn = failure_warner(warn) if warn is not None else None
        self._answers = answers
        self._settings_key: str | None = None
        self.stored_hits = 0  # works answered from the store
        self._lock = threading.Lock()
        self._failures = threading.local()
        self._enrich = enrich
        self._http: Http | None = None
        self._buckets: RedisBucketStore | None = None  # shared limits (--redis)

    # ------------------------------------------------------------------ answers

    @property
    def answers(self) -> AnswerStore:
        with self._lock:
            if self._answers is None:
                self._answers = open_answers(self.config)
            return self._answers

    @property
    def match(self) -> MatchSettings:
        from .matching import MatchSettings

        return self.settings.match or MatchSettings()

    @property
    def settings_key(self) -> str:
        """The fingerprint of what decides a match: providers, their addresses, settings."""
        if self._settings_key is None:
            self._settings_key = fingerprint([
                [(name, self.config.api(name).base_url) for name in self.settings.providers],
                self.match, EDITION_FIELDS,
            ])
        return self._settings_key

    def key(self, record: Record) -> str:
        """The answer key of `record`'s work under this run's settings."""
        return answer_key(work_key(record), self.settings_key)

    def stored(self, keys: Iterable[str]) -> dict[str, Answer]:
        """The stored answers of those `keys` the store has."""
        return self.answers.get_many(keys)

    def known(self, keys: Iterable[str]) -> set[str]:
        """Which of these answer keys the store can answer."""
        return self.answers.known(keys)

    def look_up(self, record: Record, key: str | None = None) -> Answer:
        """`record`'s answer: the stored one, else asked of the APIs and then stored.

        `LookupFailed` when an API failure left a "not found" in doubt: the
        enricher says "not found" when an API kept failing, and remembering
        that would hide the book for good, so the next run asks again.
        """
        key = key or self.key(record)
        answer = self.answers.get(key)
        if answer is not None:
            with self._lock:
                self.stored_hits += 1
            return answer
        self._failures.seen = []
        enrichment = self._open()(record)
        failures: list[HttpError] = self._failures.seen
        if failures and enrichment.status == "not-found":
            raise LookupFailed("; ".join(dict.fromkeys(str(f) for f in failures)))
        answer = Answer(enrichment)
        self.answers.put(key, answer)
        return answer

    def enrich(self, record: Record) -> Enrichment:
        """One record's enrichment (for callers that look records up one by one)."""
        answer = self.look_up(record)
        if answer.enrichment.record is record:
            return answer.enrichment
        return replace(answer.enrichment, record=answer.apply(record))

    # ------------------------------------------------------------------ the HTTP side

    def _open(self) -> Callable[[Record], Enrichment]:
        """The enricher over the configured APIs, built on the first miss."""
        with self._lock:
            if self._enrich is None:
                from .enrichment import Enricher
                from .http import Http
                from .providers import make_providers
                from .ratelimit import Limit, RateLimiter

                if self.settings.redis_url:
                    from .ratelimit_redis import RedisBucketStore

                    self._buckets = RedisBucketStore(self.settings.redis_url)
                limits = {name: Limit(self.config.api(name).rate, self.config.api(name).burst)
                          for name in self.config.apis}
                limiter = RateLimiter(limits, store=self._buckets, sleep=self._stop.sleep)
                self._http = Http(self.config, limiter=limiter, sleep=self._stop.sleep)
                self._enrich = Enricher(make_providers(self._http, self.settings.providers),
                                        self.match, on_failure=self._failed).enrich
            return self._enrich

    @property
    def http(self) -> Http:
        """The run's HTTP client, built now if no look-up needed it yet."""
        self._open()
        assert self._http is not None, "a look-up stack given its own enricher has no client"
        return self._http

    def _failed(self, error: HttpError) -> None:
        self._failures.seen.append(error)
        if self._warn is not None:
            self._warn(error)

    def cache_hits(self) -> int:
        """Works answered without the network: from the store or the HTTP cache."""
        http = self._http
        cached = sum(n for (_, kind), n in http.stats.items() if kind == "cache") if http else 0
        return self.stored_hits + cached

    @property
    def requests(self) -> Counter[tuple[str, str]]:
        """(api, "network"|"cache") → requests made so far."""
        return Counter(self._http.stats) if self._http is not None else Counter()

    def close(self) -> None:
        if self._http is not None:
            self._http.close()
        if self._buckets is not None:
            self._buckets.close()
        if self._answers is not None:
            self._answers.close()

    def __enter__(self) -> Lookups:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
