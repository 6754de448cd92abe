"""Plain-text notes: one block per non-blank line, read lazily.

A reading log exported as CSV ("title,author,pages,publication_year,…", as
Goodreads and book trackers write it) is read by its header, as a Markdown
table is: each row gives its title, author and year whatever the column order.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator

from ..parse.markup import strip_marker
from .blocks import Block, BlockKind
from .counted import counted_items
from .tables import Roles, column_roles, row_citation

# A header names a title column and at least one more that a citation holds (an
# author, a year, an ISBN…): "Title, author and notes" in a sentence names only one.
_CSV_ROLES = 2
_FORMULA = re.compile(r'^="(.*)"$')
# A field that may name the title column: every header `column_roles` reads has one.
_TITLE_FIELD = re.compile(r'(?:^|,)\s*"?(?:title|book|work|reading|text|novel|film|movie|name)',
                          re.IGNORECASE)


def text_blocks(lines: Iterable[str]) -> Iterator[Block]:
    """Blocks of plain-text notes; `lines` may be a file, read one line at a time."""
    return counted_items(_blocks(lines))


def _blocks(lines: Iterable[str]) -> Iterator[Block]:
    columns: Roles | None = None  # the roles of the CSV rows being read
    for number, raw in enumerate(lines, start=1):
        text = raw.rstrip("\r\n")
        if not text.strip():
            continue
        if columns is not None:
            cells = _csv_cells(text)
            if len(cells) == len(columns):
                citation = row_citation(cells, columns)
                yield Block(number, text, citation, kind="row") if citation else Block(
                    number, text, "", kind="meta", reason="table row without a title")
                continue
            columns = None  # the table has ended
        elif text.count(",") >= _CSV_ROLES and (header := _csv_header(text)) is not None:
            columns = header
            yield Block(number, text, "", kind="meta", reason="table header")
            continue
        content, is_item = strip_marker(text)
        kind: BlockKind = "item" if is_item else "paragraph"
        yield Block(line=number, text=text, content=content, kind=kind)


def _csv_cells(text: str) -> list[str]:
    """The row's cells; Goodreads writes an ISBN as a spreadsheet formula (="0316769177")."""
    return [_FORMULA.sub(r"\1", cell.strip()) for cell in next(csv.reader([text]))]


def _csv_header(text: str) -> Roles | None:
    if _TITLE_FIELD.search(text) is None:
        return None  # (most lines with commas are prose: no field there names a title)
    roles = column_roles(_csv_cells(text))
    if roles is None or sum(role is not None for role in roles) < _CSV_ROLES:
        return None
    return roles
