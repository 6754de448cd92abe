"""Forms read in the sixteenth round: an author-date bracket after a title, "(Surname,
Year)", as syllabi and engineering reading lists cite books and papers."""
import pytest

from biblio import iter_extract, parse_citation
from reading_helpers import line_records


def _read(line: str) -> tuple[str | None, list[str | None], int | None, str | None]:
    """Title, authors' family names, year and publisher of a line's reading."""
    parsed = parse_citation(line)
    assert parsed.is_citation, parsed.reason
    record = parsed.record
    return record.full_title, [n.family for n in record.author], record.year, record.publisher


# monikazapisekstudio/meta-space, an agile coach's "Reference bibliography (public books)":
# each book as "Title (Surname, Year) — a note on what it is used for"
@pytest.mark.parametrize(("line", "title", "families", "year"), [
    ("Lean Startup (Ries, 2011) — build-measure-learn", "Lean Startup", ["Ries"], 2011),
    ("Lean Analytics (Croll & Yoskovitz, 2013) — OMTM, stages", "Lean Analytics",
     ["Croll", "Yoskovitz"], 2013),
    ("Radical Focus (Wodtke, 2016) — OKRs", "Radical Focus", ["Wodtke"], 2016),
    ("Crucial Conversations (Patterson et al., 2002/2021) — difficult conversations",
     "Crucial Conversations", ["Patterson"], 2002),
    ("Specification by Example (Adzic, 2009) — BDD/ATDD", "Specification by Example",
     ["Adzic"], 2009),
    ("Switch (Heath & Heath, 2010) — change narrative, rider/elephant/path", "Switch",
     ["Heath", "Heath"], 2010),
    ("The Phoenix Project (Kim et al., 2013) — DevOps/flow", "The Phoenix Project", ["Kim"], 2013),
])
def test_a_surname_and_year_in_brackets_name_the_author(
        line: str, title: str, families: list[str], year: int) -> None:
    assert _read(line) == (title, families, year, None)


# Mark Santolucito's COMS3997 course page ("New Directions in Computing: Neurosymbolic AI",
# a course site kept on GitHub): readings as
# links whose words end in the authors' surnames and the year
@pytest.mark.parametrize(("line", "title", "families"), [
    ("- [On the Measure of Intelligence (Chollet, 2019)](https://arxiv.org/abs/1911.01547)",
     "On the Measure of Intelligence", ["Chollet"]),
    ("- Thinking, Fast and Slow (Kahneman, 2011) - selected excerpts on System 1 and System 2",
     "Thinking, Fast and Slow", ["Kahneman"]),
    ("- [Thinking Fast and Slow in AI (Booch, Rossi, et al., 2020)]"
     "(https://arxiv.org/abs/2010.06002)", "Thinking Fast and Slow in AI", ["Booch", "Rossi"]),
    # the surnames in brackets say the colon belongs to the title
    ("- [Neurosymbolic AI: The 3rd Wave (Garcez & Lamb, 2020)](https://arxiv.org/abs/2012.05876)",
     "Neurosymbolic AI: The 3rd Wave", ["Garcez", "Lamb"]),
])
def test_a_syllabus_reading_with_its_authors_in_brackets(
        line: str, title: str, families: list[str]) -> None:
    assert _read(line)[:2] == (title, families)


def test_commas_in_the_title_before_an_author_date_bracket() -> None:
    # a form the fifteenth round left: the commas had made "Gödel" and "Escher" authors
    assert _read("Gödel, Escher, Bach (Hofstadter, 1979)") == (
        "Gödel, Escher, Bach", ["Hofstadter"], 1979, None)


@pytest.mark.parametrize(("line", "publisher"), [
    # New Books Network's episode heading: the author before the title, so the bracket
    # holds the imprint
    ('Will Thomas, "Lethal Pursuit" (Minotaur, 2019)', "Minotaur"),
    # imprints the lexicon knows stay imprints when no author is named
    ("The Selfish Gene (Pantheon, 1976)", "Pantheon"),
    ("Crime and Punishment (Faber & Faber, 2010)", "Faber & Faber"),
])
def test_an_imprint_in_brackets_stays_the_publisher(line: str, publisher: str) -> None:
    assert _read(line)[3] == publisher


@pytest.mark.parametrize("line", [
    "Some Title (Spring 1998)",  # a journal's season
    "The Atlantic Piece (Vogue, 2019)",  # a magazine
])
def test_no_author_from_a_season_or_a_magazine(line: str) -> None:
    assert parse_citation(line).record.author == []


def test_a_person_after_a_dated_bracket_is_no_note() -> None:
    # Hobsbawm's "Age of" books in a reading list, the span covered in brackets
    record = parse_citation("The Age of Revolution (1789 - 1848) - Eric Hobsbawm").record
    assert [n.family for n in record.author] == ["Hobsbawm"]


def test_the_reference_list_extracts_whole() -> None:
    notes = ("### Reference bibliography (public books)\n\n"
             "- Lean Startup (Ries, 2011) — build-measure-learn\n"
             "- The Mom Test (Fitzpatrick, 2013) — customer interview question design\n"
             "- Leading Change (Kotter, 1996) — 8-step change model\n\n"
             "**Rule:** never load a full PDF into context.\n")
    got = [(o.line, c.record.full_title, [n.family for n in c.record.author])
           for o in iter_extract(notes, "markdown") for c in o.citations]
    assert got == [(3, "Lean Startup", ["Ries"]), (4, "The Mom Test", ["Fitzpatrick"]),
                   (5, "Leading Change", ["Kotter"])]


# A shop's product line, as web shops' demo pages and reading lists copy it from the shop
# (public repositories found through code search: storefront clones and a book-finder's
# tests): the binding and the shop's stars are no part of the entry
@pytest.mark.parametrize(("line", "title", "date"), [
    ("Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones Hardcover – "
     "October 16, 2018",
     "Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones", [2018, 10, 16]),
    ("Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones Hardcover – "
     "Oct. 16 2018",
     "Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones", [2018, 10, 16]),
    ("Tinkers Paperback – January 1, 2009", "Tinkers", [2009, 1, 1]),
    ("PHP Solutions: Dynamic Web Design Made Easy Paperback – January 1, 2010",
     "PHP Solutions: Dynamic Web Design Made Easy", [2010, 1, 1]),
    ("Philosophy in a New Key: A Study in the Symbolism of Reason, Rite and Art Mass Market "
     "Paperback – January 1, 1954",
     "Philosophy in a New Key: A Study in the Symbolism of Reason, Rite and Art", [1954, 1, 1]),
])
def test_a_shop_product_line(line: str, title: str, date: list[int]) -> None:
    record = parse_citation(line).record
    assert record.full_title == title
    assert record.author == []  # ("Atomic Habits", "PHP Solutions": no people)
    assert record.issued is not None and record.issued.parts == [date]


def test_a_shop_line_with_its_author_and_stars() -> None:
    record = parse_citation(
        "Children's Book Illustration: Step by Step Techniques, a Unique Guide from the Masters "
        "Paperback – January 1, 1998 by Jill Bossert (Author) 4.0 4.0 out of 5 stars (17)").record
    assert record.full_title == ("Children's Book Illustration: Step by Step Techniques, a "
                                 "Unique Guide from the Masters")
    assert [(n.given, n.family) for n in record.author] == [("Jill", "Bossert")]
    assert record.year == 1998


def test_two_common_words_before_a_colon_are_no_person() -> None:
    # "Atomic Habits" and "PHP Solutions" had been read as authors; a person whose given
    # name no list knows still is one
    assert parse_citation("PHP Solutions: Dynamic Web Design Made Easy (2010)").record.author == []
    assert [n.family for n in parse_citation("Cal Newport: Deep Work").record.author] == [
        "Newport"]


def test_a_course_page_texts_heading_opens_its_reading_list() -> None:
    # a Penn English course page: "Texts:" over "Author Title" lines, the italics lost
    notes = ("Texts:\nVoltaire Candide\nAphra Behn Oroonoko\n"
             "Harriet Jacobs Incidents in the Life of a Slave Girl\nGeorge Orwell Animal Farm\n"
             "Ben Okri The Famished Road\n")
    got = line_records(notes, "text")
    assert (3, "Oroonoko", ["Aphra Behn"]) in got
    assert (4, "Incidents in the Life of a Slave Girl", ["Harriet Jacobs"]) in got
    assert (5, "Animal Farm", ["George Orwell"]) in got


def test_a_byline_with_its_translator_and_a_trailing_dash() -> None:
    # Five Books, an interviewer's page: numbered picks, each title over its byline
    notes = ("1\nTomorrow in the Battle Think on Me\n"
             "by Javier Marías, translated by Margaret Jull Costa -\n"
             "2\nHoneymoon\nby Patrick Modiano, translated by Barbara Wright -\n"
             "3\nHurricane Season\nby Fernanda Melchor, translated by Sophie Hughes -\n")
    translated = [(c.record.full_title, c.record.author[0].family, c.record.translator[0].family)
                  for o in iter_extract(notes, "text") for c in o.citations]
    assert translated == [("Tomorrow in the Battle Think on Me", "Marías", "Jull Costa"),
                          ("Honeymoon", "Modiano", "Wright"),
                          ("Hurricane Season", "Melchor", "Hughes")]


@pytest.mark.parametrize("line", [
    "The Best Tudor Historical Fiction, recommended by Alison Weir",
    "Five of the Best Works of Belarusian Literature, recommended by Hanna Komar",
])
def test_who_recommended_a_list_did_not_write_it(line: str) -> None:
    assert not parse_citation(line).record.author


def test_a_title_opening_a_sentence_then_its_writer_by_trade() -> None:
    # a public library's blog pairing podcasts with books (the sentence is ours)
    from biblio.extract.inline import find_mentions
    works = [(p.record.full_title, [n.family for n in p.record.author])
             for p in find_mentions("In The Year of Living Biblically, author A.J. Jacobs "
                                    "keeps every rule he can find for twelve months.")]
    assert works == [("The Year of Living Biblically", ["Jacobs"])]
    assert find_mentions("In New York, author Jane Smith found a flat.") == []


_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Bookworm</title>
<item><title>Elif Batuman: The Idiot</title>
<description><![CDATA[<p>Selin, the heroine of Batuman's first novel, The Idiot, starts
college in 1995.</p>]]></description></item>
<item><title>Gary Groth: Running a Comics House</title>
<description><![CDATA[<p>Gary Groth, who edits a comics publisher, talks about the
form and its history over forty years.</p>]]></description></item>
<item><title>David Giuliano, "The Upending of Wendall Forbes" (Latitude 46, 2025)</title>
<description><![CDATA[<p>A novel about growing old in a small town.</p>]]></description></item>
</channel></rss>
"""


def test_an_episode_title_names_the_work_its_notes_speak_of() -> None:
    # KCRW's Bookworm and New Books in Literature title episodes "Guest: Book" and
    # 'Author, "Title" (Publisher, Year)' (the notes here are ours)
    titles = [(line, title, authors) for line, title, authors in line_records(_FEED, "feed")]
    assert (3, "The Idiot", ["Elif Batuman"]) in titles
    assert (9, "The Upending of Wendall Forbes", ["David Giuliano"]) in titles
    assert not [t for t in titles if t[0] == 6]  # a topic the notes never name again


def test_the_notes_name_the_titles_work_again() -> None:
    # KCRW's Bookworm: the title names the guest and the book, the notes speak of the book
    # by its title (the sentences are ours)
    feed = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Bookworm</title>
<item><title>Zachary Mason: Void Star</title>
<description><![CDATA[<p>Zachary Mason says Void Star is no cyberpunk novel.</p>
<p>Lowly matters too, he adds.</p>]]></description></item>
<item><title>Alan Felsenthal: Lowly</title>
<description><![CDATA[<p>A first book of poems, Lowly looks to the visionary.</p>]]>
</description></item>
</channel></rss>
"""
    got = line_records(feed, "feed")
    assert got == [(3, "Void Star", ["Zachary Mason"]), (4, "Void Star", ["Zachary Mason"]),
                   (6, "Lowly", ["Alan Felsenthal"]), (7, "Lowly", [])]


def test_a_later_sentence_names_a_listed_work_again() -> None:
    # The Book Case's notes list the book, then speak of it by its title (sentences ours)
    notes = ("- Bel Canto by Ann Patchett\n- The Dutch House by Ann Patchett\n\n"
             "Patchett arrived with a bang when Bel Canto came out twenty-three years ago, "
             "and she has kept going since.\n")
    assert line_records(notes, "markdown")[2:] == [(4, "Bel Canto", ["Ann Patchett"])]


def test_a_listed_life_of_someone_does_not_make_every_mention_a_work() -> None:
    # Cal Newport's monthly reading: a biography titled with its subject's name
    notes = ("0:49 Steven Spielberg by Joseph McBride\n"
             "First up this month was a long biography of Steven Spielberg that I enjoyed.\n")
    assert [line for line, _, _ in line_records(notes, "text")] == [1]


@pytest.mark.parametrize(("sentence", "title", "people"), [
    # the Civil War Podcast's episode pages close on the host's pick
    ("Our book recommendation for this episode is “A Soldier to the Las: Major General Joseph "
     "Wheeler in Blue and Gray” by Edward G Longacre",
     "A Soldier to the Las: Major General Joseph Wheeler in Blue and Gray", ["Longacre"]),
    ("Our book recommendation for this episode is “Jefferson Davis’s Generals” edited by "
     "Gabor Boritt", "Jefferson Davis’s Generals", ["Boritt"]),
])
def test_the_hosts_pick_after_is(sentence: str, title: str, people: list[str]) -> None:
    from biblio.extract.inline import find_mentions
    (found,) = find_mentions(sentence)
    record = found.record
    assert record.full_title == title
    assert [n.family for n in record.author + record.editor] == people


# ivanmaeder/books, a programmer's list of books read: each a link to its notes, then the
# authors and the year
@pytest.mark.parametrize(("line", "title", "families", "year"), [
    ("[Rapid Development](./management/rapid-development.md). Steve McConnell (1996)",
     "Rapid Development", ["McConnell"], 1996),
    ("[Agile Coaching](./agile/agile-coaching.md). Liz Sedley, Rachel Davies (2009)",
     "Agile Coaching", ["Sedley", "Davies"], 2009),
    ("[Test-Driven Development by Example](./programming/test-driven-development-by-example.md)"
     ". Kent Beck (2000)", "Test-Driven Development by Example", ["Beck"], 2000),
])
def test_a_linked_title_then_its_authors_and_year(
        line: str, title: str, families: list[str], year: int) -> None:
    assert _read(line)[:3] == (title, families, year)


def test_a_link_that_is_the_whole_entry_keeps_its_by() -> None:
    assert _read("[Stand by Me by Stephen King](https://example.org/stand)")[:2] == (
        "Stand by Me", ["King"])


def test_a_title_with_a_subtitle_is_no_organisation() -> None:
    # the Biographers International podcast's notes (the sentence is ours): "Television"
    # had made the whole title an organisation's name, which no title may be
    from biblio.extract.inline import find_mentions
    from biblio.parse.names import parse_organisation
    title = "Desi Arnaz: The Man Who Invented Television"
    assert parse_organisation(title) is None
    found = find_mentions(f"{title}, published in June 2025, is the latest book by this "
                          "journalist.")
    assert [p.record.full_title for p in found] == [title]
