"""Open Library: works from `search.json`, editions from the work and ISBN APIs.

`search.json` returns *works*, each with the ISBNs and publishers of all its
editions mixed together, so `search` gives one work-level candidate per work
and `editions` lists a work's editions (`/works/{id}/editions.json`) when the
matcher needs edition detail. ISBN look-ups read `/isbn/{isbn}.json` (the
edition: language, work) and `/api/books?jscmd=data` (author names, which the
edition record holds only as keys); `by_isbns` batches the latter, 25 ISBNs
per request as the maintainers suggest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..http import Http, NotFoundError
from ..model import Name, Record
from . import values
from .base import Candidate, Query

NAME = "openlibrary"

# The default fields leave out ISBNs and publishers, so ask explicitly.
SEARCH_FIELDS = (
    "key", "title", "subtitle", "author_name", "first_publish_year", "edition_count",
    "isbn", "publisher", "language",
)
BATCH_SIZE = 25


class OpenLibrary:
    """The Open Library provider (`Provider` protocol, plus `editions` and `by_isbns`)."""

    name = NAME

    def __init__(self, http: Http, *, limit: int = 10, max_editions: int = 200) -> None:
        self.http = http
        self.limit = limit
        self.max_editions = max_editions

    def search(self, query: Query) -> list[Candidate]:
        """Works whose title (and first author) contain all the query's words."""
        if not query.title:
            return []
        params = {"title": query.title, "fields": ",".join(SEARCH_FIELDS), "limit": self.limit}
        if query.authors:
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
        """The edition with this ISBN, with author names; [] if Open Library lacks it."""
        try:
            edition = self.http.get_json(NAME, f"/isbn/{isbn}.json")
        except NotFoundError:
            return []
        if not isinstance(edition, dict) or not edition.get("key"):
            return []
        data = self.by_isbns([isbn]).get(isbn, [])
        names = data[0].record.author if data else []
        candidate = self._edition(edition, names, None)
        if data:
            _fill_missing(candidate.record, data[0].record)
        asked = values.isbns([isbn])
        if asked and asked[0] in candidate.isbns:
            candidate.record.isbn = asked[0]
        return [candidate]

    def by_isbns(self, isbns: Sequence[str]) -> dict[str, list[Candidate]]:
        """Editions for many ISBNs at once (`/api/books`, batches of 25): ISBN → candidates."""
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
                if isinstance(entry, dict):
                    out[isbn].append(self._data_edition(entry, isbn))
        return out

    # ------------------------------------------------------------ translation

    def _url(self, key: str) -> str:
        return self.http.url(NAME, key)

    def _work(self, doc: Mapping[str, Any]) -> Candidate:
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
        record.url = self._url(key)
        first_year = doc.get("first_publish_year")
        return Candidate(
            provider=NAME, key=key, record=record, work_key=key,
            first_publish_year=first_year if isinstance(first_year, int) else None,
            url=record.url, isbns=isbns,
        )

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
        isbns = values.isbns([isbn, *_edition_isbns(ids if isinstance(ids, dict) else {})])
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


def _fill_missing(record: Record, other: Record) -> None:
    for attr in ("publisher", "publisher_place", "issued", "number_of_pages", "subtitle"):
        if getattr(record, attr) is None and getattr(other, attr) is not None:
            setattr(record, attr, getattr(other, attr))


def _work_key(key: str) -> str:
    """'/works/OL27448W' (2013 answers give a bare 'OL27448W')."""
    return key if key.startswith("/") else f"/works/{key}"

