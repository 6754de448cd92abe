"""The lookup `biblio enrich` uses when none is injected: the Enricher over the book APIs."""

from __future__ import annotations

from dataclasses import replace

from ..config import load_config
from ..enrichment import Enricher
from ..http import Http
from ..providers.openlibrary import OpenLibrary
from .enrich import Lookup


def default_lookup(*, offline: bool = False) -> Lookup:
    """`Enricher.enrich` with the user's settings; `offline` answers from the cache only."""
    config = load_config()
    if offline:
        config = replace(config, offline=True)
    http = Http(config)
    return Enricher(providers=[OpenLibrary(http)]).enrich
