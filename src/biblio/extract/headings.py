"""Bare titles heading a page's first works, read once the headings after them show the
page heads each work with its title.

A reading log or a page of reviews heads each work ("### The Bible", "### *Les
Misérables*", then "### *Guns, Germs, and Steel* by Jared Diamond"); the judge reads a
bare title among such headings once three in a row before it named works.  The first
headings of the page have none before them: here the headings after them vouch, the same
number of the same level, before any heading above them.  The outcomes are held back to
look ahead; extraction stays lazy.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator

from ..parse.markup import strip_marker
from ..parse.parsed import Parsed
from .judge import HEADED_WORKS, heading_title
from .outcome import SECTION_HEADING, LineOutcome

# How many outcomes after a bare heading may hold the headings that vouch for it: a few
# works with a review of some paragraphs each.
_WINDOW = 60

Place = Callable[[Parsed, LineOutcome], None]


def settle_title_headings(outcomes: Iterator[LineOutcome], place: Place) -> Iterator[LineOutcome]:
    """`outcomes`, with a bare title heading read when the sibling headings after it name
    works; `place` gives the new record its origin."""
    held: deque[LineOutcome] = deque()
    for outcome in outcomes:
        held.append(outcome)
        while held and (len(held) > _WINDOW or not _candidate(held[0])):
            yield _settled(held, place)
    while held:
        yield _settled(held, place)


def _candidate(outcome: LineOutcome) -> bool:
    return outcome.level > 0 and outcome.reason == SECTION_HEADING and not outcome.citations


def _settled(held: deque[LineOutcome], place: Place) -> LineOutcome:
    heading = held.popleft()
    if not _candidate(heading):
        return heading
    works: list[Parsed] = []
    for later in held:
        if later.level == 0 or later.continues is not None:
            continue
        if later.level < heading.level:
            break  # the section the heading sits in ends
        if later.level > heading.level:
            continue
        if later.citations:
            works.append(later.citations[0])
            if len(works) >= HEADED_WORKS:
                break
        elif not (_candidate(later) and _title(later) is not None):
            break  # a sibling that is a section's own heading
    if len(works) < HEADED_WORKS:
        return heading
    title = _title(heading)
    if title is not None:
        if len({w.record.type for w in works}) == 1:
            title.record.type = works[0].record.type  # "### Annette" among films
        place(title, heading)
        heading.citations.append(title)
        heading.reason = None
    return heading


def _title(heading: LineOutcome) -> Parsed | None:
    return heading_title(strip_marker(heading.text)[0])
