"""Editing BibTeX and BibLaTeX files in place.

The file is split and each entry read by `biblio.formats` (`bibtex_split`,
`bibtex_values`, `bibtex_io.entry_to_record`), so `enrich` looks up the very
record `convert` reads; `bibscan` finds where each field sits; new fields copy
the entry's own indentation, `=` alignment, delimiters, field-name case and
trailing-comma habit.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any, Literal

from bibtexparser import model as bib

from ..formats.bibtex_fields import FIELDS
from ..formats.bibtex_io import entry_to_record, failure_reason
from ..formats.bibtex_split import split
from ..formats.bibtex_values import string_table
from ..formats.latex_text import escape
from ..model import Date, Origin, Record
from ..problems import Problem
from .bibscan import EntrySpan, FieldSpan, ScanError, scan_entry
from .document import Document, neighbour
from .edits import Edit, LineIndex
from .values import DEFAULT_FIELDS

# Preferred field order: a new field goes after the last present field listed before it.
FIELD_ORDER: list[str] = [
    "author", "editor", "translator", "title", "subtitle", "titleaddon", "booktitle",
    "maintitle", "edition", "volume", "volumes", "series", "number", "publisher", "address",
    "location", "year", "date", "month", "origdate", "origyear", "origlocation",
    "origpublisher", "pagetotal", "pages", "isbn",
]
_VERBATIM = frozenset({"isbn"})
_ISSUED = ("date", "year")  # the fields of `issued`, BibLaTeX's first

# Fields and entry types only BibLaTeX knows: one of them makes a file BibLaTeX.
_BIBLATEX_MARKERS = frozenset(
    {"date", "location", "journaltitle", "pagetotal", "origdate", "langid", "eprinttype",
     "urldate", "maintitle", "subtitle"}
)
_BIBLATEX_TYPES = frozenset({"mvbook", "mvcollection", "online", "bookinbook", "reference"})
_ACRONYMS = frozenset({"isbn", "issn", "doi", "url", "coden", "lccn", "isrn", "mrclass"})


@dataclass
class _Style:
    """How one entry writes its fields."""

    inline: bool  # fields follow each other on one line
    indent: str
    separator: str  # what follows a field's comma before the next field
    eq_col: int | None  # column of "=" when the entry aligns them
    value_col: int | None  # column of values when the entry aligns them
    before_eq: str
    after_eq: str
    delimiter: str  # "{" or '"'
    bare_numbers: bool
    name_case: Literal["lower", "upper", "title", "acronyms"]

    def name(self, field: str) -> str:
        if self.name_case == "upper" or (self.name_case != "lower" and field in _ACRONYMS):
            return field.upper()
        if self.name_case == "title":
            return field.capitalize()
        return field

    def line(self, field: str, value: str) -> str:
        """`name = value` as this entry writes it, without indentation or comma."""
        name = self.name(field)
        head = len(self.indent) if not self.inline else 0
        if self.eq_col is not None and not self.inline:
            gap = " " * max(1, self.eq_col - head - len(name))
            text = f"{name}{gap}={self.after_eq}"
        else:
            text = f"{name}{self.before_eq}={self.after_eq}"
            if self.value_col is not None and not self.inline:
                text = text.rstrip(" ")
                text += " " * max(1, self.value_col - head - len(text))
        return text + value


def field_names(dialect: str) -> dict[str, tuple[str, ...]]:
    """For each CSL variable enrich fills: the field written first, then every field read.

    The names are those of `convert`'s table for a book; ``issued`` spans
    two fields (``date`` and ``year``), and a book's ``pages`` may be its
    page count (see `bibtex_io.counts_pages`).
    """
    names: dict[str, tuple[str, ...]] = {}
    for var in DEFAULT_FIELDS:
        if var == "issued":
            names[var] = _ISSUED if dialect == "biblatex" else _ISSUED[::-1]
            continue
        row = next(r for r in FIELDS if r.var == var and "book" in r.types)
        also = ("pages",) if var == "number-of-pages" else ()
        names[var] = tuple(dict.fromkeys((row.name(dialect), *row.read_names(), *also)))
    return names


class BibEntry:
    """One scanned entry of a BibTeX/BibLaTeX file, with the record `convert` reads from it."""

    def __init__(self, raw: str, offset: int, line: int, span: EntrySpan, record: Record,
                 fields: dict[str, tuple[str, ...]], style: _Style, ascii_only: bool,
                 newline: str) -> None:
        self._raw = raw
        self._offset = offset
        self._line = line
        self._span = span
        self.record = record
        self._fields = fields
        self._style = style
        self._ascii_only = ascii_only
        self._newline = newline

    @property
    def label(self) -> str:
        return self._span.key

    @property
    def line(self) -> int:
        return self._line

    @property
    def kind(self) -> str:
        return self.record.type

    def field_name(self, var: str) -> str | None:
        names = self._fields.get(var)
        if names is None:
            return None
        present = self._present(var)
        return present.name if present else self._style.name(names[0])

    def set(self, var: str, value: Any) -> list[Edit]:
        present = self._present(var)
        name = present.name.lower() if present else self._fields[var][0]
        text = self._format(name, value)
        if present is not None:
            return [Edit(self._offset + present.value_start, self._offset + present.value_end,
                         text)]
        return [self._insert(name, text)]

    def _present(self, var: str) -> FieldSpan | None:
        names = self._fields.get(var, ())
        for f in self._span.fields:
            name = f.name.lower()
            # `pages` holds the page count only where the reader took it so.
            if name in names and not (name == "pages" and self.record.page is not None):
                return f
        return None

    def _insert(self, name: str, value: str) -> Edit:
        style = self._style
        line = style.line(name, value)
        fields = self._span.fields
        present = [f.name for f in fields]
        index = neighbour(FIELD_ORDER, present, name)
        after = fields[index if index is not None else -1] if fields else None
        lead = style.separator if style.inline else self._newline + style.indent
        if after is None:
            if self._span.key_comma is not None:
                return Edit(self._offset + self._span.key_comma + 1,
                            self._offset + self._span.key_comma + 1, lead + line + ",")
            at = self._offset + self._span.key_end
            return Edit(at, at, "," + lead + line)
        if after.comma is not None:
            at = self._offset + after.comma + 1
            return Edit(at, at, lead + line + ",")
        at = self._offset + after.value_end
        return Edit(at, at, "," + lead + line)

    def _format(self, name: str, value: Any) -> str:
        if isinstance(value, Date):
            year_only = name in ("year", "origyear") and value.year is not None
            text = str(value.year) if year_only else value.iso()
        else:
            text = str(value)
        if self._style.bare_numbers and text.isdigit():
            return text
        if name not in _VERBATIM:
            text = escape(text, self._ascii_only)
        if self._style.delimiter == '"':
            return '"' + text.replace('"', '{"}') + '"'
        return "{" + text + "}"


def parse(text: str, source: str, dialect: str | None = None) -> Document:
    """The editable entries of a BibTeX/BibLaTeX file and the blocks that cannot be read.

    Without a `dialect`, a file using any BibLaTeX-only field or type is BibLaTeX.
    """
    library = split(text)
    macros = string_table(library.strings)
    doc = Document(text=text)
    located = _locate(text, library.blocks)
    entries = [(b, raw) for b, raw, _ in located if isinstance(b, bib.Entry)]
    if dialect is None:
        dialect = "biblatex" if any(_is_biblatex(b) for b, _ in entries) else "bibtex"
    fields = field_names(dialect)
    file_delimiter = _file_delimiter([raw for _, raw in entries[:200]])
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = LineIndex(text)
    ascii_only = text.isascii()
    keys: set[str] = set()  # the library misses the keys of entries it wraps
    for block, raw, at in located:
        line = lines.line(at)
        if isinstance(block, bib.Entry) and block.key not in keys:
            keys.add(block.key)
            try:
                span = scan_entry(raw)
                record = entry_to_record(block, macros)
            except ScanError as exc:
                doc.problems.append(_problem(source, lines.line(at + exc.offset),
                                             f"{block.key}: {exc}; entry kept as it is", raw))
                continue
            except (ValueError, TypeError, IndexError) as exc:  # as `convert` reports them
                doc.problems.append(_problem(source, line, f"{block.key}: {exc}; entry kept "
                                             "as it is", raw))
                continue
            record.origin = Origin(source=source, line=line)
            style = _style(raw, span, file_delimiter)
            doc.entries.append(BibEntry(raw, at, line, span, record, fields, style, ascii_only,
                                        newline))
        elif isinstance(block, bib.DuplicateFieldKeyBlock):
            twice = ", ".join(sorted(block.duplicate_keys))
            doc.problems.append(_problem(source, line, f"entry has these fields twice: {twice}; "
                                         "kept as it is", raw))
        elif isinstance(block, (bib.Entry, bib.DuplicateBlockKeyBlock)):
            doc.problems.append(_problem(source, line, f"citation key {block.key!r} used twice; "
                                         "this entry is kept as it is", raw))
        elif isinstance(block, bib.ParsingFailedBlock):
            doc.problems.append(_problem(source, line, "entry could not be parsed "
                                         f"({failure_reason(block)}); kept as it is", raw))
    return doc


def _locate(text: str, blocks: list[bib.Block]) -> list[tuple[bib.Block, str, int]]:
    """Each block with its raw text and that text's offset in the file.

    Blocks are found in file order, so each search starts where the last
    block ended; a block whose text is not in the file is left out (its
    bytes stay as they are).
    """
    out: list[tuple[bib.Block, str, int]] = []
    pos = 0
    for block in blocks:
        raw = block.raw or ""
        at = text.find(raw, pos) if raw else -1
        if at >= 0:
            out.append((block, raw, at))
            pos = at + len(raw)
    return out


def _is_biblatex(entry: bib.Entry) -> bool:
    if entry.entry_type.lower() in _BIBLATEX_TYPES:
        return True
    return any(f.key.lower() in _BIBLATEX_MARKERS for f in entry.fields)


def _file_delimiter(raws: list[str]) -> str:
    counts: Counter[str] = Counter()
    for raw in raws:
        counts.update(m.group(1) for m in re.finditer(r"=\s*([{\"])", raw))
    return counts.most_common(1)[0][0] if counts else "{"


def _style(raw: str, span: EntrySpan, file_delimiter: str) -> _Style:
    fields = span.fields
    starts = [raw.rfind("\n", 0, f.name_start) + 1 for f in fields]
    on_own_line = [raw[s:f.name_start].isspace() or s == f.name_start
                   for s, f in zip(starts, fields, strict=True)]
    inline = bool(fields) and not any(on_own_line)
    indents = Counter(raw[s:f.name_start] for s, f, own in zip(starts, fields, on_own_line,
                                                               strict=True) if own)
    indent = indents.most_common(1)[0][0] if indents else "  "
    eq_cols = [f.eq - s for s, f in zip(starts, fields, strict=True)]
    value_cols = [f.value_start - s for s, f in zip(starts, fields, strict=True)]
    template = fields[-1] if fields else None
    separator = " "
    if inline and len(fields) > 1 and fields[0].comma is not None:
        separator = raw[fields[0].comma + 1:fields[1].name_start]
    delimiters = Counter(raw[f.value_start] for f in fields if raw[f.value_start] in '{"')
    names = [f.name for f in fields]
    return _Style(
        inline=inline,
        indent=indent,
        separator=separator,
        eq_col=_aligned(eq_cols, [len(n) for n in names]),
        value_col=_aligned(value_cols, None),
        before_eq=raw[template.name_start + len(template.name):template.eq] if template else " ",
        after_eq=raw[template.eq + 1:template.value_start] if template else " ",
        delimiter=delimiters.most_common(1)[0][0] if delimiters else file_delimiter,
        bare_numbers=any(raw[f.value_start:f.value_end].isdigit() for f in fields),
        name_case=_name_case(names),
    )


def _aligned(cols: list[int], name_lengths: list[int] | None) -> int | None:
    """The column most fields share, if they share one (names of different lengths for "=")."""
    if len(cols) < 2:
        return None
    col, count = Counter(cols).most_common(1)[0]
    if count * 2 < len(cols) or count < 2:
        return None
    if name_lengths is not None:
        lengths = {n for c, n in zip(cols, name_lengths, strict=True) if c == col}
        if len(lengths) < 2:
            return None
    return col


def _name_case(names: list[str]) -> Literal["lower", "upper", "title", "acronyms"]:
    words = [n for n in names if n.isalpha()]
    if not words:
        return "lower"
    if all(n.isupper() for n in words) and len(words) > 1:
        return "upper"
    if all(n[0].isupper() and n[1:].islower() for n in words):
        return "title"
    if any(n.isupper() and n.lower() in _ACRONYMS for n in words):
        return "acronyms"
    return "lower"


def _problem(source: str, line: int, message: str, raw: str) -> Problem:
    return Problem(source=source, line=line, message=message, text=_first_line(raw))


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""
