"""Forms read in the twenty-first round: works named by their title alone, over or before
their review.

The titles, names and markup come from the training documents of slice V and earlier
slices (each test names its source); the reviews around them are our own words.
"""
from biblio import iter_extract, parse_citation


def _titles(text: str, form: str = "text") -> dict[int, list[str]]:
    """Each line's titles, by its line."""
    return {o.line: [c.record.full_title or "" for c in o.citations]
            for o in iter_extract(text, form)  # type: ignore[arg-type]
            if o.citations}


# A personal blog's three favourite books of a year (v1-ashwin-favorites-2021,
# https://www.ashwin.online/blog/favorites-books-of-2021): each paragraph opens with the title
# and a colon, then the review.
_FAVOURITES = """The Books I Loved Most in 2021

Here are the 3 best books I read this past year.

Deep Work: Everything pulls at our attention these days, and it is hard to stay with one \
task for long. Learning to shut the noise out changed my year, which is why Deep Work meant \
so much to me.

Geese are Never Swans: A basketball star was my hero as a kid, and this short book digs \
into how he and other athletes think; Geese are Never Swans made me want to train again.

How to Avoid a Climate Disaster: A catchy title and a famous author made it an easy pick, \
and the book walks through what would have to change in energy, farming and industry.
"""


def test_a_title_and_its_review_on_one_line() -> None:
    titles = _titles(_FAVOURITES)
    assert titles == {5: ["Deep Work"], 7: ["Geese are Never Swans"],
                      9: ["How to Avoid a Climate Disaster"]}


# The last review names no title again: only a page already read as a list of reviews
# vouches for it.
def test_a_review_that_names_no_title_needs_the_page_to_vouch() -> None:
    alone = _FAVOURITES.split("\n\n")[-1]
    assert _titles(alone) == {}


# A countdown list (v1-stimtheline-top-ten-2018,
# https://stimtheline.com/2018/11/28/top-10-books-ive-read-this-year/): numbered items, a
# title, a colon and the review.
_COUNTDOWN = """So, here are this year's favourites.

  1. A Man Called Ove: Grief kept turning up in what I read this year, and A Man Called Ove \
met it with warmth and with jokes about a grumpy widower.
  2. The Song of Achilles: If you met the Greek myths at school you know how this ends, \
and the story will still break your heart at the close.
"""


def test_numbered_titles_with_their_reviews() -> None:
    assert _titles(_COUNTDOWN) == {3: ["A Man Called Ove"], 4: ["The Song of Achilles"]}


# The dash form, its title holding a colon of its own (p2-worldclass-repl-books): the title
# runs to the dash, not to its colon.
_DASHED = """## Learning

- [Make It Stick: The Science of Successful Learning](https://www.goodreads.com/book/show/\
18770267-make-it-stick) - _"Most of us learn the hard way and call it effort; the research \
says otherwise, and Make It Stick explains what works instead."_
"""


def test_a_dash_ends_the_title_before_its_own_colon() -> None:
    assert _titles(_DASHED, "markdown") == {
        3: ["Make It Stick: The Science of Successful Learning"]}


# A Markdown reading list of reference links (v2-smaug123-reading-list,
# https://github.com/Smaug123/static-site-pipeline/…/reading-list/index.md): "[Title] - review".
_REFERENCES = """# Things you should read
*   [Three Men in a Boat] - the funniest book I know, and it only gets better after the \
first pages; I was asked to stop reading it on trains.
*   [Jonathan Strange & Mr Norrell], by Susanna Clarke. Funny, whimsical and menacing by \
turns, and hard to put down.
*   [LessWrong] - a forum where people argue about reasoning, and where I spent far too \
many evenings last winter.
"""


def test_a_referenced_title_before_a_review_of_a_book() -> None:
    titles = _titles(_REFERENCES, "markdown")
    assert titles[2] == ["Three Men in a Boat"]
    assert titles[3] == ["Jonathan Strange & Mr Norrell"]  # without the reference's brackets
    assert 4 not in titles  # a site, reviewed without a word for a book


# A countdown whose entries are titles alone (v1-billiamthenerd-top-ten-2020,
# https://www.billiamthenerd.com/2021/01/my-top-ten-books-of-2020.html).
_NUMBERED_ALONE = """9. Red, White & Royal Blue

This was a hit YA book last year about the president's son and a prince, and it is as \
sweet and funny as everyone promised.
"""


def test_a_numbered_title_alone_over_a_review_of_a_book() -> None:
    assert _titles(_NUMBERED_ALONE) == {1: ["Red, White & Royal Blue"]}


# A college blog's top ten (v3-gutenberg-tims-top-ten-novels,
# http://blog.gutenberg.edu/2012/tims-top-ten-novels/): the entry in bold, its review after.
_BOLD_ENTRY = """<p><strong>10. Of Human Bondage, Somerset Maugham (1915).</strong> Limping beside \
Philip Carey through <em>Bondage</em> teaches patience with every setback he meets.</p>
"""


def test_a_review_opening_with_its_entry_gives_that_entry() -> None:
    outcome = next(o for o in iter_extract(_BOLD_ENTRY, "html") if o.citations)
    record = outcome.citations[0].record
    assert (record.title, record.author[0].family, record.issued.year if record.issued else None) \
        == ("Of Human Bondage", "Maugham", 1915)


# Speakers' turns in a podcast's notes (g-gabfest-slate-2020): a name, a colon and what they
# said, which names the speaker again, is no title.
def test_a_speaker_turn_is_no_titled_review() -> None:
    text = ("Jamelle: Jamelle argued that a film still looks better from a disc than from any "
            "streaming service he has tried.\n")
    assert _titles(text) == {}


# A machine-learning podcast's links (w3-practicalai-28-resources, Practical AI's notes in
# https://github.com/thechangelog/show-notes): courses and meetups, each a link, are no works.
_COURSES = """#### Courses

- [Google Machine Learning Crash Course with TensorFlow APIs](https://developers.google.com/machine-learning/crash-course)
- [NVIDIA Deep Learning Institute](https://www.nvidia.com/en-us/deep-learning-ai/education)

#### Meetups

[Atlanta Deep Learning Meetup](http://atlantadeeplearning.org)
"""


def test_courses_and_meetups_are_no_works() -> None:
    outcomes = list(iter_extract(_COURSES, "markdown"))
    assert not any(o.citations for o in outcomes)
    assert {o.reason for o in outcomes if o.line in (3, 8)} \
        == {"software, a course or an event, not a work"}
    # (an institute by its name is refused as one, since the twenty-eighth round)
    assert next(o for o in outcomes if o.line == 4).reason == "an institution, not a work"


# A plain-text to-read file (w1-billkracke-to-read,
# https://github.com/BillKracke/reading-log/…/to-read.txt): headings underlined.
_UNDERLINED = """SCIENCE / MATH
==============
How Not to Be Wrong+ BY Jordan Ellenberg
"""


def test_an_underlined_line_is_a_heading() -> None:
    outcomes = {o.line: o for o in iter_extract(_UNDERLINED, "text")}
    assert outcomes[1].reason == "section heading" and not outcomes[1].citations
    assert outcomes[3].citations[0].record.author[0].family == "Ellenberg"


def test_a_sentence_over_a_rule_is_no_heading() -> None:
    outcomes = {o.line: o for o in iter_extract(
        "Collecting resources is a way of putting things off.\n"
        "-----------------------------------------------------\n", "text")}
    assert outcomes[1].reason != "section heading"


# A podcast's "Books!" list (w3-jsparty-73-books, JS Party's notes in
# https://github.com/thechangelog/show-notes): one link an item, a remark around it.
_LINKED = """#### Books!

- Malcom Gladwell's [Outliers](https://www.amazon.com/Outliers-Story-Success-Malcolm-Gladwell/dp/0316017922)
- [The Mythical Man-Month](https://en.wikipedia.org/wiki/The_Mythical_Man-Month) is a classic
- As is [The Pragmatic Programmer](https://en.wikipedia.org/wiki/The_Pragmatic_Programmer)
"""


def test_a_reading_list_item_whose_one_link_is_the_work() -> None:
    records = {o.line: o.citations[0].record for o in iter_extract(_LINKED, "markdown")
               if o.citations}
    assert records[3].title == "Outliers" and records[3].author[0].family == "Gladwell"
    assert records[4].title == "The Mythical Man-Month"
    assert records[4].get("URL") == "https://en.wikipedia.org/wiki/The_Mythical_Man-Month"
    assert records[5].title == "The Pragmatic Programmer"


def test_a_possessive_before_a_marked_title_is_no_part_of_the_surname() -> None:
    record = parse_citation("Donald Knuth's [Literate Programming](http://example.com/lp)").record
    assert (record.title, record.author[0].family) == ("Literate Programming", "Knuth")


# A reading log of "shelf, score, title, author" lines (w1-pozulp-books-read,
# https://github.com/pozulp/mike/…/reading/books.txt).
def test_a_score_opening_a_log_line_is_the_reader_s() -> None:
    record = parse_citation("N, 4/5, The Amber Spyglass, Philip Pullman").record
    assert (record.title, record.author[0].family) == ("The Amber Spyglass", "Pullman")


# A film podcast's feed (t1-weekly-movie-throwdown-feed): films named after the year they
# came out.
def test_a_work_named_after_its_year() -> None:
    text = ("<p>Mike and Steven open Gridiron Month with 1993’s The Program. Directed by a "
            "veteran of sports comedies, it follows a college team through one season.</p>\n"
            "<p>We count down 2019's Best Books of the year in our next episode.</p>\n")
    outcomes = list(iter_extract(text, "html"))
    assert [c.record.title for c in outcomes[0].citations] == ["The Program"]
    assert not outcomes[1].citations
