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
with 429 + Retry-After), `require_contact` (403 for Open Library clients whose
User-Agent has no e-mail or URL), `hide(api, isbns)` to drop records from one
API, `fail(api, status, times)` to inject faults (or ``"reset"`` to drop the
connection), and `googlebooks_quirks` for Google's known data defects.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import re
import socket
import struct
import threading
import time
import zlib
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

import pycountry

from ..config import Config
from ..providers import values
from .fakecatalog import Book, catalog_path, display_title, load_catalog, words

__all__ = ["PREFIXES", "Book", "FakeApi", "catalog_path", "display_title", "load_catalog",
           "words"]

PREFIXES: dict[str, str] = {
    "openlibrary": "/openlibrary",
    "googlebooks": "/books/v1",
    "loc": "/LCDB",
}


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


def _split(title: str) -> tuple[str, str | None]:
    head, sep, tail = title.partition(": ")
    return (head, tail) if sep and tail else (title, None)


def _marc_language(code: str | None) -> str | None:
    """MARC code for Open Library and LoC ("en-US" → "eng")."""
    if not code:
        return None
    iso = values.language(code)
    if iso is None:
        return code if len(code) == 3 else None
    if len(code) == 3:
        return code
    found = pycountry.languages.get(alpha_2=iso) or pycountry.languages.get(alpha_3=iso)
    if found is None:
        return None
    return str(getattr(found, "bibliographic", None) or found.alpha_3)


def _volume_id(book: Book) -> str:
    return base64.urlsafe_b64encode(hashlib.sha1(book.id.encode()).digest()[:9]).decode()


def _author_key(name: str) -> str:
    return f"/authors/OL{zlib.crc32(' '.join(words(name)).encode())}A"


def _edition_key(book: Book) -> str:
    return f"/books/OL{book.id}M"


def _long_date(iso: str | None) -> str | None:
    """Open Library's free-text dates: "September 16, 2006", "June 2004", "1996"."""
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-")]
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    if len(parts) == 3:
        return f"{months[parts[1] - 1]} {parts[2]}, {parts[0]}"
    if len(parts) == 2:
        return f"{months[parts[1] - 1]} {parts[0]}"
    return str(parts[0])


# ---------------------------------------------------------------- the server


class _Reply:
    """What a route answers: status, headers, body."""

    def __init__(self, status: int, body: bytes | str | Any = b"",
                 content_type: str = "application/json", headers: Mapping[str, str] | None = None,
                 ) -> None:
        if isinstance(body, str):
            body = body.encode()
        elif not isinstance(body, bytes):
            body = json.dumps(body, ensure_ascii=False).encode()
        self.status, self.body = status, body
        self.headers = {"Content-Type": content_type, **(headers or {})}


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
        require_contact: bool = False,
        googlebooks_quirks: bool = False,
    ) -> None:
        self.books = list(books)
        self.latency = latency
        self.rate_limits = dict(rate_limits or {})
        self.require_contact = require_contact
        self.googlebooks_quirks = googlebooks_quirks
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
        self._by_volume = {_volume_id(b): b for b in self.books}
        self._by_edition = {_edition_key(b): b for b in self.books}
        self._server: ThreadingHTTPServer | None = None
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
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True,
                                        name="biblio-fakeapi")
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

    def _admit(self, api: str, user_agent: str) -> _Reply | _Fault | None:
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
                    return _error_reply(api, 429, retry_after=wait)
                self._buckets[api] = (tokens - 1.0, now)
        if api == "openlibrary" and self.require_contact and not _CONTACT.search(user_agent):
            return _Reply(403, "<html><body><h1>403 Forbidden</h1>Please identify your "
                          "application with a contact in the User-Agent.</body></html>",
                          "text/html")
        return None

    def _visible(self, api: str, book: Book) -> bool:
        return book.id not in self._hidden[api]

    def answer(self, api: str, path: str, query: Mapping[str, str]) -> _Reply:
        """The API's answer to a GET of `path` (below the API's prefix)."""
        if api == "openlibrary":
            return self._openlibrary(path, query)
        if api == "googlebooks":
            return self._googlebooks(path, query)
        if api == "loc":
            return self._loc(path, query)
        return _Reply(404, {"error": "no such API"})

    # ------------------------------------------------------------ Open Library

    def _openlibrary(self, path: str, query: Mapping[str, str]) -> _Reply:
        if path == "/search.json":
            return _Reply(200, self._ol_search(query))
        if path == "/api/books":
            return _Reply(200, self._ol_books_api(query))
        match = re.fullmatch(r"/isbn/([0-9Xx]{10}|[0-9]{13})\.json", path)
        if match:
            book = self._by_isbn.get(match.group(1).upper())
            if book is None or not self._visible("openlibrary", book):
                return _Reply(404, {"error": "notfound", "key": path.removesuffix(".json")})
            location = f"{PREFIXES['openlibrary']}{_edition_key(book)}.json"
            return _Reply(302, b"", "text/plain", {"Location": location})
        match = re.fullmatch(r"(/books/OL\w+M)\.json", path)
        if match:
            book = self._by_edition.get(match.group(1))
            if book is None or not self._visible("openlibrary", book):
                return _Reply(404, {"error": "notfound", "key": match.group(1)})
            return _Reply(200, self._ol_edition(book))
        match = re.fullmatch(r"(/works/OL\w+W)(/editions)?\.json", path)
        if match:
            work = self._work_by_key.get(match.group(1))
            if work is None:
                return _Reply(404, {"error": "notfound", "key": match.group(1)})
            if match.group(2):
                return _Reply(200, self._ol_editions(work, query))
            return _Reply(200, self._ol_work(work))
        return _Reply(404, {"error": "notfound", "key": path})

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
        title, subtitle = _split(work.title)
        years = [b.year for b in books if b.year]
        doc: dict[str, Any] = {
            "key": work.key,
            "type": "work",
            "title": title,
            "subtitle": subtitle,
            "author_name": list(work.authors),
            "author_key": [_author_key(a).split("/")[-1] for a in work.authors],
            "first_publish_year": min(years) if years else None,
            "edition_count": len(books),
            "language": sorted({m for b in books if (m := _marc_language(b.language))}),
            "isbn": [c for b in books for c in (b.isbn10, b.isbn13) if c],
            "publisher": sorted({b.publisher for b in books if b.publisher}),
            "publish_year": sorted({y for y in years}),
            "publish_date": sorted({d for b in books if (d := _long_date(b.date))}),
            "number_of_pages_median": sorted(b.pages for b in books)[len(books) // 2] or None,
        }
        if fields and fields != "*":
            wanted = [f.strip() for f in fields.split(",")]
        else:  # the default fields leave out ISBNs, publishers and dates
            wanted = ["key", "type", "title", "subtitle", "author_name", "author_key",
                      "first_publish_year", "edition_count", "language"]
        return {f: doc[f] for f in wanted if doc.get(f) not in (None, [])}

    def _ol_edition(self, book: Book) -> dict[str, Any]:
        title, subtitle = _split(display_title(book.title))
        entry: dict[str, Any] = {
            "type": {"key": "/type/edition"},
            "key": _edition_key(book),
            "title": title,
            "authors": [{"key": _author_key(a)} for a in book.authors],
            "works": [{"key": self._work_of[book.id].key}],
            "publish_date": _long_date(book.date),
            "publishers": [book.publisher] if book.publisher else [],
            "isbn_10": [book.isbn10] if book.isbn10 else [],
            "isbn_13": [book.isbn13] if book.isbn13 else [],
            "number_of_pages": book.pages or None,
            "languages": [{"key": f"/languages/{m}"}] if (m := _marc_language(book.language))
            else [],
            "latest_revision": 1,
            "revision": 1,
        }
        if subtitle:
            entry["subtitle"] = subtitle
        return {k: v for k, v in entry.items() if v not in (None, [])}

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
                "entries": [self._ol_edition(b) for b in books[offset:offset + limit]]}

    def _ol_work(self, work: _Work) -> dict[str, Any]:
        title, subtitle = _split(work.title)
        years = [b.year for b in work.books if b.year]
        doc: dict[str, Any] = {
            "type": {"key": "/type/work"}, "key": work.key, "title": title,
            "authors": [{"author": {"key": _author_key(a)}, "type": {"key": "/type/author_role"}}
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
            book = self._by_isbn.get(code.strip().upper()) if scheme.upper() == "ISBN" else None
            if book is None or not self._visible("openlibrary", book):
                continue
            title, subtitle = _split(display_title(book.title))
            key = _edition_key(book)
            entry: dict[str, Any] = {
                "url": f"{PREFIXES['openlibrary']}{key}",
                "key": key,
                "title": title,
                "authors": [{"url": _author_key(a), "name": a} for a in book.authors],
                "identifiers": {
                    "isbn_10": [book.isbn10] if book.isbn10 else [],
                    "isbn_13": [book.isbn13] if book.isbn13 else [],
                    "openlibrary": [key.split("/")[-1]],
                },
                "publishers": [{"name": book.publisher}] if book.publisher else [],
                "publish_date": _long_date(book.date),
                "number_of_pages": book.pages or None,
            }
            if subtitle:
                entry["subtitle"] = subtitle
            out[bibkey] = {k: v for k, v in entry.items() if v not in (None, [])}
        return out

    # ------------------------------------------------------------ Google Books

    def _googlebooks(self, path: str, query: Mapping[str, str]) -> _Reply:
        if path == "/volumes":
            max_results = int(query.get("maxResults", 10))
            if not 0 < max_results <= 40:
                return _error_reply("googlebooks", 400, message="Invalid value at "
                                    "'max_results' (TYPE_INT32)")
            return _Reply(200, self._gb_search(query.get("q", ""), max_results,
                                               int(query.get("startIndex", 0))))
        match = re.fullmatch(r"/volumes/([\w-]+)", path)
        if match:
            book = self._by_volume.get(match.group(1))
            if book is None or not self._visible("googlebooks", book):
                return _error_reply("googlebooks", 404, message="The volume ID could not be "
                                    "found.")
            return _Reply(200, self._gb_volume(book, full=True))
        return _error_reply("googlebooks", 404, message="Not Found")

    def _gb_search(self, q: str, max_results: int, start: int) -> dict[str, Any]:
        terms: dict[str, list[str]] = defaultdict(list)
        for field, value in re.findall(r'(\w+):("[^"]*"|\S+)', q):
            terms[field.lower()].extend(words(value.strip('"')) if field != "isbn"
                                        else [value.strip('"')])
        free = words(re.sub(r'\w+:("[^"]*"|\S+)', " ", q))
        scored: list[tuple[int, Book]] = []
        if terms.get("isbn"):
            found = self._gb_isbn_answer(terms["isbn"][0])
            if found is not None and self._visible("googlebooks", found):
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
            out["items"] = [self._gb_volume(b, full=False) for _, b in page]
        return out

    def _gb_isbn_answer(self, isbn: str) -> Book | None:
        """The book Google answers for an ISBN; with quirks, sometimes a neighbour's."""
        book = self._by_isbn.get(isbn.replace("-", "").upper())
        if book is None or not self.googlebooks_quirks or not _pick(book, "wrong-isbn", 20):
            return book
        index = self.books.index(book)
        return self.books[(index + 1) % len(self.books)]

    def _gb_volume(self, book: Book, *, full: bool) -> dict[str, Any]:
        title, subtitle = _split(display_title(book.title))
        quirky = self.googlebooks_quirks
        identifiers = [{"type": "ISBN_10", "identifier": book.isbn10}] if book.isbn10 else []
        if book.isbn13:
            identifiers.append({"type": "ISBN_13", "identifier": book.isbn13})
        if quirky and _pick(book, "other-id", 15):
            identifiers = [{"type": "OTHER", "identifier": f"UOM:39015{book.id.zfill(9)}"}]
        language = values.language(book.language) or "un"
        if quirky and _pick(book, "language-un", 12):
            language = "un"
        date = book.date[:4] if book.date and quirky and _pick(book, "year-only", 4) \
            else book.date
        info: dict[str, Any] = {
            "title": title,
            "subtitle": subtitle,
            "authors": list(book.authors),
            "publisher": book.publisher,
            "publishedDate": date,
            "industryIdentifiers": identifiers,
            "readingModes": {"text": False, "image": False},
            "pageCount": 0 if quirky and _pick(book, "pages-0", 10) else book.pages,
            "printType": "BOOK",
            "maturityRating": "NOT_MATURE",
            "allowAnonLogging": False,
            "contentVersion": "0.1.0.0.preview.0",
            "language": language,
            "previewLink": f"http://books.google.com/books?id={_volume_id(book)}",
            "infoLink": f"http://books.google.com/books?id={_volume_id(book)}",
            "canonicalVolumeLink": f"https://books.google.com/books/about/?id={_volume_id(book)}",
        }
        if full:
            info["printedPageCount"] = book.pages
            info["dimensions"] = {"height": "20.00 cm"}
        volume_id = _volume_id(book)
        return {
            "kind": "books#volume",
            "id": volume_id,
            "etag": hashlib.md5(volume_id.encode()).hexdigest()[:11],
            "selfLink": f"{PREFIXES['googlebooks']}/volumes/{volume_id}",
            "volumeInfo": {k: v for k, v in info.items() if v is not None},
            "saleInfo": {"country": "NL", "saleability": "NOT_FOR_SALE", "isEbook": False},
        }

    # ------------------------------------------------------------ LoC SRU

    def _loc(self, path: str, query: Mapping[str, str]) -> _Reply:
        if path not in ("", "/"):
            return _Reply(404, "Not Found", "text/plain")
        cql = query.get("query", "")
        match = re.fullmatch(r'\s*bath\.isbn\s*=\s*"?([0-9Xx-]+)"?\s*', cql, re.IGNORECASE)
        if query.get("operation") != "searchRetrieve" or match is None:
            return _Reply(200, _sru_diagnostic(cql), "text/xml;charset=UTF-8")
        code = match.group(1).replace("-", "").upper()
        book = self._by_isbn.get(code)
        found = [book] if book is not None and self._visible("loc", book) else []
        limit = int(query.get("maximumRecords", 10))
        records = "".join(
            f"<zs:record><zs:recordSchema>marcxml</zs:recordSchema>"
            f"<zs:recordPacking>xml</zs:recordPacking><zs:recordData>{_marcxml(b)}"
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
        return _Reply(200, body, "text/xml;charset=UTF-8")


def _pick(book: Book, quirk: str, one_in: int) -> bool:
    """Deterministically choose about one book in `one_in` for a quirk."""
    return zlib.crc32(f"{quirk}:{book.id}".encode()) % one_in == 0


def _error_reply(api: str, status: int, *, retry_after: float | None = None,
                 message: str | None = None) -> _Reply:
    """An error in the API's own shape (Google's JSON error, HTML elsewhere)."""
    headers = {"Retry-After": str(math.ceil(retry_after))} if retry_after is not None else {}
    if api == "googlebooks":
        reason = {429: "rateLimitExceeded", 404: "notFound", 400: "invalid"}.get(
            status, "backendError")
        text = message or {429: "Quota exceeded.", 503: "Service unavailable."}.get(
            status, "Backend Error")
        body = {"error": {"code": status, "message": text,
                          "errors": [{"message": text, "domain": "global", "reason": reason}]}}
        return _Reply(status, body, headers=headers)
    title = {429: "Too Many Requests", 500: "Internal Server Error",
             503: "Service Unavailable"}.get(status, "Error")
    return _Reply(status, f"<html><head><title>{status} {title}</title></head><body>"
                  f"<h1>{title}</h1></body></html>", "text/html", headers)


def _sru_diagnostic(cql: str) -> str:
    return (
        '<?xml version="1.0"?>\n<zs:searchRetrieveResponse '
        'xmlns:zs="http://www.loc.gov/zing/srw/"><zs:version>1.1</zs:version>'
        "<zs:numberOfRecords>0</zs:numberOfRecords><zs:diagnostics>"
        '<diagnostic xmlns="http://www.loc.gov/zing/srw/diagnostic/">'
        "<uri>info:srw/diagnostic/1/10</uri><message>Query syntax error</message>"
        f"<details>{escape(cql)}</details></diagnostic></zs:diagnostics>"
        "</zs:searchRetrieveResponse>"
    )


def _marcxml(book: Book) -> str:
    """A MARC 21 bibliographic record in the shapes LoC catalogues."""

    def field(tag: str, ind: str, *subfields: tuple[str, str]) -> str:
        subs = "".join(f'<subfield code="{c}">{escape(v)}</subfield>' for c, v in subfields)
        return f'<datafield tag="{tag}" ind1="{ind[0]}" ind2="{ind[1]}">{subs}</datafield>'

    def inverted(name: str) -> str:
        person = values.person(name)
        family = " ".join(p for p in (person.non_dropping_particle, person.family) if p)
        return f"{family}, {person.given}" if person.given else family

    title, subtitle = _split(display_title(book.title))
    language = _marc_language(book.language) or "und"
    year = f"{book.year:04d}" if book.year else "uuuu"
    out = ['<record xmlns="http://www.loc.gov/MARC21/slim">',
           "<leader>00000cam a2200000 i 4500</leader>",
           f'<controlfield tag="001">{book.id}</controlfield>',
           # 008: date entered, 's' + year, place "xx ", …, language at 35-37.
           f'<controlfield tag="008">000000s{year}    xx {" " * 17}{language} d</controlfield>']
    for code in (book.isbn13, book.isbn10):
        if code:
            out.append(field("020", "  ", ("a", code)))
    if book.authors:
        out.append(field("100", "1 ", ("a", inverted(book.authors[0]) + ","), ("e", "author.")))
    nonfiling = str(next((len(a) + 1 for a in ("The", "A", "An")
                          if title.startswith(a + " ")), 0))
    parts = [("a", title + (" :" if subtitle else " /"))]
    if subtitle:
        parts.append(("b", subtitle + " /"))
    parts.append(("c", " ; ".join(book.authors) + "."))
    out.append(field("245", "1" + nonfiling, *parts))
    out.append(field("264", " 1", ("a", "[Place of publication not identified] :"),
                     ("b", (book.publisher or "[publisher not identified]") + ","),
                     ("c", f"[{year}]")))
    if book.pages:
        out.append(field("300", "  ", ("a", f"{book.pages} pages ;"), ("c", "21 cm")))
    for name in book.authors[1:]:
        out.append(field("700", "1 ", ("a", inverted(name) + ",")))
    out.append("</record>")
    return "".join(out)


class _Handler(BaseHTTPRequestHandler):
    fake: FakeApi
    protocol_version = "HTTP/1.1"

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
            reply = _Reply(status, refusal.body, "text/html") if refusal.body is not None \
                else _error_reply(api, status, retry_after=refusal.retry_after)
            if refusal.retry_after is not None:
                reply.headers["Retry-After"] = str(math.ceil(refusal.retry_after))
        elif refusal is not None:
            reply = refusal
        else:
            try:
                reply = self.fake.answer(api, rest, query)
            except (ValueError, KeyError) as exc:
                reply = _Reply(400, {"error": f"bad request: {exc}"})
        self._send(reply)

    def _send(self, reply: _Reply) -> None:
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
