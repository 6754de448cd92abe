"""Citation keys for a stream of records, without holding the records.

`biblio.keys.assign_keys` needs every record at once to know whether a key
repeats.  Here the records pass twice instead: `count` sees each one, then
`assign` gives out the same kind of keys (a bare key when it is unique, a/b/c
suffixes when it repeats) while only the keys stay in memory.
"""

from __future__ import annotations

from collections import Counter

from ..keys import _suffix as key_suffix
from ..keys import base_key
from ..model import Record


class StreamingKeys:
    """Pass 1: `count(record)` for every record; pass 2: `assign(record)` in the same order."""

    def __init__(self, taken: set[str]) -> None:
        self._taken = set(taken)  # ids the inputs already carry
        self._counts: Counter[str] = Counter()
        self._next: Counter[str] = Counter()
        self._bare: set[str] | None = None

    def count(self, record: Record) -> None:
        if not record.id:
            self._counts[base_key(record)] += 1

    def assign(self, record: Record) -> None:
        """Give `record` its key if it has none (call after every `count`)."""
        if record.id:
            return
        if self._bare is None:
            # Unique keys are theirs whatever comes first: no suffix may take them.
            self._bare = {k for k, n in self._counts.items() if n == 1 and k not in self._taken}
            self._taken |= self._bare
        key = base_key(record)
        if key in self._bare:
            record.id = key
            return
        while True:
            candidate = key + key_suffix(self._next[key])
            self._next[key] += 1
            if candidate not in self._taken:
                break
        self._taken.add(candidate)
        record.id = candidate
