"""An entry its blurb names again, read though the rules doubt it alone: "Tara Jepsen’s
Like a Dog" over "Among novels about skating, few hit as hard … as Like a Dog."

A short line the rules read as a work, but not surely enough to take outside a reading
list, is as often a caption or a label as an entry; the paragraph under it speaking of
the same title says which.  The outcomes are held back a line or two to look ahead;
extraction stays lazy.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator

from ..parse.parsed import Parsed
from .judge import Parser
from .outcome import LineOutcome, is_uncertain

# How many outcomes after the line may hold the blurb that names its title again.
_WINDOW = 2
# A title this short ("It", "Us") is met in any paragraph.
_TITLE_CHARS = 6

Place = Callable[[Parsed, LineOutcome], None]


def settle_echoed_titles(outcomes: Iterator[LineOutcome], parse: Parser,
                         place: Place) -> Iterator[LineOutcome]:
    """`outcomes`, with a doubted reading kept when a paragraph just below names its
    title; `place` gives the record its origin."""
    held: deque[LineOutcome] = deque()
    for outcome in outcomes:
        held.append(outcome)
        while held and (len(held) > _WINDOW or not is_uncertain(held[0].reason)):
            yield _settled(held, parse, place)
    while held:
        yield _settled(held, parse, place)


def _settled(held: deque[LineOutcome], parse: Parser, place: Place) -> LineOutcome:
    outcome = held.popleft()
    if not is_uncertain(outcome.reason) or outcome.continues is not None:
        return outcome
    later = next((o for o in held if o.continues is None), None)
    if later is None or later.citations:
        return outcome
    parsed = parse(outcome.text)
    title = parsed.record.title or ""
    if parsed.is_citation and len(title) >= _TITLE_CHARS and re.search(
            rf"(?<!\w){re.escape(title)}(?!\w)", later.plain, re.IGNORECASE):
        place(parsed, outcome)
        outcome.citations.append(parsed)
        outcome.reason = None
    return outcome
