"""Format registry: every format is a reader and/or a writer around `Record`.

A format module exposes ``NAME``, ``EXTENSIONS``, and ``read(text, source)
-> ReadResult`` and/or ``write(records, **options) -> str``.  Modules are
imported lazily so that ``biblio convert`` on BibTeX does not pay for the
HTML parser.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from ..problems import BiblioError

# name → module (relative to this package or absolute for other parts of biblio)
_MODULES: dict[str, str] = {
    "bibtex": "biblio.formats.bibtex",
    "biblatex": "biblio.formats.biblatex",
    "csl-json": "biblio.formats.csljson",
    "ris": "biblio.formats.ris",
    "text": "biblio.formats.notes_text",
    "markdown": "biblio.formats.notes_markdown",
    "html": "biblio.formats.notes_html",
    "feed": "biblio.formats.notes_feed",
}

OUTPUT_FORMATS: tuple[str, ...] = ("bibtex", "biblatex", "csl-json", "ris")
INPUT_FORMATS: tuple[str, ...] = tuple(_MODULES)

_EXTENSIONS: dict[str, str] = {
    ".bib": "bibtex",
    ".bibtex": "bibtex",
    ".ris": "ris",
    ".json": "csl-json",
    ".csl": "csl-json",
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
}


def get(name: str) -> ModuleType:
    """The module implementing format `name`."""
    try:
        module = _MODULES[name]
    except KeyError:
        known = ", ".join(INPUT_FORMATS)
        raise BiblioError(f"unknown format {name!r} (known: {known})") from None
    return importlib.import_module(module)


def from_extension(path: str | Path) -> str | None:
    """The format a file name implies, or None when the extension says nothing."""
    return _EXTENSIONS.get(Path(str(path)).suffix.lower())
