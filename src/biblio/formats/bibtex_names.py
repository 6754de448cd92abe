"""Name lists ↔ BibTeX ``author``/``editor`` values.

Persons are written ``von Last, Jr, First`` and joined with `` and ``;
organisations go in braces so that an ``and`` or a comma inside them is not
split.  A dropping particle is written ``First von Last`` when the name
allows it ("Ludwig van Beethoven"): BibTeX and biber find the von part in
either form, but Zotero's BibTeX import takes everything before the comma as
the last name, while it splits a name without a comma at its last space,
which gives the "Ludwig van" + "Beethoven" it stores for a dropping particle
(translators ``BibTeX.js``, ``Zotero.Utilities.cleanAuthor``).  Reading uses
bibtexparser's implementation of BibTeX's own name splitting rules.  BibTeX
has one "von" slot for both CSL particle kinds; BibLaTeX's ``useprefix``
option says which one it is (see `bibtex_io`).
"""

from __future__ import annotations

import re

from bibtexparser.middlewares.names import (
    NameParts,
    parse_single_name_into_parts,
    split_multiple_persons_names,
)

from ..model import Name
from .latex_text import decode, escape

_AND = re.compile(r"\band\b", re.IGNORECASE)
_AND_SEPARATOR = re.compile(r"[ \t\r\n]+and[ \t\r\n]+", re.IGNORECASE)
_NEEDS_FULL_RULES = re.compile(r"[{}\\~]")
# "First von Last" only with words every reader splits alike: given words
# that start with an ASCII capital (8-bit BibTeX takes "Łukasz" for a von
# word), a lower-case ASCII particle, and a one-word family name.
_GIVEN_WORD = re.compile(r"[A-Z][\w.'’]*(?:-[A-Z][\w.'’]*)*")
_PARTICLE_WORD = re.compile(r"[a-z]+")
_FAMILY_WORD = re.compile(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*")


def format_names(names: list[Name], ascii_only: bool = False) -> str:
    """The value of a BibTeX name field (without the outer braces)."""
    return " and ".join(_format_one(n, ascii_only) for n in names)


def _format_one(name: Name, ascii_only: bool) -> str:
    if name.literal is not None or not name.family:
        text = escape(name.literal if name.literal is not None else name.display(), ascii_only)
        # "{\\'E}" alone is one special character to BibTeX, not a braced name.
        return "{{" + text + "}}" if text.startswith("\\") else "{" + text + "}"
    if _first_von_last(name):
        return " ".join(escape(part, ascii_only) for part in
                        (name.given or "", name.dropping_particle or "", name.family))
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


def _first_von_last(name: Name) -> bool:
    """True when a dropping particle can be written "Ludwig van Beethoven"."""
    if name.non_dropping_particle or name.suffix or not (
        name.dropping_particle and name.given and name.family
    ):
        return False
    words = f"{name.given} {name.dropping_particle} {name.family}"
    return (all(_GIVEN_WORD.fullmatch(w) for w in name.given.split(" "))
            and all(_PARTICLE_WORD.fullmatch(w) for w in name.dropping_particle.split(" "))
            and _FAMILY_WORD.fullmatch(name.family) is not None
            and _AND.search(words) is None)


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
    for raw in _split_simple(value) or split_multiple_persons_names(value):
        if isinstance(raw, str):
            raw = raw.strip()
            if not raw or raw == "others":
                continue
            if _fully_braced(raw):
                names.append(Name(literal=decode(raw[1:-1])))
                continue
            raw = parse_single_name_into_parts(raw, strict=False)
        family = decode(" ".join(raw.last)) or None
        given = decode(" ".join(raw.first)) or None
        von = decode(" ".join(raw.von)) or None
        suffix = decode(" ".join(raw.jr)) or None
        name = Name(family=family, given=given, suffix=suffix)
        if von and particle == "dropping":
            name.dropping_particle = von
        elif von:
            name.non_dropping_particle = von
        names.append(name)
    return names


def _split_simple(value: str) -> list[NameParts] | None:
    """The common case, "Last, First and von Last, Jr, First", without the
    character-by-character parser (the slowest step of reading BibTeX).

    None when anything needs BibTeX's full rules: braces, commands, names
    without a comma, a lower-case word inside the family name.
    """
    if _NEEDS_FULL_RULES.search(value):
        return None
    out: list[NameParts] = []
    for name in _AND_SEPARATOR.split(value.strip()):
        parts = [p.split() for p in name.split(",")]
        if len(parts) not in (2, 3) or not parts[0]:
            return None
        words = parts[0]
        von = 0
        while von < len(words) - 1 and words[von][0].islower():
            von += 1
        if any(w[0].islower() for w in words[von:]):
            return None
        jr = parts[1] if len(parts) == 3 else []
        out.append(NameParts(first=parts[-1], von=words[:von], last=words[von:], jr=jr))
    return out


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
