"""A run of works cited, flattened into a paragraph after a "Research:" label.

History podcasts close an episode's notes with the works it drew on, each an MLA
entry, all run together on one line: "… Research: Akst, Daniel. “Pellagra: The
Forgotten Plague.” American Heritage. December 2000. https://… Baird Rattini,
Kristin. “A Deadly Diet.” Discover. …".  Each entry opens with its author's name
inverted, then a stop: the run is cut before each such name, and each piece is
read as a line of its own.
"""

from __future__ import annotations

import re
from itertools import pairwise

_LABEL = re.compile(r"\b(?:Research|Sources|Works [Cc]ited|Bibliography|References)\s*:\s*")
# "Akst, Daniel. “", "Baird Rattini, Kristin. “", "Abate, M.A. Not …", "Ellsworth, Mary Ellen. “":
# a surname (or two words of one), a comma, given names or initials, a stop, then a title
# in quotes or a capitalised word ("Morton Grove, Illinois. 1997." is a town and a year).
_HEAD = re.compile(
    r"(?<!\S)[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?, "
    r"(?:[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+| [A-Z]\.)*\.|(?:[A-Z]\. ?){1,3}) "
    r"(?=[“\"]|[A-Z][a-z])")
# The fewest entries that make a run: one name alone may be a sentence's.
_MIN_ENTRIES = 2


def cited_run(content: str) -> list[str]:
    """The entries of a run of works cited after a label, or [] when there is none."""
    label = _LABEL.search(content) if ":" in content else None
    if label is None:
        return []
    heads = [m.start() for m in _HEAD.finditer(content, label.end())]
    first = content[label.end():heads[0]].strip() if heads else ""
    if len(heads) < _MIN_ENTRIES and (first or not heads):
        return []  # (one entry right after the label is the run's too)
    bounds = [*heads, len(content)]
    pieces = [content[a:b].strip() for a, b in pairwise(bounds)]
    return [piece for piece in (first, *pieces) if piece]
