"""Forms read in the thirty-fourth round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract
from biblio.extract.html_blocks import CARD_PART_READ
from biblio.parse import parse_citation
from biblio.parse.rejection import PLACEHOLDER


# A thesis reading list (ao2-felixmcfelix-thesis-to-read): a paper's address at the ACM
# library, then its title in sentence case.  The DOI vouches for the work, so the rest is
# its title; a remark before the DOI, or a sentence after it, is still no title.
def test_a_sentence_case_title_after_its_doi() -> None:
    for line, title in [
            ("* https://dl.acm.org/doi/10.1145/3341302.3342221 -- Neural packet classification",
             "Neural packet classification"),
            ("* https://dl.acm.org/doi/10.1145/3386367.3433030 -- MPCC: online learning "
             "multipath transport", "MPCC: online learning multipath transport")]:
        record = parse_citation(line).record
        assert record is not None and record.doi and record.full_title == title, line
    for line in ["DOI and publisher page (paywalled): doi.org/10.1177/1354066101007004004",
                 "https://doi.org/10.1145/3341302.3342221 Read this first. It is short."]:
        record = parse_citation(line).record
        assert record is not None and record.doi and record.title is None, line


def _read_html(html: str) -> list[tuple[int, str | None, list[str]]]:
    return [(o.line, o.reason, [f"{c.record.full_title} / "
                                f"{', '.join(str(a.family) for a in c.record.author)}"
                                for c in o.citations]) for o in iter_extract(html, "html")]


# Two bookshelf pages (aq4-abshirnoor-bookshelf, ak2-alanwarner-books) and a contest's
# winners (u1-storyshares-contest-winners): the page's own class names mark a card's title,
# subtitle and author.  The title is read with them, and their lines are accounted for as
# read with it; "post-title" heads a page's post, not a work.
def test_a_cards_title_and_author_named_by_the_pages_classes() -> None:
    shelf = ('<div class="book-item">\n'
             '  <h2 class="book-title">ESSENTIALISM</h2>\n'
             '  <div class="book-info">\n'
             '    <span class="book-author">Greg McKeown</span>\n'
             '    <span class="book-subtitle">The Disciplined Pursuit of Less</span>\n'
             '  </div>\n'
             '  <p>Our own note on why we keep it near.</p>\n'
             '</div>\n')
    assert _read_html(shelf)[:3] == [
        (2, None, ["ESSENTIALISM: The Disciplined Pursuit of Less / McKeown"]),
        (4, CARD_PART_READ, []), (5, CARD_PART_READ, [])]
    assert _read_html(shelf)[3][0] == 7 and _read_html(shelf)[3][2] == []
    contest = ('<h3 class="story-title">When Karen Met Osama</h3>\n'
               '<p class="story-author">Wasilah Morenikeji Oyekan</p>\n'
               '<h3 class="story-title">The Trading Card Queen</h3>\n'
               '<p class="story-author">Sandra Morris</p>\n')
    assert [r for _, _, r in _read_html(contest)] == [
        ["When Karen Met Osama / Oyekan"], [], ["The Trading Card Queen / Morris"], []]
    # a reading tracker (ar4-1-ankit-1-moon-reading-tracker) writes "by" in the author's element
    tracker = ('<div class="book-info">\n  <h3 class="book-title">1984</h3>\n'
               '  <p class="book-author">by George Orwell</p>\n</div>\n')
    assert [r for _, _, r in _read_html(tracker)] == [["1984 / Orwell"], []]
    novels = ('<div class="book book__listing">\n  <h2 class="book-list__title text-light">'
              '<a href="movern.html">MOVERN CALLAR</a></h2>\n</div>\n'
              '<h3 class="post-title">Books I finished</h3>\n')
    assert [r for _, _, r in _read_html(novels)] == [["MOVERN CALLAR / "], []]


# A novelist's site (ap4-19sylas76-19sylas76-github-io): cards still holding the template's
# words are no works.
def test_a_templates_placeholder_title_is_no_work() -> None:
    for line in ["Standalone Book Title", "Title of Book Two", "Lorem ipsum dolor sit amet"]:
        assert parse_citation(line).reason == PLACEHOLDER, line
    page = ('<div class="book-card"><h3 class="book-title">A God is Born</h3></div>\n'
            '<div class="book-card"><h3 class="book-title">Title of Book Two</h3></div>\n')
    assert [r for _, _, r in _read_html(page)] == [["A God is Born / "], []]


# A course's mathematics reading list (ar2-vyaus-cambridge-maths): a Markdown table whose
# delimiter row has one hyphen a cell, as GitHub allows, and no pipes at the ends.
def test_a_table_whose_delimiter_row_has_one_hyphen_a_cell() -> None:
    table = ("No|Book|Writer|Press|Year\n-:|-|:-|:-|-\n"
             "1|How to Solve It|George Polya|Penguin|1990\n"
             "3|How to Think like a Mathematician|Kevin Houston|Cambridge|2009\n")
    read = [[(c.record.full_title, c.record.author[0].family, c.record.issued.year
              if c.record.issued else None) for c in o.citations]
            for o in iter_extract(table, "markdown")]
    assert read == [[], [], [("How to Solve It", "Polya", 1990)],
                    [("How to Think like a Mathematician", "Houston", 2009)]]
