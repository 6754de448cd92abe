"""Lines that follow one another with no bullet and no blank line between are read as a
list when most of them name a work and its maker: a show-notes page copied to plain text
keeps its list's lines but loses the bullets (lines from d-career-coven, a real page)."""

from __future__ import annotations

from biblio import extract

_RUN = ("Everything you sent in, plus a few more picks of our own:\n"
        "Emily Wapnick - How to be Everything\n"
        "Bill Gates - How to Avoid a Climate Disaster\n"
        "Jack London - White Fang\n"
        "John Steinbeck - East of Eden\n"
        "Herminia Ibarra - Working identity\n")


def _read(notes: str) -> list[tuple[str | None, list[str | None]]]:
    return [(p.record.title, [a.family for a in p.record.author])
            for p in extract(notes, "text")]


def test_a_weak_line_inside_a_run_of_works_is_read_as_the_list_reads() -> None:
    assert _read(_RUN) == [
        ("How to be Everything", ["Wapnick"]),
        ("How to Avoid a Climate Disaster", ["Gates"]),
        ("White Fang", ["London"]),
        ("East of Eden", ["Steinbeck"]),
        ("Working identity", ["Ibarra"]),
    ]


def test_the_same_line_standing_alone_is_not_taken_on_a_weak_reading() -> None:
    notes = ("Everything you sent in, plus a few more picks of our own:\n\n"
             "Herminia Ibarra - Working identity\n\n"
             "Liked the episode? A rating and a follow help us a lot.\n")
    assert _read(notes) == []


def test_a_run_that_mostly_names_no_work_lends_its_lines_nothing() -> None:
    notes = ("Email This Link\n"
             "Share on Pinterest\n"
             "Herminia Ibarra - Working identity\n"
             "Share on LinkedIn\n")
    assert _read(notes) == []
