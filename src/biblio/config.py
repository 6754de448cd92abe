"""User settings: contact, API base URLs and keys, rate limits, timeouts, cache.

Settings come from built-in defaults, then a TOML file, then ``BIBLIO_*``
environment variables, so one machine-wide file can be overridden per run
(a mirror, a test server, a CI cache folder) without editing it.

The file lives in the platform's config folder (``biblio/config.toml``) or
wherever ``BIBLIO_CONFIG`` points::

    contact = "you@example.org"      # sent in the User-Agent; Open Library asks for it
    offline = false                  # true: answer from the HTTP cache only

    [http]
    connect_timeout = 5.0
    read_timeout = 20.0

    [retry]
    attempts = 4                     # tries per request, first one included
    backoff_base = 0.5               # seconds; doubles per retry, with jitter
    backoff_max = 8.0
    max_total = 30.0                 # never spend longer than this on one request

    [cache]
    backend = "sqlite"               # "sqlite", "redis" or "memory"
    dir = "~/.cache/biblio"
    expire_days = 30
    redis_url = "redis://localhost:6379/0"

    [api.openlibrary]
    url = "http://localhost:8080"    # a mirror or test server
    rate = 3.0                       # requests per second
    burst = 3

    [api.googlebooks]
    key = "your-api-key"
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import platformdirs

from .problems import BiblioError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on 3.10 only
    import tomli as tomllib

APP_NAME = "biblio"
PROJECT_URL = "https://github.com/biblio-tools/biblio"

CACHE_BACKENDS: tuple[str, ...] = ("sqlite", "redis", "memory")


@dataclass(frozen=True)
class ApiSettings:
    """How to reach one API and how hard we may use it."""

    base_url: str
    rate: float  # sustained requests per second
    burst: int = 1  # requests allowed back to back before the rate applies
    key: str | None = None  # API key, for the APIs that take one


# Defaults keep under each API's published or reported limits (docs/lookups.md,
# "Usage rules"), with a margin: a client pacing at exactly the server's rate
# still meets 429s when network delays bunch its requests up. Open Library
# allows identified clients (a contact in the User-Agent) 3 requests/s and
# others 1/s: `Config.api()` picks the lower one when no e-mail is configured.
DEFAULT_APIS: dict[str, ApiSettings] = {
    "openlibrary": ApiSettings("https://openlibrary.org", rate=2.5, burst=3),
    "googlebooks": ApiSettings("https://www.googleapis.com/books/v1", rate=1.0, burst=2),
    "loc": ApiSettings("http://lx2.loc.gov:210/LCDB", rate=0.5, burst=1),
    "wikidata": ApiSettings("https://www.wikidata.org", rate=2.0, burst=2),
}
ANONYMOUS_OPENLIBRARY_RATE = 0.8


@dataclass(frozen=True)
class RetrySettings:
    attempts: int = 4
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    max_total: float = 30.0


@dataclass(frozen=True)
class CacheSettings:
    backend: str = "sqlite"
    dir: Path = field(default_factory=lambda: Path(platformdirs.user_cache_dir(APP_NAME)))
    expire_days: float = 30.0
    redis_url: str = "redis://localhost:6379/0"

    @property
    def sqlite_path(self) -> Path:
        return self.dir / "http-cache.sqlite"


@dataclass(frozen=True)
class Config:
    """Everything the HTTP layer and the providers need to know about the user."""

    contact: str | None = None
    offline: bool = False
    connect_timeout: float = 5.0
    read_timeout: float = 20.0
    retry: RetrySettings = field(default_factory=RetrySettings)
    cache: CacheSettings = field(default_factory=CacheSettings)
    apis: Mapping[str, ApiSettings] = field(default_factory=lambda: dict(DEFAULT_APIS))
    path: Path | None = None  # the file the settings were read from, if any

    def api(self, name: str) -> ApiSettings:
        """The settings in force for one API (Open Library capped for anonymous clients)."""
        settings = self.api_raw(name)
        if name == "openlibrary" and not self.has_email_contact:
            return replace(settings, rate=min(settings.rate, ANONYMOUS_OPENLIBRARY_RATE),
                           burst=1)
        return settings

    def api_raw(self, name: str) -> ApiSettings:
        """The API's settings as configured, before the anonymous-client cap."""
        try:
            return self.apis[name]
        except KeyError:
            raise BiblioError(f"unknown API {name!r}; known: {', '.join(self.apis)}") from None

    @property
    def has_email_contact(self) -> bool:
        return bool(self.contact and "@" in self.contact)

    def with_api(self, name: str, **changes: Any) -> Config:
        """A copy with one API's settings changed (tests, command-line overrides)."""
        apis = dict(self.apis)
        apis[name] = replace(self.api_raw(name), **changes)
        return replace(self, apis=apis)


def default_config_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get("BIBLIO_CONFIG"):
        return Path(env["BIBLIO_CONFIG"]).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME)) / "config.toml"


def load_config(path: Path | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Defaults, then the TOML file (if it exists), then the environment.

    An explicit ``path`` or ``BIBLIO_CONFIG`` that does not exist is an error:
    the user named that file, so silently ignoring it would hide a typo.
    """
    env = os.environ if env is None else env
    explicit = path is not None or bool(env.get("BIBLIO_CONFIG"))
    file = path if path is not None else default_config_path(env)
    data: dict[str, Any] = {}
    if file.exists():
        data = _read_toml(file)
    elif explicit:
        raise BiblioError(f"{file}: configuration file not found")
    config = _from_mapping(data, file if file.exists() else None)
    return _apply_env(config, env)


def _read_toml(file: Path) -> dict[str, Any]:
    try:
        with file.open("rb") as handle:
            data: dict[str, Any] = tomllib.load(handle)
            return data
    except tomllib.TOMLDecodeError as exc:  # message carries "(at line N, column M)"
        raise BiblioError(f"{file}: invalid TOML: {exc}") from exc
    except OSError as exc:
        raise BiblioError(f"{file}: cannot read configuration: {exc.strerror}") from exc


class _Reader:
    """Typed access to one TOML table, with errors naming the file and key."""

    def __init__(self, data: Mapping[str, Any], where: str, prefix: str = "") -> None:
        self.data, self.where, self.prefix = data, where, prefix

    def _bad(self, key: str, wanted: str) -> BiblioError:
        return BiblioError(f"{self.where}: '{self.prefix}{key}' must be {wanted}, "
                           f"not {self.data[key]!r}")

    def table(self, key: str) -> _Reader:
        value = self.data.get(key, {})
        if not isinstance(value, dict):
            raise self._bad(key, "a table")
        return _Reader(value, self.where, f"{self.prefix}{key}.")

    def number(self, key: str, default: float, *, positive: bool = True) -> float:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self._bad(key, "a number")
        if positive and value <= 0:
            raise self._bad(key, "greater than 0")
        return float(value)

    def integer(self, key: str, default: int) -> int:
        value = self.data.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise self._bad(key, "a whole number of at least 1")
        return value

    def string(self, key: str, default: str | None) -> str | None:
        value = self.data.get(key, default)
        if value is not None and not isinstance(value, str):
            raise self._bad(key, "a string")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self._bad(key, "true or false")
        return value


def _from_mapping(data: Mapping[str, Any], file: Path | None) -> Config:
    top = _Reader(data, str(file) if file else "<config>")
    defaults = Config()
    http, retry, cache, api = top.table("http"), top.table("retry"), top.table("cache"), \
        top.table("api")
    backend = cache.string("backend", defaults.cache.backend)
    if backend not in CACHE_BACKENDS:
        raise BiblioError(f"{top.where}: 'cache.backend' must be one of "
                          f"{', '.join(CACHE_BACKENDS)}, not {backend!r}")
    cache_dir = cache.string("dir", None)
    apis = dict(DEFAULT_APIS)
    for name in api.data:
        if name not in DEFAULT_APIS:
            raise BiblioError(f"{top.where}: unknown API 'api.{name}'; "
                              f"known: {', '.join(DEFAULT_APIS)}")
        table, base = api.table(name), DEFAULT_APIS[name]
        apis[name] = ApiSettings(
            base_url=table.string("url", base.base_url) or base.base_url,
            rate=table.number("rate", base.rate),
            burst=table.integer("burst", base.burst),
            key=table.string("key", base.key),
        )
    return Config(
        contact=top.string("contact", None),
        offline=top.boolean("offline", False),
        connect_timeout=http.number("connect_timeout", defaults.connect_timeout),
        read_timeout=http.number("read_timeout", defaults.read_timeout),
        retry=RetrySettings(
            attempts=retry.integer("attempts", defaults.retry.attempts),
            backoff_base=retry.number("backoff_base", defaults.retry.backoff_base,
                                      positive=False),
            backoff_max=retry.number("backoff_max", defaults.retry.backoff_max, positive=False),
            max_total=retry.number("max_total", defaults.retry.max_total),
        ),
        cache=CacheSettings(
            backend=str(backend),
            dir=Path(cache_dir).expanduser() if cache_dir else defaults.cache.dir,
            expire_days=cache.number("expire_days", defaults.cache.expire_days),
            redis_url=cache.string("redis_url", defaults.cache.redis_url)
            or defaults.cache.redis_url,
        ),
        apis=apis,
        path=file,
    )


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off", "")


def _apply_env(config: Config, env: Mapping[str, str]) -> Config:
    apis = dict(config.apis)
    for name in DEFAULT_APIS:
        url = env.get(f"BIBLIO_{name.upper()}_URL")
        key = env.get(f"BIBLIO_{name.upper()}_KEY")
        if url:
            apis[name] = replace(apis[name], base_url=url)
        if key:
            apis[name] = replace(apis[name], key=key)
    cache = config.cache
    if env.get("BIBLIO_CACHE_DIR"):
        cache = replace(cache, dir=Path(env["BIBLIO_CACHE_DIR"]).expanduser())
    if env.get("BIBLIO_CACHE_BACKEND"):
        backend = env["BIBLIO_CACHE_BACKEND"]
        if backend not in CACHE_BACKENDS:
            raise BiblioError(f"BIBLIO_CACHE_BACKEND must be one of {', '.join(CACHE_BACKENDS)}, "
                              f"not {backend!r}")
        cache = replace(cache, backend=backend)
    if env.get("BIBLIO_REDIS_URL"):
        cache = replace(cache, redis_url=env["BIBLIO_REDIS_URL"])
    offline = config.offline
    if "BIBLIO_OFFLINE" in env:
        flag = env["BIBLIO_OFFLINE"].strip().lower()
        if flag not in _TRUE + _FALSE:
            raise BiblioError(f"BIBLIO_OFFLINE must be 1/0 or true/false, not {flag!r}")
        offline = flag in _TRUE
    return replace(
        config,
        contact=env.get("BIBLIO_CONTACT") or config.contact,
        apis=apis,
        cache=cache,
        offline=offline,
    )
