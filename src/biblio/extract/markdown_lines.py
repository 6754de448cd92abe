"""Markdown notes, line by line: headings, list items (with wrapped lines), code, front matter.

Read lazily with at most one pending block, so a file of any length is
processed in constant memory.  Inline markup is left in place: the parser
reads emphasis and links itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..parse.markup import plain_text, strip_marker
from .blocks import Block, decode_entities, indent
from .outcome import FRONT_MATTER
from .sections import section_kind
from .tables import Roles, column_roles, row_cells, row_citation

_ATX = re.compile(r"^\s{0,3}(#{1,6})(?:\s+|$)(.*?)(?:\s+#+)?\s*$")
# A heading's underline (plain-text notes underline theirs the same way).
UNDERLINE_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_LINK_DEF = re.compile(r"^\s{0,3}\[[^\]]{1,200}\]:\s+\S")
# A table's delimiter row; Emacs org tables join its cells with "+" ("|-----:+-----|").
# One hyphen a cell is enough in GitHub's tables ("-:|-|:-").
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:[|+]\s*:?-+:?\s*)*\|?\s*$")
_COMMENT = re.compile(r"^\s*<!--.*-->\s*$")
# A line that is only an image: its alt text and title describe a picture, not a work.
_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^()]*\)\s*$")
# A line of TOML: a key and its value, a table's name, a comment, or nothing.
_TOML = re.compile(r"^\s*(?:[\w.\"-]{1,60}\s*=|\[\[?[\w.\" -]{1,60}\]\]?\s*$|#|$)")
_YAML = re.compile(r"^(?:\s*[\w-]{1,60}\s*:|\s+\S|\s*-\s|\s*$)")
# An item of a YAML sequence that is a value, not a mapping ("- heading: 2017"), with the
# quotes YAML may put around it.
_YAML_ITEM = re.compile(r"^\s*-\s+(?![\w-]{1,60}\s*:(?:\s|$))([\"']?)(?P<value>\S.*?)\1\s*$")
# A continuation line that opens with a line break: "        <br />\"A quote.\""
_BREAK_FIRST = re.compile(r"\s*<br\s*/?>", re.IGNORECASE)
_INDENT = re.compile(r"^(?: {2,}|\t)\S")
# A sentence of its own under an item: a capitalised word, then five words or more; not a
# byline ("By David Grann, …", "Translated by …").
_SENTENCE = re.compile(r"\s*(?!(?:By|Written|Edited|Translated|Directed|Illustrated|Published|"
                       r"Read|Narrated|Foreword|Introduction)\b)[A-Z][a-z]+\s+(?:\S+\s+){4,}\S")
# An item that stops on a joining word or mark goes on in the next line.
_ENDS_OPEN = re.compile(r"(?:[,:;&(\[–—-]|\b(?:by|and|of|the|in|a|an|with|for|to|on))\s*$",
                        re.IGNORECASE)
# An HTML table written into Markdown a cell a line: a cell (its words may be marked up,
# "<td><a href=…>Notes</a></td>"; a row's own header cell, "<th scope="row">1</th>", is one
# of its cells), a cell going on over lines, the header row's end, and the table's.
_DATA_CELL = re.compile(r"^\s*<td\b[^>]*>(.*?)</td>\s*$", re.IGNORECASE)
_HEADER_CELL = re.compile(r"^\s*<th\b.*</th>\s*$", re.IGNORECASE)
_ROW_HEADER_CELL = re.compile(r"^\s*<th\b[^>]*>(.*?)</th>\s*$", re.IGNORECASE)
_OPEN_CELL = re.compile(r"^\s*<td\b[^>]*>((?:(?!</td>).)*)$", re.IGNORECASE)
_CELL_END = re.compile(r"^(.*?)</td>\s*$", re.IGNORECASE)
_ROW_END = re.compile(r"^\s*</tr>\s*$", re.IGNORECASE)
_TABLE_END = re.compile(r"^\s*</table>\s*$", re.IGNORECASE)
_SPAN = re.compile(r"<t[dh]\b[^>]*\b(?:row|col)span\b", re.IGNORECASE)
_CELL_LINES = 20  # the most lines a cell may go on over before it is taken as never closed
# A definition under its term, as kramdown and pandoc write definition lists.
_DEFINITION = re.compile(r"^\s{0,3}:[ \t]+(\S.*)$")
# Raw HTML wrapped over lines: how many more lines an open tag or link may take, and a link's
# opening tag.
_HTML_WRAP_LINES = 4
_LINK_OPEN = re.compile(r"<a[\s>]")
_TAG_LEFT_OPEN = re.compile(r"<[A-Za-z][^<>]*$")


def markdown_blocks(lines: Iterable[str]) -> Iterator[Block]:
    """Blocks of Markdown notes; `lines` may be a file, read one line at a time."""
    pending: Block | None = None  # a paragraph that a setext underline may turn into a heading
    remarked: Block | None = None  # an item whose entry ended before a remark under it
    fence: str | None = None
    front_matter = toml = False
    table: Roles | None = None  # inside a table: what its columns hold ([] when no title)
    # An HTML table a cell a line: its header cells, what they say the columns hold ([] when
    # no title, or a cell holds more than words), and the row's cells held to the row's end.
    head: list[str] = []
    head_closed = False  # the header row has ended: a header cell now heads its own row
    cell_roles: Roles | None = None
    cells: list[tuple[int, str, str]] = []
    open_cell = False  # the last cell goes on over the next lines, to its "</td>"
    spilled: list[tuple[int, str]] = []  # those lines
    for number, raw in enumerate(lines, start=1):
        text = raw.rstrip("\r\n")
        if open_cell:
            end = _CELL_END.match(text)
            open_cell = end is None and len(spilled) < _CELL_LINES \
                and not (_ROW_END.match(text) or _TABLE_END.match(text))
            if end is not None or open_cell:
                at, line, words = cells[-1]
                cells[-1] = (at, line, f"{words} {_cell_words(end[1] if end else text)}".strip())
                spilled.append((number, text))
                continue
            # (a cell never closed: the row ends here, and this line is read as any other)
        cell = _DATA_CELL.match(text) or (head_closed and _ROW_HEADER_CELL.match(text)) \
            or _OPEN_CELL.match(text) if head and fence is None else None
        if cell is not None and cell_roles is None:
            cell_roles = column_roles(head) or []
        if cell is not None and _SPAN.search(text):
            cell_roles = []  # cells spanning rows or columns: the table is read line by line
        if cell is not None and cell_roles:
            if pending is not None:
                yield pending
                pending = None
            cells.append((number, text, _cell_words(cell.group(1))))
            open_cell = cell.re is _OPEN_CELL
            continue
        if cells:
            yield from _cells_row(cells, cell_roles or [], spilled)
            cells, spilled = [], []
        if fence is None and _HEADER_CELL.match(text):
            if cell_roles is not None:  # a new header: a new table
                head, head_closed, cell_roles = [], False, None
            head.append(plain_text(text))
        elif head and _TABLE_END.match(text):
            head, head_closed, cell_roles = [], False, None
        elif head and _ROW_END.match(text):
            head_closed = True
        if number == 1 and text.strip() in ("---", "+++"):
            front_matter = True
            toml = text.strip() == "+++"  # Hugo's front matter in TOML, "+++" around it
            yield Block(number, text, "", kind="meta", reason=FRONT_MATTER)
            continue
        if front_matter:
            if text.strip() in (("+++",) if toml else ("---", "...")):
                front_matter = False
                yield Block(number, text, "", kind="meta", reason=FRONT_MATTER)
                continue
            if toml and _TOML.match(text):
                if text.strip():
                    yield Block(number, text, text.strip(), kind="meta", reason=FRONT_MATTER)
                continue
            if not toml and _YAML.match(text):
                listed = _YAML_ITEM.match(text)
                if listed is not None:
                    # a page whose front matter holds its list ("elements:" over "- Deep Work
                    # by Cal Newport"): each item of a sequence is read as a list's
                    yield Block(number, text, decode_entities(listed["value"]), kind="item")
                elif text.strip():
                    yield Block(number, text, text.strip(), kind="meta", reason=FRONT_MATTER)
                continue
            front_matter = False  # the opening "---" was a rule, not front matter
        if fence is not None:
            if text.strip().startswith(fence):
                fence = None
            if text.strip():
                yield Block(number, text, text, kind="code", reason="code block")
            continue
        if not text.strip():
            table = None
            if pending is not None:
                yield pending
                pending = None
            continue
        if table is not None and "|" in text:
            yield _row(number, text, table)
            continue
        table = None
        if pending is not None and _TABLE_RULE.match(text) and "|" in text \
                and "|" in pending.text and not pending.continuation:
            # the paragraph before a delimiter row is the table's header
            table = column_roles(row_cells(pending.text)) or []
            yield Block(pending.line, pending.text, "", kind="meta", reason="table header")
            yield Block(number, text, "", kind="meta", reason="separator")
            pending = None
            continue
        setext = UNDERLINE_RE.match(text)
        if setext and pending is not None and pending.kind == "paragraph" \
                and not pending.continuation:
            pending.kind = "heading"
            pending.level = 1 if setext.group(1).startswith("=") else 2
            yield pending
            pending = None
            yield Block(number, text, "", kind="meta", reason="heading underline")
            continue
        item_line = pending is not None and pending.kind == "item" and strip_marker(text)[1]
        if pending is not None and item_line and indent(text, 4) > indent(pending.text, 4):
            pending.nesting = True  # (read before the item is handed on below)
        if pending is not None and pending.kind == "item" and _INDENT.match(text) \
                and not item_line:
            if not pending.continuation and _remark_under(pending.content, text):
                # ("Amusing Ourselves to Death, Neil Postman" over "  Cal keeps coming back
                # to this one. …": the entry, then what its reader says of it)
                remarked = pending
            pending.continuation.append((number, text))
            if remarked is not pending \
                    and not any(_BREAK_FIRST.match(line) for _, line in pending.continuation):
                # (the entry ends at a line break its writer set: "by Timothy Snyder" over
                # "<br />***A remark on it.***" is a remark under the entry, no part of it)
                pending.content = f"{pending.content} {text.strip()}"
            continue
        if pending is not None and len(pending.continuation) < _HTML_WRAP_LINES \
                and _unclosed_html(pending.text, pending.continuation, text):
            # raw HTML wrapped mid-element: "<li><a href=\"…\">Twelve Red" over "Herrings</a>
            # by Jeffrey Archer", one entry
            pending.continuation.append((number, text))
            pending.content = f"{pending.content} {text.strip()}"
            continue
        definition = _DEFINITION.match(text) if pending is not None else None
        if pending is not None and definition is not None \
                and pending.kind in ("item", "paragraph") and not pending.continuation:
            # a definition list's term and its definition, one entry on two lines: "The
            # Picture of Dorian Gray" over ": Oscar Wilde, 1890"
            pending.continuation.append((number, text))
            pending.content = f"{pending.content.rstrip()} — {definition.group(1).strip()}"
            continue
        if pending is not None:
            yield pending
            pending = None
        opening = _FENCE.match(text)
        if opening:
            fence = opening.group(1)[:3]
            yield Block(number, text, "", kind="code", reason="code block")
            continue
        block = _block(number, text)
        if block.kind in ("paragraph", "item"):
            pending = block
        else:
            yield block
    if cells:
        yield from _cells_row(cells, cell_roles or [], spilled)
    if pending is not None:
        yield pending


def _remark_under(item: str, line: str) -> bool:
    """Whether `line`, the first indented under `item`, is a remark on a whole entry."""
    return bool(_SENTENCE.match(line)) and not _ENDS_OPEN.search(item) \
        and item.count("*") % 2 == 0 and item.count("[") == item.count("]") \
        and item.count("(") == item.count(")")


def _unclosed_html(first: str, more: list[tuple[int, str]], line: str) -> bool:
    """A tag or a link left open at the end of the lines so far, or a list item whose
    "</li>" is still to come on a `line` of words ("<li><a …>Born" over "a Crime</a> by
    Trevor" over "Noah *</li>")."""
    if _TAG_LEFT_OPEN.search(more[-1][1] if more else first):
        return True  # "<li><a" over "href=…>"
    lowered = first.lower()
    if "<a" not in lowered and not lowered.lstrip().startswith("<li"):
        return False
    text = " ".join([lowered, *(t.lower() for _, t in more)])
    if len(_LINK_OPEN.findall(text)) > text.count("</a>"):
        return True
    return text.lstrip().startswith("<li") and "</li>" not in text and "</li>" in line.lower() \
        and not line.lstrip().startswith("<")


def _cell_words(markup: str) -> str:
    """A cell's words, its tags gone ("<a href=…>Notes</a>" is "Notes")."""
    return decode_entities(" ".join(plain_text(markup).split()))


def _cells_row(cells: list[tuple[int, str, str]], roles: Roles,
               spilled: list[tuple[int, str]]) -> Iterator[Block]:
    """A row of an HTML table a cell a line: the title cell's line carries the row's
    citation (its author and year from the cells beside it), the others are its parts, as
    are the lines a cell went on over (`spilled`), each in its place."""
    blocks = list(_row_cells(cells, roles))
    blocks.extend(Block(number, text, "", kind="meta", reason="table cell")
                  for number, text in spilled)
    blocks.sort(key=lambda block: block.line)
    yield from blocks


def _row_cells(cells: list[tuple[int, str, str]], roles: Roles) -> Iterator[Block]:
    citation = row_citation([cell for _, _, cell in cells], roles) if roles else None
    title_at = roles.index("title") if citation is not None else -1
    for i, (number, text, _) in enumerate(cells):
        if i == title_at and citation is not None:
            yield Block(number, text, decode_entities(citation), kind="row")
        else:
            yield Block(number, text, "", kind="meta", reason="table cell")


def _row(number: int, text: str, roles: Roles) -> Block:
    """A table row: read by its header when the header names a title column."""
    if not roles:
        return _block(number, text)
    citation = row_citation(row_cells(_QUOTE.sub("", text, count=1)), roles)
    if citation is None:
        return Block(number, text, "", kind="meta", reason="table row without a title")
    return Block(number, text, decode_entities(citation), kind="row")


def _block(number: int, text: str) -> Block:
    """One Markdown line, classified on its own."""
    if _RULE.match(text) or _TABLE_RULE.match(text):
        return Block(number, text, "", kind="meta", reason="separator")
    if _LINK_DEF.match(text):
        return Block(number, text, "", kind="meta", reason="link reference definition")
    if _IMAGE.match(text):
        return Block(number, text, "", kind="meta", reason="image")
    if _COMMENT.match(text):
        return Block(number, text, "", kind="meta", reason="comment")
    if _HEADER_CELL.match(text) and section_kind(plain_text(text)) != "reading":
        # an HTML table's header cell ("<th> Activities </th>"), unless it heads the
        # readings below it
        return Block(number, text, "", kind="meta", reason="table header")
    atx = _ATX.match(text)
    if atx:
        return Block(number, text, decode_entities(atx.group(2)), kind="heading",
                     level=len(atx.group(1)))
    body = _QUOTE.sub("", text, count=1)
    if body.lstrip().startswith("|"):
        cells = [c.strip() for c in body.strip().strip("|").split("|")]
        return Block(number, text, ", ".join(c for c in cells if c))
    content, is_item = strip_marker(body)
    return Block(number, text, decode_entities(content), kind="item" if is_item else "paragraph")
