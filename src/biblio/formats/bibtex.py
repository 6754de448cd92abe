"""BibTeX: ``year``/``month``, ``address``, ``journal``, ``@techreport``, and a
film as ``@misc`` with its director in ``author`` (as Zotero exports it).

UTF-8 by default; ``write(records, ascii=True)`` encodes non-ASCII
characters as LaTeX (``{\\'e}``) for 8-bit BibTeX toolchains.
"""

from __future__ import annotations

from typing import Any

from ..model import Record
from ..problems import ReadResult
from . import bibtex_io
from .isbn_output import isbn_form

NAME = "bibtex"
EXTENSIONS = (".bib", ".bibtex")


def read(text: str, source: str = "<string>") -> ReadResult:
    return bibtex_io.read(text, source)


def write(records: list[Record], **options: Any) -> str:
    """Options: ``ascii``, ``isbn`` ("isbn13" or "both", see `isbn_output`),
    ``problems`` (a list that gets the ``ascii`` warnings) and ``target``
    (the output's name in them)."""
    return bibtex_io.write(records, "bibtex", ascii_only=bool(options.get("ascii", False)),
                           isbn=isbn_form(options), problems=options.get("problems"),
                           target=str(options.get("target", "<output>")))
