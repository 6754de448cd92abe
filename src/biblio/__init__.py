"""biblio: citations from show notes and bibliography files, as real records.

The public API is `__all__`; `dir(biblio)` lists exactly that, the lazily
loaded functions included.
"""

import importlib as _importlib
import sys as _sys
import types as _types
import typing as _typing

__version__ = "0.1.0"

# Everything loads on first use: `import biblio.lookup.http` (or converting a
# .bib file) must not pay for the parser, nor a parse for the HTTP stack.
if _typing.TYPE_CHECKING:
    from .extract import extract, iter_extract
    from .inplace import enrich_file
    from .io import convert, dump, dumps, load, loads, read
    from .model import Date, FieldSource, Name, Origin, Record
    from .parse import Parsed, parse_citation
    from .problems import BiblioError, Problem, ReadResult

_LAZY: dict[str, str] = {
    "BiblioError": "biblio.problems",
    "Problem": "biblio.problems",
    "ReadResult": "biblio.problems",
    "Date": "biblio.model",
    "FieldSource": "biblio.model",
    "Name": "biblio.model",
    "Origin": "biblio.model",
    "Record": "biblio.model",
    "Parsed": "biblio.parse",
    "parse_citation": "biblio.parse",
    "extract": "biblio.extract",
    "iter_extract": "biblio.extract",
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
    if name != "extract":  # see _Package: the subpackage would otherwise win
        globals()[name] = value
    return value


class _Package(_types.ModuleType):
    """`biblio.extract` is both a subpackage and the public function.

    Importing the subpackage sets the package attribute to the module; this
    property keeps answering with the function, as `from biblio import
    extract` and `biblio.extract(...)` expect.
    """

    @property
    def extract(self) -> object:
        return _importlib.import_module("biblio.extract").extract

    @extract.setter
    def extract(self, value: object) -> None:
        del value  # the import system storing the subpackage: the property stays


_sys.modules[__name__].__class__ = _Package


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
