"""Reading and writing a bibliography file without changing its bytes behind the user's back.

The file is decoded as UTF-8 (a byte-order mark is kept as a character) or,
failing that, Latin-1, and written back in the same encoding with the same
line endings; an in-place write keeps a backup and replaces the file
atomically, so an interrupted run leaves either the old or the new file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..problems import BiblioError


@dataclass
class LoadedFile:
    text: str
    encoding: str


def load(path: Path) -> LoadedFile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BiblioError(f"{path}: cannot read: {exc.strerror}") from None
    try:
        return LoadedFile(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return LoadedFile(data.decode("latin-1"), "latin-1")


def encode(path: Path, text: str, encoding: str) -> bytes:
    try:
        return text.encode(encoding)
    except UnicodeEncodeError as exc:
        raise BiblioError(f"{path}: a filled value ({exc.object[exc.start:exc.end]!r}) cannot be "
                          f"written in the file's encoding ({encoding})") from None


def write_atomic(path: Path, data: bytes, *, backup: Path | None = None) -> None:
    """Write `data` to `path` through a temporary file in the same directory.

    With `backup`, the current file is copied there first (metadata included).
    """
    directory = path.resolve().parent
    if backup is not None and path.exists():
        shutil.copy2(path, backup)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
