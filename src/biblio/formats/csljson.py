"""CSL-JSON, written so that Zotero, pandoc and citeproc-js all keep every field.

The record model is CSL-shaped, so the mapping is the model itself
(`Record.to_csl` / `Record.from_csl`); this module only adds what importers
need beyond the schema:

* Zotero's importer drops ``non-dropping-particle``, ``dropping-particle`` and
  ``suffix``.  Particles are folded into the name the way Zotero itself stores
  them (``family: "de Gaulle"``, ``given: "Ludwig van"``, ``given: "Martin
  Luther, Jr."``) with ``"parse-names": true``; citeproc-js, pandoc and this
  reader split them off again.  A name that only looks foldable ("bell
  hooks") gets ``"parse-names": false`` so nobody splits it.
* Zotero rejects a whole file for one unknown ``type``: the writer only emits
  schema types; the reader reports such items and keeps the rest.
* The original date, title, publisher and place also go into ``note`` as
  Zotero Extra lines, ``original-date: 1954`` (see `extra_lines`); variables
  the schema does not know go under ``custom``.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from ..model import Name, Origin, Record
from ..problems import Problem, ReadResult
from .extra_lines import take_zotero_extra, with_zotero_extra
from .isbn_output import IsbnForm, isbn_form, written_isbn
from .name_particles import SUFFIX_SEPARATOR, split_family, split_given

NAME = "csl-json"
EXTENSIONS = (".json", ".csl")

_SPACE = re.compile(r"[ \t\r\n]*")
# CSL items nest four levels (item, issued, date-parts, a date); `custom` may add some.
# Deeper values are refused before any code walks them recursively.
_MAX_DEPTH = 100
_MAX_DIGITS = 30  # no CSL number (year, page count, volume) comes near this
# A JSON string (skipped whole, escapes included) or a structural character.
_TOO_DEEP = f"item nested more than {_MAX_DEPTH} levels deep"
_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{},]')


def _integer(text: str) -> int:
    if len(text) > _MAX_DIGITS:
        raise ValueError(f"a number of {len(text)} digits")
    return int(text)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"a number out of range ({text[:_MAX_DIGITS]})")
    return value


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name}, which JSON does not allow")


# Numbers that no writer could write back (1e999, NaN) or that Python would
# refuse to convert later (over 4,300 digits) are refused here, item by item.
_DECODER = json.JSONDecoder(parse_int=_integer, parse_float=_finite,
                            parse_constant=_no_constant)


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The official CSL-JSON schema (csl-data.json, kept in biblio/data)."""
    text = resources.files("biblio").joinpath("data/csl-data.json").read_text("utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@lru_cache(maxsize=1)
def _schema_variables() -> frozenset[str]:
    return frozenset(schema()["items"]["properties"])


@lru_cache(maxsize=1)
def schema_types() -> frozenset[str]:
    return frozenset(schema()["items"]["properties"]["type"]["enum"])


# ---------------------------------------------------------------- writing


def write(records: list[Record], **options: Any) -> str:
    """CSL-JSON text: an array, one item per line, UTF-8; option ``isbn``
    (see `isbn_output`)."""
    isbn = isbn_form(options)
    # One item per line: readable, diff-friendly, and json's C encoder
    # (indentation would switch to its much slower Python encoder).
    lines = ",\n".join(json.dumps(to_item(rec, isbn), ensure_ascii=False) for rec in records)
    return f"[\n{lines}\n]\n" if lines else "[]\n"


def to_item(rec: Record, isbn: IsbnForm = "isbn13") -> dict[str, Any]:
    """One schema-valid CSL-JSON item that Zotero imports without loss."""
    item = rec.to_csl()
    if item.get("ISBN"):
        item["ISBN"] = written_isbn(item["ISBN"], isbn)
    if item["type"] not in schema_types():
        item["type"] = "document"
    known = _schema_variables()
    custom: dict[str, Any] = dict(item.pop("custom", None) or {})
    for key in [k for k in item if k not in known]:
        custom[key] = item.pop(key)
    if custom:
        item["custom"] = custom
    for key, value in item.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            item[key] = [fold_name(n) if _is_name(n) else n for n in value]
    note = with_zotero_extra(rec)
    if note is not None:
        item["note"] = note
    return item


def _is_name(data: dict[str, Any]) -> bool:
    return any(k in data for k in ("family", "given", "literal"))


def fold_name(data: dict[str, Any]) -> dict[str, Any]:
    """Fold particles and suffix into family/given (see module docstring)."""
    if "literal" in data:
        return {"literal": data["literal"]}
    family = data.get("family")
    given = data.get("given")
    ndp = data.get("non-dropping-particle")
    dp = data.get("dropping-particle")
    suffix = data.get("suffix")
    out: dict[str, Any] = {}
    if ndp and family:
        family = f"{ndp} {family}"
    elif ndp:
        family = ndp
    if dp and given:
        given = f"{given} {dp}"
    elif dp:
        out["dropping-particle"] = dp  # nowhere to fold it without changing its meaning
    if suffix and given and SUFFIX_SEPARATOR not in given:
        given = f"{given}{SUFFIX_SEPARATOR}{suffix}"
    elif suffix:
        out["suffix"] = suffix
    if family is not None:
        out["family"] = family
    if given is not None:
        out["given"] = given
    folded = bool(
        ndp or (dp and "dropping-particle" not in out) or (suffix and "suffix" not in out)
    )
    if folded:
        out["parse-names"] = True
    elif _would_split(data.get("family"), data.get("given")):
        out["parse-names"] = False
    return out


def _would_split(family: str | None, given: str | None) -> bool:
    f_particle, _ = split_family(family)
    _, g_particle, g_suffix = split_given(given)
    return bool(f_particle or g_particle or g_suffix)


# ---------------------------------------------------------------- reading


def read(text: str, source: str = "<string>") -> ReadResult:
    """Records from CSL-JSON: an array of items, or one item."""
    result = ReadResult()
    pos = _skip_space(text, 0)
    if text.startswith("[", pos):
        _read_array(text, pos + 1, source, result)
        return result
    try:
        item, end = decode_value(text, pos)
    except json.JSONDecodeError as exc:
        result.problems.append(_json_problem(text, exc, source))
        return result
    except Unusable as exc:
        result.problems.append(Problem(source, _line_of(text, pos), exc.action("skipped")))
        return result
    if text[end:].strip():
        line = text.count("\n", 0, end) + 1
        result.problems.append(Problem(source, line, "unexpected text after the JSON value"))
    _add_item(item, _line_of(text, pos), source, result)
    return result


def _read_array(text: str, pos: int, source: str, result: ReadResult) -> None:
    """Decode array elements one by one, so an error keeps the items before it."""
    first = True
    lines = _LineCounter(text)
    while True:
        pos = _skip_space(text, pos)
        if text.startswith("]", pos):
            rest = text[pos + 1 :].strip()
            if rest:
                result.problems.append(
                    Problem(source, _line_of(text, pos + 1), "unexpected text after the JSON array")
                )
            return
        if not first:
            if not text.startswith(",", pos):
                result.problems.append(
                    Problem(source, _line_of(text, pos), "invalid JSON: expected ',' or ']'")
                )
                return
            pos = _skip_space(text, pos + 1)
        first = False
        try:
            item, end = decode_value(text, pos)
        except json.JSONDecodeError as exc:
            result.problems.append(_json_problem(text, exc, source))
            return
        except Unusable as exc:
            result.problems.append(Problem(source, lines.at(pos), exc.action("skipped")))
            if exc.end is None:
                return
            pos = exc.end
            continue
        _add_item(item, lines.at(pos), source, result)
        pos = end


class Unusable(Exception):
    """Well-formed JSON biblio will not hold; `end` is where it ends (None: never closed).

    `message` says what is wrong; `action` adds what the reader does about it.
    """

    def __init__(self, message: str, end: int | None) -> None:
        super().__init__(message)
        self.message, self.end = message, end

    def action(self, done: str) -> str:
        return self.message if self.end is None else f"{self.message}; {done}"


def decode_value(text: str, pos: int) -> tuple[Any, int]:
    """The JSON value at `pos` and its end; `Unusable` if too deep or a bad number."""
    try:
        value, end = _DECODER.raw_decode(text, pos)
    except json.JSONDecodeError:
        raise
    except (RecursionError, ValueError) as exc:  # from the number hooks, or too deep for C
        found, depth = _extent(text, pos)
        if found is None:
            raise Unusable("invalid JSON: the value starting here is never closed",
                            None) from None
        if depth > _MAX_DEPTH:
            raise Unusable(_TOO_DEEP, found) from None
        raise Unusable(f"item holds {exc}", found) from None
    # Counting brackets is quick; only a value with many is measured exactly.
    if text.count("[", pos, end) + text.count("{", pos, end) > _MAX_DEPTH \
            and _extent(text, pos)[1] > _MAX_DEPTH:
        raise Unusable(_TOO_DEEP, end)
    return value, end


def _extent(text: str, pos: int) -> tuple[int | None, int]:
    """Where the JSON value at `pos` ends (None: not before the text does) and its depth.

    Scans tokens without building anything, so no nesting exhausts the stack.
    """
    depth = deepest = 0
    for match in _TOKEN.finditer(text, pos):
        kind = match.group()[0]
        if kind in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif kind in "]}":
            depth -= 1
            if depth <= 0:  # the value closed, or a scalar ended at its array's end
                return (match.end() if depth == 0 else match.start()), deepest
        elif kind == "," and depth == 0:
            return match.start(), deepest
    return None, deepest


def _skip_space(text: str, pos: int) -> int:
    m = _SPACE.match(text, pos)
    return m.end() if m else pos


def _json_problem(text: str, exc: json.JSONDecodeError, source: str) -> Problem:
    start = text.rfind("\n", 0, exc.pos) + 1
    line_text = text[start : start + 200].split("\n", 1)[0]
    return Problem(source, exc.lineno, f"invalid JSON: {exc.msg} (column {exc.colno})",
                   line_text)


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


class _LineCounter:
    """Line numbers of increasing offsets, counting each newline once."""

    def __init__(self, text: str) -> None:
        self.text, self.pos, self.line = text, 0, 1

    def at(self, pos: int) -> int:
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


def _add_item(item: Any, line: int, source: str, result: ReadResult) -> None:
    if not isinstance(item, dict):
        result.problems.append(Problem(source, line, "a CSL-JSON item must be an object"))
        return
    kind = item.get("type")
    if not isinstance(kind, str) or kind not in schema_types():
        fixed = kind.lower() if isinstance(kind, str) else None
        if fixed not in schema_types():
            label = item.get("id") or item.get("title") or "item"
            result.problems.append(
                Problem(source, line, f"{label}: unknown CSL type {kind!r}", json.dumps(kind))
            )
            return
        item = {**item, "type": fixed}
    try:
        rec = from_item(item)
    except (TypeError, ValueError, AttributeError) as exc:
        label = item.get("id") or "item"
        result.problems.append(Problem(source, line, f"{label}: malformed value ({exc})"))
        return
    rec.origin = Origin(source=source, line=line)
    result.records.append(rec)


def from_item(item: dict[str, Any]) -> Record:
    """A record from one CSL-JSON item, undoing the Zotero accommodations."""
    data = dict(item)
    custom = data.pop("custom", None)
    for key, value in list(data.items()):
        if isinstance(value, list) and value and all(isinstance(n, dict) for n in value) \
                and all(_is_name(n) for n in value):
            data[key] = [unfold_name(n).to_csl() for n in value]
    rec = Record.from_csl(data)
    if isinstance(custom, dict):
        for key, value in custom.items():
            if key not in rec.extra:
                rec.extra[key] = value
    take_zotero_extra(rec)
    return rec


def unfold_name(data: dict[str, Any]) -> Name:
    """Split folded particles and suffix off, as citeproc-js does."""
    name = Name.from_csl(data)
    if name.literal is not None or data.get("parse-names") is False \
            or str(data.get("parse-names")).lower() == "false":
        return name
    if name.non_dropping_particle is None:
        particle, family = split_family(name.family)
        if particle:
            name.non_dropping_particle, name.family = particle, family
    if name.suffix is not None or name.dropping_particle is not None:
        return name  # already split: nothing was folded into the given name
    name.given, name.dropping_particle, name.suffix = split_given(name.given)
    return name
