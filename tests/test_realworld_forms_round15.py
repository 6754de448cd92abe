"""Forms read in the fifteenth round: who is a person before a colon, a nickname in quotes,
a title's small words in prose, a name with "St." under its title, and "Author:" as a
byline."""
import pytest

from biblio import iter_extract, parse_citation
from biblio.extract.inline import find_mentions
from reading_helpers import line_records


def _works(prose: str) -> list[tuple[str | None, list[tuple[str | None, str | None]]]]:
    """Each work the prose names, with its authors' family and given names."""
    return [(p.record.full_title, [(n.family, n.given) for n in p.record.author])
            for p in find_mentions(prose)]


def _title_and_families(line: str) -> tuple[str | None, list[str | None]]:
    """The title a line reads as, and its authors' family names."""
    record = parse_citation(line).record
    return record.full_title, [n.family for n in record.author]


def test_a_title_with_and_before_its_subtitle_is_not_two_people() -> None:
    # caffgeek.github.io, "Yet another 'Books you should read' list": a numbered title over
    # a shop's shortcode
    parsed = parse_citation("Pragmatic Thinking and Learning: Refactor Your Wetware")
    assert not (parsed.is_citation and parsed.record.author)


def test_a_pair_of_authors_before_a_colon_is_still_read() -> None:
    parsed = parse_citation("Joss Whedon & Cassaday: Astonishing X-Men (Book 1)")
    assert [n.family for n in parsed.record.author] == ["Whedon", "Cassaday"]
    assert parsed.record.full_title == "Astonishing X-Men"


def test_a_nickname_in_quotes_is_no_title() -> None:
    # thebigwakeupcall.com, its "Authors" tag page: a radio show's guest blurbs
    works = _works("H.G. “Buzz” Bissinger is a Pulitzer Prize-winning author who recently wrote "
                   "the Vanity Fair cover article on Bruce/Caitlyn Jenner.  Buzz called in to "
                   "talk about the 25th anniversary edition of “Friday Night Lights.”  We also "
                   "debated whether his book is better than “Jay Cutler’s Interceptions for "
                   "Dummies.”")
    assert "Buzz" not in [title for title, _ in works]


def test_small_words_inside_a_title_named_in_prose() -> None:
    # bookreporter.com, an author's interviews page: "author of" and a title holding "as"
    works = _works("Interview: Mindy Greenstein, PhD and Jimmie Holland, MD , author of Lighter "
                   "as We Go: Virtues, Character Strengths, and Aging")
    assert [title for title, _ in works] == [
        "Lighter as We Go: Virtues, Character Strengths, and Aging"]


# penofjen.com, "2023 Reading Summary": each pick as "Title by Author", then the title and
# the author again on lines of their own, then a remark
PICKS = """The Things They Carried by Tim O'Brien

The Things They Carried

Tim O’Brien

The Running Grave by Robert Galbraith

The Running Grave

Robert Galbraith

Fourth Wing by Rebecca Yarros

Fourth Wing

Rebecca Yarros

Sea of Tranquility by Emily St John Mandel

Sea of Tranqulity

Emily St. John Mandel
"""


def test_a_name_holding_st_is_not_split_into_a_title_and_a_name() -> None:
    records = line_records(PICKS)
    assert ("Emily St", ["John Mandel"]) not in [(t, a) for _, t, a in records]
    assert (19, "Sea of Tranquility", ["Emily St John Mandel"]) in records


# trih.discere.io, an unofficial reading list of The Rest Is History: each book's title,
# then "Author:", the context and the episode on lines of their own
REST_IS_HISTORY = """An Unofficial 'The Rest Is History' Reading List
All Books
The Complete History of Jack the Ripper
Author: Philip Sugden
Context:
The hosts lean on it as the standard work on the case.
Episode: 625. Jack The Ripper: Horror in Whitechapel (Part 2)
The Five
Author: Hallie Rubenhold
Context:
Brought up where the hosts discuss how the victims died.
Episode: 625. Jack The Ripper: Horror in Whitechapel (Part 2)
"""


def test_an_author_label_under_a_title_is_its_byline() -> None:
    assert line_records(REST_IS_HISTORY) == [
        (3, "The Complete History of Jack the Ripper", ["Philip Sugden"]),
        (8, "The Five", ["Hallie Rubenhold"]),
    ]


# thoughtsfromapage.com/episodes: each interview headed by the guest, a dash and the title in
# capitals, over the interviewer's teaser
INTERVIEWS = """Historical Fiction

Interview with Laura Spence-Ash - BEYOND THAT, THE SEA

Interview with Kristen Bird - I LOVE IT WHEN YOU LIE

Interview with Laura Cathcart Robbins - STASH
"""


def test_an_interview_heading_names_the_guest_and_the_book() -> None:
    assert line_records(INTERVIEWS) == [
        (3, "BEYOND THAT, THE SEA", ["Laura Spence-Ash"]),
        (5, "I LOVE IT WHEN YOU LIE", ["Kristen Bird"]),
        (7, "STASH", ["Laura Cathcart Robbins"]),
    ]


def test_interview_with_the_vampire_keeps_its_title() -> None:
    parsed = parse_citation("Interview with the Vampire - Anne Rice")
    assert parsed.record.full_title == "Interview with the Vampire"


# theinsideflap.com, its author-interviews tag: each episode's teaser names the guest, then
# what the talk was "all about", the new book first
def test_a_guest_talking_all_about_a_new_book_is_its_author() -> None:
    assert _works("Today we chat with Christine Feehan all about her new book Murder At Sunrise "
                  "Lake, trash talking her grandson, writing two books at the same time.") == [
        ("Murder At Sunrise Lake", [("Feehan", "Christine")])]
    assert _works("Today we chat with Emily Henry about her new rom-com People We Meet On "
                  "Vacation, why saxophones have no place in pop songs.") == [
        ("People We Meet On Vacation", [("Henry", "Emily")])]


# stevebeckerpublicity.com, "What Did I Learn Today?": a publicist's notes on the authors
# booked on radio
def test_a_radio_show_in_quotes_is_no_work() -> None:
    line = ("Yesterday, on Mary Jane Popp's show \"Poppoff\" on KAHI/Sacramento, Dr. Stuart "
            "Jamieson, author of his memoir \"Close to the Sun: The Journey of a Pioneer Heart "
            "Surgeon\" was asked where we'll be in 10 years regarding transplant advances:")
    assert line_records(line) == [
        (1, "Close to the Sun: The Journey of a Pioneer Heart Surgeon", ["Stuart Jamieson"])]


def test_from_before_a_quoted_title_is_no_part_of_it() -> None:
    parsed = parse_citation('From "Climate Restoration: The Only Future That Will Sustain the '
                            'Human Race" by Peter Fiekowsky & Carole Douglis:')
    assert parsed.record.full_title == ("Climate Restoration: The Only Future That Will Sustain "
                                        "the Human Race")
    assert [n.family for n in parsed.record.author] == ["Fiekowsky", "Douglis"]


# github.com/kushaldas/summertraining, docs/book.rst: a training's book suggestions, each
# "Title. Author." with "[S]" marking those for starters
@pytest.mark.parametrize(("line", "title", "authors"), [
    ("Programming Pearls. Jon Bentley.", "Programming Pearls", ["Bentley"]),
    ("Visualize This. Nathan Yau.", "Visualize This", ["Yau"]),
    ("The Passionate Programmer. Chad Fowler. [S]", "The Passionate Programmer", ["Fowler"]),
    ("Hackers & Painters: Big Ideas from the Computer Age. Paul Graham. [S]",
     "Hackers & Painters: Big Ideas from the Computer Age", ["Graham"]),
    ("A Discipline of Programming. Edsger W. Dijkstra.", "A Discipline of Programming",
     ["Dijkstra"]),
])
def test_a_title_then_its_author_closing_the_line(line: str, title: str,
                                                  authors: list[str]) -> None:
    assert _title_and_families(line) == (title, authors)


@pytest.mark.parametrize(("line", "title", "authors"), [
    # the author first still reads as before
    ("Daniel Kahneman. Thinking, Fast and Slow.", "Thinking, Fast and Slow", ["Kahneman"]),
    ("Plato. Republic.", "Republic", ["Plato"]),
    # d-yuweiyin-book-notes.md: a surname, then the title in italics
    ("Beals. *<u>Advanced Mathematical Analysis</u>*.", "Advanced Mathematical Analysis",
     ["Beals"]),
])
def test_an_author_then_a_title_is_not_turned_round(line: str, title: str,
                                                    authors: list[str]) -> None:
    assert _title_and_families(line) == (title, authors)


def test_a_rank_before_names_is_no_title() -> None:
    # e1-bookcast-2005-11-2006-02.txt: the guests of an episode
    assert not parse_citation("Gen. Janis Karpinski & Tom Wiener").is_citation


def test_where_a_link_leads_is_no_part_of_the_name() -> None:
    # l2-pageone-166.txt (Page One's episode 166 links): the site the link goes to
    parsed = parse_citation("Count From Zero To One Hundred by Alan Cunningham via Penned In "
                            "The Margins")
    assert parsed.record.full_title == "Count From Zero To One Hundred"
    assert [n.display() for n in parsed.record.author] == ["Alan Cunningham"]


# l2-mvc-podcast-chartable.txt: a podcast's episode blurbs close on the hosts' pick
@pytest.mark.parametrize(("blurb", "title", "authors"), [
    ("School's in! This week the two of them dig deep into Augustine. A real treat. Their "
     "recommendation: Augustine's Confessions, translated by Henry Chadwick,...",
     "Confessions", [("Augustine", None)]),
    ("This week the two turn to Athanasius, a father of the early church.  Our recommendation: "
     "Athanasius, On the Incarnation, https://www.amazon.com/Incarnation-Saint-Athanasius-"
     "Popular-Patristics/dp/0881414271/ref=sr_1_1", "On the Incarnation", [("Athanasius", None)]),
])
def test_a_recommendation_label_in_a_blurb_names_its_entry(
        blurb: str, title: str, authors: list[tuple[str, str | None]]) -> None:
    assert _works(blurb) == [(title, authors)]


def test_a_recommendation_that_is_no_work_gives_nothing() -> None:
    assert _works("My recommendation: get some sleep before the finale.") == []


def test_their_most_recent_book_is_a_title() -> None:
    # player.winamp.com, Historically Thinking's episode 361 ("Book Makers")
    assert _works("Adam Smyth is Professor of English literature and the history of the book at "
                  "Balliol College in the University of Oxford. His most recent book is The Book "
                  "Makers: A History of the Book in 18 Lives, which is the subject of our "
                  "conversation today.") == [
        ("The Book Makers: A History of the Book in 18 Lives", [("Smyth", "Adam")])]


# player.winamp.com, the Free Library Podcast: an author event with two authors, each
# introduced in turn, "He is the author of …" after each
FREE_LIBRARY = (
    "In conversation with author and Pennsylvania State Senator, Nikil Saval In The Hollow "
    "Parties, Daniel Schlozman and Sam Rosenfeld present a comprehensive history of American "
    "mass party politics. An associate professor of political science at Johns Hopkins "
    "University, Daniel Schlozman studies political parties, American political development, "
    "social movements, and political history. He is the author of When Movements Anchor "
    "Parties: Electoral Alignments in American History, a member of the Scholars Strategy "
    "Network. Sam Rosenfeld is an associate professor of political science at Colgate "
    "University, where he researches party politics. He is the author of The Polarizers: "
    "Postwar Architects of Our Partisan Era, and his writing has also appeared in The American "
    "Prospect.")


def test_he_goes_back_to_the_person_who_opened_the_sentence_before() -> None:
    assert _works(FREE_LIBRARY) == [
        ("When Movements Anchor Parties: Electoral Alignments in American History",
         [("Schlozman", "Daniel")]),
        ("The Polarizers: Postwar Architects of Our Partisan Era", [("Rosenfeld", "Sam")]),
    ]


def test_including_then_a_comma_still_lists_the_works() -> None:
    # audible.com, Delving In with Stuart Kelter, episode 180
    assert _works("Andrew Guthrie Ferguson is a Professor of Law at the George Washington "
                  "University Law School. He is also the author of four books, including, Why "
                  "Jury Duty Matters: A Citizen’s Guide to Constitutional Action, published in "
                  "2012, which was the first book written for jurors on jury duty.") == [
        ("Why Jury Duty Matters: A Citizen’s Guide to Constitutional Action",
         [("Ferguson", "Andrew Guthrie")])]


def test_a_sentence_after_a_quoted_titles_byline_is_no_part_of_the_name() -> None:
    # swhplibrary.org's Book Nook, June 2016: staff summer picks
    parsed = parse_citation("“The Truth According to Us,” by Annie Barrows. Another witty and "
                            "heart-warming read from the author of “The Guernsey Literary and "
                            "Potato Peel Pie Society.”")
    assert parsed.record.full_title == "The Truth According to Us"
    assert [n.display() for n in parsed.record.author] == ["Annie Barrows"]


# libnews.binghamton.edu, the Libraries' summer reading list of 2022; whiteplainslibrary.org's
# staff summer reads: each pick signed by its librarian
@pytest.mark.parametrize("line", [
    "–Elise Ferer, Instruction & Outreach Librarian",
    "–Barbara Blake, Resource Sharing Assistant",
    "- Brian Kenney, Library Director",
])
def test_a_staff_picks_signature_is_no_work(line: str) -> None:
    assert line_records(line) == []


@pytest.mark.parametrize(("line", "title"), [
    ("– Carys Davies, West", "West"),  # e1-slightly-foxed-ep2.txt
    ("Bernard Malamud, The Assistant", "The Assistant"),
])
def test_author_comma_title_is_still_read(line: str, title: str) -> None:
    assert parse_citation(line).record.full_title == title


def test_st_before_a_name_ends_no_sentence() -> None:
    # bitesizereviews.substack.com, "100: Favorite Books of 2022": each pick, a dash, a remark
    parsed = parse_citation("Station Eleven by Emily St. John Mandel - This may be reflecting "
                            "the light of the TV series in my memory, but ESJM’s writing is "
                            "comfort food for the soul. Full review here.")
    assert [n.display() for n in parsed.record.author] == ["Emily St. John Mandel"]


def test_a_guests_most_recent_release_is_their_book() -> None:
    # github.com/rrcampbell-exe/ryan-r-campbell, src/assets/podcasts/pinecast-podcasts.js:
    # the Writescast feed, copied into a site's source
    assert _works("Sarah Smith joins the show to discuss her most recent release, SIMMER DOWN, "
                  "along with what got her into writing romance in the first place, among other "
                  "topics.") == [("SIMMER DOWN", [("Smith", "Sarah")])]


# github.com/mor10/booklist, books.md: each book a heading, its subtitle a heading one level
# down, then its fields as list items
BOOKLIST = """# Books Worth Reading

## Critical AI
Books examining artificial intelligence through critical, ethical, and social lenses

### Empire of AI
#### Dreams and Nightmares in Sam Altman's OpenAI
- Author: Karen Hao
- ISBN: 9780593657508
- Pubdate: May 20, 2025
- Store Links:
  - https://bookshop.org/book/9780593657508
- Note:

### Thinking, Fast and Slow
- Author: Daniel Kahneman
- ISBN: 9780374533557
- Pubdate: April 02, 2013
- Note:
"""


def test_a_book_heading_over_its_field_lines_is_one_record() -> None:
    records = [(o.line, c.record) for o in iter_extract(BOOKLIST, "markdown")
               for c in o.citations]
    assert [(line, r.full_title, [n.display() for n in r.author], r.isbn, r.year)
            for line, r in records] == [
        (6, "Empire of AI: Dreams and Nightmares in Sam Altman's OpenAI", ["Karen Hao"],
         "9780593657508", 2025),
        (15, "Thinking, Fast and Slow", ["Daniel Kahneman"], "9780374533557", 2013),
    ]


def test_a_posts_heading_over_its_author_is_no_book() -> None:
    post = "# My Year in Books\nAuthor: Jane Doe\nDate: 2023-12-30\n\nIt was a good year.\n"
    assert line_records(post, "markdown") == []


def test_links_referenced_heads_a_list() -> None:
    # a-iltb-cassel.txt (Invest Like the Best, Ian Cassel's episode): books, then links
    notes = ("Books Referenced\nZero to One: Notes on Startups, or How to Build the Future\n"
             "Links Referenced\nSeven Intelligent Fanatics From India\n")
    assert [title for _, title, _ in line_records(notes)] == [
        "Zero to One: Notes on Startups, or How to Build the Future",
        "Seven Intelligent Fanatics From India"]


def test_an_author_of_list_parted_by_semicolons() -> None:
    # audible.com, Delving In with Stuart Kelter, episode 127 ("White Rural Rage")
    works = _works("Tom Schaller, who is a professor of political science at the University of "
                   "Maryland in Baltimore, is the author of The Stronghold: How Republicans "
                   "Captured Congress but Surrendered the White House; Whistling Past Dixie: How "
                   "Democrats Can Win Without the South; and co-author, with fellow UMBC "
                   "political scientist Tyson King-Meadows, of Devolution and Black State "
                   "Legislators: Challenges and Choices.")
    assert works[:2] == [
        ("The Stronghold: How Republicans Captured Congress but Surrendered the White House",
         [("Schaller", "Tom")]),
        ("Whistling Past Dixie: How Democrats Can Win Without the South", [("Schaller", "Tom")]),
    ]


def test_the_classic_then_a_comma_names_a_work() -> None:
    # crbccurrentnewsletter.blogspot.com, April 2008: a book club's letter to its members
    assert _works("Last night’s meeting at Jill’s to discuss the classic, To Kill a "
                  "Mockingbird, was a huge success.") == [("To Kill a Mockingbird", [])]
    assert _works("It is a classic, Mark said, and everyone agreed.") == []
