"""BibLaTeX (biber): ``date``, ``location``, ``origdate``, ``@movie``, ``@report``.

UTF-8 by default; ``write(records, ascii=True)`` encodes non-ASCII
characters as LaTeX.
"""

from __future__ import annotations

from typing import Any

from ..model import Record
from ..problems import ReadResult
from . import bibtex_io

NAME = "biblatex"
EXTENSIONS = (".bib",)


def read(text: str, source: str = "<string>") -> ReadResult:
    return bibtex_io.read(text, source)


def write(records: list[Record], **options: Any) -> str:
    return bibtex_io.write(records, "biblatex", ascii_only=bool(options.get("ascii", False)))
