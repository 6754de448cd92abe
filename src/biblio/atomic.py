"""Files that appear complete or not at all: written aside, renamed into place.

A batch stopped by Ctrl-C, SIGKILL or a full disk must never leave a
half-written bibliography where the last good one was, and ``biblio enrich
--in-place`` must leave either the old file or the new one.  Both write
through `AtomicFile`.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path
from typing import BinaryIO

# Flags of a new temporary file: never an existing one; no newline translation on Windows.
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


class AtomicFile:
    """A file written to a temporary sibling and renamed over `path` on `commit`.

    The file gets the mode ``open(path, "w")`` would give it: a replaced file
    keeps its own, a new one 0666 less the umask, which the system applies
    itself (mkstemp's 0600 would make it private).  A symbolic link is written
    through, not replaced.
    """

    def __init__(self, path: Path, encoding: str = "utf-8") -> None:
        self.path = Path(os.path.realpath(path))
        fd, self._temp = _temporary_sibling(self.path)
        with contextlib.suppress(FileNotFoundError):  # a new file keeps what `os.open` gave it
            os.chmod(fd, self.path.stat().st_mode & 0o7777)
        self._handle: BinaryIO = os.fdopen(fd, "wb")
        self._encoding = encoding

    def write(self, text: str) -> None:
        self._handle.write(text.encode(self._encoding))

    def write_bytes(self, data: bytes) -> None:
        self._handle.write(data)

    def commit(self) -> None:
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        os.replace(self._temp, self.path)

    def abort(self) -> None:
        if not self._handle.closed:
            self._handle.close()
        self._temp.unlink(missing_ok=True)


def write_atomic(path: Path, data: bytes) -> None:
    """Replace (or create) `path` with `data` in one step."""
    out = AtomicFile(path)
    try:
        out.write_bytes(data)
        out.commit()
    except BaseException:
        out.abort()
        raise


def _temporary_sibling(path: Path) -> tuple[int, Path]:
    """A new hidden file next to `path` (same file system, so the rename is atomic)."""
    while True:
        temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            return os.open(temp, _CREATE, 0o666), temp
        except FileExistsError:
            continue
