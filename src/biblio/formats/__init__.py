"""Format registry: every format is a reader and/or a writer around `Record`.

Reading and writing have their own tables, because a name can mean one thing
in and another out: ``--from markdown`` reads show notes (the citations in
them), ``--to markdown`` writes a reading list formatted in a CSL style.
A reader is ``read(text, source) -> ReadResult`` in a module; a writer is
``write(records, **options) -> str``.  Modules are imported lazily, so that
``biblio convert`` on BibTeX pays neither for the HTML parser nor citeproc.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from ..problems import BiblioError

# name → the module whose `read` reads it
_READERS: dict[str, str] = {
    "bibtex": "biblio.formats.bibtex",
    "biblatex": "biblio.formats.biblatex",
    "csl-json": "biblio.formats.csljson",
    "ris": "biblio.formats.ris",
    "text": "biblio.formats.notes_text",
    "markdown": "biblio.formats.notes_markdown",
    "html": "biblio.formats.notes_html",
    "feed": "biblio.formats.notes_feed",
}

# name → "module:function" writing it
_WRITERS: dict[str, str] = {
    "bibtex": "biblio.formats.bibtex:write",
    "biblatex": "biblio.formats.biblatex:write",
    "csl-json": "biblio.formats.csljson:write",
    "ris": "biblio.formats.ris:write",
    "text": "biblio.formats.styled:write_text",
    "markdown": "biblio.formats.styled:write_markdown",
    "html": "biblio.formats.styled:write_html",
}

INPUT_FORMATS: tuple[str, ...] = tuple(_READERS)
OUTPUT_FORMATS: tuple[str, ...] = tuple(_WRITERS)
# Bibliography formats: read and written, record for record.
BIBLIOGRAPHY_FORMATS: tuple[str, ...] = ("bibtex", "biblatex", "csl-json", "ris")
# Reading lists in a CSL style (the `style` option); sorted, so written whole.
STYLED_FORMATS: tuple[str, ...] = ("text", "markdown", "html")

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
    """The module that reads input format `name` (bibliography formats write there too)."""
    try:
        module = _READERS[name]
    except KeyError:
        known = ", ".join(INPUT_FORMATS)
        raise BiblioError(f"unknown format {name!r} (known: {known})") from None
    return importlib.import_module(module)


def writer(name: str) -> Callable[..., str]:
    """The function writing output format `name`: ``write(records, **options) -> str``."""
    try:
        module, function = _WRITERS[name].split(":")
    except KeyError:
        known = ", ".join(OUTPUT_FORMATS)
        raise BiblioError(f"cannot write {name!r} (output formats: {known})") from None
    write: Callable[..., str] = getattr(importlib.import_module(module), function)
    return write


def check_style(name: str, style: str | None) -> None:
    """Fail early, before any reading, on a style for a format that takes none or
    a style that cannot be found."""
    if style is None:
        return
    if name not in STYLED_FORMATS:
        raise BiblioError(f"a style applies to {', '.join(STYLED_FORMATS)} output, "
                          f"not to {name}")
    from .csl_styles import resolve

    resolve(style)


def from_extension(path: str | Path) -> str | None:
    """The format a file name implies, or None when the extension says nothing."""
    return _EXTENSIONS.get(Path(str(path)).suffix.lower())
