"""A unified diff of an edited file, computed from the edits rather than by comparing texts.

difflib on two 20,000-line files with thousands of changes takes minutes; the
edits already say which lines changed, so the diff is built from them
directly, in the format `diff -u` (and difflib) print.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field

from .edits import Edit, apply_edits


@dataclass
class _Change:
    """Old lines [lo, hi) replaced by `new` lines."""

    lo: int
    hi: int
    edits: list[Edit] = field(default_factory=list)
    new: list[str] = field(default_factory=list)


def unified_diff(text: str, edits: Iterable[Edit], name: str, context: int = 3) -> str:
    """The diff `diff -u` would print between `text` and `text` with `edits` applied."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line))
    changes = _changes(text, lines, starts, sorted(edits, key=lambda e: (e.start, e.end)))
    if not changes:
        return ""
    out = [f"--- {name}\n", f"+++ {name}\n"]
    shift = 0
    for group in _groups(changes, context):
        lo, hi = max(0, group[0].lo - context), min(len(lines), group[-1].hi + context)
        delta = sum(len(c.new) - (c.hi - c.lo) for c in group)
        out.append(f"@@ -{_range(lo, hi - lo)} +{_range(lo + shift, hi - lo + delta)} @@\n")
        at = lo
        for change in group:
            out.extend(_row(" ", line) for line in lines[at:change.lo])
            out.extend(_row("-", line) for line in lines[change.lo:change.hi])
            out.extend(_row("+", line) for line in change.new)
            at = change.hi
        out.extend(_row(" ", line) for line in lines[at:hi])
        shift += delta
    return "".join(out)


def _changes(text: str, lines: list[str], starts: list[int], edits: list[Edit]) -> list[_Change]:
    """Edits merged by the lines they touch, each trimmed to the lines that really differ."""
    def line(offset: int) -> int:
        return max(0, bisect.bisect_right(starts, offset) - 1)

    merged: list[_Change] = []
    for edit in edits:
        lo, hi = line(edit.start), line(max(edit.start, edit.end - 1)) + 1
        if merged and lo < merged[-1].hi:
            merged[-1].hi = max(merged[-1].hi, hi)
            merged[-1].edits.append(edit)
        else:
            merged.append(_Change(lo, hi, [edit]))
    changes: list[_Change] = []
    for change in merged:
        begin = starts[change.lo] if lines else 0
        end = starts[change.hi] if change.hi < len(lines) else len(text)
        new = apply_edits(text[begin:end], [Edit(e.start - begin, e.end - begin, e.new)
                                            for e in change.edits]).splitlines(keepends=True)
        old = lines[change.lo:change.hi]
        same = 0
        while same < min(len(old), len(new)) and old[same] == new[same]:
            same += 1
        tail = 0
        while tail < min(len(old), len(new)) - same and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        if old[same:len(old) - tail] or new[same:len(new) - tail]:
            changes.append(_Change(change.lo + same, change.hi - tail,
                                   new=new[same:len(new) - tail]))
    return changes


def _groups(changes: list[_Change], context: int) -> list[list[_Change]]:
    """Changes close enough to share context, as difflib groups them into hunks."""
    groups: list[list[_Change]] = [[changes[0]]]
    for change in changes[1:]:
        if change.lo - groups[-1][-1].hi <= 2 * context:
            groups[-1].append(change)
        else:
            groups.append([change])
    return groups


def _range(start: int, length: int) -> str:
    """difflib's hunk range: 1-based start, count omitted when 1, start-1 when empty."""
    if length == 1:
        return str(start + 1)
    return f"{start if length == 0 else start + 1},{length}"


def _row(sign: str, line: str) -> str:
    if line.endswith("\n"):
        return sign + line
    return f"{sign}{line}\n\\ No newline at end of file\n"
