"""Editing CSL-JSON files in place: keys added beside a sensible neighbour.

The file is walked with the standard library's JSON decoder one value at a
time, so every item and key keeps its offsets; new keys copy the item's
indentation, its `": "` spacing, its ASCII escaping and how it lays out
nested values (pandoc and Zotero expand them, hand-written files often don't).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from ..formats.csljson import Unusable, decode_value, from_item
from ..model import TYPES, Date, Record
from ..problems import Problem
from .document import Document, neighbour
from .edits import Edit, LineIndex

# CSL-JSON key order (Zotero's export order) for files not sorted alphabetically.
KEY_ORDER: list[str] = [
    "id", "type", "title", "title-short", "container-title", "collection-title",
    "collection-number", "edition", "publisher", "publisher-place", "number-of-pages",
    "source", "original-date", "isbn", "url", "language", "note", "author", "editor",
    "translator", "issued",
]
FIELDS: tuple[str, ...] = ("ISBN", "publisher", "publisher-place", "edition", "number-of-pages",
                           "original-date", "issued")

_decoder = json.JSONDecoder()


@dataclass
class _Key:
    name: str
    start: int  # offset of the key's opening quote
    value_start: int
    value_end: int


@dataclass
class JsonEntry:
    """One CSL item (a JSON object) of the file."""

    text: str
    item: dict[str, Any]
    line: int
    start: int
    end: int
    keys: list[_Key] = field(default_factory=list)
    ensure_ascii: bool = False
    newline: str = "\n"

    @property
    def label(self) -> str:
        return str(self.item.get("id"))

    @property
    def kind(self) -> str:
        return str(self.item.get("type"))

    @cached_property
    def record(self) -> Record:
        return from_item(self.item)

    def field_name(self, var: str) -> str | None:
        return var if var in FIELDS else None

    def set(self, var: str, value: Any) -> list[Edit]:
        data = value.to_csl() if isinstance(value, Date) else str(value)
        present = next((k for k in self.keys if k.name == var), None)
        if present is not None:
            indent = self._indent_of(present)
            return [Edit(present.value_start, present.value_end, self._dumps(data, indent))]
        names = [k.name for k in self.keys]
        after: _Key | None
        if names == sorted(names):  # keep a sorted item sorted (jq -S, pandoc)
            after = next((k for k in reversed(self.keys) if k.name < var), None)
        else:
            index = neighbour([k.lower() for k in KEY_ORDER], names, var)
            after = self.keys[index if index is not None else -1]
        anchor = after or self.keys[0]
        lead = self._lead(anchor)
        colon = self.text[self._key_end(anchor):anchor.value_start]
        pair = f"{json.dumps(var)}{colon}{self._dumps(data, self._indent_of(anchor))}"
        if after is None:
            return [Edit(anchor.start, anchor.start, f"{pair},{lead}")]
        return [Edit(after.value_end, after.value_end, f",{lead}{pair}")]

    def _lead(self, key: _Key) -> str:
        """What precedes a key: a line break and indentation, or a space when inline."""
        before = self.text[self.text.rfind("\n", self.start, key.start) + 1:key.start]
        if self.text.find("\n", self.start, self.end) >= 0 and not before.strip():
            return self.newline + before
        return " "

    def _indent_of(self, key: _Key) -> str | None:
        """The key's indentation, or None when the item is on one line."""
        line_start = self.text.rfind("\n", 0, key.start) + 1
        before = self.text[line_start:key.start]
        return before if not before.strip() and line_start > self.start else None

    def _key_end(self, key: _Key) -> int:
        return _decoder.raw_decode(self.text, key.start)[1]

    def _dumps(self, data: Any, indent: str | None) -> str:
        if not isinstance(data, dict) or indent is None or not self._expands_nested():
            return json.dumps(data, ensure_ascii=self.ensure_ascii)
        unit = self._indent_unit(indent)
        text = json.dumps(data, ensure_ascii=self.ensure_ascii, indent=unit)
        return text.replace("\n", self.newline + indent)

    def _expands_nested(self) -> bool:
        containers = [k for k in self.keys if self.text[k.value_start] in "[{"]
        if not containers:
            return True
        return any("\n" in self.text[k.value_start:k.value_end] for k in containers)

    def _indent_unit(self, indent: str) -> str:
        line_start = self.text.rfind("\n", 0, self.start) + 1
        outer = self.text[line_start:self.start]
        if indent.startswith(outer) and len(indent) > len(outer):
            return indent[len(outer):]
        return indent or "  "


def parse(text: str, source: str) -> Document:
    """The items of a CSL-JSON file (an array of items, or one item)."""
    doc = Document(text=text)
    lines = LineIndex(text)
    ensure_ascii = text.isascii() and "\\u" in text
    newline = "\r\n" if "\r\n" in text else "\n"
    pos = _skip_ws(text, 0)
    if pos < len(text) and text[pos] == "{":
        _item(doc, text, pos, source, lines, ensure_ascii, newline)
        return doc
    if pos >= len(text) or text[pos] != "[":
        doc.problems.append(Problem(source, lines.line(pos), "not CSL-JSON: expected an array "
                                    "of items; the file is kept as it is"))
        return doc
    pos = _skip_ws(text, pos + 1)
    while pos < len(text) and text[pos] != "]":
        end = _item(doc, text, pos, source, lines, ensure_ascii, newline)
        if end is None:
            return doc
        pos = _skip_ws(text, end)
        if pos < len(text) and text[pos] == ",":
            pos = _skip_ws(text, pos + 1)
    return doc


def _item(doc: Document, text: str, pos: int, source: str, lines: LineIndex,
          ensure_ascii: bool, newline: str) -> int | None:
    """Scan the item at `pos`; its end offset, or None when the rest cannot be read."""
    try:
        item, end = decode_value(text, pos)  # the reader's guards: depth, huge numbers
    except json.JSONDecodeError as exc:
        doc.problems.append(Problem(source, exc.lineno, f"invalid JSON ({exc.msg}, column "
                                    f"{exc.colno}); this item and the rest of the file are "
                                    "kept as they are", _first_line(text, pos)))
        return None
    except Unusable as exc:
        doc.problems.append(Problem(source, lines.line(pos), exc.action("kept as it is"),
                                    _first_line(text, pos)))
        return exc.end
    line = lines.line(pos)
    if not isinstance(item, dict):
        doc.problems.append(Problem(source, line, "array element is not a CSL item (object); "
                                    "kept as it is", _first_line(text, pos)))
        return end
    if not item.get("id") or item.get("type") not in TYPES:
        what = "no id" if not item.get("id") else f"unknown CSL type {item.get('type')!r}"
        doc.problems.append(Problem(source, line, f"item has {what}; kept as it is",
                                    _first_line(text, pos)))
        return end
    entry = JsonEntry(text, item, line, pos, end, _keys(text, pos), ensure_ascii, newline)
    doc.entries.append(entry)
    return end


def _keys(text: str, start: int) -> list[_Key]:
    """Offsets of an object's keys and values (the object is known to be valid JSON)."""
    keys: list[_Key] = []
    pos = _skip_ws(text, start + 1)
    while text[pos] != "}":
        name, key_end = _decoder.raw_decode(text, pos)
        value_start = _skip_ws(text, _skip_ws(text, key_end) + 1)
        _, value_end = _decoder.raw_decode(text, value_start)
        keys.append(_Key(name, pos, value_start, value_end))
        pos = _skip_ws(text, value_end)
        if text[pos] == ",":
            pos = _skip_ws(text, pos + 1)
    return keys


def _skip_ws(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n\ufeff":
        pos += 1
    return pos


def _first_line(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[pos:end if end >= 0 else len(text)][:200]
