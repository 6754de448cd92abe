"""Forms read in the thirty-seventh round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract
from biblio.parse import parse_citation


def _titles(text: str, format: str) -> dict[int, list[str]]:
    return {o.line: [str(c.record.full_title) for c in o.citations]
            for o in iter_extract(text, format)}  # type: ignore[arg-type]


# An author's bookshop grid (ap4-19sylas76-19sylas76-github-io): each card ends on the same
# button, which alone read as a web page titled "Explore Novel".  The titles stay works.
def test_a_label_the_page_repeats_is_no_work() -> None:
    card = ('<div class="book-card">\n'
            '  <h3 class="book-title">{}</h3>\n'
            '  <a href="#" class="book-btn">Explore Novel</a>\n'
            '</div>\n')
    page = "".join(card.format(t) for t in ("Blood Moon Prophecy",
                                            "The Temple of the Shattered Moon",
                                            "A God is Born"))
    outcomes = list(iter_extract(page, "html"))
    buttons = [o for o in outcomes if o.text.strip() == "Explore Novel"]
    assert len(buttons) == 3
    assert all(not o.citations and o.reason == "not a citation: a label the page repeats"
               for o in buttons)


# A title named twice on a page is still a work both times (w1-bupatrick-bookshelf lists
# "Quantum Field Theory and the Standard Model" on two shelves).
def test_a_title_named_twice_stays_a_work() -> None:
    shelf = ("- Mapping the Airways\n\n"
             "- Quantum Field Theory and the Standard Model\n\n"
             "- Existential America\n\n"
             "- Once An Eagle\n\n"
             "- Quantum Field Theory and the Standard Model\n")
    read = _titles(shelf, "markdown")
    assert read[3] == read[9] == ["Quantum Field Theory and the Standard Model"]


# A club's reading list (ao4-aikidopretoria-reading-list): each title over an imprint line
# that starts with its ISBN, spaced as the page spaced it.  With the ISBN beside it, a name
# no list of publishers knows ("Kodansha International", "SEDIREP") is still the publisher,
# and a number labelled ISBN whose check digit fails is left out, not read as the title.
def test_an_imprint_line_led_by_its_isbn() -> None:
    page = ("<p>\n"
            "<strong>THE SPIRIT OF AIKIDO</strong> by Kisshomaru Ueshiba <br>\n"
            "ISBN 0 87011 600 2 Kodansha International 1984<br>\n"
            "<br>\n"
            "<strong>THE NEW AIKIDO COMPLETE</strong> by Yoshimutsu Yamada. <br>\n"
            "ISBN 0 8065 0301 2 Lyle Stuart Inc. 1981<br>\n"
            "<br>\n"
            "<strong>AIKIDO INITIATION</strong> by Christian Tissier <br>\n"
            "ISBN 2 901551 14 9 SEDIREP 1985<br>\n"
            "</p>\n")
    read = {o.line: o for o in iter_extract(page, "html")}
    first, second, third = (read[n].citations[0].record for n in (2, 5, 8))
    assert (first.publisher, first.year, first.isbn) == ("Kodansha International", 1984,
                                                         "9780870116001")
    assert (second.publisher, second.year, second.isbn) == ("Lyle Stuart Inc", 1981, None)
    assert (third.publisher, third.year) == ("SEDIREP", 1985)
    assert all(read[n].continues is read[n - 1] for n in (3, 6, 9))


# An awards archive (u3-awardsarchive-2005): each prize is set over its winner as "Prize –
# Category"; the category is no title, and the prize no author.
def test_a_prizes_category_is_no_title() -> None:
    for line in ("Arthur C. Clarke – Novel", "Hugo Awards – Novel",
                 "James Tait Black Memorial Prize – Fiction", "John W. Campbell – Novel"):
        parsed = parse_citation(line)
        assert not parsed.is_citation, line
    assert parse_citation("Iron Council – China Miéville").is_citation


# An author-interview feed (ao1-speaking-of-writers-feed): some item titles glue the dash
# to the guest's name.  Read as "Name - Title" when the name is surely a person's; a
# subtitle glued so (d-alifeee-book-club's "Invisible Women- Exposing Data Bias …") is not.
def test_a_dash_glued_to_the_authors_name() -> None:
    russo = parse_citation("Richard Russo- Chances Are")
    assert (russo.record.title, [a.family for a in russo.record.author]) == ("Chances Are",
                                                                               ["Russo"])
    assert [russo.text[s.start:s.end] for s in russo.spans] == ["Richard Russo", "Chances Are"]
    gartz = parse_citation("Linda Gartz- Redlined")
    assert (gartz.record.title, gartz.record.author[0].family) == ("Redlined", "Gartz")
    assert not parse_citation("Invisible Women- Exposing Data Bias in a World Designed for"
                              " Men").record.author


# A course's weekly readings (au4-geog0125-reading-list): each entry opens with its kind and
# a category in brackets, and closes with the chapter and pages assigned.  The category is
# no part of the author, and the assignment no publisher.
def test_a_category_in_brackets_before_an_author_date_entry() -> None:
    slater = parse_citation("**Book**: [Theory] Slater, M. (2022). Bayesian Methods in Statistics:"
                            " From Concepts to Practice. **Chapters 1: Probability**. Pages 1-15.")
    record = slater.record
    assert (record.full_title, [a.family for a in record.author], record.year) == (
        "Bayesian Methods in Statistics: From Concepts to Practice", ["Slater"], 2022)
    assert record.publisher is None and record.get("publisher-place") is None
    graham = parse_citation("**Book**: [Theory] Graham, A. (1994). Statistics. **Chapters 13:"
                            " Probability Models**. Pages 226-251.")
    assert (graham.record.title, graham.record.author[0].family) == ("Statistics", "Graham")
    lambert = parse_citation("**Book**: [Stan programming] Lambert, B. (2018). A Student’s Guide"
                             " to Bayesian Statistics. **Chapters 16: Stan**.")
    assert (lambert.record.title, lambert.record.publisher) == (
        "A Student’s Guide to Bayesian Statistics", None)


# A digital garden's book list (au2-jackyzha0-booklist): each title is a wiki link to the
# reader's note, in bold.  The words shown are the title, not the note's path.
def test_a_wiki_link_in_bold_is_the_title() -> None:
    parsed = parse_citation("- **[[thoughts/visualization|Envisioning Information]]** by"
                            " Edward R. Tufte")
    assert (parsed.record.title, parsed.record.author[0].family) == ("Envisioning Information",
                                                                     "Tufte")


# A year of reading (au3-spinstah-2021-in-books): two books of one author on one line,
# "both by" her.  The title's own "and" before a small word stays inside it.
def test_two_titles_both_by_one_author() -> None:
    year = ("My favourites this year:\n"
            "  • A Psalm for the Wild-Built and The Galaxy, and the Ground Within, both by"
            " Becky Chambers\n"
            "  • The Serpent Sea and The Cloud Roads, both by Martha Wells\n")
    read = {o.line: [(c.record.title, c.record.author[0].family) for c in o.citations]
            for o in iter_extract(year, "text")}
    assert read[2] == [("A Psalm for the Wild-Built", "Chambers"),
                       ("The Galaxy, and the Ground Within", "Chambers")]
    assert read[3] == [("The Serpent Sea", "Wells"), ("The Cloud Roads", "Wells")]
