"""Open Library: works from `search.json`, editions from the work and ISBN APIs.

`search.json` returns *works*, each with the ISBNs and publishers of all its
editions mixed together, so `search` gives one work-level candidate per work
and `editions` lists a work's editions (`/works/{id}/editions.json`) when the
matcher needs edition detail.  A work with a single edition is given as that
edition straight away (its `edition_key`, ISBNs and publisher are the
edition's), which spares the editions request for most books.

ISBN look-ups use `/api/books?jscmd=data` (author names resolved), asking for
the ISBN-13 and the ISBN-10 in one request: older editions are often filed
under their ISBN-10 alone.  An answer counts only if its identifiers carry the
ISBN asked for.  `by_isbns` batches 25 ISBNs per request, as the maintainers
suggest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ... import isbn as isbn_codes
from ...model import Name, Record
from ..http import Http
from . import values
from .base import Candidate, Query

NAME = "openlibrary"

# The default fields leave out ISBNs, publishers and dates, so ask explicitly;
# `edition_key` and the dates make a single-edition work an edition candidate.
SEARCH_FIELDS = (
    "key", "title", "subtitle", "author_name", "first_publish_year", "edition_count",
    "edition_key", "isbn", "publisher", "publish_date", "number_of_pages_median", "language",
)
BATCH_SIZE = 25


class OpenLibrary:
    """The Open Library provider (`Provider` protocol, plus `editions` and `by_isbns`)."""

    name = NAME
    free_text = True  # `Query.text` is sent as `q=`, matched against titles and authors

    def __init__(self, http: Http, *, limit: int = 10, author_limit: int = 100,
                 max_editions: int = 200) -> None:
        self.http = http
        self.limit = limit
        self.author_limit = author_limit
        self.max_editions = max_editions

    def search(self, query: Query) -> list[Candidate]:
        """Works whose title (and first author) contain all the query's words.

        A query without title lists the first author's works (up to
        `author_limit`, most edited first), for a title too misspelt for an
        all-words search.  A query with `text` (a line's words) asks
        `q=`: works whose title or authors hold every word.
        """
        params: dict[str, Any] = {"fields": ",".join(SEARCH_FIELDS)}
        if query.text:
            params.update(q=query.text, limit=self.limit)
        elif not query.title and not query.authors:
            return []
        elif query.title:
            params.update(title=query.title, limit=self.limit)
        else:
            params.update(limit=self.author_limit)
        if query.authors and not query.text:
            params["author"] = query.authors[0]
        data = self.http.get_json(NAME, "/search.json", params)
        docs = data.get("docs") if isinstance(data, dict) else None
        return [self._work(doc) for doc in docs or [] if isinstance(doc, dict) and doc.get("key")]

    def editions(self, work: Candidate) -> list[Candidate]:
        """Every edition of a work (up to `max_editions`), following the API's pages."""
        if not work.work_key:
            return []
        path: str | None = f"{work.work_key}/editions.json"
        params: dict[str, Any] | None = {"limit": min(100, self.max_editions)}
        out: list[Candidate] = []
        while path and len(out) < self.max_editions:
            data = self.http.get_json(NAME, path, params)
            if not isinstance(data, dict):
                break
            for entry in data.get("entries") or []:
                if isinstance(entry, dict) and entry.get("key"):
                    out.append(self._edition(entry, work.record.author, work.first_publish_year))
            links = data.get("links")
            path = links.get("next") if isinstance(links, dict) else None
            params = None  # the next link carries its own query string
        return out[: self.max_editions]

    def by_isbn(self, isbn: str) -> list[Candidate]:
        """The edition carrying this ISBN (filed under either form); [] if there is none."""
        wanted = values.isbns([isbn])
        if not wanted:
            return []
        ten = isbn_codes.to_isbn10(wanted[0])
        found = self.by_isbns([wanted[0], *([ten] if ten else [])])
        for candidate in (c for cs in found.values() for c in cs):
            if wanted[0] in candidate.isbns:
                candidate.record.isbn = wanted[0]
                return [candidate]
        return []

    def by_isbns(self, isbns: Sequence[str]) -> dict[str, list[Candidate]]:
        """Editions for many ISBNs at once (`/api/books`, batches of 25): ISBN → candidates.

        An entry whose identifiers do not carry the ISBN asked for (Open Library
        merged another edition's record in) is left out.
        """
        out: dict[str, list[Candidate]] = {isbn: [] for isbn in isbns}
        for start in range(0, len(isbns), BATCH_SIZE):
            batch = isbns[start:start + BATCH_SIZE]
            data = self.http.get_json(NAME, "/api/books", {
                "bibkeys": ",".join(f"ISBN:{isbn}" for isbn in batch),
                "format": "json",
                "jscmd": "data",
            })
            if not isinstance(data, dict):
                continue
            for isbn in batch:
                entry = data.get(f"ISBN:{isbn}")
                if not isinstance(entry, dict):
                    continue
                candidate = self._data_edition(entry, isbn)
                if set(values.isbns([isbn])) & set(candidate.isbns):
                    out[isbn].append(candidate)
        return out

    # ------------------------------------------------------------ translation

    def _url(self, key: str) -> str:
        return self.http.url(NAME, key)

    def _work(self, doc: Mapping[str, Any]) -> Candidate:
        """One candidate per search doc: the work, or its only edition when it has one."""
        key = _work_key(str(doc["key"]))
        record = _titled(doc)
        record.author = values.people(values.strings(doc.get("author_name")))
        languages = {values.language(x) for x in values.strings(doc.get("language"))} - {None}
        if len(languages) == 1:
            record.language = languages.pop()
        publishers = values.strings(doc.get("publisher"))
        if len(publishers) == 1:
            record.publisher = publishers[0]
        isbns = values.isbns(values.strings(doc.get("isbn")))
        record.isbn = isbns[0] if isbns else None
        first_year = doc.get("first_publish_year")
        first_year = first_year if isinstance(first_year, int) else None
        editions = values.strings(doc.get("edition_key"))
        if doc.get("edition_count") == 1 and len(editions) == 1:
            # The work's ISBNs, publisher and date are then this edition's own.
            edition = f"/books/{editions[0].rsplit('/', 1)[-1]}"
            record.issued = values.date(values.first(doc.get("publish_date")))
            record.number_of_pages = values.pages(doc.get("number_of_pages_median"))
            record.url = self._url(edition)
            return Candidate(provider=NAME, key=edition, record=record, work_key=key,
                             first_publish_year=first_year, url=record.url, isbns=isbns)
        record.url = self._url(key)
        return Candidate(provider=NAME, key=key, record=record, work_key=key,
                         first_publish_year=first_year, url=record.url, isbns=isbns)

    def _edition(self, entry: Mapping[str, Any], authors: Sequence[Name],
                 first_publish_year: int | None) -> Candidate:
        """A candidate from an edition record (`/books/…`, `/isbn/…`, `editions.json`)."""
        key = str(entry["key"])
        record = _titled(entry)
        record.author = [Name(**vars(n)) for n in authors]
        record.edition = values.text(entry.get("edition_name"))
        languages = entry.get("languages") or []
        if languages and isinstance(languages[0], dict):
            record.language = values.language(str(languages[0].get("key", "")))
        isbns = _edition_isbns(entry)
        _publication(record, entry, isbns)
        record.url = self._url(key)
        works = entry.get("works") or []
        work_key = str(works[0]["key"]) if works and isinstance(works[0], dict) \
            and works[0].get("key") else None
        return Candidate(provider=NAME, key=key, record=record, work_key=work_key,
                         first_publish_year=first_publish_year, url=record.url, isbns=isbns)

    def _data_edition(self, entry: Mapping[str, Any], isbn: str) -> Candidate:
        """A candidate from `/api/books?jscmd=data` (names resolved, no language/work)."""
        key = str(entry.get("key") or f"/isbn/{isbn}")
        record = _titled(entry)
        record.author = values.people(
            str(a["name"]) for a in entry.get("authors") or []
            if isinstance(a, dict) and a.get("name"))
        ids = entry.get("identifiers")
        isbns = _edition_isbns(ids if isinstance(ids, dict) else {})
        _publication(record, entry, isbns)
        record.url = self._url(key)
        return Candidate(provider=NAME, key=key, record=record, url=record.url, isbns=isbns)


def _titled(entry: Mapping[str, Any]) -> Record:
    record = Record(type="book")
    record.title = values.text(entry.get("title"))
    record.subtitle = values.text(entry.get("subtitle"))
    return record


def _edition_isbns(entry: Mapping[str, Any]) -> list[str]:
    """ISBN-13s first (the preferred form), then the converted ISBN-10s."""
    return values.isbns([*values.strings(entry.get("isbn_13")),
                         *values.strings(entry.get("isbn_10"))])


def _publication(record: Record, entry: Mapping[str, Any], isbns: list[str]) -> None:
    """Publisher, place, date, pages and ISBN: shared by edition records and jscmd=data."""
    record.publisher = values.first(entry.get("publishers"))
    record.publisher_place = values.first(entry.get("publish_places"))
    record.issued = values.date(values.text(entry.get("publish_date")))
    record.number_of_pages = values.pages(entry.get("number_of_pages")) or \
        values.pages(entry.get("pagination"))
    record.isbn = isbns[0] if isbns else None


def _work_key(key: str) -> str:
    """'/works/OL27448W' (2013 answers give a bare 'OL27448W')."""
    return key if key.startswith("/") else f"/works/{key}"

