"""Forms read in the thirteenth round: co-authors named by surname after a dash, and a
title's parallel parts in prose."""
import pytest

from biblio import iter_extract, parse_citation
from biblio.extract.inline import find_mentions

# github.com/PhasesResearchLab/prl-onboard, course/README.rst: a course's "Resources" list
PRL_RESOURCES = """Resources
=========

The texts below are used and cited throughout the course.

* Effective Computation in Physics - Scopatz and Huff
* Density Functional Theory, A Practical Introduction - Sholl and Steckel
"""


@pytest.mark.parametrize(("line", "title", "families"), [
    ("Effective Computation in Physics - Scopatz and Huff",
     "Effective Computation in Physics", ["Scopatz", "Huff"]),
    # the comma inside the title does not make "Density Functional Theory" a person
    ("Density Functional Theory, A Practical Introduction - Sholl and Steckel",
     "Density Functional Theory, A Practical Introduction", ["Sholl", "Steckel"]),
])
def test_coauthors_by_surname_after_a_dash(line: str, title: str, families: list[str]) -> None:
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.full_title == title
    assert [n.family for n in parsed.record.author] == families
    assert all(n.given is None for n in parsed.record.author)


def test_surnames_alone_are_a_weak_reading_for_a_list_to_take() -> None:
    parsed = parse_citation("Effective Computation in Physics - Scopatz and Huff")
    assert parsed.confidence < 0.5
    records = [c.record for outcome in iter_extract(PRL_RESOURCES, "markdown")
               for c in outcome.citations]
    assert [(r.full_title, [n.family for n in r.author]) for r in records] == [
        ("Effective Computation in Physics", ["Scopatz", "Huff"]),
        ("Density Functional Theory, A Practical Introduction", ["Sholl", "Steckel"]),
    ]


@pytest.mark.parametrize(("line", "title", "author"), [
    # a title's pair of everyday nouns, or a pair of given names, is no list of people
    ("Dostoevsky - Crime and Punishment", "Crime and Punishment", "Dostoevsky"),
    ("Shakespeare - Romeo and Juliet", "Romeo and Juliet", "Shakespeare"),
    ("Fyodor Dostoevsky - Crime and Punishment", "Crime and Punishment", "Dostoevsky"),
    # c-lyceum-to-read.md: a character's "Mr." makes the left side the title, and a known
    # mononym after the dash is the author whatever commas the title holds
    ("- [Jonathan Strange & Mr. Norrell - Susanna Clarke](https://www.librarything.com/work/1060)",
     "Jonathan Strange & Mr. Norrell", "Clarke"),
    ("- [Discourses, Fragments, Handbook - Epictetus](https://www.barnesandnoble.com/w/"
     "discourses-fragments-handbook-epictetus/111652287)", "Discourses, Fragments, Handbook",
     "Epictetus"),
    # the resources post: a verb's -ing form opens a title, not a name
    ("Making Embedded Systems - Elecia White - practical and well-written. Better than most "
     "university courses on the topic.", "Making Embedded Systems", "White"),
])
def test_which_side_of_the_dash_is_the_title(line: str, title: str, author: str) -> None:
    record = parse_citation(line).record
    assert record.full_title == title
    assert [n.family for n in record.author] == [author]


def test_a_list_of_surnames_may_hold_one_common_word() -> None:
    # "Press" is an everyday word, but beside three rare surnames it is one of them
    record = parse_citation("Numerical Recipes - Press, Teukolsky, Vetterling and Flannery").record
    assert record.full_title == "Numerical Recipes"
    assert [n.family for n in record.author] == ["Press", "Teukolsky", "Vetterling", "Flannery"]


def test_a_title_s_parallel_parts_in_prose_stay_together() -> None:
    # h-historyextra-podcastbrowser.txt (thepodcastbrowser.com, History Extra): the book's
    # title has "the …" parts after a comma, and a subtitle after them
    line = ("Interview with Linda Colley about her book The Gun, the Ship and the Pen: Warfare, "
            "Constitutions and the Making of the Modern World. Shows how written constitutions, "
            "hand in hand with war, shaped the modern world.")
    [work] = find_mentions(line)
    assert work.record.full_title == ("The Gun, the Ship and the Pen: Warfare, Constitutions "
                                      "and the Making of the Modern World")
    assert [n.family for n in work.record.author] == ["Colley"]



# A personal site's post "Resources for Engineering and Technology" (2026-02-20, kept in a
# public GitHub repository as a TypeScript data file): each item is one link whose words
# are "Title - Author(s) - what the writer thinks of it".
@pytest.mark.parametrize(("line", "title", "families"), [
    ("The Pragmatic Programmer - Hunt and Thomas - timeless engineering philosophy more than "
     "a technical manual. Re-read it every year.", "The Pragmatic Programmer", ["Hunt", "Thomas"]),
    ("Computer Systems: A Programmer's Perspective - Bryant and O'Hallaron - the best single "
     "book on how computers actually work. Covers memory, caching, linking, concurrency.",
     "Computer Systems: A Programmer's Perspective", ["Bryant", "O'Hallaron"]),
    ("Designing Data-Intensive Applications - Martin Kleppmann - essential reading for "
     "understanding distributed systems. Dense with substance.",
     "Designing Data-Intensive Applications", ["Kleppmann"]),
])
def test_a_lower_case_remark_after_the_second_dash_is_cut(line: str, title: str,
                                                          families: list[str]) -> None:
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.full_title == title
    assert [n.family for n in parsed.record.author] == families


def test_a_line_that_is_one_link_keeps_its_target_and_loses_its_remark() -> None:
    line = ("[Designing Data-Intensive Applications - Martin Kleppmann - essential reading for "
            "understanding distributed systems. Dense with substance.](https://dataintensive.net/)")
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.full_title == "Designing Data-Intensive Applications"
    assert parsed.record.url == "https://dataintensive.net/"
    spans = {sp.field: line[sp.start:sp.end] for sp in parsed.spans}
    assert spans["title"] == "Designing Data-Intensive Applications"
    assert spans["author"] == "Martin Kleppmann"
    assert spans["URL"] == "https://dataintensive.net/"


def test_surnames_alone_in_a_list_outside_a_reading_list_stay_out() -> None:
    # the post's lists mix books with tools and courses under subject headings: a reading
    # by surnames alone is too weak there, a full name is not
    text = ("## Software Engineering and Systems Design\n\n"
            "1. [Designing Data-Intensive Applications - Martin Kleppmann - essential reading "
            "for understanding distributed systems. Dense with substance.]"
            "(https://dataintensive.net/)\n"
            "2. [The Pragmatic Programmer - Hunt and Thomas - timeless engineering philosophy "
            "more than a technical manual. Re-read it every year.]"
            "(https://pragprog.com/titles/tpp20/)\n")
    found = {o.line: [c.record.full_title for c in o.citations]
             for o in iter_extract(text, "markdown")}
    assert found[3] == ["Designing Data-Intensive Applications"]
    assert found[4] == []


def test_coauthors_by_surname_in_brackets_after_the_title() -> None:
    # a post's numbered references, kept in a public GitHub repository (found by the code
    # search's exact-string verb, id 1276607128): a weak reading, for a list to take
    parsed = parse_citation(
        "6. Structure and Interpretation of Computer Programs (Abelson and Sussman)")
    assert parsed.is_citation
    assert parsed.record.full_title == "Structure and Interpretation of Computer Programs"
    assert [n.family for n in parsed.record.author] == ["Abelson", "Sussman"]
    assert parsed.confidence < 0.5
    # a publisher in brackets is no pair of surnames
    assert parse_citation("War and Peace (Penguin Classics)").record.author == []


# igor.io/bookshelf.html: each book a heading over an italic byline, then a blurb and the
# topics it covers (headings, titles and bylines as the page has them; the rest reworded)
BOOKSHELF = """# must read

books worth your time, in no order.

## The Little Schemer

*By Daniel P. Friedman and Matthias Felleisen*

A first step into Lisp, built on thinking recursively.

- Building on top of primitives
- Termination

## Code

*By Charles Petzold*

Hardware from the ground up, with history along the way.

## Gödel, Escher, Bach

*By Douglas Hofstadter*

Formal systems and strange loops.
"""


def test_a_one_word_title_over_its_byline_is_a_work() -> None:
    found = [(c.record.full_title, [n.family for n in c.record.author])
             for o in iter_extract(BOOKSHELF, "markdown") for c in o.citations]
    assert found == [("The Little Schemer", ["Friedman", "Felleisen"]), ("Code", ["Petzold"]),
                     ("Gödel, Escher, Bach", ["Hofstadter"])]


def test_a_mention_keeps_the_catalogue_link_after_its_title() -> None:
    # canonical.org/~kragen/progbooks.html names each book in prose with an isbn.nu link
    # after it (the sentence around it reworded)
    line = ("Martin Gardner's The Annotated Alice <http://isbn.nu/0393048470> explains the "
            "book above at length, the mathematics included.")
    [work] = find_mentions(line)
    assert work.record.full_title == "The Annotated Alice"
    assert work.record.url == "http://isbn.nu/0393048470"
    assert {sp.field: line[sp.start:sp.end] for sp in work.spans}["URL"] == \
        "http://isbn.nu/0393048470"
    # a link to anything but a shop or a catalogue is no part of the work
    [other] = find_mentions("Martin Gardner's The Annotated Alice <http://example.org/notes> "
                            "explains the book above at length.")
    assert other.record.url is None


def test_a_title_s_doubled_space_is_not_kept() -> None:
    # The B&N Podcast's episode list (podcastrepublic.net/podcast/1261123192): the blurb,
    # reworded, keeps the page's two spaces after the subtitle's colon
    line = ("Temple Grandin, author of the bestsellers Thinking in Pictures and Animals in "
            "Translation, came on to talk about her new book Calling All Minds:  How to Think "
            "and Create Like an Inventor, written for children who like to tinker.")
    titles = [w.record.full_title for w in find_mentions(line)]
    assert "Calling All Minds: How to Think and Create Like an Inventor" in titles


@pytest.mark.parametrize(("line", "title", "family"), [
    # readrebelliously.com, "Every Book I Read in 2023 Ranked": the remark runs on after the
    # name, opened by an adverb and its comma (remark reworded)
    ("  3. If He Had Been with Me by Laura Nowlin Honestly, I may have rated it too harshly "
     "because the ending annoyed me so much.", "If He Had Been with Me", "Nowlin"),
    # milopenbrell.com, "Ranking the 20 Books I've Read this Year": a rank and a colon first
    ("20: An Unexpected Grace by Kristin Von Kreisler: a dog story, and I like dog stories, "
     "so I hoped for more than it gave.", "An Unexpected Grace", "Von Kreisler"),
    # krystiwilkinson.com, best books of 2023: "Title, Author | what the reader thought"
    ("You Could Make This Place Beautiful, Maggie Smith | A memoir told in poems, and I keep "
     "thinking about it every week.", "You Could Make This Place Beautiful", "Smith"),
    ("My Monticello, Jocelyn Nicole Johnson | Short stories are not usually my thing, but "
     "these won me over.", "My Monticello", "Johnson"),
])
def test_a_ranked_log_s_entry_before_its_remark(line: str, title: str, family: str) -> None:
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.full_title == title
    assert [n.family for n in parsed.record.author] == [family]


@pytest.mark.parametrize(("line", "title", "editor", "year", "volumes"), [
    # d-bw-montgomery-readings.html (bw.edu, a history course's readings): MLA's multi-volume works,
    # the count of volumes after the title, "et al." after the editor, a span of years
    ("The Cambridge History of Japan. 5 vols. Ed. John Whitney Hall et al. Cambridge: "
     "Cambridge University Press, 1988-1993.", "The Cambridge History of Japan", "Hall", 1988,
     "5"),
    ("The Cambridge History of China. 15 vols. Ed. Dennis Twitchett et al. New York: "
     "Cambridge University Press, 1978-ongoing.", "The Cambridge History of China", "Twitchett",
     1978, "15"),
])
def test_a_multi_volume_work_with_its_editor_first_named(line: str, title: str, editor: str,
                                                         year: int, volumes: str) -> None:
    record = parse_citation(line).record
    assert record.full_title == title
    assert [n.family for n in record.editor] == [editor]
    assert record.author == []
    assert record.year == year
    assert record.publisher == "Cambridge University Press"
    assert str(record.number_of_volumes) == volumes


def test_a_surname_s_possessive_before_an_article_led_title() -> None:
    # f2-wff-lockdown-books.html: a list of picks, one of them "Gogol's The Nose"
    parsed = parse_citation("Gogol's The Nose")
    assert parsed.is_citation
    assert parsed.record.full_title == "The Nose"
    assert [n.family for n in parsed.record.author] == ["Gogol"]
    assert parsed.confidence < 0.5  # a surname alone: for a list to take
    assert not parse_citation("Today's The Day").is_citation  # an everyday word is no author


@pytest.mark.parametrize(("line", "title", "families", "publisher"), [
    # library.surry.edu's Turabian/Chicago guide for history: a book without an author
    ("CIA World Factbook. Washington, DC: Central Intelligence Agency, 2009.",
     "CIA World Factbook", [], "Central Intelligence Agency"),
    ("Child, Julia, Louisette Bertholle, and Simone Beck. Mastering the Art of French Cooking. "
     "New York: Knopf, 1961.", "Mastering the Art of French Cooking",
     ["Child", "Bertholle", "Beck"], "Knopf"),
    # maag.guides.ysu.edu's Chicago guide: a note naming the first of four authors "and others"
    ("3. Andrew Gelman and others, Red State, Blue State, Rich State, Poor State: Why Americans "
     "Vote the Way They Do (Princeton: Princeton University Press, 2008), 12.",
     "Red State, Blue State, Rich State, Poor State: Why Americans Vote the Way They Do",
     ["Gelman"], "Princeton University Press"),
])
def test_chicago_guides_examples(line: str, title: str, families: list[str],
                                 publisher: str) -> None:
    record = parse_citation(line).record
    assert record.full_title == title
    assert [n.family for n in record.author] == families
    assert record.publisher == publisher


def test_apa_notes_in_one_bracket_after_the_book_are_each_a_field() -> None:
    # mum.libguides.com's APA 7th edition guide: an entry in a reference work, its edition
    # and pages in one bracket after the book's title
    record = parse_citation(
        "American Psychological Association. (2010). Crediting sources. In Publication manual "
        "of the American Psychological Association (6th ed, pp. 169-192).").record
    assert record.full_title == "Crediting sources"
    assert record.container_title == "Publication manual of the American Psychological Association"
    assert record.edition == "6"
    assert record.page == "169-192"
    # f2-rreece-mybib.md: the pages alone, as before
    record = parse_citation("Quine, W.V.O. (1969). Natural kinds. In *Ontological Relativity and "
                            "Other Essays* (pp. 114--138). Columbia University Press.").record
    assert record.container_title == "Ontological Relativity and Other Essays"
    assert record.page == "114--138"
    assert record.publisher == "Columbia University Press"


def test_after_a_surname_in_capitals_only_a_given_name_or_initials_are_its_given_names() -> None:
    # d-vishvasa-durant-bibliography.md (Durant's bibliography, set with surnames in
    # capitals): "Roman History" and "Physics" are titles, not given names
    for line in ("APPIAN, Roman History, Loeb Classical Library. 4V.",
                 "ARISTOTLE, Physics, Loeb Library. 2V."):
        record = parse_citation(line).record
        assert all(n.given not in ("Roman History", "Physics") for n in record.author)
    record = parse_citation(
        "BARNES, H. E., History of Western Civilization, N. Y., 1935. 2V").record
    assert (record.author[0].family, record.author[0].given) == ("BARNES", "H. E.")
    record = parse_citation("ANDERSON, W., and SPIERS, R., The Architecture of Greece and Rome, "
                            "London, 1902.").record
    assert [n.family for n in record.author] == ["ANDERSON", "SPIERS"]
    assert record.full_title == "The Architecture of Greece and Rome"


def test_a_title_then_one_surname_after_a_dash() -> None:
    # the resources post above: "Title - Surname - remark"; a title's shape (an article
    # first) before the dash, one rare surname after it, read weakly, for a list to take
    parsed = parse_citation("The Algorithm Design Manual - Skiena - practical algorithms with "
                            "real problems, not just theory. Better than Cormen for most "
                            "engineers.")
    assert parsed.is_citation
    assert parsed.record.full_title == "The Algorithm Design Manual"
    assert [n.family for n in parsed.record.author] == ["Skiena"]
    assert parsed.confidence < 0.5


def test_a_byline_glued_to_the_comma_before_it() -> None:
    # g-gabfest-slate-2021.txt (slate.com, Political Gabfest's notes): ",by Laurel …"
    record = parse_citation("A Midwife’s Tale: The Life of Martha Ballard, Based on Her Diary, "
                            "1785-1812,by Laurel Thatcher Ulrich").record
    assert record.full_title == ("A Midwife’s Tale: The Life of Martha Ballard, Based on Her "
                                 "Diary, 1785-1812")
    assert [n.family for n in record.author] == ["Ulrich"]


def test_step_by_step_in_title_case_is_no_byline() -> None:
    # f2-krishna2-books-read.md: "Step By Step" is an idiom in a title, whatever its case
    record = parse_citation("35. Bjorgvin Benediktsson, James Wasem: Step By Step Mixing").record
    assert record.full_title is not None and record.full_title.endswith("Step By Step Mixing")
    assert "Mixing" not in [n.family for n in record.author]


@pytest.mark.parametrize(("line", "title", "family", "year"), [
    # g-jolly-swagman-links.txt: a link roundup, each quoted title followed by what it is;
    # the title's own words in sentence case do not make the line a paragraph of prose
    ("7. '2022 was filled with progress and optimistic news', a recent Warp News article by "
     "Mathias Sundin.", "2022 was filled with progress and optimistic news", "Sundin", None),
    # and the maker's possessive before what the work is
    ("6. 'I, Pencil: My Family Tree', Leonard E. Read's classic 1958 short story.",
     "I, Pencil: My Family Tree", "Read", 1958),
])
def test_a_quoted_title_and_what_the_roundup_says_it_is(line: str, title: str, family: str,
                                                        year: int | None) -> None:
    record = parse_citation(line).record
    assert record.full_title == title
    assert [n.family for n in record.author] == [family]
    assert record.year == year


def test_a_ranked_heading_over_a_readers_score_names_a_work() -> None:
    # f2-hercampus-first-ten-books.html: each book a numbered heading, then its score
    html = ("<h3>1. The Goldfinch</h3>\n<p>Rating: 7/10</p>\n"
            "<p>Long, but worth the 800-odd pages if you stay with it.</p>\n"
            "<h3>2. The School for Good Mothers</h3>\n<p>Rating: 8/10</p>\n")
    found = [(o.line, [c.record.full_title for c in o.citations])
             for o in iter_extract(html, "html") if o.citations]
    assert found == [(1, ["The Goldfinch"]), (4, ["The School for Good Mothers"])]
    # without a score under it, a numbered heading stays a section's
    plain = "<h3>1. Getting Started</h3>\n<p>Install the tools first.</p>\n"
    assert not any(o.citations for o in iter_extract(plain, "html"))
