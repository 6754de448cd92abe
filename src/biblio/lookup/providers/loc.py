"""Library of Congress SRU: cataloguers' MARC records, looked up by ISBN.

This is the server Zotero asks first for an ISBN: its records come from
cataloguers, so place of publication, edition statement and page count are
filled where the crowd-sourced catalogues are often empty. LoC blocks a
client for minutes after a burst (about 10 requests in 10 s), so biblio asks
it by ISBN only, never as a search engine.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from ...model import Record
from ..http import BadResponseError, Http
from . import values
from .base import Candidate, Query

NAME = "loc"
SRU = "{http://www.loc.gov/zing/srw/}"
MARC = "{http://www.loc.gov/MARC21/slim}"

# ISBD punctuation cataloguers end subfields with (" /", " :", " ;", ",", " =");
# a final "." goes too unless it ends an abbreviation ("New ed.", "Inc.").
_TRAILING = re.compile(r"[\s/:;,=]+$")
# Placeholders for unknown place or publisher ("[S.l.]", "[publisher not identified]").
_UNKNOWN = re.compile(r"^\[?(s\.\s*l\.|s\.\s*n\.|.*not identified)\]?$", re.IGNORECASE)
_PAGES = re.compile(r"(\d+)\s*(?:p\b|pages|pp\b)", re.IGNORECASE)
_ROLES = {"editor": "editor", "edt": "editor", "translator": "translator", "trl": "translator"}


class LibraryOfCongress:
    """The LoC SRU provider: `by_isbn` only (see the module docstring)."""

    name = NAME

    def __init__(self, http: Http) -> None:
        self.http = http

    def search(self, query: Query) -> list[Candidate]:
        """Nothing: LoC is asked for ISBNs only, to keep within its burst limit."""
        return []

    def by_isbn(self, isbn: str) -> list[Candidate]:
        wanted = values.isbns([isbn])
        if not wanted:
            return []
        response = self.http.get(NAME, "", {
            "version": "1.1",
            "operation": "searchRetrieve",
            "query": f"bath.ISBN={wanted[0]}",
            "maximumRecords": "1",
            "recordSchema": "marcxml",
        })
        try:
            root = SafeET.fromstring(response.content)
        except (ParseError, DefusedXmlException) as exc:
            self.http.forget(response)
            raise BadResponseError(f"invalid XML in answer: {exc}", api=NAME,
                                   url=response.url) from None
        out = []
        for marc in root.iter(f"{MARC}record"):
            candidate = _candidate(marc, self.http.url(NAME, ""))
            if wanted[0] in candidate.isbns:
                candidate.record.isbn = wanted[0]
            out.append(candidate)
        return out


class _Marc:
    """Read access to one MARCXML record's fields."""

    def __init__(self, element: Element) -> None:
        self.element = element

    def control(self, tag: str) -> str | None:
        for field in self.element.iter(f"{MARC}controlfield"):
            if field.get("tag") == tag:
                return field.text or None
        return None

    def fields(self, *tags: str) -> Iterator[Element]:
        for field in self.element.iter(f"{MARC}datafield"):
            if field.get("tag") in tags:
                yield field

    @staticmethod
    def sub(field: Element, code: str) -> str | None:
        for sub in field.iter(f"{MARC}subfield"):
            if sub.get("code") == code and sub.text:
                return _clean(sub.text)
        return None

    def first(self, tag: str, code: str) -> str | None:
        return next((v for f in self.fields(tag) if (v := self.sub(f, code))), None)


def _clean(text: str) -> str | None:
    text = _TRAILING.sub("", " ".join(text.split()))
    last_word = text[:-1].rsplit(" ", 1)[-1]
    if text.endswith(".") and (len(last_word) > 3 or last_word.isdigit()):
        text = _TRAILING.sub("", text[:-1])  # "Verso." and "2003." but not "ed." or "Inc."
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    return text or None


def _candidate(element: Element, base_url: str) -> Candidate:
    marc = _Marc(element)
    record = Record(type="book")
    record.title = marc.first("245", "a")
    record.subtitle = marc.first("245", "b")
    record.edition = marc.first("250", "a")
    authors: dict[str, list[str]] = {"author": [], "editor": [], "translator": []}
    for field in marc.fields("100", "700"):
        name = marc.sub(field, "a")
        role = (marc.sub(field, "e") or marc.sub(field, "4") or "").lower()
        if name and (field.get("tag") == "100" or not role or role in _ROLES):
            authors[_ROLES.get(role, "author")].append(name)
    record.author = values.people(authors["author"])
    record.editor = values.people(authors["editor"])
    record.translator = values.people(authors["translator"])
    # RDA records put publication in 264 (second indicator 1), older ones in 260.
    imprint = next((f for f in marc.fields("264") if f.get("ind2") == "1"), None) or \
        next(marc.fields("260"), None)
    if imprint is not None:
        place, publisher = marc.sub(imprint, "a"), marc.sub(imprint, "b")
        record.publisher_place = None if place is None or _UNKNOWN.match(place) else place
        record.publisher = None if publisher is None or _UNKNOWN.match(publisher) else publisher
        record.issued = values.date(marc.sub(imprint, "c"))
    extent = marc.first("300", "a")
    pages = _PAGES.search(extent or "")
    record.number_of_pages = pages.group(1) if pages else None
    fixed = marc.control("008") or ""
    record.language = values.language(fixed[35:38]) if len(fixed) >= 38 else None
    isbns = values.isbns(
        (marc.sub(f, "a") or "").split(" ")[0] for f in marc.fields("020"))
    record.isbn = isbns[0] if isbns else None
    lccn = marc.first("010", "a")
    key = (lccn or marc.control("001") or "").strip()
    record.url = f"https://lccn.loc.gov/{lccn.strip()}" if lccn else None
    return Candidate(provider=NAME, key=key or base_url, record=record, url=record.url,
                     isbns=isbns)

