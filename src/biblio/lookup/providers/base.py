"""What every provider returns: candidates, i.e. edition records with provenance.

Providers only fetch and translate API answers; choosing among candidates is
the matcher's job (`biblio.lookup.matching`), so the two can be tested apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ...model import Record


@dataclass
class Query:
    """What a provider is asked: a citation's searchable parts."""

    title: str | None = None  # main title, without subtitle
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)  # family names ("Deutscher", "de Gaulle")
    year: int | None = None
    isbn: str | None = None  # ISBN-13 when the citation carries one
    language: str | None = None
    # Free text (a show-note line's words) for providers that search any field
    # (`free_text = True`); title and authors are then left empty.
    text: str | None = None


@dataclass
class Candidate:
    """One edition (or work, when the API has no edition detail) a provider offers."""

    provider: str  # "openlibrary", "googlebooks", "loc", "wikidata"
    key: str  # the provider's id for this record ("/books/OL123M", volume id…)
    record: Record  # the edition's metadata: ISBN, publisher, place, issued, pages…
    work_key: str | None = None  # groups editions of one work (OL work key…)
    first_publish_year: int | None = None  # the work's first publication, if the API knows it
    url: str | None = None  # where a person can check the record
    isbns: list[str] = field(default_factory=list)  # every ISBN-13 this edition carries


class Provider(Protocol):
    """A book API seen through biblio: search by title/author, or by ISBN."""

    name: str

    def search(self, query: Query) -> list[Candidate]: ...

    def by_isbn(self, isbn: str) -> list[Candidate]: ...
