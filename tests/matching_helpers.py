"""Candidates built by hand from real catalogue rows, for matching and enrichment tests.

Rows are from the Goodreads books.csv in ../shared/fixtures/catalog (see its
SOURCES.md): a handful of real editions, kept here so the tests run without it.
"""

from __future__ import annotations

from biblio.keys import ascii_fold
from biblio.lookup.providers.base import Candidate, Query
from biblio.model import Date, Name, Record


def name(text: str) -> Name:
    """ "Simone de Beauvoir" → given Simone, particle de, family Beauvoir."""
    words = text.split()
    particles = [w for w in words[1:-1] if w.islower()]
    given = [w for w in words[:-1] if w not in particles]
    return Name(given=" ".join(given) or None, family=words[-1],
                non_dropping_particle=" ".join(particles) or None)


def edition(key: str, title: str, authors: str, year: int | None, isbn13: str | None,
            publisher: str | None = None, *, provider: str = "openlibrary",
            work: str | None = None, language: str = "en", first_year: int | None = None,
            pages: str | None = None) -> Candidate:
    record = Record(type="book", publisher=publisher, language=language, number_of_pages=pages)
    record.set_full_title(title)
    record.author = [name(a) for a in authors.split("/")]
    record.issued = Date.from_year(year) if year else None
    record.isbn = isbn13
    isbns = [isbn13] if isbn13 else []
    return Candidate(provider=provider, key=key, record=record, work_key=work,
                     first_publish_year=first_year, isbns=isbns,
                     url=f"http://127.0.0.1/{key}")


KARAMAZOV = [
    edition("/books/K1", "The Brothers Karamazov", "Fyodor Dostoyevsky/Constance Garnett", 1999,
            "9780451527349", "Signet Classics", work="/works/K"),
    edition("/books/K2", "The Brothers Karamazov", "Fyodor Dostoyevsky/Richard Pevear", 2002,
            "9780374528379", "Farrar  Straus and Giroux", work="/works/K"),
    edition("/books/K3", "The Brothers Karamazov", "Fyodor Dostoyevsky/David McDuff", 2003,
            "9780140449242", "Penguin Books Ltd", work="/works/K"),
    edition("/books/K4", "The Brothers Karamazov", "Fyodor Dostoyevsky/Richard Pevear", 1991,
            "9780679729259", "Vintage Books USA", work="/works/K"),
    edition("/books/K5", "The Brothers Karamazov", "Fyodor Dostoyevsky/Andrew R. MacAndrew",
            1984, "9780553212167", "Bantam Classics", work="/works/K"),
]

INVISIBLE_MAN = [
    edition("/books/I1", "The Invisible Man", "H.G. Wells", 2002, "9780451528520",
            "Signet Classics", work="/works/I"),
    edition("/books/I2", "The Invisible Man", "H.G. Wells", 1992, "9780812504675", "Aerie",
            work="/works/I"),
    edition("/books/I3", "The Invisible Man", "H.G. Wells/Christopher Priest", 2005,
            "9780141439983", "Penguin Classics", work="/works/I"),
]

SECOND_SEX = [
    edition("/books/S1", "The Second Sex", "Simone de Beauvoir/H.M. Parshley", 1997,
            "9780099744214", "Vintage Classics", work="/works/S"),
]


class CatalogProvider:
    """A provider over a list of candidates, searching the way Open Library does.

    Every word of the query's title (and its first author's surname) must be
    in the record, as in Open Library's search; `calls` counts requests.
    `fail` makes every call raise it (an unreachable or failing API).
    """

    def __init__(self, name: str, candidates: list[Candidate],
                 fail: Exception | None = None) -> None:
        self.name = name
        self.candidates = candidates
        self.fail = fail
        self.calls: list[str] = []

    def search(self, query: Query) -> list[Candidate]:
        self.calls.append(f"search {query.title} / {','.join(query.authors)}")
        if self.fail is not None:
            raise self.fail
        words = set(_words(query.title))
        who = set(_words(" ".join(query.authors)))
        return [c for c in self.candidates
                if words <= set(_words(c.record.full_title))
                and who <= set(_words(" ".join(n.display() for n in c.record.author)))]

    def by_isbn(self, isbn: str) -> list[Candidate]:
        self.calls.append(f"isbn {isbn}")
        if self.fail is not None:
            raise self.fail
        return [c for c in self.candidates if isbn in c.isbns]


def _words(text: str | None) -> list[str]:
    return ascii_fold(text or "").lower().replace(":", " ").replace(",", " ").split()
