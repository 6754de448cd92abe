"""The book APIs biblio asks, each behind the `Provider` protocol.

All providers share one `biblio.lookup.http.Http`, so the cache, the retries and
each API's rate limit apply across them. `make_providers` builds them in the
order the enricher should ask them (see docs/lookups.md, "Providers").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ...problems import BiblioError
from ..http import Http
from .base import Candidate, Provider, Query
from .googlebooks import GoogleBooks
from .loc import LibraryOfCongress
from .openlibrary import OpenLibrary
from .wikidata import Wikidata

PROVIDERS: dict[str, Callable[[Http], Provider]] = {
    "openlibrary": OpenLibrary,
    "googlebooks": GoogleBooks,
    "loc": LibraryOfCongress,
    "wikidata": Wikidata,
}
# Open Library first (editions grouped into works, generous limits), Google
# Books for what it lacks; LoC (ISBNs only, strict limits) and Wikidata
# (original dates) are asked on request.
DEFAULT_ORDER: tuple[str, ...] = ("openlibrary", "googlebooks")


def make_providers(http: Http, names: Sequence[str] = DEFAULT_ORDER) -> list[Provider]:
    """Providers by name, in the given order, all sharing `http`."""
    unknown = [n for n in names if n not in PROVIDERS]
    if unknown:
        raise BiblioError(f"unknown provider {unknown[0]!r}; known: {', '.join(PROVIDERS)}")
    return [PROVIDERS[name](http) for name in names]


__all__ = [
    "DEFAULT_ORDER",
    "PROVIDERS",
    "Candidate",
    "GoogleBooks",
    "LibraryOfCongress",
    "OpenLibrary",
    "Provider",
    "Query",
    "Wikidata",
    "make_providers",
]
