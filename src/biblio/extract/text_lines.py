"""Plain-text notes: one block per non-blank line, read lazily."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..parse.markup import strip_marker
from .blocks import Block, BlockKind


def text_blocks(lines: Iterable[str]) -> Iterator[Block]:
    """Blocks of plain-text notes; `lines` may be a file, read one line at a time."""
    for number, raw in enumerate(lines, start=1):
        text = raw.rstrip("\r\n")
        if not text.strip():
            continue
        content, is_item = strip_marker(text)
        kind: BlockKind = "item" if is_item else "paragraph"
        yield Block(line=number, text=text, content=content, kind=kind)
