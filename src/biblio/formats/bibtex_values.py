"""Raw BibTeX field values → their text: delimiters, ``@string`` macros, ``#``.

bibtexparser's splitter hands over each value as written (``{Verso}``,
``"Verso"``, ``vs``, ``jun # "~15"``).  Its default middlewares would strip
the delimiters and resolve bare macros in two more passes over every field;
doing both here, in the one pass that reads the field anyway, is faster and
also evaluates ``#`` concatenation, which they leave as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from bibtexparser.model import String

# The macros every BibTeX style predefines.
MONTH_MACROS: dict[str, str] = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April",
    "may": "May", "jun": "June", "jul": "July", "aug": "August",
    "sep": "September", "oct": "October", "nov": "November", "dec": "December",
}
MONTHS: tuple[str, ...] = tuple(MONTH_MACROS)  # what the writer puts in ``month``
_MONTH_NUMBERS = {name: number for number, name in enumerate(MONTHS, 1)}
# An escaped character (``\#``, ``\}``) is text, never a delimiter.
_CLOSING = {"{": "}", '"': '"'}
_DELIMITERS = re.compile(r'\\.|[{}"#]')


def string_table(strings: Iterable[String]) -> dict[str, str]:
    """The ``@string`` macros of a file, by lower-case name; a later one wins.

    A macro may use the ones defined before it, as in BibTeX.
    """
    table: dict[str, str] = dict(MONTH_MACROS)
    for block in strings:
        table[block.key.lower()] = evaluate(block.value, table)
    return table


def evaluate(raw: str, macros: Mapping[str, str]) -> str:
    """The text of a value: delimiters removed, macros expanded, parts joined.

    A name no macro defines stays as written, so nothing is lost.
    """
    if raw.count("#") == raw.count("\\#"):  # no concatenation: one part
        return _part(raw.strip(), macros)
    return "".join(_part(piece, macros) for piece in _concatenated(raw))


def month_number(text: str) -> int | None:
    """The month of a decoded ``month`` value: "6", "jun", "June" (a macro expanded), "Juni"."""
    text = text.strip().lower()
    if text.isdigit():
        number = int(text)
        return number if 1 <= number <= 12 else None
    return _MONTH_NUMBERS.get(text[:3])


def trailing_text(raw: str) -> str | None:
    """Text after a braced or quoted part closes, as a missing comma leaves it.

    bibtexparser reads ``author = {Doe, J.}  year = 1999`` as one value, so the
    year would silently become part of the author list.  Only entries the
    splitter's regex did not take need the check (see `RegularEntry`).
    """
    for piece in _concatenated(raw) if "#" in raw else [raw.strip()]:
        first = piece[:1]
        if first not in _CLOSING:
            continue
        depth = 0
        for m in _DELIMITERS.finditer(piece, 1):
            char = m.group()
            if first == '"' and char == '"' and depth == 0:
                end = m.end()
                break
            if char == "{":
                depth += 1
            elif char == "}":
                if depth == 0 and first == "{":
                    end = m.end()
                    break
                depth -= 1
        else:
            continue
        if piece[end:].strip():
            return piece[end:].strip()
    return None


def _part(piece: str, macros: Mapping[str, str]) -> str:
    first = piece[:1]
    if (first == "{" or first == '"') and len(piece) >= 2 and piece[-1] == _CLOSING[first]:
        return piece[1:-1]
    return macros.get(piece.lower(), piece)


def _concatenated(raw: str) -> list[str]:
    """The parts of ``a # {b} # "c"``; a ``#`` in braces or quotes is text."""
    pieces: list[str] = []
    depth = 0
    quoted = False
    start = 0
    for m in _DELIMITERS.finditer(raw):
        char = m.group()
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(depth - 1, 0)
        elif char == '"' and depth == 0:
            quoted = not quoted
        elif char == "#" and depth == 0 and not quoted:
            pieces.append(raw[start:m.start()].strip())
            start = m.end()
    pieces.append(raw[start:].strip())
    return pieces
