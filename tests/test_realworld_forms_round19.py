"""Forms read in the nineteenth round.  The works, names and the shape of each line come from
the corpus's sources (named beside each case); the sentences around them are our own."""
import pytest

from biblio import iter_extract
from biblio.extract.inline import find_mentions
from biblio.parse import parse_citation


def _mentions(text: str) -> list[tuple[str | None, list[str]]]:
    return [(p.record.full_title, [n.display() for n in p.record.author])
            for p in find_mentions(text)]


def _records(text: str, form: str) -> list[tuple[int, str | None, list[str], int | None]]:
    return [(o.line, c.record.full_title, [n.display() for n in c.record.author], c.record.year)
            for o in iter_extract(text, form) for c in o.citations]


@pytest.mark.parametrize(("text", "expected"), [
    # p1-historically-thinking-feed.xml: the work a writer argues in
    ("My guest, W. Fitzhugh Brundage, argues in A Fate Worse Than Hell: American Prisoners of "
     "the Civil War that captivity changed how the war was fought.",
     [("A Fate Worse Than Hell: American Prisoners of the Civil War", ["W. Fitzhugh Brundage"])]),
    # n1-bio-podcast-feed.xml: a list after a plural kind, each title keeping its subtitle
    ("This week we talk with Philip Short, a journalist who has written several biographies, "
     "including Mao: A Life and Pol Pot: Anatomy of a Nightmare.",
     [("Mao: A Life", ["Philip Short"]), ("Pol Pot: Anatomy of a Nightmare", ["Philip Short"])]),
    # n1-bio-podcast-feed.xml: the run before a publisher's clause
    ("In Wallace Stegner: Dean of Western Writers, published by Signature Books in February "
     "2025, a columnist follows the novelist's life.",
     [("Wallace Stegner: Dean of Western Writers", [])]),
    # o1-michael-shermer-show-feed.xml: "the national best seller" between "author of" and it
    ("Daniel E. Lieberman teaches at Harvard. He is the author of the national best seller The "
     "Story of the Human Body: Evolution, Health, and Disease. He lives in Cambridge.",
     [("The Story of the Human Body: Evolution, Health, and Disease", ["Daniel E. Lieberman"])]),
    # p1-historically-thinking-feed.xml: "two books:", a remark after the first, "; and" the
    # second; and "He’s" is no owner
    ("My guest is Michael Robinson. He’s the author of two books: The Coldest Crucible: Arctic "
     "Exploration and American Culture, winner of a book award, which follows explorers from "
     "1850 to 1910; and The Lost White Tribe: Scientists, Explorers, and the Theory that "
     "Changed a Continent.",
     [("The Coldest Crucible: Arctic Exploration and American Culture", ["Michael Robinson"]),
      ("The Lost White Tribe: Scientists, Explorers, and the Theory that Changed a Continent",
       ["Michael Robinson"])]),
    ("My guest is Michael Robinson. He’s the author of two books, The Coldest Crucible and The "
     "Lost White Tribe.",
     [("The Coldest Crucible", ["Michael Robinson"]),
      ("The Lost White Tribe", ["Michael Robinson"])]),
    # p1-picturebooking-feed.xml: a kind of book that needs no comma before its title
    ("Today we hear from the people who made the picture book MY PILLOW KEEPS MOVING. It is "
     "about a lonely man.", [("MY PILLOW KEEPS MOVING", [])]),
    # p1-chemistry-world-book-club-feed.xml
    ("You can also read Neil’s review of Uncle Tungsten here.", [("Uncle Tungsten", [])]),
    # q2-3books-chapter-120.md and h-yanss-episodes.txt: "called" after a kind and a remark
    ("Timothy has a brand new graphic memoir out called I Always Think It's Forever about a year "
     "on the road.", [("I Always Think It's Forever", [])]),
    ("Since his last visit he has written a book, now a bestseller, titled Unwinding Anxiety: "
     "New Science Shows How to Break the Cycles of Worry and Fear to Heal Your Mind. It helps.",
     [("Unwinding Anxiety: New Science Shows How to Break the Cycles of Worry and Fear to Heal "
       "Your Mind", [])]),
    # p2-askatknits-unraveled-2017-12-27.html: the books of a year after a colon
    ("I read four books in this series this year: The Cruelest Month, A Rule Against Murder, "
     "The Brutal Telling and Bury Your Dead.",
     [("The Cruelest Month", []), ("A Rule Against Murder", []), ("The Brutal Telling", []),
      ("Bury Your Dead", [])]),
    # s1-book-me-feed.xml: an appositive's kind after five words, its maker "from author"
    ("A short talk about The Lonely Little Lighthouse, a warm and thoughtful new picture book "
     "from author Lana Shupe. We love lighthouses.",
     [("The Lonely Little Lighthouse", ["Lana Shupe"])]),
    # s1-shelf-esteem-feed.xml: "author of the upcoming Title"
    ("I asked Sharan Bala, author of the upcoming The Boat People, into the studio.",
     [("The Boat People", ["Sharan Bala"])]),
    # s1-onscript-feed.xml: "monographs including", a title's "among"
    ("Dr. Novenson has written several monographs including Christ among the Messiahs (Oxford "
     "University Press, 2012) and more.", [("Christ among the Messiahs", ["Novenson"])]),
    # s2-theology-shorts-tunein.txt: two titles, each with a subtitle, joined by "and"
    ("Here I talk with Mark Powell, the author of Centered in God: The Trinity and Christian "
     "Spirituality and Papal Infallibility: A Protestant Evaluation of an Ecumenical Issue.",
     [("Centered in God: The Trinity and Christian Spirituality", ["Mark Powell"]),
      ("Papal Infallibility: A Protestant Evaluation of an Ecumenical Issue", ["Mark Powell"])]),
    # t2-wow-glad-joined-book-club.md: a title's own "is", the run opening after a verb;
    # e1-stacks-357.txt: a prose run before "is" is cut off
    ("Our second book was None of This is True by Lisa Jewell, a suspense thriller.",
     [("None of This is True", ["Lisa Jewell"])]),
    ("The Stacks Book Club pick for February is Lolita by Vladimir Nabokov. We meet soon.",
     [("Lolita", ["Vladimir Nabokov"])]),
    # t2-acbrown-library-book-club.txt: "Books … include" with a capital
    ("Books read over the past few months include The Million Dollar Boy, West Into the Night "
     "and The Havener Sisters.",
     [("The Million Dollar Boy", []), ("West Into the Night", []), ("The Havener Sisters", [])]),
    # t2-marg-book-chat-51.md: a one-word title before "and The …"
    ("Heather Rose is the author of Bruny and The Museum of Modern Love, and lives in Hobart.",
     [("Bruny", ["Heather Rose"]), ("The Museum of Modern Love", ["Heather Rose"])]),
    # t1-pastor-writer-feed.xml: a remark between "his book" and its title
    ("Tom Nelson is here to talk about his book, soon to release, The Flourishing Pastor: "
     "Recovering the Lost Art of Shepherd Leadership.",
     [("The Flourishing Pastor: Recovering the Lost Art of Shepherd Leadership", ["Tom Nelson"])]),
    # o2-rumpus-interviews-p48.txt: the post a sentence opens with is no part of the name
    ("Novelist Bud Smith talks about his novel F-250 and the jobs he has held.",
     [("F-250", ["Bud Smith"])]),
])
def test_works_named_in_prose(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize("text", [
    # g-gabfest-slate-2009.txt: a columnist argues in a magazine, not in a work
    "Timothy Noah argues in Slate that the senator shaped the country more than his brothers.",
    # a preposition run, not a title
    "Read our review of New York restaurants.",
])
def test_no_work_named(text: str) -> None:
    assert _mentions(text) == []


def test_an_html_table_written_a_cell_a_line_is_read_by_its_header() -> None:
    # s3-devalog-books-read.md: one <td> a line under a header naming the columns
    text = ("Every book I finished.\n\n<table>\n<tr>\n    <th>Book title</th>\n"
            "    <th>Author</th>\n    <th>Year published</th>\n    <th>Date completed</th>\n"
            "  </tr>\n\n   <tr>\n"
            "    <td>State of Wonder</td>\n    <td>Ann Patchett</td>\n    <td>2011</td>\n"
            "    <td>March 2025</td>\n  </tr>\n</table>\n")
    assert _records(text, "markdown") == [(12, "State of Wonder", ["Ann Patchett"], 2011)]
    reasons = {o.line: o.reason for o in iter_extract(text, "markdown")}
    assert reasons[13] == reasons[14] == reasons[15] == "table cell"


def test_an_html_link_inside_markdown_emphasis_is_the_title() -> None:
    # s3-davidklaing-2020.md
    record = parse_citation('Octavia E. Butler, _<a id="butler-wild-seed" class="internal-link" '
                            'href="/butler-wild-seed/">Wild Seed</a>_ (1980)').record
    assert (record.full_title, [n.display() for n in record.author], record.year) == \
        ("Wild Seed", ["Octavia E. Butler"], 1980)


def test_a_course_deadline_is_no_work() -> None:
    # s3-stat159-readings-2025.md
    assert _records("+ **Week 4**: Due *Friday, September 12 at 11:59PM PT*\n", "markdown") == []


@pytest.mark.parametrize("line", ["Show More Show Less",
                                  "[Go back to the main page](../README.md)"])
def test_page_furniture_is_no_work(line: str) -> None:
    # a-eoet-mannequins.html, p2-worldclass-repl-books.md
    assert _records(line + "\n", "markdown") == []


def test_a_definition_list_term_and_its_definition_are_one_entry() -> None:
    # t3-arthichaud-read-list.md: kramdown's "term" over ": definition"
    text = "## 2025\n\n0. The Picture of Dorian Gray\n: Oscar Wilde, 1890\n"
    assert _records(text, "markdown") == [(3, "The Picture of Dorian Gray", ["Oscar Wilde"], 1890)]
    continued = [o.continues for o in iter_extract(text, "markdown") if o.line == 4]
    assert [c.line for c in continued if c is not None] == [3]


def test_a_remark_in_a_bracket_never_closed_is_cut_off() -> None:
    # t3-emergingentropy-inspirations.txt: the page's links gone, their brackets left open
    record = parse_citation("Jane Jacobs: The Death and Life of Great American Cities (  A "
                            "fierce case against the received wisdom of city planning.").record
    assert (record.full_title, [n.display() for n in record.author]) == \
        ("The Death and Life of Great American Cities", ["Jane Jacobs"])


@pytest.mark.parametrize("line", [
    # t3-markos-books-2020.md: a reading log's links to its other years
    "* [Books I read in 2019]({filename}/books-i-read-in-2019.md)",
    # s2-theology-shorts-tunein.txt: an episode's number and guest before the topic
    "022 Douglas Foster - Alexander Campbell",
])
def test_no_entry_in_a_log_link_or_a_numbered_guest(line: str) -> None:
    assert _records(line + "\n", "markdown") == []
