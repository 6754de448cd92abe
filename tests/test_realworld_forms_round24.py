"""Forms read in the twenty-fourth round: entries over their links, links to papers,
tables a cell a line, titles and names in Chinese, a page's controls accounted for, labels
and refusals.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the lines around them are our own words.
"""
from biblio import iter_extract, parse_citation
from biblio.extract.inline import find_heading_mentions, find_mentions
from biblio.parse.names import parse_person
from reading_helpers import works_by_line

# A Chinese-language meetup's book club (ab2-chicagochinese-book-club,
# https://github.com/ChicagoChinese/old-site/blob/9898ae8/book-club.html): the header names
# its columns in Chinese, and every cell is written in Han characters.
_CHINESE_TABLE = """<table>
<thead>
<tr><th>书目</th>
<th>作者</th>
<th>类别</th>
</tr>
</thead>
<tbody>
<tr><td>三体</td>
<td>刘慈欣</td>
<td>科幻小说</td>
</tr>
<tr><td>十个词汇里的中国</td>
<td>余华</td>
<td>随笔</td>
</tr>
</tbody>
</table>
"""


def test_a_table_headed_in_chinese_gives_each_row_as_a_work() -> None:
    works = works_by_line(_CHINESE_TABLE, "html")
    assert works == {9: [("三体", ["刘"])], 13: [("十个词汇里的中国", ["余"])]}


def test_a_chinese_name_is_family_name_first() -> None:
    liu = parse_person("刘慈欣")
    assert liu is not None and (liu.family, liu.given) == ("刘", "慈欣")
    ouyang = parse_person("欧阳修")  # a compound surname
    assert ouyang is not None and (ouyang.family, ouyang.given) == ("欧阳", "修")
    murakami = parse_person("村上 春樹")  # a space between, as Japanese lists set it
    assert murakami is not None and (murakami.family, murakami.given) == ("村上", "春樹")


def test_a_row_of_cells_without_words_still_gets_its_report_entry() -> None:
    # before, a row whose cells held no Latin word vanished from the report
    outcomes = list(iter_extract(
        "<table><tr><td>三体</td><td>刘慈欣</td></tr>\n<tr><td>CC101</td><td>F14</td></tr>\n"
        "</table>\n", "html"))
    assert [(o.line, o.text) for o in outcomes] == [(1, "三体, 刘慈欣"), (2, "CC101, F14")]


# A reading log's page (ab2-lugaw-read-2021,
# https://github.com/Filipiniality/lugaw/blob/a1fd5b0/book-club/index.html): buttons beside
# its heading.
def test_a_pages_buttons_and_menus_are_reported_not_read() -> None:
    outcomes = list(iter_extract(
        '<div><h1>My 2021 Reading Log</h1>\n'
        '<button id="play-gif">&#9654; Start GIFs</button>\n'
        '<select><option>Sort by title</option><option>Sort by date</option></select></div>\n'
        "<p><i>The Remains of the Day</i> by Kazuo Ishiguro</p>\n", "html"))
    reasons = {o.line: o.reason for o in outcomes}
    assert reasons[2] == reasons[3] == "a button or a menu of the page"
    assert [c.record.title for o in outcomes for c in o.citations] == ["The Remains of the Day"]


# Episode titles of two feeds (g-fresh-air-feed, https://feeds.npr.org/381444908/podcast.xml;
# r1-alligator-preserves-feed, https://leadvillelaurel.com/category/podcast/author-interview/
# page/2): in a heading in title case a capital marks no title, so one word after a
# possessive is the headline's noun, not a work.
def test_one_capitalised_word_after_a_possessive_in_a_title_cased_heading_is_no_work() -> None:
    assert find_heading_mentions(
        "Author Investigates His Family Ties To Jimmy Hoffa's Disappearance") == []
    assert [m.record.title for m in find_heading_mentions(
        "Author Annie Dawid’s Novel “Paradise Undone”")] == ["Paradise Undone"]
    # in a heading written as a sentence the capital still marks the title
    assert [m.record.title for m in find_heading_mentions(
        "Why we read Steve Tesich's Karoo")] == ["Karoo"]


# Plain-text reference lists (u2-samizdat-references, https://github.com/samizdat-cms/
# samizdat/blob/master/doc/references.txt; u2-diku-systems-reading): each entry over its
# link, a blank line, the next.
_LINKED = """Resource Description Framework
------------------------------

RDF Primer
http://www.w3.org/TR/rdf-primer

RDF Semantics
http://www.w3.org/TR/rdf-mt

RDF Storage and Query Languages
-------------------------------

   Michael Stonebraker, Greg Kemnitz: The Postgres Next Generation Database Management \
System. CACM 34(10): 78-92 (1991)
   http://dl.acm.org/citation.cfm?id=125262

DAML Query Language
http://www.daml.org/2003/04/dql/dql
"""


def test_titles_each_over_its_link_are_a_list_ofworks_by_line() -> None:
    outcomes = list(iter_extract(_LINKED, "text"))
    works = {o.line: (c.record.title, c.record.url) for o in outcomes for c in o.citations}
    assert works == {
        4: ("RDF Primer", "http://www.w3.org/TR/rdf-primer"),
        7: ("RDF Semantics", "http://www.w3.org/TR/rdf-mt"),
        13: ("The Postgres Next Generation Database Management System",
             "http://dl.acm.org/citation.cfm?id=125262"),
        16: ("DAML Query Language", "http://www.daml.org/2003/04/dql/dql"),
    }
    links = {o.line: o.continues.line for o in outcomes if o.continues is not None}
    assert links == {5: 4, 8: 7, 14: 13, 17: 16}


def test_two_labels_over_links_are_no_list_ofworks_by_line() -> None:
    outcomes = list(iter_extract(
        "RDF Primer\nhttp://www.w3.org/TR/rdf-primer\n\n"
        "Mailing list archive\nhttp://lists.example.org/pipermail/\n", "text"))
    assert [c for o in outcomes for c in o.citations] == []
    assert [o.reason for o in outcomes].count("bare link") == 2


# A Markdown reading list keeping its books in an HTML table a cell a line
# (ac3-georgexyz-reading-list, https://github.com/georgexyz19/georgexyz.com, reading-list.md): each
# row opens with its own header cell (its number), and a cell holds links, or goes on
# over two lines.
_CELL_TABLE = """<table class="table table-striped">
  <thead>
    <tr>
      <th scope="col">#</th>
      <th scope="col">Title</th>
      <th scope="col">Author</th>
      <th scope="col">Publish Month</th>
      <th scope="col">Links & Comments</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <th scope="row">1</th>
      <td>Flask Web Development (2nd ed.)</td>
      <td>Miguel Grinberg</td>
      <td>March 2018</td>
      <td><a href="/flask-books.html">Comment</a></td>
    </tr>
    <tr>
      <th scope="row">2</th>
      <td>HTML & CSS Is Hard (web book)</td>
      <td>Oliver James</td>
      <td>2016</td>
      <td><a href="https://www.internetingishard.com/html-and-css/">Link</a> /
          <a href="/some-htmlcss-notes.html">Notes</a></td>
    </tr>
  </tbody>
</table>
"""


def test_an_html_table_in_markdown_with_row_headers_and_linked_cells() -> None:
    outcomes = list(iter_extract(_CELL_TABLE, "markdown"))
    works = {o.line: (c.record.title, [n.family for n in c.record.author], c.record.year)
             for o in outcomes for c in o.citations}
    assert works == {14: ("Flask Web Development", ["Grinberg"], 2018),
                     21: ("HTML & CSS Is Hard", ["James"], 2016)}
    assert [o.line for o in outcomes] == sorted(o.line for o in outcomes)
    assert {o.line: o.reason for o in outcomes}[25] == "table cell"


# A list of papers on program repair (ac2-aprtsm-program-repair-papers, GitHub): each item
# opens with its one link, to the paper, then its year and a tag; notes nest under it.
def test_an_item_whose_one_link_goes_to_a_paper_names_the_paper() -> None:
    outcomes = list(iter_extract(
        "- [GumTree](https://hal.science/hal-01054552/document) 2014 READ-ALGORITHM\n"
        "  - proposes the gumtree algorithm, which matches nodes across two ASTs\n"
        "- [Automated patch assessment for program repair at scale]"
        "(https://link.springer.com/article/10.1007/s10664-020-09920-w) 2020\n"
        "- [slides](https://example.org/talk.pdf)\n", "markdown"))
    works = {o.line: (c.record.title, c.record.year, c.record.type)
             for o in outcomes for c in o.citations}
    assert works == {1: ("GumTree", 2014, "article"),
                     3: ("Automated patch assessment for program repair at scale", 2020,
                         "article")}


# A list of books read (z2-legi0n-booklist-2017, https://github.com/4lb3rt017/Blog): Chinese sets a
# book's title in 《》 as English sets it in italics, and a title in Chinese has no capitals.
def test_a_title_in_chinese_book_title_marks_is_read_as_italics_are() -> None:
    works = works_by_line(
        "2017年读过的书\n\n- 《鸟哥的Linux私房菜》\n- 《深入理解计算机网络》\n"
        "- 《乌合之众：大众心理研究》\n", "markdown")
    assert works == {3: [("鸟哥的Linux私房菜", [])], 4: [("深入理解计算机网络", [])],
                     5: [("乌合之众：大众心理研究", [])]}
    # a sentence in Chinese is no title
    assert works_by_line("这份书单仍在不断补充.... 欢迎推荐相关的好书。\n", "markdown") == {}


# The same blog (z2-legi0n-booklist-2017): its theme's byline under the post's title, the
# date left out by the template.
def test_a_posts_byline_is_no_work_by_its_writer() -> None:
    for line in ("Written on by Albert Suen", "Posted by Albert Suen",
                 "Written on March 30, 2017 by Albert Suen"):
        assert not parse_citation(line).is_citation, line
    assert parse_citation("Written by Albert Suen").reason == "credits"


# A further-reading page (aa2-bhawickjain-further-reading) and a Five Books interview page
# (m2-fivebooks-cal-flyn-p11): a kind of works by someone heads a list, it is no work.
def test_a_kind_of_works_by_someone_heads_a_list() -> None:
    for line in ("Articles by Gareth Mills:", "Interviews by Cal Flyn",
                 "Other Books by Ursula K. Le Guin"):
        assert parse_citation(line).reason == "a heading over works, not a work", line
    # a collection's own title
    assert parse_citation("Poems by Emily Dickinson").record.title == "Poems"


# Crime-fiction feeds (p1-mysterypod-feed, https://mysterypod.libsyn.com/;
# r1-speaking-of-mysteries-feed): up to four words say what the book is before the comma
# that sets its title apart.
def test_a_pronouns_book_described_at_length_then_its_title() -> None:
    assert [m.record.title for m in find_mentions(
        "Colfer is known for his Artemis Fowl series, but in 2011 he released his first "
        "grown up crime novel, Plugged. We talked at Bouchercon.")] == ["Plugged"]
    assert [m.record.title for m in find_mentions(
        "He called on the U.S. publication day of his most recent crime novel, The Son — "
        "from the office of his publisher.")] == ["The Son"]


# A blog's reviews (ad2-guppster-book-reviews,
# https://github.com/Guppster/Guppster.github.io): each post's title says what kind of work
# it reviews before a double colon.
def test_a_reviews_kind_before_the_title_is_a_label() -> None:
    cypherpunks = parse_citation("Book Review :: Cypherpunks - Julian Assange").record
    assert (cypherpunks.title, [n.family for n in cypherpunks.author], cypherpunks.type) == (
        "Cypherpunks", ["Assange"], "book")
    http = parse_citation("e-Book Review :: HTTP Succinctly - Scott Allen").record
    assert (http.title, [n.family for n in http.author]) == ("HTTP Succinctly", ["Allen"])


# A log of audiobooks (ad3-mccright-audiobooks-log, https://github.com/mccright/rrl): each
# entry's summary gives title, author and year as sentences, and a byline with the
# author's years below.
def test_a_year_alone_after_the_entrys_last_full_stop() -> None:
    orwell = parse_citation("1984. By George Orwell. 1949").record
    assert (orwell.title, [n.family for n in orwell.author], orwell.year) == (
        "1984", ["Orwell"], 1949)
    taylor = parse_citation("The Road by Cormac McCarthy. 2006").record
    assert (taylor.title, taylor.year) == ("The Road", 2006)


def test_a_byline_with_the_authors_years_is_a_credit() -> None:
    line = ("By [George Orwell](https://en.wikipedia.org/wiki/George_Orwell)  (1903 – 1950)")
    assert parse_citation(line).reason == "credits"
    assert parse_citation("By Frederick Taylor (1947 – )").reason == "credits"


# A personal site's footer (ad2-harry45-books-owned, https://github.com/Harry45/Harry45.github.io):
# its owner's address.
def test_a_postal_address_is_no_work() -> None:
    assert parse_citation("19, Miserden Crescent, Milton Keynes (MK4 4GJ)").reason == \
        "a postal address"
    assert parse_citation("Springfield, IL 62704").reason == "a postal address"
    assert parse_citation("84 Charing Cross Road by Helene Hanff").is_citation  # a title


# The same site's header: its name links to its own front page.
def test_a_link_to_the_sites_own_front_page_is_no_work() -> None:
    outcomes = list(iter_extract(
        '<div class="wrapper">\n<a class="site-title" href="/">Arrykrishna Mootoovaloo</a>\n'
        '</div>\n<ul><li><a href="/books/qed/">QED: The Strange Theory of Light and Matter'
        '</a></li></ul>\n', "html"))
    assert [o.reason for o in outcomes if o.line == 2] == [
        "a link to a site or a page about something else, not to a work"]


def test_a_kind_of_work_in_brackets_as_wikipedia_tells_works_apart() -> None:
    film = parse_citation("Little Women (2019 film)").record
    assert (film.title, film.type, film.year) == ("Little Women", "motion_picture", 2019)
    series = parse_citation("The Crown (2016 TV series)").record
    assert (series.title, series.type, series.year) == ("The Crown", "broadcast", 2016)


def test_a_cell_never_closed_ends_with_its_row() -> None:
    # a slip in a hand-written table costs only its row, not the rest of the page
    outcomes = list(iter_extract(
        "<table>\n<tr>\n<th>Title</th>\n<th>Author</th>\n</tr>\n<tr>\n<td>Dune</td>\n"
        "<td>Frank Herbert\n</tr>\n</table>\n\n- *Neuromancer* by William Gibson\n",
        "markdown"))
    works = {o.line: c.record.title for o in outcomes for c in o.citations}
    assert works == {7: "Dune", 12: "Neuromancer"}
