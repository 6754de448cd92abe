"""Conversion speed and peak memory for 10,000 books, every pair of formats.

Builds 10,000 book records (from ../shared/fixtures/catalog/books.csv when it
is there, else generated), writes them in each format, then runs ``biblio
convert`` on each file to each format in a fresh process, as a user would:
start-up and imports count.  Each run reports its wall time, CPU time (user +
system: steadier than wall time on a busy machine) and peak RSS.  pandoc's
figures on the same BibTeX → CSL-JSON job are printed beside ours, and a last
line compares biblio's .bib splitter with bibtexparser's on the same file.

    .venv/bin/python benchmarks/convert.py [--records 10000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from biblio import formats
from biblio.model import Date, Name, Record
from measuring import best, peak_mib, run_command

CATALOG = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "catalog" / "books.csv"
EXTENSION = {"bibtex": ".bib", "biblatex": ".bib", "csl-json": ".json", "ris": ".ris"}


def catalog_records(limit: int) -> list[Record]:
    """Real books: titles, authors split on "/", ISBN-13, publisher, date, pages."""
    out: list[Record] = []
    with CATALOG.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, skipinitialspace=True):
            row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
            rec = Record(type="book", publisher=row["publisher"] or None,
                         isbn=row["isbn13"] or None, number_of_pages=row["num_pages"] or None,
                         language=row["language_code"] or None)
            rec.set_full_title(row["title"])
            rec.author = [_person(a) for a in row["authors"].split("/") if a.strip()]
            month, _, rest = row["publication_date"].partition("/")
            day, _, year = rest.partition("/")
            if year.isdigit() and month.isdigit() and day.isdigit():
                rec.issued = Date.from_year(int(year), int(month), int(day))
            out.append(rec)
            if len(out) == limit:
                break
    return out


def _person(text: str) -> Name:
    *given, family = text.split()
    return Name(family=family, given=" ".join(given) or None)


def generated_records(limit: int) -> list[Record]:
    rng = random.Random(7)
    words = ["prophet", "armed", "unarmed", "outcast", "history", "revolution", "moon", "witch"]
    out = []
    for i in range(limit):
        rec = Record(type="book", publisher="Verso", publisher_place="London",
                     isbn=f"978{rng.randrange(10**9, 10**10)}", number_of_pages=str(100 + i % 900),
                     issued=Date.from_year(1900 + i % 120, 1 + i % 12, 1 + i % 28),
                     author=[Name(family=f"Author{i % 997}", given="Ann"),
                             Name(family="Gaulle", given="Charles", non_dropping_particle="de")])
        rec.set_full_title(" ".join(rng.choice(words).title() for _ in range(5)) + ": A Study")
        out.append(rec)
    return out


def child(source: str, to: str, target: str) -> None:
    """Run in a fresh process: ``biblio convert`` once, then print CPU time and peak memory.

    Imports happen inside, so the figures include the CLI's start-up.
    """
    from biblio.cli import main

    code = main(["convert", source, "--to", to, "-o", target])
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"code": code, "cpu": usage.ru_utime + usage.ru_stime,
                      "peak_mib": peak_mib()}))


def measure(source: Path, to: str, workdir: Path, repeat: int) -> dict[str, float]:
    """The best of `repeat` runs (least disturbed by other work on the machine)."""
    target = workdir / f"out-{to}{EXTENSION[to]}"
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, __file__, "--child", str(source), to, str(target)],
            capture_output=True, text=True, check=True,
        )
        figures: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
        figures["wall"] = time.perf_counter() - start
        converted = re.search(r"converted (\d+) record", done.stderr)
        figures["records"] = int(converted.group(1)) if converted else 0
        runs.append(figures)
    return min(runs, key=lambda f: f["wall"])


def measure_pandoc(source: Path, workdir: Path, repeat: int) -> dict[str, float] | None:
    if shutil.which("pandoc") is None:
        return None
    argv = ["pandoc", "-f", "bibtex", "-t", "csljson", str(source), "-o",
            str(workdir / "pandoc.json")]
    return best([run_command(argv) for _ in range(repeat)])


def compare_splitters(source: Path) -> tuple[float, float]:
    """CPU seconds of (bibtexparser's splitter, biblio's) on the same .bib text."""
    from bibtexparser.splitter import Splitter

    from biblio.formats.bibtex_split import split

    text = source.read_text(encoding="utf-8")
    start = time.process_time()
    Splitter(text).split()
    theirs = time.process_time() - start
    start = time.process_time()
    split(text)
    return theirs, time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="runs per pair; the best is shown")
    parser.add_argument("--child", nargs=3, metavar=("SOURCE", "TO", "TARGET"))
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    if CATALOG.exists():
        records = catalog_records(args.records)
        origin = f"{len(records)} books from {CATALOG.name}"
    else:
        records = generated_records(args.records)
        origin = f"{len(records)} generated books (catalog not found)"
    print(f"Input: {origin}")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        sources = {}
        for name in formats.BIBLIOGRAPHY_FORMATS:
            sources[name] = workdir / f"in-{name}{EXTENSION[name]}"
            sources[name].write_text(formats.get(name).write(records), encoding="utf-8")
        print(f"\n`biblio convert`, whole process, best of {args.repeat}:")
        print(f"{'from':<10} {'to':<10} {'records/s':>10} {'wall s':>8} {'CPU s':>7} "
              f"{'peak MiB':>9}")
        figures = {}
        for src in formats.BIBLIOGRAPHY_FORMATS:
            for dst in formats.BIBLIOGRAPHY_FORMATS:
                got = measure(sources[src], dst, workdir, args.repeat)
                figures[(src, dst)] = got
                assert got["code"] == 0 and got["records"] == len(records), got
                print(f"{src:<10} {dst:<10} {got['records'] / got['wall']:>10,.0f} "
                      f"{got['wall']:>8.2f} {got['cpu']:>7.2f} {got['peak_mib']:>9.0f}")
        ours = figures[("bibtex", "csl-json")]
        pandoc = measure_pandoc(sources["bibtex"], workdir, args.repeat)
        print("\nBibTeX → CSL-JSON, same file, whole process:")
        print(f"  biblio  {ours['wall']:5.2f} s wall  {ours['cpu']:5.2f} s CPU  "
              f"{ours['peak_mib']:4.0f} MiB peak")
        if pandoc is None:
            print("  pandoc  not installed")
        else:
            print(f"  pandoc  {pandoc['wall']:5.2f} s wall  {pandoc['cpu']:5.2f} s CPU  "
                  f"{pandoc['peak_mib']:4.0f} MiB peak")
            print(f"  biblio is {pandoc['wall'] / ours['wall']:.1f}× faster by wall time, "
                  f"{pandoc['cpu'] / ours['cpu']:.1f}× by CPU time, "
                  f"{pandoc['peak_mib'] / ours['peak_mib']:.1f}× less memory")
        theirs, own = compare_splitters(sources["bibtex"])
        print(f"\nSplitting the .bib file: bibtexparser {theirs:.2f} s, biblio {own:.2f} s CPU")


if __name__ == "__main__":
    main()
