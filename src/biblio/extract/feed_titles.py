"""A feed's episode titles read by the shape the show gives them all.

An interview show titles every episode the same way ("Episode 174: Paul Hoffman – Fishing
with Dog Poop").  A title of that shape is read as a guest and a work when the episode's
notes name the work again (`judge.named_again`); where two or more of the show's titles are
confirmed so, and they are not a small share of its titles of that shape, the others of
the shape name works too, though their notes do not repeat the title.  The titles are
looked over once before the items are judged, so the outcomes still come in order.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..parse import parse_citation
from ..parse.markup import plain_text
from ..parse.names import is_mononym, known_given_name
from ..parse.parsed import Parsed
from .blocks import Block
from .inline import episode_label_end
from .judge import GUEST_FORMS, Judge, named_again
from .outcome import LineOutcome

# How many of a shape's titles the notes must confirm, and what share of them at least.
_CONFIRMED = 2
_CONFIRMED_SHARE = 0.3

Shape = tuple[str, str]


class TitleShapes:
    """The shapes of one feed's episode titles, and the titles they vouch for."""

    def __init__(self, titles: list[tuple[int, str, Callable[[], str]]]) -> None:
        """`titles`: each item's title line, text and notes (made plain when asked)."""
        confirmed: dict[Shape, int] = {}
        waiting: dict[Shape, list[tuple[int, Parsed]]] = {}
        for line, text, notes in titles:
            shaped = _shape(plain_text(text))
            if shaped is None:
                continue
            shape, parsed = shaped
            if named_again(parsed.copy(), notes):
                confirmed[shape] = confirmed.get(shape, 0) + 1
            else:
                waiting.setdefault(shape, []).append((line, parsed))
        self.vouched: dict[int, Parsed] = {
            line: parsed for shape, found in waiting.items()
            if confirmed.get(shape, 0) >= _CONFIRMED
            and confirmed[shape] >= _CONFIRMED_SHARE * (confirmed[shape] + len(found))
            for line, parsed in found}

    def settle(self, outcome: LineOutcome, block: Block, judge: Judge) -> None:
        """Read a title no rule read when its shape is vouched for."""
        parsed = self.vouched.get(outcome.line)
        if parsed is None or outcome.citations:
            return
        parsed = parsed.copy()
        judge.place(parsed, block)
        outcome.citations.append(parsed)
        outcome.reason = None


def _shape(content: str) -> tuple[Shape, Parsed] | None:
    """A title's shape (its number's label, figures aside, and the reading's form) and its
    reading as a guest and a work, or None when it reads as no such thing."""
    start = episode_label_end(content)
    parsed = parse_citation(content[start:])
    record = parsed.record
    if not (parsed.is_citation and parsed.form in GUEST_FORMS and record.author
            and record.title and all(known_given_name(n) or is_mononym(n)
                                     for n in record.author)):
        return None
    return (re.sub(r"\d+", "#", content[:start].strip()), parsed.form), parsed
