"""The detail lines a shop or a catalogue sets under a book: its ISBN, then its imprint.

Bookshop pages list a book as a short block: "Boomhouse By Summer J. Hart Cover Image"
(the cover's caption run into the title), "ISBN: 9781737925842", "Availability: …",
"Published: 3rd Thing - September 12th, 2023".  An ISBN line alone is a record of its
own; under an entry it is that entry's ISBN, and it vouches for a title line above it that
no rule reads alone.  The outcomes are held back a few lines to look ahead; extraction
stays lazy.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator

from ..model import Date
from ..parse.citation import NOT_A_CITATION, read_listed_title
from ..parse.markup import plain_text, strip_marker
from ..parse.parsed import Parsed
from ..parse.segments import is_publisher, unlikely_publisher
from .dates import iso_date
from .outcome import LineOutcome

# How many outcomes after the ISBN may hold its imprint ("Availability: …" between).
_WINDOW = 3
# A title line over an ISBN is a heading's length, not a sentence's.
_TITLE_WORDS = 25
_ISBN_LINE_RE = re.compile(r"ISBN(?:-1[03])?\s*[:#]?\s*[\dXx-]{10,17}\s*\Z", re.IGNORECASE)
# "Published: Random House - April 25th, 2017", "Publisher: Del Rey, 2023"
_IMPRINT_RE = re.compile(
    r"(?:Published|Publisher)\s*:\s*(?P<pub>[^\s-][^:]*?)\s+[-–—,]\s+(?P<date>[^:]*\d{4})\s*\Z")
# The cover's caption a copied shop page runs into the title line.
_CAPTION_RE = re.compile(r"\s+(?:Cover\s+Image|Book\s+Cover)\s*\Z", re.IGNORECASE)
_REFUSED = f"not a citation: {NOT_A_CITATION}"  # no rule read the line

Place = Callable[[Parsed, LineOutcome], None]
Parser = Callable[[str], Parsed]


def settle_details(outcomes: Iterator[LineOutcome], parse: Parser,
                   place: Place) -> Iterator[LineOutcome]:
    """`outcomes`, with each ISBN line's number (and the imprint line below it) given to
    the entry just above it; `parse` reads a title line the ISBN vouches for."""
    held: deque[LineOutcome] = deque()
    entry: LineOutcome | None = None  # the entry the last ISBN line joined
    since = 0  # outcomes since then
    for outcome in outcomes:
        since += 1
        if held and _isbn_line(outcome):
            owner = _owner(held[-1], held)
            if owner is not None and _join_isbn(owner, outcome, parse, place):
                entry, since = owner, 0
        elif entry is not None and _join_imprint(entry, outcome, place):
            entry = None
        held.append(outcome)
        if since >= _WINDOW:
            entry = None
        # held: from the entry still joining, else the last line's entry if an ISBN may follow
        owner = _owner(held[-1], held)
        first = entry or (owner if owner is not None and _may_own(owner) else None)
        while held and held[0] is not first:
            yield held.popleft()
    yield from held


def _owner(outcome: LineOutcome, held: deque[LineOutcome]) -> LineOutcome | None:
    """The entry `outcome` belongs to (itself, or the entry its byline continues), while it
    is still held: a record handed out is not changed."""
    owner = outcome.continues or outcome
    return owner if any(o is owner for o in held) else None


def _may_own(outcome: LineOutcome) -> bool:
    """One book without an ISBN, or a line no rule read (a title the ISBN may vouch for)."""
    if not outcome.citations:
        return outcome.reason == _REFUSED
    return len(outcome.citations) == 1 and outcome.citations[0].record.type == "book" \
        and not outcome.citations[0].record.isbn


def _isbn_line(outcome: LineOutcome) -> bool:
    """A line that is an ISBN and its label, read as a record of its own."""
    return len(outcome.citations) == 1 and outcome.citations[0].record.title is None \
        and bool(_ISBN_LINE_RE.match(_plain(outcome)))


def _join_isbn(above: LineOutcome, line: LineOutcome, parse: Parser, place: Place) -> bool:
    """Give the ISBN to the book above, reading its title line if need be."""
    if not _may_own(above):
        return False
    if not above.citations:
        text = _CAPTION_RE.sub("", _plain(above))
        if not 0 < len(text.split()) <= _TITLE_WORDS:
            return False
        parsed: Parsed | None = parse(text)
        if parsed is None or not (parsed.is_citation and parsed.record.title):
            parsed = read_listed_title(text, vouched=True)  # "Last Hope Island: Britain, …"
        if parsed is None or not parsed.is_citation:
            return False
        place(parsed, above)
        above.citations.append(parsed)
        above.reason = None
    record = above.citations[0].record
    record.isbn = line.citations.pop().record.isbn
    place(above.citations[0], above)  # each field's chance counted again, the ISBN's too
    line.continues = above
    return True


def _join_imprint(entry: LineOutcome, line: LineOutcome, place: Place) -> bool:
    """"Published: Forever - July 11th, 2023" under the ISBN: the entry's imprint."""
    if line.citations or line.continues is not None:
        return False
    m = _IMPRINT_RE.match(_plain(line))
    record = entry.citations[0].record
    # the label vouches for a name the lexicon does not know; one it refuses is left out
    if m is None or record.publisher or is_publisher(m.group("pub")) is False \
            or unlikely_publisher(m.group("pub")):
        return False
    record.set("publisher", m.group("pub"))
    iso = iso_date(m.group("date"))
    if record.issued is None and iso is not None:
        record.issued = Date([[int(part) for part in iso.split("-")]])
    place(entry.citations[0], entry)
    line.continues = entry
    line.reason = None
    return True


def _plain(outcome: LineOutcome) -> str:
    return strip_marker(plain_text(outcome.text))[0].strip()
