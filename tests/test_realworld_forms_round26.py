"""Forms read in the twenty-sixth round: a paper's title over the address of its DOI, a
title before a publisher the lexicon knows, two people after a dash joined by "and".

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the lines around them are our own words.
"""
from biblio import iter_extract, parse_citation
from reading_helpers import reading

# A reading list on solar physics (ag3-finmacdov-solar-reading, a GitHub text file): each
# paper's title on one line, ending on a colon, and the address of its DOI on the next.
_PAPERS = """Papers to get through before the group meets

Stratification with Optical Depth of the 5 Minute Oscillation through the Solar Photosphere:
http://iopscience.iop.org/article/10.1086/304688/fulltext/35975.text.html

The Five-Minute Oscillations on the Solar Surface:
http://www.sns.ias.edu/~jnb/Papers/Popular/Ulrich/paper.pdf
"""


def test_a_title_over_the_address_of_its_doi_is_that_paper() -> None:
    outcomes = {o.line: o for o in iter_extract(_PAPERS, "text")}
    paper = outcomes[3].citations[0].record
    assert paper.full_title == ("Stratification with Optical Depth of the 5 Minute Oscillation "
                                "through the Solar Photosphere")
    assert paper.get("DOI") == "10.1086/304688/fulltext/35975.text.html"
    assert paper.url == "http://iopscience.iop.org/article/10.1086/304688/fulltext/35975.text.html"
    assert paper.type == "article-journal"
    # the address is the entry's, not a record of its own, and says so
    assert not outcomes[4].citations and outcomes[4].continues is outcomes[3]
    # an address with no DOI vouches for nothing: the title over it stays unread
    assert not outcomes[6].citations and not outcomes[7].citations


# An astronomy show's book picks (ac1-astronomycast-ep647, the episode's page): a title, then
# its publisher in brackets.
def test_a_title_before_a_known_publisher_in_brackets_is_a_book() -> None:
    parsed = parse_citation("The Kaiju Preservation Society (Macmillan)")
    assert parsed.is_citation
    assert (parsed.record.full_title, parsed.record.publisher) == (
        "The Kaiju Preservation Society", "Macmillan")
    # (weak in the twenty-sixth round; since the twenty-ninth a press the lexicon knows
    # vouches for the title outside a reading list too)
    assert parsed.confidence >= 0.6
    # a network or a streaming service in brackets is no publisher
    assert not parse_citation("Love, Death + Robots (Netflix)").is_citation


# A list of book reviews (z3-jotpowers-book-reviews, a GitHub Markdown page): the title, a
# dash, then its two writers joined by "and", neither with a given name the lexicon knows.
def test_two_people_joined_by_and_after_the_dash_are_the_authors() -> None:
    assert reading("* Extreme Ownership - Jocko Willink and Leif Babin") == (
        "Extreme Ownership", [("Jocko", "Willink"), ("Leif", "Babin")], None)
    assert reading("Extreme Ownership - Jocko Willink") == (
        "Extreme Ownership", [("Jocko", "Willink")], None)


# Reading logs and monthly wrap-ups (t2-bourquesbooks-june-2019, t2-emmblogs-reading-tag,
# blog posts): a reader's own "I started" or "I finished" before a title in capitals.
def test_a_title_the_reader_started_or_finished_is_a_work() -> None:
    from biblio.extract.inline import find_mentions

    def titles(sentence: str) -> list[str | None]:
        return [m.record.full_title for m in find_mentions(sentence)]

    assert titles("Pride month, of all months! I started The Great Believers, but time ran "
                  "out on me.") == ["The Great Believers"]
    assert titles("I also started reading The Murder of Mr. Wickham, which is close to "
                  "fan fiction.") == ["The Murder of Mr. Wickham"]
    # the writer after "by" is not part of the title
    assert titles("I’ve just finished Nothing Bad Ever Happens Here by the Australian "
                  "writer Heather Rose.") == ["Nothing Bad Ever Happens Here"]
    # a count is no title
    assert titles("In 2009, though, I only finished 30. Did I slow down?") == []


# A ratings page (ah2-lin-imdb-ratings, a GitHub Markdown table): "Name" heads the titles
# beside a "Year" column, as it does beside an author's.
_RATINGS = """| Seen | Name | Year | Mine |
|:-----------|:------------|-------:|-------:|
| 2025-04-18 | [There Will Be Blood](https://www.imdb.com/title/tt0469494) | 2007 | 8 |
| 2025-04-13 | [Anora](https://www.imdb.com/title/tt28607951) | 2024 | 8 |
"""


def test_a_name_column_beside_a_year_column_holds_the_works() -> None:
    works = [(c.record.full_title, c.record.year) for o in iter_extract(_RATINGS, "markdown")
             for c in o.citations]
    assert works == [("There Will Be Blood", 2007), ("Anora", 2024)]
    # a table of people with a "Name" column and no year or author column names no work
    people = "| Name | Role |\n|---|---|\n| Ada Brown | Host |\n| Sam Lee | Producer |\n"
    assert not [c for o in iter_extract(people, "markdown") for c in o.citations]


# A film diary (ah2-gmarty-films-watched, a GitHub Markdown list): a title in italics whose
# own colon or dash is no separator between a maker and a title.
def test_a_colon_inside_one_title_in_italics_is_part_of_it() -> None:
    assert reading("- *Wallace & Gromit: Vengeance Most Fowl* (2024)") == (
        "Wallace & Gromit: Vengeance Most Fowl", [], 2024)
    assert reading("- *Bridget Jones: Mad About the Boy* (2025)") == (
        "Bridget Jones: Mad About the Boy", [], 2025)
    # the italics after the colon still say the title starts there
    assert reading("Chaucer: *Troilus and Criseyde*") == ("Troilus and Criseyde",
                                                          [(None, "Chaucer")], None)


# A reading list of articles (ah2-jasonhong-reading-list, a GitHub Markdown page): the
# writer in full, then the site the article ran on; the labeller reads these lines.
_ARTICLES = """## Articles I liked

  1. [How the Higgs Boson Ruined Peter Higgs’s Life](https://www.scientificamerican.com/article/how-the-higgs-boson-ruined-peter-higgss-life/) -  Clara Moskowitz, Scientific American
  1. [The Story of Mel, a Real Programmer](https://www.cs.utah.edu/~elb/folklore/mel.html) - Ed Nather, USENET 1983
  1. [Displayport: A Better Video Interface](https://hackaday.com/2023/07/11/displayport-a-better-video-interface/) - Arya Voronova, Hackaday
"""  # noqa: E501


def test_a_writer_in_full_before_a_comma_and_a_site_is_not_inverted() -> None:
    writers = [[(n.given, n.family) for n in c.record.author]
               for o in iter_extract(_ARTICLES, "markdown") for c in o.citations]
    assert writers == [[("Clara", "Moskowitz")], [("Ed", "Nather")], [("Arya", "Voronova")]]


# A literature course's schedule (ah2-cornelius-uclr100-fall-2024, pandoc Markdown): the
# act, book or lines set for the day close the entry and are no part of the title.
def test_the_act_book_or_lines_set_for_the_day_are_not_part_of_the_title() -> None:
    assert reading("- William Shakespeare (1564--1616), *The Tempest*, act 1")[:2] == (
        "The Tempest", [("William", "Shakespeare")])
    assert reading("- John Milton (1608--1674), *Paradise Lost*, book 1, lines 1--26 "
                   "[Sakai Resources]")[:2] == ("Paradise Lost", [("John", "Milton")])
    assert reading("- *Antigone*, lines 631--end")[0] == "Antigone"


# A writer's year in books (ah2-chloebanks-year-in-books-2019, a GitHub Markdown post): titles
# set in capitals inside sentences, the sentence in bold.
def test_a_title_in_capitals_before_by_is_the_title_not_the_sentence() -> None:
    from biblio.extract.inline import find_mentions

    assert [(m.record.full_title, [n.family for n in m.record.author]) for m in find_mentions(
        "**Completing the podium, OUR ENDLESS NUMBERED DAYS by Claire Fuller.** A tight, "
        "shut-in story that is neither crime nor horror.")] == [
        ("OUR ENDLESS NUMBERED DAYS", ["Fuller"])]
    assert reading("The runner-up is MOONRISE by Sarah Crossan.")[:2] == (
        "MOONRISE", [("Sarah", "Crossan")])
    # an initialism ends a title, it does not start one
    assert reading("Harry Potter and the HBP by J.K. Rowling")[0] == "Harry Potter and the HBP"


# A reading log's table (ah2-dvdmtw98-book-read-list, GitHub Markdown): a book's place in
# its series in brackets after the linked title.
def test_a_place_in_a_series_in_brackets_is_no_publisher() -> None:
    parsed = parse_citation("[Parable of the Sower](https://www.goodreads.com/book/show/52397."
                            "Parable_of_the_Sower) (1/2) by Octavia E. Butler (1993)")
    assert (parsed.record.full_title, parsed.record.publisher, parsed.record.year) == (
        "Parable of the Sower", None, 1993)


# A reading log in plain text (z3-yangpicui-books-read, a GitHub text file): the reader's
# remark in brackets after the author.
def test_a_remark_in_brackets_after_the_author_is_not_part_of_the_name() -> None:
    assert reading("Leaders Eat Last - Simon Sinek (Chapterized)") == (
        "Leaders Eat Last", [("Simon", "Sinek")], None)


# A comics reading order (ag3-omars-batman-reading-order, a GitHub text file): the series
# and the issue's number, then the story and its cover date in brackets.
def test_a_comic_issue_is_its_story_in_its_series() -> None:
    parsed = parse_citation("Detective Comics #27 (The Case of the Chemical Syndicate - May, 1939)")
    record = parsed.record
    assert (record.full_title, record.get("container-title"), record.get("issue"), record.year,
            record.type) == ("The Case of the Chemical Syndicate", "Detective Comics", "27", 1939,
                             "article-magazine")
    assert record.publisher is None
    # the list's remark after the issue is left out
    assert parse_citation("Batman #59 (The Man Who Replaced Batman - June, 1950) (Deadshot "
                          "debuts)").record.full_title == "The Man Who Replaced Batman"


# A reading log kept as a wiki page's text (z3-yangpicui-books-read, a GitHub text file):
# "== … ==" heads each shelf, and titles stand alone under it.
_WIKI_LOG = """== Printed Books and Audiobooks ==
7 Habits of Highly Successful People
Holacracy
Sapiens - Yuval Noah Harari

== Started / Not Finished ==
The Wisdom Of Crowds - James Surowiecki
"""


def test_a_wiki_heading_over_books_opens_a_reading_list() -> None:
    outcomes = {o.line: o for o in iter_extract(_WIKI_LOG, "text")}
    assert outcomes[1].reason == "section heading" and not outcomes[1].citations
    assert [c.record.full_title for line in (2, 3, 4) for c in outcomes[line].citations] == [
        "7 Habits of Highly Successful People", "Holacracy", "Sapiens"]
    assert outcomes[6].reason == "section heading"


# A bookshop's author-interview feed (z1-poured-over-feed): each episode titled by the guest
# and the book in capitals.
def test_a_guest_on_a_title_in_capitals_names_their_book() -> None:
    from biblio.extract.inline import find_mentions

    def read(title: str) -> list[tuple[str | None, list[str | None]]]:
        return [(m.record.full_title, [n.family for n in m.record.author])
                for m in find_mentions(title)]

    assert read("Maggie O'Farrell on THE MARRIAGE PORTRAIT") == [
        ("THE MARRIAGE PORTRAIT", ["O'Farrell"])]
    assert read("Andrés N. Ordorica on HOW WE NAMED THE STARS") == [
        ("HOW WE NAMED THE STARS", ["Ordorica"])]
    # an initialism is no title, and a word before the name is no part of it
    assert read("John Smith on NASA") == []
    assert read("Talking with Morgan Talty on NIGHT OF THE LIVING REZ") == [
        ("NIGHT OF THE LIVING REZ", ["Talty"])]


# A course site's syllabus (ai2-ling402-syllabus, HTML kept in a repository): the menu in
# <nav> lists the site's pages; a bookshelf page (ai2-groundedarchitecture-bookshelf) links
# the pages before and after it with arrows.
_COURSE_PAGE = """<html><body>
<nav class="collapse navbar-collapse" role="navigation">
  <ul class="nav navbar-nav">
    <li><a href="syllabus.html">Syllabus</a></li>
    <li><a href="schedule.html">Schedule & Readings</a></li>
    <li><a href="hw01.html">HW01</a></li>
  </ul>
</nav>
<div role="navigation"><ul><li><a href="books.html">Bookshelf</a></li></ul></div>
<h2>Required texts</h2>
<ul>
<li>Daniel Jurafsky and James H. Martin, <em>Speech and Language Processing</em> (2019)</li>
</ul>
<p><a href="summary">← Summary</a></p>
<p><a href="tools">Tools →</a></p>
</body></html>
"""


def test_a_sites_navigation_names_no_work() -> None:
    outcomes = list(iter_extract(_COURSE_PAGE, "html"))
    assert [c.record.full_title for o in outcomes for c in o.citations] == [
        "Speech and Language Processing"]
    reasons = {o.text: o.reason for o in outcomes}
    assert reasons["Syllabus"] == reasons["HW01"] == reasons["Bookshelf"] == "page navigation"
    assert reasons["← Summary"] == reasons["Tools →"] == "page navigation"


# An Org file of papers to read (ai3-aygp-anthropic-research-reading, kept in a repository):
# settings lines, headings by stars, links written [[address][title]].
_ORG = """#+TITLE: Reading list of research
#+STARTUP: overview

* 2025
** Interpretability research
- [ ] [[https://www.anthropic.com/research/signs-of-introspection][Signs of introspection in large language models]] (Oct 29, 2025)
* Books
** TODO Dune                                         :kindle:
"""  # noqa: E501


def test_an_org_file_is_read_by_its_headings_and_links() -> None:
    outcomes = {o.line: o for o in iter_extract(_ORG, "text")}
    assert outcomes[1].reason == outcomes[2].reason == "document settings"
    assert outcomes[4].reason == outcomes[5].reason == "section heading"
    paper = outcomes[6].citations[0].record
    assert (paper.full_title, paper.url) == (
        "Signs of introspection in large language models",
        "https://www.anthropic.com/research/signs-of-introspection")
    # a task heading is an item of the list, its keyword and tags no part of the title
    assert [c.record.full_title for c in outcomes[8].citations] == ["Dune"]


# A list of papers kept as text with Markdown marks (ai3-maksbilski-mech-interp-papers): "##"
# heads each part; each paper in bold, then its authors and their lab in brackets.
def test_markdown_headings_in_a_text_file_and_authors_before_their_lab() -> None:
    text = ("# Papers on Mechanistic Interpretability\n\n## On superposition\n"
            "* **Toy models of superposition** (Nelson Elhage et al, Anthropic)\n")
    outcomes = {o.line: o for o in iter_extract(text, "text")}
    assert outcomes[1].reason == outcomes[3].reason == "section heading"
    assert reading("* **Toy models of superposition** (Nelson Elhage et al, Anthropic)") == (
        "Toy models of superposition", [("Nelson", "Elhage")], None)
    # a comment in a text file is no heading: "# area | title | ref"
    assert next(iter_extract("# area | title | ref\n", "text")).reason != "section heading"


# A bookshelf page (ai2-groundedarchitecture-bookshelf, HTML kept in a repository): under each
# book, links in lower case to the page's own parts.
def test_a_link_of_a_few_words_in_lower_case_is_no_work() -> None:
    for line in ("[reading notes](https://obren.io/books/notes)", "[playlist](https://x.org/p)",
                 "[summary](summary)"):
        assert not parse_citation(line).is_citation, line
    assert parse_citation("[Deep Work](https://www.calnewport.com/books/deep-work/)").is_citation
