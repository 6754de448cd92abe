"""Plain-text show notes (.txt): one citation per line, reading lists found by their headings."""

from __future__ import annotations

from typing import Final

from ..extract.reading import read_notes
from ..problems import ReadResult

NAME: Final = "text"
EXTENSIONS = (".txt", ".text")


def read(text: str, source: str = "<string>") -> ReadResult:
    """Records for the citations; `ReadResult.lines` accounts for every non-blank line."""
    return read_notes(text, source, NAME)
