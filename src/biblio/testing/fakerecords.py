"""What the fake APIs answer, book by book, in each API's real shape.

Open Library edition records and `jscmd=data` entries, Google Books volumes
(with Google's data defects when `quirky`), MARCXML records and SRU
envelopes, and each API's error bodies. `biblio.testing.fakeapi` decides
*which* books answer a request; this module decides *how* they look.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import zlib
from collections.abc import Mapping
from typing import Any
from xml.sax.saxutils import escape

import pycountry

from ..lookup.providers import values
from ..parse.names import person_name
from .fakecatalog import Book, display_title, words

PREFIXES: dict[str, str] = {
    "openlibrary": "/openlibrary",
    "googlebooks": "/books/v1",
    "loc": "/LCDB",
}


def split_title(title: str) -> tuple[str, str | None]:
    head, sep, tail = title.partition(": ")
    return (head, tail) if sep and tail else (title, None)


def marc_language(code: str | None) -> str | None:
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


def volume_id(book: Book) -> str:
    return base64.urlsafe_b64encode(hashlib.sha1(book.id.encode()).digest()[:9]).decode()


def author_key(name: str) -> str:
    return f"/authors/OL{zlib.crc32(' '.join(words(name)).encode())}A"


def edition_key(book: Book) -> str:
    return f"/books/OL{book.id}M"


def long_date(iso: str | None) -> str | None:
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


class Reply:
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


def ol_edition(book: Book, work_key: str) -> dict[str, Any]:
    """An Open Library edition record (`/books/{id}.json`, `editions.json` entries)."""
    title, subtitle = split_title(display_title(book.title))
    entry: dict[str, Any] = {
        "type": {"key": "/type/edition"},
        "key": edition_key(book),
        "title": title,
        "authors": [{"key": author_key(a)} for a in book.authors],
        "works": [{"key": work_key}],
        "publish_date": long_date(book.date),
        "publishers": [book.publisher] if book.publisher else [],
        "isbn_10": [book.isbn10] if book.isbn10 else [],
        "isbn_13": [book.isbn13] if book.isbn13 else [],
        "number_of_pages": book.pages or None,
        "languages": [{"key": f"/languages/{m}"}] if (m := marc_language(book.language))
        else [],
        "latest_revision": 1,
        "revision": 1,
    }
    if subtitle:
        entry["subtitle"] = subtitle
    return {k: v for k, v in entry.items() if v not in (None, [])}


def ol_data(book: Book) -> dict[str, Any]:
    """One book in `/api/books?jscmd=data` (author names resolved, no language)."""
    title, subtitle = split_title(display_title(book.title))
    key = edition_key(book)
    entry: dict[str, Any] = {
        "url": f"{PREFIXES['openlibrary']}{key}",
        "key": key,
        "title": title,
        "authors": [{"url": author_key(a), "name": a} for a in book.authors],
        "identifiers": {
            "isbn_10": [book.isbn10] if book.isbn10 else [],
            "isbn_13": [book.isbn13] if book.isbn13 else [],
            "openlibrary": [key.split("/")[-1]],
        },
        "publishers": [{"name": book.publisher}] if book.publisher else [],
        "publish_date": long_date(book.date),
        "number_of_pages": book.pages or None,
    }
    if subtitle:
        entry["subtitle"] = subtitle
    return {k: v for k, v in entry.items() if v not in (None, [])}


def gb_volume(book: Book, *, full: bool, quirky: bool) -> dict[str, Any]:
    """A Google Books volume: a result-list entry, or (`full`) the `volumes/{id}` record."""
    identifier = volume_id(book)
    title, subtitle = split_title(display_title(book.title))
    identifiers = [{"type": "ISBN_10", "identifier": book.isbn10}] if book.isbn10 else []
    if book.isbn13:
        identifiers.append({"type": "ISBN_13", "identifier": book.isbn13})
    if quirky and pick(book, "other-id", 15):
        identifiers = [{"type": "OTHER", "identifier": f"UOM:39015{book.id.zfill(9)}"}]
    language = values.language(book.language) or "un"
    if quirky and pick(book, "language-un", 12):
        language = "un"
    date = book.date[:4] if book.date and quirky and pick(book, "year-only", 4) \
        else book.date
    info: dict[str, Any] = {
        "title": title,
        "subtitle": subtitle,
        "authors": list(book.authors),
        "publisher": book.publisher,
        "publishedDate": date,
        "industryIdentifiers": identifiers,
        "readingModes": {"text": False, "image": False},
        "pageCount": 0 if quirky and pick(book, "pages-0", 10) else book.pages,
        "printType": "BOOK",
        "maturityRating": "NOT_MATURE",
        "allowAnonLogging": False,
        "contentVersion": "0.1.0.0.preview.0",
        "language": language,
        "previewLink": f"http://books.google.com/books?id={identifier}",
        "infoLink": f"http://books.google.com/books?id={identifier}",
        "canonicalVolumeLink": f"https://books.google.com/books/about/?id={identifier}",
    }
    if full:
        info["printedPageCount"] = book.pages
        info["dimensions"] = {"height": "20.00 cm"}
    return {
        "kind": "books#volume",
        "id": identifier,
        "etag": hashlib.md5(identifier.encode()).hexdigest()[:11],
        "selfLink": f"{PREFIXES['googlebooks']}/volumes/{identifier}",
        "volumeInfo": {k: v for k, v in info.items() if v is not None},
        "saleInfo": {"country": "NL", "saleability": "NOT_FOR_SALE", "isEbook": False},
    }


def pick(book: Book, quirk: str, one_in: int) -> bool:
    """Deterministically choose about one book in `one_in` for a quirk."""
    return zlib.crc32(f"{quirk}:{book.id}".encode()) % one_in == 0


def error_reply(api: str, status: int, *, retry_after: float | None = None,
                 message: str | None = None) -> Reply:
    """An error in the API's own shape (Google's JSON error, HTML elsewhere)."""
    headers = {"Retry-After": str(math.ceil(retry_after))} if retry_after is not None else {}
    if api == "googlebooks":
        reason = {429: "rateLimitExceeded", 404: "notFound", 400: "invalid"}.get(
            status, "backendError")
        text = message or {429: "Quota exceeded.", 503: "Service unavailable."}.get(
            status, "Backend Error")
        body = {"error": {"code": status, "message": text,
                          "errors": [{"message": text, "domain": "global", "reason": reason}]}}
        return Reply(status, body, headers=headers)
    title = {429: "Too Many Requests", 500: "Internal Server Error",
             503: "Service Unavailable"}.get(status, "Error")
    return Reply(status, f"<html><head><title>{status} {title}</title></head><body>"
                  f"<h1>{title}</h1></body></html>", "text/html", headers)


def sru_diagnostic(cql: str) -> str:
    return (
        '<?xml version="1.0"?>\n<zs:searchRetrieveResponse '
        'xmlns:zs="http://www.loc.gov/zing/srw/"><zs:version>1.1</zs:version>'
        "<zs:numberOfRecords>0</zs:numberOfRecords><zs:diagnostics>"
        '<diagnostic xmlns="http://www.loc.gov/zing/srw/diagnostic/">'
        "<uri>info:srw/diagnostic/1/10</uri><message>Query syntax error</message>"
        f"<details>{escape(cql)}</details></diagnostic></zs:diagnostics>"
        "</zs:searchRetrieveResponse>"
    )


def marcxml(book: Book) -> str:
    """A MARC 21 bibliographic record in the shapes LoC catalogues."""

    def field(tag: str, ind: str, *subfields: tuple[str, str]) -> str:
        subs = "".join(f'<subfield code="{c}">{escape(v)}</subfield>' for c, v in subfields)
        return f'<datafield tag="{tag}" ind1="{ind[0]}" ind2="{ind[1]}">{subs}</datafield>'

    def inverted(name: str) -> str:
        person = person_name(name)
        family = " ".join(p for p in (person.non_dropping_particle, person.family) if p)
        return f"{family}, {person.given}" if person.given else family

    title, subtitle = split_title(display_title(book.title))
    language = marc_language(book.language) or "und"
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
