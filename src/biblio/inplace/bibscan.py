"""Where every field of one BibTeX entry sits, byte for byte.

`formats.bibtex_split` finds the entries and their values but not the columns,
commas and delimiters that make up an entry's style; this scanner records them
so a new field can be written the way the entry's author writes fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NAME_RE = re.compile(r"[^\s\"#%'(),={}]+")
_BARE_RE = re.compile(r"[^\s,#{}\"()]+")


class ScanError(ValueError):
    """The entry's text is not well-formed BibTeX; `offset` is where it went wrong."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass
class FieldSpan:
    """One `name = value` of an entry; offsets index the entry's text."""

    name: str
    name_start: int
    eq: int  # offset of "="
    value_start: int
    value_end: int
    comma: int | None  # offset of the "," that ends the field, if any

    @property
    def end(self) -> int:
        """Offset just past the field, its comma included."""
        return self.comma + 1 if self.comma is not None else self.value_end


@dataclass
class EntrySpan:
    """An entry's layout: its opening, its key, its fields and its closing delimiter."""

    kind: str
    key: str
    key_end: int  # offset just past the key
    key_comma: int | None
    fields: list[FieldSpan] = field(default_factory=list)
    close: int = 0  # offset of the closing "}" or ")"


def scan_entry(text: str) -> EntrySpan:
    """Scan one entry (`text` starts at its "@") or raise ScanError."""
    pos = _skip_ws(text, 1)
    m = _NAME_RE.match(text, pos)
    if not m:
        raise ScanError("entry type missing after '@'", pos)
    kind = m.group()
    pos = _skip_ws(text, m.end())
    if pos >= len(text) or text[pos] not in "{(":
        raise ScanError(f"expected '{{' after @{kind}", pos)
    closer = "}" if text[pos] == "{" else ")"
    pos = _skip_ws(text, pos + 1)
    key_start = pos
    while pos < len(text) and text[pos] not in ",\n" + closer:
        if text[pos] in "{}=\"":
            raise ScanError("citation key missing or followed by no comma", pos)
        pos += 1
    key = text[key_start:pos].strip()
    if not key:
        raise ScanError("citation key missing", key_start)
    span = EntrySpan(kind=kind, key=key, key_end=key_start + len(text[key_start:pos].rstrip()),
                     key_comma=None)
    pos = _skip_ws(text, pos)
    if pos < len(text) and text[pos] == ",":
        span.key_comma = pos
        pos += 1
    elif pos >= len(text) or text[pos] != closer:
        raise ScanError("expected ',' after the citation key", pos)
    while True:
        pos = _skip_ws(text, pos)
        if pos >= len(text):
            raise ScanError(f"entry never closed with '{closer}'", len(text))
        if text[pos] == closer:
            span.close = pos
            return span
        if span.fields and span.fields[-1].comma is None:
            raise ScanError("missing ',' between fields", pos)
        if span.fields == [] and span.key_comma is None:
            raise ScanError("expected ',' after the citation key", pos)
        field_span = _scan_field(text, pos, closer)
        span.fields.append(field_span)
        pos = field_span.end


def _scan_field(text: str, pos: int, closer: str) -> FieldSpan:
    m = _NAME_RE.match(text, pos)
    if not m:
        raise ScanError(f"expected a field name, found {text[pos]!r}", pos)
    eq = _skip_ws(text, m.end())
    if eq >= len(text) or text[eq] != "=":
        raise ScanError(f"expected '=' after field {m.group()!r}", eq)
    value_start = _skip_ws(text, eq + 1)
    value_end = _scan_value(text, value_start, closer)
    after = _skip_ws(text, value_end)
    comma = after if after < len(text) and text[after] == "," else None
    return FieldSpan(m.group(), pos, eq, value_start, value_end, comma)


def _scan_value(text: str, pos: int, closer: str) -> int:
    """End offset of a value: pieces ({…}, "…", number or macro) joined by '#'."""
    while True:
        if pos >= len(text):
            raise ScanError("value missing at end of entry", pos)
        char = text[pos]
        if char == "{":
            pos = _balanced(text, pos + 1, "}")
        elif char == '"':
            pos = _balanced(text, pos + 1, '"')
        else:
            m = _BARE_RE.match(text, pos)
            if not m or text[pos] == closer:
                raise ScanError("field value missing", pos)
            pos = m.end()
        after = _skip_ws(text, pos)
        if after < len(text) and text[after] == "#":
            pos = _skip_ws(text, after + 1)
            continue
        return pos


def _balanced(text: str, pos: int, end: str) -> int:
    """Offset past the `end` that closes a value opened just before `pos`.

    Like BibTeX itself, braces always count (a backslash does not escape them)
    and a quote ends a quoted value only outside braces.
    """
    depth = 0
    start = pos
    while pos < len(text):
        char = text[pos]
        if char == "{":
            depth += 1
        elif char == "}":
            if depth == 0:
                if end == "}":
                    return pos + 1
                raise ScanError("unbalanced '}' in a quoted value", pos)
            depth -= 1
        elif char == '"' and end == '"' and depth == 0:
            return pos + 1
        elif char == "@" and text[pos - 1] == "\n":
            break  # an entry starting in column 1: this value was never closed
        pos += 1
    raise ScanError("value never closed (unbalanced braces or quotes)", start - 1)


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos

