"""Reading logs kept on personal sites and GitHub pages, read the way their owners would
want them imported.  Titles, names and links are as the pages gave them; headings and
notes around them are reworded."""

from __future__ import annotations

from biblio import iter_extract


def _works(text: str, fmt: str = "markdown") -> list[tuple[str, list[str]]]:
    out = []
    for outcome in iter_extract(text, fmt):
        for cited in outcome.citations:
            csl = cited.record.to_csl()
            out.append((csl["title"], [a.get("family", "") for a in csl.get("author", [])]))
    return out


def test_a_favourites_star_in_bold_is_no_part_of_the_title() -> None:
    text = ("## What I read this year\n\n"
            "1. __*__ [Lonesome Dove](https://www.goodreads.com/book/show/256008.Lonesome_Dove)"
            " by Larry McMurty\n"
            "1. [The Hobbit](https://www.goodreads.com/book/show/5907.The_Hobbit)"
            " by J.R.R. Tolkien\n")
    assert _works(text) == [("Lonesome Dove", ["McMurty"]), ("The Hobbit", ["Tolkien"])]
