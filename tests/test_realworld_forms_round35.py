"""Forms read in the thirty-fifth round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract
from biblio.parse.rejection import PEOPLE, rejection_reason


def _read_html(html: str) -> list[tuple[int, str | None, list[str]]]:
    return [(o.line, o.reason, [
        f"{c.record.full_title} / {', '.join(str(a.family) for a in c.record.author)}"
        f" / {', '.join(str(a.family) for a in c.record.illustrator)}"
        for c in o.citations]) for o in iter_extract(html, "html")]


# A page of Indigenous picture books (ap4-1fallsview-art-kmb): each card's heading is the
# title, and the byline under it names the author and the illustrator, each with their
# nation in brackets.  The byline gives the heading its makers; it is no work itself.
def test_a_picture_books_byline_with_its_illustrator_and_nations() -> None:
    cards = ('<article class="card">\n'
             '  <h3>Powwow Day</h3>\n'
             '  <p>By Traci Sorell (Cherokee Nation), illustrated by Madelyn Goodnight '
             '(Chickasaw Nation).</p>\n'
             '  <p>Our words: a girl too ill to dance watches from the edge.</p>\n'
             '</article>\n'
             '<article class="card">\n'
             '  <h3>Go Show the World</h3>\n'
             '  <p>By Wab Kinew (Anishinaabe), illustrated by Joe Morse.</p>\n'
             '  <p>Our words: a song about heroes, past and present.</p>\n'
             '</article>\n'
             '<article class="card">\n'
             '  <h3>I Am Not a Number</h3>\n'
             '  <p>By Jenny Kay Dupuis (Nipissing First Nation) and Kathy Kacer, illustrated by '
             'Gillian Newland.</p>\n'
             '</article>\n')
    read = {line: (reason, records) for line, reason, records in _read_html(cards)}
    assert read[2][1] == ["Powwow Day / Sorell / Goodnight"]
    assert read[7][1] == ["Go Show the World / Kinew / Morse"]
    assert read[12][1] == ["I Am Not a Number / Dupuis, Kacer / Newland"]
    assert read[3] == ("credits", []) and read[8] == ("credits", [])
    # a shop's list (aq2-coderhs-books-2020): the role in brackets, a closing full stop
    assert rejection_reason("by Stephen King (Author).") == "credits"
    assert rejection_reason("By Kate Mosse (Orion, 2015)") is None  # an imprint, not a nation


# A seminar's schedule (ar3-sjc-santafe-seminar-readings) and a course's list
# (y1-heritage-reading-list) head their tables with the order the works come in.  "by
# Date" is no author; a title ending in an ordinary "by" word is still a title.
def test_a_heading_that_says_how_its_list_is_ordered() -> None:
    for line in ["Seminar Readings by Date, Santa Fe Campus",
                 "Reading List in Recommended Order by Lecture", "Books by Subject"]:
        assert rejection_reason(line) == "a heading over works, not a work", line
    for line in ["Death by Chocolate", "Murder by Numbers", "Night by Wiesel"]:
        assert rejection_reason(line) is None, line


# A bookshelf of comics (aq4-alleyhustler-goblincat-bookshelf) puts each "<tr>" on a line
# of its own above its cells: the row is reported on the line its words start on, as every
# other block is, not on the tag's line.
def test_a_table_row_is_reported_where_its_words_start() -> None:
    table = ('<table>\n'
             '  <tr><th>Title</th><th>Notes</th></tr>\n'
             '  <tr>\n'
             '    <td><a href="https://www.tappytoon.com/en/series/hershimch">Her Tale of Shim '
             'Chong</a></td>\n'
             '    <td>Among my favourites</td>\n'
             '  </tr>\n'
             '  <tr>\n'
             '    <td>\n'
             '      Qualia the Purple</td>\n'
             '  </tr>\n'
             '</table>\n')
    read = [(line, records) for line, _, records in _read_html(table)]
    assert read == [(2, []), (4, ["Her Tale of Shim Chong /  / "]),
                    (9, ["Qualia the Purple /  / "])]


# A reading page (ag2-quybookrista-reading) wraps each book's card in its link:
# "<a><div>title</div><div>author</div><div>date</div></a>".  Each part is read as a block
# of its own, so the title is read with the author under it, not run together with it and
# the date as one link's words.
def test_a_link_around_a_cards_blocks() -> None:
    card = ('  <a href="/reading/{slug}">\n'
            '    <div class="element-title">\n      {title}\n    </div>\n'
            '    <div class="element-subtitle">\n      {author}\n    </div>\n'
            '    <div class="element-date">\n      22 Feb 2021\n    </div>\n'
            '  </a>\n')
    html = '<div class="grid">\n' + card.format(
        slug="thoi-xa-vang", title="Thời xa vắng", author="Lê Lựu") + card.format(
        slug="di-tron", title="Đi trốn", author="Bình Ca") + '</div>\n'
    read = {line: records for line, _, records in _read_html(html)}
    # (a name in letters only Vietnamese writes is family name first, since the forty-third
    # round; "Bình Ca" has none of them)
    assert read[4] == ["Thời xa vắng / Lê / "] and read[7] == []
    assert read[15] == ["Đi trốn / Ca / "]


# A robotics reading list (as2-benned-h-reading-list) dates each paper by month and year
# under the header "M.Year": the column gives the year.
def test_a_tables_month_and_year_column() -> None:
    table = ("Paper | M.Year | Author(s) | Link\n"
             "--- | --- | --- | ---\n"
             "Asking for Help Using Inverse Semantics | 2014 | S. Tellex, et al. | "
             "[[pdf]](http://cs.brown.edu/people/stellex/publications/tellex14.pdf)\n"
             "Generalized Grounding Graphs: A Probabilistic Framework for Understanding "
             "Grounded Language | 5.2013 | Thomas Kollar, et al. | [[pdf]](http://x.org/k.pdf)\n")
    records = [c.record for o in iter_extract(table, "markdown") for c in o.citations]
    assert [(r.full_title, r.issued.year if r.issued else None) for r in records] == [
        ("Asking for Help Using Inverse Semantics", 2014),
        ("Generalized Grounding Graphs: A Probabilistic Framework for Understanding Grounded "
         "Language", 2013)]


# A machine-learning reading group (as2-stima-ml-reading-group) sets each paper's authors
# on the line under its title; a library's newsletter (as3-mercerlibrary-staff-picks-
# newsletter) and a history list (aq3-historyaccess-reading-suggestions) say who chose
# the picks.  Neither line is a work; a title before its authors still is one.
def test_a_line_of_authors_alone_and_who_chose_the_picks() -> None:
    assert rejection_reason(
        "Samuel K. Ainsworth, Jonathan Hayase, Siddhartha Srinivasa") == PEOPLE
    assert rejection_reason("Patrick Kidger, James Morrill, James Foster, Terry Lyons") == PEOPLE
    for line in ["Concrete Mathematics. Ronald Graham, Donald Knuth, Oren Patashnik.",
                 "Guns, Germs, and Steel", "Paris, London, New York"]:
        assert rejection_reason(line) is None, line
    for line in ["Recommended by Teri", "Compiled by Bob Frost, 2010"]:
        assert rejection_reason(line) == "credits", line
    assert rejection_reason("Chosen by God") is None
