"""Reading and writing a bibliography file without changing its bytes behind the user's back.

The file is decoded by `biblio.io.decode`, as `convert` decodes it (UTF-8,
UTF-16, a clear Windows-1252 file; a byte-order mark is set aside), and
written back in the same encoding, with the same mark and line endings.  A
file that decoding had to change (two encodings in one file, unreadable
bytes, NULs) could not be written back byte for byte, so it is refused.
Writes go through `biblio.atomic`: an interrupted run leaves either the old
or the new file.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from ..atomic import write_atomic
from ..io import decode
from ..problems import BiblioError

_BOM = "\ufeff"
# What `decode` reads, in the order it tries them; the one that gives the bytes back is the file's.
_ENCODINGS = ("utf-8", "utf-16-le", "utf-16-be", "cp1252")


@dataclass
class LoadedFile:
    text: str
    encoding: str  # the file's encoding, which writing keeps
    bom: str = ""  # the byte-order mark the file starts with, if any


def load(path: Path) -> LoadedFile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BiblioError(f"{path}: cannot read: {exc.strerror}") from None
    text, problems = decode(data, str(path))
    for bom in ("", _BOM):
        for encoding in _ENCODINGS:
            try:
                if (bom + text).encode(encoding) == data:
                    return LoadedFile(text, encoding, bom)
            except UnicodeEncodeError:
                continue
    why = "; ".join(p.message for p in problems) or "its encoding cannot be written back"
    raise BiblioError(f"{path}: {why}; enrich edits only files it can write back byte for "
                      "byte, so nothing was changed")


def encode(path: Path, text: str, loaded: LoadedFile) -> bytes:
    try:
        return (loaded.bom + text).encode(loaded.encoding)
    except UnicodeEncodeError as exc:
        raise BiblioError(f"{path}: a filled value ({exc.object[exc.start:exc.end]!r}) cannot be "
                          f"written in the file's encoding ({loaded.encoding})") from None


def write(path: Path, data: bytes, *, backup: Path | None = None) -> None:
    """Replace `path` with `data`; with `backup`, the current file is copied there first
    (metadata included)."""
    if backup is not None and path.exists():
        shutil.copy2(path, backup)
    write_atomic(path, data)
