"""Name lists ↔ BibTeX ``author``/``editor`` values.

Persons are written ``von Last, Jr, First`` and joined with `` and ``;
organisations go in braces so that an ``and`` or a comma inside them is not
split.  Reading uses bibtexparser's implementation of BibTeX's own name
splitting rules.  BibTeX has one "von" slot for both CSL particle kinds;
BibLaTeX's ``useprefix`` option says which one it is (see `bibtex_io`).
"""

from __future__ import annotations

import re

from bibtexparser.middlewares.names import (
    parse_single_name_into_parts,
    split_multiple_persons_names,
)

from ..model import Name
from .latex_text import decode, escape

_AND = re.compile(r"\band\b", re.IGNORECASE)


def format_names(names: list[Name], ascii_only: bool = False) -> str:
    """The value of a BibTeX name field (without the outer braces)."""
    return " and ".join(_format_one(n, ascii_only) for n in names)


def _format_one(name: Name, ascii_only: bool) -> str:
    if name.literal is not None or not name.family:
        text = escape(name.literal if name.literal is not None else name.display(), ascii_only)
        # "{\\'E}" alone is one special character to BibTeX, not a braced name.
        return "{{" + text + "}}" if text.startswith("\\") else "{" + text + "}"
    von = name.non_dropping_particle or name.dropping_particle
    # A family of several words is braced: without a given name BibTeX would
    # take its first words as one, and "{\L}a" may pass for a lower-case "von".
    last = _part(name.family, ascii_only, always=" " in name.family.strip())
    parts = [f"{escape(von, ascii_only)} {last}" if von else last]
    if name.suffix:
        parts.append(_part(name.suffix, ascii_only))
    if name.given or name.suffix:
        parts.append(_part(name.given or "", ascii_only))
    return ", ".join(parts)


def _part(text: str, ascii_only: bool, always: bool = False) -> str:
    """One name part, braced where BibTeX would otherwise split or misread it."""
    out = escape(text, ascii_only)
    risky = always or "," in text or _AND.search(text) is not None
    return "{" + out + "}" if risky else out


def parse_names(value: str, particle: str = "non-dropping") -> list[Name]:
    """Names from a raw (still LaTeX-encoded) BibTeX name field.

    `particle` says which CSL particle a "von" part is. ``and others`` (et
    al.) is dropped: the record model has no place for it.
    """
    names: list[Name] = []
    for raw in split_multiple_persons_names(value):
        raw = raw.strip()
        if not raw or raw == "others":
            continue
        if _fully_braced(raw):
            names.append(Name(literal=decode(raw[1:-1])))
            continue
        parts = parse_single_name_into_parts(raw, strict=False)
        family = decode(" ".join(parts.last)) or None
        given = decode(" ".join(parts.first)) or None
        von = decode(" ".join(parts.von)) or None
        suffix = decode(" ".join(parts.jr)) or None
        name = Name(family=family, given=given, suffix=suffix)
        if von and particle == "dropping":
            name.dropping_particle = von
        elif von:
            name.non_dropping_particle = von
        names.append(name)
    return names


def _fully_braced(text: str) -> bool:
    """True for "{Open University}": one brace group around the whole name.

    "{\\'E}" is a special character, not an organisation.
    """
    if not (text.startswith("{") and text.endswith("}")) or text.startswith("{\\"):
        return False
    depth = 0
    for i, char in enumerate(text):
        if char == "\\":
            continue
        if char == "{" and (i == 0 or text[i - 1] != "\\"):
            depth += 1
        elif char == "}" and text[i - 1] != "\\":
            depth -= 1
            if depth == 0 and i != len(text) - 1:
                return False
    return depth == 0
