"""Forms read in the twenty-second round: imprints and the lines around entries.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the lines around them are our own words.
"""
from biblio import iter_extract, parse_citation


def _read(text: str, form: str = "text") -> dict[int, list[str]]:
    """Each line's titles, by its line (lines that continue an entry give none)."""
    return {o.line: [c.record.full_title or "" for c in o.citations]
            for o in iter_extract(text, form)  # type: ignore[arg-type]
            if o.citations}


# A tag page of a software blog (q2-xp123-systems-thinking, http://xp123.com/articles/tag/
# systems-thinking/): American reference lists give the publisher, then its town and state.
def test_a_publisher_then_its_town_and_state() -> None:
    record = parse_citation(
        "Brynteson, Richard. Once Upon a Complex Time: Using Stories to Understand Systems. "
        "Sparrow Media Group, Eden Prairie, MN, 2006. ISBN 0971930481.").record
    assert record.get("publisher") == "Sparrow Media Group"
    assert record.get("publisher-place") == "Eden Prairie, MN"
    assert record.year == 2006


def test_the_country_after_the_state_stays_with_the_place() -> None:
    # u2-diku-systems-reading (https://github.com/dmslab/diku-systems-seminar): ACM's imprint
    record = parse_citation(
        "Thiagarajan, Sivsailam. Thiagi’s 100 Favorite Games. John Wiley & Sons, "
        "San Francisco, CA, 2006.").record
    assert (record.get("publisher"), record.get("publisher-place")) == (
        "John Wiley & Sons", "San Francisco, CA")
    assert parse_citation("Hall, Ada. Systems. ACM, New York, NY, USA, 2001.").record.get(
        "publisher-place") == "New York, NY, USA"


# A book list on GitHub (v2-skywarth-books): the year of the first edition in the bracket is
# no publisher.
def test_originally_published_is_the_first_edition_not_a_publisher() -> None:
    record = parse_citation(
        "- Hagakure: The Book of the Samurai (1992, originally published in 1716)").record
    assert record.get("publisher") is None
    assert record.year == 1992
    assert record.get("original-date") is not None and record.get("original-date").year == 1716


# The New Books Network heads an episode with the translator and the imprint in one bracket
# (m1-nbn-literature-feed, https://gh.ubook.com/podcast/184922/new-books-in-literature).
def test_a_translator_then_the_imprint_after_a_semicolon() -> None:
    record = parse_citation(
        'Miljenko Jergović, "Kin" (Translated by R. S. Valentino; Archipelago Books, 2021)'
    ).record
    assert record.title == "Kin"
    assert [n.family for n in record.get("translator")] == ["Valentino"]
    assert record.get("publisher") == "Archipelago Books"
    assert record.year == 2021


# A reading log kept in a text file (w1-pozulp-books-read, https://github.com/pozulp/mike):
# its years and its shelf of books left unfinished are headings, not titles.
_LOG = """Read in 2017
N, 4/5, The Amber Spyglass, Philip Pullman
N, 4/5, The Subtle Knife, Philip Pullman
N, 4/5, Northern Lights, Philip Pullman
N, 2/5, The Undoing Project, Michael Lewis

Read in 2016
N, 5/5, Dragon's Egg, Robert L. Forward
N, 5/5, Big Science, Michael Hiltzik
N, 3/5, A Walk in the Woods, Bill Bryson
"""


def test_a_reading_logs_year_headings_are_no_works() -> None:
    titles = _read(_LOG)
    assert 7 not in titles  # (read before as a book titled "Read in 2016")
    assert titles == {2: ["The Amber Spyglass"], 3: ["The Subtle Knife"],
                      4: ["Northern Lights"], 5: ["The Undoing Project"],
                      8: ["Dragon's Egg"], 9: ["Big Science"], 10: ["A Walk in the Woods"]}


# A seminar's reading list (u2-diku-systems-reading): the entry's own DOI again, as a link
# on the line under it, continues the entry.
_SEMINAR = """   Matthias Brantner, Daniela Florescu, David Graf, Donald Kossmann, and Tim Kraska. \
2008. Building a database on S3. In Proceedings of the 2008 ACM SIGMOD international \
conference on Management of data (SIGMOD '08). ACM, New York, NY, USA, 251-264. \
DOI=10.1145/1376616.1376645
   http://doi.acm.org/10.1145/1376616.1376645
"""


def test_the_entrys_own_doi_again_under_it_continues_the_entry() -> None:
    outcomes = list(iter_extract(_SEMINAR, "text"))
    assert [o.line for o in outcomes if o.citations] == [1]
    assert outcomes[1].continues is outcomes[0]


# Lines around a reading list that only look like entries: a copyright notice
# (u2-one-book-list), a post's revision dates (v1-marabesi-reading-2021) and a book's genres
# (w2-shannonkay-summer-reading-2025).
def test_copyright_revision_dates_and_genres_are_no_works() -> None:
    for line in ("Copyright 1994, 1995, 1996, Paul Phillips.",
                 "Revised Jan 27, 2022 Posted Jan 1, 2022",
                 "**Genres:** Romance, Fantasy, Light Academia"):
        assert not parse_citation(line).is_citation, line


# An article cited with the site it ran on: the site is the container, not a publisher.
def test_a_news_site_after_an_articles_title_is_its_container() -> None:
    record = parse_citation(
        'Jane Smith, "The Death of the Mall," Business Insider, 2019.').record
    assert record.get("container-title") == "Business Insider"
    assert record.get("publisher") is None
    assert record.type == "article-newspaper"


# A podcast's sources list (a-eoet-mannequins, The Economics of Everyday Things): the outlet
# in the bracket after the article's author is its container.
def test_a_known_outlet_in_the_bracket_after_the_author_is_the_container() -> None:
    record = parse_citation(
        "\"Nike's Controversial Plus-Size Mannequin Is a Brilliant Business Decision,\" by Kate "
        "Taylor (Business Insider, 2019).").record
    assert record.get("container-title") == "Business Insider"
    assert record.get("publisher") is None
    assert [n.family for n in record.author] == ["Taylor"]
    assert record.year == 2019


# A year's reading on a personal site (s2-lavkozakijevic-read-2019): each book a heading
# over its byline; a title may close on its own exclamation mark.
_HEADED = """### Kids Are Worth It!

by Barbara Coloroso

Raising children with empathy rather than with rules alone; the advice carries over to work.

### Autobiography and Other Writings

by Benjamin Franklin

A life and its lessons from a famous printer.
"""


def test_a_heading_that_closes_on_its_mark_over_its_byline() -> None:
    works = {o.line: (c.record.full_title, [n.family for n in c.record.author])
             for o in iter_extract(_HEADED, "markdown") for c in o.citations}
    assert works == {1: ("Kids Are Worth It!", ["Coloroso"]),
                     7: ("Autobiography and Other Writings", ["Franklin"])}


# A reading page of a Hugo blog (w2-finnito-reading, https://github.com/finnito/blog): the
# books nested under their author's list item, a series and its place after a dash.
_NESTED = """### In Progress

 - Carl Sagan
\t- Cosmos
\t- Contact
 - Dan Simmons
\t- Hyperion - Hyperion Cantos (1)
 - Garth Nix
\t- Sabriel - Abhorsen (1)
\t- Grim Tuesday - The Keys to the Kingdom (2)
"""


def test_a_series_after_a_dash_and_no_author_from_the_next_item() -> None:
    works = {o.line: (c.record.full_title, [n.family for n in c.record.author],
                      c.record.get("collection-title"), c.record.get("collection-number"))
             for o in iter_extract(_NESTED, "markdown") for c in o.citations}
    # (the names under "Contact" head the next titles: they are not its author)
    assert works[5] == ("Contact", [], None, None)
    assert works[7] == ("Hyperion", [], "Hyperion Cantos", "1")
    assert works[9] == ("Sabriel", [], "Abhorsen", "1")
    assert works[10] == ("Grim Tuesday", [], "The Keys to the Kingdom", "2")


def test_a_dash_before_a_persons_name_is_no_series() -> None:
    record = parse_citation("Dune - Frank Herbert (1)").record
    assert record.title == "Dune"
    assert [n.family for n in record.author] == ["Herbert"]
    assert record.get("collection-title") is None


# A reading log (w1-pozulp-books-read): "Title, Author" lines whose title reads like an
# organisation ("… Board") or opens like an inverted name ("Coding Freedom, E.").
def test_a_title_before_the_one_person_it_names() -> None:
    for line, title, family in (
            ("N, 3/5, Mother Earth Mother Board, Neal Stephenson", "Mother Earth Mother Board",
             "Stephenson"),
            ("N, 5/5, Coding Freedom, E. Gabriella Coleman", "Coding Freedom", "Coleman")):
        record = parse_citation(line).record
        assert record.title == title
        assert [n.family for n in record.author] == [family]


# A computer-science reading list on GitHub (y2-wangzhihao-cs-reading-list), its entries as
# Google Scholar's MLA export writes them.
def test_google_scholars_mla_entries() -> None:
    chapter = parse_citation(
        '* Bayer, Rudolf, and Edward McCreight. "Organization and maintenance of large '
        'ordered indexes." Software pioneers. Springer, Berlin, Heidelberg, 2002. 245-262.'
    ).record
    assert chapter.get("container-title") == "Software pioneers"
    assert (chapter.get("publisher"), chapter.get("publisher-place")) == (
        "Springer", "Berlin, Heidelberg")
    assert chapter.year == 2002
    article = parse_citation(
        '* Rosenblatt, Frank. "The perceptron: a probabilistic model for information storage '
        'and organization in the brain." Psychological review 65.6 (1958): 386.').record
    assert (article.get("volume"), article.get("issue"), article.get("page")) == ("65", "6",
                                                                                  "386")
    assert article.year == 1958
    thesis = parse_citation(
        "* Lewin, Daniel Mark. Consistent hashing and random trees: Algorithms for caching in "
        "distributed networks. Diss. Massachusetts Institute of Technology, 1998.").record
    assert thesis.type == "thesis"
    assert thesis.get("publisher") == "Massachusetts Institute of Technology"
    assert thesis.year == 1998


def test_a_link_that_only_says_link_is_no_part_of_the_entry() -> None:
    record = parse_citation(
        "* Abelson, Harold, Gerald Jay Sussman, and Julie Sussman. Structure and "
        "interpretation of computer programs. Justin Kelly, 1996.[link]"
        "(http://web.mit.edu/alexmv/6.037/sicp.pdf)").record
    assert record.get("publisher") == "Justin Kelly"
    assert record.year == 1996
    assert record.get("URL") == "http://web.mit.edu/alexmv/6.037/sicp.pdf"


# An encyclopedia article's bibliography (y2-jrank-museums-bibliography): towns each with
# its state, joined by "and", before the publisher.
def test_towns_joined_by_and_before_the_publisher() -> None:
    record = parse_citation(
        "Coombes, Annie E. Reinventing Africa: Museums, Material Culture, and Popular "
        "Imagination in Late Victorian and Edwardian England. New Haven, Conn., and London: "
        "Yale University Press, 1994.").record
    assert record.get("publisher") == "Yale University Press"
    assert record.get("publisher-place") == "New Haven, Conn., and London"


# A podcast's archive page (y1-twochairs-podbean-2020-02): a segment's name and the year it
# looks back on are no author and title; a person's name before a year may be.
def test_a_year_alone_after_a_colon_is_no_title() -> None:
    assert not parse_citation("Hugo Time Machine: 1961").is_citation
    record = parse_citation("George Orwell: 1984").record
    assert (record.title, [n.family for n in record.author]) == ("1984", ["Orwell"])


# A podcast's show notes kept on GitHub (y1-elmradio-how-we-learn): a shop's link, the kind
# of work it names, and a remark with a second link.
def test_a_link_then_the_kind_of_work_it_names() -> None:
    parsed = parse_citation(
        "- [Make It Stick](https://www.amazon.com/Make-Stick-Science-Successful-Learning/dp/"
        "0674729013) book (and some [notes summarizing key ideas](https://blog.example.org/))")
    assert parsed.is_citation
    assert (parsed.record.title, parsed.record.type) == ("Make It Stick", "book")
    assert str(parsed.record.get("URL")).startswith("https://www.amazon.com/")


# A podcast feed's episode notes (q1-tim-ferriss-show-feed): the guest's books each an
# italic title inside a link to a bookshop, in running prose.
_SHOP_ITALICS = """<p>A.J. is a fellow self-experimenter whose adventures keep landing on \
the best-seller list. \
<a href="http://www.amazon.com/exec/obidos/ASIN/0743250621/offsitoftimfe-20"><em>The \
Know-It-All</em></a> told of his attempt to learn everything there is to know. In \
<a href="http://www.amazon.com/exec/obidos/ASIN/0743291484/offsitoftimfe-20"><em>The Year of \
Living Biblically</em></a>, he tried to obey every rule in the Bible to the letter.</p>
"""


def test_an_italic_title_linked_to_a_bookshop_in_prose() -> None:
    titles = [c.record.full_title for o in iter_extract(_SHOP_ITALICS, "html")
              for c in o.citations]
    assert titles == ["The Know-It-All", "The Year of Living Biblically"]


# An encyclopedia's reading notes (y2-britannica-museum-reading): works cited one after
# another in a sentence, between semicolons, each with its author and year.
def test_works_cited_in_turn_in_a_sentence() -> None:
    text = ("On the history of museums and of collecting, see Edward P. Alexander, Museums in "
            "Motion: An Introduction to the History and Functions of Museums (1979); Germain "
            "Bazin, The Museum Age (1967); and Kenneth Hudson, Museums of Influence (1987), "
            "which surveys two centuries of museum growth.\n")
    works = [(c.record.full_title, [n.family for n in c.record.author], c.record.year)
             for o in iter_extract(text, "text") for c in o.citations]
    assert works == [
        ("Museums in Motion: An Introduction to the History and Functions of Museums",
         ["Alexander"], 1979),
        ("The Museum Age", ["Bazin"], 1967),
        ("Museums of Influence", ["Hudson"], 1987)]


# Found by the hostile-input fuzz test on a show-notes page: an entry wrapped inside its
# list item with the title starting on the second line.  The first line cannot go on from
# a later one; it is reported with its reason, and the rest of the page still reads.
def test_an_entry_whose_title_starts_on_its_second_line() -> None:
    from biblio.io import read_bytes

    html = (b"<ul>\n<li>Peter Brannen, <em>\nThe Ends of the World</em> (Ecco, 2017)</li>\n"
            b"<li>Richard Fortey, Life: An Unauthorised Biography (1997)</li>\n</ul>\n")
    result = read_bytes(html, "notes.html", "html")
    assert [(line.line, line.status, line.reason) for line in result.lines] == [
        (2, "rejected", "goes on to the work on line 3"), (3, "record", None),
        (4, "record", None)]
    assert [record.title for record in result.records] == ["The Ends of the World", "Life"]


# A film-makers' interview podcast (z1-directors-cut-feed, The Director's Cut): the film a
# director "discusses", after a comma, is the director's.
def test_a_directors_new_film_in_prose() -> None:
    from biblio.extract.inline import find_mentions

    found = find_mentions("Director Drew Hancock discusses his new film, Companion, with "
                          "fellow Director Rob Savage in a Q&A at the DGA theater.")
    assert [(p.record.title, p.record.type, [n.family for n in p.record.get("director")])
            for p in found] == [("Companion", "motion_picture", ["Hancock"])]


# A book circle's record of its books (z2-perditastevens-book-circle): after the entry, who
# chose it and the meeting's day.
def test_a_book_clubs_chooser_and_day_after_the_entry() -> None:
    record = parse_citation(
        "James Hamilton-Paterson, Seven-Tenths: The Sea and Its Thresholds -- Dave, 28 Feb 25"
    ).record
    assert record.full_title == "Seven-Tenths: The Sea and Its Thresholds"
    assert [n.family for n in record.author] == ["Hamilton-Paterson"]


# A book-review index on GitHub (z3-senakicir-book-reviews): each review a link whose words
# are the review's day, the title and the author.
def test_a_reviews_day_before_the_title_and_author() -> None:
    record = parse_citation("[2023.12.26 - Lucy by the Sea - Elizabeth Strout]"
                            "(https://www.goodreads.com/review/show/5179153792)").record
    assert record.title == "Lucy by the Sea"
    assert [n.family for n in record.author] == ["Strout"]


# An awesome-list of books (z3-mind-expanding-books): a linked title, then "by" its authors;
# the title may end in "By" itself, or hold a word a book club's label ends with.
def test_a_linked_title_then_by_its_authors() -> None:
    record = parse_citation("* [Metaphors We Live By](https://www.goodreads.com/book/show/"
                            "34459.Metaphors_We_Live_By) by George Lakoff, Mark Johnson").record
    assert record.title == "Metaphors We Live By"
    assert [n.family for n in record.author] == ["Lakoff", "Johnson"]
    record = parse_citation("* [The Paradox of Choice: Why More Is Less](https://www.goodreads."
                            "com/book/show/10639.The_Paradox_of_Choice) by Barry Shwartz").record
    assert record.full_title == "The Paradox of Choice: Why More Is Less"
