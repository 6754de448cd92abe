"""biblio: citations from show notes and bibliography files, as real records.

The public API is `__all__`; `dir(biblio)` lists exactly that, the lazily
loaded functions included.
"""

import importlib as _importlib
import typing as _typing

__version__ = "0.1.0"

# The parser and the extractor are imported eagerly: `biblio.extract` is
# both a subpackage and its main function, and only an eager import makes the
# function win.  The rest loads on first use, so `biblio convert` on a .bib
# file does not pay for the HTTP stack.
from .extract import extract, iter_extract
from .model import Date, FieldSource, Name, Origin, Record
from .parse import Parsed, parse_citation
from .problems import BiblioError, Problem, ReadResult

if _typing.TYPE_CHECKING:
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


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'biblio' has no attribute {name!r}")
    value: object = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


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
