"""Forms read in the eighteenth round.  The works, names and the shape of each line come from
the corpus's sources (named beside each case); the sentences around them are our own."""
import pytest

from biblio import iter_extract
from biblio.extract.inline import find_mentions
from biblio.parse import parse_citation
from reading_helpers import line_records


def _mentions(text: str) -> list[tuple[str | None, list[str]]]:
    return [(p.record.full_title, [n.display() for n in p.record.author])
            for p in find_mentions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # m1-nbn-literature-feed.xml: the author inside the run before the bracketed imprint
    ("Kin by Miljenko Jergović (Archipelago Books, 2021) is a family story that spans a "
     "century.", [("Kin", ["Miljenko Jergović"])]),
    # m1-point-of-inquiry-feed.xml and o1-booktalk-korte-feed.xml: the co-author between commas
    ("Ari Rabin-Havt runs a research team. He is co-author, with David Brock, of The Fox "
     "Effect: How Roger Ailes Turned a Network into a Propaganda Machine.",
     [("The Fox Effect: How Roger Ailes Turned a Network into a Propaganda Machine",
       ["Ari Rabin-Havt", "David Brock"])]),
    ("Our host talks with Mo Rocca, co-author with English professor Jonathan Greenberg, of "
     "ROCTOGENERIANS.", [("ROCTOGENERIANS", ["Mo Rocca", "Jonathan Greenberg"])]),
    # n1-smart-podcast-trashy-books-feed.xml: a first cue ("book,") read no maker, a later
    # one ("author of") names her
    ("Today I’m interviewing Julia Whelan, author of the new book, My Oxford Year, which is "
     "out now.", [("My Oxford Year", ["Julia Whelan"])]),
    # f1-bookfight-snipd.txt: "St." inside a name; not a saint's city
    ("Justin St. Germain, author of the memoir Son of a Gun, joins us.",
     [("Son of a Gun", ["Justin St. Germain"])]),
    ("Leigh Eric Schmidt, a professor in St. Louis and author of Village Atheists: How "
     "America’s Unbelievers Made Their Way, joins us.",
     [("Village Atheists: How America’s Unbelievers Made Their Way", ["Leigh Eric Schmidt"])]),
    # f1-replyall-feed.xml
    ("Nelda Buss wrote a book, You Can Walk, about what happened to her.",
     [("You Can Walk", ["Nelda Buss"])]),
    # q1-start-the-week-feed.xml: "his latest work"
    ("Our host talks to Paul Auster about his latest work, 4 3 2 1, which runs four lives "
     "side by side.", [("4 3 2 1", ["Paul Auster"])]),
    # q1-wethepeople-live-feed.xml: a possessive of the given name the paragraph gave in full
    ("Ali Rizvi grew up in three countries. Ali’s book is The Atheist Muslim. Pick it up.",
     [("The Atheist Muslim", ["Ali Rizvi"])]),
    # a-iot-calvino.html: a list after "author of"; the guests who discuss him wrote none
    ("Our guests discuss the Italian author of Invisible Cities, If On A Winter's Night A "
     "Traveller, Cosmicomics and many other books.",
     [("Invisible Cities", []), ("If On A Winter's Night A Traveller", []),
      ("Cosmicomics", [])]),
    # o1-michael-shermer-show-feed.xml: "In Title Person investigates", the comma left out
    ("A book on identity. In The Madness of Crowds Douglas Murray investigates the culture "
     "wars.", [("The Madness of Crowds", ["Douglas Murray"])]),
    # p1-chemistry-world-book-club-feed.xml: the person described before the name
    ("Next month, we’ll be reading The Poison Trials: Wonder Drugs, Experiment and the Battle "
     "for Authority in Renaissance Science by historian Alisha Rankin. It is about physicians.",
     [("The Poison Trials: Wonder Drugs, Experiment and the Battle for Authority in "
       "Renaissance Science", ["Alisha Rankin"])]),
])
def test_prose_names_the_work_and_its_maker(text: str,
                                             expected: list[tuple[str, list[str]]]) -> None:
    assert _mentions(text) == expected


@pytest.mark.parametrize("text", [
    "A new book. In New York, Jane Smith writes every day.",  # a place
    "A book. In Chapter Three, Jane Smith argues the opposite.",  # a part of a work
    "A book. In Revisionist History, Malcolm Gladwell takes a second look.",  # a show's host
])
def test_in_a_place_or_a_chapter_names_no_work(text: str) -> None:
    assert _mentions(text) == []


def test_in_his_new_book_then_a_surname_that_tells() -> None:
    # h-yanss-episodes.txt
    assert _mentions("David Eagleman joins us. In his new book, Livewired, Eagleman shows how "
                     "the brain rewires itself.") == [("Livewired", ["David Eagleman"])]


def test_a_lead_in_before_title_by_author_is_not_the_title() -> None:
    # p1-founders-feed.xml: the show's own opening words
    parsed = parse_citation("What I learned from reading Hollywood Rajah: The Life and Times "
                            "of Louis B. Mayer by Bosley Crowther.")
    assert parsed.record.full_title == "Hollywood Rajah: The Life and Times of Louis B. Mayer"
    assert [n.display() for n in parsed.record.author] == ["Bosley Crowther"]


def test_a_possessive_owned_by_a_title_word_is_no_author() -> None:
    # f2-jermspeaks-read-books.md: a brand, not a person, owns the title
    parsed = parse_citation("Nutrition Diva's 5 Secrets for Aging Well")
    assert not parsed.is_citation or not parsed.record.author


@pytest.mark.parametrize(("line", "reason"), [
    # p1-trafika-europe-radio-feed.xml, q2-goodbooks-reading-journal-018.html and
    # q1-start-the-week-feed.xml
    ("Philip Roughton - Icelandic translator", "describes a person, not a work"),
    ("Rising Quickly - Week of October 24, 2022", "a date, not a title"),
    ("Image of Jay Bernard, taken by Joshua Virasami", "credits"),
])
def test_a_job_a_week_or_a_caption_is_no_work(line: str, reason: str) -> None:
    parsed = parse_citation(line)
    assert not parsed.is_citation
    assert reason in (parsed.reason or "")


def test_a_bare_title_over_a_blurb_that_opens_on_it_is_a_work() -> None:
    # p2-cantontiger-last-five-books.html and h-stefaniruper-books.txt
    notes = ("Books I Loved\n\nRealm Breaker\n\nRealm Breaker is the first book of a new series "
             "by a bestselling author, told by several narrators.\n\nThe Book Case\n\nIn a "
             "reading rut? The Book Case asks you to try books outside your usual genre.\n")
    # (the blurb names it too; the show's name over its own blurb is no work)
    assert [(line, title) for line, title, _ in line_records(notes, "text")] == \
        [(3, "Realm Breaker"), (5, "Realm Breaker")]


def test_a_possessive_heading_names_a_work_but_not_a_list() -> None:
    # q2-unabridged-podcast-recs.md: the heading's shop links gone, "( |" left behind
    notes = ("# Books from other podcasts\n\n## Henry Hoke's Open Throat ( |\n\nWe loved it "
             "and you might too.\n\n## Bill Gates's Summer Reads\n\nHe shares a list.\n")
    assert [(line, title, people) for line, title, people in line_records(notes, "markdown")] == \
        [(3, "Open Throat", ["Henry Hoke"])]


# q1-off-the-deaton-path-feed.xml titles its episodes by number and the book alone;
# q1-wethepeople-live-feed.xml writes its notes as plain lines with one link in them.
_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>History talk</title>
<item><title>S8E11 Podcast: Woodrow Wilson: The Light Withdrawn</title>
<description><![CDATA[<p>This week the host talks to Christopher Cox about his new book,
Woodrow Wilson: The Light Withdrawn, and the president it covers.</p>]]></description></item>
<item><title>S8E9 Podcast: The Fascinating But Forgotten Founder</title>
<description><![CDATA[<p>A guest on a founder few remember.</p>]]></description></item>
<item><title>Ep. 35 Shame LIVE</title>
<description>
Hello again!

The panel came back to talk about shame.
Jon's last book ("So You've Been Publicly Shamed") took apart shaming in public.
&lt;br&gt;More at &lt;a href="https://example.org"&gt;our site&lt;/a&gt;</description></item>
</channel></rss>
"""


def test_a_numbered_episode_title_names_the_work_its_notes_name() -> None:
    records = line_records(_FEED, "feed")
    assert (3, "Woodrow Wilson: The Light Withdrawn", []) in records
    assert not any(line == 6 for line, _, _ in records)  # a topic the notes never call a work


def test_plain_text_notes_with_inline_html_keep_their_lines() -> None:
    records = line_records(_FEED, "feed")
    assert (13, "So You've Been Publicly Shamed", []) in records  # its own line, not line 10


@pytest.mark.parametrize(("text", "expected"), [
    # r1-speaking-of-mysteries-feed.xml: the title, then whose work of what kind it is
    ("Sweet Sunday, John Lawton’s newly published stand alone novel, is a mystery inside an "
     "odyssey.", [("Sweet Sunday", ["John Lawton"])]),
    ("Moody and noir, Dragonfish, Vu Tran’s first mystery novel, is set in Las Vegas.",
     [("Dragonfish", ["Vu Tran"])]),
    # r2-davis-avid-reader-club.txt: a club's next picks
    ("Six books get chosen at a time.  Coming up next are Five Quarters of the Orange, Under "
     "the Banner of Heaven, The Red Tent, and Dont Lets Go to the Dogs Tonight.",
     [("Five Quarters of the Orange", []), ("Under the Banner of Heaven", []),
      ("The Red Tent", []), ("Dont Lets Go to the Dogs Tonight", [])]),
])
def test_prose_names_works_in_the_slice_r_forms(text: str,
                                                 expected: list[tuple[str, list[str]]]) -> None:
    assert _mentions(text) == expected


def test_a_club_month_pair_before_a_linked_title_is_no_part_of_it() -> None:
    # r2-minihays-bookclub-picks.md
    parsed = parse_citation("- **December 2020/January 2021** - [Untamed](https://www.amazon.com"
                            "/dp/B07VSZTKJ8) by Glennon Doyle")
    assert parsed.record.full_title == "Untamed"
    assert [n.display() for n in parsed.record.author] == ["Glennon Doyle"]


# r1-nature-revisited-feed.xml and r1-poetry-for-all-feed.xml number their episodes before
# "Guest - Book" and "Poet, Poem"; the notes name the work again.
_NUMBERED_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Nature talk</title>
<item><title>Episode 118: Leila Philip - Beaverland</title>
<description><![CDATA[<p>A writer and teacher talks about her book Beaverland: How One Weird
Rodent Made America.</p>]]></description></item>
<item><title>Episode 53: Carter Revard, What the Eagle Fan Says</title>
<description><![CDATA[<p>We read the poem "What the Eagle Fan Says" and the life behind
it.</p>]]></description></item>
</channel></rss>
"""


def test_an_episode_number_before_guest_and_book_is_read_past() -> None:
    titled = [(line, title, people) for line, title, people in line_records(_NUMBERED_FEED, "feed")
              if line in (3, 6)]
    assert titled == [(3, "Beaverland", ["Leila Philip"]),
                      (6, "What the Eagle Fan Says", ["Carter Revard"])]


def test_an_html_table_header_cell_in_markdown_is_no_work() -> None:
    # r2-halperta-bookhistory-schedule.md: a course schedule written as an HTML table
    notes = ("## Calendar\n\n<table>\n<tr>\n<th> Date </th>\n<th> Activities </th>\n"
             "<th> Assignment </th>\n</tr>\n</table>\n")
    outcomes = {o.line: o for o in iter_extract(notes, "markdown")}
    assert [outcomes[line].reason for line in (5, 6, 7)] == ["table header"] * 3


@pytest.mark.parametrize(("text", "title", "publisher", "year"), [
    # n1-bio-podcast-feed.xml and q1-off-the-deaton-path-feed.xml: who published it, and when
    ("Desi Arnaz: The Man Who Invented Television, published by Simon and Schuster in June "
     "2025, is the latest book by this journalist.",
     "Desi Arnaz: The Man Who Invented Television", "Simon and Schuster", 2025),
    ("The host talks to Christopher Cox about his new book, Woodrow Wilson: The Light "
     "Withdrawn, published in 2024 by Simon & Schuster.",
     "Woodrow Wilson: The Light Withdrawn", "Simon & Schuster", 2024),
])
def test_a_published_clause_gives_publisher_and_year(text: str, title: str, publisher: str,
                                                      year: int) -> None:
    [mention] = find_mentions(text)
    assert (mention.record.full_title, mention.record.publisher, mention.record.year) == \
        (title, publisher, year)


def _shaped_feed(items: list[tuple[str, str]]) -> str:
    body = "".join(f"<item><title>{title}</title>\n<description><![CDATA[<p>{notes}</p>]]>"
                   f"</description></item>\n" for title, notes in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>Nature talk</title>\n{body}</channel></rss>\n")


# r1-nature-revisited-feed.xml titles every episode "Episode N: Guest - Book"; two items'
# notes name their books again, the third's do not.
_CONFIRMED = [("Episode 118: Leila Philip - Beaverland",
               "Her book Beaverland: How One Weird Rodent Made America is out."),
              ("Episode 126: Ben Goldfarb - Crossings",
               "He is the author of Crossings: How Road Ecology Is Shaping the Future.")]


def test_a_feeds_title_shape_confirmed_by_its_notes_names_works_in_other_items() -> None:
    feed = _shaped_feed([*_CONFIRMED, ("Episode 57: Richard Louv - Last Child In The Woods",
                                       "A writer on children and the outdoors.")])
    titled = [(title, people) for line, title, people in line_records(feed, "feed") if line == 7]
    assert titled == [("Last Child In The Woods", ["Richard Louv"])]


def test_one_confirmed_title_is_not_enough_for_the_shape() -> None:
    feed = _shaped_feed([_CONFIRMED[0], ("Episode 57: Richard Louv - Last Child In The Woods",
                                         "A writer on children and the outdoors.")])
    assert not any(line == 5 for line, _, _ in line_records(feed, "feed"))


@pytest.mark.parametrize("title", ["S8E11 Podcast: Woodrow Wilson: The Light Withdrawn",
                                   "42. Woodrow Wilson: The Light Withdrawn"])
def test_a_numbered_title_is_read_whatever_the_number_looks_like(title: str) -> None:
    # ("42." is also a list's marker, which the line's cleaning takes off first)
    feed = _shaped_feed([(title, "The host talks to Christopher Cox about his new book, "
                                 "Woodrow Wilson: The Light Withdrawn, out now.")])
    assert (3, "Woodrow Wilson: The Light Withdrawn", []) in line_records(feed, "feed")
