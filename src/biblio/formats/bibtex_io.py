"""Reading and writing BibTeX and BibLaTeX through bibtexparser v2.

Both dialects share the table in `bibtex_fields`; `dialect` only picks the
field and entry-type names the writer uses.  The reader accepts either
dialect, so a ``.bib`` file from any tool reads the same way.

Particles: BibTeX names have one "von" slot.  BibLaTeX's ``useprefix``
option tells whether it is kept when sorting and citing (CSL's
non-dropping particle, "de Gaulle") or not (dropping, "Beethoven, Ludwig
van").  The writer sets ``options = {useprefix=true}`` for entries whose
particles are non-dropping; readers without it (pandoc, biber) then agree.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import cache
from typing import Any, Literal

from bibtexparser.entrypoint import write_string
from bibtexparser.library import Library
from bibtexparser.model import (
    Block,
    DuplicateBlockKeyBlock,
    DuplicateFieldKeyBlock,
    Entry,
    ParsingFailedBlock,
)
from bibtexparser.model import Field as BibField
from bibtexparser.writer import BibtexFormat

from ..keys import keyed
from ..model import CSL_TO_ATTR, NAME_FIELDS, TYPES, Date, Name, Origin, Record
from ..problems import Problem, ReadResult
from .babel_languages import babel_name, biblatex_language, looks_like_code, to_code
from .bibtex_fields import FIELDS, Field, csl_type_for, directors_as_authors, entry_type_for
from .bibtex_names import format_names, parse_names
from .bibtex_split import RegularEntry, split
from .bibtex_values import MONTHS, evaluate, month_number, string_table, trailing_text
from .eprint import add_eprint, read_eprint
from .extra_lines import take_original_date
from .isbn_output import IsbnForm, written_isbn
from .latex_text import decode, escape, protect_case
from .ris_tags import PAGES_COUNTED

# bibtexparser logs each malformed block; biblio reports them as Problems.
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())
logging.getLogger("bibtexparser").propagate = False

Dialect = Literal["bibtex", "biblatex"]

_KEY_JUNK = re.compile(r"[\s,{}()\"#%'=\\~]+")
_PAGE_DASH = re.compile(r"(?<=\w)-(?=\w)")
_OPTION = re.compile(r"\s*([A-Za-z]+)\s*(?:=\s*([^,]*))?")
_PAGE_RANGE = re.compile(r"\w\s*(?:[-–—]+|\\textendash)\s*\w")  # "1--400", "12–40"
# A span of years ("1991--1992", decoded to an en dash): read as a date range.
_YEARS = re.compile(r"(-?\d+)\s*[–—-]+\s*(-?\d+)")


@cache
def _rows_for(csl_type: str) -> tuple[Field, ...]:
    """The rows of the table that apply to an item type."""
    return tuple(row for row in FIELDS if csl_type in row.types)


@cache
def _writing_rows(csl_type: str) -> tuple[tuple[Field, str], ...]:
    """The rows for a type, each with the `Record` attribute that holds its
    value, or "" where `Record.get` must compute it (the full title, extras)."""
    return tuple((row, "" if row.var == "title" else CSL_TO_ATTR.get(row.var, ""))
                 for row in _rows_for(csl_type))


# ---------------------------------------------------------------- writing


def write(records: Iterable[Record], dialect: Dialect, ascii_only: bool = False,
          isbn: IsbnForm = "isbn13", problems: list[Problem] | None = None,
          target: str = "<output>") -> str:
    """A .bib file; `ascii_only` encodes non-ASCII characters as LaTeX.

    `isbn` is the `isbn_output` rule.  With `ascii_only`, every field that
    keeps characters LaTeX has no command for (CJK, emoji, Greek capitals)
    adds a warning to `problems`, named after `target` (the output file).
    """
    entries: list[Entry] = [_entry(rec, dialect, ascii_only, isbn)
                            for rec in keyed(records, _bibtex_key)]
    if ascii_only and problems is not None:
        problems.extend(_unencoded(entries, target))
    fmt = BibtexFormat()  # type: ignore[no-untyped-call]  # bibtexparser leaves it unannotated
    fmt.indent = "  "
    fmt.value_column = "auto"
    fmt.block_separator = "\n"
    # Values are enclosed by _encode already: no unparse middleware.
    blocks: list[Block] = list(entries)
    return str(write_string(Library(blocks), unparse_stack=[], bibtex_format=fmt))


def _unencoded(entries: list[Entry], target: str) -> Iterator[Problem]:
    """A warning for each field whose LaTeX encoding still holds non-ASCII characters."""
    for entry in entries:
        for bib_field in entry.fields:
            kept = [c for c in str(bib_field.value) if not c.isascii()]
            if kept:
                shown = "".join(dict.fromkeys(kept))
                shown = shown if len(shown) <= 20 else shown[:20] + "…"
                yield Problem(target, None, f"entry {entry.key}: field {bib_field.key} keeps "
                              f"{len(kept)} characters that have no LaTeX form ({shown}); "
                              "they are written as UTF-8", warning=True)


def _bibtex_key(key: str) -> str:
    """`key` without the characters that would end a BibTeX key."""
    return _KEY_JUNK.sub("", key)


def _entry(rec: Record, dialect: Dialect, ascii_only: bool, isbn: IsbnForm) -> Entry:
    csl_type = rec.type if rec.type in TYPES else "document"
    kind = entry_type_for(csl_type)
    directed = dialect == "bibtex" and kind.directors_as_authors is not None
    fields: list[BibField] = []

    def add(name: str, value: str) -> None:
        fields.append(BibField(name, value))

    for row, attr in _writing_rows(csl_type):
        value = getattr(rec, attr) if attr else rec.get(row.var)
        if directed and row.var == "author":
            value = rec.director + rec.author  # RIS's AU for a film does the same
        elif row.kind == "genre" and not value and dialect == "biblatex":
            value = kind.type_key
        elif row.var == "ISBN" and value:
            value = written_isbn(value, isbn)
        if value is None or value == [] or value == "":
            continue
        name = row.name(dialect)
        if row.kind == "issued":
            _add_issued(add, value, dialect)
        elif row.kind == "director":
            if not directed:
                slot = "editora" if rec.editor else "editor"
                add(slot, "{" + format_names(value, ascii_only) + "}")
                add(f"{slot}type", "{director}")
        elif row.kind == "language":
            _add_language(add, value, dialect, ascii_only)
        else:
            add(name, _encode(row, value, ascii_only))
    add_eprint(rec, add, dialect == "biblatex")
    subtype = kind.subtype_for(dialect)
    if subtype:
        add("entrysubtype", "{" + subtype + "}")
    if _uses_prefix(rec):
        add("options", "{useprefix=true}")
    return Entry(kind.name(dialect), rec.id, fields)


def _encode(row: Field, value: Any, ascii_only: bool) -> str:
    if row.kind == "names":
        return "{" + format_names(value, ascii_only) + "}"
    if isinstance(value, Date):
        return "{" + value.iso() + "}"
    text = str(value)
    if row.kind == "title":
        return "{" + protect_case(text, ascii_only) + "}"
    if row.kind == "verbatim":
        return "{" + text.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D") + "}"
    if row.kind == "range":
        return "{" + _PAGE_DASH.sub("--", escape(text, ascii_only)) + "}"
    return "{" + escape(text, ascii_only) + "}"


def _add_issued(add: Callable[[str, str], None], date: Date, dialect: Dialect) -> None:
    """BibLaTeX: ``date``.  BibTeX: ``year`` (+ ``month``) for styles, and ``date``
    whenever there is more than a year: Zotero's importer prefers it and would
    otherwise glue month and year together ("May2003")."""
    if not date.parts:
        if date.literal:
            add("year", "{" + escape(date.literal) + "}")
        return
    if dialect == "biblatex":
        add("date", "{" + date.iso() + "}")
        return
    first = date.parts[0]
    add("year", "{" + str(first[0]) + "}")
    if len(first) > 1 and 1 <= first[1] <= 12:
        add("month", MONTHS[first[1] - 1])
    if len(first) > 1 or len(date.parts) > 1 or date.circa:
        add("date", "{" + date.iso() + "}")


def _add_language(add: Callable[[str, str], None], language: str, dialect: Dialect,
                  ascii_only: bool) -> None:
    """``langid`` (babel's name) for both dialects, read by biblatex and pandoc.

    BibLaTeX's ``language`` is printed, so it gets biblatex's key
    (``english``), which it localises.  BibTeX's keeps the record's code:
    classic styles ignore it and Zotero's importer copies it as written
    into its Language field, which wants a code.
    """
    shown = biblatex_language(language) if dialect == "biblatex" else language
    add("language", "{" + escape(shown, ascii_only) + "}")
    babel = babel_name(language)
    if babel is not None:
        add("langid", "{" + babel + "}")


def _uses_prefix(rec: Record) -> bool:
    """True when the record's particles are all non-dropping ("de Gaulle")."""
    names = [n for attr in NAME_FIELDS.values() for n in getattr(rec, attr)]
    return any(n.non_dropping_particle for n in names) and not any(
        n.dropping_particle for n in names
    )


# ---------------------------------------------------------------- reading


_DIRECTOR_TYPES = ("editortype", "editoratype", "editorbtype", "editorctype")
_QUALIFIERS = frozenset(("entrysubtype", "options", "month", "day", "subtitle", "editor",
                         "editora", "editorb", "editorc", *_DIRECTOR_TYPES))


@cache
def _readers(csl_type: str) -> dict[str, tuple[int, ...]]:
    """Field name → positions in `_rows_for(csl_type)` of the rows that read it.

    Reading an entry visits only the rows its fields can fill, in table
    order, instead of the whole table.
    """
    index: dict[str, list[int]] = {}
    for i, row in enumerate(_rows_for(csl_type)):
        names = _DIRECTOR_TYPES if row.kind == "director" else row.read_names()
        for name in names:
            index.setdefault(name, []).append(i)
    return {name: tuple(found) for name, found in index.items()}


@cache
def _read_fields(csl_type: str) -> frozenset[str]:
    """The fields `entry_to_record` looks at for an item type: the rows' own,
    and those that qualify them (a date's month, an editor's type…)."""
    return frozenset(_readers(csl_type)) | _QUALIFIERS


def read(text: str, source: str = "<string>") -> ReadResult:
    """Records from BibTeX or BibLaTeX text; bad entries become Problems."""
    result = ReadResult()
    # Field values are evaluated as each entry is read (no middlewares).
    library = split(text)
    macros = string_table(library.strings)
    keys: set[str] = set()  # bibtexparser's library misses those of the entries it wraps
    for block in library.blocks:
        if isinstance(block, DuplicateFieldKeyBlock):
            block = _first_values(block, source, result)
        if isinstance(block, Entry) and block.key not in keys:
            keys.add(block.key)
            _add_entry(block, source, result, macros)
        elif isinstance(block, (Entry, DuplicateBlockKeyBlock)):
            entry = block.ignore_error_block if isinstance(block, DuplicateBlockKeyBlock) else block
            line = _line(block)
            result.problems.append(
                Problem(source, line, f"duplicate key {block.key!r}; the entry is kept with a "
                        "new key", _short(block.raw))
            )
            if isinstance(entry, Entry):
                _add_entry(entry, source, result, macros, keep_key=False)
        elif isinstance(block, ParsingFailedBlock):
            result.problems.append(
                Problem(source, _line(block), f"malformed BibTeX entry: {failure_reason(block)}",
                        _short(block.raw))
            )
    return result


def _first_values(block: DuplicateFieldKeyBlock, source: str, result: ReadResult) -> Block:
    """An entry with a field given twice, kept with the first value, and each repeat
    reported as a warning on its own line.

    BibTeX does the same ("I'm ignoring … extra field"); pandoc and biber keep the
    last value, silently.
    """
    entry = block.ignore_error_block
    if not isinstance(entry, Entry):
        return block
    kept: dict[str, BibField] = {}
    for field in entry.fields:
        name = field.key.lower()
        if name in kept:
            line = _line(field) or _line(entry)
            result.problems.append(Problem(
                source, line, f"entry {entry.key}: field {field.key} given twice; the first "
                "value is kept", _short(entry.raw), warning=True))
        else:
            kept[name] = field
    entry.fields = list(kept.values())
    return entry


def _line(block: Any) -> int | None:
    start = block.start_line
    return None if start is None else int(start) + 1


def _short(raw: str | None) -> str | None:
    if raw is None:
        return None
    raw = raw.strip()
    return raw if len(raw) <= 300 else raw[:297] + "..."


def failure_reason(block: ParsingFailedBlock) -> str:
    """bibtexparser's reason for giving up on a block, in one line."""
    error = block.error
    reason = getattr(error, "abort_reason", None) or str(error) or type(error).__name__
    return " ".join(str(reason).split()).rstrip(".")


def _add_entry(entry: Entry, source: str, result: ReadResult, macros: Mapping[str, str],
               keep_key: bool = True) -> None:
    line = _line(entry)
    try:
        rec = entry_to_record(entry, macros)
    except (ValueError, TypeError, IndexError) as exc:
        result.problems.append(
            Problem(source, line, f"entry {entry.key!r}: {exc}", _short(entry.raw))
        )
        return
    if not keep_key:
        rec.id = ""
    rec.origin = Origin(source=source, line=line)
    result.records.append(rec)


def entry_to_record(entry: Entry, macros: Mapping[str, str]) -> Record:
    """One record from an entry as bibtexparser's splitter gives it.

    `macros` expands ``@string`` names (see `bibtex_values.string_table`).
    """
    written: dict[str, str] = {}  # the first value of each field, as written
    for bib_field in entry.fields:
        key = bib_field.key.lower()
        if key not in written and isinstance(bib_field.value, str):
            written[key] = bib_field.value
    if not isinstance(entry, RegularEntry):
        for key, value in written.items():
            junk = trailing_text(value)
            if junk is not None:
                raise ValueError(f"field {key!r} goes on after its closing delimiter with "
                                 f"{junk[:40]!r} (a missing comma?)")
    subtype = evaluate(written["entrysubtype"], macros) if "entrysubtype" in written else None
    rec = Record(type=csl_type_for(entry.entry_type, subtype), id=entry.key)
    # Only the fields read are evaluated (not bibdate, bibsource, …).
    wanted = _read_fields(rec.type)
    values = {key: evaluate(value, macros) for key, value in written.items() if key in wanted}
    if rec.type in PAGES_COUNTED and "pagetotal" not in values and counts_pages(values):
        values["pagetotal"] = values.pop("pages")
    particle = "non-dropping" if _option(values.get("options"), "useprefix") else "dropping"
    rows, readers = _rows_for(rec.type), _readers(rec.type)
    for row in [rows[i] for i in sorted({i for key in values for i in readers.get(key, ())})]:
        if row.kind == "issued":
            rec.issued = _read_issued(values)
            continue
        if row.kind == "director":
            rec.director = _read_director(values, particle)
            continue
        if row.kind == "language":
            rec.language = _read_language(values)
            continue
        raw = next((values[n] for n in row.read_names() if values.get(n, "").strip()), None)
        if raw is None:
            continue
        if row.var == "editor" and values.get("editortype", "").strip().lower() == "director":
            continue
        if row.kind == "genre" and decode(raw).strip() == entry_type_for(rec.type).type_key:
            continue  # biblatex's @report + type = {techreport} is BibTeX's @techreport
        rec.set(row.var, _decode(row, raw, particle))
    subtitle = decode(values.get("subtitle", "")).strip()
    if subtitle and rec.title:  # BibLaTeX's subtitle: the model keeps "Title: Subtitle"
        rec.set_full_title(f"{rec.full_title}: {subtitle}")
    if directors_as_authors(entry.entry_type, values.get("entrysubtype")):
        rec.director, rec.author = rec.author + rec.director, []
    read_eprint(rec, {key: decode(evaluate(written[key], macros))
                      for key in ("eprint", "eprinttype", "archiveprefix") if key in written})
    note, original = take_original_date(rec.note)
    rec.note = note
    if rec.original_date is None:
        rec.original_date = original
    return rec


def counts_pages(values: Mapping[str, str]) -> bool:
    """Whether an entry's `pages` is its page count (for a book, a thesis…), not a range.

    Zotero reads a book's `pages` so, as it reads RIS's SP, and Beebe's
    bibliographies write it so ("xv + 352"); "1--400" stays a page range.
    """
    return "pages" in values and _PAGE_RANGE.search(values["pages"]) is None


def _decode(row: Field, raw: str, particle: str) -> Any:
    if row.kind == "names":
        return parse_names(raw, particle)
    if row.kind == "date":
        return Date.parse(decode(raw))
    if row.kind == "verbatim":
        return raw.strip().replace("%5C", "\\").replace("%7B", "{").replace("%7D", "}")
    if row.kind == "range":
        return decode(raw).replace("–", "-")
    return decode(raw).strip()


def _read_issued(values: dict[str, str]) -> Date | None:
    if values.get("date", "").strip():
        return Date.parse(decode(values["date"]))
    year = decode(values.get("year", "")).strip()
    if not year:
        return None
    if not year.lstrip("-").isdigit():
        span = _YEARS.fullmatch(year)
        return Date.parse(f"{span[1]}/{span[2]}") if span else Date(literal=year)
    month = month_number(decode(values.get("month", "")))
    day = values.get("day", "").strip()
    return Date.from_year(int(year), month, int(day) if month and day.isdigit() else None)


def _read_director(values: dict[str, str], particle: str) -> list[Name]:
    for slot in ("editor", "editora", "editorb", "editorc"):
        if values.get(f"{slot}type", "").strip().lower() == "director" and values.get(slot):
            return parse_names(values[slot], particle)
    return []


def _read_language(values: dict[str, str]) -> str | None:
    """The language code: ``language`` when it holds one (BibTeX's, Zotero's),
    else from ``langid`` or from a language name ("english", "French")."""
    language = decode(values.get("language", "")).strip()
    langid = decode(values.get("langid", "")).strip()
    if language and looks_like_code(language):
        return language
    if langid:
        return to_code(langid)
    return to_code(language) if language else None


def _option(options: str | None, name: str) -> bool:
    """Whether a BibLaTeX ``options`` list turns `name` on."""
    for m in _OPTION.finditer(options or ""):
        if m.group(1).lower() == name:
            return (m.group(2) or "true").strip().lower() == "true"
    return False
