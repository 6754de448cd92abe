"""What extraction decided for one line: the citations it holds, or why it holds none."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..parse.parsed import Parsed


@dataclass
class LineOutcome:
    """One non-blank input line (or HTML text block) and its fate.

    Every such line gets exactly one outcome, so the report can account for
    the whole input.  A list item wrapped over several lines yields its
    citations on its first line; the following lines point back to it through
    `continues`.
    """

    source: str
    line: int  # 1-based line in the source file where the text starts
    text: str
    citations: list[Parsed] = field(default_factory=list)
    reason: str | None = None  # why the line was rejected
    section: str | None = None  # heading of the section the line sits in
    continues: LineOutcome | None = None

    @property
    def status(self) -> Literal["record", "rejected"]:
        owner = self.continues or self
        return "record" if owner.citations else "rejected"
