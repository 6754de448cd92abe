"""Forms read in the thirtieth round: a reading list that goes on under a sibling heading,
a table whose header names its papers, a title in italics inside an entry's remark, two
titles joined by "+" or "/", a book group's month in a column of its own, a publisher's
line with its year; and what is refused: a link that says "Read now", a shop's label for its
pick of the month.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the lines around them are our own words.
"""
from biblio import iter_extract


def _works(notes: str, fmt: str) -> list[tuple[str | None, list[str | None]]]:
    return [(c.record.full_title, [a.family for a in c.record.author or []])
            for o in iter_extract(notes, fmt) for c in o.citations]


def _reasons(notes: str, fmt: str) -> dict[str, str | None]:
    return {o.text.strip(): o.reason for o in iter_extract(notes, fmt)}


# A reading log (z3-yangpicui-books-read, text): the books finished under one heading, those
# left unfinished under the next, a heading of the same level that names no other section.
def test_a_sibling_heading_of_a_reading_list_goes_on_listing() -> None:
    notes = ("== Printed Books and Audiobooks ==\nThe Alchemist\nNever Split the Difference\n"
             "The Power of Now\n\n== Started / Not Finished ==\nOur Iceberg's Melting\n"
             "The Art of Invisibility\nGames People Play\n")
    titles = [title for title, _ in _works(notes, "text")]
    assert titles[3:] == ["Our Iceberg's Melting", "The Art of Invisibility",
                          "Games People Play"]


# A reading group's papers by conference (al2-ucsd-seelab-iot-hd-reading-group, Markdown): the
# header "Paper (where & when)" names the column of titles.
def test_a_header_led_by_paper_names_the_title_column() -> None:
    notes = ("### ICLR\n\n"
             "| Paper (where & when) | Source | Led by | Write-up |\n"
             "| --- | --- | --- | --- |\n"
             "| [Random Feature Attention](https://openreview.net/pdf?id=QtTKTdVrFBB) "
             "(ICLR 2021) | Not Provided | Eric | [Summary](./ICLR/2021/RFA/RFA.md) |\n")
    works = [c.record for o in iter_extract(notes, "markdown") for c in o.citations]
    assert [(r.full_title, r.issued.year if r.issued else None) for r in works] == [
        ("Random Feature Attention", 2021)]


# A literature curriculum (af3-krisyotam-literature-curriculum, Markdown): the textbook, then a
# remark that names the novel it is tried on, in italics.
def test_a_title_in_italics_in_an_entrys_remark() -> None:
    notes = ("## Reading\n\n- **Textbook**: *Critical Theory Today* by Lois Tyson — tries out "
             "every approach on *The Great Gatsby*\n")
    assert _works(notes, "markdown") == [("Critical Theory Today", ["Tyson"]),
                                         ("The Great Gatsby", [])]
    # an imprint's italics are the book a chapter sits in, not a remark's
    notes = ("## Reading\n\n- D. F. McKenzie, “The Sociology of a Text.” Finkelstein and "
             "McCleery, <i>Book History Reader</i>. 205-232.\n")
    assert "Book History Reader" not in [title for title, _ in _works(notes, "markdown")]


# A reading log (w2-finnito-reading, Markdown): two books read as one volume.
def test_two_titles_joined_by_a_slash() -> None:
    notes = "## Books\n\n- The Time Machine/The Invisible Man\n- Either/Or by Søren Kierkegaard\n"
    assert _works(notes, "markdown") == [("The Time Machine", []), ("The Invisible Man", []),
                                         ("Either/Or", ["Kierkegaard"])]


# A book group's year (an3-partlowspool-book-group-2015-16, text): the month in a column of
# its own, then the pick, then the reader's guess in brackets.
def test_a_book_groups_month_in_a_column_of_its_own() -> None:
    notes = ("Here is what the group chose for the coming year.\n\n"
             "October              Smoke Gets in Your Eyes: And Other Lessons from the "
             "Crematory by Caitlin Doughty (Really looking forward to it. It sounds odd and "
             "fun.)\n\n"
             "March                 Mink River by Brian Doyle  (My vote went elsewhere, as "
             "copies are hard to find (none at the library).)\n")
    assert _works(notes, "text") == [
        ("Smoke Gets in Your Eyes: And Other Lessons from the Crematory", ["Doughty"]),
        ("Mink River", ["Doyle"])]


# A site's textbooks (an4-geektime-books, HTML): each book's fields, then a link that says
# "Read now"; the publisher's line ends with the year.
def test_a_textbooks_fields_and_its_read_now_link() -> None:
    page = ("<html><body><h1>TEXTBOOKS</h1><div class=\"book-desc\">\n<h2>Calculus</h2>\n"
            "<p>Author: Gilbert Strang</p>\n"
            "<p>Publisher: Wellsley Cambridge Press 1991</p>\n"
            "<a target=\"_blank\" href=\"https://ocw.mit.edu/\">Read now</a>\n"
            "</div></body></html>\n")
    works = [c.record for o in iter_extract(page, "html") for c in o.citations]
    assert [(r.full_title, r.publisher, r.issued.year if r.issued else None)
            for r in works] == [("Calculus", "Wellsley Cambridge Press", 1991)]
    assert _reasons(page, "html")["Read now"] == "call to action"


# A bookshop's books of the month (an3-bookshopse-book-of-the-month, text): the shop's label
# for each month's pick heads its blurb; it is no book.
def test_a_shops_pick_of_the_month_is_a_label() -> None:
    notes = ("Books of the month\n\nOur General Fiction Pick – May 2017\n\n"
             "A family scattered over many years, and what art makes of it.\n\n"
             "February's book of the month\n\n"
             "Jem Lester – Shtum is the book we chose for February.\n")
    titles = [title for title, _ in _works(notes, "text")]
    assert "Our General Fiction Pick" not in titles
    assert "February's book of the month" not in titles


# A science books show's feed (an1-new-books-in-science-feed, RSS): an episode titled with the
# article it discusses, its author, quoted title and where it appeared, without a year.
def test_a_feed_item_titled_with_an_article() -> None:
    feed = ("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Science Books</title>\n"
            "<item>\n<title>Craig Hogan, \"The Unlikely Primeval Sky\" (American Scientist, "
            "November-December)</title>\n<description>We talk about a physicist's essay on the "
            "early universe.</description>\n</item>\n</channel></rss>\n")
    assert _works(feed, "feed") == [("The Unlikely Primeval Sky", ["Hogan"])]
    # a quoted saying with no one's full name is no article
    feed = feed.replace("Craig Hogan", "Hogan")
    assert _works(feed, "feed") == []
