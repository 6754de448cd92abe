"""Forms read in the thirty-sixth round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract
from biblio.parse import parse_citation
from biblio.parse.rejection import rejection_reason


def _records(text: str, format: str) -> dict[int, list[str]]:
    return {o.line: [f"{c.record.full_title} / {', '.join(str(a.family) for a in c.record.author)}"
                     f" / {c.record.year} / {c.record.container_title}" for c in o.citations]
            for o in iter_extract(text, format)}  # type: ignore[arg-type]


# A reading list laid out as cards (ag2-radiodeprogramming-readings): each card's heading is
# the title and the meta line under it gives the author and the year, parted by a middle
# dot.  The meta line is no work of its own.
def test_a_cards_meta_line_gives_its_heading_author_and_year() -> None:
    cards = ('<div class="item">\n'
             '  <h3 id="a">Radio Space and Industrial Time</h3>\n'
             '  <span class="item-meta">\n'
             '    Jody Berland · 1990\n'
             '  </span>\n'
             '</div>\n'
             '<p>Our words: how the format cut broadcast sound into even pieces.</p>\n'
             '<div class="item">\n'
             '  <h3 id="b">Violent Circuits, Contentious Voices: Caribbean Radio Histories</h3>\n'
             '  <span class="item-meta">\n'
             '    Alejandra Bronfman · 2014\n'
             '    <a href="https://example.org/review" class="item-link">↗</a>\n'
             '  </span>\n'
             '</div>\n')
    read = _records(cards, "html")
    assert read[2] == ["Radio Space and Industrial Time / Berland / 1990 / None"]
    assert read[9] == ["Violent Circuits, Contentious Voices: Caribbean Radio Histories"
                       " / Bronfman / 2014 / None"]
    assert read[4] == [] and read[11] == []


# A course's readings (z2-eng3090-readings): under its heading, a linked title with its
# open-access badge, and under it "Names · Venue, Year".  Alone the meta line looked like a
# book titled with the people's names.
def test_a_meta_line_with_its_venue_under_a_linked_title() -> None:
    weeks = ('<h1>Course Readings</h1>\n'
             '<div class="reading">\n'
             '  <div class="title"><a href="https://journals.plos.org/ploscompbiol/article?id=10.'
             '1371/journal.pcbi.0030077">Ten Simple Rules for Making Good Oral Presentations</a> '
             '<span class="oa">Open</span></div>\n'
             '  <div class="cite">Philip E. Bourne · <i>PLOS Computational Biology</i>, 2007'
             '</div>\n'
             '  <p class="why">Our words: ten plain rules for giving a better talk.</p>\n'
             '</div>\n'
             '<div class="reading">\n'
             '  <div class="title"><a href="https://www.pewresearch.org/short-reads/2023/05/08/x/">'
             'When Surveying Small Populations, Some Approaches Are More Inclusive</a> '
             '<span class="oa">Open</span></div>\n'
             '  <div class="cite">Andrew Mercer &amp; Arnold Lau · Pew Research Center, 2023'
             '</div>\n'
             '</div>\n')
    read = _records(weeks, "html")
    assert read[3] == ["Ten Simple Rules for Making Good Oral Presentations / Bourne / 2007"
                       " / PLOS Computational Biology"]
    assert read[8] == ["When Surveying Small Populations, Some Approaches Are More Inclusive"
                       " / Mercer, Lau / 2023 / Pew Research Center"]
    assert read[4] == [] and read[9] == []


# A school's reading list (aq3-baidu-grade10-reading-list) heads its terms "Tenth Grade, First
# Term"; an awards archive (u3-awardsarchive-2005) ends a title with ", First Modern".  An
# ordinal is no one's name; a number may be a surname (Doug Seven).
def test_an_ordinal_is_no_persons_name() -> None:
    assert not parse_citation("Tenth Grade, First Term").is_citation
    golden = parse_citation("The Golden Spruce: A True Story of Myth, Madness and Greed of "
                            "John the Painter, First Modern")
    assert not (golden.is_citation and golden.record.author)
    seven = parse_citation("Doug Seven, Knightmare: A DevOps Cautionary Tale")
    assert [a.family for a in seven.record.author] == ["Seven"]


# A year's books (aq2-kyscg-books-2020) wraps an item after the author: "The Iliad by Homer,"
# then "translated by Robert Fagles" on a line of its own, which is a credit, not a book
# titled "translated".
def test_a_translators_line_alone_is_a_credit() -> None:
    assert rejection_reason("translated by Robert Fagles") == "credits"
    assert rejection_reason("Translated by Edith Grossman") == "credits"
    assert rejection_reason("Translated by the Author, Poems (1931)") is None


# A year in books (at2-luisgc-books-2019) gives its figures in bold: "**7,878 pages**",
# "**138 pages**".  A count is no title; a title that is a number still is one.
def test_a_count_in_bold_is_no_title() -> None:
    log = ("## 2019 by the numbers\n\n"
           "* **57 books** and **7,878 pages** read, 114% of the 50-book goal I set for 2019\n"
           "* Books averaged **138 pages**\n")
    assert all(o.citations == [] for o in iter_extract(log, "markdown"))
    assert parse_citation("*2666* by Roberto Bolaño").record.title == "2666"
    assert parse_citation("Orwell, *1984* (1949)").record.title == "1984"


# A film podcast's list of episodes (at4-atown-movies-episodes) names each film with the
# show's own label for an episode aired again: "Dunkirk (A-Town Rerelease)".  The label is
# the episode's, not the film's title.
def test_a_rerun_label_in_brackets_is_no_part_of_the_title() -> None:
    for line, title in [
            ("[Dunkirk (A-Town Rerelease)](/episodes/2017/08/03/atownfm-004.html)", "Dunkirk"),
            ("[Avengers: Infinity War (A-Town Rerelease)](/episodes/2018/05/06/atownfm-013.html)",
             "Avengers: Infinity War")]:
        assert parse_citation(line).record.full_title == title
    # a reader's own bracket stays: "(Director's Cut)" is the edition's
    assert parse_citation("[Blade Runner (Director's Cut)](/films/blade-runner)"
                          ).record.full_title == "Blade Runner (Director's Cut)"
