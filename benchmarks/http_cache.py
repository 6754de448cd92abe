"""The HTTP layer's costs: cold vs cached runs, offline runs, limiter and fake-server speed.

Serves the shared catalog (../shared/fixtures/catalog/books.csv) through
`biblio.testing.fakeapi` with a per-request latency, looks a sample of its
books up through the Open Library and Google Books providers, and prints:

- a cold run (empty SQLite cache): requests sent, wall time;
- a second run with the same cache: requests sent (goal: 0), wall time;
- an offline run (``offline = true``): the same answers, no request;
- the rate limiter's overhead per acquire, and the fake server's throughput.

    .venv/bin/python benchmarks/http_cache.py [--books 300] [--latency 0.02]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from biblio.config import CacheSettings, Config, RetrySettings
from biblio.lookup.http import Http
from biblio.lookup.providers.base import Candidate, Query
from biblio.lookup.providers.googlebooks import GoogleBooks
from biblio.lookup.providers.openlibrary import OpenLibrary
from biblio.lookup.ratelimit import InMemoryBucketStore, Limit, RateLimiter
from biblio.testing.fakeapi import Book, FakeApi, catalog_path, display_title, load_catalog, words


def look_up(http: Http, books: Sequence[Book]) -> list[list[Candidate]]:
    """What an enrichment run asks: OL title search, then Google by ISBN."""
    openlibrary, google = OpenLibrary(http), GoogleBooks(http)
    answers = []
    for book in books:
        title = " ".join(words(display_title(book.title))[:4])
        family = book.authors[0].split()[-1] if book.authors else None
        answers.append(openlibrary.search(Query(title=title, authors=[family] if family else [])))
        if book.isbn13:
            answers.append(google.by_isbn(book.isbn13))
    return answers


def run(label: str, config: Config, fake: FakeApi, books: Sequence[Book]
        ) -> list[list[Candidate]]:
    fake.reset_counts()
    started = time.perf_counter()
    with Http(config) as http:
        answers = look_up(http, books)
        cached = sum(n for (_, kind), n in http.stats.items() if kind == "cache")
    elapsed = time.perf_counter() - started
    sent = sum(fake.counts.values())
    print(f"{label:<22} {sent:>6} requests  {cached:>6} cache hits  {elapsed:7.2f} s  "
          f"({elapsed / len(books) * 1000:6.1f} ms/book)")
    return answers


def limiter_overhead(calls: int = 200_000) -> float:
    limiter = RateLimiter({"api": Limit(rate=1e9, burst=1_000_000)}, InMemoryBucketStore(),
                          sleep=lambda s: None)
    started = time.perf_counter()
    for _ in range(calls):
        limiter.acquire("api")
    return (time.perf_counter() - started) / calls * 1e6


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--books", type=int, default=300)
    parser.add_argument("--latency", type=float, default=0.02, help="seconds per request")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if catalog_path() is None:
        print("shared catalog not found (../shared/fixtures/catalog/books.csv or "
              "BIBLIO_CATALOG): nothing to measure", file=sys.stderr)
        return 0
    catalog = load_catalog()
    sample = random.Random(args.seed).sample(catalog, args.books)
    print(f"catalog: {len(catalog)} books; sample: {len(sample)}; "
          f"server latency {args.latency * 1000:.0f} ms")
    with tempfile.TemporaryDirectory() as cache_dir, \
            FakeApi(catalog, latency=args.latency, require_contact=True) as fake:
        config = fake.config(Config(
            contact="benchmark@example.org",
            cache=CacheSettings(backend="sqlite", dir=Path(cache_dir)),
            retry=RetrySettings(attempts=3, backoff_base=0.05, max_total=10),
        ))
        for api in ("openlibrary", "googlebooks"):
            config = config.with_api(api, rate=1000.0, burst=50)  # measure us, not the limit
        cold = run("cold cache", config, fake, sample)
        warm = run("second run, same cache", config, fake, sample)
        offline = run("offline", replace(config, offline=True), fake, sample)
        same = [[c.key for c in a] for a in cold] == [[c.key for c in a] for a in warm] == \
            [[c.key for c in a] for a in offline]
        print(f"same answers in all three runs: {same}")
        size = (Path(cache_dir) / "http-cache.sqlite").stat().st_size
        print(f"cache file: {size / 1e6:.1f} MB for {len(sample)} books")
    with FakeApi(catalog) as fake:
        config = fake.config(Config(contact="benchmark@example.org",
                                    cache=CacheSettings(backend="memory")))
        config = config.with_api("openlibrary", rate=1e6, burst=1000)
        with Http(config) as http:
            started, count = time.perf_counter(), 300
            for i in range(count):
                http.get_json("openlibrary", "/search.json", {"title": f"the {i}"})
            elapsed = time.perf_counter() - started
        print(f"fake server, OL search over {len(catalog)} books: "
              f"{count / elapsed:.0f} requests/s (one client thread)")
    print(f"rate limiter: {limiter_overhead():.2f} µs per acquire (in-process store)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
