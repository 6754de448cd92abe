"""Forms read in the thirty-third round: a site's own sections named by rarer words in its
menu, and a remark in lower case after the dash that follows a quoted title's writer.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract
from biblio.parse import parse_citation


def _read(html: str) -> list[list[str | None]]:
    return [[c.record.full_title for c in o.citations] for o in iter_extract(html, "html")]


# Two bookshelf pages (ak2-alanwarner-books, an4-geektime-books) and a film blog
# (v3-cinemaquina-classic-movies-3): a menu's link to the site's own "Articles", "Tutorials",
# "Contact" or "Blog" page is no work, though the words are rarer than everyday English; a
# work's page on the site, or a link off the site, is still read.
def test_a_menu_link_to_the_sites_own_section() -> None:
    menu = ('<h2>Books</h2>\n<ul>\n<li><a href="/articles.html">Articles</a></li>\n'
            '<li><a class="menu-list-link" href="tutorial.html"> Tutorials </a></li>\n'
            '<li><a href="contact.html"> Contact</a></li>\n<li><a href="/blog">Blog</a></li>\n'
            '</ul>\n')
    assert _read(menu) == [[], [], [], [], []]
    works = ('<h2>Books</h2>\n<ul>\n<li><a href="/books/contact.html">Contact</a></li>\n'
             '<li><a href="https://example.org/blindsight">Blindsight</a></li>\n</ul>\n')
    assert _read(works) == [[], ["Contact"], ["Blindsight"]]


# A book club's favourites (ae3-jazzfanz-bookclub-favorites) and a year's reading
# (y3-iamaidana-2021): after a quoted title "by" names its writer even when the remark after
# the dash opens in lower case.
def test_a_lower_case_remark_after_the_writer_of_a_quoted_title() -> None:
    for line, title, family in [
            ('"The 7 1/2 Deaths of Evelyn Hardcastle" by Stuart Turton - a clever thriller '
             'that keeps you guessing to the end.', "The 7 1/2 Deaths of Evelyn Hardcastle",
             "Turton"),
            ('"Mythos" by Stephen Fry - retells many of the old Greek myths.', "Mythos", "Fry")]:
        record = parse_citation(line).record
        assert record is not None and record.full_title == title, line
        assert [a.family for a in record.author] == [family]
        assert record.get("container-title") is None


# A year of reading kept as a web page (ab2-lugaw-read-2021): each book heads its review as
# "Title :: Author :: when it was read"; a heading of that shape whose second part is no
# person's name still heads a section.
def test_a_heading_of_title_and_writer_between_pipes() -> None:
    page = ('<h2>Horrorstör :: Grady Hendrix :: Read Aug. 21</h2>\n'
            '<p>Less frightening than we had hoped, but better than an evening in the dark with '
            'nothing to do.</p>\n'
            '<h2>Reviews :: Autumn :: Week Two</h2>\n'
            '<p>Three short reviews this week, one of them a reread.</p>\n')
    outcomes = list(iter_extract(page, "html"))
    first = outcomes[0].citations
    assert [(c.record.full_title, [a.family for a in c.record.author]) for c in first] == [
        ("Horrorstör", ["Hendrix"])]
    assert all(not o.citations for o in outcomes[1:])


# A shelf of recommended books laid out as cards (ad2-cardosaum-book-recommendations) and a
# contest's winners (u1-storyshares-contest-winners): a heading holds the title, the line
# under it the writer's name alone.  Not a heading over a list's first item, nor a course's
# term over its teacher (c-lyceum-to-read, r2-leeds-foundations-reading).
def test_a_heading_over_its_writers_name_alone() -> None:
    cards = ('<h3 class="product__title">The Subtle Art of Not Giving a F*ck</h3>\n'
             '<span class="product__author">Mark Manson</span>\n'
             '<h3 class="product__title">Zero to One: Notes on Startups, or How to Build the '
             'Future</h3>\n'
             '<span class="product__author">Peter Thiel &amp; Blake Masters</span>\n')
    assert [[(c.record.full_title, [a.family for a in c.record.author]) for c in o.citations]
            for o in iter_extract(cards, "html")] == [
        [("The Subtle Art of Not Giving a F*ck", ["Manson"])], [],
        [("Zero to One: Notes on Startups, or How to Build the Future", ["Thiel", "Masters"])],
        []]
    notes = "## Authors\n\n- Saul Bellow\n- Martin Amis\n"
    assert all(not o.citations for o in iter_extract(notes, "markdown"))
    course = ('<h2>Foundations of English Studies, 2019/20, Semester 1</h2>\n'
              '<p class="owner">Dr Jeremy Davies</p>\n<h2>Reading, 2019/20</h2>\n'
              '<p class="owner">Dr Anna Smith</p>\n')
    assert all(not o.citations for o in iter_extract(course, "html"))


# A year's books kept as an HTML list inside Markdown (aq2-kyscg-books-2020): the editor
# wrapped the raw HTML mid-link, so an entry runs over two to four lines; each is one entry,
# read on the line where its title starts, and the lines after it go on from it.
def test_raw_html_wrapped_mid_link_in_markdown() -> None:
    notes = ('<ol>\n'
             '<li><a href="https://www.jeffreyarcher.co.uk/book/twelve-red-herrings/">Twelve Red\n'
             'Herrings</a> by Jeffrey Archer\n'
             '</li>\n'
             '<li><a\n'
             'href="https://www.gladwellbooks.com/titles/malcolm-gladwell/talking-to-strangers/'
             '9780316478526/">Talking\n'
             'to\n'
             'Strangers</a> by Malcolm Gladwell</li>\n'
             '</ol>\n'
             '- an arrow in prose -> not a tag <- still prose\n'
             '- the next line stands alone\n')
    outcomes = {o.line: o for o in iter_extract(notes, "markdown")}
    read = {n: [(c.record.full_title, [a.family for a in c.record.author])
                for c in o.citations] for n, o in outcomes.items()}
    assert read[2] == [("Twelve Red Herrings", ["Archer"])]
    assert read[6] == [("Talking to Strangers", ["Gladwell"])]
    assert [outcomes[n].continues.line for n in (3, 7, 8)] == [2, 6, 6]
    assert not read[5]
    # the arrows opened no tag: the next item is a line of its own
    assert outcomes[10].continues is None and outcomes[11].continues is None
