"""The book APIs biblio asks, each behind the `Provider` protocol.

All providers share one `biblio.lookup.http.Http`, so the cache, the retries and
each API's rate limit apply across them. `make_providers` builds them in the
order the enricher should ask them (see docs/lookups.md, "Providers").

The provider classes (and with them the HTTP stack) are imported when first
built, so reading a `Candidate` back from the answer store loads no network code.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...problems import BiblioError
from .base import Candidate, Provider, Query

if TYPE_CHECKING:
    from ..http import Http
    from .googlebooks import GoogleBooks
    from .loc import LibraryOfCongress
    from .openlibrary import OpenLibrary
    from .wikidata import Wikidata

# Name → (module, class).
PROVIDERS: dict[str, tuple[str, str]] = {
    "openlibrary": ("openlibrary", "OpenLibrary"),
    "googlebooks": ("googlebooks", "GoogleBooks"),
    "loc": ("loc", "LibraryOfCongress"),
    "wikidata": ("wikidata", "Wikidata"),
}
# Open Library first (editions grouped into works, generous limits), Google
# Books for what it lacks; LoC (ISBNs only, strict limits) and Wikidata
# (original dates) are asked on request.
DEFAULT_ORDER: tuple[str, ...] = ("openlibrary", "googlebooks")


def provider_class(name: str) -> type[Provider]:
    if name not in PROVIDERS:
        raise BiblioError(f"unknown provider {name!r}; known: {', '.join(PROVIDERS)}")
    module, cls = PROVIDERS[name]
    found: type[Provider] = getattr(importlib.import_module(f"{__name__}.{module}"), cls)
    return found


def make_providers(http: Http, names: Sequence[str] = DEFAULT_ORDER) -> list[Provider]:
    """Providers by name, in the given order, all sharing `http`."""
    classes = [provider_class(name) for name in names]
    return [cls(http) for cls in classes]  # type: ignore[call-arg]


def __getattr__(name: str) -> object:
    for module, cls in PROVIDERS.values():
        if cls == name:
            return getattr(importlib.import_module(f"{__name__}.{module}"), cls)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "provider_class",
]
