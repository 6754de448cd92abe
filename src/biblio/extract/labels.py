"""A label a page repeats is no work: "Explore Novel" under each card of a bookshop's
grid, "Startup" as the category over each post, "Time and Day: TBD" under each meeting.

Read alone, each such line is a bare title.  A work is seldom named three times over by
its title alone within a few dozen lines, and then with nothing else on the line; a
page's own labels are.  A bare title is held back (and the lines after it) until a window
has passed, so that the first occurrences are refused too; extraction stays lazy and its
memory bounded.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterator

from ..parse.citation import plain_words
from .outcome import LineOutcome

# How many lines a label's occurrences may spread over, and how many make it a label.
_WINDOW = 40
_TIMES = 3
REPEATED_LABEL = "not a citation: a label the page repeats"


def settle_labels(outcomes: Iterator[LineOutcome]) -> Iterator[LineOutcome]:
    """`outcomes`, with a bare title the page repeats `_TIMES` times refused as a label."""
    held: deque[tuple[LineOutcome, str | None]] = deque()
    counts: Counter[str] = Counter()  # bare titles among the held lines
    labels: set[str] = set()
    for outcome in outcomes:
        key = _bare_title(outcome)
        if key is not None:
            counts[key] += 1
            if counts[key] >= _TIMES or key in labels:
                labels.add(key)
                _refuse(outcome)
                for earlier, earlier_key in held:
                    if earlier_key == key:
                        _refuse(earlier)
        held.append((outcome, key))
        while held and (len(held) > _WINDOW or held[0][1] is None):
            yield _released(held, counts)  # (only a bare title waits for its repeats)
    while held:
        yield _released(held, counts)


def _released(held: deque[tuple[LineOutcome, str | None]], counts: Counter[str]) -> LineOutcome:
    outcome, key = held.popleft()
    if key is not None:
        counts[key] -= 1
        if not counts[key]:
            del counts[key]
    return outcome


def _bare_title(outcome: LineOutcome) -> str | None:
    """The words of a line read as one work named by its title alone, the whole line."""
    if outcome.continues is not None or len(outcome.citations) != 1:
        return None
    record = outcome.citations[0].record
    if record.author or record.editor or record.director or record.issued \
            or record.publisher or record.isbn:
        return None
    words = plain_words(record.title or "")
    return " ".join(words) if words and words == plain_words(outcome.plain) else None


def _refuse(outcome: LineOutcome) -> None:
    outcome.citations.clear()
    outcome.reason = REPEATED_LABEL
