"""Speed of `biblio enrich` on large files, offline (lookups answered from memory).

Two runs in this process, with wall time and the process's peak RSS so far:

1. tugboat.bib from TeX Live (4,837 entries, 3.8 MB; all articles, so this
   measures reading, scanning and the untouched write-back);
2. 5,000 books of the shared catalog (books.csv), written as BibTeX, RIS and
   CSL-JSON by biblio's own writers with author, title and year only; every
   lookup is answered from a dict built beforehand, as a warm cache would,
   so this measures the whole path: lookup calls, decisions, edits, diff.

    .venv/bin/python benchmarks/enrich_file.py [--books 5000]
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from biblio import formats
from biblio.inplace import FileEnrichment, enrich_text
from biblio.lookup.merge import Proposal, normalise
from biblio.lookup.providers.base import Candidate
from biblio.lookup.result import Enrichment, ScoredCandidate, proposed
from biblio.model import Date, FieldSource, Name, Record
from biblio.testing.fakeapi import Book, catalog_path, load_catalog

TUGBOAT = Path("/usr/share/texlive/texmf-dist/bibtex/bib/beebe/tugboat.bib")


def measure(label: str, run: Callable[[], FileEnrichment]) -> None:
    start = time.perf_counter()
    result = run()
    enriched = time.perf_counter() - start
    diff = result.diff()
    total = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(f"{label}:\n"
          f"  {result.entries} entries, {result.looked_up} looked up, "
          f"{len(result.filled)} fields filled, {len(result.conflicts)} conflicts, "
          f"{len(result.problems)} problems\n"
          f"  enrich {enriched:.2f} s ({result.entries / enriched:,.0f} entries/s); "
          f"with diff ({len(diff.splitlines()):,} lines) {total:.2f} s; "
          f"peak RSS {peak / 2**20:.0f} MB")


def not_found(record: Record) -> Enrichment:
    return Enrichment(record.copy(), "not-found", reason="not in the catalogue")


def cited(books: list[Book]) -> list[Record]:
    """The books as a bibliography cites them: author, title and year, no edition details."""
    records = []
    for i, book in enumerate(books):
        record = Record(type="book", id=f"b{i}", author=[Name(literal=a) for a in book.authors],
                        issued=Date.from_year(book.year) if book.year else None)
        record.set_full_title(book.title)
        records.append(record)
    return records


def answers(books: list[Book], records: list[Record]) -> Callable[[Record], Enrichment]:
    """Lookups answered from memory: each title's catalogue record.

    The catalogue repeats some titles (other books, other editions); the
    first one answers, so the others show up as conflicts, as they would.
    """
    table: dict[str, Candidate] = {}
    for book, cited_record in zip(books, records, strict=True):
        edition = Record(type="book", publisher=book.publisher, isbn=book.isbn13,
                         number_of_pages=str(book.pages) if book.pages else None,
                         issued=cited_record.issued)
        table.setdefault(_key(cited_record), Candidate("catalog", book.id, edition,
                                                       isbns=[book.isbn13 or ""]))

    def lookup(record: Record) -> Enrichment:
        candidate = table.get(_key(record))
        if candidate is None:
            return Enrichment(record.copy(), "not-found", reason="not in the catalogue")
        proposal = Proposal()
        for var in ("ISBN", "publisher", "number-of-pages"):
            value = candidate.record.get(var)
            if value:
                proposal.propose(var, normalise(var, value),
                                 FieldSource("catalog", candidate.key, 0.95))
        return proposed(record, proposal, confidence=0.95,
                        chosen=ScoredCandidate(candidate, 0.95))

    return lookup


def _key(record: Record) -> str:
    return " ".join((record.full_title or "").casefold().split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--books", type=int, default=5000)
    args = parser.parse_args()
    if TUGBOAT.exists():
        text = TUGBOAT.read_text(encoding="utf-8")
        measure(f"tugboat.bib ({len(text) / 2**20:.1f} MB), every lookup 'not found'",
                lambda: enrich_text(text, "bibtex", not_found, source="tugboat.bib"))
    else:
        print(f"{TUGBOAT} not installed (texlive-bibtex-extra): skipped")
    if catalog_path() is None:
        print("shared catalog (books.csv) absent: catalog run skipped")
        return
    books = load_catalog(limit=args.books)
    records = cited(books)
    lookup = answers(books, records)
    for fmt in ("bibtex", "ris", "csl-json"):
        text = formats.get(fmt).write(records)
        measure(f"{len(books):,} catalogue books as {fmt} ({len(text) / 2**20:.1f} MB), "
                "lookups from memory",
                partial(enrich_text, text, fmt, lookup, source=f"catalog.{fmt}"))


if __name__ == "__main__":
    main()
