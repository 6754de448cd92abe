"""A real reading log exported as CSV, read whole: the shared Goodreads catalog.

The catalog (``books.csv``, 11,127 rows; ``BIBLIO_CATALOG`` or ``../shared``)
is read by `biblio.iter_extract` as a plain-text file, as a user's export would
be, and each record is checked against the row's own columns: the title (less
a "(Series, #n)" note, which the record keeps as its collection), the first
author's family name, the publication year.  Nobody here wrote the rows; the
figures say how well a CSV log is read by its header, not how well any one
line form is parsed.

    .venv/bin/python benchmarks/catalog_csv.py
"""

from __future__ import annotations

import csv
import io
import re
import sys
import time

from biblio import iter_extract
from biblio.testing.fakeapi import catalog_path

_SERIES = re.compile(r"\s*\([^()]*#[^()]*\)\s*$")


def _norm(text: str) -> str:
    return " ".join(text.split()).lower()


def main() -> None:
    path = catalog_path()
    if path is None:
        sys.exit("no catalog: set BIBLIO_CATALOG or provide ../shared")
    text = path.read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    start = time.process_time()
    outcomes = {o.line: o for o in iter_extract(io.StringIO(text), "text")}
    seconds = time.process_time() - start
    read = title = author = year = 0
    for line, row in enumerate(rows, start=2):  # the header is line 1
        outcome = outcomes.get(line)
        if outcome is None or not outcome.citations:
            continue
        read += 1
        record = outcome.citations[0].record
        title += _norm(record.full_title or "") == _norm(_SERIES.sub("", row["title"]))
        first = record.author[0] if record.author else None
        family = (first.family or first.literal or "") if first else ""
        author += bool(family) and family.split()[-1] == row["authors"].split("/")[0].split()[-1]
        year += str(record.year) == row["publication_date"].rsplit("/", 1)[-1]
    n = len(rows)
    print(f"{n:,} rows of {path.name}: a record for {read / n:.3f}, title {title / n:.3f}, "
          f"first author {author / n:.3f}, year {year / n:.3f}; "
          f"{n / seconds:,.0f} rows/s of CPU")


if __name__ == "__main__":
    main()
