"""Extraction speed and memory on long show notes, streamed from a file.

Prints lines per second for extract + parse on one core and the peak memory
of runs over 10,000 and 100,000 lines: streaming means the peak stays flat as
the input grows.  Each size runs in a fresh subprocess so peaks do not mix.
A row times extraction alone (every line answered "not a citation" without
parsing), to show which side the time goes to; a last one reads a podcast
feed of 1,000 episodes (HTML notes; feeds are read whole, not streamed).

    .venv/bin/python benchmarks/extract_speed.py [--lines 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

_BOOKS = [
    "Isaac Deutscher, The Prophet Armed: Trotsky, 1879-1921 (1954)",
    "Robert Service, Lenin: A Biography (2000)",
    "*The Right Stuff* by Tom Wolfe (1979)",
    "[Red Moon Rising](https://bookshop.example/rmr) by Matthew Brzezinski (2007)",
    "Andrew Chaikin, A Man on the Moon: The Voyages of the Apollo Astronauts (Viking, 1994)",
    "Emma Goldman, My Disillusionment in Russia (1923)",
    "Kate Raworth, Doughnut Economics (2017)",
    "Reds, co-written and directed by Warren Beatty (1981)",
]
_FURNITURE = [
    "Support the show on Patreon",
    "Producer: Simon Williams. Music by Jade Bailey.",
    "(00:12:30) The Kronstadt rebellion",
    "This episode is sponsored by Acme. Use code NOTES for 20% off.",
    "Season 8, Episode 5",
    "Published 21 October 2025",
    "Follow us on Bluesky: @notes.example",
]
_PROSE = (
    "It is 1917 and the Bolsheviks have seized control of Russia, but they are a small party in a "
    "very big country, besieged by enemies at home and abroad, and the civil war that follows "
    "will shape the state they build for the rest of the century."
)


def write_notes(path: Path, lines: int, seed: int = 7) -> None:
    """Episode after episode of notes: prose, furniture, a reading list, credits."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        written = 0
        while written < lines:
            block = ["", _PROSE, rng.choice(_FURNITURE), "Reading list"]
            block += [f"• {rng.choice(_BOOKS)}" for _ in range(rng.randint(5, 15))]
            block += [rng.choice(_FURNITURE) for _ in range(3)]
            for text in block[: lines - written]:
                out.write(text + "\n")
            written += len(block)


def write_feed(path: Path, episodes: int, seed: int = 7) -> int:
    """An RSS feed whose items carry HTML notes; returns its number of lines."""
    rng = random.Random(seed)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           "<channel><title>Benchmark Show</title>"]
    for n in range(episodes):
        books = "\n".join(f"<li>{rng.choice(_BOOKS)}</li>" for _ in range(rng.randint(5, 15)))
        out += ["<item>", f"<title>Episode {n}</title>",
                "<pubDate>Tue, 09 Jan 2024 05:00:00 GMT</pubDate>",
                "<content:encoded><![CDATA[", f"<p>{_PROSE}</p>",
                f"<p>{rng.choice(_FURNITURE)}</p>", "<h3>Reading list</h3>", "<ul>", books,
                "</ul>", f"<p>{rng.choice(_FURNITURE)}</p>", "]]></content:encoded>", "</item>"]
    out += ["</channel></rss>"]
    text = "\n".join(out) + "\n"
    path.write_text(text, encoding="utf-8")
    return text.count("\n")


def run_child(path: Path, trace: bool, parse: bool = True) -> dict[str, float]:
    """Extract + parse the file once, streamed; report time, counts and peaks."""
    from biblio.extract import iter_extract
    from biblio.model import Record
    from biblio.parse import Parsed, parse_citation

    def no_parse(text: str) -> Parsed:
        return Parsed(text, Record(), is_citation=False, reason="not parsed")

    if trace:
        tracemalloc.start()
    start = time.perf_counter()
    lines = records = 0
    with path.open(encoding="utf-8") as handle:
        kind = "feed" if path.suffix == ".xml" else "text"
        for outcome in iter_extract(handle, format=kind, source=str(path),
                                    parse=parse_citation if parse else no_parse):
            lines += 1
            records += len(outcome.citations)
    elapsed = time.perf_counter() - start
    out = {"lines": lines, "records": records, "seconds": elapsed,
           "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    if trace:
        out["traced_peak_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    return out


def _child(path: Path, trace: bool, parse: bool = True) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", str(path)] + (["--trace"] if trace else [])
    command += [] if parse else ["--no-parse"]
    if hasattr(os, "sched_getaffinity"):  # one core, as the goal says
        command = ["taskset", "-c", str(min(os.sched_getaffinity(0))), *command]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return dict(json.loads(done.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--trace", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-parse", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_child(args.child, args.trace, parse=not args.no_parse)))
        return
    with tempfile.TemporaryDirectory() as tmp:
        sizes = sorted({max(1, args.lines // 10), args.lines})
        print("extract + parse, one core, streamed from a file")
        print(f"{'input lines':>11} {'outcomes':>9} {'records':>8} {'seconds':>8} {'lines/s':>9} "
              f"{'max RSS MB':>11} {'py heap peak MB':>16}")
        for size in sizes:
            path = Path(tmp) / f"notes-{size}.txt"
            write_notes(path, size)
            timed = _child(path, trace=False)
            traced = _child(path, trace=True)
            print(f"{size:>11} {timed['lines']:>9} {timed['records']:>8} {timed['seconds']:>8.2f} "
                  f"{size / timed['seconds']:>9,.0f} {timed['max_rss_mb']:>11.1f} "
                  f"{traced['traced_peak_mb']:>16.2f}")
        alone = _child(path, trace=False, parse=False)
        print(f"extraction alone (no parser), {size} lines: {alone['seconds']:.2f} s, "
              f"{size / alone['seconds']:,.0f} lines/s")
        feed = Path(tmp) / "feed.xml"
        feed_lines = write_feed(feed, 1_000)
        timed = _child(feed, trace=False)
        print(f"feed, 1,000 episodes, {feed_lines} lines: {timed['records']:.0f} records in "
              f"{timed['seconds']:.2f} s ({feed_lines / timed['seconds']:,.0f} lines/s, "
              f"max RSS {timed['max_rss_mb']:.0f} MB)")


if __name__ == "__main__":
    main()
