"""The HTTP layer shared: threads on one SQLite cache, and the cache kept in Redis."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from biblio.config import CacheSettings, Config
from biblio.lookup.http import Http
from biblio.testing import redis_server
from biblio.testing.fakeapi import Book, FakeApi

BOOKS = [Book(str(i), f"Volume {i} of Everything", ("Ann Author",), pages=100 + i)
         for i in range(40)]


def fast(config: Config) -> Config:
    return config.with_api("openlibrary", rate=1000.0, burst=100)


def test_threads_share_one_sqlite_cache(tmp_path: Path) -> None:
    with FakeApi(BOOKS, latency=0.01) as fake:
        config = fast(fake.config(Config(contact="a@b.org",
                                         cache=CacheSettings(dir=tmp_path))))

        def search(http: Http, number: int) -> int:
            data = http.get_json("openlibrary", "/search.json", {"title": f"volume {number}"})
            return int(data["numFound"])

        with Http(config) as http, ThreadPoolExecutor(8) as pool:
            first = list(pool.map(lambda n: search(http, n), range(40)))
        assert first == [1] * 40 and fake.counts["openlibrary"] == 40
        with Http(config) as http, ThreadPoolExecutor(8) as pool:
            again = list(pool.map(lambda n: search(http, n), range(40)))
            assert http.stats[("openlibrary", "cache")] == 40
        assert again == first and fake.counts["openlibrary"] == 40


@pytest.mark.skipif(not redis_server.available(), reason="redis-server is not installed")
def test_redis_cache_backend_is_shared_between_clients(tmp_path: Path) -> None:
    with redis_server.RedisServer() as redis, FakeApi(BOOKS) as fake:
        config = fast(fake.config(Config(
            contact="a@b.org", cache=CacheSettings(backend="redis", redis_url=redis.url))))
        with Http(config) as one:
            one.get_json("openlibrary", "/search.json", {"title": "volume 7"})
        with Http(config) as other:  # another process would see the same
            answer = other.get_json("openlibrary", "/search.json", {"title": "volume 7"})
            assert other.stats[("openlibrary", "cache")] == 1
        assert answer["docs"][0]["title"] == "Volume 7 of Everything"
        assert fake.counts["openlibrary"] == 1
