"""Runs of works cited inside a paragraph.

History podcasts close an episode's notes with the works it drew on, each an MLA
entry, all run together on one line: "… Research: Akst, Daniel. “Pellagra: The
Forgotten Plague.” American Heritage. December 2000. https://… Baird Rattini,
Kristin. “A Deadly Diet.” Discover. …".  Each entry opens with its author's name
inverted, then a stop: the run is cut before each such name, and each piece is
read as a line of its own.

A run of titles each with its author in brackets, as a syllabus lists the novels
to choose from in a sentence: "Pick from these …: The King Must Die (by Mary
Renault), The Last of the Wine (by Mary Renault), Silver Pigs (by Lindsey Davis)".
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


# "The King Must Die (by Mary Renault)": a title (no commas, colons or brackets of its
# own), then "by" and the author in brackets.
_BYLINED = re.compile(r"(?P<title>[A-Z0-9][^,;:()]{0,100}?)\s*\(by\s+(?P<who>[^()]{3,80})\)")
_BETWEEN = frozenset({"", "and", "or"})


def bylined_run(content: str) -> list[str]:
    """The works of a run of "Title (by Author)" items, or [] when there is none."""
    if "(by " not in content:
        return []
    items = list(_BYLINED.finditer(content))
    if len(items) < _MIN_ENTRIES or any(
            content[a.end():b.start()].strip(" ,;") not in _BETWEEN for a, b in pairwise(items)):
        return []
    return [f"{m['title'].strip()} by {m['who'].strip()}" for m in items]
