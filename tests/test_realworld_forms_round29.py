"""Forms read in the twenty-ninth round: a byline glued to its link, a maker's talk named by
its kind, a known press in brackets after a bare title, an edition spelled out, a title
before its writer in italics; and what is refused: a title's character taken for its
author, a page's footer taken for a title.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the lines around them are our own words.
"""
from biblio import iter_extract, parse_citation


def _authors(line: str) -> list[tuple[str | None, str | None]]:
    return [(a.family, a.given) for a in parse_citation(line).record.author or []]


# A list of books that widen the mind (z3-mind-expanding-books, Markdown): the page was built
# without the space between a link and its byline.
def test_a_byline_glued_to_its_link() -> None:
    line = ("* [Bulfinch's Mythology](https://www.goodreads.com/book/show/588147."
            "Bulfinch_s_Mythology)by Thomas Bulfinch")
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.full_title == "Bulfinch's Mythology"
    assert _authors(line) == [("Bulfinch", "Thomas")]
    # a plural glued to a link is no byline
    assert parse_citation("* [Dune](https://example.org/dune)s of the desert").record.author \
        in (None, [])


# A podcast's notes (y1-elmradio-how-we-learn, Markdown): whose talk, then its title linked.
def test_a_makers_talk_named_by_its_kind() -> None:
    line = "- Richard Feldman's talk [Scaling Elm Apps](https://www.youtube.com/watch?v=DoA4Txr4GUs)"
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.full_title == "Scaling Elm Apps"
    assert parsed.record.type == "speech"
    assert _authors(line) == [("Feldman", "Richard")]
    assert parse_citation("Jane Smith's paper Deep Nets at Scale").record.type \
        == "article-journal"


# A science podcast's picks (ac1-astronomycast-ep647, text): a bare title, then its publisher
# in brackets. A press the lexicon knows vouches for the line outside a reading list.
def test_a_known_press_in_brackets_vouches_for_a_bare_title() -> None:
    notes = ("Our picks this week\n\nWe each brought one thing to recommend.\n\n"
             "The Kaiju Preservation Society (Macmillan)\n")
    works = [c.record for o in iter_extract(notes, "text") for c in o.citations]
    assert [(r.full_title, r.publisher) for r in works] == [
        ("The Kaiju Preservation Society", "Macmillan")]


# A reading list (y3-jrudoler-books, Markdown) and a course's books (am2-cmu-15440-syllabus,
# Markdown): an edition in words is the edition, by its number, and no part of the title.
def test_an_edition_spelled_out() -> None:
    record = parse_citation("- Bayesian Data Analysis, Third Edition (Andrew Gelman)").record
    assert record.full_title == "Bayesian Data Analysis"
    assert record.edition == "3"
    record = parse_citation("- **Computer Networks: A Systems Approach,** fourth edition, by "
                            "Larry Peterson and Bruce Davie.").record
    assert record.full_title == "Computer Networks: A Systems Approach"
    assert record.edition == "4"


# A to-read queue (am2-dhruvthakker-to-read, Markdown): the title in plain type, its writer
# in italics after it.
def test_a_title_then_its_writer_in_italics() -> None:
    line = "- The Richest Man in Babylon *George Clason*"
    assert parse_citation(line).record.full_title == "The Richest Man in Babylon"
    assert _authors(line) == [("Clason", "George")]
    # a page's footer of the same shape names no work
    assert not parse_citation("Published by *Joyce Ng*").is_citation


# A library's book-discussion list (u3-uppermoreland-book-discussion, text): "Mr." and one
# name before "’s" is the book's character, never its author.
def test_a_titles_character_is_not_its_author() -> None:
    assert not parse_citation("Mr. Penumbra’s 24-Hour Bookstore").record.author
    # a writer known by a courtesy title stays the author
    assert _authors("Dr. Seuss's The Cat in the Hat")[0][0] == "Seuss"
