"""Carry one work's enrichment over to every citation of that work.

The enricher ran on the first citation only.  What it changed there (filled
fields, a cleaned ISBN, the cited year moved to `original-date`) is recorded
as a list of CSL variables, and the same values are set on each other
citation, which keeps its own id, origin, wording and notes.
"""

from __future__ import annotations

import copy
from typing import Any

from ..lookup.result import Enrichment
from ..model import CSL_TO_ATTR, Record

_VARIABLES: tuple[str, ...] = tuple(CSL_TO_ATTR)


def _value(record: Record, var: str) -> Any:
    return record.full_title if var == "title" else record.get(var)


def changed_variables(before: Record, after: Record) -> list[str]:
    """The CSL variables whose values differ between `before` and `after` (type included)."""
    names = [var for var in _VARIABLES if _value(before, var) != _value(after, var)]
    names += sorted(k for k in set(before.extra) | set(after.extra)
                    if before.extra.get(k) != after.extra.get(k))
    if before.type != after.type:
        names.append("type")
    return names


def apply(record: Record, enrichment: Enrichment, changed: list[str]) -> Record:
    """A copy of `record` with the `changed` variables taken from the enriched record."""
    out = record.copy()
    for var in changed:
        if var == "type":
            out.type = enrichment.record.type
        else:
            out.set(var, copy.deepcopy(_value(enrichment.record, var)))
    out.sources.update(enrichment.filled)
    return out
