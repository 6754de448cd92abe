"""Splitting a .bib file into blocks: regular ones by regex, the rest by bibtexparser.

bibtexparser's splitter steps through every brace, quote, comma and newline
in Python, which made it most of the time of reading BibTeX.  Most entries
are regular (``@type{key, name = value, …}``, values braced, quoted, numbers
or macros joined by ``#``), and one regular expression takes each whole, as
another takes plain ``@string`` macros.  Everything else (``@comment``,
``@preamble``, ``(…)`` delimiters, nesting deeper than `_DEPTH`, anything
malformed) goes to bibtexparser one chunk at a time, so its handling of odd
and broken input, and its messages, are kept.  An entry that gives a field
twice (``Title`` and ``title`` too, as BibTeX sees it) comes wrapped as
bibtexparser wraps one (`DuplicateFieldKeyBlock`), its fields numbered with
their lines so the reader can say where each repeat is.

Chunks end where the next line starts with ``@``: bibtexparser too takes
such an ``@`` as the start of a new block, even inside an unclosed entry.
The result is the `Library` bibtexparser's splitter returns, less implicit
comments and (but for a repeated field) the fields' line numbers, and with two
of its errors avoided: its block line numbers drift after a backslash at the
end of a line, and it cuts a quoted value short at ``{"}`` style quotes
inside braces.
"""

from __future__ import annotations

import re

from bibtexparser.library import Library
from bibtexparser.model import Block, DuplicateFieldKeyBlock, Entry, Field, String
from bibtexparser.splitter import Splitter

_DEPTH = 4  # brace nesting a value may have and still be taken by the regex


def _braced(depth: int) -> str:
    """A ``{…}`` group with up to `depth` levels inside.

    A brace right after a backslash is text, as bibtexparser counts it.
    Runs are possessive (Python 3.11), so a failed match never backtracks.
    """
    text = r"[^{}\\]++|\\|(?<=\\)[{}]"
    inner = rf"(?:{text})*+"
    for _ in range(depth):
        inner = rf"(?:{text}|\{{{inner}\}})*+"
    return rf"\{{{inner}\}}"


def _braced_in_quotes(depth: int) -> str:
    """A ``{…}`` group inside a quoted value, its braces counted as BibTeX counts them.

    A backslash is plain text here, so ``{\\}`` closes before the quote after
    it.  A quote inside the group is text (``{"a}``, ``{"optionalen" Kapitel}``)
    unless whitespace and ``,``, ``#`` or the entry's end follow it: that quote
    ends the value, and a group still open there fails the match, so
    bibtexparser takes the chunk rather than one field swallowing the next.
    """
    text = r'[^{}"]++|"(?!\s*+[,#})])'
    inner = rf"(?:{text})*+"
    for _ in range(depth):
        inner = rf"(?:{text}|\{{{inner}\}})*+"
    return rf"\{{{inner}\}}"


_BRACED = _braced(_DEPTH - 1)
_QUOTED = rf'"(?:[^"{{}}\\]++|\\|(?<=\\)["{{}}]|{_braced_in_quotes(_DEPTH - 2)})*+"'
_NAME = r'[^\s,{}"#=@\\]++'  # an entry key, a field name, a macro, a number
_PIECE = rf"(?:{_BRACED}|{_QUOTED}|{_NAME})"
_VALUE = rf"{_PIECE}(?:\s*#\s*{_PIECE})*+"
_FIELD = rf"({_NAME})\s*=\s*({_VALUE})"
_FIELD_RE = re.compile(_FIELD)
_ENTRY = re.compile(
    rf"@[ \t]*([A-Za-z][\w-]*)[ \t]*\{{\s*({_NAME})\s*,"
    rf"((?:\s*{_FIELD}\s*,)*(?:\s*{_FIELD})?)\s*\}}"
)
_STRING = re.compile(
    rf"@[ \t]*string\w*[ \t]*\{{\s*({_NAME})\s*=\s*({_VALUE})\s*\}}",
    re.IGNORECASE,
)
# What bibtexparser takes for a block start (``@book{``, ``@string (``)…
_BLOCK_HEAD = re.compile(r"@\w*[ \t]*[{(]")
# … at the start of a line.  The literal newline first lets the regex engine
# skip ahead fast.
_LINE_START_AT = re.compile(r"\n[ \t]*@(?=\w*[ \t]*[{(])")
# bibtexparser takes any type starting so as that block (``@COMMENTED{`` is a comment).
_NOT_ENTRIES = ("comment", "preamble", "string")


def split(text: str) -> Library:
    """The blocks of a .bib file, in file order (line numbers from 0, as bibtexparser's)."""
    library = Library()
    starts = [m.end() - 1 for m in _LINE_START_AT.finditer(text)]
    if not starts or "@" in text[: starts[0]]:
        starts.insert(0, 0)  # a block on the first line, or text bibtexparser should see
    line = 0
    last = 0
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(text)
        line += text.count("\n", last, start)
        last = start
        block = _regular_block(text, start, end, line)
        blocks: list[Block] = (
            [block] if block is not None else _by_bibtexparser(text, start, end, line)
        )
        library.add(blocks, fail_on_duplicate_key=False)
    return library


def _regular_block(text: str, start: int, end: int,
                   line: int) -> Entry | String | DuplicateFieldKeyBlock | None:
    """The entry or ``@string`` in ``text[start:end]`` when it is regular and alone there."""
    m = _ENTRY.match(text, start, end)
    if m is None or m.group(1).lower().startswith(_NOT_ENTRIES):
        m = _STRING.match(text, start, end)
        if m is None or text.find("@", m.end(), end) >= 0:
            return None
        return String(m.group(1), m.group(2), start_line=line, raw=text[start:m.end()])
    if text.find("@", m.end(), end) >= 0:
        return None
    pairs = _FIELD_RE.findall(m.group(3))
    entry = RegularEntry(m.group(1).lower(), m.group(2), [Field(*pair) for pair in pairs],
                         start_line=line, raw=text[start:m.end()])
    if len({name.lower() for name, _ in pairs}) == len(pairs):
        return entry
    # A field given twice: each field gets its line, for the reader's warning.
    entry.fields = [
        Field(f.group(1), f.group(2), start_line=line + text.count("\n", start, f.start()))
        for f in _FIELD_RE.finditer(text, m.start(3), m.end(3))
    ]
    return _wrapped_if_repeating(entry)


def _wrapped_if_repeating(entry: Entry) -> Entry | DuplicateFieldKeyBlock:
    """`entry`, or wrapped as bibtexparser wraps an entry that gives a field twice.

    Names are compared as BibTeX compares them, case aside: bibtexparser
    takes ``Title`` after ``title`` for another field.
    """
    seen: set[str] = set()
    repeated: set[str] = set()
    for f in entry.fields:
        name = f.key.lower()
        if name in seen:
            repeated.add(f.key)
        seen.add(name)
    return DuplicateFieldKeyBlock(repeated, entry) if repeated else entry


class RegularEntry(Entry):
    """An entry the regex took whole: each value ends where its field does.

    No text follows a value's closing brace or quote (as a missing comma
    leaves it), so the reader need not look for any.
    """


def _by_bibtexparser(text: str, start: int, end: int, line: int) -> list[Block]:
    """bibtexparser's blocks for ``text[start:end]``.

    The head of the next block (``@book{``) is shown to it too, so that an
    unclosed entry is reported as cut short by that block, as bibtexparser
    would on the whole file, not by the end of the file; what it makes of
    the head alone is dropped (the next chunk reads that block).
    """
    head = _BLOCK_HEAD.match(text, end)
    shown = text[start:end] + (head.group() if head else "")
    blocks: list[Block] = _ChunkSplitter(shown, line).split().blocks
    if head and blocks and blocks[-1].raw == head.group():  # the head, cut short by the end
        blocks.pop()
    return [_wrapped_if_repeating(b) if type(b) is Entry else b for b in blocks]


class _ChunkSplitter(Splitter):
    """bibtexparser's splitter on part of a file, numbering lines from `first_line`.

    It has no public option for that; its line counter is set instead (it
    starts at -1 for the newline the splitter puts before the text).
    tests/test_formats_bibtex_split.py pins the line numbers this gives.
    """

    def __init__(self, chunk: str, first_line: int) -> None:
        super().__init__(chunk)
        self._current_line = first_line - 1
