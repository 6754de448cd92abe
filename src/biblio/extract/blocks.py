"""The unit extraction works on: one line of text (or one HTML text block) with its structure.

Splitters for each input kind turn a document into `Block`s; everything after
them (sections, filters, the parser) is the same for text, Markdown, HTML and
feeds, so the kinds cannot drift apart.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Literal

# "row": a table row read by its header; "card": a title the page's markup names as a
# work's (`<h2 class="book-title">`), with the author and subtitle its card gives
BlockKind = Literal["item", "heading", "paragraph", "code", "meta", "row", "card"]


@dataclass
class Episode:
    """What the notes say about the episode itself (for `Origin` and `--include-source`)."""

    show: str | None = None
    title: str | None = None
    date: str | None = None  # ISO 8601: "2025-10-21"
    url: str | None = None
    season: str | None = None
    number: str | None = None
    people: list[str] = field(default_factory=list)  # presenters / hosts, as written
    publisher: str | None = None  # "X is a Podmasters production"
    line: int | None = None  # where the episode starts in the source (feeds)

    def merge(self, other: Episode) -> None:
        """Fill what is still unknown from `other` (first value found wins)."""
        for name in ("show", "title", "date", "url", "season", "number", "publisher", "line"):
            if getattr(self, name) is None:
                setattr(self, name, getattr(other, name))
        if not self.people:
            self.people = list(other.people)

    @property
    def known(self) -> bool:
        """True when the notes say enough to cite the episode."""
        return bool(((self.title or self.number) and (self.show or self.url)) or
                    (self.title and self.date))


@dataclass
class Block:
    """One line (text, Markdown) or text block (HTML) of the input.

    `text` is what the user sees in the file and what the report quotes;
    `content` is what gets parsed: bullets, numbering and heading marks
    removed, inline emphasis and links kept in Markdown form because the
    parser reads them (`*Title*`, `[Title](url) by Author`).
    """

    line: int  # 1-based line in the source file where the text starts
    text: str
    content: str
    kind: BlockKind = "paragraph"
    level: int = 0  # heading level (1-6); 0 for other kinds
    # Further source lines joined into this block (a list item wrapped over
    # several lines): (line, text) pairs, accounted for with the block.
    continuation: list[tuple[int, str]] = field(default_factory=list)
    episode: Episode | None = None  # set for blocks that come from one feed item
    reason: str | None = None  # why a "meta" or "code" block is no citation ("front matter")
    nesting: bool = False  # a list item with items nested under it ("- Fiction" over "  - …")


# The HTML elements that make blocks of their own, and a table's cells (read as a row's
# parts): what ends a block in HTML notes (`html_blocks`), and what tells plain-text feed
# notes with a link in them from HTML laid out in blocks.
BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "tfoot", "thead", "tr", "ul",
})
CELL_TAGS = frozenset({"td", "th"})

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """HTML pasted into Markdown keeps its entities: "The Ender&rsquo;s Game", "A &amp; B"."""
    return html.unescape(text) if "&" in text and _ENTITY.search(text) else text


def indent(text: str, tab: int = 8) -> int:
    """How far a line is indented, a tab `tab` columns (plain text's eight; Markdown lists
    nest by four)."""
    if "\t" in text:
        text = text.expandtabs(tab)
    return len(text) - len(text.lstrip())
