"""Zotero "Extra" lines inside the note: the original date, title and publisher.

Zotero before its 2026 schema has no original-date field: it keeps the date
in Extra as ``original-date: 1954``, and its citation processor reads that
line back as CSL ``original-date``.  Writers put the line first in the note
(CSL ``note``, RIS ``M2``); readers take it out again, so a round trip gives
``original_date`` and never a duplicated line in ``note``.
"""

from __future__ import annotations

import re

from ..model import Date, Record

# Zotero writes "original-date: 1954"; its UI shows "Original Date: 1954".
_LINE = re.compile(
    r"^[ \t]*original[- ]date[ \t]*:[ \t]*(\S.*?)[ \t]*$", re.IGNORECASE | re.MULTILINE
)


def with_original_date(note: str | None, original: Date | None) -> str | None:
    """The note with the ``original-date:`` line first (once)."""
    if original is None or not (original.parts or original.literal):
        return note
    line = f"original-date: {original.iso()}"
    rest, _ = take_original_date(note)
    return f"{line}\n{rest}" if rest else line


def take_original_date(note: str | None) -> tuple[str | None, Date | None]:
    """Split ``original-date:`` lines off a note: (rest of the note, the date)."""
    if not note or not _LINE.search(note):
        return note, None
    found: Date | None = None
    kept: list[str] = []
    for line in note.split("\n"):
        m = _LINE.match(line)
        if m is None:
            kept.append(line)
        elif found is None:
            found = Date.parse(m.group(1))
    rest = "\n".join(kept).strip("\n")
    return (rest or None), found


# CSL variables Zotero has no field for (original title in every schema; the
# original publisher and place before its 2026 schema; RIS has no tag Zotero
# reads for any of them).  Zotero keeps such values as "variable: value" Extra
# lines, which its citation processor reads back, and its own exporters write.
TEXT_VARIABLES = ("original-title", "original-publisher", "original-publisher-place")
_TEXT_LINE = re.compile(
    r"^[ \t]*(original[- ]publisher[- ]place|original[- ]publisher|original[- ]title)"
    r"[ \t]*:[ \t]*(\S.*?)[ \t]*$",
    re.IGNORECASE,
)


def with_zotero_extra(rec: Record) -> str | None:
    """The note as Zotero's Extra: original date, title, publisher lines, then the note."""
    rest, found = _take_text_lines(rec.note)
    lines = [
        f"{var}: {' '.join(str(value).split())}"
        for var in TEXT_VARIABLES
        if (value := rec.get(var) or found.get(var)) and str(value).strip()
    ]
    note = "\n".join(lines + ([rest] if rest else [])) or None
    return with_original_date(note, rec.original_date)


def take_zotero_extra(rec: Record) -> None:
    """Move Extra lines out of ``rec.note`` into variables the record does not have yet."""
    note, original = take_original_date(rec.note)
    if rec.original_date is None:
        rec.original_date = original
    rec.note, found = _take_text_lines(note)
    for var, value in found.items():
        if rec.get(var) is None:
            rec.set(var, value)


def _take_text_lines(note: str | None) -> tuple[str | None, dict[str, str]]:
    if not note:
        return note, {}
    found: dict[str, str] = {}
    kept: list[str] = []
    for line in note.split("\n"):
        m = _TEXT_LINE.match(line)
        if m is None:
            kept.append(line)
        else:
            found.setdefault(m.group(1).lower().replace(" ", "-"), m.group(2))
    if not found:
        return note, {}
    rest = "\n".join(kept).strip("\n")
    return (rest or None), found
