"""biblio: citations from show notes and bibliography files, as real records."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# The parser and the extractor are imported eagerly: `biblio.extract` is
# both a subpackage and its main function, and only an eager import makes the
# function win.  The rest loads on first use, so `biblio convert` on a .bib
# file does not pay for the HTTP stack.
from .extract import extract, iter_extract
from .model import Date, FieldSource, Name, Origin, Record
from .parse import Parsed, parse_citation
from .problems import BiblioError, Problem, ReadResult

if TYPE_CHECKING:
    from .inplace import enrich_file
    from .io import convert, dump, dumps, load, loads, read

_LAZY: dict[str, str] = {
    "convert": "biblio.io",
    "dump": "biblio.io",
    "dumps": "biblio.io",
    "load": "biblio.io",
    "loads": "biblio.io",
    "read": "biblio.io",
    "enrich_file": "biblio.inplace",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'biblio' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "BiblioError",
    "Date",
    "FieldSource",
    "Name",
    "Origin",
    "Parsed",
    "Problem",
    "ReadResult",
    "Record",
    "__version__",
    "convert",
    "dump",
    "dumps",
    "enrich_file",
    "extract",
    "iter_extract",
    "load",
    "loads",
    "parse_citation",
    "read",
]
