"""Offline scale: `biblio batch --enrich none` on 10,000 and 100,000 citation lines.

Prints wall time, lines per second and peak RSS for each size, for an archive
of episode files and for one single file of the same lines, each in a fresh
process so that one run's memory cannot hide in another's.  Time should grow
linearly with the input and memory stay flat (the goal: < 300 MB at 100k).

    .venv/bin/python benchmarks/scale_offline.py [--sizes 10000 100000] [--to bibtex]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from biblio.testing.archive import citation, synthetic_books, write_archive, write_reading_list
from biblio.testing.fakeapi import Book, catalog_path, load_catalog

PER_EPISODE = 10


def books() -> tuple[list[Book], str]:
    if catalog_path() is not None:
        return load_catalog(), "the shared catalog (books.csv)"
    return synthetic_books(200), "200 synthetic books (shared catalog absent)"


def one_file(path: Path, catalog: list[Book], lines: int) -> None:
    """One notes file: a reading list of `lines` citations with some prose around it."""
    write_reading_list(path, (citation(catalog[(i * 7919) % len(catalog)])
                              for i in range(lines)))


def child(argv: list[str]) -> None:
    """Run the CLI in this process and report its time and peak RSS as JSON on stdout."""
    from biblio.cli import main

    start = time.perf_counter()
    code = main(argv)
    elapsed = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"code": code, "seconds": elapsed, "peak_mb": peak_kib / 1024}))


def measure(inputs: Path, out: Path, fmt: str) -> dict[str, float]:
    argv = ["batch", str(inputs), "--enrich", "none", "--quiet", "--to", fmt, "-o", str(out)]
    done = subprocess.run([sys.executable, __file__, "--child", json.dumps(argv)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"biblio {' '.join(argv)} failed:\n{done.stderr}")
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--to", default="bibtex")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(json.loads(args.child))
        return
    catalog, origin = books()
    print(f"citations drawn from {origin}; output {args.to}; one process per run\n")
    print(f"{'input':<34}{'lines':>9}{'seconds':>10}{'lines/s':>10}{'peak RSS MB':>13}")
    rows = []
    with tempfile.TemporaryDirectory(prefix="biblio-scale-") as tmp:
        for size in args.sizes:
            archive = Path(tmp) / f"archive-{size}"
            write_archive(archive, catalog, citations=size, per_episode=PER_EPISODE)
            single = Path(tmp) / f"single-{size}.txt"
            one_file(single, catalog, size)
            for label, inputs in ((f"archive ({size // PER_EPISODE:,} files)", archive),
                                  ("one file", single)):
                figures = measure(inputs, Path(tmp) / f"out-{size}", args.to)
                rows.append((label, size, figures))
                print(f"{label:<34}{size:>9,}{figures['seconds']:>10.1f}"
                      f"{size / figures['seconds']:>10,.0f}{figures['peak_mb']:>13.0f}")
    if len(args.sizes) >= 2:
        small, large = min(args.sizes), max(args.sizes)
        for label in ("archive", "one file"):
            times = {size: f["seconds"] for lab, size, f in rows if lab.startswith(label)}
            print(f"\n{label}: {large // small}× the lines took "
                  f"{times[large] / times[small]:.1f}× the time")


if __name__ == "__main__":
    main()
