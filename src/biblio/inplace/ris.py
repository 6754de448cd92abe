"""Editing RIS files in place: new tags go just before the record's `ER` line.

Tags biblio does not know, their order and the file's line endings stay as
they are; a new line copies the record's own `TAG  - ` spacing.  A record is
read by `biblio.formats.ris` (Zotero's reading of each tag), and the original
date goes where Zotero looks for it: an ``original-date:`` line in `M2`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from ..formats import ris as ris_format
from ..formats.extra_lines import take_original_date
from ..formats.ris_tags import READ_ALIASES, TAGS, csl_type_for
from ..model import Date, Record
from ..problems import Problem
from .document import Document
from .edits import Edit

# A tag line: two-character tag, then "  - " (one-space and missing-space variants occur).
_TAG_LINE = re.compile(r"^(\ufeff?)([A-Z][A-Z0-9]) {0,2}-(?: |$)")


@cache
def _tags(csl_type: str, var: str) -> tuple[str, ...]:
    """The tags `convert` reads `var` from in a record of this type: the first is
    written, all are edited (`ris_tags.TAGS`, with other tools' aliases).

    The original date is an Extra line in the note's tag (M2); a new date is
    written as its year alone (PY), which every reader takes.
    """
    wanted = "note" if var == "original-date" else var
    rows = sorted((t for t in TAGS if t.var == wanted and t.read and csl_type in t.types),
                  key=lambda t: t.kind != "year")
    tags = [t.tag for t in rows]
    tags += [alias for alias, tag in READ_ALIASES.items() if tag in tags]
    return tuple(dict.fromkeys(tags))


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
        return csl_type_for(self._first("TY") or "")

    @cached_property
    def record(self) -> Record:
        end = self.lines[-1]
        found = ris_format.read(self.text[self.lines[0].start:end.value_end], "<record>")
        record = found.records[0] if found.records else Record(type=self.kind)
        record.id = self.label
        return record

    def field_name(self, var: str) -> str | None:
        tags = _tags(self.kind, var)
        if not tags:
            return None
        present = self._line_for(var)
        if var == "original-date" and present is not None and not self._only_original_date(
                present):
            return None  # M2 holds other Extra lines: not ours to rewrite
        return present.tag if present else tags[0]

    def set(self, var: str, value: Any) -> list[Edit]:
        """A new tag before `ER`, or every tag holding `var` replaced (`DA` and `PY` agree)."""
        tags = _tags(self.kind, var)
        present = [line for line in self.lines if line.tag in tags]
        if present:
            return [Edit(p.value_start, p.value_end, _text(var, value, p.tag)) for p in present]
        tag = tags[0]
        end = self.lines[-1]  # the ER line
        text = _text(var, value, tag)
        return [Edit(end.start, end.start, f"{tag}{self.separator}{text}{self.newline}")]

    def _line_for(self, var: str) -> _Line | None:
        for tag in _tags(self.kind, var):
            for line in self.lines:
                if line.tag == tag:
                    return line
        return None

    def _only_original_date(self, line: _Line) -> bool:
        rest, original = take_original_date(line.value(self.text))
        return original is not None and not rest

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


def _text(var: str, value: Any, tag: str) -> str:
    if var == "original-date":
        return f"original-date: {value.iso() if isinstance(value, Date) else value}"
    if isinstance(value, Date):
        return _date_text(value, tag)
    return str(value)


def _date_text(date: Date, tag: str) -> str:
    """`PY` takes a year; `DA`/`Y1` take "YYYY/MM/DD" with as many parts as are known."""
    if tag == "PY" or not date.parts:
        return str(date.year) if date.year is not None else date.iso()
    return "/".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(date.parts[0]))
