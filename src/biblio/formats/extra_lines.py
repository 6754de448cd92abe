"""The original date as a Zotero "Extra" line inside the note.

Zotero before its 2026 schema has no original-date field: it keeps the date
in Extra as ``original-date: 1954``, and its citation processor reads that
line back as CSL ``original-date``.  Writers put the line first in the note
(CSL ``note``, RIS ``M2``); readers take it out again, so a round trip gives
``original_date`` and never a duplicated line in ``note``.
"""

from __future__ import annotations

import re

from ..model import Date

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
