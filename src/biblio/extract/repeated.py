"""A bare title over the entry that repeats it, as book pages and episode lists lay out a
work: "To Kill a Mockingbird" as a heading, then "To Kill a Mockingbird by Harper Lee.",
then its blurb; "Uprooted", then "Episode 18: Uprooted by Naomi Novik".

The bare line alone is as often a label as a title, so no rule reads it; the entry just
below vouches for it: the line names the work the entry names.  So does a blurb below
that opens on the line's words and speaks of a work in its first sentence ("Realm
Breaker", then "Realm Breaker is the first installment of a new series by …").  The
outcomes are held back a few lines to look ahead; extraction stays lazy.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator

from ..parse.citation import plain_words, read_listed_title
from ..parse.names import known_given_name, parse_person
from ..parse.parsed import Parsed, Span
from .inline import INLINE_CONFIDENCE
from .outcome import UNREAD, LineOutcome

# How many outcomes after the bare title may hold the entry that repeats it.
_WINDOW = 3
# A bare title is short: a heading, not a sentence.
_TITLE_WORDS = 12

# Words for a book in the blurb under a bare title.
WORK_WORD = re.compile(r"\b(?:books?|novels?|memoirs?|read|reading|author|wrote|written|"
                        r"poetry|poems|story|stories|essays|classic)\b", re.IGNORECASE)

_FIRST_SENTENCE = re.compile(r".*?(?:[.!?](?=\s|$)|$)")
# A countdown's number before a title alone: "9. Red, White & Royal Blue" over its review.
_NUMBERED_RE = re.compile(r"\s*\d{1,3}[.)]\s+\S")
_SHOW_WORD = re.compile(r"\b(?:podcast|show|episode|radio|programme|program)s?\b", re.IGNORECASE)

Place = Callable[[Parsed, LineOutcome], None]


def settle_repeated_titles(outcomes: Iterator[LineOutcome], place: Place) -> Iterator[LineOutcome]:
    """`outcomes`, with a bare title read when an entry just below repeats it; `place`
    gives the new record its origin."""
    held: deque[tuple[LineOutcome, list[str] | None]] = deque()  # with its title's words
    for outcome in outcomes:
        held.append((outcome, _candidate(outcome)))
        while held and (len(held) > _WINDOW or held[0][1] is None):
            yield _settled(held, place)
    while held:
        yield _settled(held, place)


def _settled(held: deque[tuple[LineOutcome, list[str] | None]], place: Place) -> LineOutcome:
    outcome, words = held.popleft()
    if words is None:
        return outcome
    for later, _ in held:
        if later.continues is not None:
            continue
        if any(_repeats(words, c) for c in later.citations):
            _read_bare(outcome, place)
            break
        if later.citations or len(later.text.split()) >= _TITLE_WORDS:
            if _blurb_vouches(outcome.plain, later.plain) or (
                    all(c.method == "inline" for c in later.citations)
                    and _NUMBERED_RE.match(outcome.text) is not None
                    and speaks_of_work(later.plain)):
                # (a name-like title too, "Realm Breaker", but no person's name: "Madeline
                # Miller" over "Madeline Miller is the author of …" heads her biography)
                person = parse_person(outcome.plain.strip())
                _read_bare(outcome, place, vouched=person is None or not known_given_name(person))
                _named_in_blurb(outcome, later, place)
            break  # another entry, or a sentence, came between
    return outcome


def _read_bare(outcome: LineOutcome, place: Place, vouched: bool = False) -> None:
    parsed = read_listed_title(outcome.plain, vouched)
    if parsed is not None and parsed.is_citation:
        place(parsed, outcome)
        outcome.citations.append(parsed)
        outcome.reason = None


def _named_in_blurb(heading: LineOutcome, blurb: LineOutcome, place: Place) -> None:
    """The blurb that opens on the title it stands under names that work in its prose, as
    a reader marks it: "Realm Breaker is the first installment of …" (title only)."""
    if not heading.citations or blurb.citations:
        return
    title = heading.plain.strip()
    at = blurb.text.find(title)
    if at < 0:
        return
    record = heading.citations[0].record.copy()
    parsed = Parsed(blurb.text, record, INLINE_CONFIDENCE, [Span("title", at, at + len(title))],
                    True, None, method="inline")
    place(parsed, blurb)
    blurb.citations.append(parsed)
    blurb.reason = None


def _blurb_vouches(title: str, blurb: str) -> bool:
    """The paragraph under a bare title opens on it, as written, and its first sentence
    speaks of a work: "Infinite Jest is a … novel", "Realm Breaker is the first installment
    of a new series by bestselling author …" (not a show's own "The Book Case argues for
    books …", which a sentence before it opens)."""
    return blurb.startswith(title) and blurb[len(title):len(title) + 1] in (" ", ",") \
        and speaks_of_work(blurb)


def speaks_of_work(blurb: str) -> bool:
    """The blurb's first sentence speaks of a work, and of no show ("This was a hit YA book
    last year …"; shared with `Judge`'s titled reviews)."""
    first = _FIRST_SENTENCE.match(blurb)
    return first is not None and WORK_WORD.search(first.group(0)) is not None \
        and _SHOW_WORD.search(first.group(0)) is None


def _candidate(outcome: LineOutcome) -> list[str] | None:
    """The words of a refused short line that may be a bare title."""
    # (only a line no rule read: a heading is a section's, "## Algorithmic bias" over
    # "“Algorithmic bias: review …”")
    if outcome.citations or outcome.continues is not None or outcome.reason != UNREAD:
        return None
    text = outcome.plain
    words = plain_words(text)
    if not 0 < len(words) <= _TITLE_WORDS or not text[:1].isupper():
        return None
    return words


def _repeats(words: list[str], entry: Parsed) -> bool:
    """The entry's title (before any subtitle) is the bare line's words, and the entry
    names its maker: a heading "Philosophy" over "Philosophy of Mind by …" is a section's."""
    record = entry.record
    return bool(record.author or record.director) and plain_words(record.title or "") == words
