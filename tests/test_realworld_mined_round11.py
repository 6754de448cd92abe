"""Forms read off real reading lists, review pages and bookish blogs outside the corpus
(round 11).  Titles, names and imprints are as the pages gave them; the words around them
are our own."""

from __future__ import annotations

from biblio import parse_citation
from reading_helpers import csl_reading as _csl
from reading_helpers import extracted as _works


def test_a_name_with_its_suffix_alone_is_no_entry() -> None:
    # a review page sets the author's name on its own line under the title
    assert not parse_citation("Horatio Alger, Jr.").is_citation


def test_the_comma_before_a_suffix_is_the_names_not_the_titles() -> None:
    csl = _csl("Why We Can't Wait, Martin Luther King, Jr.")
    assert csl["title"] == "Why We Can't Wait"
    assert csl["author"][0]["family"] == "King"
    csl = _csl("Walter M. Miller, Jr., A Canticle for Leibowitz")
    assert csl["title"] == "A Canticle for Leibowitz"
    assert csl["author"][0]["suffix"] == "Jr."


def test_a_remark_after_a_dash_follows_title_and_author() -> None:
    # a must-read list: the entry, a dash, then what the reader thought of it
    csl = _csl("Then We Came To The End, Joshua Ferris – Strange doings in an office. "
               "The whole office tells it together.")
    assert (csl["title"], csl["author"][0]["family"]) == ("Then We Came To The End", "Ferris")
    csl = _csl("Slaughterhouse Five, Kurt Vonnegut – WW2 from a mind that came loose. "
               "Pictures that stay with you.")
    assert (csl["title"], csl["author"][0]["family"]) == ("Slaughterhouse Five", "Vonnegut")


def test_a_remark_after_a_dash_needs_a_persons_name_before_it() -> None:
    parsed = parse_citation("Less Challenging – Strange doings in an office, told by all.")
    assert not parsed.is_citation


def test_a_bracketed_remark_in_the_readers_voice_is_dropped() -> None:
    csl = _csl("The Shadow of the Wind - Carlos Ruiz Zafon (I wanted to copy out whole lines)")
    assert (csl["title"], csl["author"][0]["family"]) == ("The Shadow of the Wind", "Ruiz Zafon")


def test_a_role_clause_between_author_and_title_is_read_out_of_the_way() -> None:
    # a list by genre, author first: "Author, role by Person, Title (kind) [year]"
    csl = _csl("Homer, translated by Robert Fagles, The Odyssey (epic poem) [c. 700 B.C.]")
    assert csl["title"] == "The Odyssey"
    assert csl["author"] == [{"family": "Homer"}]
    assert csl["translator"][0]["family"] == "Fagles"
    csl = _csl("Robert Louis Stevenson, illustrated by N.C. Wyeth, Treasure Island "
               "(young adult) [1883]")
    assert (csl["title"], csl["author"][0]["family"]) == ("Treasure Island", "Stevenson")
    assert csl["issued"]["date-parts"] == [[1883]]


def test_a_cover_images_alt_text_glued_to_the_title_is_dropped() -> None:
    # a bookshop's monthly picks page: the cover's alt text runs into the entry
    csl = _csl("The Silent CornerThe Silent Corner: A Novel of Suspense by Dean Koontz")
    assert (csl["title"], csl["author"][0]["family"]) == (
        "The Silent Corner: A Novel of Suspense", "Koontz")
    text = ("American Fire: Love, Arson, and Life in a Vanishing LandAmerican Fire: Love, "
            "Arson, and Life in a Vanishing Land by Monica Hesse. Over six months, dozens of "
            "fires were set along the coast of Virginia. ~ Alden Graves\n")
    assert _works(text) == [
        ("American Fire: Love, Arson, and Life in a Vanishing Land", ["Hesse"])]


def test_a_title_that_merely_repeats_a_syllable_stays_whole() -> None:
    assert _csl("Bora Bora by Jane Smith")["title"] == "Bora Bora"
    assert _csl("McDonald Country by Jane Smith")["title"] == "McDonald Country"


def test_a_list_numbered_without_stops_has_its_numbers_as_markers() -> None:
    # a blog's copy of a hundred-books list: "N Title - Author", no stop after the number
    text = ("The list\n\n"
            "1 Pride and Prejudice - Jane Austen\n"
            "2 The Lord of the Rings - JRR Tolkien\n"
            "5 To Kill a Mockingbird - Harper Lee\n"
            "6 Wuthering Heights - Emily Bronte\n")
    assert _works(text) == [("Pride and Prejudice", ["Austen"]),
                            ("The Lord of the Rings", ["Tolkien"]),
                            ("To Kill a Mockingbird", ["Lee"]),
                            ("Wuthering Heights", ["Bronte"])]


def test_a_number_opening_a_lone_title_stays_the_titles() -> None:
    # no next number follows: "1 Dead in Attic" is the book's own title
    assert _works("Read this winter:\n\n1 Dead in Attic - Chris Rose\n") == [
        ("1 Dead in Attic", ["Rose"])]


def test_a_numbered_line_between_blurbs_waits_for_the_next_number() -> None:
    text = ("1 Pride and Prejudice - Jane Austen\n"
            "A classic, if not quite my kind of thing.\n"
            "2 Wuthering Heights - Emily Bronte\n")
    assert _works(text) == [("Pride and Prejudice", ["Austen"]),
                            ("Wuthering Heights", ["Bronte"])]


def test_a_one_word_title_before_its_byline_is_no_surname() -> None:
    # a favourites post: "Title, by Author (genre): what the reader thought"
    for line in ("Voyager, by Diana Gabaldon (Historical fiction)",
                 "Voyager, by Diana Gabaldon (Historical fiction): These books keep getting "
                 "better, and cross every line between genres."):
        csl = _csl(line)
        assert (csl["title"], csl["author"][0]["family"]) == ("Voyager", "Gabaldon")


def test_a_year_heading_a_line_before_title_and_byline_is_a_label() -> None:
    # a favourite-book-per-year list: "Year Title by Author", a blurb under each
    text = ("2017 Magpie Murders by Anthony Horowitz\n"
            "A puzzle for anyone who has read their share of golden-age mysteries.\n"
            "2016 Lab Girl by Hope Jahren\n"
            "A scientist's memoir, written for any reader.\n")
    assert _works(text) == [("Magpie Murders", ["Horowitz"]), ("Lab Girl", ["Jahren"])]


def test_a_year_that_is_the_whole_title_stays() -> None:
    assert _csl("1984 by George Orwell")["title"] == "1984"
    assert _csl("1776 by David McCullough")["title"] == "1776"


def test_a_lone_asterisk_closing_a_title_is_a_mark_not_the_titles() -> None:
    # a top-five post marks one book with an asterisk (a copy sent by the publisher)
    text = ("1. Why We Came to the City* by Kristopher Jansma. Regular readers know I have a "
            "weakness for novels set in New York.\n"
            "2. Homegoing by Yaa Gyasi. Finished only on Thursday, and it has stayed with me.\n")
    assert _works(text, "markdown") == [("Why We Came to the City", ["Jansma"]),
                                        ("Homegoing", ["Gyasi"])]


def test_a_blog_posts_own_title_with_its_year_is_no_work() -> None:
    # a book blog's post heading over two short reviews
    text = ("Thursday, 20 March 2025\n\n"
            "Micro Reviews 15 and 16 (2025)\n\n"
            "Agent Zo by Clare Mulley (Orion Publishing) & The CIA Book Club by Charlie English "
            "(HarperCollins)\n")
    assert _works(text) == [("Agent Zo", ["Mulley"]), ("The CIA Book Club", ["English"])]
    assert not parse_citation("Monthly Wrap-Up (2024)").is_citation
    assert parse_citation("Arrival (2016)").is_citation


def test_a_title_and_an_author_both_with_given_names_follow_the_lists_order() -> None:
    # "Jane Eyre - Charlotte Bronte": both sides open with a common given name, so the
    # list's own "Title - Author" lines settle which is the book
    text = ("1 Pride and Prejudice - Jane Austen\n"
            "2 The Lord of the Rings - JRR Tolkien\n"
            "3 To Kill a Mockingbird - Harper Lee\n"
            "4 Wuthering Heights - Emily Bronte\n"
            "5 Jane Eyre - Charlotte Bronte\n")
    assert _works(text)[-1] == ("Jane Eyre", ["Bronte"])
