"""Speed of `biblio enrich` on large files, offline (lookups answered from memory).

Two runs in this process, with wall time and the process's peak RSS so far:

1. tugboat.bib from TeX Live (4,837 entries, 3.8 MB; all articles, so this
   measures reading, scanning and the untouched write-back);
2. a 5,000-book BibTeX file made from the shared catalog (books.csv): each
   entry has author, title and year only, and every lookup is answered from
   a dict built beforehand, as a warm cache would, so this measures the
   whole path: lookup calls, decisions, edits and the diff.

    .venv/bin/python benchmarks/enrich_file.py [--books 5000]
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Callable
from pathlib import Path

from biblio.enrichment_result import Enrichment, ScoredCandidate
from biblio.inplace import FileEnrichment, enrich_text
from biblio.model import Date, FieldSource, Record
from biblio.providers.base import Candidate
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


def catalog_file(books: list[Book]) -> str:
    """A Zotero-style .bib of the books: author, title and year, nothing to identify an edition."""
    parts = []
    for i, book in enumerate(books):
        authors = " and ".join(book.authors) or "Anonymous"
        title = book.title.replace("{", "").replace("}", "").replace("&", r"\&")
        year = f"\tyear = {{{book.year}}},\n" if book.year else ""
        parts.append(f"@book{{b{i},\n\tauthor = {{{authors}}},\n\ttitle = {{{title}}},\n"
                     f"{year}}}\n")
    return "\n".join(parts)


def answers(books: list[Book]) -> Callable[[Record], Enrichment]:
    """Lookups answered from memory: each entry's own catalogue record, by citation key."""
    table: dict[str, Candidate] = {}
    for i, book in enumerate(books):
        record = Record(type="book", publisher=book.publisher, isbn=book.isbn13,
                        number_of_pages=str(book.pages) if book.pages else None,
                        issued=Date.from_year(book.year) if book.year else None)
        table[f"b{i}"] = Candidate("catalog", book.id, record, isbns=[book.isbn13 or ""])

    def lookup(record: Record) -> Enrichment:
        candidate = table[record.id]
        out = record.copy()
        filled = {}
        for var in ("ISBN", "publisher", "number-of-pages"):
            value = candidate.record.get(var)
            if value and not out.get(var):
                out.set(var, value)
                filled[var] = FieldSource("catalog", candidate.key, 0.95)
        return Enrichment(out, "enriched", 0.95, ScoredCandidate(candidate, 0.95), filled=filled)

    return lookup


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
    text = catalog_file(books)
    lookup = answers(books)
    measure(f"{len(books):,} catalogue books ({len(text) / 2**20:.1f} MB), lookups from memory",
            lambda: enrich_text(text, "bibtex", lookup, source="catalog.bib"))


if __name__ == "__main__":
    main()
