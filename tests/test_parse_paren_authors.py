"""A title with its authors alone in brackets, a remark after the brackets, and a
reader's tick or rating after the entry.

`Title (Author)` is how Kindle's "My Clippings" heads each book and how many casual
Markdown lists give a book; the lines below keep the form of lines in public
repositories' reading lists and clippings files.
"""

from __future__ import annotations

import pytest

from biblio.parse import parse_citation
from reading_helpers import extracted, families, reading


@pytest.mark.parametrize(("line", "title", "authors"), [
    ("Sapiens (Yuval Noah Harari)", "Sapiens", [("Yuval Noah", "Harari")]),
    ("Sourdough (Robin Sloan)", "Sourdough", [("Robin", "Sloan")]),
    ("Thinking, Fast and Slow (Daniel Kahneman)", "Thinking, Fast and Slow",
     [("Daniel", "Kahneman")]),
    ("- Lessons in Chemistry (Bonnie Garmus) ✓", "Lessons in Chemistry",
     [("Bonnie", "Garmus")]),
    ("- Neuromancer (William Gibson) - Defined cyberpunk, influenced vision of future "
     "technology", "Neuromancer", [("William", "Gibson")]),
])
def test_people_alone_in_brackets_after_a_title_are_its_authors(
        line: str, title: str, authors: list[tuple[str, str]]) -> None:
    assert reading(line) == (title, authors, None)


def test_a_quoted_title_takes_the_people_in_brackets_as_authors() -> None:
    assert reading('"Piranesi" (Susanna Clarke)') == ("Piranesi", [("Susanna", "Clarke")], None)


@pytest.mark.parametrize("line", [
    "The Odyssey (Penguin Classics)",  # an imprint
    "Dune (Harper Collins)",  # a publisher whose first word is a given name
])
def test_a_publisher_in_brackets_is_no_author(line: str) -> None:
    assert not parse_citation(line).record.author


def test_a_person_in_brackets_after_the_author_is_not_a_second_author() -> None:
    parsed = parse_citation("The Odyssey by Homer (Emily Wilson)")
    assert families(parsed.record.author) == ["Homer"]


def test_with_a_year_the_person_in_brackets_stays_a_director() -> None:
    record = parse_citation("Good Bye, Lenin! (Wolfgang Becker, 2003)").record
    assert record.type == "motion_picture"
    assert families(record.director) == ["Becker"]


@pytest.mark.parametrize("line", [
    "Piranesi by Susanna Clarke ★★★★☆",
    "Piranesi by Susanna Clarke ⭐️⭐️⭐️⭐️",
    "📚 Piranesi by Susanna Clarke ✓",
])
def test_a_rating_or_tick_after_the_entry_is_no_part_of_it(line: str) -> None:
    assert reading(line) == ("Piranesi", [("Susanna", "Clarke")], None)


def test_a_sign_glued_to_the_last_word_is_kept() -> None:
    assert reading("Dune™ by Frank Herbert")[0] == "Dune™"


def test_a_capitalised_name_after_the_brackets_is_no_remark() -> None:
    # "(1962) – Rachel Carson": the dash gives the author, not a comment
    title, authors, year = reading("Silent Spring (1962) – Rachel Carson")
    assert (title, authors, year) == ("Silent Spring", [("Rachel", "Carson")], 1962)


def test_a_list_of_titles_with_their_authors_in_brackets_is_read_in_a_document() -> None:
    text = ("## Fiction\n\n- Klara and the Sun (Kazuo Ishiguro) ✓\n"
            "- The Maid (Nita Prose) ✓\n- Hamnet (Maggie O'Farrell) ✓\n")
    assert extracted(text, "markdown") == [
        ("Klara and the Sun", ["Ishiguro"]), ("The Maid", ["Prose"]), ("Hamnet", ["O'Farrell"])]
