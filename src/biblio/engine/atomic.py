"""Files that appear complete or not at all: written aside, renamed into place.

A batch stopped by Ctrl-C, SIGKILL or a full disk must never leave a
half-written bibliography where the last good one was.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO


class AtomicFile:
    """A text file written to a temporary sibling and renamed over `path` on `commit`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        directory = path.parent if str(path.parent) else Path(".")
        fd, temp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".part")
        self._temp = Path(temp)
        os.chmod(fd, _mode_for(path))  # mkstemp's 0600 would make the output private
        self.handle: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, text: str) -> None:
        self.handle.write(text)

    def commit(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self._temp, self.path)

    def abort(self) -> None:
        if not self.handle.closed:
            self.handle.close()
        self._temp.unlink(missing_ok=True)


def _mode_for(path: Path) -> int:
    """The replaced file's permissions, or what a new file gets under the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
