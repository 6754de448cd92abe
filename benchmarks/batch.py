"""Batch enrichment against a local fake of the book APIs: speed within rate limits.

Three scenarios over the same archive of N citations (default 1,000, drawn
with a Zipf-like skew from a pool of works, as real podcast archives cite):

A. 250 ms latency, the server refusing (429) more than 10 requests/s per
   API; one process, client limits set to the server's.  Throughput is the
   busiest API's request rate ÷ its limit over the time it was being asked;
   the goal is ≥ 90 % and no 429.
B. The same with four worker processes (`--shard k/4`) sharing their rate
   limits and HTTP cache through Redis (skipped without redis-server).
C. 100 ms latency, no server limit (client limits raised to 100/s so that they
   do not bind either): the batch at its default settings against a sequential
   baseline (one lookup at a time, every citation looked up, no
   de-duplication; the HTTP cache on, as always), both in this process.

Every run starts with an empty cache.  Peak RSS is the process's high-water
mark, reset before each in-process run (Linux /proc/self/clear_refs).

    .venv/bin/python benchmarks/batch.py [--n 1000] [--works 300] [--skip-shared]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

from biblio.config import Config
from biblio.engine.inputs import discover
from biblio.engine.job import BatchSettings, run_batch
from biblio.engine.reading import read_input
from biblio.lookup.answers import Answer
from biblio.lookup.service import Lookups, LookupSettings, configure
from biblio.lookup.stop import Stop
from biblio.model import Record
from biblio.testing import redis_server
from biblio.testing.archive import synthetic_books, write_archive
from biblio.testing.fakeapi import PREFIXES, Book, catalog_path, load_catalog
from biblio.testing.recording import RecordingFakeApi

APIS = tuple(PREFIXES)


def pool_of_works(count: int) -> tuple[list[Book], str]:
    if catalog_path() is not None:
        books = load_catalog()
        step = max(1, len(books) // count)
        return books[::step][:count], "the shared catalog (books.csv)"
    return synthetic_books(min(count, 210)), "synthetic books (shared catalog absent)"


def reset_peak_rss() -> None:
    with contextlib.suppress(OSError):  # not Linux: the peak then covers earlier runs
        Path("/proc/self/clear_refs").write_text("5")


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


@dataclass
class Figures:
    label: str
    seconds: float
    requests: dict[str, int]
    cache_hits: int
    peak_mb: float
    citations: int
    refused: int
    busy: tuple[str, float]  # busiest API and its requests/s while it was being asked

    @property
    def total(self) -> int:
        return sum(self.requests.values())

    def show(self) -> None:
        per_api = ", ".join(f"{api} {n}" for api, n in sorted(self.requests.items()) if n)
        print(f"  {self.label}")
        print(f"    wall time          {self.seconds:8.1f} s")
        print(f"    requests           {self.total:8d}   ({per_api or 'none'})")
        print(f"    requests/citation  {self.total / self.citations:8.2f}")
        print(f"    cache hits         {self.cache_hits:8d}")
        print(f"    429 answers        {self.refused:8d}")
        print(f"    busiest API        {self.busy[0]} at {self.busy[1]:.2f} requests/s")
        print(f"    peak RSS           {self.peak_mb:8.0f} MB")


def server_figures(fake: RecordingFakeApi) -> tuple[dict[str, int], int, tuple[str, float]]:
    counts = {api: fake.counts[api] for api in APIS}
    refused = sum(n for (_, status), n in fake.refused.items() if status == 429)
    busiest = max(APIS, key=lambda a: counts[a])
    window = fake.window(busiest)
    rate = (counts[busiest] - 1) / window if window > 0 else 0.0
    return counts, refused, (busiest, rate)


def lookup_config(fake: RecordingFakeApi, rate: float) -> Config:
    config = fake.config(Config(contact="benchmark@example.org"))
    config = replace(config, cache=replace(config.cache, backend="memory"))
    return configure(LookupSettings(rates=dict.fromkeys(APIS, rate)), config)


def batch_in_process(label: str, fake: RecordingFakeApi, archive: Path, rate: float,
                     workers: int) -> Figures:
    fake.reset_counts()
    fake.clear_log()
    reset_peak_rss()
    stop = Stop()
    with Lookups(lookup_config(fake, rate), stop) as lookups, \
            tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        result = run_batch(discover([str(archive)]), read_input, _Discard(), lookups,
                           BatchSettings(workers=workers, journal=Path(tmp) / "journal"),
                           stop=stop)
        seconds = time.perf_counter() - start
        hits = lookups.cache_hits()
    counts, refused, busy = server_figures(fake)
    return Figures(label, seconds, counts, hits, peak_rss_mb(), result.citations, refused, busy)


def sequential_baseline(fake: RecordingFakeApi, archive: Path, rate: float) -> Figures:
    """Every citation looked up in turn, as a loop over `Enricher.enrich` would."""
    fake.reset_counts()
    fake.clear_log()
    reset_peak_rss()
    records = [e for inp in discover([str(archive)]) for e in read_input(inp)
               if isinstance(e, Record)]
    # Nothing remembered but the HTTP cache: the loop asks for every citation.
    with Lookups(lookup_config(fake, rate), Stop(), answers=_NoAnswers()) as lookups:
        start = time.perf_counter()
        for record in records:
            lookups.enrich(record)
        seconds = time.perf_counter() - start
        hits = lookups.cache_hits()
    counts, refused, busy = server_figures(fake)
    return Figures("sequential baseline (1 at a time, no de-duplication)", seconds, counts,
                   hits, peak_rss_mb(), len(records), refused, busy)


class _NoAnswers:
    """An answer store that keeps nothing, for the sequential baseline."""

    def get(self, key: str) -> Answer | None:
        del key
        return None

    def __contains__(self, key: str) -> bool:
        return False

    def put(self, key: str, answer: Answer) -> None:
        del key, answer

    def close(self) -> None:
        pass


class _Discard:
    """An output sink that keeps nothing: the benchmark measures lookups."""

    def add(self, record: Record) -> None:
        del record

    def commit(self) -> None:
        pass

    def abort(self) -> None:
        pass


def shared_workers(fake: RecordingFakeApi, archive: Path, limit: float, processes: int,
                   citations: int) -> Figures:
    fake.reset_counts()
    fake.clear_log()
    with redis_server.RedisServer() as redis, tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith("BIBLIO_")}
        env.update(fake.environ())
        config = Path(tmp) / "config.toml"
        config.write_text("")
        env.update({"BIBLIO_CONTACT": "benchmark@example.org", "BIBLIO_CONFIG": str(config)})
        rates = [a for api in APIS for a in ("--rate", f"{api}={limit:g}")]
        start = time.perf_counter()
        workers = [subprocess.Popen(
            [sys.executable, "-m", "biblio", "batch", str(archive), "--shard", f"{k}/{processes}",
             "--redis", redis.url, "--quiet", *rates], env=env) for k in range(1, processes + 1)]
        codes = [w.wait() for w in workers]
        seconds = time.perf_counter() - start
    if any(codes):
        raise SystemExit(f"a worker failed: exit codes {codes}")
    counts, refused, busy = server_figures(fake)
    # The largest worker's peak (workers are this process's only children).
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return Figures(f"{processes} processes sharing Redis (--shard k/{processes}; "
                   "cache hits not collected, peak RSS of the largest worker)", seconds,
                   counts, 0, peak, citations, refused, busy)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="citations (default 1000)")
    parser.add_argument("--works", type=int, default=300, help="pool of works cited")
    parser.add_argument("--workers", type=int, default=8, help="batch --jobs (default 8)")
    parser.add_argument("--skip-shared", action="store_true", help="skip scenario B")
    args = parser.parse_args()
    works, origin = pool_of_works(args.works)
    with tempfile.TemporaryDirectory(prefix="biblio-batch-bench-") as tmp:
        archive = Path(tmp) / "archive"
        write_archive(archive, works, citations=args.n)
        print(f"{args.n} citations of {len(works)} works from {origin}, "
              f"in {len(list(archive.iterdir()))} episode files\n")

        limit = 10.0
        print(f"A. latency 250 ms, server limit {limit:g} requests/s per API, one process")
        fake = RecordingFakeApi(works, latency=0.25, rate_limits=dict.fromkeys(APIS, limit))
        with fake:
            a = batch_in_process(f"batch, {args.workers} workers", fake, archive, limit,
                                 args.workers)
            a.show()
            print(f"    throughput         {a.busy[1] / limit:8.1%} of the limit\n")

            if not args.skip_shared and redis_server.available():
                print("B. the same with four processes sharing Redis")
                b = shared_workers(fake, archive, limit, 4, args.n)
                b.show()
                print(f"    throughput         {b.busy[1] / limit:8.1%} of the limit\n")
            else:
                print("B. skipped (redis-server not installed, or --skip-shared)\n")

        print("C. latency 100 ms, no server limit (client limits raised to 100/s)")
        fake = RecordingFakeApi(works, latency=0.1)
        with fake:
            batch = batch_in_process(f"batch, default settings ({args.workers} workers)", fake,
                                     archive, 100.0, args.workers)
            baseline = sequential_baseline(fake, archive, 100.0)
        batch.show()
        baseline.show()
        print(f"\n  speed-up: {baseline.seconds / batch.seconds:.1f}× faster; "
              f"{baseline.total / max(1, batch.total):.1f}× fewer requests")


if __name__ == "__main__":
    main()
