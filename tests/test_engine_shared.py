"""Several worker processes over one archive: one rate limit and one cache, through Redis."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from batch_helpers import batch_env, run_batch_cli, start_batch
from biblio.testing import redis_server
from biblio.testing.archive import synthetic_books, write_archive
from biblio.testing.recording import RecordingFakeApi

pytestmark = pytest.mark.skipif(not redis_server.available(), reason="redis-server not installed")

BOOKS = synthetic_books(120)
LIMIT = 20  # requests/s the server allows each API; the workers are told the same
WORKERS = 3
RATES = ["--rate", f"openlibrary={LIMIT}", "--rate", f"googlebooks={LIMIT}"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("shared") / "notes"
    write_archive(directory, BOOKS, citations=150)
    return directory


@pytest.fixture
def redis() -> Iterator[str]:
    with redis_server.RedisServer() as server:
        yield server.url


@pytest.fixture
def fake() -> Iterator[RecordingFakeApi]:
    limits = {"openlibrary": LIMIT, "googlebooks": LIMIT}
    with RecordingFakeApi(BOOKS, latency=0.02, rate_limits=limits) as server:
        yield server


def cited_titles(archive: Path) -> set[str]:
    """The titles in the notes' reading lists ("- Author, Title (Year)")."""
    return {line.split(", ", 1)[1].rsplit(" (", 1)[0]
            for path in archive.iterdir() for line in path.read_text().splitlines()
            if line.startswith("- ")}


def run_workers(archive: Path, fake: RecordingFakeApi, tmp_path: Path,
                shared: list[str]) -> list[int]:
    workers = []
    for k in range(1, WORKERS + 1):
        env = batch_env(fake, tmp_path, cache=f"cache-{k}")
        workers.append(start_batch([str(archive), "--shard", f"{k}/{WORKERS}", "-j", "4",
                                    "--quiet", *RATES, *shared], env))
    for w in workers:
        w.communicate(timeout=180)
    return [w.returncode for w in workers]


def test_workers_sharing_redis_stay_within_one_limit_and_share_the_answers(
        archive: Path, fake: RecordingFakeApi, redis: str, tmp_path: Path) -> None:
    assert run_workers(archive, fake, tmp_path, ["--redis", redis]) == [0] * WORKERS
    assert fake.refused == Counter()  # not one 429, three processes together
    assert len(fake.requests) == len(set(fake.requests))  # no request made twice
    searched = {dict(q)["title"] for api, path, q in fake.requests if path == "/search.json"}
    assert cited_titles(archive) <= searched  # every work looked up (and none twice, above)

    fake.clear_log()
    out = tmp_path / "archive.json"
    done = run_batch_cli([str(archive), "-o", str(out), "--redis", redis, "--quiet", *RATES],
                         batch_env(fake, tmp_path, cache="cache-final"))
    assert done.returncode == 0, done.stderr
    assert fake.requests == []  # every answer came from the shared cache
    items = json.loads(out.read_text())
    assert len(items) == 150 and all(item.get("ISBN") for item in items)


def test_without_shared_limits_the_same_workers_provoke_429s(
        archive: Path, fake: RecordingFakeApi, tmp_path: Path) -> None:
    """The control: what the shared limiter prevents does happen without it."""
    run_workers(archive, fake, tmp_path, [])
    assert fake.refused[("openlibrary", 429)] > 0
