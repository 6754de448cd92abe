"""What extraction decided for one line: the citations it holds, or why it holds none."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from ..parse.citation import NOT_A_CITATION
from ..parse.markup import plain_text, strip_marker
from ..parse.parsed import Parsed
from .blocks import decode_entities

# The reason of a line no rule read, as the judge words it: the lines the passes over
# neighbours (a repeated title, a byline, an ISBN below) may still read.
UNREAD = f"not a citation: {NOT_A_CITATION}"
# How the reason of a line whose reading fell short of the bar opens (`is_uncertain`).
UNCERTAIN = "uncertain citation "
# A line read as a section's heading (a bare title among them may name a work after all).
SECTION_HEADING = "section heading"
# A line of a page's YAML front matter: the page's own fields, never a work's.
FRONT_MATTER = "front matter"


def is_uncertain(reason: str | None) -> bool:
    """Whether `reason` says the line read as a citation, but too doubtfully to keep."""
    return reason is not None and reason.startswith(UNCERTAIN)


def feed_field(field: str) -> str:
    """The reason a feed item's own field gets: "episode metadata (date)"."""
    return f"episode metadata ({field})"


def is_feed_field(reason: str | None) -> bool:
    """Whether `reason` is a feed item's own field (every item has its date, its link…)."""
    return reason is not None and reason.startswith("episode metadata (")


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
    level: int = 0  # a heading's level (1-6), 0 for other lines

    @cached_property
    def plain(self) -> str:
        """The line's words: markup, entities and a list's marker gone (asked by every pass
        over neighbours, so worked out once; the text never changes)."""
        return strip_marker(decode_entities(plain_text(self.text)))[0].strip()

    @property
    def status(self) -> Literal["record", "rejected"]:
        owner = self.continues or self
        return "record" if owner.citations else "rejected"
