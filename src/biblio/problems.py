"""Problems found in input: what went wrong, where, so the user can fix it."""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Record
from .report import ReportLine


@dataclass
class Problem:
    """One input part (entry, record, line) that could not be used, or was used with a doubt.

    A `warning` is input that was read anyway (a record without its end
    line, an entity left unexpanded): the user should look, but nothing was
    lost, so it does not make a command fail.
    """

    source: str  # file name, or "<stdin>" / "<string>"
    line: int | None  # 1-based line where the bad part starts
    message: str
    text: str | None = None  # the offending input, verbatim (shortened for display)
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: warning: {self.message}" if self.warning else f"{where}: {self.message}"


def line_list(lines: list[int], shown: int = 10) -> str:
    """``line 7`` or ``lines 7, 12, …``: where a fault met on many lines is."""
    numbers = ", ".join(str(n) for n in lines[:shown]) + (", …" if len(lines) > shown else "")
    return f"line {numbers}" if len(lines) == 1 else f"lines {numbers}"


def errors(problems: list[Problem]) -> list[Problem]:
    """The problems that lost input (warnings left out): these make a command fail."""
    return [p for p in problems if not p.warning]


@dataclass
class ReadResult:
    """What a reader got out of one input: the good records and the problems."""

    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # What became of each input line, for `--report`; filled by the show-notes readers.
    lines: list[ReportLine] = field(default_factory=list)
    # The episodes the notes describe, as report lines holding a `broadcast` record;
    # used only on request (`--include-source`).
    sources: list[ReportLine] = field(default_factory=list)

    def extend(self, other: ReadResult) -> None:
        self.records.extend(other.records)
        self.problems.extend(other.problems)
        self.lines.extend(other.lines)
        self.sources.extend(other.sources)


class BiblioError(Exception):
    """An error a user can act on (bad option, unreadable file, unknown format)."""
