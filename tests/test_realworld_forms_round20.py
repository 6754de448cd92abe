"""Forms read in the twentieth round: entries stacked or wrapped over several lines.

The entries keep the facts, order, punctuation and markup of the training documents of
slice U they come from (each test names its source); the prose around them is our own.
"""
from typing import Any

import pytest

from biblio import iter_extract, parse_citation
from reading_helpers import line_records


def _csl(text: str, form: str) -> dict[int, dict[str, Any]]:
    """Each line's one record, as CSL-JSON, by its line."""
    records: dict[int, dict[str, Any]] = {}
    for outcome in iter_extract(text, form):  # type: ignore[arg-type]
        for citation in outcome.citations:
            assert outcome.line not in records
            records[outcome.line] = citation.record.to_csl()
    return records


def _reasons(text: str, form: str) -> dict[int, str | None]:
    return {o.line: o.reason for o in iter_extract(text, form)}  # type: ignore[arg-type]


def _continued(text: str, form: str) -> dict[int, int]:
    """The lines that go on from another line's entry, with that line."""
    return {o.line: o.continues.line for o in iter_extract(text, form)  # type: ignore[arg-type]
            if o.continues is not None}


# National Book Awards finalists as a magazine listed them (u1-ew-nba-finalists-2018,
# https://ew.com/books/2018/10/10/national-book-awards-2018-finalists/): the author and the
# title in bold, the imprint alone on the line under them.
_FINALISTS = """<h2>FICTION</h2>

<p><strong>Jamel Brinkley, <em>A Lucky Man</em></strong><br>
Graywolf Press</p>

<p><strong>Lauren Groff, <em>Florida</em></strong><br>
Riverhead Books / Penguin Random House</p>
"""


def test_a_publisher_alone_under_its_entry_is_its_imprint() -> None:
    records = _csl(_FINALISTS, "html")
    assert sorted(records) == [3, 6]
    assert (records[3]["title"], records[3]["publisher"]) == ("A Lucky Man", "Graywolf Press")
    assert records[6]["publisher"] == "Riverhead Books / Penguin Random House"
    assert records[6]["author"] == [{"family": "Groff", "given": "Lauren"}]
    assert _continued(_FINALISTS, "html") == {4: 3, 7: 6}


# A blog's copy of the Carnegie Medal short list (u1-oldcoot-carnegie-2010,
# https://theoldcoot.blogspot.com/2009/03/…): the imprint line carries the age range too.
_SHORT_LIST = """<div class="post-body">
This year's short list follows.<br />
<i>Chains</i>, by Laurie Halse Anderson<br />
Bloomsbury (Age range 11+)<br />
<i>The Graveyard Book</i>, by Neil Gaiman<br />
Bloomsbury (Age range 9+)<br />
</div>
"""


def test_an_imprint_line_with_a_remark_in_brackets() -> None:
    records = _csl(_SHORT_LIST, "html")
    assert [(r["title"], r["publisher"]) for _, r in sorted(records.items())] == [
        ("Chains", "Bloomsbury"), ("The Graveyard Book", "Bloomsbury")]


def test_a_list_item_under_an_item_is_no_imprint() -> None:
    # a reading plan's topics (s3-cameronstanley-2019): the second item names a kind of
    # book, not the first one's publisher
    text = "What I hope to read:\n\n* The Bible\n* Technical and Management Books\n"
    assert all("publisher" not in r for r in _csl(text, "markdown").values())
    assert _continued(text, "markdown") == {}


# A bookshop's staff selections (u3-prairielights-staff-selections,
# https://prairielights.com/staff-selections): each title over its author's name alone.
_SELECTIONS = """Staff Selections


How to Do Nothing
Jenny Odell

Our bookseller found this a timely look at attention and rest.


Everybody's Fool
Richard Russo

A warm and funny return to a small town in upstate New York.
"""


def test_titles_over_bare_names_are_pairs_in_a_list_of_them() -> None:
    assert line_records(_SELECTIONS) == [
        (4, "How to Do Nothing", ["Jenny Odell"]), (10, "Everybody's Fool", ["Richard Russo"])]


def test_a_heading_over_a_name_alone_is_no_pair() -> None:
    # a podcast page's "Watching" list (a-ftfp-360): a show under the heading, not an
    # author of a work called "Watching"
    text = ("<h3>Watching</h3>\n<ul>\n<li><p>Abbott Elementary</p></li>\n"
            "<li><p>The Story of Late Night</p></li>\n</ul>\n"
            "<h3>Reading</h3>\n<ul>\n<li><p>Wolf Hall</p></li>\n"
            "<li><p>Hilary Mantel</p></li>\n</ul>\n")
    assert all(title != "Watching" for _, title, _ in line_records(text, "html"))


# A chemistry toolkit's BIBLIOGRAPHY file (u2-chemkit-bibliography,
# https://github.com/kylelutz/chemkit/blob/3eb7f0a/BIBLIOGRAPHY), wrapped with a hanging indent.
_BIBLIOGRAPHY = """Randic, Milan, "On Characterization of Molecular Branching." Journal of the
    American Chemical Society, 1975. 97(23): 6609-6615.

Cordella et al., "A (Sub)Graph Isomorphism Algorithm for Matching Large
    Graphs." IEEE Transactions on Pattern Analysis and Machine Intelligence,
    2005. 26(10): 1367-1372
"""


def test_a_reference_wrapped_with_a_hanging_indent_is_one_entry() -> None:
    records = _csl(_BIBLIOGRAPHY, "text")
    assert sorted(records) == [1, 4]
    randic = records[1]
    assert (randic["title"], randic["container-title"], randic["volume"], randic["issue"],
            randic["page"], randic["issued"]) == (
        "On Characterization of Molecular Branching", "Journal of the American Chemical Society",
        "97", "23", "6609-6615", {"date-parts": [[1975]]})
    cordella = records[4]
    assert cordella["title"] == "A (Sub)Graph Isomorphism Algorithm for Matching Large Graphs"
    assert cordella["author"][0]["family"] == "Cordella"
    assert cordella["issued"] == {"date-parts": [[2005]]}
    assert _continued(_BIBLIOGRAPHY, "text") == {2: 1, 5: 4, 6: 4}


def test_a_work_stands_on_the_line_where_its_title_starts() -> None:
    # a reference label alone over its indented entry, as RFCs and some lists write them;
    # the entry is Bradner's, from RFC 2119 itself
    text = ('   [RFC2119]\n'
            '              Bradner, S., "Key words for use in RFCs to Indicate\n'
            '              Requirement Levels", BCP 14, RFC 2119, March 1997.\n')
    records = _csl(text, "text")
    assert list(records) == [2]
    assert records[2]["title"] == "Key words for use in RFCs to Indicate Requirement Levels"
    assert _continued(text, "text") == {3: 2}
    # (the label over it cannot go on from a later line: the report is built in order)
    assert _reasons(text, "text")[1] == "goes on to the work on line 2"


@pytest.mark.parametrize("lines", [
    # an episode list's date under each title (g-subject-to-change-audible): short lines
    "  • Kaldellis on Byzantium - part 2\n    May 2 2024\n",
    # a transcript's timestamps, one sentence a line (a-newport-november-2021)
    "00:00:13.760 | It works if you keep some time for books each week,\n"
    "00:00:18.720 | and then push on once the end of one is in sight,\n",
    # a page rebuilt as text, a paragraph a line
    "Maggie O'Farrell wrote Hamnet, a novel about the son Shakespeare lost, which won prizes "
    "and readers in equal number (and a film),\nThe Marriage Portrait came after it.\n",
])
def test_lines_that_are_not_wrapped_stay_apart(lines: str) -> None:
    assert _continued(lines, "text") == {}


@pytest.mark.parametrize(("line", "title", "families"), [
    # ggnfs doc/references.txt (u2-ggnfs-references): TeX quotes, a chapter of entry [1]
    ("[2] Pollard, J., ``Factoring with cubic integers''. in [1].",
     "Factoring with cubic integers", ["Pollard"]),
    # chemkit BIBLIOGRAPHY: "et al." and no comma before the quoted title
    ('Jorgensen et al. "Development and Testing of the OPLS All-Atom Force Field on '
     'Conformational Energetics and Properties of Organic Liquids." Jounal of the American '
     'Chemical Society, 1996. 118: 11225-11236.',
     "Development and Testing of the OPLS All-Atom Force Field on Conformational Energetics "
     "and Properties of Organic Liquids", ["Jorgensen"]),
])
def test_quoted_titles_in_plain_text_references(line: str, title: str,
                                                families: list[str]) -> None:
    record = parse_citation(line).record
    assert (record.full_title, [n.family for n in record.author]) == (title, families)


@pytest.mark.parametrize(("line", "title", "families", "venue", "year", "kind"), [
    # a systems seminar's reading list (u2-diku-systems-reading,
    # https://github.com/dmslab/diku-systems-seminar/blob/323ed7b/reading-list.txt)
    ("Michael Stonebraker, Greg Kemnitz: The Postgres Next Generation Database Management "
     "System. CACM 34(10): 78-92 (1991)",
     "The Postgres Next Generation Database Management System", ["Stonebraker", "Kemnitz"],
     "CACM", 1991, "article-journal"),
    ("Hong-Tai Chou, David J. DeWitt: An Evaluation of Buffer Management Strategies for "
     "Relational Database Systems. VLDB 1985: 127-141",
     "An Evaluation of Buffer Management Strategies for Relational Database Systems",
     ["Chou", "DeWitt"], "VLDB", 1985, "paper-conference"),
    ("H. T. Kung, John T. Robinson: On Optimistic Methods for Concurrency Control. "
     "TODS 6(2): 213-226(1981)",
     "On Optimistic Methods for Concurrency Control", ["Kung", "Robinson"], "TODS", 1981,
     "article-journal"),
])
def test_dblp_entries(line: str, title: str, families: list[str], venue: str, year: int,
                      kind: str) -> None:
    record = parse_citation(line).record
    assert (record.full_title, [n.family for n in record.author], record.get("container-title"),
            record.year, record.type) == (title, families, venue, year, kind)


def test_a_year_in_brackets_closing_a_bibliography_entry_is_its_date() -> None:
    # the Origin Story notes' Deutscher entry (examples/), with its name inverted as
    # bibliographies write it: the bracket is the book's year, not part of its title
    record = parse_citation("Deutscher, Isaac. The Prophet Armed: Trotsky, 1879-1921 (1954)").record
    assert (record.full_title, [n.family for n in record.author], record.year) == (
        "The Prophet Armed: Trotsky, 1879-1921", ["Deutscher"], 1954)


def test_each_line_of_an_html_paragraph_broken_over_lines_is_accounted_for() -> None:
    # a site's title set over two lines of its page (h-gilbertstack-history-science), and a
    # paragraph of our own naming Mantel's last novel on its second line: every line has an
    # outcome, and the work stands on the line where its title does
    page = ('<div class="site-title">\n<span>The Imaginary Realms of</span>\n'
            '<span>Gilbert M. Stack</span>\n</div>\n'
            "<p>This week we talk about the close of a long trilogy.\n"
            "Hilary Mantel finished it with The Mirror &amp; the Light, her last novel,\n"
            "and we argue over whether it needed all those pages.</p>\n")
    lines = {o.line for o in iter_extract(page, "html")}
    assert lines == {2, 3, 5, 6, 7}
    assert line_records(page, "html") == [(6, "The Mirror & the Light", ["Hilary Mantel"])]
    assert _continued(page, "html") == {3: 2, 7: 6}
    assert _reasons(page, "html")[5] == "goes on to the work on line 6"


@pytest.mark.parametrize("line", [
    # LibraryReads picks as a public library's blog reposts them (u1-meadpl-libraryreads-2026-01)
    "—Carol Ann Tack, Merrick Library, NY",
    "—Jo Hic, Phillips Public Library, WI",
])
def test_a_librarians_signature_with_the_library_and_its_state_is_no_work(line: str) -> None:
    parsed = parse_citation(line)
    assert not parsed.is_citation and parsed.reason == "who wrote the pick"
