"""Settings: defaults, the TOML file, environment overrides, and errors users can fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.config import DEFAULT_APIS, default_config_path, load_config
from biblio.problems import BiblioError

FULL = """\
contact = "reader@example.org"
offline = true

[http]
connect_timeout = 2
read_timeout = 9.5

[retry]
attempts = 2
backoff_base = 0.1
max_total = 12

[cache]
backend = "redis"
dir = "~/biblio-cache"
expire_days = 7
redis_url = "redis://cache.internal:6379/3"

[api.openlibrary]
url = "http://mirror.internal:8080"
rate = 5
burst = 4

[api.googlebooks]
key = "k-123"
"""


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the developer's own ~/.config/biblio out of these tests."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_a_file(tmp_path: Path) -> None:
    config = load_config(env={})
    assert config.contact is None and config.offline is False and config.path is None
    assert config.cache.backend == "sqlite"
    assert config.api("googlebooks") == DEFAULT_APIS["googlebooks"]


def test_anonymous_clients_get_open_librarys_lower_rate(tmp_path: Path) -> None:
    anonymous = load_config(env={})
    assert (anonymous.api("openlibrary").rate, anonymous.api("openlibrary").burst) == (0.8, 1)
    identified = load_config(env={"BIBLIO_CONTACT": "me@example.org"})
    assert identified.api("openlibrary").rate == 2.5


def test_every_setting_is_read_from_the_file(tmp_path: Path) -> None:
    config = load_config(write(tmp_path, FULL), env={})
    assert config.contact == "reader@example.org" and config.offline
    assert (config.connect_timeout, config.read_timeout) == (2.0, 9.5)
    assert (config.retry.attempts, config.retry.backoff_base, config.retry.max_total) == \
        (2, 0.1, 12.0)
    assert config.cache.backend == "redis"
    assert config.cache.dir == Path("~/biblio-cache").expanduser()
    assert config.cache.expire_days == 7 and config.cache.redis_url.endswith("/3")
    openlibrary = config.api("openlibrary")
    assert (openlibrary.base_url, openlibrary.rate, openlibrary.burst) == \
        ("http://mirror.internal:8080", 5.0, 4)
    assert config.api("googlebooks").key == "k-123"
    assert config.api("loc") == DEFAULT_APIS["loc"]
    assert config.path == tmp_path / "config.toml"


def test_environment_wins_over_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, FULL)
    config = load_config(env={
        "BIBLIO_CONFIG": str(path),
        "BIBLIO_CONTACT": "other@example.org",
        "BIBLIO_OPENLIBRARY_URL": "http://127.0.0.1:9/ol",
        "BIBLIO_GOOGLEBOOKS_URL": "http://127.0.0.1:9/gb",
        "BIBLIO_LOC_URL": "http://127.0.0.1:9/loc",
        "BIBLIO_WIKIDATA_URL": "http://127.0.0.1:9/wd",
        "BIBLIO_GOOGLEBOOKS_KEY": "k-env",
        "BIBLIO_CACHE_DIR": str(tmp_path / "c"),
        "BIBLIO_CACHE_BACKEND": "memory",
        "BIBLIO_OFFLINE": "0",
    })
    assert config.contact == "other@example.org" and not config.offline
    assert [config.api(a).base_url for a in ("openlibrary", "googlebooks", "loc", "wikidata")] \
        == [f"http://127.0.0.1:9/{p}" for p in ("ol", "gb", "loc", "wd")]
    assert config.api("openlibrary").rate == 5.0  # the file's rate is kept
    assert config.api("googlebooks").key == "k-env"
    assert config.cache.dir == tmp_path / "c" and config.cache.backend == "memory"
    assert config.cache.sqlite_path == tmp_path / "c" / "http-cache.sqlite"


def test_biblio_config_moves_the_file(tmp_path: Path) -> None:
    assert default_config_path({"BIBLIO_CONFIG": str(tmp_path / "x.toml")}) == \
        tmp_path / "x.toml"
    assert default_config_path({}).name == "config.toml"


def test_a_named_file_that_does_not_exist_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BiblioError, match=r"missing\.toml: configuration file not found"):
        load_config(env={"BIBLIO_CONFIG": str(tmp_path / "missing.toml")})


def test_invalid_toml_names_the_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, 'contact = "a@b.org"\n[cache\nbackend = "sqlite"\n')
    with pytest.raises(BiblioError, match=r"config\.toml: invalid TOML: .*line 2"):
        load_config(path, env={})


@pytest.mark.parametrize(("text", "message"), [
    ('[retry]\nattempts = 0\n', "'retry.attempts' must be a whole number of at least 1"),
    ('[http]\nread_timeout = "slow"\n', "'http.read_timeout' must be a number"),
    ('[cache]\nbackend = "mongo"\n', "'cache.backend' must be one of sqlite, redis, memory"),
    ('[api.crossref]\nrate = 1\n', "unknown API 'api.crossref'"),
    ('[api.openlibrary]\nrate = -1\n', "'api.openlibrary.rate' must be greater than 0"),
    ('offline = "yes"\n', "'offline' must be true or false"),
    ('http = 3\n', "'http' must be a table"),
])
def test_wrong_values_say_which_key_to_fix(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(BiblioError, match="config.toml: " + message.replace(".", r"\.")):
        load_config(write(tmp_path, text), env={})


@pytest.mark.parametrize(("name", "value"), [
    ("BIBLIO_CACHE_BACKEND", "disk"), ("BIBLIO_OFFLINE", "maybe"),
])
def test_wrong_environment_values_are_errors(name: str, value: str) -> None:
    with pytest.raises(BiblioError, match=name):
        load_config(env={name: value})
