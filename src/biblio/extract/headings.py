"""Bare titles heading a page's works, read once the headings around them show the page
heads each work with its title.

A reading log or a page of reviews heads each work ("### The Bible", "### *Les
Misérables*", then "### *Guns, Germs, and Steel* by Jared Diamond"); the judge reads a
bare title among such headings once three in a row before it named works.  The first
headings of the page have none before them: here the headings after them vouch, the same
number of the same level, before any heading above them.  A list article's count vouches
too: under "20 Classic Movies Everyone Should Watch", the headings "Singin’ in the Rain",
"Vertigo", … are the twenty.  The outcomes are held back to look ahead; extraction stays
lazy.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator

from ..parse.markup import strip_marker
from ..parse.parsed import Parsed
from .judge import HEADED_WORKS, Parser, heading_dated, heading_title
from .outcome import SECTION_HEADING, LineOutcome
from .sections import counted_works

# How many outcomes after a bare heading may hold the headings that vouch for it: a few
# works with a review of some paragraphs each.
_WINDOW = 60

_FILMS = re.compile(r"\b(?:movies?|films?|documentaries)\b", re.IGNORECASE)

Place = Callable[[Parsed, LineOutcome], None]


def settle_title_headings(outcomes: Iterator[LineOutcome], place: Place,
                          parse: Parser) -> Iterator[LineOutcome]:
    """`outcomes`, with a bare title heading read when the sibling headings after it name
    works, or the heading over it counts them; `place` gives the new record its origin."""
    # each with the heading over it when that heading counts works
    held: deque[tuple[LineOutcome, LineOutcome | None]] = deque()
    parents: list[LineOutcome] = []  # the headings over the line, outermost first
    read = _Read()
    for outcome in outcomes:
        if outcome.level > 0:
            while parents and parents[-1].level >= outcome.level:
                parents.pop()
            over = parents[-1] if parents and counted_works(parents[-1].plain) else None
            held.append((outcome, over))
            parents.append(outcome)
        else:
            held.append((outcome, None))
        while held and (len(held) > _WINDOW or not _candidate(held[0][0])):
            yield _settled(held, place, parse, read)
    while held:
        yield _settled(held, place, parse, read)


def _candidate(outcome: LineOutcome) -> bool:
    return outcome.level > 0 and outcome.reason == SECTION_HEADING and not outcome.citations


class _Read:
    """What the pass has read so far that vouches for headings still to come."""

    def __init__(self) -> None:
        self.counts: set[int] = set()  # lines of the counting headings a title was read under
        self.dated_levels: set[int] = set()  # levels whose headings read as "Title (1957)"


def _settled(held: deque[tuple[LineOutcome, LineOutcome | None]], place: Place, parse: Parser,
             read: _Read) -> LineOutcome:
    heading, count = held.popleft()
    if not _candidate(heading):
        return heading
    works: list[Parsed] = []
    titled = 1  # the heading itself, under a count of works
    for later, _ in held:
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
        elif _candidate(later) and _title(later) is not None:
            titled += 1
        elif count is None:
            break  # a sibling that is a section's own heading
    # (under a count of works, two titles in a row say so, and so does one read before)
    counted = count is not None and (titled + len(works) >= 2 or count.line in read.counts)
    if len(works) < HEADED_WORKS and not counted:
        return _dated(heading, held, place, parse, read)
    title = _as_siblings(heading, works, parse) or _title(heading)
    if title is not None:
        if works and len({w.record.type for w in works}) == 1:
            title.record.type = works[0].record.type  # "### Annette" among films
        elif count is not None and _FILMS.search(count.plain):
            title.record.type = "motion_picture"  # under "50 Classic Movies to Watch"
        if count is not None:
            read.counts.add(count.line)
        place(title, heading)
        heading.citations.append(title)
        heading.reason = None
    return heading


def _dated(heading: LineOutcome, held: deque[tuple[LineOutcome, LineOutcome | None]],
           place: Place, parse: Parser, read: _Read) -> LineOutcome:
    """A filmography's or a log's headings, each a title and its year ("Paths of
    Glory(1957)", "Spartacus(1960)", …): three of one level in a row are works, and so is
    any later heading of that shape at that level."""
    if _TITLE_YEAR.fullmatch(heading.plain) is None:
        return heading
    alike = 1
    for later, _ in held:
        if later.level == 0 or later.level > heading.level:
            continue
        if later.level < heading.level or _TITLE_YEAR.fullmatch(later.plain) is None:
            break
        alike += 1
    if alike < HEADED_WORKS and heading.level not in read.dated_levels:
        return heading
    parsed = heading_dated(heading.plain, parse)
    if parsed is None:
        return heading
    read.dated_levels.add(heading.level)
    place(parsed, heading)
    heading.citations.append(parsed)
    heading.reason = None
    return heading


_TITLE_YEAR = re.compile(r"[^()]{2,80}?[ \t]*\((?:1[89]|20)\d\d\)")


def _as_siblings(heading: LineOutcome, works: list[Parsed], parse: Parser) -> Parsed | None:
    """The heading read in the form its sibling works were, with its author: "### Blood
    Meridian — Cormac McCarthy" among "### Catch-22 — Joseph Heller" and its like."""
    forms = {w.form for w in works if w.record.author}
    if len(forms) != 1 or len(works) < HEADED_WORKS:
        return None
    parsed = parse(strip_marker(heading.text)[0])
    return parsed if parsed.is_citation and parsed.record.author and parsed.form in forms \
        else None


def _title(heading: LineOutcome) -> Parsed | None:
    return heading_title(strip_marker(heading.text)[0])
