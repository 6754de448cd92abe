"""Markdown show notes: headings, lists, emphasis and links as blogs and static sites write them."""

from __future__ import annotations

from typing import Final

from ..extract.reading import read_notes
from ..problems import ReadResult

NAME: Final = "markdown"
EXTENSIONS = (".md", ".markdown")


def read(text: str, source: str = "<string>") -> ReadResult:
    """Records for the citations; `ReadResult.lines` accounts for every non-blank line."""
    return read_notes(text, source, NAME)
