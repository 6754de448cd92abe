"""A small fake book world for CLI tests: real editions, served by `biblio.testing.fakeapi`.

Editions of books on the Origin Story reading list (examples/), with ISBNs
checked against publishers' and booksellers' pages, plus real rows of the
Goodreads catalogue (../shared/fixtures/catalog, see its SOURCES.md) that
look like some of the list's books without being them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from biblio.testing.fakeapi import Book, FakeApi

ORIGIN_STORY_BOOKS = [
    Book("9001", "We", ("Yevgeny Zamyatin", "Clarence Brown"), "9780140185850", "0140185852",
         "Penguin Classics", "1993", "eng", 225, 900),
    Book("9002", "Trotsky: A Biography", ("Robert Service",), "9780674036154", "0674036158",
         "Belknap Press of Harvard University Press", "2009-11-23", "eng", 648, 300),
    Book("9003", "Stalin: New Biography of a Dictator", ("Oleg V. Khlevniuk",
                                                         "Nora Seligman Favorov"),
         "9780300166941", "030016694X", "Yale University Press", "2015-05-19", "eng", 408, 200),
    Book("9004", "Stalin: New Biography of a Dictator", ("Oleg V. Khlevniuk",
                                                         "Nora Seligman Favorov"),
         "9780300219784", "0300219784", "Yale University Press", "2016-03-22", "eng", 424, 100),
    Book("9005", "The Ministry of Truth: A Biography of George Orwell's 1984",
         ("Dorian Lynskey",), "9781509890736", "1509890734", "Picador", "2019-05-30", "eng",
         320, 150),
    Book("9006", "The Ministry of Truth: A Biography of George Orwell's 1984",
         ("Dorian Lynskey",), "9781509890750", "1509890750", "Picador", "2021", "eng", 400, 50),
    # Goodreads rows: same authors or alike titles, other books.
    Book("2494", "The Time Machine", ("H.G. Wells", "Patrick Parrinder", "Steven McLean"),
         "9780141439976", "0141439971", "Penguin Books Ltd", "2005-03-31", "eng", 104, 3094),
    Book("29964", "A Modern Utopia", ("H.G. Wells", "Gregory Claeys", "Francis Wheen"),
         "9780141441122", "0141441127", "Penguin Books Limited", "2006-03-31", "eng", 320, 596),
    Book("12075", "Tractatus Logico-Philosophicus", ("Ludwig Wittgenstein", "David Pears",
                                                     "Brian McGuinness", "Bertrand Russell"),
         "9780415254083", "0415254086", "Routledge Classics", "2001-09-01", "eng", 142, 13578),
    Book("21787", "The Princess Bride", ("William Goldman",), "9780345418265", "0345418263",
         "Ballantine Books", "2003-07-15", "eng", 456, 703676),
    Book("5471", "Nineteen Eighty-Four", ("George Orwell", "Thomas Pynchon"), "9780452284234",
         "0452284236", "Plume", "2003-05-06", "eng", 368, 1000),
]


@contextmanager
def serving(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, books: list[Book] = ORIGIN_STORY_BOOKS,
            **options: object) -> Iterator[FakeApi]:
    """The fake APIs with `books`, and biblio's settings pointing at them."""
    with FakeApi(books, require_contact=True, **options) as fake:  # type: ignore[arg-type]
        for name, value in fake.environ().items():
            monkeypatch.setenv(name, value)
        config = tmp_path / "config.toml"
        config.write_text(
            'contact = "tests@example.org"\n'
            + "".join(f"[api.{api}]\nrate = 1000.0\nburst = 1000\n"
                      for api in ("openlibrary", "googlebooks")),
            encoding="utf-8")
        monkeypatch.setenv("BIBLIO_CONFIG", str(config))
        monkeypatch.setenv("BIBLIO_CACHE_DIR", str(tmp_path / "cache"))
        yield fake
