"""Enrich existing bibliography files in place, leaving every other byte alone.

`enrich_file` reads a BibTeX/BibLaTeX, RIS or CSL-JSON file, looks up each
book entry, adds the missing fields in the entry's own style and reports
conflicts and unreadable entries; `enrich_text` does the same on a string.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import partial
from pathlib import Path

from ..formats import from_extension
from ..lookup.enrichment import open_enricher
from ..problems import BiblioError
from . import bibtex, csljson, ris
from .document import Document
from .enrich import (
    Chooser,
    Conflict,
    FileEnrichment,
    Filled,
    Lookup,
    Unmatched,
    enrich_document,
)
from .files import encode, load, write
from .values import DEFAULT_FIELDS, parse_fields

__all__ = [
    "DEFAULT_FIELDS",
    "Chooser",
    "Conflict",
    "FileEnrichment",
    "Filled",
    "Lookup",
    "Unmatched",
    "enrich_file",
    "enrich_text",
    "parse_fields",
]

# Format name → parser of a file into editable entries.  BibTeX files are
# told apart from BibLaTeX by their fields unless the user names the dialect.
EDITORS: dict[str, Callable[[str, str], Document]] = {
    "bibtex": bibtex.parse,
    "biblatex": partial(bibtex.parse, dialect="biblatex"),
    "ris": ris.parse,
    "csl-json": csljson.parse,
}
BACKUP_SUFFIX = ".bak"


def enrich_text(
    text: str,
    format: str,
    lookup: Lookup,
    *,
    source: str = "<string>",
    fields: Sequence[str] = DEFAULT_FIELDS,
    overwrite: Collection[str] = (),
    choose: Chooser | None = None,
) -> FileEnrichment:
    """Enrich a file's text; the result holds the new text, what was filled and the problems."""
    parse = EDITORS.get(format)
    if parse is None:
        raise BiblioError(f"enrich cannot edit {format!r} files (it edits: "
                          f"{', '.join(sorted(EDITORS))})")
    document = parse(text, source)
    return enrich_document(document, source, lookup, fields=fields, overwrite=overwrite,
                           choose=choose)


def enrich_file(
    path: str | Path,
    lookup: Lookup | None = None,
    *,
    output: str | Path | None = None,
    in_place: bool = False,
    fields: Sequence[str] = DEFAULT_FIELDS,
    overwrite: Collection[str] = (),
    choose: Chooser | None = None,
    format: str | None = None,
    dry_run: bool = False,
) -> FileEnrichment:
    """Enrich the file at `path`, writing to `output` or (with `in_place`) over itself.

    An in-place write first copies the file to ``FILE.bak``; nothing is
    written when nothing changed or with `dry_run`.  `lookup` answers one
    record at a time (default: the Enricher over the book APIs, with the
    user's settings).
    """
    if lookup is None:
        with open_enricher() as enricher:
            return enrich_file(path, enricher.enrich, output=output, in_place=in_place,
                               fields=fields, overwrite=overwrite, choose=choose,
                               format=format, dry_run=dry_run)
    path = Path(path)
    if in_place and output is not None:
        raise BiblioError("give either an output file or in-place, not both")
    fmt = format or from_extension(path)
    if fmt is None or fmt not in EDITORS:
        raise BiblioError(f"{path}: cannot tell the format from the extension; name it "
                          f"(one of: {', '.join(sorted(EDITORS))})")
    loaded = load(path)
    result = enrich_text(loaded.text, fmt, lookup, source=str(path), fields=fields,
                         overwrite=overwrite, choose=choose)
    if dry_run:
        return result
    if in_place:
        if result.changed:
            write(path, encode(path, result.text, loaded),
                  backup=path.with_name(path.name + BACKUP_SUFFIX))
    elif output is not None:
        target = Path(output)
        write(target, encode(target, result.text, loaded))
    return result
