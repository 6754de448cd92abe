"""Podcast feeds (RSS 2.0 / Atom): every episode's notes; each citation keeps its episode."""

from __future__ import annotations

from typing import Final

from ..extract.reading import read_notes
from ..problems import ReadResult

NAME: Final = "feed"
EXTENSIONS = (".xml", ".rss", ".atom")


def read(text: str, source: str = "<string>") -> ReadResult:
    """Records for the citations; `ReadResult.lines` accounts for every non-blank line."""
    return read_notes(text, source, NAME)
