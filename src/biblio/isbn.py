"""ISBN hygiene: checksums, ISBN-10/13 conversion, hyphenation, finding ISBNs in text.

Built on isbnlib's pure functions only (its metadata layer needs the network
and ``pkg_resources``).  The rule everything here serves: biblio never writes
an invalid ISBN, so every function returns ``None`` rather than guess.
"""

from __future__ import annotations

import functools
import re

import isbnlib

# 979-0 is the ISMN (printed music) range: it passes the EAN check but is not an ISBN.
_ISMN_PREFIX = "9790"
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def to_isbn13(text: str | None) -> str | None:
    """The canonical ISBN-13 of an ISBN-10 or ISBN-13 in any spelling, or None if invalid.

    Accepts hyphens, spaces, typographic dashes, a lower-case ``x`` and an
    ``ISBN`` prefix; rejects a bad checksum, a truncated number, UPC codes and ISMNs.
    """
    if not text:
        return None
    digits = isbnlib.canonical(_DASHES.sub("-", text))
    if isbnlib.is_isbn13(digits):
        isbn13 = str(digits)
    elif isbnlib.is_isbn10(digits):
        isbn13 = str(isbnlib.to_isbn13(digits))
    else:
        return None
    if not isbn13.startswith(("978", "979")) or isbn13.startswith(_ISMN_PREFIX):
        return None
    return isbn13


def to_isbn10(text: str | None) -> str | None:
    """The ISBN-10 of a valid ISBN, if one exists (978 ISBNs only), else None."""
    isbn13 = to_isbn13(text)
    if isbn13 is None or not isbn13.startswith("978"):
        return None
    return str(isbnlib.to_isbn10(isbn13)) or None


def is_valid(text: str | None) -> bool:
    return to_isbn13(text) is not None


# isbnlib's mask walks its range table, and a writer asks for the same ISBNs often.
@functools.lru_cache(maxsize=1 << 16)
def hyphenate(text: str | None) -> str | None:
    """The ISBN with the registration-group hyphens ("978-0-14-018585-0"), keeping its length.

    Falls back to the bare digits when the ranges table does not know the group.
    """
    isbn13 = to_isbn13(text)
    if isbn13 is None:
        return None
    digits = isbnlib.canonical(text or "")
    plain = isbn13 if len(digits) == 13 else (to_isbn10(isbn13) or isbn13)
    return str(isbnlib.mask(plain)) or plain


def display(isbn13: str) -> str:
    """What biblio writes into a record's ISBN field: hyphenated ISBN-13, then ISBN-10.

    Zotero and citeproc read several ISBNs separated by a space, and keeping the
    ISBN-10 lets users find older editions catalogued under it.
    """
    isbn10 = to_isbn10(isbn13)
    parts = [hyphenate(isbn13)] + ([hyphenate(isbn10)] if isbn10 else [])
    return " ".join(p for p in parts if p)


def find_isbns(text: str | None) -> list[str]:
    """Every valid ISBN in free text, as ISBN-13, in order and without repeats.

    Numbers that look like ISBNs but fail the checksum are left out; callers
    that must report them use `find_invalid`.
    """
    found: list[str] = []
    for candidate in _candidates(text):
        isbn13 = to_isbn13(candidate)
        if isbn13 and isbn13 not in found:
            found.append(isbn13)
    return found


def find_invalid(text: str | None) -> list[str]:
    """ISBN-like numbers in `text` that are not valid ISBNs (bad checksum, wrong length)."""
    return [c.strip() for c in _candidates(text) if to_isbn13(c) is None]


def first(text: str | None) -> str | None:
    """The first valid ISBN-13 in `text` (a record's ISBN field may list several)."""
    found = find_isbns(text)
    return found[0] if found else None


# Where a shop's or a catalogue's page for one book carries its ISBN: Amazon's ASIN (the
# ISBN-10 for a printed book; an e-book's "B0…" is none), Bookshop.org's and Barnes &
# Noble's ISBN-13, the /isbn/ pages of Open Library, WorldCat, isbnsearch and Goodreads, and
# isbn.nu's (an old price-comparison site that reading lists of the 1990s and 2000s link).
_LINK_ISBN_RE = re.compile(
    r"(?:amazon\.[a-z.]+/(?:[^/?#\s]+/)?(?:dp|gp/product|exec/obidos/ASIN)/(?P<asin>\d{9}[\dX])"
    r"|bookshop\.org/(?:a/\d+|books?(?:/[^/?#\s]+)?)/(?P<bookshop>97[89]\d{10})"
    r"|(?:bookshop\.org|barnesandnoble\.com)/[^?#\s]*[?&]ean=(?P<ean>97[89]\d{10})"
    r"|(?:openlibrary\.org|worldcat\.org|isbnsearch\.org|goodreads\.com/book)/isbn/"
    r"(?P<ol>\d{9}[\dX]|97[89]\d{10})"
    r"|isbn\.nu/(?P<nu>\d{9}[\dX]|97[89]\d{10}))(?![\dX])", re.IGNORECASE)


def isbn_in_link(url: str | None) -> str | None:
    """The ISBN-13 a book's shop or catalogue page carries in its address, when it is a
    valid one."""
    m = _LINK_ISBN_RE.search(url or "")
    if m is None:
        return None
    return to_isbn13(next(g for g in m.groups() if g))


def _candidates(text: str | None) -> list[str]:
    if not text:
        return []
    cleaned = _DASHES.sub("-", text)
    return [str(c) for c in isbnlib.get_isbnlike(cleaned, level="normal")]
