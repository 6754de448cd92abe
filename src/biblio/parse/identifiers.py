"""ISBNs, DOIs and URLs inside a citation line.

They are found first and blanked out (replaced by spaces, so positions do not
move) because their digits, dots and slashes would otherwise confuse the
search for years, pages and sentence ends.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..isbn import to_isbn13

_ISBN_RE = re.compile(
    r"(?P<label>\bISBN(?:[- ]?1[03])?:?\s*)?"  # (also "ISBN10:", as Goodreads writes it)
    r"(?<![\w./-])(?P<isbn>(?:97[89][-‐ ]?)?\d{1,5}[-‐ ]?\d{1,7}[-‐ ]?\d{1,7}[-‐ ]?[\dXx])"
    r"(?![\w/-])"
)
_DOI_RE = re.compile(
    r"(?P<label>\b(?:https?://(?:dx\.)?doi\.org/|doi:\s*|DOI:?\s*))?(?P<doi>\b10\.\d{4,9}/[^\s\"<>]+)",
    re.IGNORECASE,
)
_URL_RE = re.compile(
    r"(?P<label>\b(?:Retrieved from|Available (?:at|from):?|URL:?)\s*)?"
    r"(?P<url><?(?:https?://|www\.)[^\s<>\"]+>?)",
    re.IGNORECASE,
)
_ACCESSED_RE = re.compile(
    r"[.,]?\s*\(?\b(?:accessed|retrieved|viewed)(?: on)?\s+[^.()]{3,40}\)?", re.IGNORECASE
)
# "978-0567697561": the EAN prefix, one hyphen, then the ten digits — never a date.
_PREFIXED_ISBN_RE = re.compile(r"97[89]-\d{9}[\dXx]")
_BARE_ISBN10_RE = re.compile(r"(?<![\w./#=?&-])\d{9}[\dX](?![\w/-])")
_ISBN_HINT_RE = re.compile(r"\d[\d \-‐]{8,}[\dXx]")  # digits, spaces and hyphens only
_TRAILING_PUNCT = ".,;:)]}>'\"’”"


@dataclass(frozen=True)
class Found:
    field: str  # "ISBN", "DOI" or "URL"
    value: str
    start: int  # of the value itself, for the reported span
    end: int
    mask_start: int  # including a label such as "ISBN:" or "Retrieved from"


@lru_cache(maxsize=256)  # the extractor asks of a line before the parser does
def find_identifiers(text: str) -> tuple[Found, ...]:
    """Every ISBN (as ISBN-13), DOI and URL in `text`, in line order."""
    found: list[Found] = []
    if "10." in text and "/" in text:  # what every DOI holds ("2010." alone holds no "/")
        for m in _DOI_RE.finditer(text):
            doi = m.group("doi").rstrip(_TRAILING_PUNCT)
            start = m.start("doi")
            found.append(Found("DOI", doi, start, start + len(doi), m.start()))
    if "://" in text or "www." in text:
        for m in _URL_RE.finditer(text):
            if any(f.mask_start <= m.start("url") < f.end for f in found):
                continue  # a DOI link already taken
            url = m.group("url").strip("<>").rstrip(_TRAILING_PUNCT)
            start = m.start("url") + (1 if m.group("url").startswith("<") else 0)
            found.append(Found("URL", url, start, start + len(url), m.start()))
    if _ISBN_HINT_RE.search(text):
        for m in _ISBN_RE.finditer(text):
            if any(f.mask_start <= m.start("isbn") < f.end for f in found):
                continue
            raw = m.group("isbn")
            if m.group("label") is None and (
                ("-" not in raw and not raw.startswith("97")) or 0 < raw.count("-") < 3
            ) and _PREFIXED_ISBN_RE.fullmatch(raw) is None:
                continue  # a bare ten-digit number or a date-like "2025-01-2020" is not one
            isbn = to_isbn13(raw)
            if isbn is not None:
                found.append(Found("ISBN", isbn, m.start("isbn"), m.end("isbn"), m.start()))
    if len(found) > 1:  # (most lines hold none)
        found.sort(key=lambda f: f.start)
    return tuple(found)


def bare_isbn10(text: str) -> Found | None:
    """A lone ten-digit ISBN-10 ("0316769487") with a valid check digit, if one is there.

    A bare ten-digit number may be anything, so it is never taken for an ISBN on its
    own (see `find_identifiers`); a line already read as a citation may still carry it.
    """
    if _ISBN_HINT_RE.search(text) is None:
        return None  # the common case: no run of ten digits
    for m in _BARE_ISBN10_RE.finditer(text):
        isbn = to_isbn13(m.group())
        if isbn is not None:
            return Found("ISBN", isbn, m.start(), m.end(), m.start())
    return None


# Where a paper is kept: a PDF, a preprint server, a digital library, a DOI.
PAPER_URL_RE = re.compile(
    r"arxiv\.org/|dl\.acm\.org/|ieeexplore\.ieee\.org/|doi\.org/10\.|hal\.science/|"
    r"openreview\.net/|semanticscholar\.org/|link\.springer\.com/|sciencedirect\.com/|"
    r"aclanthology\.org/|papers\.nips\.cc/|proceedings\.neurips\.cc/|jmlr\.org/papers|"
    r"usenix\.org/(?:conference|system)/|\.pdf(?:$|[?#)])", re.IGNORECASE)
# An arXiv preprint by its address or its label: "https://arxiv.org/abs/1301.3781",
# "arXiv:1706.03762v7", "arXiv preprint arXiv:hep-th/9702027".
_ARXIV_RE = re.compile(
    r"(?:\barxiv\.org/(?:abs|pdf)/|\barXiv:\s?)"
    r"(?P<id>\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?(?![\d.]\d)",
    re.IGNORECASE)


def arxiv_id(text: str) -> str | None:
    """The arXiv identifier a line cites, without its version ("1301.3781")."""
    if "rxiv" not in text and "rXiv" not in text and "RXIV" not in text:
        return None
    m = _ARXIV_RE.search(text)
    return m["id"] if m else None


def names_a_work(text: str) -> bool:
    """The text gives an ISBN or a DOI, which alone is enough to find the work."""
    return any(f.field != "URL" for f in find_identifiers(text))


def accessed_notes(text: str) -> list[tuple[int, int]]:
    """"Accessed 12 May 2024": a date of reading, not of publication."""
    lowered = text.lower()
    if "accessed" not in lowered and "retrieved" not in lowered and "viewed" not in lowered:
        return []
    return [m.span() for m in _ACCESSED_RE.finditer(text)]

