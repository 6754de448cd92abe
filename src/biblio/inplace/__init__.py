"""Enrich existing bibliography files in place, leaving every other byte alone.

`enrich_file` reads a BibTeX/BibLaTeX, RIS or CSL-JSON file, looks up each
book entry, adds the missing fields in the entry's own style and reports
conflicts and unreadable entries; `enrich_text` does the same on a string.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from contextlib import ExitStack
from functools import partial
from pathlib import Path

from ..formats import from_extension
from ..lookup.service import Lookups, LookupSettings
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
DEFAULT_JOBS = 8  # look-ups in flight with biblio's own look-up stack


def enrich_text(
    text: str,
    format: str,
    lookup: Lookup,
    *,
    source: str = "<string>",
    fields: Sequence[str] = DEFAULT_FIELDS,
    overwrite: Collection[str] = (),
    choose: Chooser | None = None,
    jobs: int = 1,
) -> FileEnrichment:
    """Enrich a file's text; the result holds the new text, what was filled and the problems."""
    parse = EDITORS.get(format)
    if parse is None:
        raise BiblioError(f"enrich cannot edit {format!r} files (it edits: "
                          f"{', '.join(sorted(EDITORS))})")
    document = parse(text, source)
    return enrich_document(document, source, lookup, fields=fields, overwrite=overwrite,
                           choose=choose, jobs=jobs)


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
    settings: LookupSettings | None = None,
    jobs: int | None = None,
) -> FileEnrichment:
    """Enrich the file at `path`, writing to `output` or (with `in_place`) over itself.

    An in-place write first copies the file to ``FILE.bak``; nothing is
    written when nothing changed or with `dry_run`.  `lookup` answers one
    record at a time; by default it is the look-up stack `convert` and `batch`
    use (`biblio.lookup.service.Lookups`, with `settings`: answer store, cache,
    rate limits), asked `jobs` entries at a time (default 8).  A `lookup` of
    your own is asked one entry at a time unless `jobs` says it is thread-safe.
    """
    with ExitStack() as stack:
        if lookup is None:
            lookup = stack.enter_context(Lookups(settings=settings)).enrich
            jobs = jobs or DEFAULT_JOBS
        return _enrich_file(Path(path), lookup, output=output, in_place=in_place,
                            fields=fields, overwrite=overwrite, choose=choose, format=format,
                            dry_run=dry_run, jobs=jobs or 1)


def _enrich_file(
    path: Path,
    lookup: Lookup,
    *,
    output: str | Path | None,
    in_place: bool,
    fields: Sequence[str],
    overwrite: Collection[str],
    choose: Chooser | None,
    format: str | None,
    dry_run: bool,
    jobs: int,
) -> FileEnrichment:
    if in_place and output is not None:
        raise BiblioError("give either an output file or in-place, not both")
    fmt = format or from_extension(path)
    if fmt is None or fmt not in EDITORS:
        raise BiblioError(f"{path}: cannot tell the format from the extension; name it "
                          f"(one of: {', '.join(sorted(EDITORS))})")
    loaded = load(path)
    result = enrich_text(loaded.text, fmt, lookup, source=str(path), fields=fields,
                         overwrite=overwrite, choose=choose, jobs=jobs)
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
