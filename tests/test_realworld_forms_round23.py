"""Forms read in the twenty-third round: a bibliography's dash for the same authors, kinds
of book named in prose, staff credits.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the lines around them are our own words.
"""
from biblio import parse_citation
from biblio.extract.inline import find_heading_mentions, find_mentions
from reading_helpers import works_by_line


# A history-of-the-book bibliography (d-headlesschicken-book-history,
# http://headlesschicken.ca/eng204/bibliography.html): Chicago's three-em dash stands for the
# authors of the entry above.
def test_the_dash_of_a_bibliography_repeats_the_authors_above() -> None:
    works = works_by_line(
        "## Bibliography\n\n"
        "Darnton, Robert. The Great Cat Massacre and Other Episodes in French Cultural "
        "History. New York: Basic Books, 1984.\n"
        "———. \"First Steps Toward a History of Reading.\" In The Kiss of Lamourette: "
        "Reflections in Cultural History. 1990.\n"
        "---. The Kiss of Lamourette. New York: Norton, 1990.\n", "markdown")
    assert works[4] == [("First Steps Toward a History of Reading", ["Darnton"])]
    assert works[5] == [("The Kiss of Lamourette", ["Darnton"])]


def test_the_dash_needs_an_entry_right_above() -> None:
    # a heading between them: the dash stands for no one
    works = works_by_line(
        "Darnton, Robert. The Great Cat Massacre. New York: Basic Books, 1984.\n\n"
        "## Articles\n\n"
        "———. \"First Steps Toward a History of Reading.\" The Australian Journal of French "
        "Studies 23 (1986).\n", "markdown")
    assert [authors for _, authors in works[5]] == [[]]


# Feed descriptions (p1-trafika-europe-radio-feed, https://omny.fm/shows/trafika-europe-radio;
# p1-mysterypod-feed, https://mysterypod.libsyn.com/): a kind of novel before its title.
def test_a_genre_before_the_work_word_still_names_the_work() -> None:
    assert [m.record.title for m in find_mentions(
        "We talk with the author and her translator about the noir novel Home Before "
        "Dark.")] == ["Home Before Dark"]
    assert "The Rut" in [m.record.title for m in find_mentions(
        "His books include the sci-fi novel The Rut, among others.")]


# A film podcast's feed (z1-bulwark-goes-to-hollywood-feed, https://tunein.com/podcasts/
# Arts--Culture-Podcasts/The-Bulwark-Goes-to-Hollywood-p1356635): "Vs." inside a title.
def test_an_abbreviated_versus_does_not_end_the_title() -> None:
    mentions = find_mentions(
        "This week Scott Eyman, author of Charlie Chaplin Vs. America: When Art, Sex, and "
        "Politics Collided, is back on the show.")
    assert [(m.record.full_title, [n.family for n in m.record.author]) for m in mentions] == [
        ("Charlie Chaplin Vs. America: When Art, Sex, and Politics Collided", ["Eyman"])]


# A state library's staff picks (u3-texas-talking-books-staff-picks,
# https://www.tsl.texas.gov/texastalkingbooks/category/staff-picks/): each pick is signed with
# a name and a job.
def test_a_staff_member_and_their_job_are_no_work() -> None:
    text = ("Staff picks for the summer\n\n"
            "· Laura Jean, Reader’s Advisory Librarian-\n"
            "· Dina Abramson, Disability Information & Referral Coordinator-\n")
    assert works_by_line(text) == {}


# Film podcasts' feeds (x3-pop-culture-happy-hour-feed, https://share.snipd.com/show/
# a6f87134-1390-4204-87d6-e116381cd1a3; x3-filmspotting-feed, https://www.globalplayer.com/
# podcasts/2T3Ka/): a credit and a year's possessive read as titles after a film's cue.
def test_a_credit_or_a_years_possessive_is_no_title() -> None:
    titles = [m.record.title for m in find_mentions(
        "In the new movie The Creator, people and machines are at war. Directed by Gareth "
        "Edwards, the film asks big questions.")]
    assert titles == ["The Creator"]
    assert find_mentions(
        "The director of 2014's \"Phoenix\" is back with a daringly enigmatic thriller.") == []


# A reading log kept in a Jekyll page's front matter (aa2-moeenahamd-reading-log,
# https://github.com/Moeenahamd/moeenahamd.github.io/blob/486b5fd/reading-log.md): the
# books are items of a YAML sequence; the page's own keys are no works.
def test_items_of_a_sequence_in_front_matter_are_read() -> None:
    text = ("---\nlayout: reading-log\ntitle: Books I Have Read\n\ntimeline:\n"
            " - heading: 2017\n   elements:\n"
            "    - By Way of Deception by Victor Ostrovsky\n"
            "    - Life 3.0 by Max Tegmark\n"
            "    - 'Deep Work by Cal Newport'\n"
            "tags:\n  - books\n---\n\nSome words of ours about the list.\n")
    works = works_by_line(text, "markdown")
    assert works == {8: [("By Way of Deception", ["Ostrovsky"])],
                     9: [("Life 3.0", ["Tegmark"])],
                     10: [("Deep Work", ["Newport"])]}


# A winter to-read list on a blog (aa3-cocoonofbooks-winter-tbr,
# https://cocoonofbooks.blogspot.com/): the page's numbered list came out as one line.
def test_a_numbered_list_run_into_one_line() -> None:
    works = works_by_line(
        "1. Blood, Marriage, Wine & Glitter by S. Bear Bergman 2. Invisible Women by "
        "Caroline Criado Pérez 3. It's Complicated by Danah Boyd 4. Salt, Fat, Acid, Heat "
        "by Samin Nosrat\n")
    assert works[1] == [("Blood, Marriage, Wine & Glitter", ["Bergman"]),
                        ("Invisible Women", ["Criado Pérez"]),
                        ("It's Complicated", ["Boyd"]),
                        ("Salt, Fat, Acid, Heat", ["Nosrat"])]


def test_a_numbered_run_after_a_lead_in() -> None:
    # a show's notes (a-seen-unseen-metacast, https://metacast.app/podcast/the-seen-and-the-
    # unseen---hosted-by-amit-varma/6FVjVwoA): the episode's blurb, then its reading list
    works = works_by_line(
        "Our guest joins the host to talk about a century of epidemics and what they "
        "teach us. Also check out : 1. Age of Pandemics -- Chinmay Tumbe. 2. India Moving "
        "-- Chinmay Tumbe. 3. The Great Indian Railway -- Chinmay Tumbe.\n")
    assert [title for title, _ in works[1]] == [
        "Age of Pandemics", "India Moving", "The Great Indian Railway"]


def test_numbers_in_a_sentence_make_no_list() -> None:
    assert works_by_line("We met at 1. 30 and left at 2. 15 after 3. coffees with friends.\n") == {}


# A reading log in Markdown (aa2-mejibyte-reading-log,
# https://github.com/mejibyte/mejibyte.com/blob/1edfd2e/reading-log.md): the reader's score
# after a colon.
def test_a_score_after_a_colon_is_the_readers() -> None:
    works = works_by_line("## 2021\n\n"
                   "* [Safe Haven - Mark Spitznagel](https://amzn.to/2ZoJCBB): 4/5.\n"
                   "* [Sleep Smarter - Shawn Stevenson](https://amzn.to/3u2DxpG): 3/5.\n",
                   "markdown")
    assert works == {3: [("Safe Haven", ["Spitznagel"])],
                     4: [("Sleep Smarter", ["Stevenson"])]}


# A museum's further reading (aa2-fitzwilliam-further-reading,
# https://github.com/FitzwilliamMuseum/fitz-night-of-longing/blob/5617952/further-reading.md):
# the italics end the title; an institution publishes it.
def test_an_institution_after_an_italic_title_is_its_publisher() -> None:
    record = parse_citation(
        "Timothy Clark, _Kuniyoshi, from the Arthur R. Miller Collection_, Royal Academy of "
        "Arts, London, 2009.").record
    assert record.title == "Kuniyoshi, from the Arthur R. Miller Collection"
    assert (record.get("publisher"), record.get("publisher-place"), record.year) == (
        "Royal Academy of Arts", "London", 2009)
    # an edition note there is no house
    assert parse_citation("Timothy Clark, _Kuniyoshi_, Second Edition, London, 2009."
                          ).record.get("publisher") is None


# A book podcast's episode notes (aa1-librarypolice-ep185, https://www.thelibrarypolice.com/
# episode-185-a-sci-fi-primer.html): the page's list came out as one
# line, its items "Author, Title" parted by dashes.
def test_a_list_run_into_one_line_with_dashes() -> None:
    works = works_by_line("Our Recent Reading\n"
                   "- Isaac Asimov, I, Robot - Joe Haldeman, The Forever War - William "
                   "Gibson, Neuromancer - Orson Scott Card, Ender's Game\n")
    assert works[2] == [("I, Robot", ["Asimov"]), ("The Forever War", ["Haldeman"]),
                        ("Neuromancer", ["Gibson"]), ("Ender's Game", ["Card"])]


def test_fields_between_dashes_are_one_entry() -> None:
    works = works_by_line("Never Let Me Go – Kazuo Ishiguro – Faber & Faber – 2005\n"
                   "Never Let Me Go - Kazuo Ishiguro - Faber & Faber - 2005\n")
    assert [title for title, _ in works[1]] == ["Never Let Me Go"]
    assert [title for title, _ in works[2]] == ["Never Let Me Go"]


# A news feed's film headlines (x3-npr-movies-feed, kept in https://github.com/PedroMezquita/
# NewsRSS_PHP/blob/b7271237d2b85d862826b23350fa2e2766266e4e/rss.php): headlines set titles in
# single quotes.
def test_a_headline_sets_its_title_in_single_quotes() -> None:
    assert [m.record.title for m in find_heading_mentions(
        "'West Side Story' stars Ariana DeBose and Rachel Zegler defend their remake")] == [
        "West Side Story"]
    assert [m.record.title for m in find_heading_mentions(
        "Rod Lurie Part 2: ‘The Outpost’")] == ["The Outpost"]
    # a series before its episode, a saying, a word set apart mid-sentence: no works
    assert find_heading_mentions("‘1619,’ Episode 4: How the Bad Blood Started") == []
    assert find_heading_mentions("'I Was There': A Veteran Remembers") == []
    assert find_heading_mentions("A 'Fast and Furious' Guide to the Economics of Hollywood") == []


# A year of books filed by subject (ab3-rishigiri-year-of-books-2021, https://github.com/
# rishigiridotcom/rishigiri.ml/blob/1751ea7c7a03064d2458788a544679526c5dd035/archive.v2/
# _posts/2022-01-01-year-of-books.md): an item with items under it that names a genre heads
# them; one that names a work stays one (c-lyceum-to-read: a work over its translations).
def test_a_genre_over_nested_items_heads_them() -> None:
    text = ("## Books of 2021\n\n"
            "- Non-Fiction\n"
            "\t- Economics\n"
            "\t\t- [Good Economics for Hard Times](https://www.goodreads.com/book/show/"
            "51014619) -- Abhijit V. Banerjee & Esther Duflo\n"
            "\t- Science -- Nonfiction\n"
            "\t\t- [What If?](https://www.goodreads.com/book/show/21413662) -- Randall Munroe\n"
            "- The Mahabharata\n"
            "    - [The Mahabharata - Bibek Debroy](https://www.librarything.com/work/"
            "13702260/)\n")
    works = works_by_line(text, "markdown")
    assert 3 not in works and 4 not in works and 6 not in works
    assert [title for title, _ in works[5]] == ["Good Economics for Hard Times"]
    assert [title for title, _ in works[8]] == ["The Mahabharata"]


# A personal site's reading list (ab2-tylerb-whats-reading, https://github.com/TylerB23/
# TylerB23.github.io/blob/819bca4/_site/reading-list/index.html): the footer's links.
def test_a_sites_own_links_are_noworks_by_line() -> None:
    html = ("<ul>\n<li><a href=\"https://github.com/TylerB23\"> Github</a></li>\n"
            "<li><a href=\"/feed.xml\"> Feed</a></li>\n</ul>\n")
    assert works_by_line(html, "html") == {}


# A reading log's headings (ab2-lugaw-read-2021, https://github.com/Filipiniality/lugaw/blob/
# a1fd5b0/book-club/index.html): fields between double colons, as between pipes.
def test_fields_between_double_colons() -> None:
    record = parse_citation("Tender Is the Flesh :: Agustina Bazterrica :: Read Aug. 5-8").record
    assert (record.title, [n.family for n in record.author]) == (
        "Tender Is the Flesh", ["Bazterrica"])


# Publishers Weekly's author talks (ab1-pw-litcast-feed, https://www.publishersweekly.com/pw/
# podcasts/index.html?channel=7) and a book club's feed (p1-chemistry-world-book-club-feed,
# https://www.chemistryworld.com/podcasts/…): a sentence opening "In Title, Author tells …".
def test_a_sentence_opening_with_the_work_then_its_author() -> None:
    mentions = find_mentions(
        "In Time to Think Small: How Nimble Environmental Technologies Can Solve the "
        "Planet's Biggest Problems, Todd Myers shows how ordinary people can put clever "
        "technology to work.")
    assert [(m.record.title, [n.family for n in m.record.author]) for m in mentions] == [
        ("Time to Think Small", ["Myers"])]
    mentions = find_mentions("In Sticky: The Secret Science of Surfaces, physicist and "
                             "science writer Laurie Winkless explains how things stick.")
    assert [n.family for n in mentions[0].record.author] == ["Winkless"]
    assert find_mentions("In March, Jane Doe explains her plan to the council.") == []
