"""Forms read in the seventeenth round: an episode titled "Subject with Guest" whose
notes name the subject again, and names whose surname opens with a capital particle."""
from biblio import iter_extract
from biblio.parse.names import parse_person
from reading_helpers import line_records

# Ikonokast titles its interviews "Episode N – Book with Author" and Sentimental Garbage
# its episodes "Subject with Guest"; the titles are theirs, the notes here are ours.
_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Ikonokast</title>
<item><title>Episode 34 – Paleofantasy with Marlene Zuk</title>
<description><![CDATA[<p>We ask the author about her book Paleofantasy and what it says
of diets.</p>]]></description></item>
<item><title>Episode 30 – Protecting the Watershed with Megan Bond</title>
<description><![CDATA[<p>A lawyer on the water protectors she defends.</p>]]></description></item>
<item><title>Cannibalism: A Perfectly Natural History, With Bill Schutt</title>
<description><![CDATA[<p>A biologist has published a new book, “Cannibalism: A Perfectly
Natural History,” that looks at the taboo across many species.</p>]]></description></item>
<item><title>The Rachel Incident with Dolly Alderton</title>
<description><![CDATA[<p>Dolly interviews Caroline about The Rachel Incident, her latest
novel.</p><p>The Rachel Incident by Caroline O'Donoghue is out now.</p>]]></description></item>
<item><title>TLP490: Reinventing Candy and Culture with Katie Lefkowitz</title>
<description><![CDATA[<p>Watch on YouTube | Katie Lefkowitz on Reinventing Candy and Culture
</p>]]></description></item>
<item><title>Street Fight with Adam Johnson</title>
<description><![CDATA[<p>Street Fight Radio on the air on Sundays.</p>]]></description></item>
</channel></rss>
"""


def test_an_episode_titled_with_its_guest_names_the_work_its_notes_name() -> None:
    titled = [(line, title, people) for line, title, people in line_records(_FEED, "feed")
              if line in (3, 6, 8, 11, 14, 17)]
    assert titled == [
        (3, "Paleofantasy", ["Marlene Zuk"]),  # the notes speak of her book, then name it
        (8, "Cannibalism: A Perfectly Natural History", ["Bill Schutt"]),
        (11, "The Rachel Incident", []),  # the notes give the work another maker
    ]


def test_a_topic_the_notes_restate_or_a_show_name_is_no_work() -> None:
    # "… on Reinventing Candy and Culture" is the title's copy; "Street Fight" opens the
    # show's own name; "Protecting the Watershed" is never named again
    assert {line for line, _, _ in line_records(_FEED, "feed")} & {6, 14, 17} == set()


def test_a_capital_particle_before_a_lower_case_one_opens_the_surname() -> None:
    name = parse_person("Walter De la Mare")
    assert name is not None
    assert (name.given, name.non_dropping_particle, name.family) == ("Walter", "De la", "Mare")
    name = parse_person("Giuseppe Di Lampedusa")
    assert name is not None
    assert (name.given, name.family) == ("Giuseppe", "Di Lampedusa")


def _works(sentence: str) -> list[tuple[str | None, list[str]]]:
    return [(c.record.full_title, [n.display() for n in c.record.author])
            for o in iter_extract(sentence, "text") for c in o.citations]


# The Biography Podcast's notes open on the guest's latest book and its imprint; the
# titles and imprints are theirs, the sentences ours.
def test_a_title_holding_its_commas_then_the_latest_book_by_this_writer() -> None:
    assert _works("Devouring Time: Jim Harrison, A Writer’s Life, is the latest book by "
                  "this scholar, out from Blackstone Publishing in 2025.") == [
        ("Devouring Time: Jim Harrison, A Writer’s Life", [])]


def test_this_writers_latest_book_after_a_title_with_a_doctor_in_it() -> None:
    assert _works("The Einstein of Sex: Dr. Magnus Hirschfield, Visionary of Weimar Berlin, "
                  "is this journalist and author’s latest book.") == [
        ("The Einstein of Sex: Dr. Magnus Hirschfield, Visionary of Weimar Berlin", [])]


def test_qualified_titles_in_a_books_include_list_and_no_author_from_a_subtitle() -> None:
    got = _works("We talk about Making the Presidency: John Adams and the Precedents That "
                 "Forged the Republic. Her other books include the award-winning The Cabinet: "
                 "George Washington and the Creation of an American Institution, and the "
                 "co-edited Mourning the Presidents: Loss and Legacy in American Culture.")
    assert ("The Cabinet: George Washington and the Creation of an American Institution",
            []) in got
    assert ("Mourning the Presidents: Loss and Legacy in American Culture", []) in got


def test_a_year_is_never_the_title_of_a_bibliography_entry() -> None:
    # a personal reading list's Harvard entry, its link closed twice as the page has it;
    # better no record than one titled "2009"
    from biblio import parse_citation

    parsed = parse_citation(
        "5. Chang, HJ. 2009. *[Bad Samaritans: The Myth of Free Trade and the Secret History "
        "of Capitalism](https://example.org/Chang_Bad-Samaritans_2007.pdf))*. 1st ed. New "
        "York: Bloomsbury Press.")
    assert parsed.record.full_title != "2009"
    assert not parsed.is_citation or "Bad Samaritans" in (parsed.record.full_title or "")


def test_a_sponsor_read_for_a_book_names_it_and_an_ad_names_nothing() -> None:
    # Smart Podcast, Trashy Books closes episodes on a publisher's read; the book and its
    # author are theirs, the ad beside it ours
    notes = ("This podcast episode is brought to you by The Blacksmith Queen by G.A. Aiken.\n\n"
             "This episode is brought to you by Squarespace. Use code BOOKS for 10% off.\n")
    got = [(o.line, [(c.record.full_title, [n.display() for n in c.record.author])
                     for c in o.citations], o.reason) for o in iter_extract(notes, "text")]
    assert got[0] == (1, [("The Blacksmith Queen", ["G.A. Aiken"])], None)
    assert got[-1] == (3, [], "sponsor read")


def test_a_life_titled_with_its_subjects_name_when_called_the_latest_book() -> None:
    # the Biography Podcast: a biographer's latest book titled by its subject (ours around
    # the facts); the subject is never made its author
    assert _works("Mark Twain, published in May 2025 by Penguin Press, is this celebrated "
                  "biographer’s latest book.") == [("Mark Twain", [])]
    assert _works("Alexander Hamilton is his latest book.") == [("Alexander Hamilton", [])]


def test_genre_tags_a_job_months_and_a_dated_episode_are_no_citations() -> None:
    # a radio show's tag line, a reading log's genre line, an interviewer's byline
    from biblio import parse_citation

    for line in ("Fiction, Nature, Suspense, Wildlife, Writers on Writing",
                 "Non Fiction, Personal Development, Relationships, Women's Issues",
                 "Contemporary / Literary Fiction", "Cal Flyn, Deputy Editor",
                 # a blog's links to earlier posts; a news show's dated episode
                 "Earlier Roundups: April, May, June, July, and August",
                 "The Political Gabfest for Sept. 25, 2009.",
                 # a foreign-policy show's podcast picks: host, show, network
                 "Todd Schulkin, Inside Julia’s Kitchen, Heritage Radio Network",
                 "Laszlo Montgomery, The China History Podcast, Teacup Media",
                 # a business blog's quoted saying; a radio show's new series
                 "“You just start”",
                 "“If Mayors Ruled the World”: A New Freakonomics Radio Podcast"):
        assert not parse_citation(line).is_citation, line
    assert parse_citation("Marshall McLuhan, Understanding Media").is_citation
    assert parse_citation("“You Are Not a Gadget”").is_citation


def test_an_inverted_authors_surname_is_never_the_title() -> None:
    # a course's MLA list and a wish list, each with a slip in the name (as the pages have
    # them): better no record than one titled with the surname
    from biblio import parse_citation

    for line, surname in (
            ("Lunsford, Andrea. A. Easy Writer: A Pocket Reference. 3rd ed. New York: "
             "Bedford/St. Martin’s, 2006.", "Lunsford"),
            ("McKenna, Mark.* Looking for Blackfella’s Point: An Australian History of "
             "Place.* University of New South Wales Press, 2002.", "McKenna")):
        assert parse_citation(line).record.full_title != surname


def test_the_titles_after_someones_books_are() -> None:
    # Slightly Foxed's episode notes list BB's books so (the sentence around them is ours)
    got = _works("We talked about the naturalist BB, and his books are Brendon Chase, The "
                 "Little Grey Men and Down the Bright Stream, all still in print.")
    assert ("The Little Grey Men", []) in got and ("Down the Bright Stream", []) in got
    assert _works("Her books are available at most shops and libraries in the county.") == []


def test_author_of_a_work_described_with_commas() -> None:
    # The Reader's History of Science Fiction names a guest's book so (sentence ours)
    assert _works("This week I talk with Kira Leigh, author of the new, anime-inspired space "
                  "epic, Constelis Voss, and we start with her influences.") == [
        ("Constelis Voss", ["Kira Leigh"])]


def test_a_radio_sites_live_link_and_a_lower_case_article_in_a_list() -> None:
    from biblio import parse_citation

    # a public radio station's header bar (WKNO-FM's book club page)
    assert not parse_citation("[Play Live Radio](/listen-live)").is_citation
    # a reader's year list keeps a title whose article is in lower case
    parsed = parse_citation("8. Annie Lyons, the Brilliant Life of Eudora Honeysett")
    assert (parsed.record.full_title, [n.family for n in parsed.record.author]) == (
        "the Brilliant Life of Eudora Honeysett", ["Lyons"])


# The Michael Shermer Show and the Commonwealth Club title episodes "N. Guest — Title:
# Subtitle" and "Guest: Title"; the titles are theirs, the notes ours.
_INTERVIEWS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Interviews</title>
<item><title>140. Rebecca Wragg Sykes — Kindred: Neanderthal Life, Love, Death and Art</title>
<description><![CDATA[<p>In Kindred the archaeologist shows the Neanderthals as they lived.</p>]]>
</description></item>
<item><title>{russell}</title>
<description><![CDATA[<p>A computer scientist and the author of a standard textbook.</p>]]>
</description></item>
<item><title>Dan Pfeiffer: Battling the Big Lie</title>
<pubDate>Tue, 21 Jun 2022 08:00:00 GMT</pubDate>
<description><![CDATA[<p>Dan Pfeiffer, a former adviser to a president, says democracy needs
a shared grasp of what is real.</p><p>In his latest book, Battling the Big Lie, Pfeiffer
traces how lies spread.</p>]]></description></item>
<item><title>Jane Roe — Cities: Past and Future</title>
<description><![CDATA[<p>An urban planner on what makes a street work.</p>]]></description></item>
</channel></rss>
""".format(russell="118. Stuart Russell — Human Compatible: Artificial Intelligence and the "
                   "Problem of Control")


def test_an_interview_titled_guest_then_book_with_its_subtitle_or_named_again() -> None:
    titled = [(line, title, people) for line, title, people in line_records(_INTERVIEWS, "feed")
              if line in (3, 6, 9, 15)]
    assert titled == [
        (3, "Kindred: Neanderthal Life, Love, Death and Art", ["Rebecca Wragg Sykes"]),
        (6, "Human Compatible: Artificial Intelligence and the Problem of Control",
         ["Stuart Russell"]),
        (9, "Battling the Big Lie", ["Dan Pfeiffer"]),  # its <pubDate> below says nothing
    ]  # (a planner's talk: notes that speak of no book)
    # the notes' sentence names the work and its maker's surname: the title's maker
    assert (12, "Battling the Big Lie", ["Dan Pfeiffer"]) in line_records(_INTERVIEWS, "feed")


def test_a_job_before_a_possessive_name_is_not_part_of_the_author() -> None:
    # Booktalk with Diana Korte titles its episodes so (the notes are ours)
    feed = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Booktalk</title>
<item><title>US Senator Tim Kaine's "Walk Ride Paddle: A Life Outside"</title>
<description><![CDATA[<p>A senator on the rivers and trails he has known.</p>]]></description>
</item>
<item><title>Crime Writer Don Winslow's CITY IN RUINS (#3 in trilogy)</title>
<description><![CDATA[<p>The close of a trilogy set in Providence.</p>]]></description></item>
</channel></rss>
"""
    assert [(line, title, people) for line, title, people in line_records(feed, "feed")] == [
        (3, "Walk Ride Paddle: A Life Outside", ["Tim Kaine"]),
        (6, "CITY IN RUINS", ["Don Winslow"])]


def test_a_chapter_note_in_prose_and_whose_newest_title_is() -> None:
    # Science... sort of marks its notes with chapter times; Booktalk names a guest's
    # newest title so (sentences ours around their facts)
    assert _works("00:00:00 - This week we are joined by Massimo Pigliucci, back to talk "
                  "about his new book, Answers for Aristotle, and a good deal else.") == [
        ("Answers for Aristotle", ["Massimo Pigliucci"])]
    assert _works("We speak with Jade Chang, author of two books, whose newest title is "
                  "WHAT A TIME TO BE ALIVE about a self-help guru.") == [
        ("WHAT A TIME TO BE ALIVE", ["Jade Chang"])]


def test_the_sentences_verb_ends_a_title_run() -> None:
    # WKNO-FM's book club page (the sentence theirs in shape, ours in words)
    assert _works("Colson Whitehead's new novel, Harlem Shuffle is the October read for "
                  "our club.") == [("Harlem Shuffle", ["Colson Whitehead"])]


def test_author_of_the_classic_title_and_an_honour_after_it() -> None:
    # the Michael Shermer Show's notes (the sentence ours around the facts)
    assert _works("From the author of the classic The Wizards of Armageddon and Pulitzer "
                  "Prize finalist comes a history of nuclear war policy.") == [
        ("The Wizards of Armageddon", [])]


def test_a_club_reading_a_book_and_a_guest_sharing_a_title_in_capitals() -> None:
    # Chemistry World's book club and the Children's Book Podcast (sentences ours around
    # their titles and names)
    assert _works("This month, we're reading The Icepick Surgeon: Murder, Fraud, Sabotage, "
                  "Piracy, and Other Dastardly Deeds Perpetrated in the Name of Science by "
                  "Sam Kean.") == [
        ("The Icepick Surgeon: Murder, Fraud, Sabotage, Piracy, and Other Dastardly Deeds "
         "Perpetrated in the Name of Science", ["Sam Kean"])]
    assert _works("Celia C. Pérez (@CeliaCPerez) shares STRANGE BIRDS: A FIELD GUIDE TO "
                  "RUFFLING FEATHERS. Her second book follows four girls.") == [
        ("STRANGE BIRDS: A FIELD GUIDE TO RUFFLING FEATHERS", ["Celia C. Pérez"])]
    assert _works("She shares NASA data with the class every week of the term.") == []


def test_a_line_that_is_a_title_the_paragraph_above_named_with_its_maker() -> None:
    # Mystery Pod's notes list the guest's earlier interviews by book (blurb ours)
    notes = ("<p>Megan Abbott, an Edgar-winning novelist, set her last three novels, The End "
             "of Everything, Dare Me, and the brand new one, The Fever, in our own day.</p>\n"
             "<p>My previous interviews with Megan:</p>\n<p>Dare Me</p>\n"
             "<p>Sunset Boulevard</p>\n")
    got = [(o.line, [c.record.full_title for c in o.citations])
           for o in iter_extract(notes, "html")]
    assert (3, ["Dare Me"]) in got and (4, []) in got


def test_a_short_title_named_again_after_book() -> None:
    # Picturebooking titles an episode "Guest – Title"; its notes speak of "her picture
    # book Big" (the rest of the sentence ours)
    feed = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Picturebooking</title>
<item><title>Vashti Harrison – Big</title>
<description><![CDATA[<p>The author-illustrator talks about her picture book Big, a story of a
child learning to love herself.</p>]]></description></item>
</channel></rss>
"""
    assert (3, "Big", ["Vashti Harrison"]) in line_records(feed, "feed")


def test_a_translator_of_a_kind_of_writing_names_no_title() -> None:
    # Trafika Europe Radio's notes (the sentence ours around the guests' trade)
    assert _works("Our host talks with a notable translator of Basque- and Spanish-language "
                  "literature, Amaia Gabantxo, about poems and their sounds.") == []


def test_stories_like_a_list_and_a_book_co_authored_with_someone() -> None:
    # Mystery Pod's notes (sentences ours around the writers' facts)
    assert ("Bury Me Deep", ["Megan Abbott"]) in _works(
        "Megan Abbott began with classic noir stories like Bury Me Deep and The Song is "
        "You, and then moved on.")
    assert ("Locked On", ["Mark Greaney", "Tom Clancy"]) in _works(
        "This week the thriller writer Mark Greaney joins us. Mark co-authored Locked On "
        "with Tom Clancy.")


def test_two_titles_in_capitals_joined_by_a_lower_case_and() -> None:
    # the Children's Book Podcast (the sentence ours around the titles)
    feed = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>The Children's Book Podcast</title>
<item><title>Kyle Lukoff</title>
<description><![CDATA[<p>Kyle Lukoff (@Shekels_Library) is author of A STORYTELLING OF RAVENS
and WHEN AIDAN BECAME A BROTHER, the latter a picture book about a new sibling.</p>]]>
</description></item>
</channel></rss>
"""
    assert [(title, people) for _, title, people in line_records(feed, "feed")] == [
        ("A STORYTELLING OF RAVENS", ["Kyle Lukoff"]),
        ("WHEN AIDAN BECAME A BROTHER", ["Kyle Lukoff"])]
