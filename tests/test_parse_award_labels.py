"""A year's-reading post files its picks under awards: "Favorite Fantasy: Bitterblue by
Kristin Cashore".  The award is no part of the title.

The entries are from three real year-end posts (intellectualrecreation.com 2017,
boneislandbooks.wordpress.com, bitesizereviews.substack.com 2022); the words after an
entry's author are rewritten.
"""

from __future__ import annotations

import pytest

from biblio import parse_citation


def _read(line: str) -> tuple[str | None, list[str]]:
    record = parse_citation(line).record
    return record.full_title, [a.family or "" for a in record.author]


@pytest.mark.parametrize(("line", "title", "author"), [
    ("Favorite Fantasy: Bitterblue by Kristin Cashore", "Bitterblue", "Cashore"),
    ("Favorite First Book in a New Series: Defy the Stars by Claudia Gray", "Defy the Stars",
     "Gray"),
    ("Favorite Audiobook: Sleeping Giants & Waking Gods by Sylvain Neuvel",
     "Sleeping Giants & Waking Gods", "Neuvel"),
    ("Best read of the year: The Tsar of Love and Techno by Anthony Marra. Linked stories, "
     "and a painting that ties them.", "The Tsar of Love and Techno", "Marra"),
    ("Biggest disappointment: The Witch Elm by Tana French. Not for me, this one.",
     "The Witch Elm", "French"),
])
def test_an_award_label_is_no_part_of_the_title(line: str, title: str, author: str) -> None:
    assert _read(line) == (title, [author])


def test_an_award_label_before_two_entries() -> None:
    from biblio import extract

    found = extract("Favorite books published this year: Transcription by Kate Atkinson, "
                    "Circe by Madeline Miller\n", "text")
    assert [(p.record.full_title, p.record.author[0].family) for p in found] == [
        ("Transcription", "Atkinson"), ("Circe", "Miller")]


@pytest.mark.parametrize("line", [
    # a title opening with a superlative keeps it: no kind of reading follows, or the rest
    # is a generic subtitle, or the words are a series' name
    "Most Likely to Succeed: Preparing Our Kids for the Innovation Era by Tony Wagner",
    "Best Served Cold: A Novel by Joe Abercrombie",
    "Best American Essays 2019: An Anthology by Rebecca Solnit",
])
def test_a_title_opening_with_a_superlative_stays_whole(line: str) -> None:
    assert _read(line)[0] == line.split(" by ")[0]
