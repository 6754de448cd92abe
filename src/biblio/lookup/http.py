"""The one way biblio talks to the network.

Every provider goes through `Http`: a `requests` session with a User-Agent
that names biblio and a contact, connect/read timeouts, a persistent HTTP
cache (requests-cache), a rate limiter per API and retries (tenacity) with
exponential backoff and jitter that honour ``Retry-After``.

Layering, from the caller down: `Http.get` → retries → requests-cache →
`_RateLimitedAdapter` → the network. The limiter sits below the cache, so a
cached answer costs no slot and a second run is free. Failures come out as
`HttpError` subclasses; `OfflineError` means "no network (or offline mode and
not cached)", which callers report as status ``offline``.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from requests_cache import CachedSession
from requests_cache.backends.base import BaseCache
from requests_cache.backends.sqlite import SQLiteCache
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    stop_before_delay,
    wait_exponential,
    wait_random,
)
from urllib3.exceptions import NameResolutionError, NewConnectionError

from .. import __version__
from ..config import PROJECT_URL, Config
from ..problems import BiblioError
from .ratelimit import Limit, RateLimiter

log = logging.getLogger(__name__)

# Statuses worth another try: rate limiting and server trouble.
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Statuses whose Retry-After header we obey (RFC 9110 defines it for these).
RETRY_AFTER_STATUSES = frozenset({429, 503})
# Answers worth keeping: a 404 ("no such ISBN") is as stable as a 200.
CACHEABLE_STATUSES = (200, 404)
# Query parameters kept out of cache keys and stored URLs (API keys).
SECRET_PARAMETERS = ("key", "api_key", "apikey", "access_token", "Authorization")


class HttpError(BiblioError):
    """A request to a book API failed; `api` and `url` say which."""

    def __init__(self, message: str, *, api: str, url: str, status: int | None = None) -> None:
        super().__init__(f"{api}: {message} ({url})")
        self.api, self.url, self.status = api, url, status


class NetworkError(HttpError):
    """The request never got an answer: timeout, connection reset."""


class OfflineError(NetworkError):
    """No network (host unreachable), or offline mode and the answer is not cached."""


class NotFoundError(HttpError):
    """The API answered 404: the ISBN, work or volume does not exist there."""


class AccessDeniedError(HttpError):
    """The API refused us (401/403): a missing contact, a bad API key, a ban."""


class ServiceError(HttpError):
    """The API kept failing (5xx), or answered with a status we do not handle."""


class RateLimitedError(ServiceError):
    """The API kept answering 429, or asked us to wait longer than our time budget."""


class BadResponseError(HttpError):
    """The API answered 200 with a body we cannot read (invalid JSON or XML)."""


class _RetryableStatus(Exception):
    """Internal: an answer that deserves another try."""

    def __init__(self, response: requests.Response, retry_after: float | None) -> None:
        super().__init__(response.status_code)
        self.response, self.retry_after = response, retry_after


# The API of the request being sent, for the adapter below the cache.
_CURRENT_API: ContextVar[str | None] = ContextVar("biblio_http_api", default=None)


class _RateLimitedAdapter(HTTPAdapter):
    """Takes a rate-limit slot only for requests that really go to the network."""

    def __init__(self, limiter: RateLimiter, on_send: Callable[[str], None]) -> None:
        super().__init__()
        self._limiter, self._on_send = limiter, on_send

    def send(self, request: requests.PreparedRequest, *args: Any,
             **kwargs: Any) -> requests.Response:
        api = _CURRENT_API.get()
        if api is not None:
            self._limiter.acquire(api)
            self._on_send(api)
        return super().send(request, *args, **kwargs)


_hint_lock = threading.Lock()
_hint_given = False


def user_agent(config: Config) -> str:
    """``biblio/0.1.0 (you@example.org)``; the project URL stands in for a missing e-mail."""
    global _hint_given
    if config.contact:
        return f"biblio/{__version__} ({config.contact})"
    with _hint_lock:
        if not _hint_given:
            _hint_given = True
            log.warning(
                "no contact e-mail configured: set BIBLIO_CONTACT or 'contact' in the config "
                "file so that book APIs (Open Library) can reach you and allow a faster rate"
            )
    return f"biblio/{__version__} (+{PROJECT_URL})"


def make_cache(config: Config) -> BaseCache:
    """The cache backend chosen by name in the configuration."""
    backend = config.cache.backend
    if backend == "sqlite":
        config.cache.dir.mkdir(parents=True, exist_ok=True)
        # WAL: readers do not block the writer and a commit only appends to the log;
        # it halved the time per cold request in benchmarks/http_cache.py.
        return SQLiteCache(db_path=config.cache.sqlite_path, wal=True, busy_timeout=30_000)
    if backend == "memory":
        return BaseCache()
    if backend == "redis":
        try:
            import redis
            from requests_cache.backends.redis import RedisCache
        except ImportError as exc:
            raise BiblioError("cache backend 'redis' needs the redis package: "
                              "pip install 'biblio[redis]'") from exc
        return RedisCache(connection=redis.Redis.from_url(config.cache.redis_url))
    raise BiblioError(f"unknown cache backend {backend!r}")


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delay-seconds or HTTP-date)."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class Http:
    """A cached, rate-limited, retrying HTTP client for the book APIs.

    One instance is meant to live for a whole run and be shared by every
    provider, so that the limiter sees all requests to an API.
    """

    def __init__(
        self,
        config: Config,
        *,
        limiter: RateLimiter | None = None,
        cache: BaseCache | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.config = config
        self._sleep = sleep
        self.limiter = limiter if limiter is not None else RateLimiter(
            {name: Limit(config.api(name).rate, config.api(name).burst) for name in config.apis},
            sleep=sleep,
        )
        self.session = CachedSession(
            backend=cache if cache is not None else make_cache(config),
            expire_after=timedelta(days=config.cache.expire_days),
            allowable_codes=CACHEABLE_STATUSES,
            ignored_parameters=SECRET_PARAMETERS,
            stale_if_error=True,
        )
        adapter = _RateLimitedAdapter(self.limiter, self._count_network)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.headers["User-Agent"] = user_agent(config)
        retry = config.retry
        # Exponential backoff plus random jitter, so that parallel clients spread out.
        self._backoff = wait_exponential(multiplier=retry.backoff_base, max=retry.backoff_max) \
            + wait_random(0, retry.backoff_base)
        self._stats_lock = threading.Lock()
        self.stats: Counter[tuple[str, str]] = Counter()  # (api, "network"|"cache") → count

    def __enter__(self) -> Http:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.session.close()  # type: ignore[no-untyped-call]

    def url(self, api: str, path: str) -> str:
        """The absolute URL of `path` on the API's configured base URL."""
        if path.startswith(("http://", "https://")):
            return path
        base = self.config.api(api).base_url.rstrip("/")
        return f"{base}/{path.lstrip('/')}" if path else base

    def get(
        self, api: str, path: str, params: Mapping[str, Any] | None = None
    ) -> requests.Response:
        """GET with cache, limit and retries; a 2xx response or an `HttpError`."""
        url = self.url(api, path)
        retrying = Retrying(
            retry=retry_if_exception(_worth_retrying),
            stop=stop_after_attempt(self.config.retry.attempts)
            | stop_before_delay(self.config.retry.max_total),
            wait=self._wait,
            reraise=True,
            sleep=self._sleep,
        )
        try:
            response = retrying(self._attempt, api, url, params)
        except _RetryableStatus as exc:
            response = exc.response
            kind = RateLimitedError if response.status_code == 429 else ServiceError
            tries = retrying.statistics.get("attempt_number", 1)
            message = f"HTTP {response.status_code} after {tries} attempt{'s' * (tries > 1)}"
            if exc.retry_after:
                message += (f"; asked to wait {exc.retry_after:.0f}s "
                            f"(the budget is {self.config.retry.max_total:.0f}s)")
            raise kind(message, api=api, url=response.url, status=response.status_code) from None
        except requests.ConnectTimeout as exc:
            raise OfflineError(f"cannot connect: {_reason(exc)}", api=api, url=url) from exc
        except requests.Timeout as exc:
            raise NetworkError(f"timed out: {_reason(exc)}", api=api, url=url) from exc
        except requests.ConnectionError as exc:
            failure = OfflineError if _unreachable(exc) else NetworkError
            raise failure(f"network error: {_reason(exc)}", api=api, url=url) from exc
        except requests.RequestException as exc:
            raise NetworkError(f"request failed: {exc}", api=api, url=url) from exc
        return self._check(api, response)

    def get_json(self, api: str, path: str, params: Mapping[str, Any] | None = None) -> Any:
        response = self.get(api, path, params)
        try:
            return response.json()
        except (json.JSONDecodeError, ValueError):
            self.forget(response)
            snippet = response.text[:80].replace("\n", " ")
            raise BadResponseError(f"invalid JSON in answer: {snippet!r}", api=api,
                                   url=response.url, status=response.status_code) from None

    def get_bytes(self, api: str, path: str, params: Mapping[str, Any] | None = None) -> bytes:
        return self.get(api, path, params).content

    def forget(self, response: requests.Response) -> None:
        """Drop a cached answer that turned out unusable (a parser rejected it)."""
        if response.request is not None:
            self.session.cache.delete(requests=[response.request])

    @contextmanager
    def _api(self, api: str) -> Iterator[None]:
        token = _CURRENT_API.set(api)
        try:
            yield
        finally:
            _CURRENT_API.reset(token)

    def _attempt(self, api: str, url: str, params: Mapping[str, Any] | None) -> requests.Response:
        with self._api(api):
            response = self.session.get(
                url,
                params=params,
                timeout=(self.config.connect_timeout, self.config.read_timeout),
                only_if_cached=self.config.offline,
            )
        # requests-cache answers a miss under only_if_cached with a synthetic 504.
        from_cache = bool(getattr(response, "from_cache", False)) and \
            response.status_code in CACHEABLE_STATUSES
        if self.config.offline and not from_cache:
            raise OfflineError("offline mode and this answer is not cached", api=api, url=url)
        if from_cache:
            self._count(api, "cache")
        if response.status_code in RETRY_STATUSES:
            retry_after = None
            if response.status_code in RETRY_AFTER_STATUSES:
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after:
                self.limiter.hold(api, retry_after)
            raise _RetryableStatus(response, retry_after)
        return response

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome is not None else None
        if isinstance(exc, _RetryableStatus) and exc.retry_after is not None:
            return exc.retry_after
        return float(self._backoff(state))

    def _check(self, api: str, response: requests.Response) -> requests.Response:
        status = response.status_code
        if 200 <= status < 300:
            return response
        if status == 404:
            raise NotFoundError("not found (HTTP 404)", api=api, url=response.url, status=status)
        if status in (401, 403):
            raise AccessDeniedError(f"access denied (HTTP {status}){self._denied_hint(api)}",
                                    api=api, url=response.url, status=status)
        raise ServiceError(f"unexpected HTTP {status}", api=api, url=response.url, status=status)

    def _denied_hint(self, api: str) -> str:
        if self.config.api(api).key is None and api == "googlebooks":
            return "; the anonymous daily quota may be spent: set BIBLIO_GOOGLEBOOKS_KEY"
        if not self.config.has_email_contact:
            return "; set a contact e-mail (BIBLIO_CONTACT) so the API knows who is asking"
        return ""

    def _count_network(self, api: str) -> None:
        self._count(api, "network")

    def _count(self, api: str, kind: str) -> None:
        with self._stats_lock:
            self.stats[(api, kind)] += 1


def _worth_retrying(exc: BaseException) -> bool:
    """Retry statuses, timeouts and dropped connections, but not a host name that
    does not resolve: that is a machine without network, and waiting won't fix it."""
    if isinstance(exc, (_RetryableStatus, requests.Timeout)):
        return True
    if isinstance(exc, requests.ConnectionError):
        return not isinstance(_cause(exc), NameResolutionError)
    return False


def _unreachable(exc: requests.ConnectionError) -> bool:
    """True when no connection could be made at all (DNS, refused, no route)."""
    return isinstance(_cause(exc), NewConnectionError)


def _reason(exc: requests.RequestException) -> str:
    return str(_cause(exc) or exc)


def _cause(exc: BaseException) -> object:
    """urllib3's underlying error, which requests wraps in its own exception's args."""
    return getattr(exc.args[0], "reason", None) if exc.args else None
