"""Reading logs kept as plain text or a page's own markup (lines as public logs wrote them)."""

from __future__ import annotations

import pytest

import biblio
from biblio import parse_citation
from biblio.parse.markup import clean


@pytest.mark.parametrize(("line", "title", "family"), [
    # "Title -- Author": the dash a typewriter and plain-text mail write
    ("O Pioneers! -- Willa Cather", "O Pioneers!", "Cather"),
    ("Stiff: The Curious Lives of Human Cadavers -- Mary Roach",
     "Stiff: The Curious Lives of Human Cadavers", "Roach"),
    # the date the book was finished first, in figures, then a tab
    ("- 2012-11-24\tThe Yiddish Policemen's Union -- Michael Chabon",
     "The Yiddish Policemen's Union", "Chabon"),
    ("- 2010-02-06\tHell's Angels -- Hunter S. Thompson", "Hell's Angels", "Thompson"),
    ("12/30 Sir Arthur Conan Doyle, The Valley of Fear", "The Valley of Fear", "Conan Doyle"),
    # the log's HTML names the title in a class of its own
    ('- <span class="date">2013-02-18</span> <span class="book_title">East of Eden</span> '
     '<span class="author_name">John Steinbeck</span>', "East of Eden", "Steinbeck"),
    # a title in italics, then its author with no mark between
    ("*Magic for Beginners* Kelly Link", "Magic for Beginners", "Link"),
])
def test_reading_log_lines(line: str, title: str, family: str) -> None:
    parsed = parse_citation(line)
    assert parsed.record.full_title == title
    assert [n.family for n in parsed.record.author] == [family]
    assert parsed.span_text("title") == [title]


def test_a_typed_dash_keeps_the_spans_in_the_line() -> None:
    line = "- *O Pioneers!* -- Willa Cather"
    cleaned = clean(line)
    assert cleaned.text == "O Pioneers! – Willa Cather"
    dash = cleaned.text.index("–")
    assert line[slice(*cleaned.span(dash, dash + 1))] == "-"
    assert line[slice(*cleaned.span(0, 11))] == "O Pioneers!"
    assert cleaned.emphasis == ((0, 11),)


def test_a_date_alone_or_italics_before_a_sentence_is_no_entry() -> None:
    assert not parse_citation("2012-11-24 Meeting notes").is_citation
    assert not parse_citation("*Dune* is great").is_citation


@pytest.mark.parametrize(("line", "title"), [
    ("Jeff Kinney: Diary of a Wimpy Kid [book 2 : Rodrick Rules]", "Diary of a Wimpy Kid"),
    ("Jeff Kinney: Diary of a Wimpy Kid [book 3: The Last Straw]", "Diary of a Wimpy Kid"),
    ("Annie Barrows: Ivy and Bean [book 1]", "Ivy and Bean"),
])
def test_a_bracketed_place_in_a_series_is_no_part_of_the_title(line: str, title: str) -> None:
    assert parse_citation(line).record.full_title == title


@pytest.mark.parametrize(("line", "title", "families"), [
    # "Title; Author; read from – to", a plain-text log on GitHub
    ("The Gene; Siddhartha Mukherjee 2017/01/30 - 2017/02/24", "The Gene", ["Mukherjee"]),
    ("Getting to Yes; Roger Fisher and William Ury; 2016/3/16 - 2016/4/12", "Getting to Yes",
     ["Fisher", "Ury"]),
    ("Fooled by Randomness; Nassim Nicholas Taleb; 2016/1/1 - 2016/1/17",
     "Fooled by Randomness", ["Taleb"]),
    ("Thinking, Fast and Slow; Daniel Kahneman; 2013/12 - TBD", "Thinking, Fast and Slow",
     ["Kahneman"]),
    ("Odalisque (Quicksilver Book 3); Neil Stephenson; 2016/11/14 - 2017/01/30", "Odalisque",
     ["Stephenson"]),
])
def test_semicolons_between_a_logs_fields(line: str, title: str, families: list[str]) -> None:
    parsed = parse_citation(line)
    assert parsed.record.full_title == title
    assert [n.family for n in parsed.record.author] == families
    assert parsed.record.year is None  # the days it was read are not the book's date


def test_the_series_after_a_title_with_its_book_number() -> None:
    record = parse_citation("Odalisque (Quicksilver Book 3); Neil Stephenson").record
    assert (record.collection_title, record.collection_number) == ("Quicksilver", "3")


def test_in_a_list_of_titles_alone_title_words_are_not_read_as_an_author() -> None:
    # a public "books read" log on GitHub: titles only, one a line
    notes = ("## Books Read\n\n- A Thousand Splendid Suns\n- The Girl With The Dragon Tattoo\n"
             "- The Fortune Cookie Chronicles\n- The Tipping Point\n- Zen Mind, Beginner's Mind\n"
             "- Bird by Bird\n- Eat, Pray, Love\n- Kafka on the Shore by Haruki Murakami\n")
    read = {p.record.full_title: p.record.author for p in biblio.extract(notes, "markdown")}
    assert read["Zen Mind, Beginner's Mind"] == []
    assert read["Bird by Bird"] == []
    assert read["Eat, Pray, Love"] == []
    assert [n.family for n in read["Kafka on the Shore"]] == ["Murakami"]


@pytest.mark.parametrize(("line", "title"), [
    # a book club's list of past picks, each under its category (r/bookclub's wiki)
    ("Runner-Up Read: [_The Complete Maus_](https://www.reddit.com/r/bookclub/) by Art Spiegelman",
     "The Complete Maus"),
    ("Big Summer Read - Gutenberg: [_Les Misérables_](https://www.reddit.com/r/bookclub/) by "
     "Victor Hugo", "Les Misérables"),
])
def test_a_label_before_a_marked_title_is_no_part_of_it(line: str, title: str) -> None:
    assert parse_citation(line).record.full_title == title


def test_a_colon_in_an_unmarked_title_stays() -> None:
    assert parse_citation("March: Book One by John Lewis").record.full_title == "March: Book One"


@pytest.mark.parametrize(("line", "title"), [
    # a library reading group's year of picks, one month a line
    ("February: The Power of Half: One Family's Decision to Stop Taking and Start Giving Back "
     "by Hannah Salwen", "The Power of Half: One Family's Decision to Stop Taking and Start "
     "Giving Back"),
    ("June: Transatlantic: A Novel by Colum McCann", "Transatlantic: A Novel"),
    # the month is the title's own when a part of the book follows
    ("March: Book One by John Lewis", "March: Book One"),
])
def test_a_month_and_a_colon_label_a_book_clubs_pick(line: str, title: str) -> None:
    assert parse_citation(line).record.full_title == title


def test_a_film_titled_after_a_month_keeps_it() -> None:
    parsed = parse_citation("October: Ten Days That Shook the World, directed by Sergei "
                            "Eisenstein (1928)")
    assert parsed.record.full_title == "October: Ten Days That Shook the World"


@pytest.mark.parametrize(("line", "title", "year"), [
    # a hiker's reading list on a trail mailing list
    ("Siddhartha; Hermann Hesse 1922", "Siddhartha", 1922),
    ("Jitterbug Perfume; Tom Robbins  1984", "Jitterbug Perfume", 1984),
])
def test_a_year_after_the_authors_name(line: str, title: str, year: int) -> None:
    record = parse_citation(line).record
    assert (record.full_title, record.year) == (title, year)


@pytest.mark.parametrize(("line", "families"), [
    # a programmer's to-read list: the quoted title, its authors, then a note on the book
    ('"The Pragmatic Programmer" by Andrew Hunt and David Thomas: Down-to-earth advice for '
     'programmers at every stage of a career.', ["Hunt", "Thomas"]),
    ('"Refactoring" by Martin Fowler - Gives patterns and worked examples.', ["Fowler"]),
])
def test_a_note_after_a_quoted_titles_author(line: str, families: list[str]) -> None:
    record = parse_citation(line).record
    assert [n.family for n in record.author] == families
    assert record.type == "book" and record.container_title is None


def test_a_bonus_episode_tag_is_no_call_to_action() -> None:
    # a book podcast's episode list (Overdue): the bracket says what kind of episode it was
    parsed = parse_citation("Ep 132 - 1984, by George Orwell (Bonus Episode)")
    assert parsed.record.full_title == "1984"
    assert not parse_citation("Get bonus episodes on Patreon").is_citation


@pytest.mark.parametrize(("line", "title", "family"), [
    # a book podcast's episode titles (Book Fight): the number, the author, the book
    ("Ep 43: Emily Gould, And the Heart Says Whatever", "And the Heart Says Whatever", "Gould"),
    ("Ep 42: Margaret Atwood, Oryx and Crake", "Oryx and Crake", "Atwood"),
])
def test_an_episode_number_before_author_and_title(line: str, title: str, family: str) -> None:
    record = parse_citation(line).record
    assert record.full_title == title and [n.family for n in record.author] == [family]


def test_an_episode_number_before_a_guest_and_a_job_is_no_entry() -> None:
    assert not parse_citation("Episode 12: John Smith, Historian").is_citation


def test_a_full_name_a_colon_and_a_short_title_in_sentence_case() -> None:
    # a GitHub "books I have read" log: the title is weak (taken in reading lists only)
    parsed = parse_citation("8. David McRaney: You're not so smart")
    assert parsed.record.full_title == "You're not so smart"
    assert parsed.confidence < 0.6
    assert not parse_citation("Mary Beard: we loved this one").is_citation
