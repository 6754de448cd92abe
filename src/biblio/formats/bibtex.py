"""BibTeX: ``year``/``month``, ``address``, ``journal``, ``@techreport``.

UTF-8 by default; ``write(records, ascii=True)`` encodes non-ASCII
characters as LaTeX (``{\\'e}``) for 8-bit BibTeX toolchains.
"""

from __future__ import annotations

from typing import Any

from ..model import Record
from ..problems import ReadResult
from . import bibtex_io

NAME = "bibtex"
EXTENSIONS = (".bib", ".bibtex")


def read(text: str, source: str = "<string>") -> ReadResult:
    return bibtex_io.read(text, source)


def write(records: list[Record], **options: Any) -> str:
    return bibtex_io.write(records, "bibtex", ascii_only=bool(options.get("ascii", False)))
