"""Episode headings that read like "Author: Title", told apart by the lines after them.

A podcast's episode list heads each episode "Guest Name: Topic of the episode"
("Peter Enns: Where Polls Live Forever"), which is the casual `Author: Title`
form to the parser.  The line alone cannot tell them apart, but the document
can: the description below an episode heading introduces its guest by full
name ("Peter Enns runs The Roper Center …"), or the heading sits over the
episode's date ("Tuesday Jan 23, 2018"), while the note below a listed book
speaks of the book.  The outcomes are held back a few lines to look ahead;
extraction stays lazy.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator

from ..parse.markup import plain_text
from ..parse.parsed import Parsed
from .dates import iso_date
from .outcome import LineOutcome

# How many outcomes after a heading may hold its description.
_WINDOW = 4
# A description is a sentence, not another short entry.
_DESCRIPTION_WORDS = 8
# A line that is a date and nothing more: "Wednesday Jan 31, 2018".
_DATE_WORDS = 5
GUEST_HEADING = "episode heading (guest: topic)"


def settle_guest_headings(outcomes: Iterator[LineOutcome]) -> Iterator[LineOutcome]:
    """`outcomes`, with "Guest: Topic" headings whose description names the guest refused."""
    held: deque[LineOutcome] = deque()
    for outcome in outcomes:
        held.append(outcome)
        while held and (len(held) > _WINDOW or _colon_entry(held[0]) is None):
            yield _settled(held)
    while held:
        yield _settled(held)


def _settled(held: deque[LineOutcome]) -> LineOutcome:
    """The first held outcome, decided on the lines held after it."""
    outcome = held.popleft()
    entry = _colon_entry(outcome)
    if entry is not None and _introduced(entry, held):
        outcome.citations.remove(entry)
        if not outcome.citations:
            outcome.reason = GUEST_HEADING
    return outcome


def _colon_entry(outcome: LineOutcome) -> Parsed | None:
    """The line's one citation when it is a rule-read "Full Name: Title" and nothing more."""
    if outcome.continues is not None or len(outcome.citations) != 1:
        return None
    parsed = outcome.citations[0]
    record = parsed.record
    if parsed.method != "rules" or len(record.author) != 1 or not record.author[0].given \
            or record.issued is not None or record.publisher or record.container_title:
        return None
    spans = sorted(parsed.spans, key=lambda s: s.start)
    fields = [s.field for s in spans]
    if fields != ["author", "title"]:
        return None
    between = parsed.text[spans[0].end:spans[1].start]
    return parsed if between.strip(" '‘’\"“”*") == ":" else None


def _introduced(entry: Parsed, after: deque[LineOutcome]) -> bool:
    """Whether the line below is a date, or a sentence below names the entry's author in
    full: an episode's date, or its guest."""
    name = entry.record.author[0]
    full = re.compile(rf"\b{re.escape(f'{name.given} {name.family}')}\b")
    if after and _is_date(after[0].text):
        return True
    for outcome in list(after)[:_WINDOW]:
        if _colon_entry(outcome) is not None:
            return False  # the next entry of the list: no description came between
        text = plain_text(outcome.text)
        if len(text.split()) >= _DESCRIPTION_WORDS and full.search(text):
            return True
    return False


def _is_date(text: str) -> bool:
    plain = plain_text(text)
    return len(plain.split()) <= _DATE_WORDS and iso_date(plain) is not None
