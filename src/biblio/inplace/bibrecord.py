"""One bibtexparser entry as a `Record`, through the BibTeX format's own mapping.

The field table, entry types, name parsing and LaTeX decoding are those of
`biblio.formats` (so `enrich` reads an entry exactly as `convert` does); only
the fields enrich needs for lookup and comparison are decoded, which keeps a
5,000-entry file fast.
"""

from __future__ import annotations

import re

from ..formats.bibtex_fields import FIELDS, csl_type_for
from ..formats.bibtex_names import parse_names
from ..formats.latex_text import decode
from ..model import Date, Record
from .values import DEFAULT_FIELDS

# Dates enrich reads: `issued` spans two fields, so it is not in the table.
_ISSUED = ("date", "year")
# Read as well as the table's fields: a book's `pages` is its page count (Zotero
# reads it so), and Beebe's bibliographies give ISBN-13s their own field.
_ALSO_READ = {"number-of-pages": ("pages",), "ISBN": ("isbn-13",)}
_NAME_VARS = ("author", "editor", "translator")
_RANGE = re.compile(r"(?<=\d)\s*[–—-]+\s*(?=\d{4}$)")


def field_names(dialect: str) -> dict[str, tuple[str, ...]]:
    """For each CSL variable enrich fills: the field written first, then every field read."""
    names: dict[str, tuple[str, ...]] = {}
    for var in DEFAULT_FIELDS:
        if var == "issued":
            names[var] = _ISSUED if dialect == "biblatex" else _ISSUED[::-1]
            continue
        row = next(r for r in FIELDS if r.var == var and "book" in r.types)
        names[var] = tuple(dict.fromkeys((row.name(dialect), *row.read_names(),
                                          *_ALSO_READ.get(var, ()))))
    return names


_READ_FIELDS = field_names("bibtex")
READ: frozenset[str] = frozenset({"title", "subtitle", "entrysubtype", *_NAME_VARS,
                                  *(n for names in _READ_FIELDS.values() for n in names)})


def entry_record(kind: str, key: str, values: dict[str, str]) -> Record:
    """An entry's meaning from its field values (lower-case names, macros expanded)."""
    record = Record(type=csl_type_for(kind, values.get("entrysubtype")), id=key)
    title = values.get("title")
    if title is not None:
        subtitle = values.get("subtitle")
        record.set_full_title(decode(f"{title}: {subtitle}" if subtitle else title))
    for role in _NAME_VARS:
        if values.get(role):
            record.set(role, parse_names(values[role]))
    for var, names in _READ_FIELDS.items():
        raw = next((values[n] for n in names if values.get(n, "").strip()), None)
        if raw is None:
            continue
        text = decode(raw).strip()
        record.set(var, _date(text) if var in ("issued", "original-date") else text)
    return record


def _date(text: str) -> Date:
    """A year, date or range as BibTeX files write them ("1885--1897" decodes to an en dash)."""
    return Date.parse(_RANGE.sub("/", text))
