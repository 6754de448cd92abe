"""The catalog the fake APIs serve: `Book`s, and a loader for the shared Goodreads CSV.

The shared catalog (about 11,000 real books with real defects) has an unclear
licence, so it is read from ``../shared`` beside the repository (or
``BIBLIO_CATALOG``) at test and benchmark time, never copied into the package.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

SHARED_CATALOG = Path(__file__).resolve().parents[4] / "shared" / "fixtures" / "catalog" / \
    "books.csv"


@dataclass(frozen=True)
class Book:
    """One edition in the fake catalog."""

    id: str
    title: str  # as the catalog has it, maybe with "(Series  #n)"
    authors: tuple[str, ...]
    isbn13: str | None = None
    isbn10: str | None = None
    publisher: str | None = None
    date: str | None = None  # ISO: "2006-09-16", "2006-09" or "2006"
    language: str | None = None  # MARC ("eng") or a tag ("en-US"), as catalogs mix them
    pages: int = 0
    popularity: int = 0  # ratings: Open Library ranks popular works first

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None


def catalog_path() -> Path | None:
    """The shared catalog (``BIBLIO_CATALOG`` or ``../shared`` beside the repo), if present."""
    path = Path(os.environ.get("BIBLIO_CATALOG") or SHARED_CATALOG)
    return path if path.is_file() else None


def load_catalog(path: Path | None = None, limit: int | None = None) -> list[Book]:
    """Books from a Goodreads-style ``books.csv`` (authors split on '/', M/D/YYYY dates).

    Rows are kept with their real defects (bad ISBNs, 0 pages); impossible
    dates ("11/31/2000") keep their year and month.
    """
    path = path or catalog_path()
    if path is None:
        raise FileNotFoundError("no catalog: set BIBLIO_CATALOG or provide ../shared")
    books: list[Book] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            row = {key.strip(): value for key, value in row.items()}
            books.append(Book(
                id=row["bookID"].strip(),
                title=row["title"].strip(),
                authors=tuple(a.strip() for a in row["authors"].split("/") if a.strip()),
                isbn13=row["isbn13"].strip() or None,
                isbn10=row["isbn"].strip().upper() or None,
                publisher=row["publisher"].strip() or None,
                date=_us_date(row["publication_date"]),
                language=row["language_code"].strip() or None,
                pages=int(row["num_pages"] or 0),
                popularity=int(row["ratings_count"] or 0),
            ))
            if limit is not None and len(books) >= limit:
                break
    return books


def _us_date(text: str) -> str | None:
    parts = text.strip().split("/")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        return None
    month, day, year = (int(p) for p in parts)
    if not 1 <= month <= 12:
        return f"{year:04d}"
    days_in_month = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    if not 1 <= day <= days_in_month:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


_SERIES = re.compile(r"\s*\([^()]*#\s*[\d.]+(?:\s*-\s*[\d.]+)?\)\s*$")


def display_title(title: str) -> str:
    """The title as a catalogue prints it: no "(Series  #n)", single spaces."""
    return " ".join(_SERIES.sub("", title).split())


def words(text: str) -> list[str]:
    """Search tokens: case- and accent-folded words."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return re.findall(r"\w+", folded.casefold())
