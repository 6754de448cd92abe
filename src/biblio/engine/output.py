"""Writing a stream of records in any output format, a chunk at a time.

The format writers take a list of records and return text.  Calling them on
chunks keeps memory flat; joining the chunks gives the same bytes as one
call on every record (a CSL-JSON array is spliced, text formats concatenated),
which the tests pin for every output format.  A reading list in a citation
style is the exception: its order is the style's, so its records are
collected and written in one call.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from .. import formats
from ..atomic import AtomicFile
from ..model import Record
from ..problems import Problem
from .job import Sink

CHUNK = 500
_ARRAY_OPEN, _ARRAY_CLOSE = "[\n", "\n]\n"


class FormatSink(Sink):
    """Records → `fmt` text in `path` (atomically), or on stdout when `path` is None."""

    def __init__(self, path: Path | None, fmt: str, chunk: int = CHUNK,
                 **options: Any) -> None:
        formats.check_style(fmt, options.get("style"))  # before any input is read
        self._write_records = formats.writer(fmt)
        # Writers report what they could not write faithfully (--ascii) here.
        self.problems: list[Problem] = []
        self._options = {"target": str(path) if path else "<stdout>", **options,
                         "problems": self.problems}
        self._array = fmt == "csl-json"
        self._chunk = sys.maxsize if fmt in formats.STYLED_FORMATS else chunk
        self._pending: list[Record] = []
        self._path = path
        self._file: AtomicFile | None = None  # opened on the first write
        self._parts = 0  # chunks written so far

    def _emit(self, text: str) -> None:
        if self._path is None:
            sys.stdout.write(text)
            return
        if self._file is None:
            self._file = AtomicFile(self._path)
        self._file.write(text)

    def _flush(self) -> None:
        if not self._pending:
            return
        text: str = self._write_records(self._pending, **self._options)
        self._pending = []
        if self._array:
            # "[\n  {...},\n  {...}\n]\n": keep the items, re-join with ",\n".
            body = text[len(_ARRAY_OPEN):-len(_ARRAY_CLOSE)]
            self._emit((",\n" if self._parts else _ARRAY_OPEN) + body)
        else:
            self._emit(text if not self._parts else "\n" + text)
        self._parts += 1

    def add(self, record: Record) -> None:
        self._pending.append(record)
        if len(self._pending) >= self._chunk:
            self._flush()

    def commit(self) -> None:
        self._flush()
        if self._array:
            self._emit(_ARRAY_CLOSE if self._parts else "[]\n")
        elif not self._parts:  # no records: still an output file, as the writer writes none
            self._emit(self._write_records([], **self._options))
        if self._file is not None:
            self._file.commit()
        else:
            sys.stdout.flush()

    def abort(self) -> None:
        if self._file is not None:
            self._file.abort()
