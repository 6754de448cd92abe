"""The job journal: finished lookups, appended as they finish, so a stopped job resumes.

One JSON object per line, flushed after each, so a crash or SIGKILL loses at
most the line being written; a torn last line is ignored on reload.  Entries
are keyed by answer key (the work and the settings, `biblio.lookup.answers`),
which makes a journal valid for any job over the same citations with the same
settings, in any order.  Only file offsets stay in memory, so a journal of a
million works costs tens of megabytes, not the results themselves.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from ..lookup.answers import Answer
from ..problems import BiblioError

FORMAT = "biblio-journal/2"


class Journal:
    """Finished work keys → their entries, backed by an append-only file."""

    def __init__(self, path: Path | None) -> None:
        """Open (or start) the journal at `path`; None keeps it in an anonymous temporary file."""
        self.path = path
        self._offsets: dict[str, int] = {}  # every entry readable now
        self._final: set[str] = set()  # entries a later run may skip
        self._file: IO[bytes] = self._open()

    def _open(self) -> IO[bytes]:
        if self.path is None:
            handle: IO[bytes] = tempfile.TemporaryFile(prefix="biblio-journal-")  # noqa: SIM115
            self._write(handle, {"format": FORMAT})
            return handle
        try:
            handle = self.path.open("a+b")
        except OSError as exc:
            raise BiblioError(f"{self.path}: cannot open the job journal: {exc.strerror}") from exc
        if not _lock(handle):
            handle.close()
            raise BiblioError(f"{self.path}: another biblio batch is using this journal; "
                              "give each running job its own (--journal)")
        handle.seek(0)
        offset = 0
        for number, line in enumerate(handle, start=1):
            if not line.endswith(b"\n"):  # torn by a crash mid-write: rewrite it
                handle.truncate(offset)
                break
            if number == 1:
                found = self._parse(line, 1).get("format") if line.startswith(b"{") else None
                if found != FORMAT:
                    raise BiblioError(
                        f"{self.path}:1: a journal of an older biblio ({found}); delete it to "
                        "start the job afresh" if str(found).startswith("biblio-journal/")
                        else f"{self.path}:1: not a biblio job journal")
            else:
                entry = self._parse(line, number)
                if entry.get("final", True):
                    key = str(entry["key"])
                    self._offsets[key] = offset
                    self._final.add(key)
            offset += len(line)
        if offset == 0:
            self._write(handle, {"format": FORMAT})
        return handle

    @staticmethod
    def _write(handle: IO[bytes], data: dict[str, Any]) -> int:
        handle.seek(0, os.SEEK_END)
        offset = handle.tell()
        handle.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
        handle.flush()
        return offset

    def _parse(self, line: bytes, number: int | None) -> dict[str, Any]:
        try:
            entry = json.loads(line)
        except ValueError as exc:
            raise BiblioError(f"{self.path}:{number or '?'}: damaged journal line ({exc}); "
                              "delete the journal to start the job afresh") from exc
        if not isinstance(entry, dict):
            raise BiblioError(f"{self.path}:{number or '?'}: damaged journal line")
        return entry

    def __contains__(self, key: str) -> bool:
        """Whether `key` is finished for good (a later run skips it)."""
        return key in self._final

    def __len__(self) -> int:
        return len(self._final)

    def add(self, key: str, answer: Answer, final: bool = True) -> None:
        """Record a lookup; one that is not `final` (offline) serves this run only."""
        data = {"key": key, "final": final, "answer": answer.to_text()}
        self._offsets[key] = self._write(self._file, data)
        if final:
            self._final.add(key)

    def find(self, key: str) -> Answer | None:
        """The entry recorded for `key` by this run or a finished earlier one, if any.

        Read from the file each time: the engine keeps the answers it uses.
        """
        offset = self._offsets.get(key)
        if offset is None:
            return None
        self._file.seek(offset)
        data = self._parse(self._file.readline(), None)
        return Answer.from_text(data["answer"])

    def close(self) -> None:
        if not self._file.closed:
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()

    def remove(self) -> None:
        """Close and delete: the job finished and its output is safely written."""
        self.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)

    def __enter__(self) -> Journal:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def _lock(handle: IO[bytes]) -> bool:
    """Take an exclusive lock on the journal (released when the file closes)."""
    if sys.platform == "win32":  # pragma: no cover - no flock; one job per journal by convention
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
