"""Free-text citation parsing: one line in, one `Parsed` record out."""

from __future__ import annotations

from .citation import parse_citation
from .parsed import Parsed, Span

__all__ = ["Parsed", "Span", "parse_citation"]
