"""BibLaTeX (biber): ``date``, ``location``, ``origdate``, ``@movie``, ``@report``
with its mandatory ``type``, ``langid`` and ``language`` as biblatex's keys.

UTF-8 by default; ``write(records, ascii=True)`` encodes non-ASCII
characters as LaTeX.
"""

from __future__ import annotations

from typing import Any

from ..model import Record
from ..problems import ReadResult
from . import bibtex_io
from .isbn_output import isbn_form

NAME = "biblatex"
EXTENSIONS = (".bib",)


def read(text: str, source: str = "<string>") -> ReadResult:
    return bibtex_io.read(text, source)


def write(records: list[Record], **options: Any) -> str:
    """Options: ``ascii``, ``isbn`` ("isbn13" or "both", see `isbn_output`),
    ``problems`` (a list that gets the ``ascii`` warnings) and ``target``
    (the output's name in them)."""
    return bibtex_io.write(records, "biblatex", ascii_only=bool(options.get("ascii", False)),
                           isbn=isbn_form(options), problems=options.get("problems"),
                           target=str(options.get("target", "<output>")))
