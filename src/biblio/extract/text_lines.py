"""Plain-text notes: one block per non-blank line, read lazily.

A reference wrapped over several lines is one block: the lines under it that hang
indented ("Cordella et al., \"A (Sub)Graph Isomorphism Algorithm for Matching Large" over
"    Graphs.\" IEEE Transactions …"), or that go on a line left unfinished (a comma, an
open quote or bracket, a line cut mid-sentence before a lower-case word), as bibliographies
in repositories and RFCs wrap them.  Only a long line is taken as wrapped: a short line
over an indented one is a heading over its items, or an entry over its date.

A reading log exported as CSV ("title,author,pages,publication_year,…", as
Goodreads and book trackers write it) is read by its header, as a Markdown
table is: each row gives its title, author and year whatever the column order.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Iterator

from ..parse.markup import strip_marker
from .blocks import Block, BlockKind, indent
from .counted import counted_items
from .markdown_lines import UNDERLINE_RE
from .tables import Roles, column_roles, row_citation

# A header names a title column and at least one more that a citation holds (an
# author, a year, an ISBN…): "Title, author and notes" in a sentence names only one.
_CSV_ROLES = 2
_FORMULA = re.compile(r'^="(.*)"$')
# How long a line must be to have been wrapped: shorter, it ended where its writer ended it.
_WRAPPED_LINE = 50
_WRAP_WIDTH = 100  # and no longer than editors and mail programs wrap
_MOST_WRAPPED = 5  # lines a wrapped reference goes on over, its first aside
_FINISHED = frozenset(".!?:)]}>|")
_ADDRESS_RE = re.compile(r"\s*(?:https?://|www\.)")
_BREAK_RE = re.compile(r"<br\s*/?>\s*$", re.IGNORECASE)
# A reference's label opening a line ("[4] Couveignes, J., …", "   [RFC2119]  Bradner, S.").
_LABEL = r"\s*\[[^\]\s]{1,30}\]"
_REFERENCE_LABEL_RE = re.compile(_LABEL + r"\s")
_LABEL_ALONE_RE = re.compile(_LABEL + r"\s*")
# A wiki's heading, the same run of equals signs on both sides of its name.
_WIKI_HEADING_RE = re.compile(
    r"\s*(?P<marks>={2,6})\s*(?P<name>[^=\s](?:[^=]*[^=\s])?)\s*(?P=marks)\s*")
# Markdown's heading in a plain-text file: a short name, no sentence, no table row ("# area |
# title | ref" comments a line out).
_ATX_HEADING_RE = re.compile(r"(?P<marks>#{1,6})[ \t]+(?P<name>[^|]{1,80}?[^.|\s])[ \t#]*")
# Org mode: its settings ("#+TITLE: Reading"), drawers (":PROPERTIES:", ":END:"), headings with
# a task's keyword, a priority and tags ("** TODO [#A] Dune   :kindle:"), links.
_ORG_KEYWORD_RE = re.compile(r"#\+[A-Za-z_]+:")
_SETTINGS = "document settings"  # (the reason an Org file's settings, drawers and comments get)
_ORG_DRAWER_RE = re.compile(r"\s*:[A-Za-z_]+:(?:\s.*)?")
_ORG_HEADING_RE = re.compile(
    r"(?P<stars>\*+)[ \t]+(?:(?P<task>TODO|DONE|NEXT|WAITING|STARTED|CANCELL?ED|READING)[ \t]+)?"
    r"(?:\[#[A-Z]\][ \t]+)?(?P<title>.*?)(?:[ \t]+:[\w@:]+:)?[ \t]*")
_ORG_LINK_RE = re.compile(r"\[\[(?P<url>[^\]\[]+)\](?:\[(?P<text>[^\]\[]*)\])?\]")
# A field that may name the title column: every header `column_roles` reads has one.
_TITLE_FIELD = re.compile(r'(?:^|,)\s*"?(?:title|book|work|reading|text|novel|film|movie|name)',
                          re.IGNORECASE)


def text_blocks(lines: Iterable[str]) -> Iterator[Block]:
    """Blocks of plain-text notes; `lines` may be a file, read one line at a time."""
    return counted_items(_blocks(lines))


def _blocks(lines: Iterable[str]) -> Iterator[Block]:
    pending: Block | None = None  # the block the next line may go on
    last = ""  # its last line
    for block in _lines(lines):
        if pending is not None and block.kind == "paragraph" \
                and block.line == (pending.continuation[-1][0] if pending.continuation
                                   else pending.line) + 1 \
                and _goes_on(pending, last, block.text):
            pending.continuation.append((block.line, block.text))
            pending.content = f"{pending.content} {block.content}"
            last = block.text
            continue
        if pending is not None:
            if block.line == pending.line + 1 and _underlines(pending, block.text):
                pending.kind, pending.level = "heading", 1 if "=" in block.text else 2
            yield pending
        if block.kind in ("paragraph", "item"):
            pending, last = block, block.text
        else:
            pending = None
            yield block
    if pending is not None:
        yield pending


def _goes_on(block: Block, last: str, text: str) -> bool:
    """Whether `text`, the line under `last` (the last line of `block`), is the rest of
    its wrapped entry; a line with a list's marker never is (the caller asks no items)."""
    if not _WRAPPED_LINE <= len(last) <= _WRAP_WIDTH + 20:
        return last.lstrip()[:1] == "[" and _LABEL_ALONE_RE.fullmatch(last) is not None \
            and indent(text) > indent(last)  # "   [RFC1928]" over its indented reference
    if text.lstrip()[:1] == "[" and _REFERENCE_LABEL_RE.match(text):
        return False  # the next reference
    if not _WRAPPED_LINE <= len(last.strip()) <= _WRAP_WIDTH or _ADDRESS_RE.match(text):
        return False  # (a page rebuilt as text has a paragraph a line, far longer)
    if "<" in last and _BREAK_RE.search(last):
        return False  # "…<br />": its writer ended the line
    end = last.rstrip()[-1:]
    finished = not end or end in _FINISHED or end.isdigit()
    if len(block.continuation) >= _MOST_WRAPPED:
        return False
    if indent(text) >= indent(block.text) + 2:
        # a hanging indent, under a reference's label or a line left unfinished (not
        # under an introduction's colon, nor under a whole entry: a list set in)
        return not finished or _REFERENCE_LABEL_RE.match(block.text) is not None
    if indent(text) != indent(last) or finished or text.lstrip()[:1].isdigit():
        return False
    body = block.content
    return end in ",;([" or text.lstrip()[:1].islower() \
        or body.count('"') % 2 == 1 or body.count("(") > body.count(")")


def _underlines(block: Block, text: str) -> bool:
    """"JACK REACHER" over "============": a heading underlined, as plain-text files set
    them (a rule far longer or shorter than the line, or under a sentence, only parts
    the text)."""
    rule = text.strip()
    title = block.text.strip()
    return not block.continuation and block.kind == "paragraph" and len(rule) >= 3 \
        and UNDERLINE_RE.match(text) is not None and 0 < len(title) <= 80 \
        and title[-1] not in ".!?," and len(title) <= 2 * len(rule) \
        and len(rule) <= 2 * len(title) + 3


def _lines(lines: Iterable[str]) -> Iterator[Block]:
    columns: Roles | None = None  # the roles of the CSV rows being read
    org = False  # an Org file ("#+TITLE: …"), as Emacs users keep their lists
    for number, raw in enumerate(lines, start=1):
        text = raw.rstrip("\r\n")
        if not text.strip():
            continue
        if text.startswith("#+") and _ORG_KEYWORD_RE.match(text):
            org = True
            yield Block(number, text, "", kind="meta", reason=_SETTINGS)
            continue
        if org and (block := _org_block(number, text)) is not None:
            yield block
            continue
        # ("[[url][Title]]": an Org link, in an Org file or not)
        linked = _ORG_LINK_RE.sub(_markdown_link, text) if "[[" in text else text
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
        wiki = _WIKI_HEADING_RE.fullmatch(text) or (
            None if org else _ATX_HEADING_RE.fullmatch(text))
        if wiki is not None:  # "== Printed Books and Audiobooks ==", as wikis head a section,
            # and "## Groundwork", as Markdown does in a file named .txt
            yield Block(number, text, wiki["name"], kind="heading", level=len(wiki["marks"]))
            continue
        content, is_item = strip_marker(linked)
        kind: BlockKind = "item" if is_item else "paragraph"
        yield Block(line=number, text=text, content=content, kind=kind)


def _org_block(number: int, text: str) -> Block | None:
    """An Org line that is no plain line: a heading (a task heading, "* DONE Dune
    :kindle:", is an item of the list), a drawer's line (":PROPERTIES:"), a comment."""
    if _ORG_DRAWER_RE.fullmatch(text) or text.startswith("# ") or text == "#":
        return Block(number, text, "", kind="meta", reason=_SETTINGS)
    heading = _ORG_HEADING_RE.fullmatch(text)
    if heading is None:
        return None
    title = _ORG_LINK_RE.sub(_markdown_link, heading["title"])
    if heading["task"]:
        return Block(number, text, title, kind="item")
    return Block(number, text, title, kind="heading", level=min(len(heading["stars"]), 6))


def _markdown_link(m: re.Match[str]) -> str:
    """An Org link as the Markdown one the parser reads: "[[url][Title]]" → "[Title](url)"."""
    return f"[{m['text']}]({m['url']})" if m["text"] else m["url"]


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
