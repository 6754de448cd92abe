"""The engine that `biblio convert` and `biblio batch` share, measured side by side in one run.

Every figure is a whole `biblio` process, as a user starts it, against the
fake Open Library and Google Books (`biblio.testing.recording`) serving the
shared catalogue (../shared/fixtures/catalog/books.csv):

1. Cold: an archive citing works with a skew, as podcasts cite; 250 ms
   latency and servers refusing (429) more than 10 requests/s per API, client
   rates set to the same 10/s.  Throughput is the busiest API's request rate
   over the time it was asked, against its limit (goal ≥ 90 %, no 429), for
   `convert` and for `batch`; and requests per citation (goal ≤ 1.5).
2. Warm: 10,000 distinct works cited once each, looked up once to fill the
   answer store (not timed), then converted again: whole-process time
   (goal ≤ 3 s) and requests (goal 0).
3. Offline: 50,000 show-note lines citing 3,000 of those works, `convert
   --offline`, whole-process time (goal ≤ 10 s) and peak RSS, beside 10,000
   lines, so that flat memory shows.

    .venv/bin/python benchmarks/engine.py [--cold 600] [--warm 10000] [--lines 50000]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from biblio.testing.archive import citation, synthetic_books, write_archive, write_reading_list
from biblio.testing.fakeapi import PREFIXES, Book, catalog_path, load_catalog
from biblio.testing.recording import RecordingFakeApi
from measuring import run_command

APIS = tuple(PREFIXES)
LIMIT = 10.0


def catalogue() -> list[Book]:
    # The shared catalogue, else the few synthetic books there are (the figures then mean less).
    books = load_catalog() if catalog_path() is not None else synthetic_books(210)
    seen: set[str] = set()
    out = []
    for book in books:  # one edition per cited line: distinct citations, distinct works
        line = citation(book) if book.authors else ""
        if line and line.casefold() not in seen:
            seen.add(line.casefold())
            out.append(book)
    return out


def environment(fake: RecordingFakeApi, cache: Path) -> dict[str, str]:
    config = cache.parent / "config.toml"
    config.write_text("[http]\nconnect_timeout = 30.0\nread_timeout = 60.0\n")
    # An installed package runs from its compiled bytecode; a sandbox that
    # forbids writing it would time Python compiling biblio's source instead.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("BIBLIO_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(fake.environ())
    env.update({"BIBLIO_CACHE_DIR": str(cache), "BIBLIO_CONFIG": str(config),
                "BIBLIO_CONTACT": "benchmark@example.org"})
    return env


def biblio(argv: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run `biblio` in a fresh process; its wall time and peak RSS."""
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(env)
    try:
        return run_command([sys.executable, "-m", "biblio", *argv])
    finally:
        os.environ.clear()
        os.environ.update(saved)


def notes_file(path: Path, books: list[Book], lines: int, seed: int = 3) -> None:
    """One notes file: `lines` citation lines of `books`, prose every 50 lines."""
    rng = random.Random(seed)
    write_reading_list(path, (citation(books[i] if i < len(books) else rng.choice(books))
                              for i in range(lines)))


def cold(books: list[Book], citations: int, tmp: Path) -> None:
    print(f"1. cold: {citations} citations, 250 ms latency, {LIMIT:g} requests/s per API "
          "enforced by the servers")
    archive = tmp / "cold-notes"
    write_archive(archive, books[:citations // 3], citations=citations)
    rates = [a for api in APIS for a in ("--rate", f"{api}={LIMIT:g}")]
    for command in ("convert", "batch"):
        fake = RecordingFakeApi(books[:citations // 3], latency=0.25,
                                rate_limits=dict.fromkeys(APIS, LIMIT))
        with fake:
            env = environment(fake, tmp / f"cache-cold-{command}")
            start = time.perf_counter()
            figures = biblio([command, str(archive), "-o", str(tmp / f"cold-{command}.json"),
                              "--report", str(tmp / f"cold-{command}-report.json"), *rates], env)
            seconds = time.perf_counter() - start
            counts = {api: fake.counts[api] for api in APIS}
            refused = sum(n for (_, status), n in fake.refused.items() if status == 429)
            busiest = max(APIS, key=lambda a: counts[a])
            window = fake.window(busiest)
            rate = (counts[busiest] - 1) / window if window > 0 else 0.0
        total = sum(counts.values())
        print(f"   {command:8s} {seconds:6.1f} s  {total:5d} requests "
              f"({total / citations:.2f}/citation)  {busiest} at {rate:.2f}/s = "
              f"{rate / LIMIT:.0%} of the limit  429s: {refused}  "
              f"peak {figures['peak_mib']:.0f} MiB")
    same = (tmp / "cold-convert.json").read_text() == (tmp / "cold-batch.json").read_text()
    print(f"   convert and batch wrote the same records: {same}")


def warm(books: list[Book], works: int, lines: int, tmp: Path) -> None:
    notes = tmp / "warm.txt"
    cited = books[:works]
    notes_file(notes, cited, works)
    fake = RecordingFakeApi(cited)
    with fake:
        env = environment(fake, tmp / "cache-warm")
        fast = [a for api in APIS for a in ("--rate", f"{api}=1000")]
        start = time.perf_counter()
        biblio(["convert", str(notes), "-o", str(tmp / "fill.json"), *fast, "-j", "16"], env)
        fill = time.perf_counter() - start
        asked = len(fake.requests)
        print(f"2. warm: {works} distinct works; filling the store took {fill:.0f} s and "
              f"{asked} requests ({asked / works:.2f}/citation, no latency)")
        fake.clear_log()
        runs = [biblio(["convert", str(notes), "-o", str(tmp / "warm.json")], env)
                for _ in range(3)]
        best = min(runs, key=lambda r: r["wall"])
        print(f"   warm rerun   {best['wall']:6.2f} s whole process (best of 3), "
              f"{len(fake.requests)} requests, peak {best['peak_mib']:.0f} MiB")

        print(f"3. offline: show-note lines citing {min(3000, works)} of those works")
        for count in (10_000, lines):
            path = tmp / f"offline-{count}.txt"
            notes_file(path, cited[:3000], count)
            run = biblio(["convert", str(path), "--offline", "-o",
                          str(tmp / f"offline-{count}.json")], env)
            print(f"   {count:6d} lines {run['wall']:6.2f} s whole process, "
                  f"{count / run['wall']:,.0f} lines/s, peak {run['peak_mib']:.0f} MiB")
        print(f"   requests made: {len(fake.requests)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cold", type=int, default=600, help="citations in the cold run")
    parser.add_argument("--warm", type=int, default=10_000, help="distinct works, warm run")
    parser.add_argument("--lines", type=int, default=50_000, help="lines, offline run")
    parser.add_argument("--skip-cold", action="store_true")
    args = parser.parse_args()
    books = catalogue()
    with tempfile.TemporaryDirectory(prefix="biblio-engine-bench-") as name:
        tmp = Path(name)
        if not args.skip_cold:
            cold(books, args.cold, tmp)
        warm(books, args.warm, args.lines, tmp)


if __name__ == "__main__":
    main()
