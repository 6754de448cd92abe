"""A reading plan that files each pick under a genre ("Crime: Gone Girl by Gillian
Flynn"): the genre is a label, not the title's first part.  The lines are a public
to-read post's own."""

from __future__ import annotations

import pytest

from biblio import iter_extract, parse_citation


@pytest.mark.parametrize(("line", "title", "family"), [
    ("Classic: The Catcher in the Rye by J.D. Salinger", "The Catcher in the Rye", "Salinger"),
    ("Philosophy: Zen & The Art of Motorcycle Maintenance by Robert Pirsig",
     "Zen & The Art of Motorcycle Maintenance", "Pirsig"),
    ("Children’s Fiction: Howl’s Moving Castle by Diana Wynn Jones", "Howl’s Moving Castle",
     "Jones"),
    ("Audiobook: Ocean at the End of the Lane by Neil Gaiman", "Ocean at the End of the Lane",
     "Gaiman"),
])
def test_the_genre_label_is_dropped(line: str, title: str, family: str) -> None:
    csl = parse_citation(line).record.to_csl()
    assert csl["title"] == title
    assert csl["author"][0]["family"] == family


@pytest.mark.parametrize("line", [
    "History: A Very Short Introduction by John H. Arnold",
    "Sapiens: A Brief History of Humankind by Yuval Noah Harari",
])
def test_a_title_with_a_subtitle_keeps_its_first_part(line: str) -> None:
    assert parse_citation(line).record.to_csl()["title"] == line.split(" by ")[0]


def test_two_picks_under_one_label() -> None:
    text = ("Current Fiction: The Circle by Dave Eggers, The Signature of All Things by "
            "Elizabeth Gilbert\n")
    works = [(c.record.to_csl()["title"], c.record.author[0].family)
             for o in iter_extract(text, "text") for c in o.citations]
    assert works == [("The Circle", "Eggers"), ("The Signature of All Things", "Gilbert")]


def test_a_sentence_listing_titles_with_their_authors_in_brackets() -> None:
    text = ("Pick from these -- two for the top grade, one for the next: The King Must Die "
            "(by Mary Renault), The Last of the Wine (by Mary Renault), Silver Pigs (by Lindsey "
            "Davis), Roman Blood (by Steven Saylor).\n")
    works = [(c.record.to_csl()["title"], c.record.author[0].family)
             for o in iter_extract(text, "text") for c in o.citations]
    assert works == [("The King Must Die", "Renault"), ("The Last of the Wine", "Renault"),
                     ("Silver Pigs", "Davis"), ("Roman Blood", "Saylor")]
