"""Speed of `biblio.parse_citation` on one core: lines per second, and the slowest lines.

Runs the labelled development set (citations and boilerplate, as show notes
mix them) over and over, then extract + parse over the generated show notes of
`extract_speed.py` (the input the 20,000 lines/s goal is stated for) and over
every document of the real-world corpus (HTML, feeds and the labeller
included), all in CPU time, the best of a few runs (wall time on a shared
machine mostly measures the neighbours), then times adversarial lines one by one.

    .venv/bin/python benchmarks/parse_speed.py [--seconds 3]
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Literal

from biblio.extract import NotesFormat, iter_extract
from biblio.parse import parse_citation
from biblio.parse.citation import forget_lines

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from extract_speed import write_notes  # noqa: E402  (the same notes as the extraction benchmark)

DEVSET = HERE.parent / "tests" / "data" / "parse_devset.jsonl"
CORPUS_DOCS = HERE.parent / "tests" / "data" / "realworld" / "docs"
NOTES_LINES = 20_000
ADVERSARIAL = {
    "1,000 × '('": "(" * 1000,
    "1,000 chars of 'Deutscher, I. '": ("Deutscher, I. " * 80)[:1000],
    "1,000 chars of '[a]('": ("[a](" * 250)[:1000],
    "1,000 chars of ' and x'": (" and x" * 170)[:1000],
    "1,000 chars of ', A'": (", A" * 340)[:1000],
    "1,000 chars of '1954 '": ("1954 " * 200)[:1000],
    "1,000 chars of '\"a\" '": ('"a" ' * 250)[:1000],
    "1,000 chars of '(1954'": ("(1954" * 200)[:1000],
    "1,000 chars of '. '": (". " * 500)[:1000],
    "1,000 chars of ' – '": (" – " * 334)[:1000],
    "1,000 chars of digits": "9" * 1000,
    "10,000 × '('": "(" * 10_000,
}


def _cost(line: str, runs: int = 5) -> float:
    """CPU seconds for one parse, the best of `runs` (the least disturbed by others)."""
    best = float("inf")
    for _ in range(runs):
        forget_lines()
        t0 = time.process_time()
        parse_citation(line)
        best = min(best, time.process_time() - t0)
    return best


def _extract_and_parse(documents: dict[str, str], format: NotesFormat | Literal["auto"],
                       runs: int = 5) -> tuple[float, int]:
    """CPU seconds to extract and parse every document once, the best of `runs`, and
    the number of outcomes."""
    best = float("inf")
    outcomes = 0
    for _ in range(runs):
        forget_lines()  # the lines are read afresh each run, as distinct lines are
        outcomes = 0
        t0 = time.process_time()
        for name, text in documents.items():
            for _outcome in iter_extract(io.StringIO(text), format=format, source=name):
                outcomes += 1
        best = min(best, time.process_time() - t0)
    return best, outcomes


def _corpus_row() -> str:
    """Extract + parse over the real-world corpus: real pages, feeds and reading lists."""
    documents = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS_DOCS.iterdir())}
    lines = sum(1 for text in documents.values() for line in text.splitlines() if line.strip())
    _extract_and_parse(documents, "auto", runs=1)  # imports, BeautifulSoup, the labeller
    cost, outcomes = _extract_and_parse(documents, "auto")
    return (f"extract + parse, real-world corpus ({len(documents)} documents, {lines:,} non-blank "
            f"lines, {outcomes:,} outcomes): {lines / cost:,.0f} lines/s, "
            f"{outcomes / cost:,.0f} outcomes/s of CPU (best of 5)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    args = parser.parse_args(argv)
    lines = [json.loads(raw)["text"] for raw in DEVSET.read_text(encoding="utf-8").splitlines()]
    for line in lines:  # warm regex caches and imports
        parse_citation(line)
    done = 0
    started = time.perf_counter()
    cpu_started = time.process_time()
    while time.perf_counter() - started < args.seconds:
        forget_lines()  # each pass reads the lines afresh, as distinct lines are
        for line in lines:
            parse_citation(line)
        done += len(lines)
    elapsed = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(f"lines: {len(lines)} distinct, {done} parsed in {elapsed:.2f} s wall, {cpu:.2f} s CPU")
    # CPU time is what one core spends; wall time also counts other processes' turns.
    print(f"speed: {done / cpu:,.0f} lines/s of CPU on one core "
          f"({cpu / done * 1e6:.1f} µs per line); {done / elapsed:,.0f} lines/s wall")
    with tempfile.TemporaryDirectory() as tmp:
        notes = Path(tmp) / "notes.txt"
        write_notes(notes, NOTES_LINES)
        cost, _ = _extract_and_parse({"notes.txt": notes.read_text(encoding="utf-8")}, "text")
    print(f"extract + parse, {NOTES_LINES:,} lines of show notes (extract_speed.py's input): "
          f"{NOTES_LINES / cost:,.0f} lines/s of CPU (best of 5)")
    print(_corpus_row())
    slowest = max(lines, key=_cost)
    print(f"slowest development-set line: {_cost(slowest) * 1e6:.0f} µs  {slowest[:60]!r}")
    print("adversarial lines (best of 5 runs, CPU):")
    for name, line in ADVERSARIAL.items():
        print(f"  {name:<36} {_cost(line) * 1e3:8.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
