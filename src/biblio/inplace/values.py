"""The fields `biblio enrich` fills, and when an existing value agrees with a found one."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from .. import isbn
from ..model import Date

# CSL variables enrich fills by default, in the order fields are added.
DEFAULT_FIELDS: tuple[str, ...] = (
    "edition",
    "publisher",
    "publisher-place",
    "issued",
    "original-date",
    "number-of-pages",
    "ISBN",
)

# What users may type after --fields, besides the CSL names themselves.
ALIASES: dict[str, str] = {
    "isbn": "ISBN",
    "place": "publisher-place",
    "location": "publisher-place",
    "address": "publisher-place",
    "pages": "number-of-pages",
    "pagetotal": "number-of-pages",
    "origdate": "original-date",
    "original-year": "original-date",
    "year": "issued",
    "date": "issued",
}


# Words that say nothing about which publisher it is.
_PUBLISHER_WORDS = frozenset({"the", "and", "books", "press", "publishers", "publishing", "pub",
                              "inc", "ltd", "co", "company", "verlag", "editions", "éditions"})

# How reports name each variable: what users type after --fields / --overwrite.
USER_NAMES: dict[str, str] = {
    "ISBN": "isbn",
    "publisher-place": "place",
    "number-of-pages": "pages",
    "issued": "year",
}


def parse_fields(spec: str | None) -> tuple[str, ...]:
    """CSL variables named by a --fields value ("isbn,publisher,place"), in fill order."""
    if spec is None:
        return DEFAULT_FIELDS
    wanted: list[str] = []
    for raw in spec.split(","):
        name = raw.strip()
        if not name:
            continue
        var = ALIASES.get(name.lower(), name)
        if var not in DEFAULT_FIELDS:
            known = ", ".join(USER_NAMES.get(v, v) for v in DEFAULT_FIELDS)
            raise ValueError(f"unknown field {name!r} (known: {known})")
        wanted.append(var)
    return tuple(v for v in DEFAULT_FIELDS if v in wanted)


def normalise(var: str, value: Any) -> Any:
    """A found value as biblio writes it (ISBNs hyphenated, ISBN-13 then ISBN-10)."""
    if var == "ISBN":
        valid = isbn.first(display(value))
        return isbn.display(valid) if valid else value
    return value


def is_empty(value: Any) -> bool:
    """No value, or a placeholder for one ("????", as in Nelson Beebe's bibliographies)."""
    if value is None:
        return True
    if isinstance(value, Date):
        return not value.parts and not (value.literal or "").strip("? ")
    return not str(value).strip("? \t\n")


def display(value: Any) -> str:
    """A value as the user reads it in a report."""
    if isinstance(value, Date):
        return value.iso()
    return str(value)


def agree(var: str, existing: Any, found: Any) -> bool:
    """Whether an existing value already says what the lookup found.

    Agreement is by meaning, not spelling: an ISBN-10 agrees with its ISBN-13,
    "2nd" with "2", "Penguin Books" with "penguin books", 1954 with 1954-03.
    """
    if var == "ISBN":
        have = set(isbn.find_isbns(display(existing)))
        got = set(isbn.find_isbns(display(found)))
        return bool(have & got) if have and got else _text_key(existing) == _text_key(found)
    if isinstance(existing, Date) or isinstance(found, Date):
        return _year(existing) is not None and _year(existing) == _year(found)
    if var == "edition":
        return _number(existing) == _number(found)
    if var == "publisher-place":  # "Durham and London" agrees with "Durham, NC"
        have, got = _words(display(existing).split(",")[0]), _words(display(found).split(",")[0])
        return bool(have and got) and (have <= got or got <= have)
    if var == "publisher":  # "Cary Graphic Arts Press" agrees with "RIT Cary Graphic Arts Press"
        have, got = _words(existing) - _PUBLISHER_WORDS, _words(found) - _PUBLISHER_WORDS
        return bool(have and got) and (have <= got or got <= have)
    if var == "number-of-pages":  # "xxi + 286" agrees with 286
        return bool(set(re.findall(r"\d+", display(found))) & set(re.findall(r"\d+",
                                                                          display(existing))))
    return _text_key(existing) == _text_key(found)


def _words(value: Any) -> set[str]:
    return set(_text_key(value).split())


def _text_key(value: Any) -> str:
    text = unicodedata.normalize("NFKD", display(value)).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.findall(r"\w+", text))


def _number(value: Any) -> str:
    digits = re.match(r"\s*(\d+)", display(value))
    return digits.group(1) if digits else _text_key(value)


def _year(value: Any) -> int | None:
    if isinstance(value, Date):
        return value.year
    found = re.search(r"-?\d{3,4}", display(value))
    return int(found.group()) if found else None
