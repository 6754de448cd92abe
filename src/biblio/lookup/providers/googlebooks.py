"""Google Books (v1 volumes): lenient search, edition records, good coverage of recent books.

Google ranks by any word and answers almost every query, so its candidates
need the matcher's scrutiny; known defects are handled here: an ISBN query
can answer with another ISBN's record (dropped) and finds a volume only by
the ISBN form it lists, items may carry only
``OTHER`` identifiers, ``pageCount`` 0 and ``language`` "un" (both mean
unknown), and ``publishedDate`` is "2008", "2008-07" or "2008-07-28".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ... import isbn as isbn_codes
from ...model import Record
from ..http import Http, NotFoundError
from . import values
from .base import Candidate, Query

NAME = "googlebooks"


class GoogleBooks:
    """The Google Books provider (`Provider` protocol, plus `volume`)."""

    name = NAME
    free_text = True  # `Query.text` is sent as plain words in `q=`

    def __init__(self, http: Http, *, max_results: int = 10) -> None:
        self.http = http
        self.max_results = max(1, min(40, max_results))  # the API's maximum is 40

    def search(self, query: Query) -> list[Candidate]:
        """Volumes by title words and first author (``intitle:`` / ``inauthor:``), or by
        a line's words (`Query.text`, plain words ranked by Google)."""
        if query.text:
            return self._volumes(query.text)
        if not query.title:
            return []
        terms = [f"intitle:{word}" for word in query.title.split()]
        if query.authors:
            terms += [f"inauthor:{word}" for word in query.authors[0].split()]
        return self._volumes(" ".join(terms))

    def by_isbn(self, isbn: str) -> list[Candidate]:
        """The volumes that really carry this ISBN, each read in full (``volumes/{id}``).

        A volume listing only its ISBN-10 is found by that form alone, so the
        ISBN-10 is asked for when the ISBN-13 gets an empty answer.
        """
        wanted = values.isbns([isbn])
        if not wanted:
            return []
        answer = self._volumes(f"isbn:{wanted[0]}")
        ten = isbn_codes.to_isbn10(wanted[0])
        if not answer and ten:
            answer = self._volumes(f"isbn:{ten}")
        found = [c for c in answer if wanted[0] in c.isbns]
        out = []
        for candidate in found:
            try:
                full = self.volume(candidate.key)
            except NotFoundError:
                full = candidate
            if wanted[0] in full.isbns:
                full.record.isbn = wanted[0]
                out.append(full)
        return out

    def volume(self, volume_id: str) -> Candidate:
        """One volume's full record, richer than its entry in a result list."""
        data = self.http.get_json(NAME, f"/volumes/{volume_id}", self._params({}))
        return _candidate(data if isinstance(data, dict) else {"id": volume_id})

    def _volumes(self, q: str) -> list[Candidate]:
        data = self.http.get_json(NAME, "/volumes", self._params({
            "q": q, "maxResults": self.max_results, "printType": "books",
        }))
        items = data.get("items") if isinstance(data, dict) else None
        return [_candidate(item) for item in items or []
                if isinstance(item, dict) and item.get("id") and
                isinstance(item.get("volumeInfo"), dict) and item["volumeInfo"].get("title")]

    def _params(self, params: dict[str, Any]) -> dict[str, Any]:
        key = self.http.config.api(NAME).key
        return {**params, "key": key} if key else params


def _candidate(item: Mapping[str, Any]) -> Candidate:
    info = item.get("volumeInfo")
    info = info if isinstance(info, dict) else {}
    record = Record(type="book")
    record.title = values.text(info.get("title"))
    record.subtitle = values.text(info.get("subtitle"))
    record.author = values.people(a for a in info.get("authors") or [] if isinstance(a, str))
    record.publisher = values.text(info.get("publisher"))
    record.issued = values.date(values.text(info.get("publishedDate")))
    record.number_of_pages = values.pages(info.get("pageCount")) or \
        values.pages(info.get("printedPageCount"))
    record.language = values.language(values.text(info.get("language")))
    identifiers = [i for i in info.get("industryIdentifiers") or [] if isinstance(i, dict)]
    isbns = values.isbns(
        str(i.get("identifier", "")) for kind in ("ISBN_13", "ISBN_10")
        for i in identifiers if i.get("type") == kind)
    record.isbn = isbns[0] if isbns else None
    record.url = values.text(info.get("canonicalVolumeLink")) or values.text(info.get("infoLink"))
    return Candidate(provider=NAME, key=str(item.get("id")), record=record, url=record.url,
                     isbns=isbns)

