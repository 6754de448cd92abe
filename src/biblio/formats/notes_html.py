"""HTML show notes: an episode page or a fragment; lines are reported where their text starts."""

from __future__ import annotations

from typing import Final

from ..extract.reading import read_notes
from ..problems import ReadResult

NAME: Final = "html"
EXTENSIONS = (".html", ".htm")


def read(text: str, source: str = "<string>") -> ReadResult:
    """Records for the citations; `ReadResult.lines` accounts for every non-blank line."""
    return read_notes(text, source, NAME)
