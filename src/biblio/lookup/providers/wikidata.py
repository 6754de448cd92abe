"""Wikidata: the *work* behind an edition, for original publication dates.

Book catalogues describe editions, and Open Library's `first_publish_year`
is the minimum over all editions, junk included. Wikidata models the work
(P577 publication date, P571 inception, P50 author) apart from its editions
(P629 "edition of", P212/P957 ISBN), so it answers "when was this first
published?" with a curated date. Only the Action API is used (no SPARQL
endpoint), so one base URL serves it all.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ... import isbn as isbn_tools
from ...model import Date, Record
from ..http import Http
from . import values
from .base import Candidate, Query

NAME = "wikidata"
API = "/w/api.php"
# Time precision in Wikidata: 9 year, 10 month, 11 day.
_PRECISION_PARTS = {9: 1, 10: 2, 11: 3}


class Wikidata:
    """The Wikidata provider: works with their original date, editions by ISBN."""

    name = NAME

    def __init__(self, http: Http, *, limit: int = 5, language: str = "en") -> None:
        self.http = http
        self.limit = limit
        self.language = language

    def search(self, query: Query) -> list[Candidate]:
        """Works whose label matches the title and that name an author (P50)."""
        if not query.title:
            return []
        found = self._api({"action": "wbsearchentities", "search": query.title,
                           "language": self.language, "type": "item",
                           "limit": str(self.limit)})
        ids = [str(hit["id"]) for hit in found.get("search") or []
               if isinstance(hit, dict) and hit.get("id")]
        entities = self._entities(ids)
        works = [entities[i] for i in ids if i in entities and _claims(entities[i], "P50")]
        labels = self._labels(q for work in works for q in _items(work, "P50"))
        return [self._work(work, labels) for work in works]

    def by_isbn(self, isbn: str) -> list[Candidate]:
        """Editions carrying the ISBN (P212, or P957 for ISBN-10), with their work's date."""
        isbn13 = isbn_tools.to_isbn13(isbn)
        if isbn13 is None:
            return []
        statements = [f"P212={isbn_tools.hyphenate(isbn13)}"]
        isbn10 = isbn_tools.to_isbn10(isbn13)
        if isbn10:
            statements.append(f"P957={isbn_tools.hyphenate(isbn10)}")
        found = self._api({"action": "query", "list": "search", "srlimit": str(self.limit),
                           "srsearch": "haswbstatement:" + "|".join(statements)})
        hits = (found.get("query") or {}).get("search") or []
        ids = [str(h["title"]) for h in hits if isinstance(h, dict) and h.get("title")]
        editions = self._entities(ids)
        work_ids = [w for e in editions.values() for w in _items(e, "P629")[:1]]
        works = self._entities(work_ids)
        people = [q for e in [*editions.values(), *works.values()] for q in _items(e, "P50")]
        publishers = [q for e in editions.values() for q in _items(e, "P123")[:1]]
        labels = self._labels([*people, *publishers])
        out = []
        for qid in ids:
            if qid in editions:
                candidate = self._edition(editions[qid], works, labels)
                if isbn13 in candidate.isbns:
                    candidate.record.isbn = isbn13
                out.append(candidate)
        return out

    # ------------------------------------------------------------ requests

    def _api(self, params: Mapping[str, str]) -> dict[str, Any]:
        data = self.http.get_json(NAME, API, {**params, "format": "json"})
        return data if isinstance(data, dict) else {}

    def _entities(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        wanted = list(dict.fromkeys(ids))
        out: dict[str, dict[str, Any]] = {}
        for start in range(0, len(wanted), 50):  # the API's limit per request
            data = self._api({"action": "wbgetentities", "ids": "|".join(wanted[start:start + 50]),
                              "props": "labels|claims", "languages": self.language})
            for qid, entity in (data.get("entities") or {}).items():
                if isinstance(entity, dict) and "missing" not in entity:
                    out[qid] = entity
        return out

    def _labels(self, ids: Iterable[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(ids))
        out: dict[str, str] = {}
        for start in range(0, len(wanted), 50):
            data = self._api({"action": "wbgetentities", "ids": "|".join(wanted[start:start + 50]),
                              "props": "labels", "languages": self.language})
            for qid, entity in (data.get("entities") or {}).items():
                label = _label(entity, self.language)
                if label:
                    out[qid] = label
        return out

    # ------------------------------------------------------------ translation

    def _work(self, work: Mapping[str, Any], labels: Mapping[str, str]) -> Candidate:
        qid = str(work["id"])
        record = Record(type="book")
        record.set_full_title(_label(work, self.language))
        record.author = values.people(labels[q] for q in _items(work, "P50") if q in labels)
        record.original_date = _earliest(work)
        record.url = self.http.url(NAME, f"/wiki/{qid}")
        return Candidate(provider=NAME, key=qid, record=record, work_key=qid,
                         first_publish_year=record.original_date.year
                         if record.original_date else None, url=record.url)

    def _edition(self, edition: Mapping[str, Any], works: Mapping[str, Mapping[str, Any]],
                 labels: Mapping[str, str]) -> Candidate:
        qid = str(edition["id"])
        work_id = next(iter(_items(edition, "P629")), None)
        work = works.get(work_id) if work_id else None
        record = Record(type="book")
        record.set_full_title(_string(edition, "P1476") or _label(edition, self.language))
        people = _items(edition, "P50") or (_items(work, "P50") if work else [])
        record.author = values.people(labels[q] for q in people if q in labels)
        record.publisher = next((labels[q] for q in _items(edition, "P123") if q in labels), None)
        record.issued = _earliest(edition, ("P577",))
        record.number_of_pages = values.pages(_quantity(edition, "P1104"))
        record.original_date = _earliest(work) if work else None
        record.url = self.http.url(NAME, f"/wiki/{qid}")
        isbns = values.isbns([*_strings(edition, "P212"), *_strings(edition, "P957")])
        record.isbn = isbns[0] if isbns else None
        return Candidate(provider=NAME, key=qid, record=record, work_key=work_id,
                         first_publish_year=record.original_date.year
                         if record.original_date else None, url=record.url, isbns=isbns)


def _claims(entity: Mapping[str, Any], prop: str) -> list[dict[str, Any]]:
    """The property's statements with a value, deprecated ones left out."""
    claims = (entity.get("claims") or {}).get(prop) or []
    return [c for c in claims if isinstance(c, dict) and c.get("rank") != "deprecated"
            and (c.get("mainsnak") or {}).get("snaktype") == "value"]


def _values(entity: Mapping[str, Any], prop: str) -> list[Any]:
    return [c["mainsnak"].get("datavalue", {}).get("value") for c in _claims(entity, prop)]


def _items(entity: Mapping[str, Any], prop: str) -> list[str]:
    return [str(v["id"]) for v in _values(entity, prop) if isinstance(v, dict) and v.get("id")]


def _strings(entity: Mapping[str, Any], prop: str) -> list[str]:
    return [v for v in _values(entity, prop) if isinstance(v, str)]


def _string(entity: Mapping[str, Any], prop: str) -> str | None:
    """A monolingual text (P1476 title) or plain string value."""
    for value in _values(entity, prop):
        if isinstance(value, dict) and isinstance(value.get("text"), str):
            return str(value["text"])
        if isinstance(value, str):
            return value
    return None


def _quantity(entity: Mapping[str, Any], prop: str) -> str | None:
    for value in _values(entity, prop):
        if isinstance(value, dict) and value.get("amount"):
            return str(value["amount"]).lstrip("+")
    return None


def _earliest(entity: Mapping[str, Any], props: tuple[str, ...] = ("P577", "P571")) -> Date | None:
    """The earliest date among the properties, at the precision Wikidata states."""
    dates = []
    for prop in props:
        for value in _values(entity, prop):
            date = _time(value)
            if date is not None:
                dates.append(date)
    return min(dates, key=lambda d: d.parts[0]) if dates else None


def _time(value: Any) -> Date | None:
    """A Wikidata time value ("+1949-06-08T00:00:00Z", precision 11) as a CSL date."""
    if not isinstance(value, dict) or not isinstance(value.get("time"), str):
        return None
    precision = value.get("precision")
    if not isinstance(precision, int) or precision < 9:
        return None  # decades and centuries are no edition year
    text = value["time"]
    sign = -1 if text.startswith("-") else 1
    year, month, day = (int(p) for p in text.lstrip("+-").split("T")[0].split("-"))
    parts = [sign * year, month, day][:_PRECISION_PARTS.get(precision, 3)]
    return Date(parts=[[p for p in parts if p != 0] or [sign * year]])


def _label(entity: Mapping[str, Any], language: str) -> str | None:
    labels = entity.get("labels") or {}
    label = labels.get(language) or next(iter(labels.values()), None)
    return str(label["value"]) if isinstance(label, dict) and label.get("value") else None
