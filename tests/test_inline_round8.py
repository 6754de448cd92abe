"""Works named in running prose, round 8: sentences from the training split of the
real-world corpus and from public show notes, kept as their sources wrote the title, the
author and the words between (issue 9)."""

from __future__ import annotations

import pytest

from biblio.extract.inline import find_mentions


def _read(line: str) -> list[tuple[str | None, list[str]]]:
    return [(p.record.full_title, [n.family or "" for n in p.record.author])
            for p in find_mentions(line)]


@pytest.mark.parametrize(("line", "expected"), [
    # "discuss Title by Author": the title is all up to "by", commas and all
    ("Chelsey and Sara discuss The Lion, the Witch, and the Wardrobe by C.S. Lewis and The "
     "Golden Compass by Philip Pullman, first as children’s classics in their own right.",
     ("The Lion, the Witch, and the Wardrobe", ["Lewis"])),
    # a quoted title after "talk about", even where the podcast is named before it
    ("Debut novelist Vera Kurian joins the podcast to talk about “Never Saw Me Coming,” and "
     "why readers root for a narrator with no empathy and murder on her mind.",
     ("Never Saw Me Coming", [])),
])
def test_named_in_prose(line: str, expected: tuple[str, list[str]]) -> None:
    assert expected in _read(line)


@pytest.mark.parametrize("line", [
    # a year in brackets is no part of the title read up to "by"
    "She has asked us to talk about The Dream Songs (1969) by John Berryman, a book that "
    "for a while made its author the best-known poet in America.",
])
def test_title_ends_before_bracket(line: str) -> None:
    assert ("The Dream Songs", ["Berryman"]) in _read(line)


@pytest.mark.parametrize("line", [
    # a talk verb with no title after it
    "Jane and Bob discuss the new rules announced by Jane Smith last week.",
    "We talk about Trump's new policy, introduced by Joe Biden and others.",
])
def test_no_work(line: str) -> None:
    assert _read(line) == []
