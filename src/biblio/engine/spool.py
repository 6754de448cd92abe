"""A temporary file of records and report lines, so a job reads its inputs once.

De-duplication must see every citation before the first lookup, and citation
keys must see every record before the first is written; holding all records
in memory would make memory grow with the archive, so they wait here instead.
The first `MEMORY_ITEMS` stay in memory as they are: pickling and unpickling
each record twice was an eighth of a warm run, and a bounded number of
records keeps memory flat all the same.
"""

from __future__ import annotations

import pickle
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Generic, TypeVar

T = TypeVar("T")

_LENGTH = struct.Struct("<I")


MEMORY_ITEMS = 16_384


class Spool(Generic[T]):
    """Append items, then iterate over them, in order, as often as needed.

    The items kept in memory are handed out themselves, not copies: a pass
    may change an item only in a way the next pass expects to see.
    """

    def __init__(self, directory: Path | None = None, memory_items: int = MEMORY_ITEMS) -> None:
        self._directory = directory
        self._memory: list[T] = []
        self._memory_items = memory_items
        self._file: IO[bytes] | None = None
        self.count = 0

    def append(self, item: T) -> None:
        self.count += 1
        if len(self._memory) < self._memory_items:
            self._memory.append(item)
            return
        if self._file is None:
            self._file = tempfile.TemporaryFile(dir=self._directory,  # noqa: SIM115
                                                prefix="biblio-spool-")
        blob = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.write(_LENGTH.pack(len(blob)))
        self._file.write(blob)

    @property
    def in_memory(self) -> int:
        """How many of the first items are held in memory."""
        return len(self._memory)

    def __iter__(self) -> Iterator[T]:
        return self.starting_at(0)

    def starting_at(self, start: int) -> Iterator[T]:
        """The items from the `start`-th on (at most `in_memory`: those are skipped for free)."""
        if start > len(self._memory):
            raise ValueError(f"only the first {len(self._memory)} items can be skipped")
        yield from self._memory[start:]
        if self._file is None:
            return
        self._file.flush()
        self._file.seek(0)
        read = self._file.read
        for _ in range(self.count - len(self._memory)):
            (size,) = _LENGTH.unpack(read(_LENGTH.size))
            item: T = pickle.loads(read(size))  # our own file, written above
            yield item
        self._file.seek(0, 2)

    def close(self) -> None:
        self._memory.clear()
        if self._file is not None:
            self._file.close()

    def __enter__(self) -> Spool[T]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
