"""A local stand-in for Open Library, Google Books and the LoC SRU server.

Tests and benchmarks need the book APIs' real answer shapes and behaviour
without the network: Open Library's strict all-words search that returns
*works* (editions grouped by title and first author), Google Books' lenient
any-word ranking, LoC's MARCXML.  `FakeApi` serves a catalog of `Book`s in
those shapes from a threaded stdlib server on 127.0.0.1::

    books = load_catalog(limit=2000)          # the shared Goodreads catalog
    with FakeApi(books, require_contact=True) as fake:
        http = Http(fake.config(load_config()))
        ...
        fake.counts["openlibrary"]            # requests served per API

Each API lives under its own path prefix (see `PREFIXES`), so one server is
three APIs with separate request counts and separate server-side limits.
Options: `latency` per request, `rate_limits` (requests/s per API, answered
with 429 + Retry-After), `quotas` (at most n requests per window, as Google
counts per minute and per day), `require_contact` (403 for Open Library
clients whose User-Agent has no e-mail or URL), `hide(api, isbns)` to drop
records from one API, `fail(api, status, times)` to inject faults (or
``"reset"`` to drop the connection), `googlebooks_quirks` for Google's known
data defects, `isbn_forms` for editions catalogued under one ISBN form only
(older Open Library editions with an ISBN-10 alone, Google volumes with an
ISBN-13 alone), and `misfiled_isbns` for ISBN look-ups answered with another
edition of the same work.  `PUBLISHED_LIMITS` holds the real APIs' limits.
"""

from __future__ import annotations

import dataclasses
import math
import re
import socket
import struct
import sys
import threading
import time
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .. import isbn as isbns
from ..config import Config
from .fakecatalog import Book, catalog_path, display_title, load_catalog, words
from .fakerecords import (
    PREFIXES,
    Reply,
    author_key,
    edition_key,
    error_reply,
    gb_volume,
    long_date,
    marc_language,
    marcxml,
    ol_data,
    ol_edition,
    pick,
    split_title,
    sru_diagnostic,
    volume_id,
)

__all__ = ["PREFIXES", "PUBLISHED_LIMITS", "PUBLISHED_QUOTAS", "Book", "FakeApi",
           "catalog_path", "display_title", "load_catalog", "words"]

# The real APIs' limits, as published or observed (see docs/lookups.md): Open
# Library about 3 requests/s for an identified client; LoC blocks past about
# 10 requests in 10 s; Google counts queries per minute and per day.
PUBLISHED_LIMITS: dict[str, float] = {"openlibrary": 3.0}
PUBLISHED_QUOTAS: dict[str, list[tuple[float, int]]] = {
    "googlebooks": [(60.0, 100), (86_400.0, 1_000)],
    "loc": [(10.0, 10)],
}
# Google sends no Retry-After when a quota is spent; a short window's wait is told.
_LONGEST_RETRY_AFTER = 60.0



# ---------------------------------------------------------------- indexes


@dataclass
class _Work:
    key: str
    books: list[Book]

    @property
    def title(self) -> str:
        return display_title(self.books[0].title)

    @property
    def authors(self) -> tuple[str, ...]:
        return self.books[0].authors

    @property
    def popularity(self) -> int:
        return sum(b.popularity for b in self.books)


def _group_works(books: Iterable[Book]) -> list[_Work]:
    """Editions grouped by normalised title and first author, like Open Library's works."""
    groups: dict[tuple[str, str], list[Book]] = defaultdict(list)
    for book in books:
        first_author = " ".join(words(book.authors[0])) if book.authors else ""
        groups[(" ".join(words(display_title(book.title))), first_author)].append(book)
    works = []
    for editions in groups.values():
        editions.sort(key=lambda b: int(b.id) if b.id.isdigit() else 0)
        works.append(_Work(f"/works/OL{editions[0].id}W", editions))
    return works


class _WordIndex:
    """Word → positions of the entries whose text has it, so a search is a few set operations."""

    def __init__(self) -> None:
        self._postings: dict[str, set[int]] = defaultdict(set)

    def add(self, position: int, texts: Iterable[str]) -> None:
        for text in texts:
            for word in words(text):
                self._postings[word].add(position)

    def __getitem__(self, word: str) -> set[int]:
        return self._postings.get(word, set())


# ---------------------------------------------------------------- the server


@dataclass
class _Fault:
    status: int | str  # an HTTP status, or "reset" to close the connection unanswered
    retry_after: float | None = None
    body: str | None = None


_CONTACT = re.compile(r"\([^)]*(@|https?://)[^)]*\)")


class FakeApi:
    """The fake APIs over one catalog; start and stop with ``with``."""

    def __init__(
        self,
        books: Iterable[Book],
        *,
        latency: float = 0.0,
        rate_limits: Mapping[str, float] | None = None,
        quotas: Mapping[str, Sequence[tuple[float, int]]] | None = None,
        require_contact: bool = False,
        googlebooks_quirks: bool = False,
        isbn_forms: bool = False,
        misfiled_isbns: bool = False,
    ) -> None:
        self.books = list(books)
        self.latency = latency
        self.rate_limits = dict(rate_limits or {})
        self.quotas = {api: list(windows) for api, windows in (quotas or {}).items()}
        self.require_contact = require_contact
        self.googlebooks_quirks = googlebooks_quirks
        self.isbn_forms = isbn_forms
        self.misfiled_isbns = misfiled_isbns
        self._served: dict[str, deque[float]] = defaultdict(deque)  # API → request times
        self.counts: Counter[str] = Counter()  # requests received per API
        self._hidden: dict[str, set[str]] = defaultdict(set)  # API → book ids
        self._faults: dict[str, deque[_Fault]] = defaultdict(deque)
        self._buckets: dict[str, tuple[float, float]] = {}  # API → (tokens, last time)
        self._lock = threading.Lock()
        self._works = _group_works(self.books)
        self._work_by_key = {w.key: w for w in self._works}
        self._work_of = {b.id: w for w in self._works for b in w.books}
        self._work_titles, self._work_authors = _WordIndex(), _WordIndex()
        for position, work in enumerate(self._works):
            self._work_titles.add(position, [work.title])
            self._work_authors.add(position, work.authors)
        self._book_titles, self._book_people = _WordIndex(), _WordIndex()
        for position, book in enumerate(self.books):
            self._book_titles.add(position, [display_title(book.title)])
            self._book_people.add(position, book.authors)
        self._by_isbn: dict[str, Book] = {}
        for book in self.books:
            for code in (book.isbn13, book.isbn10):
                if code:
                    self._by_isbn.setdefault(code, book)
        self._by_volume = {volume_id(b): b for b in self.books}
        self._by_edition = {edition_key(b): b for b in self.books}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------ public API

    def __enter__(self) -> FakeApi:
        self.start()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def start(self) -> None:
        handler = type("Handler", (_Handler,), {"fake": self})
        self._server = _Server(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,),
                                        daemon=True, name="biblio-fakeapi")
        self._thread.start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    @property
    def url(self) -> str:
        if self._server is None:
            raise RuntimeError("FakeApi is not running: use it as a context manager")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def api_url(self, api: str) -> str:
        """The base URL a provider is configured with for `api`."""
        return self.url + PREFIXES[api]

    def config(self, base: Config | None = None) -> Config:
        """`base` (default settings if None) with every faked API pointing here."""
        config = base or Config()
        for api in PREFIXES:
            config = config.with_api(api, base_url=self.api_url(api))
        return config

    def environ(self) -> dict[str, str]:
        """``BIBLIO_*_URL`` variables for a `biblio` subprocess."""
        return {f"BIBLIO_{api.upper()}_URL": self.api_url(api) for api in PREFIXES}

    def hide(self, api: str, isbns: Iterable[str]) -> None:
        """Make `api` know nothing about the books with these ISBNs."""
        with self._lock:
            for code in isbns:
                book = self._by_isbn.get(code)
                if book is not None:
                    self._hidden[api].add(book.id)

    def fail(self, api: str, status: int | str, times: int = 1, *,
             retry_after: float | None = None, body: str | None = None) -> None:
        """Answer the next `times` requests to `api` with `status` (or "reset")."""
        with self._lock:
            self._faults[api].extend(_Fault(status, retry_after, body) for _ in range(times))

    def reset_counts(self) -> None:
        with self._lock:
            self.counts.clear()

    # ------------------------------------------------------------ dispatch

    def _admit(self, api: str, user_agent: str) -> Reply | _Fault | None:
        """Count the request; a fault, a 429 or a 403 if it is not to be served."""
        with self._lock:
            self.counts[api] += 1
            if self._faults[api]:
                return self._faults[api].popleft()
            rate = self.rate_limits.get(api)
            if rate:
                now = time.monotonic()
                tokens, last = self._buckets.get(api, (max(1.0, rate), now))
                tokens = min(max(1.0, rate), tokens + (now - last) * rate)
                if tokens < 1.0:
                    self._buckets[api] = (tokens, now)
                    wait = math.ceil((1.0 - tokens) / rate)
                    return error_reply(api, 429, retry_after=wait)
                self._buckets[api] = (tokens - 1.0, now)
            refusal = self._over_quota(api)
            if refusal is not None:
                return refusal
        if api == "openlibrary" and self.require_contact and not _CONTACT.search(user_agent):
            return Reply(403, "<html><body><h1>403 Forbidden</h1>Please identify your "
                          "application with a contact in the User-Agent.</body></html>",
                          "text/html")
        return None

    def _over_quota(self, api: str) -> Reply | None:
        """A 429 when a request would exceed one of the API's windowed quotas."""
        windows = self.quotas.get(api)
        if not windows:
            return None
        now = time.monotonic()
        served = self._served[api]
        longest = max(seconds for seconds, _ in windows)
        while served and served[0] <= now - longest:
            served.popleft()
        for seconds, allowed in windows:
            inside = [t for t in served if t > now - seconds]
            if len(inside) >= allowed:
                wait = inside[0] + seconds - now
                return error_reply(api, 429, retry_after=wait if seconds <= _LONGEST_RETRY_AFTER
                                   else None)
        served.append(now)
        return None

    def _visible(self, api: str, book: Book) -> bool:
        return book.id not in self._hidden[api]

    def _as_served(self, api: str, book: Book) -> Book:
        """The edition as `api` catalogues it: with `isbn_forms`, some under one ISBN form only.

        Open Library's editions from before 2007 (when ISBN-13 began) often
        carry only `isbn_10`; some Google volumes list only their ISBN_13.
        """
        if not self.isbn_forms:
            return book
        if api == "openlibrary" and book.isbn10 and (book.year or 9999) < 2007 and \
                pick(book, "isbn10-only", 3):
            return dataclasses.replace(book, isbn13=None)
        if api == "googlebooks" and book.isbn13 and pick(book, "isbn13-only", 6):
            return dataclasses.replace(book, isbn10=None)
        return book

    def _isbn_lookup(self, api: str, code: str, *, either_form: bool) -> Book | None:
        """The visible edition `api` files under ISBN `code`.

        `either_form`: the API converts between ISBN-10 and ISBN-13 itself (Open
        Library's `/isbn/` route); otherwise only the forms it catalogues match.
        With `misfiled_isbns`, some ISBNs answer with another edition of the work.
        """
        code = code.replace("-", "").upper()
        book = self._by_isbn.get(code)
        if book is None and either_form:
            other = isbns.to_isbn10(code) if len(code) == 13 else isbns.to_isbn13(code)
            book = self._by_isbn.get(other or "")
        if book is None or not self._visible(api, book):
            return None
        served = self._as_served(api, book)
        if not either_form and code not in (served.isbn10, served.isbn13):
            return None
        if self.misfiled_isbns and pick(book, f"misfiled-{api}", 12):
            others = [b for b in self._work_of[book.id].books
                      if b.id != book.id and self._visible(api, b)]
            if others:
                return others[0]
        return book

    def answer(self, api: str, path: str, query: Mapping[str, str]) -> Reply:
        """The API's answer to a GET of `path` (below the API's prefix)."""
        if api == "openlibrary":
            return self._openlibrary(path, query)
        if api == "googlebooks":
            return self._googlebooks(path, query)
        if api == "loc":
            return self._loc(path, query)
        return Reply(404, {"error": "no such API"})

    # ------------------------------------------------------------ Open Library

    def _openlibrary(self, path: str, query: Mapping[str, str]) -> Reply:
        if path == "/search.json":
            return Reply(200, self._ol_search(query))
        if path == "/api/books":
            return Reply(200, self._ol_books_api(query))
        match = re.fullmatch(r"/isbn/([0-9Xx]{10}|[0-9]{13})\.json", path)
        if match:
            book = self._isbn_lookup("openlibrary", match.group(1), either_form=True)
            if book is None:
                return Reply(404, {"error": "notfound", "key": path.removesuffix(".json")})
            location = f"{PREFIXES['openlibrary']}{edition_key(book)}.json"
            return Reply(302, b"", "text/plain", {"Location": location})
        match = re.fullmatch(r"(/books/OL\w+M)\.json", path)
        if match:
            book = self._by_edition.get(match.group(1))
            if book is None or not self._visible("openlibrary", book):
                return Reply(404, {"error": "notfound", "key": match.group(1)})
            return Reply(200, ol_edition(self._as_served("openlibrary", book),
                                         self._work_of[book.id].key))
        match = re.fullmatch(r"(/works/OL\w+W)(/editions)?\.json", path)
        if match:
            work = self._work_by_key.get(match.group(1))
            if work is None:
                return Reply(404, {"error": "notfound", "key": match.group(1)})
            if match.group(2):
                return Reply(200, self._ol_editions(work, query))
            return Reply(200, self._ol_work(work))
        return Reply(404, {"error": "notfound", "key": path})

    def _ol_search(self, query: Mapping[str, str]) -> dict[str, Any]:
        """Works having every word of `title` in the title, of `author` in an author name
        and of `q` in either: Open Library's strict matching."""
        title, author = words(query.get("title", "")), words(query.get("author", ""))
        anywhere = words(query.get("q", ""))
        matches: set[int] | None = None
        for found in [*(self._work_titles[w] for w in title),
                      *(self._work_authors[w] for w in author),
                      *(self._work_titles[w] | self._work_authors[w] for w in anywhere)]:
            matches = found if matches is None else matches & found
        hits = []
        for position in sorted(matches or ()):
            work = self._works[position]
            books = [b for b in work.books if self._visible("openlibrary", b)]
            if books:
                hits.append((work, books))
        hits.sort(key=lambda hit: (-hit[0].popularity, -len(hit[1]), hit[0].key))
        offset, limit = int(query.get("offset", 0)), int(query.get("limit", 100))
        fields = query.get("fields")
        docs = [self._ol_doc(w, books, fields) for w, books in hits[offset:offset + limit]]
        return {"numFound": len(hits), "start": offset, "numFoundExact": True,
                "num_found": len(hits), "q": query.get("q", ""), "offset": None, "docs": docs}

    def _ol_doc(self, work: _Work, books: list[Book], fields: str | None) -> dict[str, Any]:
        title, subtitle = split_title(work.title)
        years = [b.year for b in books if b.year]
        books = [self._as_served("openlibrary", b) for b in books]
        doc: dict[str, Any] = {
            "key": work.key,
            "type": "work",
            "title": title,
            "subtitle": subtitle,
            "author_name": list(work.authors),
            "author_key": [author_key(a).split("/")[-1] for a in work.authors],
            "first_publish_year": min(years) if years else None,
            "edition_count": len(books),
            "edition_key": [edition_key(b).split("/")[-1] for b in books],
            "language": sorted({m for b in books if (m := marc_language(b.language))}),
            "isbn": [c for b in books for c in (b.isbn10, b.isbn13) if c],
            "publisher": sorted({b.publisher for b in books if b.publisher}),
            "publish_year": sorted({y for y in years}),
            "publish_date": sorted({d for b in books if (d := long_date(b.date))}),
            "number_of_pages_median": sorted(b.pages for b in books)[len(books) // 2] or None,
        }
        if fields and fields != "*":
            wanted = [f.strip() for f in fields.split(",")]
        else:  # the default fields leave out ISBNs, publishers and dates
            wanted = ["key", "type", "title", "subtitle", "author_name", "author_key",
                      "first_publish_year", "edition_count", "language"]
        return {f: doc[f] for f in wanted if doc.get(f) not in (None, [])}

    def _ol_editions(self, work: _Work, query: Mapping[str, str]) -> dict[str, Any]:
        books = [b for b in work.books if self._visible("openlibrary", b)]
        limit, offset = int(query.get("limit", 50)), int(query.get("offset", 0))
        base = f"{work.key}/editions.json"
        links = {"self": f"{base}?limit={limit}&offset={offset}", "work": work.key}
        if offset + limit < len(books):
            links["next"] = f"{base}?limit={limit}&offset={offset + limit}"
        if offset:
            links["prev"] = f"{base}?limit={limit}&offset={max(0, offset - limit)}"
        return {"links": links, "size": len(books),
                "entries": [ol_edition(self._as_served("openlibrary", b), work.key)
                            for b in books[offset:offset + limit]]}

    def _ol_work(self, work: _Work) -> dict[str, Any]:
        title, subtitle = split_title(work.title)
        years = [b.year for b in work.books if b.year]
        doc: dict[str, Any] = {
            "type": {"key": "/type/work"}, "key": work.key, "title": title,
            "authors": [{"author": {"key": author_key(a)}, "type": {"key": "/type/author_role"}}
                        for a in work.authors],
        }
        if subtitle:
            doc["subtitle"] = subtitle
        if years:
            doc["first_publish_date"] = str(min(years))
        return doc

    def _ol_books_api(self, query: Mapping[str, str]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for bibkey in query.get("bibkeys", "").split(","):
            scheme, _, code = bibkey.partition(":")
            book = self._isbn_lookup("openlibrary", code.strip(), either_form=False) \
                if scheme.upper() == "ISBN" else None
            if book is not None:
                out[bibkey] = ol_data(self._as_served("openlibrary", book))
        return out

    # ------------------------------------------------------------ Google Books

    def _googlebooks(self, path: str, query: Mapping[str, str]) -> Reply:
        if path == "/volumes":
            max_results = int(query.get("maxResults", 10))
            if not 0 < max_results <= 40:
                return error_reply("googlebooks", 400, message="Invalid value at "
                                    "'max_results' (TYPE_INT32)")
            return Reply(200, self._gb_search(query.get("q", ""), max_results,
                                               int(query.get("startIndex", 0))))
        match = re.fullmatch(r"/volumes/([\w-]+)", path)
        if match:
            book = self._by_volume.get(match.group(1))
            if book is None or not self._visible("googlebooks", book):
                return error_reply("googlebooks", 404, message="The volume ID could not be "
                                    "found.")
            return Reply(200, gb_volume(self._as_served("googlebooks", book), full=True,
                                        quirky=self.googlebooks_quirks))
        return error_reply("googlebooks", 404, message="Not Found")

    def _gb_search(self, q: str, max_results: int, start: int) -> dict[str, Any]:
        terms: dict[str, list[str]] = defaultdict(list)
        for field, value in re.findall(r'(\w+):("[^"]*"|\S+)', q):
            terms[field.lower()].extend(words(value.strip('"')) if field != "isbn"
                                        else [value.strip('"')])
        free = words(re.sub(r'\w+:("[^"]*"|\S+)', " ", q))
        scored: list[tuple[int, Book]] = []
        if terms.get("isbn"):
            found = self._gb_isbn_answer(terms["isbn"][0])
            if found is not None:
                scored.append((1, found))
        else:
            scores: Counter[int] = Counter()
            for word in terms.get("intitle", []):
                scores.update(dict.fromkeys(self._book_titles[word], 2))
            for word in terms.get("inauthor", []):
                scores.update(dict.fromkeys(self._book_people[word], 2))
            for word in free:
                scores.update(self._book_titles[word] | self._book_people[word])
            scored = [(score, self.books[i]) for i, score in scores.items()
                      if self._visible("googlebooks", self.books[i])]
        scored.sort(key=lambda s: (-s[0], -s[1].popularity, s[1].id))
        page = scored[start:start + max_results]
        out: dict[str, Any] = {"kind": "books#volumes", "totalItems": len(scored)}
        if page:  # Google leaves "items" out of empty answers
            out["items"] = [gb_volume(self._as_served("googlebooks", b), full=False,
                                      quirky=self.googlebooks_quirks) for _, b in page]
        return out

    def _gb_isbn_answer(self, isbn: str) -> Book | None:
        """The book Google answers for an ISBN; with quirks, sometimes a neighbour's."""
        book = self._isbn_lookup("googlebooks", isbn, either_form=False)
        if book is None or not self.googlebooks_quirks or not pick(book, "wrong-isbn", 20):
            return book
        index = self.books.index(book)
        neighbour = self.books[(index + 1) % len(self.books)]
        return neighbour if self._visible("googlebooks", neighbour) else None

    # ------------------------------------------------------------ LoC SRU

    def _loc(self, path: str, query: Mapping[str, str]) -> Reply:
        if path not in ("", "/"):
            return Reply(404, "Not Found", "text/plain")
        cql = query.get("query", "")
        match = re.fullmatch(r'\s*bath\.isbn\s*=\s*"?([0-9Xx-]+)"?\s*', cql, re.IGNORECASE)
        if query.get("operation") != "searchRetrieve" or match is None:
            return Reply(200, sru_diagnostic(cql), "text/xml;charset=UTF-8")
        code = match.group(1).replace("-", "").upper()
        book = self._by_isbn.get(code)
        found = [book] if book is not None and self._visible("loc", book) else []
        limit = int(query.get("maximumRecords", 10))
        records = "".join(
            f"<zs:record><zs:recordSchema>marcxml</zs:recordSchema>"
            f"<zs:recordPacking>xml</zs:recordPacking><zs:recordData>{marcxml(b)}"
            f"</zs:recordData><zs:recordPosition>{i}</zs:recordPosition></zs:record>"
            for i, b in enumerate(found[:limit], start=1)
        )
        body = (
            '<?xml version="1.0"?>\n<zs:searchRetrieveResponse '
            'xmlns:zs="http://www.loc.gov/zing/srw/"><zs:version>1.1</zs:version>'
            f"<zs:numberOfRecords>{len(found)}</zs:numberOfRecords>"
            + (f"<zs:records>{records}</zs:records>" if records else "")
            + "</zs:searchRetrieveResponse>"
        )
        return Reply(200, body, "text/xml;charset=UTF-8")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet when a client hangs up first (timeout tests do it on purpose)."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    fake: FakeApi
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: without this, Nagle's algorithm and
    # delayed ACKs add 40 ms to every keep-alive request.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        api = next((a for a, p in PREFIXES.items()
                    if parts.path == p or parts.path.startswith(p + "/")), "unknown")
        rest = parts.path[len(PREFIXES[api]):] if api in PREFIXES else parts.path
        refusal = self.fake._admit(api, self.headers.get("User-Agent", ""))
        if self.fake.latency:
            time.sleep(self.fake.latency)
        if isinstance(refusal, _Fault):
            if refusal.status == "reset":
                self._reset()
                return
            status = int(refusal.status)
            reply = Reply(status, refusal.body, "text/html") if refusal.body is not None \
                else error_reply(api, status, retry_after=refusal.retry_after)
            if refusal.retry_after is not None:
                reply.headers["Retry-After"] = str(math.ceil(refusal.retry_after))
        elif refusal is not None:
            reply = refusal
        else:
            try:
                reply = self.fake.answer(api, rest, query)
            except (ValueError, KeyError) as exc:
                reply = Reply(400, {"error": f"bad request: {exc}"})
        self._send(reply)

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    def _reset(self) -> None:
        """Close the connection with a TCP reset, as an overloaded proxy does."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests and benchmarks read `counts`, not a log."""
