"""A temporary file of records and report lines, so a job reads its inputs once.

De-duplication must see every citation before the first lookup, and citation
keys must see every record before the first is written; holding all records
in memory would make memory grow with the archive, so they wait here instead.
"""

from __future__ import annotations

import pickle
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Generic, TypeVar

T = TypeVar("T")

_LENGTH = struct.Struct("<I")


class Spool(Generic[T]):
    """Append items, then iterate over them, in order, as often as needed."""

    def __init__(self, directory: Path | None = None) -> None:
        self._file = tempfile.TemporaryFile(dir=directory, prefix="biblio-spool-")  # noqa: SIM115
        self.count = 0

    def append(self, item: T) -> None:
        blob = pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)
        self._file.write(_LENGTH.pack(len(blob)))
        self._file.write(blob)
        self.count += 1

    def __iter__(self) -> Iterator[T]:
        self._file.flush()
        self._file.seek(0)
        read = self._file.read
        for _ in range(self.count):
            (size,) = _LENGTH.unpack(read(_LENGTH.size))
            item: T = pickle.loads(read(size))  # our own file, written above
            yield item
        self._file.seek(0, 2)

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Spool[T]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
