"""Forms read in the twenty-fifth round: the year before a kind of work, quoted titles
after a verb of reading, a show's topic before its guest, a book before its writer's
"author", blurbs that open on their title, choices in run-on lists.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the lines around them are our own words.
"""
from biblio import iter_extract, parse_citation
from biblio.extract.inline import find_mentions
from reading_helpers import works_by_line


def _mentions(sentence: str) -> list[tuple[str | None, list[str | None], int | None]]:
    return [(m.record.full_title, [n.family for n in m.record.author], m.record.year)
            for m in find_mentions(sentence)]


# The West Wing Weekly's feed (ad1-west-wing-weekly-feed, the show's own page of episodes): a
# film named after its year and its kind, and an episode titled by the film alone.
def test_the_year_before_the_kind_of_work_is_the_works_year() -> None:
    assert _mentions("This week we take on the 1998 film Bulworth, its rapping senator and "
                     "a young Josh Malina.") == [("Bulworth", [], 1998)]
    # a biography feed's "author of the 2019 bestselling book The Mosquito: …"
    assert _mentions("Timothy C. Winegard is the author of the 2019 bestselling book The "
                     "Mosquito: A Human History of Our Deadliest Predator.") == [
        ("The Mosquito: A Human History of Our Deadliest Predator", ["Winegard"], 2019)]


_FILM_SHOW_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>A show about one television series</title>
    <item>
      <title>Bulworth</title>
      <description><![CDATA[<p>This week we take on the 1998 film Bulworth, its rapping \
senator and a young Josh Malina.</p>]]></description>
    </item>
  </channel>
</rss>
"""


def test_an_episode_titled_by_a_work_its_notes_name_is_that_work() -> None:
    works = works_by_line(_FILM_SHOW_FEED, "feed")
    assert works == {6: [("Bulworth", [])], 7: [("Bulworth", [])]}


# A book club's blog post (t2-tobereadpile-december-book-club, thetobereadpile.blogspot.com):
# quoted titles after a verb of reading, with no other word saying they are books.
def test_a_quoted_title_after_a_verb_of_reading_is_a_work() -> None:
    assert _mentions('Before any of that I need to finish "A Thousand Splendid Suns".') == [
        ("A Thousand Splendid Suns", [], None)]
    assert _mentions('All good picks, and I was glad the club went with "Water for '
                     'Elephants". I mean to read it again.') == [("Water for Elephants", [], None)]
    # a quotation is still no title
    assert _mentions('She finished with "we will see what happens next."') == []


# Future Hindsight's episodes (ae4-future-hindsight-feed, the show's directory pages): a
# segment's name, then its guest.
def test_a_shows_topic_before_its_guest_is_no_author_and_title() -> None:
    assert not parse_citation("Superpower Showdown: Jane Perlez").is_citation
    stefan = parse_citation("Stefan Zweig: The World of Yesterday")
    assert stefan.is_citation and stefan.record.title == "The World of Yesterday"


# CBC's Q feed (ae4-cbc-q-feed, a real feed kept in a feed reader's test data): a headline
# names the book, then "author", then its writer.
def test_a_book_before_author_and_a_name_is_that_writers_book() -> None:
    assert _mentions("Eat Pray Love author Elizabeth Gilbert on what neglecting your "
                     "creative side costs.") == [("Eat Pray Love", ["Gilbert"], None)]
    assert _mentions("Child Soldier author Michel Chikwanine, a children's TV star, and a "
                     "rock singer") == [("Child Soldier", ["Chikwanine"], None)]
    # the words before "author" describe the writer, not a work
    assert _mentions("Acclaimed Canadian author Margaret Atwood joins us.") == []
    assert _mentions("Pulitzer Prize-winning author Jane Smiley joins us.") == []


# A book giveaway page (h-stefaniruper-books, stefaniruper.com): a title alone, then its
# blurb that opens on it; the blurb names the work too.
_GIVEAWAY = """Infinite Jest

Infinite Jest is a "gargantuan, mind-altering" novel. It asks how we live and what our
entertainment does to us.
"""


def test_a_blurb_that_opens_on_its_title_names_that_work() -> None:
    assert works_by_line(_GIVEAWAY) == {1: [("Infinite Jest", [])], 3: [("Infinite Jest", [])]}


# A teachers' reading list (ae3-stemjobs-teacher-reading-list, edu.stemjobs.com): a
# countdown's numbered title over a blurb that names other books in passing.
_COUNTDOWN = """2. Reading Lolita in Tehran

Azar Nafisi's memoir of teaching in Iran has no lesson plans in it. Each week a few of her \
students met at her home to read novels, such as “Pride and Prejudice,” “Madame Bovary,” \
and “Lolita”, which the regime had banned.
"""


def test_a_numbered_title_over_a_blurb_naming_other_works_is_read() -> None:
    works = works_by_line(_COUNTDOWN)
    assert works[1] == [("Reading Lolita in Tehran", [])]
    assert [title for title, _ in works[3]] == ["Pride and Prejudice", "Madame Bovary", "Lolita"]


# Future Hindsight's episode notes (ae4-future-hindsight-feed): two books offered as a
# choice, "and/or" between them.
def test_and_or_between_two_entries_parts_them() -> None:
    works = works_by_line("Read To Change China by Jonathan Spence and/or Daughters of the "
                          "Bamboo Grove by Barbara Demick\n")
    assert works == {1: [("Read To Change China", ["Spence"]),
                         ("Daughters of the Bamboo Grove", ["Demick"])]}


# A book club's meeting notes (ae3-crbc-meeting-notes-september-2013, crbc.blogspot.com):
# the day a book will be talked of is not part of its title.
def test_a_weekday_after_a_title_is_not_part_of_it() -> None:
    assert _mentions("We should have the evening at our place to talk about Erik Larson’s "
                     "In the Garden of Beasts on Wednesday, December 4th.") == [
        ("In the Garden of Beasts", ["Larson"], None)]


def test_every_line_of_the_feed_gets_its_outcome() -> None:
    lines = [o.line for o in iter_extract(_FILM_SHOW_FEED, "feed")]
    assert lines == sorted(set(lines)) and {6, 7} <= set(lines)


# A book club's picks (r2-minihays-bookclub-picks, a GitHub Markdown list): two linked
# entries offered as a choice, the joining word in bold; a title holding its author's name.
def test_a_bold_choice_between_two_linked_entries_parts_them() -> None:
    line = ("- **December 2017/January 2018** - [I am Malala](https://www.amazon.com/dp/"
            "B00CH3DBNQ) by Malala Yousafzai **OR** [Half the Sky](https://www.amazon.com/dp/"
            "B002MHOCTO) by Nicholas D. Kristof and Sheryl WuDunn\n")
    assert works_by_line(line, "markdown") == {1: [
        ("I am Malala", ["Yousafzai"]), ("Half the Sky", ["Kristof", "WuDunn"])]}


def test_a_title_ending_on_its_authors_given_name_is_no_idiom() -> None:
    malala = parse_citation("Becoming Malala by Malala Yousafzai")
    assert malala.is_citation and malala.record.title == "Becoming Malala"
    assert not parse_citation("Side by Side").is_citation  # the idiom stays refused


# A self-study curriculum (af3-krisyotam-literature-curriculum, a GitHub Markdown file):
# an author, then several titles each in its own italics.
def test_titles_marked_apart_after_one_author_are_several_works() -> None:
    notes = ("- **Core primary texts**:\n"
             "  - Sophocles: *Oedipus Rex*, *Antigone*, *Electra*\n"
             "  - Homer: *Iliad*, *Odyssey* (Fagles or Lattimore translations)\n")
    works = works_by_line(notes, "markdown")
    assert works[2] == [("Oedipus Rex", ["Sophocles"]), ("Antigone", ["Sophocles"]),
                        ("Electra", ["Sophocles"])]
    assert works[3] == [("Iliad", ["Homer"]), ("Odyssey", ["Homer"])]


# A seminar's reading list (af3-palvaro-cmps232-readings, a GitHub Markdown table): the
# column of works is headed "Paper".
def test_a_paper_column_holds_the_works() -> None:
    table = ("|Day|Theme|Paper|URL|Discussion led by|\n"
             "|---|---|---|---|---|\n"
             "|10/3|Communication|Active Messages|http://www.cs.cmu.edu/x.pdf||\n"
             "|10/31|SHORT TALKS||||\n")
    assert works_by_line(table, "markdown") == {3: [("Active Messages", [])]}


# A class's schedule (af3-micahpaul-equip-english-2018, a GitHub Markdown table): the
# readings' column is headed by what to read, and each cell names the part set for the day.
def test_a_schedules_reading_column_gives_each_cell_as_a_citation() -> None:
    table = ("| Class date | What to read / What to write |\n"
             "| --- | --- |\n"
             "| 10/26/2018 | [*David Copperfield*](http://www.gutenberg.org/ebooks/43111), "
             "Charles Dickens, Ch. 1-15 (Parts I - V) |\n"
             "| 1/4 | [*The Tempest*](http://www.gutenberg.org/ebooks/47518), William "
             "Shakespeare. Act I - Act II |\n"
             "| 3/1 | We do not meet |\n")
    assert works_by_line(table, "markdown") == {3: [("David Copperfield", ["Dickens"])],
                                                4: [("The Tempest", ["Shakespeare"])]}


# A year's book reviews (af2-panthonies-book-reviews, a Jekyll post): its contents link each
# review's place on the page, the title in italics and its author after it.
def test_a_reviews_contents_entry_is_the_work_without_the_anchor() -> None:
    works = works_by_line("* [*The Power* -- Naomi Alderman](#the-power)\n"
                          "* [Introduction](#introduction)\n", "markdown")
    assert works == {1: [("The Power", ["Alderman"])]}
    record = parse_citation("* [*The Power* -- Naomi Alderman](#the-power)").record
    assert record.get("URL") is None  # a place on the page is no address of the work


# A film blog's countdown (af2-kylen-movies-2019-ranked, a Jekyll post): each heading gives
# the place, the film in italics and its score.
def test_a_countdown_heading_is_its_work() -> None:
    notes = ("## The very bottom\n\n### 54: *Dark Phoenix* | Half star\n\n"
             "An empty film, and our own words about it.\n\n### 53: *What Men Want* | ★\n")
    works = works_by_line(notes, "markdown")
    assert works == {3: [("Dark Phoenix", [])], 7: [("What Men Want", [])]}


# A podcast site's episode page (af1-mindfulbit-home-screen, a Jekyll collection): the front
# matter's title over its author is the page's metadata, not a work.
def test_a_front_matter_title_is_no_record() -> None:
    page = ("---\nlayout: episode\ntitle: 'What Lives on the Home Screen'\n"
            "author: [Erik Hess]\n---\n\nThe notes of the episode, in our own words.\n")
    assert works_by_line(page, "markdown") == {}


# A reading group's page (af3-altuser6a-book-club-about): words in bold or italics that open
# in lower case are stress.
def test_emphasis_in_lower_case_is_no_title() -> None:
    assert _mentions("Each time the group reads one book and meets **once a month** on a "
                     "date we agree.") == []


def test_a_linked_image_shows_its_alt_text() -> None:
    # (a blog post's header photo, v2-rwgrier-february-2018: before, the link's brackets
    # stayed in the words and the credit read as a title by "Syd Wachs]")
    photo = parse_citation("[![Photo by Syd Wachs](https://images.unsplash.com/photo-1.jpg)]"
                           "(https://unsplash.com/photos/slItfWbhijc)")
    assert not photo.is_citation
