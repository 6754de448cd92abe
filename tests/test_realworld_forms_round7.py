"""Forms from the real-world training documents, seventh round (slice E's training part).

Each text keeps the form (and the facts) of lines of a training document.
"""

from __future__ import annotations

import pytest

from biblio import extract
from biblio.extract import iter_extract
from biblio.extract.judge import SITE_LINK
from biblio.parse import parse_citation
from biblio.parse.rejection import PLATFORM
from reading_helpers import extracted, families, reading


def test_a_sentence_saying_the_works_are_listed_below_opens_a_reading_list() -> None:
    # e1-stacks-357: a "LISTEN NOW" block of platforms, then the list announced in prose
    text = ("LISTEN NOW\n"
            "Apple Podcasts | Spotify | Google Podcasts | Overcast | Stitcher | Transcript\n\n"
            "All of the books and shows from this conversation are listed below in the show "
            "notes, and you can find them on Bookshop.org and Amazon.\n\n"
            "Pure Innocent Fun by Ira Madison III\n"
            "Kitchen Confidential by Anthony Bourdain\n"
            "The Color Purple by Alice Walker\n")
    assert extracted(text) == [("Pure Innocent Fun", ["Madison"]),
                               ("Kitchen Confidential", ["Bourdain"]),
                               ("The Color Purple", ["Walker"])]


def test_a_sentence_about_books_below_a_photo_opens_nothing() -> None:
    text = ("LISTEN NOW\n"
            "Apple Podcasts | Spotify | Overcast\n\n"
            "We talked about everything from childhood books to the photo below of the studio "
            "cat, who sat in on the whole recording.\n\n"
            "Pure Innocent Fun by Ira Madison III\n")
    assert extracted(text) == []


@pytest.mark.parametrize(("line", "title", "author"), [
    # e2-baty-books-read: a reading log exported from a catalogue
    ("- **To Rise Again at a Decent Hour** by Ferris, Joshua (2014-08-15)",
     "To Rise Again at a Decent Hour", ("Joshua", "Ferris")),
    ("- **Why Photography Matters** by Thompson, Jerry L. (2014-03-03)",
     "Why Photography Matters", ("Jerry L.", "Thompson")),
    ("- **Digital Minimalism: Choosing a Focused Life in a Noisy World** by Cal Newport "
     "(2019-02-16) // ★★★★", "Digital Minimalism: Choosing a Focused Life in a Noisy World",
     ("Cal", "Newport")),
])
def test_a_reading_logs_inverted_author_and_rating(line: str, title: str,
                                                   author: tuple[str, str]) -> None:
    assert reading(line)[:2] == (title, [author])


@pytest.mark.parametrize("line", ["Stand by Me, Ben", "Murder by Numbers, A Novel"])
def test_words_after_by_and_a_comma_are_no_inverted_author(line: str) -> None:
    parsed = parse_citation(line)
    assert not (parsed.is_citation and parsed.record.author)


@pytest.mark.parametrize(("line", "publisher", "place"), [
    # e2-jaker-cpt917-reading: Harvard entries that give the publisher before the place
    ("3. Chang, H-J. 2010. **[23 Things They Don’t Tell You About Capitalism]"
     "(https://archive.org/details/23thingstheydont0000chan)**. Penguin: London.",
     "Penguin", "London"),
    ("8. Nunan, F. 2015. **Understanding Poverty and the Environment**. Routledge: London",
     "Routledge", "London"),
    ("Smith, J. 2001. Title of the Book. London: Routledge.", "Routledge", "London"),
    ("Smith, J. 2001. Title of the Book. New York: Monthly Review Press.",
     "Monthly Review Press", "New York"),
])
def test_publisher_and_place_are_told_apart_in_either_order(line: str, publisher: str,
                                                             place: str) -> None:
    record = parse_citation(line).record
    assert (record.publisher, record.publisher_place) == (publisher, place)


@pytest.mark.parametrize(("line", "title"), [
    # e2-lemuria-staff-fiction-2018: a bookshop's staff picks, each after its picker
    ("John Evans, bookstore owner – Varina by Charles Frazier", "Varina"),
    ("Guy, First Editions Club supervisor – A Shout in the Ruins by Kevin Powers",
     "A Shout in the Ruins"),
])
def test_who_picked_the_book_is_no_part_of_its_title(line: str, title: str) -> None:
    assert reading(line)[0] == title


def test_a_title_with_a_comma_and_a_dash_keeps_both() -> None:
    assert reading("Love, Actually – A Novel by Someone Smith")[0] == "Love, Actually – A Novel"


def test_films_with_their_directors_under_a_films_mentioned_label() -> None:
    # e1-oscar-project-fischer: "directed by" with no comma before it
    text = ("Films mentioned in this episode include:\n\n"
            "The Santa Clause directed by John Pasquin\n"
            "Home Alone directed by Chris Columbus\n"
            "City of God directed by Fernando Meirelles & Kátia Lund\n")
    films = extract(text, "text")
    assert [f.record.full_title for f in films] == ["The Santa Clause", "Home Alone",
                                                     "City of God"]
    assert [families(f.record.director) for f in films] == [
        ["Pasquin"], ["Columbus"], ["Meirelles", "Lund"]]
    assert all(f.record.type == "motion_picture" and not f.record.author for f in films)


@pytest.mark.parametrize(("line", "role"), [
    # e2-jaker-cpt917-reading: "et al." straight after the first author's initial
    ("1. Agyeman, J. et al. (eds). 2003. **[Just Sustainability]"
     "(https://www.jstor.org/stable/3451592)**. Earthscan: London.", "editor"),
    ("Smith, J. et al. (2003) Just Sustainability. London: Earthscan.", "author"),
])
def test_et_al_after_an_initial_ends_the_names(line: str, role: str) -> None:
    record = parse_citation(line).record
    assert record.full_title == "Just Sustainability"
    assert [(n.family, n.given) for n in getattr(record, role)] == [
        ("Agyeman" if role == "editor" else "Smith", "J.")]


@pytest.mark.parametrize(("sentence", "title", "author"), [
    # e1-litfriction-snipd, e1-bookcast-2005-autumn: a book named in a show's description
    ("Our guest is Eley Williams, whose first novel The Liar’s Dictionary both studies words "
     "and revels in them.", "The Liar’s Dictionary", ["Williams"]),
    ("Summer 1964 is the setting for the debut novel by TV actress Denise Nicholas called "
     "Freshwater Road.", "Freshwater Road", ["Nicholas"]),
])
def test_a_book_described_in_a_few_words_before_its_title(sentence: str, title: str,
                                                           author: list[str]) -> None:
    assert extracted(sentence) == [(title, author)]


def test_words_after_a_pronoun_need_a_work_word_before_the_title() -> None:
    assert extracted("Her first big break came when she moved to London in 1999.") == []


_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Show</title>
<item><title>Episode 1</title>
<description><![CDATA[<p>Links:</p>
<ul>
<li><a href="https://soundcloud.com/"><b>Soundcloud</b></a></li>
<li><a href="https://www.strangefamiliars.com/">Strange Familiars</a></li>
<li><a href="https://www.amazon.com/gp/product/1938398645/">Where the Footprints End</a></li>
</ul>]]></description>
</item></channel></rss>
"""


def test_a_link_to_a_sites_front_page_in_a_feed_is_the_site_not_a_work() -> None:
    # e1-how-to-start-a-podcast, c-mysterious-universe: link lists of tools and sites
    outcomes = [o for o in iter_extract(_FEED, "feed") if o.line >= 6]
    assert [([c.record.full_title for c in o.citations], o.reason) for o in outcomes] == [
        ([], PLATFORM), ([], SITE_LINK), (["Where the Footprints End"], None)]


def test_outside_feeds_a_front_page_link_in_a_reading_list_is_still_read() -> None:
    text = "## Further reading\n\n- [The Big Dream](https://thebigdreambook.com/)\n"
    assert extracted(text, "markdown") == [("The Big Dream", [])]


@pytest.mark.parametrize(("line", "title", "author"), [
    # e2-reading-groups-multicopy-list: a library's list, surnames in capitals, page counts
    ("Susan ABULHAWA - Mornings in Jenin (2011, 352 pages)", "Mornings in Jenin",
     ("Susan", "ABULHAWA")),
    # e2-reppl-digital-humans-reading: a title in lower case, set in italics
    ("Trask, Andrew W. (2019). *grokking deep learning*. Shelter Island, NY: Manning.",
     "grokking deep learning", ("Andrew W.", "Trask")),
    # e2-baty-books-read: an inverted author after a title in bold
    ("- **Crux** by Naam, Ramez (2013-09-20)", "Crux", ("Ramez", "Naam")),
])
def test_library_and_catalogue_forms(line: str, title: str, author: tuple[str, str]) -> None:
    assert reading(line)[:2] == (title, [author])


def test_a_page_count_is_no_publisher() -> None:
    record = parse_citation("Susan ABULHAWA - Mornings in Jenin (2011, 352 pages)").record
    assert (record.year, record.publisher, record.number_of_pages) == (2011, None, "352")


def test_a_to_read_heading_opens_a_reading_list() -> None:
    # e2-jaker-cpt917-reading
    text = ("## Books I mean to read\n"
            "1. The Dawn of Everything by David Graeber & David Wengrow\n"
            "2. Owning the Earth by Andro Linklater\n")
    assert extracted(text, "markdown") == [("The Dawn of Everything", ["Graeber", "Wengrow"]),
                                           ("Owning the Earth", ["Linklater"])]


_SPRINGER = """## Mathematics

- **1.1. Discrete mathematics**
  - *<u>Discrete Structures Lecture Notes</u>*. Vladlen Koltun. Stanford University.
  - *<u>Information Theory, Inference, and Learning Algorithms</u>*. David J.C. MacKay.
  - *<u>Analysis I</u>*. Terence Tao.
- **The Springer GTM series, first thirty volumes**
  02. Oxtoby. *<u>Measure and Category</u>*. 2nd ed.
  03. Schaefer. *<u>Topological Vector Spaces</u>*. 2nd ed.
  07. Serre. *<u>A Course in Arithmetic</u>*.
"""


def test_a_list_whose_items_name_works_is_read_as_a_reading_list() -> None:
    # d-yuweiyin-book-notes: under a topic heading, once most items of the list have named
    # works, the next items are read as a reading list's, a surname alone before the title
    # and the bold sub-heading left alone
    assert extracted(_SPRINGER, "markdown")[3:] == [
        ("Measure and Category", ["Oxtoby"]), ("Topological Vector Spaces", ["Schaefer"]),
        ("A Course in Arithmetic", ["Serre"])]


def test_a_list_of_listening_apps_does_not_become_a_reading_list() -> None:
    text = ("## Links\n\n- Apple Podcasts\n- Spotify\n- Overcast\n- Pocket Casts\n"
            "- Stitcher\n")
    assert extracted(text, "markdown") == []


def test_an_org_table_with_isbns_in_code_is_read_by_its_header() -> None:
    # e2-barrucadu-wishlist: an Emacs org table ("+" in the delimiter row), ISBNs as code
    text = ("| ISBN            | Title                    | Author             |\n"
            "|----------------:+--------------------------+--------------------|\n"
            "| `9780765387424` | The Witness for the Dead | Katherine Addison  |\n")
    [work] = extract(text, "markdown")
    assert (work.record.full_title, families(work.record.author), work.record.isbn) == (
        "The Witness for the Dead", ["Addison"], "9780765387424")


@pytest.mark.parametrize("line", [
    "Published by Fourth Estate.",  # e2-lastword-books-of-2020: under the book it names
    # e2-theweek-best-books-2020: a reviewer's words about the book above
    "“A fierce, harrowing and deeply affecting picture of poverty, addiction and a damaged "
    "childhood.” (Nicola Sturgeon, New Statesman)",
])
def test_a_publishers_credit_or_a_blurb_is_no_work(line: str) -> None:
    assert not parse_citation(line).is_citation


def test_a_quoted_title_with_its_author_and_year_in_brackets_is_still_read() -> None:
    assert reading('"The Revolution Betrayed" (Leon Trotsky, 1936)') == (
        "The Revolution Betrayed", [("Leon", "Trotsky")], 1936)


def test_a_list_of_bare_titles_under_a_topic_heading_is_read_when_most_items_are_titles(
) -> None:
    # a list looked over as a whole: the model reads most items as titles, so it is a
    # reading list even though its heading names a topic, not a reading list
    text = ("## Machine learning\n\n- Pattern Recognition and Machine Learning\n"
            "- The Elements of Statistical Learning\n- Deep Learning\n")
    assert [title for title, _ in extracted(text, "markdown")] == [
        "Pattern Recognition and Machine Learning", "The Elements of Statistical Learning",
        "Deep Learning"]


def test_a_list_of_podcast_apps_is_no_reading_list() -> None:
    text = "## Links\n\n- Apple Podcasts\n- Spotify\n- Overcast\n- Pocket Casts\n"
    assert extracted(text, "markdown") == []


def test_a_film_with_its_year_and_director_closing_a_description() -> None:
    # e1-mission250-podcast: the film of the week named at the end of its blurb
    text = ("This Week, we watch the groundbreaking, shot-almost-entirely-on-green-screen, "
            "brutally violent comic book adaptation with one of the most packed casts ever "
            "assembled - Sin City (2005). Directed by Frank Miller and Robert Rodriguez.\n")
    [film] = extract(text, "text")
    assert (film.record.type, film.record.full_title, film.record.year) == (
        "motion_picture", "Sin City", 2005)
    assert families(film.record.director) == ["Miller", "Rodriguez"]


def test_a_possessive_then_a_word_of_praise_then_the_title() -> None:
    # e1-companionpieces-podcasts
    text = ("In recent weeks, these have included Patrick Radden Keefe’s brilliant Say "
            "Nothing and Isabel Wilkerson’s Pulitzer Prize winning The Warmth of Other Suns. "
            "If the interviews are not for you, skip to the reading list.\n")
    assert ("Say Nothing", ["Radden Keefe"]) in extracted(text) or \
        ("Say Nothing", ["Keefe"]) in extracted(text)


_LINK_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Show</title>
<item><title>Episode 2</title>
<description><![CDATA[<ul>
<li><a href="https://themothman.fandom.com/wiki/Men_In_Black">Men In Black</a></li>
<li><a href="https://www.exopaedia.org/MILAB">MILAB</a></li>
<li><a href="https://clivehamilton.com/how-to-lose-friends-and-influence-the-future-\
security-of-your-nation/">How to Lose Friends and Influence the Future Security of Your \
Nation</a></li>
</ul>]]></description>
</item></channel></rss>
"""


def test_in_a_feed_a_bare_link_names_a_work_only_on_the_works_own_page() -> None:
    # c-mysterious-universe: a wiki article and an encyclopedia entry are topics; a page
    # whose address spells the title out is the book's
    outcomes = [o for o in iter_extract(_LINK_FEED, "feed") if o.line >= 5]
    assert [[c.record.full_title for c in o.citations] for o in outcomes] == [
        [], [], ["How to Lose Friends and Influence the Future Security of Your Nation"]]


def test_a_title_by_its_author_after_a_dash_in_prose_keeps_its_article() -> None:
    # a-backlisted-podyssey
    text = ("Monica Wagner joins the team to talk about one of her best-loved books - The "
            "Animal Family by Randall Jarrell. Plus a word on what comes next.\n")
    assert ("The Animal Family", ["Jarrell"]) in extracted(text)


def test_a_speaker_and_a_type_label_in_another_language_open_no_title() -> None:
    # e1-meia-horinha: each host's pick, "Name: Livro: Title - Author"
    assert reading("Hélio: Livro: De onde vem as boas ideias - Steven Johnson")[:2] == (
        "De onde vem as boas ideias", [("Steven", "Johnson")])


def test_a_book_clubs_heading_author_comma_title_is_the_pick() -> None:
    # d-olivias-book-club-rickstad; a guest and a topic after a dash stay a heading
    text = ("## Vera Kurian, Never Saw Me Coming\n\nA study offers seven people a ride.\n\n"
            "### David Senra — How Extreme Winners Think and Win\n")
    assert extracted(text, "markdown") == [("Never Saw Me Coming", ["Kurian"])]
