"""Lists numbered without a stop: "1 Pride and Prejudice - Jane Austen", "2 The Lord of the
Rings - JRR Tolkien", as the much-copied lists of a hundred books give them.

A number alone before a title is as often the title's own ("1 Dead in Attic", "2 States"),
so it is read as a list's marker only when the next such line carries the next number.  A
line waits for that line a few blocks at most (a blurb may stand between); extraction stays
lazy.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from .blocks import Block

_COUNT_RE = re.compile(r"\s*(?P<n>\d{1,3})\s+(?=[A-Z\"“‘])")
# How many blocks a numbered line waits for the next number.
_WAIT = 6


def counted_items(blocks: Iterator[Block]) -> Iterator[Block]:
    """`blocks`, the paragraphs of a list numbered without stops made its items."""
    held: list[Block] = []  # a numbered paragraph not yet confirmed, and the blocks after it
    last: int | None = None  # the number of the last line read as an item
    for block in blocks:
        n = _number(block)
        if n is not None and last is not None and n == last + 1:
            last = n
            yield _item(block)
            continue
        first = _number(held[0]) if held else None
        if n is not None and first is not None and n == first + 1:
            yield _item(held[0])
            yield from held[1:]
            held.clear()
            last = n
            yield _item(block)
            continue
        if n is not None:
            yield from held
            held = [block]
            last = None
            continue
        if held:
            held.append(block)
            if len(held) > _WAIT:
                yield from held
                held.clear()
            continue
        yield block
    yield from held


def _number(block: Block) -> int | None:
    if block.kind != "paragraph":
        return None
    m = _COUNT_RE.match(block.content)
    return int(m.group("n")) if m and len(block.content) > m.end() else None


def _item(block: Block) -> Block:
    m = _COUNT_RE.match(block.content)
    assert m is not None
    return replace(block, content=block.content[m.end():], kind="item")
