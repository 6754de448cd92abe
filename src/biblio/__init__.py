"""biblio: citations from show notes and bibliography files, as real records."""

from __future__ import annotations

__version__ = "0.1.0"

from .model import Date, FieldSource, Name, Origin, Record  # noqa: E402
from .problems import BiblioError, Problem, ReadResult  # noqa: E402

__all__ = [
    "BiblioError",
    "Date",
    "FieldSource",
    "Name",
    "Origin",
    "Problem",
    "ReadResult",
    "Record",
    "__version__",
]
