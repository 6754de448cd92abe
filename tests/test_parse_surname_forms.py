"""Show-note lines that name an author by surname alone, or a second author by surname:
"Brown – The Ivy Tree", "Toews, A Complicated Kindness", "Leo Tolstoy & Maude –
Resurrection", "Pet Sematary by King (2005)", and a volume in brackets, "(Book 7)".
Where only the order says which side is the author the reading is kept, but weak."""

from __future__ import annotations

import pytest

from biblio import parse_citation
from biblio.extract.judge import ELSEWHERE_MIN_CONFIDENCE, READING_MIN_CONFIDENCE
from reading_helpers import reading


@pytest.mark.parametrize(
    ("line", "title", "family", "year"),
    [
        ("Brown – The Ivy Tree (2001)", "The Ivy Tree", "Brown", 2001),
        ("Findley – Into the Void (1991)", "Into the Void", "Findley", 1991),
        ("Riordan – The Lightning Thief", "The Lightning Thief", "Riordan", None),
        ("Sargent – Long Road Back (1998)", "Long Road Back", "Sargent", 1998),
        ("Wood – Fantastic Mr Fox (2011)", "Fantastic Mr Fox", "Wood", 2011),
        ("Brown: Deception Point (2005)", "Deception Point", "Brown", 2005),
        ("Tolstoy: Anna Karenina (2003)", "Anna Karenina", "Tolstoy", 2003),
        ("Toews, A Complicated Kindness", "A Complicated Kindness", "Toews", None),
        ("Butcher, Dead Beat (2006)", "Dead Beat", "Butcher", 2006),
        ("Dostoevsky, gambler (2005)", "gambler", "Dostoevsky", 2005),
    ],
)
def test_a_surname_alone_before_a_separator(line: str, title: str, family: str,
                                            year: int | None) -> None:
    assert reading(line) == (title, [(None, family)], year)


@pytest.mark.parametrize(
    "line",
    ["Toews, A Complicated Kindness", "Brown: Deception Point (2005)",
     "Pet Sematary by King (2005)", "Dostoevsky, gambler (2005)"],
)
def test_a_lone_surname_is_a_weakreading(line: str) -> None:
    """Kept in a reading list, not taken from a paragraph elsewhere in the notes."""
    parsed = parse_citation(line)
    assert READING_MIN_CONFIDENCE <= parsed.confidence < ELSEWHERE_MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("line", "title", "people"),
    [
        ("Leo Tolstoy & Maude – Resurrection (1997)", "Resurrection",
         [("Leo", "Tolstoy"), (None, "Maude")]),
        ("Neil Gaiman & Pratchett: Good Omens", "Good Omens",
         [("Neil", "Gaiman"), (None, "Pratchett")]),
        ("Douglas Preston & Child: Book of the Dead (2006)", "Book of the Dead",
         [("Douglas", "Preston"), (None, "Child")]),
        ("Tsugumi Ohba and Obata – Death Note (Book 7) (1994)", "Death Note",
         [("Tsugumi", "Ohba"), (None, "Obata")]),
        ("M. A. Collins & Flaherty – Double Dealer (1963)", "Double Dealer",
         [("M. A.", "Collins"), (None, "Flaherty")]),
    ],
)
def test_a_second_author_by_surname(line: str, title: str,
                                    people: list[tuple[str | None, str]]) -> None:
    assert reading(line)[:2] == (title, people)


def test_a_bare_surname_after_by_with_a_date() -> None:
    assert reading("Pet Sematary by King (2005)") == ("Pet Sematary", [(None, "King")], 2005)
    assert reading("Stand by Me (1986)") == ("Stand by Me", [], 1986)


def test_a_volume_in_brackets_is_the_volume_not_the_publisher() -> None:
    parsed = parse_citation("Joss Whedon & Cassaday: Astonishing X-Men (Book 1)")
    assert parsed.record.full_title == "Astonishing X-Men"
    assert parsed.record.get("volume") == "1"
    assert parsed.record.get("publisher") is None


@pytest.mark.parametrize(
    ("line", "title", "people", "year"),
    [
        ("Isaac Deutscher, The Prophet Armed: Trotsky, 1879-1921 (1954)",
         "The Prophet Armed: Trotsky, 1879-1921", [("Isaac", "Deutscher")], 1954),
        ("Darkness at Noon by Arthur Koestler", "Darkness at Noon",
         [("Arthur", "Koestler")], None),
        ("Things Fall Apart – Chinua Achebe", "Things Fall Apart", [("Chinua", "Achebe")], None),
        ("Becoming, Michelle Obama", "Becoming", [("Michelle", "Obama")], None),
        ("Dracula - Bram Stoker", "Dracula", [("Bram", "Stoker")], None),
        ("Marx & Engels, The Communist Manifesto (1848)", "The Communist Manifesto",
         [(None, "Marx"), (None, "Engels")], 1848),
    ],
)
def test_forms_that_do_not_change(line: str, title: str,
                                  people: list[tuple[str | None, str]], year: int | None) -> None:
    assert reading(line) == (title, people, year)


def test_author_date_lines_do_not_change() -> None:
    parsed = parse_citation("Deutscher, I. (1954). The Prophet Armed. Oxford University Press.")
    assert parsed.record.full_title == "The Prophet Armed"
    assert parsed.record.get("publisher") == "Oxford University Press"
    assert parsed.record.author[0].family == "Deutscher"


@pytest.mark.parametrize(
    "line",
    ["Sapiens: A Brief History of Humankind (2011)", "Rationality: From AI to Zombies",
     "Reviews: 0", "* Monday, 23 Jan: Introductions.", "Maus - Art Spiegelman",
     "Gilgamesh - Anonymous"],
)
def test_a_title_and_its_subtitle_are_not_a_surname_and_a_title(line: str) -> None:
    parsed = parse_citation(line)
    first = line.lstrip("* ").split()[0].strip(":,")
    assert not (parsed.is_citation and any(n.family == first for n in parsed.record.author))
