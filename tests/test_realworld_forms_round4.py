"""Forms from the real-world training documents, fourth round: reading lists run
together after "Books mentioned", list lines whose title the inline reader cut short,
remarks and schedule months around "Title by Author", entries set as headings,
ISBNs before a title or bare in a row, contents links, formal entries followed by
remarks, and the order of "Title, Author" / "Author – *Title*" lines.

Each line keeps the form (and the facts) of a line of a training document.
"""

from __future__ import annotations

import pytest

from biblio import extract
from biblio.extract.chains import split_chain
from biblio.extract.inline import find_mentions
from biblio.parse import parse_citation
from reading_helpers import extracted, families

# -- a reading list run together after a label ("Title by A Title by B …") --------------------

def test_a_run_on_list_after_books_mentioned_is_cut_into_its_entries() -> None:
    para = ("We talk about creating and steering a character like Scarpetta and what keeps her "
            "writing, then chat briefly about our favourite books of the year. We hope you'll "
            "join us. Books mentioned in this week's episode: Body of Evidence by Patricia "
            "Cornwell All That Remains by Patricia Cornwell Cruel and Unusual by Patricia "
            "Cornwell From Potter’s Field by Patricia Cornwell Dust by Patricia Cornwell\n")
    assert extracted(para) == [
        ("Body of Evidence", ["Cornwell"]), ("All That Remains", ["Cornwell"]),
        ("Cruel and Unusual", ["Cornwell"]), ("From Potter’s Field", ["Cornwell"]),
        ("Dust", ["Cornwell"]),
    ]


@pytest.mark.parametrize(("run", "items"), [
    # a name ends where a title opens with an article or a question word, or where a
    # name the run gives elsewhere ends
    ("Kitchens of the Great Midwest by J. Ryan Stradal The Lager Queen of Minnesota by J. Ryan "
     "Stradal Saturday Night at the Lakeside Supper Club by J. Ryan Stradal The Sportswriter by "
     "Richard Ford",
     ["Kitchens of the Great Midwest by J. Ryan Stradal",
      "The Lager Queen of Minnesota by J. Ryan Stradal",
      "Saturday Night at the Lakeside Supper Club by J. Ryan Stradal",
      "The Sportswriter by Richard Ford"]),
    # brackets after a name, a suffix, a name of three words, an author who is no person
    ("Dig by Amy Sarig King (A. S. King) Ask the Passengers by Amy Sarig King (A. S. King) God "
     "Bless You, Mr. Rosewater by Kurt Vonnegut Jr. The Satanic Verses by Salman Rushdie The "
     "Snowy Day by Ezra Jack Keats Where the Wild Things Are by Maurice Sendak",
     ["Dig by Amy Sarig King (A. S. King)", "Ask the Passengers by Amy Sarig King (A. S. King)",
      "God Bless You, Mr. Rosewater by Kurt Vonnegut Jr.", "The Satanic Verses by Salman Rushdie",
      "The Snowy Day by Ezra Jack Keats", "Where the Wild Things Are by Maurice Sendak"]),
    ("How to Tell if Your Cat is Plotting to Kill You by The Oatmeal The Belgariad by David "
     "Eddings Karabian Red by Ashley N. Silver",
     ["How to Tell if Your Cat is Plotting to Kill You by The Oatmeal",
      "The Belgariad by David Eddings", "Karabian Red by Ashley N. Silver"]),
    # commas between the entries, ", and" before the last
    ("The Magic of Thinking Big by David Schwartz, Vagabonding: An Uncommon Guide to the Art of "
     "Long-Term World Travel by Rolf Potts, and Awareness: The Perils and Opportunities of "
     "Reality by Anthony de Mello",
     ["The Magic of Thinking Big by David Schwartz",
      "Vagabonding: An Uncommon Guide to the Art of Long-Term World Travel by Rolf Potts",
      "Awareness: The Perils and Opportunities of Reality by Anthony de Mello"]),
    # what follows the last name is no part of it
    ("Redaction by Reginald Dwayne Betts Bastards of the Reagan Era by Reginald Dwayne Betts "
     "Learn more about your ad choices.",
     ["Redaction by Reginald Dwayne Betts", "Bastards of the Reagan Era by Reginald Dwayne Betts"]),
])
def test_the_entries_of_a_run_on_list(run: str, items: list[str]) -> None:
    assert split_chain(run) == items


@pytest.mark.parametrize("line", [
    "Stand by Me by Stephen King",
    # a "by" inside a quoted title is the title's
    '"Traders Have Turned Betting on the Weather, a Technique Pioneered by Enron, Into a '
    'Booming $25 Billion Market," by Dylan Sloan (Fortune, 2024).',
])
def test_one_entry_is_not_cut(line: str) -> None:
    assert split_chain(line) == [line]


def test_two_entries_run_on_in_one_line() -> None:
    assert extracted("Secret Path by Gord Downie and Birdie by Tracey Lindberg – March\n") == [
        ("Secret Path", ["Downie"]), ("Birdie", ["Lindberg"])]


# -- list lines that open with "Title by Author", then a comment ------------------------------

def test_the_inline_reader_keeps_the_first_words_of_a_list_line_title() -> None:
    [found] = find_mentions("Blood Line by James Rollins: One more entry in the Sigma Force "
                            "Series. Long-time readers will know this is one of the two series "
                            "I love most.")
    assert found.record.full_title == "Blood Line"
    assert families(found.record.author) == ["Rollins"]


def test_a_list_item_with_a_comment_names_its_work() -> None:
    notes = ("# Reading in 2022\n\n"
             "  6. White Rage by Carol Anderson: Also assigned for African American Literature, "
             "the course I taught at East Central College in Spring 2022. I've probably read "
             "some chapters four or five times by now, and they still land.\n\n"
             "  1. Where the Red Fern Grows, by Wilson Rawls- I first read it in grade school. "
             "My copy is close to falling to pieces. It makes me cry every time, and I love it "
             "for that. I reach for it when I feel wistful and a bit low.\n")
    assert extracted(notes, "markdown") == [("White Rage", ["Anderson"]),
                                        ("Where the Red Fern Grows", ["Rawls"])]


@pytest.mark.parametrize(("line", "title", "family"), [
    ("Small Island by Andrea Levy (my review is here)", "Small Island", "Levy"),
    ("Tinkers by Paul Harding (won the Pulitzer; my review is here)", "Tinkers", "Harding"),
    ("Young Goodman Brown by Nathaniel Hawthorne (with Mike Palindrome)",
     "Young Goodman Brown", "Hawthorne"),
    ("Inferior by Angela Saini – January", "Inferior", "Saini"),
    ("The Break by Katherena Vermette… – December", "The Break", "Vermette"),
    ("4. Pollyanna, by Eleanor H. Porter- I try to live like Pollyanna, always finding something "
     "to be glad about and counting my blessings.", "Pollyanna", "Porter"),
])
def test_a_remark_after_the_author_is_dropped(line: str, title: str, family: str) -> None:
    p = parse_citation(line)
    assert p.is_citation
    assert p.record.full_title == title
    assert families(p.record.author) == [family]


@pytest.mark.parametrize(("line", "title"), [
    ("MAY - Mrs. Dalloway by Virginia Woolf", "Mrs. Dalloway"),
    ("SEPT - Horse by Geraldine Brooks", "Horse"),
    ("JUNE  -The Heaven & Earth Grocery Store by James McBride",
     "The Heaven & Earth Grocery Store"),
    ("February/March 2012 – Bossypants by Tina Fey", "Bossypants"),
    ("March 2015: The Dance Boots by Linda LeGarde Grover (chosen for One Book Northland)",
     "The Dance Boots"),
])
def test_a_schedule_month_before_the_entry_is_not_the_title(line: str, title: str) -> None:
    p = parse_citation(line)
    assert p.record.full_title == title
    assert p.record.year is None


# -- entries set as headings ------------------------------------------------------------------

def test_headings_that_are_entries() -> None:
    notes = ("## Books I read in 2018\n\n"
             "### Rock, Paper, Scissors by Len Fisher\n\n"
             "Game theory for everyday life.\n\n"
             "### The Optimism Bias by Tali Sharot\n\n"
             "#### [Arrival](https://www.imdb.com/title/tt2543164/) (2016) [8.3]\n")
    citations = extract(notes, "markdown")
    assert [(c.record.full_title, families(c.record.author), c.record.year)
            for c in citations] == [("Rock, Paper, Scissors", ["Fisher"], None),
                                    ("The Optimism Bias", ["Sharot"], None),
                                    ("Arrival", [], 2016)]
    assert citations[-1].record.get("URL") == "https://www.imdb.com/title/tt2543164/"


def test_a_heading_that_labels_its_entry() -> None:
    page = ('<h2 class="entry-title"><a href="#">Book Club Choices: The Daughter by Jane '
            'Shemilt</a></h2>\n<p>Our pick for the month.</p>\n')
    assert extracted(page, "html") == [("The Daughter", ["Shemilt"])]


# -- identifiers ------------------------------------------------------------------------------

def test_an_isbn_before_a_title_in_a_task_list() -> None:
    p = parse_citation("- [ ] 978-0567697561 The Resurrection of Jesus")
    assert p.is_citation
    assert p.record.isbn == "9780567697561"
    assert p.record.full_title == "The Resurrection of Jesus"
    assert extracted("- [ ] 978-0300209358 The Experience of God\n", "markdown") == [
        ("The Experience of God", [])]


def test_a_heading_that_gives_an_isbn_is_a_record_carrying_it() -> None:
    citations = extract("## To read\n\n### 978-0300209358 The Experience of God\n\n"
                        "Notes on it.\n", "markdown")
    assert [(c.record.full_title, c.record.isbn) for c in citations] == [
        ("The Experience of God", "9780300209358")]


def test_a_bare_isbn_10_joins_a_line_read_as_a_citation() -> None:
    # a ten-digit number alone is no ISBN, but one with a valid check digit in a line read
    # as a citation is the work's, and no part of its title
    p = parse_citation("0316769487 The Catcher in the Rye by J. D. Salinger")
    assert p.record.isbn == "9780316769488"
    assert p.record.full_title == "The Catcher in the Rye"
    assert families(p.record.author) == ["Salinger"]
    p = parse_citation("Salinger, J. D. (1951). The Catcher in the Rye. Little, Brown. 0316769487")
    assert (p.record.isbn, p.record.year, p.record.get("publisher")) == (
        "9780316769488", 1951, "Little, Brown")
    assert parse_citation("The Catcher in the Rye by J. D. Salinger, 0316769488").record.isbn \
        is None  # a wrong check digit


def test_a_link_to_a_part_of_the_page_is_no_work() -> None:
    for line in ("- [QA - Mathematics](#qa---mathematics)",
                 "- [TA - Engineering (General, Civil, and Mechanical)]"
                 "(#ta---engineering-general-civil-and-mechanical)"):
        assert not parse_citation(line).is_citation


def test_a_cell_of_names_is_no_work() -> None:
    assert not parse_citation("Al Switzler, Joseph Grenny, and Ron McMillan").is_citation


# -- formal entries followed by remarks -------------------------------------------------------

@pytest.mark.parametrize(("line", "publisher"), [
    ("- Bose, Sujit Kumar (2019). *[Numerical Methods of Mathematics Implemented in Fortran]"
     "(https://www.springer.com/gp/book/9789811371134)*. Springer. A review is [online]"
     "(https://www.maa.org/press/maa-reviews/numerical-methods)", "Springer"),
    ("- Kahaner, David, Cleve Moler, and Stephen Nash (1998). *[Numerical Methods and Software]"
     "(https://www.amazon.com/dp/0136272584)*. Prentice Hall. A Fortran 90 port is [available]"
     "(https://people.sc.fsu.edu/~jburkardt/f_src/nms/nms.html)", "Prentice Hall"),
    ("- Anagnostopoulos, Konstantinos (2016). *[Computational Physics]"
     "(http://www.physics.ntua.gr/konstant/ComputationalPhysics/)*. Free to read, in both a "
     "Fortran and a C++ edition", None),
])
def test_a_remark_after_the_imprint_is_not_the_publisher(line: str, publisher: str | None
                                                         ) -> None:
    p = parse_citation(line)
    assert p.is_citation
    assert p.record.get("publisher") == publisher


def test_italics_bound_a_title_with_an_abbreviated_edition() -> None:
    p = parse_citation("- Pozrikidis, C. (2008). *[Numerical Computation in Science and "
                       "Engineering, 2nd. ed.](http://dehesa.freeshell.org/NCSE2/)*. Oxford "
                       "University Press")
    assert p.record.full_title == "Numerical Computation in Science and Engineering"
    assert p.record.get("publisher") == "Oxford University Press"


def test_an_articles_outlet_is_its_container_and_an_organisation_its_publisher() -> None:
    p = parse_citation('"Up and Then Down," by Nick Paumgarten (The New Yorker, 2008).')
    assert p.record.get("container-title") == "The New Yorker"
    assert p.record.get("publisher") is None
    p = parse_citation('"Elevators," by Stephen Smith (Center for Building in North America, '
                       '2024).')
    assert p.record.get("publisher") == "Center for Building in North America"


# -- which side is the author ------------------------------------------------------------------

@pytest.mark.parametrize(("line", "title", "family"), [
    ("- [Thinking, Fast and Slow - Daniel Kahneman](https://www.librarything.com/work/11559588)",
     "Thinking, Fast and Slow", "Kahneman"),
    ("* The Undoing Project, Michael Lewis", "The Undoing Project", "Lewis"),
    ("* Things Fall Apart, Chinua Achebe", "Things Fall Apart", "Achebe"),
    ("<strong>1.</strong> Roland Schimmelpfennig - <i>An einem klaren, eiskalten Januarmorgen "
     "zu Beginn des 21. Jahrhunderts</i> (3/5)<br>",
     "An einem klaren, eiskalten Januarmorgen zu Beginn des 21. Jahrhunderts", "Schimmelpfennig"),
    ("<strong>18.</strong> Hattie C. Cooper - <i>The Anxious Girl's Guide to Dating: How to Find "
     "Romance While Also Being Really, Really Nervous </i>(4/5)<br>",
     "The Anxious Girl's Guide to Dating: How to Find Romance While Also Being Really, Really "
     "Nervous", "Cooper"),
])
def test_title_and_author_sides(line: str, title: str, family: str) -> None:
    p = parse_citation(line)
    assert p.record.full_title == title
    assert families(p.record.author) == [family]


def test_an_editor_before_an_italic_linked_title() -> None:
    p = parse_citation('<strong>31.</strong> Nathan Connolly (ed.) - <i><a href="https://www.'
                       'goodreads.com/review/show/2999432851">Know Your Place: Essays on the '
                       'Working Class by the Working Class</a></i> (4/5)<br>')
    assert p.record.full_title == ("Know Your Place: Essays on the Working Class by the Working "
                                   "Class")
    assert families(p.record.get("editor")) == ["Connolly"]
    assert not p.record.author


def test_a_linked_title_with_a_subtitle_is_no_author_and_title() -> None:
    p = parse_citation("[Sky Crash: A Cosmic Conspiracy](https://www.amazon.com/gp/product/"
                       "0854351558/)")
    assert p.record.full_title == "Sky Crash: A Cosmic Conspiracy"
    assert not p.record.author


def test_entities_in_markdown_are_decoded() -> None:
    line = ("<strong>41.</strong> Mariko Tamaki &amp; Rosemary Valero-O'Connell - <a href=\""
            "https://www.goodreads.com/review/show/3065326584\"><em>Laura Dean Keeps Breaking Up "
            "With Me</em></a> (3/5)<br>\n")
    assert extracted("# Books of 2019\n\n" + line, "markdown") == [
        ("Laura Dean Keeps Breaking Up With Me", ["Tamaki", "Valero-O'Connell"])]


def test_a_syllabus_assignment_after_an_italic_title() -> None:
    for line, title in (
            ("* Wednesday, 25 Jan: _The Autobiography of an Ex-Colored Man_ through ch. 6.",
             "The Autobiography of an Ex-Colored Man"),
            ("* Wednesday, 29 Mar: _Migritude_ to end.", "Migritude")):
        p = parse_citation(line)
        assert p.is_citation
        assert p.record.full_title == title


# -- author lists ------------------------------------------------------------------------------

def test_only_the_first_name_of_a_list_is_inverted() -> None:
    p = parse_citation("- Bánhelyi, Balázs, Tibor Csendes, Balázs Lévai, László Pál, and Dániel "
                       "Zombori (2018). *[The GLOBAL Optimization Algorithm: Newly Updated with "
                       "Java Implementation and Parallelization](https://link.springer.com/book/"
                       "10.1007/978-3-030-02375-1)*. Springer.")
    assert families(p.record.author) == ["Bánhelyi", "Csendes", "Lévai", "Pál", "Zombori"]
    p = parse_citation("- Burden, Richard, L., J. Douglas Faires, and Annette M. Burden (2016). "
                       "*[Numerical Analysis, 10th ed.](https://www.cengage.com/c/numerical-"
                       "analysis-10e-burden/9781305253667PF/)*. Cengage.")
    assert [(n.family, n.given) for n in p.record.author] == [
        ("Burden", "Richard L."), ("Faires", "J. Douglas"), ("Burden", "Annette M.")]
    p = parse_citation("- Dennis, Jr., J.E., and Robert B. Schnabel (1996). *[Numerical Methods "
                       "for Unconstrained Optimization and Nonlinear Equations](https://my.siam."
                       "org/Store/Product/viewproduct/?ProductId=755)*. SIAM.")
    assert [(n.family, n.suffix) for n in p.record.author] == [("Dennis", "Jr."),
                                                                ("Schnabel", None)]


def test_two_given_names_share_a_surname() -> None:
    p = parse_citation("Bunnicula by James and Deborah Howe")
    assert [(n.given, n.family) for n in p.record.author] == [("James", "Howe"),
                                                              ("Deborah", "Howe")]
