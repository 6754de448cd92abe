"""Particles and suffixes folded into family and given names, and split off again.

Zotero (and RIS) store "de Gaulle" as the family name, "Ludwig van" as the
given name and "Martin Luther, Jr." with the suffix after a comma.  These
functions split them the way citeproc-js and pandoc do: leading lower-case
words of the family are the non-dropping particle, trailing lower-case words
of the given name the dropping particle, and what follows ", " the suffix.
"""

from __future__ import annotations

SUFFIX_SEPARATOR = ", "


def split_family(family: str | None) -> tuple[str | None, str | None]:
    """("de la", "Fontaine") from "de la Fontaine"; lower-case words lead."""
    if not family:
        return None, family
    words = family.split(" ")
    n = 0
    while n < len(words) - 1 and _is_particle(words[n]):
        n += 1
    if n == 0:
        return None, family
    return " ".join(words[:n]), " ".join(words[n:])


def split_given(given: str | None) -> tuple[str | None, str | None, str | None]:
    """(given, dropping particle, suffix) from "Ludwig van" / "Martin Luther, Jr."."""
    if not given:
        return given, None, None
    suffix = None
    head, sep, tail = given.partition(SUFFIX_SEPARATOR)
    if sep and head and tail and SUFFIX_SEPARATOR not in tail:
        given, suffix = head, tail
    words = given.split(" ")
    n = len(words)
    while n > 1 and _is_particle(words[n - 1]):
        n -= 1
    if n == len(words):
        return given, None, suffix
    return " ".join(words[:n]), " ".join(words[n:]), suffix


def _is_particle(word: str) -> bool:
    return bool(word) and word[0].islower()
