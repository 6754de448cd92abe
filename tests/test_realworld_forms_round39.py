"""Forms read in the thirty-ninth round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
import pytest

from biblio import iter_extract, parse_citation


def _titles(text: str, format: str) -> dict[int, list[str]]:
    return {o.line: [str(c.record.full_title) for c in o.citations]
            for o in iter_extract(text, format)}  # type: ignore[arg-type]


def _authors(line: str) -> list[str]:
    return [str(n.family) for n in parse_citation(line).record.author]


# A seminar's schedule copied from a table (ar3-sjc-santafe-seminar-readings): each
# reading is a modern author's family name, a colon and the work, and the table's cell
# border stays at the line's end.
@pytest.mark.parametrize(("line", "author", "title"), [
    ("Cervantes: Don Quixote |", "Cervantes", "Don Quixote"),
    ("Tolstoy: War and Peace |", "Tolstoy", "War and Peace"),
    ("Hegel: Phenomenology of Spirit |", "Hegel", "Phenomenology of Spirit"),
    ("Hobbes: Leviathan |", "Hobbes", "Leviathan"),
    ("Descartes: Meditations |", "Descartes", "Meditations"),
])
def test_a_modern_author_by_family_name_then_the_work(line: str, author: str,
                                                      title: str) -> None:
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.full_title == title
    assert _authors(line) == [author]


# A canon list (av2-nintails-history-reading) sets each author in bold with the years
# they lived; the modern ones are known by family name as the ancients are.
def test_a_canon_author_with_years_before_the_dash() -> None:
    line = ("- **Locke** (1632–1704) — Two Treatises of Government. The state is there "
            "to keep its people's lives and goods safe.")
    read = _titles(line + "\n", "markdown")
    assert read[1] == ["Two Treatises of Government"]
    assert _authors(line[2:]) == ["Locke"]


# A family name before a possessive is a book about the writer (e2-jaker-cpt917-reading):
# the whole is the title, as before; "Homer's Odyssey" keeps its author.
def test_a_book_about_a_modern_writer_keeps_its_title() -> None:
    assert not parse_citation("Marx's Ethical Vision").record.author
    read = _titles("## Readings\n\n10. Marx's Ethical Vision\n", "markdown")
    assert read[3] == ["Marx's Ethical Vision"]
    assert _authors("Homer's Odyssey") == ["Homer"]


# A reading log of shelves under plain headings (w1-billkracke-to-read): after shelves of
# "Title BY Author" lines, a series' shelf lists its books by title alone.
_SHELVES = """CREATIVITY / WRITING
====================
Steal Like an Artist+ BY Austin Kleon
Show Your Work+ BY Austin Kleon
War of Art+ BY Stephen Pressfield
Die Empty+ BY Todd Henry

SCIENCE / MATH
==============
How Not to Be Wrong+ BY Jordan Ellenberg
Being Logical+ BY DQ McInerny

THE EXPANSE
===========
Abaddon's Gate BY James SA Corey
Cibola Burn% BY James SA Corey
Nemesis Games% BY James SA Corey

JACK REACHER
============
Tripwire%
Running Blind / The Visitor%
Echo Burning%
Without Fail%
Persuader%
The Enemy%
One Shot%
"""


def test_bare_titles_under_a_plain_heading_of_a_page_of_works() -> None:
    read = _titles(_SHELVES, "text")
    assert read[21] == ["Tripwire"]
    assert read[26] == ["The Enemy"]
    assert all(read[line] for line in range(21, 28))


# The same run of bare lines opening a page, with no works before it, is no list.
def test_bare_lines_on_a_page_without_works_stay_unread() -> None:
    page = _SHELVES[_SHELVES.index("JACK REACHER"):]
    read = _titles(page, "text")
    assert not any(read.get(line) for line in range(3, 10))


# A bookshelf kept as an HTML table whose cells stand on lines of their own
# (aw4-pzulawski-bookshelf): each row is reported on its title's line.
_SHELF_TABLE = """<table>
<thead>
<tr class="header">
<th>Author</th>
<th>Title</th>
<th>Date Finished</th>
</tr>
</thead>
<tbody>
<tr class="odd">
<td>Malcolm Gladwell</td>
<td>Revenge of the Tipping Point</td>
<td>Ongoing</td>
</tr>
<tr class="even">
<td>Mikhail Bulgakov</td>
<td>The Master and Margarita</td>
<td>November 2024</td>
</tr>
</tbody>
</table>
"""


def test_a_table_row_is_reported_on_its_titles_line() -> None:
    works = {o.line: o.citations for o in iter_extract(_SHELF_TABLE, "html") if o.citations}
    assert sorted(works) == [12, 17]
    assert works[12][0].record.full_title == "Revenge of the Tipping Point"
    assert [str(n.family) for n in works[17][0].record.author] == ["Bulgakov"]


# A reading list that sets each book as a heading with its author in italics on a line
# of its own (aw2-kallangerard-reading-list); its podcasts are listed one to an item.
_PICKS = """### Books

- ### The Lean Startup

  _Eric Ries_

  A method for building something new: guess, test cheaply, listen, repeat.

- ### The Toyota Way

  _Jeffrey K. Liker_

  The principles behind the practices, explained at length.

- ### The Goal

  _Eliyahu M. Goldratt_

### Podcasts

- DevOps and Docker Talk
- Django Chat
"""


def test_an_emphasised_name_under_a_title_is_its_author() -> None:
    works = {o.line: o.citations for o in iter_extract(_PICKS, "markdown")}
    assert [str(n.family) for n in works[3][0].record.author] == ["Ries"]
    assert [str(n.family) for n in works[9][0].record.author] == ["Liker"]
    assert [str(n.family) for n in works[15][0].record.author] == ["Goldratt"]
    assert not works[5] and not works[11] and not works[17]


def test_the_next_item_of_a_list_is_no_byline() -> None:
    works = {o.line: o.citations for o in iter_extract(_PICKS, "markdown")}
    assert all(not c.record.author for c in works[22])


# A note-taking app's book list tags each line (aw2-jacobuns-work-brain-resources).
@pytest.mark.parametrize(("line", "title", "authors"), [
    ("Running Lean - Ash Maurya #Delivery", "Running Lean", ["Maurya"]),
    ("Lean UX - Jeff Gothelf & Josh Seiden #Product #UX #JeffGothelf #JoshSeiden", "Lean UX",
     ["Gothelf", "Seiden"]),
])
def test_hashtags_closing_a_line_are_tags(line: str, title: str, authors: list[str]) -> None:
    parsed = parse_citation(line)
    assert parsed.record.full_title == title
    assert _authors(line) == authors


# A Chinese bookshelf page (ax4-jiafeng-bookshelf) sets each title in its marks, alone or
# with a remark after it; the marks name a work as surely as quotes, under any heading.
_SHELF_PAGE = """<h2>2024 {Preview}</h2>
<p>Whichever of these I pick up first, they&rsquo;re all on the short list.</p>
<p>《The Manager&rsquo;s Path》</p>
<p>《Shape Up》</p>
<p>《原则》 汇集了 <strong>瑞·达利欧</strong> -Ray Dalio 的思考与心得，他是桥水基金的创办人</p>
"""


def test_a_title_in_its_marks_is_a_work_anywhere() -> None:
    read = _titles(_SHELF_PAGE, "html")
    assert read[3] == ["The Manager’s Path"]
    assert read[4] == ["Shape Up"]
    assert read[5] == ["原则"]
    assert read[1] == [] and read[2] == []


# Prose that sets titles in italics (ax2-tomaugspurger-books-2024,
# aw2-kallangerard-reading-list): a title in italics inside a sentence names a work,
# with no cue word around it.
@pytest.mark.parametrize(("text", "title"), [
    ("*The Goblin Emperor* supplies the world; a different lead carries these",
     "The Goblin Emperor"),
    ("  The source that _The Phoenix Project_ drew on becomes obvious within a few chapters. "
     "Parts of it show their age, yet it remains very rewarding.", "The Phoenix Project"),
])
def test_a_title_in_italics_inside_a_sentence(text: str, title: str) -> None:
    assert _titles(text + "\n", "markdown")[1] == [title]


# Italics that are no title: stress on a word, a name, a sentence set in italics, a
# journal with its volume (am2-ajthurston-io-psych-reading), the show itself
# (ag1-the-experiment-feed, i-1865-feed).
@pytest.mark.parametrize("text", [
    "We all agreed that the ending was *really* the best part of the whole thing.",
    "Our guest this week is *Jane Smith*, who has been reading since she was four.",
    "Playing Anita made Moreno the first Latina winner. *Originally broadcast in 2021.*",
    "In this *Inside the Episode* extra, the producer talks with the show's creators.",
    "Lefkowitz, J. (2021). Forms of ethical dilemmas. _Industrial and Organizational "
    "Psychology_, 14(3), 297-319.",
])
def test_italics_that_name_no_work(text: str) -> None:
    assert not any(c.form == "italics-in-sentence" for o in iter_extract(text + "\n", "markdown")
                   for c in o.citations)


# A feed that sets its own name in italics in every item's notes (ag1-the-experiment-feed).
_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>The Experiment</title>
<item>
<title>Our Last Episode</title>
<description>&lt;p&gt;&lt;em&gt;The Experiment&lt;/em&gt; is wrapping up.
Looking back on it all.&lt;/p&gt;</description>
</item>
</channel></rss>
"""


def test_the_feeds_own_name_in_italics_is_no_work() -> None:
    outcomes = list(iter_extract(_FEED, "feed"))
    assert any(o.line == 6 for o in outcomes)
    assert not any(o.citations for o in outcomes)


# A paper or a magazine a writer has written for is no work (aq1-meet-the-writers-audible);
# the book the sentence goes on to name is.
def test_the_papers_a_writer_wrote_for_are_no_works() -> None:
    line = ("An award-winning journalist, Shabi has written for ‘The Times’, ‘The Guardian’ and "
            "plenty more, and her reporting led to ‘Off White: The Truth About Antisemitism’.")
    assert _titles(line + "\n", "text")[1] == ["Off White: The Truth About Antisemitism"]


# HTML pasted into Markdown keeps its entities (ax2-sungheeyun-books): each title stands over
# "&mdash; Author", which a Markdown page shows as a dash before the name.
_PASTED = """<h2 id="listening-or-reading">In my ears or on my desk now</h2>

<ul>
<li>
	Heidegger in 90 Minutes
	&mdash; Paul Strathern
</li>
<li>
	To Have or to Be?
	&mdash; Erich Fromm
</li>
<li>
	The Art of Being
	&mdash; Erich Fromm
</li>
</ul>
"""


def test_a_byline_after_an_entity_dash() -> None:
    works = {o.line: o.citations for o in iter_extract(_PASTED, "markdown") if o.citations}
    assert {line: [(c.record.full_title, [str(n.family) for n in c.record.author])
                   for c in found] for line, found in works.items()} == {
        5: [("Heidegger in 90 Minutes", ["Strathern"])],
        9: [("To Have or to Be?", ["Fromm"])],
        13: [("The Art of Being", ["Fromm"])],
    }


# A host's greeting is no entry (ay1-design2share-feed): "I'm" opens no name.
def test_a_greeting_names_no_author() -> None:
    assert not parse_citation("Hi, I'm Irwin.").is_citation


# A course site's menu set in a theme's navbar, not a <nav> (aw4-ee260-readings): its links
# are the site's own pages, no works.
_NAVBAR = """<div class="navbar navbar-expand-lg fixed-top navbar-light bg-light">
  <div class="container">
    <a class="navbar-brand" href="/EE260/index.html"> EE260-Fall23 </a>
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link" href="/EE260/prerequisites/">Prerequisites</a></li>
      <li class="nav-item"><a class="nav-link" href="/EE260/modules/">Modules</a></li>
      <li class="nav-item"><a class="nav-link" href="/EE260/readings/">Readings</a></li>
      <li class="nav-item"><a class="nav-link" href="/EE260/schedule/">Schedule</a></li>
    </ul>
  </div>
</div>
"""


def test_a_themes_navbar_is_the_sites_menu() -> None:
    outcomes = list(iter_extract(_NAVBAR, "html"))
    assert outcomes and not any(o.citations for o in outcomes)
