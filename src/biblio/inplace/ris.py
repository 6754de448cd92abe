"""Editing RIS files in place: new tags go just before the record's `ER` line.

Tags biblio does not know, their order and the file's line endings stay as
they are; a new line copies the record's own `TAG  - ` spacing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..model import Date, Name, Record
from ..problems import Problem
from .document import Document
from .edits import Edit

# A tag line: two-character tag, then "  - " (one-space and missing-space variants occur).
_TAG_LINE = re.compile(r"^(\ufeff?)([A-Z][A-Z0-9]) {0,2}-(?: |$)")
_BOOK_TYPES = frozenset({"BOOK", "EBOOK", "EDBOOK", "CLSWK"})
# Tags that hold each CSL variable: the first is written, all are read.
_TAGS: dict[str, tuple[str, ...]] = {
    "ISBN": ("SN",),
    "publisher": ("PB",),
    "publisher-place": ("CY",),
    "edition": ("ET",),
    "number-of-pages": ("SP",),
    "issued": ("PY", "DA", "Y1"),
}
_NAME_TAGS = {"AU": "author", "A1": "author", "A3": "editor", "ED": "editor", "A4": "translator"}


@dataclass
class _Line:
    tag: str
    start: int  # offset of the line
    value_start: int
    value_end: int  # end of the value, continuation lines included, before the line break

    def value(self, text: str) -> str:
        return " ".join(text[self.value_start:self.value_end].split())


@dataclass
class RisEntry:
    """One `TY` … `ER` record."""

    text: str
    number: int
    line: int
    lines: list[_Line] = field(default_factory=list)
    separator: str = "  - "
    newline: str = "\n"

    @property
    def label(self) -> str:
        ident = self._first("ID")
        return ident if ident else f"record {self.number}"

    @property
    def kind(self) -> str:
        return "book" if (self._first("TY") or "").upper() in _BOOK_TYPES else "other"

    @cached_property
    def record(self) -> Record:
        record = Record(type=self.kind, id=self.label)
        record.set_full_title(self._first("TI") or self._first("T1") or self._first("BT"))
        for line in self.lines:
            role = _NAME_TAGS.get(line.tag)
            if role is not None:
                getattr(record, role).append(_name(line.value(self.text)))
        for var, tags in _TAGS.items():
            value = next((v for t in tags if (v := self._first(t))), None)
            if value is None:
                continue
            record.set(var, _date(value) if var == "issued" else value)
        return record

    def field_name(self, var: str) -> str | None:
        tags = _TAGS.get(var)
        if tags is None:
            return None
        present = self._line_for(var)
        return present.tag if present else tags[0]

    def set(self, var: str, value: Any) -> Edit:
        present = self._line_for(var)
        text = _date_text(value, present.tag if present else "PY") if isinstance(value, Date) \
            else str(value)
        if present is not None:
            return Edit(present.value_start, present.value_end, text)
        end = self.lines[-1]  # the ER line
        tag = _TAGS[var][0]
        return Edit(end.start, end.start, f"{tag}{self.separator}{text}{self.newline}")

    def _line_for(self, var: str) -> _Line | None:
        for tag in _TAGS.get(var, ()):
            for line in self.lines:
                if line.tag == tag:
                    return line
        return None

    def _first(self, tag: str) -> str | None:
        for line in self.lines:
            if line.tag == tag:
                return line.value(self.text) or None
        return None


def parse(text: str, source: str) -> Document:
    """The records of a RIS file; a record without `ER` (or `ER` without `TY`) is reported."""
    doc = Document(text=text)
    newline = "\r\n" if "\r\n" in text else "\n"
    current: RisEntry | None = None
    records = 0
    offset = 0
    for number, raw in enumerate(text.splitlines(keepends=True), start=1):
        body = raw.rstrip("\r\n")
        match = _TAG_LINE.match(body)
        if match is None:
            if current is not None and current.lines and body.strip():
                current.lines[-1].value_end = offset + len(body)  # a continuation line
            offset += len(raw)
            continue
        tag = match.group(2)
        line = _Line(tag, offset, offset + match.end(), offset + len(body))
        if tag == "TY":
            if current is not None:
                doc.problems.append(_unclosed(source, current))
            records += 1
            current = RisEntry(text, records, number,
                               [line], body[len(match.group(1)) + 2:match.end()], newline)
        elif current is None:
            doc.problems.append(Problem(source, number, f"{tag} line outside a record "
                                        "(no TY before it); kept as it is", body))
        else:
            current.lines.append(line)
            if tag == "ER":
                doc.entries.append(current)
                current = None
        offset += len(raw)
    if current is not None:
        doc.problems.append(_unclosed(source, current))
    return doc


def _unclosed(source: str, entry: RisEntry) -> Problem:
    return Problem(source, entry.line, "record has no ER line before the next TY or the end "
                   "of the file; kept as it is", entry.text[entry.lines[0].start:].split("\n")[0])


def _name(text: str) -> Name:
    family, comma, given = text.partition(",")
    if not comma:
        return Name(literal=text)
    return Name(family=family.strip(), given=given.strip() or None)


def _date_text(date: Date, tag: str) -> str:
    """`PY` takes a year, `DA`/`Y1` take "YYYY/MM/DD/" with empty parts left empty."""
    if tag == "PY" or not date.parts:
        return str(date.year) if date.year is not None else date.iso()
    parts = [f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(date.parts[0])]
    return "/".join(parts + [""] * (4 - len(parts)))


def _date(text: str) -> Date:
    """RIS dates: "1954", "1954/03/01/", "1954///"."""
    parts = [p for p in text.split("/") if p.strip()]
    if parts and all(p.strip().isdigit() for p in parts[:3]):
        return Date.from_year(*(int(p) for p in parts[:3]))
    return Date(literal=text)
