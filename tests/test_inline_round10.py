"""Works named in running prose, round 10: lines from the training split of the real-world
corpus's documents (issue 9) — sentences that open with a title and say what it is."""

from __future__ import annotations

import pytest

from biblio.extract.inline import find_mentions


def _read(line: str) -> list[tuple[str | None, list[str]]]:
    return [(p.record.full_title, [n.family or "" for n in p.record.author])
            for p in find_mentions(line)]


@pytest.mark.parametrize(("line", "expected"), [
    # a sentence that opens with the title, then what kind of work it is, and by whom
    ("Small Things Like These is a short novel by the Irish writer Claire Keegan. Its hero is "
     "Bill Furlong, a coal merchant in a small country town in the mid-1980s.",
     [("Small Things Like These", ["Keegan"])]),
    ("There There stands out as a novel by and about Native Americans set firmly in a "
     "present-day city. Its shifting viewpoints and linked cast of characters are a treat, too.",
     [("There There", [])]),
    ("Varina is a gorgeously written Civil War novel about the Confederacy’s First Lady – her "
     "marriage, her children and her friendships.", [("Varina", [])]),
    ("Florida is the finest book of short stories I have picked up in ages. Groff builds tiny "
     "fictions that seize you from the first word and hold on.", [("Florida", [])]),
    # a clause between the title and its verb
    ("The Screwtape Letters, told by a demon trying to win souls for Hell, is a thoroughly "
     "Christian book whose pull comes just as much from what Lewis understood about people.",
     [("The Screwtape Letters", [])]),
    # a setting, not a work
    ("Summer 1964 is the setting for the debut novel by TV actress Denise Nicholas called "
     "Freshwater Road.", [("Freshwater Road", ["Nicholas"])]),
])
def test_a_sentence_opens_with_the_work_it_describes(
        line: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(line) == expected
