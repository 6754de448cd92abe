"""A unified diff of an edited file, computed from the edits rather than the whole texts.

difflib on two 100,000-line files with thousands of changes takes minutes;
the edits already say where the changes are, so only the few lines around
each group of edits are compared.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections.abc import Iterable

from .edits import Edit, apply_edits

_HUNK = re.compile(r"^@@ -(\d+)(,\d+)? \+(\d+)(,\d+)? @@")


def unified_diff(text: str, edits: Iterable[Edit], name: str, context: int = 3) -> str:
    """The diff `diff -u` would print between `text` and `text` with `edits` applied."""
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    if not ordered:
        return ""
    starts = [0] + [m.end() for m in re.finditer("\n", text)]
    if starts[-1] == len(text) and len(starts) > 1:
        starts.pop()  # no line after a final newline

    def line(offset: int) -> int:
        return bisect.bisect_right(starts, offset) - 1

    groups: list[tuple[int, int, list[Edit]]] = []
    for edit in ordered:
        first, last = line(edit.start), line(max(edit.start, edit.end - 1))
        # Generous: difflib splits a merged group where the texts allow.
        if groups and first - groups[-1][1] <= 2 * context + 2:
            lo, hi, members = groups[-1]
            groups[-1] = (lo, max(hi, last), [*members, edit])
        else:
            groups.append((first, last, [edit]))
    out = [f"--- {name}\n", f"+++ {name}\n"]
    shift = 0
    for first, last, members in groups:
        lo, hi = max(0, first - context), min(len(starts), last + 1 + context)
        begin = starts[lo]
        end = starts[hi] if hi < len(starts) else len(text)
        old = text[begin:end]
        new = apply_edits(old, [Edit(e.start - begin, e.end - begin, e.new) for e in members])
        a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
        for row in list(difflib.unified_diff(a, b, n=context))[2:]:
            if row.startswith("@@"):
                row = _HUNK.sub(lambda m: _moved(m, lo, lo + shift), row)
            out.append(row if row.endswith("\n") else row + "\n\\ No newline at end of file\n")
        shift += len(b) - len(a)
    return "".join(out)


def _moved(m: re.Match[str], old_base: int, new_base: int) -> str:
    return (f"@@ -{int(m.group(1)) + old_base}{m.group(2) or ''} "
            f"+{int(m.group(3)) + new_base}{m.group(4) or ''} @@")
