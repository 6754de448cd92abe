"""RIS through rispy, with the tags Zotero's importer reads (see `ris_tags`).

rispy alone reads zero records from a file with a byte-order mark or with
one-space tags (``TY - BOOK``), both of which Zotero accepts.  This reader
strips the mark, lets rispy parse tag lines with one or two spaces, and
checks the record structure itself first, so that a record without ``ER``
ends where the next ``TY`` (or the file) does instead of being merged into
the next one; it is kept, with a warning naming its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

from rispy import RisParser, RisWriter

from ..keys import keyed
from ..model import TYPES, Date, Name, Origin, Record
from ..problems import Problem, ReadResult
from .eprint import take_eprint_line, with_eprint_line
from .extra_lines import take_zotero_extra, with_zotero_extra
from .isbn_output import IsbnForm, isbn_form, written_isbn
from .name_particles import SUFFIX_SEPARATOR, split_family, split_given
from .ris_tags import (
    LIST_TAGS,
    NOTE_TAGS,
    READ_ALIASES,
    TAGS,
    Tag,
    csl_type_for,
    ty_for,
)

NAME = "ris"
EXTENSIONS = (".ris",)

_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$")
_ALL_TAGS = sorted(
    {t.tag for t in TAGS} | set(NOTE_TAGS) | set(READ_ALIASES) | {"TY", "ER", "EP"}
)
_DATE = re.compile(r"^(-?\d+)(?:/(\d{0,2})(?:/(\d{0,2})(?:/(.*))?)?)?$")


class _Parser(RisParser):  # type: ignore[misc]  # rispy is untyped
    """rispy's parser, with tag lines as Zotero reads them (one or two spaces)."""

    DEFAULT_MAPPING: ClassVar[dict[str, str]] = {t: t for t in _ALL_TAGS}

    def parse_line(self, line: str) -> tuple[str, str] | tuple[None, str]:
        m = _TAG_LINE.match(line)
        if m:
            return m.group(1), (m.group(2) or "").strip()
        return None, line.strip()


class _Writer(RisWriter):  # type: ignore[misc]  # rispy is untyped
    """rispy's writer without the "1." header line before each record."""

    REFERENCE_TYPE_KEY = "ty"

    def set_header(self, count: int) -> str:
        return ""


# ---------------------------------------------------------------- writing


def write(records: list[Record], **options: Any) -> str:
    """RIS text, one ``TY``…``ER`` record per item; option ``isbn`` (see `isbn_output`)."""
    isbn = isbn_form(options)
    records = keyed(records)
    writer = _Writer(
        mapping={t: t.lower() for t in _ALL_TAGS},
        list_tags=list(_ALL_TAGS),
        delimiter_tags_mapping={},
    )
    text: str = writer.formats([_to_tags(rec, isbn) for rec in records])
    return text


def _to_tags(rec: Record, isbn: IsbnForm) -> dict[str, Any]:
    csl_type = rec.type if rec.type in TYPES else "document"
    out: dict[str, Any] = {"ty": ty_for(csl_type)}
    for row in TAGS:
        if csl_type not in row.types:
            continue
        value = rec.id if row.var == "id" else rec.get(row.var)
        if row.var == "note":
            value = with_eprint_line(rec, with_zotero_extra(rec))
        elif row.var == "ISBN" and value:
            value = written_isbn(value, isbn)
        if value is None or value == [] or value == "":
            continue
        for tag, line in _encode(row, value):
            out.setdefault(tag.lower(), []).append(line)
    return out


def _encode(row: Tag, value: Any) -> list[tuple[str, str]]:
    """(tag, value) lines for one row."""
    if row.kind == "names":
        return [(row.tag, _format_name(n)) for n in value]
    if row.kind == "date":
        return [(row.tag, _format_date(value))] if value.parts else []
    if row.kind == "year":
        return [(row.tag, str(value.year))] if value.year is not None else []
    if row.kind == "pages":
        first, sep, last = str(value).partition("-")
        start = [(row.tag, first.strip())]
        return [*start, ("EP", last.strip())] if sep and last.strip() else start
    lines = [line.strip() for line in str(value).split("\n") if line.strip()]
    if row.kind == "lines":  # one tag per line: Zotero appends each M2 to Extra
        return [(row.tag, line) for line in lines]
    if row.kind == "paragraphs":  # continuation lines: Zotero keeps only the first AB
        return [(row.tag, "\n".join(lines))]
    return [(row.tag, " ".join(str(value).split()))]


def _format_name(name: Name) -> str:
    """"de Gaulle, Charles", "King, Martin Luther, Jr.", "Open University"."""
    if name.literal is not None:
        return name.literal
    family = " ".join(p for p in (name.non_dropping_particle, name.family) if p)
    given = " ".join(p for p in (name.given, name.dropping_particle) if p)
    if not (given or name.suffix):
        return f"{family},"  # the comma keeps "Aristotle" a person
    text = f"{family}, {given}"
    return f"{text}{SUFFIX_SEPARATOR}{name.suffix}" if name.suffix else text


def _format_date(date: Date) -> str:
    """``YYYY/MM/DD/`` as Zotero writes and reads it (``1954///``)."""
    parts = date.parts[0]
    year = str(parts[0])
    month = f"{parts[1]:02d}" if len(parts) > 1 else ""
    day = f"{parts[2]:02d}" if len(parts) > 2 else ""
    return f"{year}/{month}/{day}/"


# ---------------------------------------------------------------- reading


def read(text: str, source: str = "<string>") -> ReadResult:
    """Records from RIS text; broken records become Problems."""
    result = ReadResult()
    spans: list[tuple[int, list[str]]] = list(_records(text.lstrip("\ufeff"), source, result))
    if not spans:
        if text.strip() and not result.problems:
            result.problems.append(
                Problem(source, 1, "no RIS records found (a record starts with a 'TY  - ' line)")
            )
        return result
    parser = _Parser(list_tags=list(LIST_TAGS), skip_unknown_tags=True)
    for line, lines in spans:
        try:  # one record at a time: rispy's faults on odd lines cost only their record
            [tags] = parser.parse_lines(iter(lines))
            rec = _from_tags(tags)
        except (ValueError, TypeError, KeyError, IndexError) as exc:
            result.problems.append(Problem(source, line, f"bad RIS record: {exc!r}"))
            continue
        rec.origin = Origin(source=source, line=line)
        result.records.append(rec)
    return result


def _records(text: str, source: str, result: ReadResult) -> Iterator[tuple[int, list[str]]]:
    """(first line, lines) of each record; Problems for stray tags and missing ``ER``."""
    start: int | None = None
    lines: list[str] = []
    stray_reported = False
    for number, line in enumerate(text.splitlines(), 1):
        m = _TAG_LINE.match(line)
        tag = m.group(1) if m else None
        if tag == "TY":
            if start is not None:
                yield _unclosed(source, start, lines, result)
            start, lines = number, [line]
            stray_reported = False
        elif start is None:
            if tag is not None and tag != "ER" and not stray_reported:
                result.problems.append(Problem(
                    source, number, "RIS tag outside a record (no 'TY  -' line before it)", line))
                stray_reported = True
        elif tag == "ER":
            lines.append("ER  - ")
            yield start, lines
            start, lines = None, []
        elif tag is None and len(lines) == 1 and line.strip():
            # rispy would add it to the previous record's last tag
            result.problems.append(Problem(
                source, number, "not a RIS tag line ('XX  - value') and no tag to continue; "
                "skipped", line))
        else:
            lines.append(line)
    if start is not None:
        yield _unclosed(source, start, lines, result)


def _unclosed(source: str, start: int, lines: list[str],
              result: ReadResult) -> tuple[int, list[str]]:
    """A record cut short of its ``ER`` line: its tags are all there, so it is kept."""
    result.problems.append(Problem(source, start, "RIS record has no ER line; kept", lines[0],
                                   warning=True))
    while lines and not lines[-1].strip():
        lines.pop()  # the blank lines before the next record are not part of its last value
    return start, [*lines, "ER  - "]


def _from_tags(tags: dict[str, str | list[str]]) -> Record:
    values: dict[str, list[str]] = {}
    for tag, found in tags.items():
        items = found if isinstance(found, list) else [found]
        target = READ_ALIASES.get(tag, tag)
        if target in values and target not in LIST_TAGS:
            continue  # the first value wins, as in Zotero
        values.setdefault(target, []).extend(v for v in items if v.strip())
    rec = Record(type=csl_type_for((values.get("TY") or ["GEN"])[0]))
    end_page = values["EP"][0] if values.get("EP") else None
    for row in TAGS:
        if not row.read or rec.type not in row.types or not values.get(row.tag):
            continue
        items = values[row.tag]
        if row.var == "id":
            rec.id = items[0]
        elif row.kind == "names":
            rec.set(row.var, (rec.get(row.var) or []) + [_parse_name(v) for v in items])
        elif row.kind == "date":
            rec.set(row.var, _parse_date(items[0]))
        elif row.kind == "year":
            if rec.get(row.var) is None and items[0].strip().lstrip("-").isdigit():
                rec.set(row.var, Date.from_year(int(items[0].strip())))
        elif row.kind == "pages":
            rec.set(row.var, f"{items[0]}-{end_page}" if end_page else items[0])
        elif row.kind in ("lines", "paragraphs"):
            rec.set(row.var, "\n".join(items))
        else:
            rec.set(row.var, items[0])
    extra_note = [line for tag in NOTE_TAGS if tag != "M2" for line in values.get(tag, [])]
    if extra_note:
        rec.note = "\n".join(([rec.note] if rec.note else []) + extra_note)
    take_zotero_extra(rec)
    take_eprint_line(rec)
    return rec


def _parse_name(text: str) -> Name:
    """Zotero's reading: text before the first comma is the family name."""
    family, sep, rest = text.partition(",")
    family, rest = family.strip(), rest.strip()
    if not sep:
        return Name(literal=text.strip())
    particle, family_name = split_family(family)
    given, dropping, suffix = split_given(rest)
    return Name(
        family=family_name or None,
        given=given or None,
        non_dropping_particle=particle,
        dropping_particle=dropping,
        suffix=suffix,
    )


def _parse_date(text: str) -> Date:
    m = _DATE.match(text.strip())
    if not m:
        return Date.parse(text.replace("/", "-").strip("-")) if text.strip() else Date()
    year, month, day, rest = m.groups()
    if not year.lstrip("-").isdigit() and rest:
        return Date(literal=rest)
    return Date.from_year(
        int(year),
        int(month) if month else None,
        int(day) if day else None,
    )
