"""Episode headings that read like "Author: Title", told apart by the lines around them.

A podcast's episode list heads each episode "Guest Name: Topic of the episode"
("Peter Enns: Where Polls Live Forever") or "Show Name - Episode title"
("Literary Friction - The Joy of Words with Eley Williams"), which are the
casual `Author: Title` and `Author – Title` forms to the parser.  The line
alone cannot tell them apart, but the document can: an episode heading sits
next to the episode's date ("Sep 3, 2020 • 1h 2min", "Tuesday Jan 23, 2018"),
and the description below a "Guest: Topic" heading introduces its guest by
full name ("Peter Enns runs The Roper Center …"), while the note below a
listed book speaks of the book.  The outcomes are held back a few lines to
look ahead; extraction stays lazy.
"""

from __future__ import annotations

import html
import re
from collections import deque
from collections.abc import Iterator

from ..parse.markup import plain_text
from ..parse.parsed import Parsed
from .dates import iso_date
from .inline import NAMED_AGAIN_CHARS
from .outcome import LineOutcome, is_feed_field

# How many outcomes after a heading may hold its description.
_WINDOW = 4
# A description is a sentence, not another short entry.
_DESCRIPTION_WORDS = 8
# A line that is a date and little more: "Wednesday Jan 31, 2018", "Sep 3, 2020 • 47min".
_DATE_WORDS = 5
# An episode's length and the marks around it, beside its date: "• 1h 2min", "| 47 min".
_LENGTH = re.compile(r"[•·|]|\b\d{1,3}\s?(?:h|hr|hrs|min|mins|m|s|sec)\b", re.IGNORECASE)
GUEST_HEADING = "episode heading (guest: topic)"
_SEPARATORS = frozenset({":", "-", "–", "—"})


def settle_guest_headings(outcomes: Iterator[LineOutcome]) -> Iterator[LineOutcome]:
    """`outcomes`, with episode headings read as "Author: Title" refused."""
    held: deque[LineOutcome] = deque()
    before: LineOutcome | None = None
    for outcome in outcomes:
        held.append(outcome)
        while held and (len(held) > _WINDOW or _entry(held[0]) is None):
            before = _settled(held, before)
            yield before
    while held:
        before = _settled(held, before)
        yield before


def _settled(held: deque[LineOutcome], before: LineOutcome | None) -> LineOutcome:
    """The first held outcome, decided on the line before it and the lines held after it."""
    outcome = held.popleft()
    entry = _entry(outcome)
    if entry is None:
        return outcome
    parsed, colon = entry
    # (a feed's own <pubDate> beside its item's <title> says nothing: every item has one,
    # and the title was read as a work only when the item's notes name that work again)
    dated = any(o is not None and _is_date(o.text) and not is_feed_field(o.reason)
                for o in (before, held[0] if held else None))
    if dated or (colon and _introduced(parsed, held)):
        outcome.citations.remove(parsed)
        if not outcome.citations:
            outcome.reason = GUEST_HEADING
    return outcome


def _entry(outcome: LineOutcome) -> tuple[Parsed, bool] | None:
    """The line's one citation when it is a rule-read "Full Name: Title" or "Full Name –
    Title" and nothing more, and whether a colon parts them."""
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
    between = parsed.text[spans[0].end:spans[1].start].strip(" '‘’\"“”*")
    return (parsed, between == ":") if between in _SEPARATORS else None


def _introduced(entry: Parsed, after: deque[LineOutcome]) -> bool:
    """Whether a sentence below names the entry's author in full: an episode's guest."""
    name = entry.record.author[0]
    full = re.compile(rf"\b{re.escape(f'{name.given} {name.family}')}\b")
    title = (entry.record.title or "").lower()
    introduced = False
    for outcome in list(after)[:_WINDOW]:
        if _entry(outcome) is not None:
            break  # the next entry of the list: the description, if any, came before it
        text = html.unescape(plain_text(outcome.text))
        if len(title) >= NAMED_AGAIN_CHARS and title in text.lower():
            return False  # "Zachary Mason insists that Void Star is not …": the topic is a work
        introduced = introduced or (len(text.split()) >= _DESCRIPTION_WORDS
                                    and full.search(text) is not None)
    return introduced



def _is_date(text: str) -> bool:
    plain = _LENGTH.sub(" ", plain_text(text))
    return len(plain.split()) <= _DATE_WORDS and iso_date(plain) is not None
