"""biblio: citations from show notes and bibliography files, as real records."""

from __future__ import annotations

__version__ = "0.1.0"

from .extract import extract, iter_extract
from .inplace import enrich_file  # noqa: E402
from .io import convert, dump, dumps, load, loads, read  # noqa: E402
from .model import Date, FieldSource, Name, Origin, Record  # noqa: E402
from .parse import Parsed, parse_citation  # noqa: E402
from .problems import BiblioError, Problem, ReadResult  # noqa: E402

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
