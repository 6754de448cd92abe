"""Forms from the real-world training documents, ninth round (citation lines of podcast
pages and reading lists that were missed or read wrongly).

Each text keeps the form (and the facts) of lines of a training document; a few
probe a general form the fix covers beside the line it came from.
"""

from __future__ import annotations

import pytest

from biblio.parse import parse_citation
from reading_helpers import extracted, families, reading


def test_a_remark_with_its_own_by_does_not_hide_the_entry() -> None:
    # f2-samtron-books-to-read: the list's remark on the book says "built by"
    text = ("- Walkaway by Cory Doctorow: Doctorow imagines a future built by\n"
            "  bottom-up invention, 3D printers and shared self-government.\n")
    assert extracted(text, "markdown") == [("Walkaway", ["Doctorow"])]


def test_an_earlier_by_is_not_taken_before_another_entry() -> None:
    # g-gabfest-slate-2021: two entries run on with ";", each with its "by"
    text = ("John: The Faber Book of Reportage, by John Carey; The Way We Live Now, "
            "by Anthony Trollope audiobook\n")
    assert extracted(text) == [("The Faber Book of Reportage", ["Carey"]),
                               ("The Way We Live Now", ["Trollope"])]
    assert reading("Stand by Me by Stephen King (my review)")[:2] == (
        "Stand by Me", [("Stephen", "King")])


@pytest.mark.parametrize(("line", "title", "authors", "container", "year"), [
    # g-gabfest-*: "Writer for Outlet: “Title”", as Slate's notes give the sources
    ("Jamelle Bouie for The New York Times: “Maybe This Isn’t Such a Good Time to Prosecute "
     "a Culture War”", "Maybe This Isn’t Such a Good Time to Prosecute a Culture War",
     ["Bouie"], "The New York Times", None),
    # the closing quote left off at the line's end; a lower-case "the" is no part of the name
    ("Anne Applebaum for the Atlantic: “History Will Judge the Complicit",
     "History Will Judge the Complicit", ["Applebaum"], "Atlantic", None),
    ("Emily Bazelon for Slate in 2013: “Voting Rights 2.0", "Voting Rights 2.0",
     ["Bazelon"], "Slate", 2013),
    # a host's label, a listener's credit before the writers
    ("Emily: Rachel M. Cohen for the Intercept: “At a Pivotal Moment, Democrats Failed to "
     "Modernize Elections”", "At a Pivotal Moment, Democrats Failed to Modernize Elections",
     ["Cohen"], "Intercept", None),
    ("Listener chatter from Randy Switt: Christopher P. Hammon and Victoria L. Vish for "
     "National Law Review: “Eleventh Circuit: Service Charges Are Wages, Not Tips, Under FLSA",
     "Eleventh Circuit: Service Charges Are Wages, Not Tips, Under FLSA", ["Hammon", "Vish"],
     "National Law Review", None),
])
def test_a_writer_for_an_outlet_before_a_quoted_title(line: str, title: str,
                                                      authors: list[str], container: str,
                                                      year: int | None) -> None:
    record = parse_citation(line).record
    assert (record.full_title, families(record.author), record.get("container-title"),
            record.year) == (title, authors, container, year)
    assert record.get("publisher") is None


def test_an_open_quote_mid_sentence_is_no_title() -> None:
    parsed = parse_citation("He said “we will win and then walked off the stage")
    assert not parsed.is_citation or parsed.record.title != "we will win and then walked off"


@pytest.mark.parametrize(("line", "title", "family"), [
    # g-gabfest-*: the host who picked the entry, as a label
    ("John: Metropolitan Stories by Christine Coulson", "Metropolitan Stories", "Coulson"),
    ("Emily: The Office of Historical Corrections by Danielle Evans",
     "The Office of Historical Corrections", "Evans"),
    # a title that opens with a given name keeps it before a generic subtitle
    ("Emma: A Novel by Jane Austen", "Emma: A Novel", "Austen"),
])
def test_a_given_name_label_is_who_picked_the_entry(line: str, title: str,
                                                    family: str) -> None:
    record = parse_citation(line).record
    assert (record.full_title, families(record.author)) == (title, [family])


def test_numbered_items_written_with_a_dot_and_a_bracket_or_no_space() -> None:
    # g-polymathematics-roundup, g-jolly-swagman-links
    text = ("1.) Where Are You Going? Where Have You Been? – Joyce Carol Oates\n"
            "2.) Salman Rushdie and the Power of Words – Adam Gopnik\n"
            "3.Sunset on Mars.\n")
    assert extracted(text)[:2] == [("Where Are You Going? Where Have You Been?", ["Oates"]),
                                   ("Salman Rushdie and the Power of Words", ["Gopnik"])]


@pytest.mark.parametrize("line", [
    # g-polymathematics-roundup: a guest on a show named after its host
    "Joyce Carol Oates, The Tim Ferriss Show",
    "The Ezra Klein Show",
])
def test_a_show_named_after_its_host_is_no_work(line: str) -> None:
    assert not parse_citation(line).is_citation


def test_a_film_named_show_is_still_a_work() -> None:
    assert reading("The Truman Show (1998)")[::2] == ("The Truman Show", 1998)


@pytest.mark.parametrize(("line", "title", "authors", "year"), [
    # g-jolly-swagman-links: what the roundup says the quoted piece is, then its maker
    ("5. 'Blair, Brown and the treachery of appearances', a Financial Times article by Janan "
     "Ganesh. Via Nick Gruen.", "Blair, Brown and the treachery of appearances", ["Ganesh"],
     None),
    ("7. 'Statistical Rituals: The Replication Delusion and How We Got There', an article by "
     "former guest of the pod Gerd Gigerenzer.",
     "Statistical Rituals: The Replication Delusion and How We Got There", ["Gigerenzer"], None),
    ("3. 'Lionel Messi Is Impossible', a 2014 article for FiveThirtyEight by Ben Morris.",
     "Lionel Messi Is Impossible", ["Morris"], 2014),
    ("8. 'From Hindu Growth to Productivity Surge: The Mystery of the Indian Growth "
     "Transition', a 2004 paper by Dani Rodrik and Arvind Subramanian. Via Navneeraj Sharma.",
     "From Hindu Growth to Productivity Surge: The Mystery of the Indian Growth Transition",
     ["Rodrik", "Subramanian"], 2004),
    ("“The Case for Reparations,” an essay by Ta-Nehisi Coates in The Atlantic",
     "The Case for Reparations", ["Coates"], None),
])
def test_a_quoted_title_then_what_it_is_and_who_made_it(line: str, title: str,
                                                       authors: list[str],
                                                       year: int | None) -> None:
    assert extracted(line + "\n") == [(title, authors)]
    assert parse_citation(line).record.year == year


def test_a_bare_title_over_the_entry_that_repeats_it() -> None:
    # g-shufeldt-resources: the title as a heading, the entry, its blurb
    text = ("To Kill a Mockingbird\n\nTo Kill a Mockingbird by Harper Lee.\n\n"
            "\"A moving, unforgettable coming-of-age story set in a Southern town.\"\n\n"
            "The Obstacle Is the Way\n\n"
            "The Obstacle Is the Way: The Timeless Art of Turning Trials into Triumph by "
            "Ryan Holiday.\n")
    assert [t for t, _ in extracted(text)] == [
        "To Kill a Mockingbird", "To Kill a Mockingbird", "The Obstacle Is the Way",
        "The Obstacle Is the Way: The Timeless Art of Turning Trials into Triumph"]


def test_a_bare_title_over_an_episode_entry_with_dates_between() -> None:
    # a-backlog-books: the episode's title, its dates, then the entry
    text = ("Uprooted\nMonday Feb 15, 2021\nMonday Feb 15, 2021\n"
            "Episode 18: Uprooted by Naomi Novik [transcript]\n")
    assert extracted(text) == [("Uprooted", []), ("Uprooted", ["Novik"])]


def test_a_heading_over_an_entry_whose_title_only_opens_with_it_is_a_section() -> None:
    text = "Philosophy\n\nPhilosophy of Mind by Jaegwon Kim\n"
    assert extracted(text) == [("Philosophy of Mind", ["Kim"])]


@pytest.mark.parametrize(("line", "family"), [
    # f1-readerly-report, b-rose-city-reader-club, f2-krishna2-books-read, …: two-word
    # surnames the pages give in full
    ("The Paper Palace by Miranda Cowley Heller", "Cowley Heller"),
    ("Infidel by Ayaan Hirsi Ali", "Hirsi Ali"),
    ("Howl’s Moving Castle by Diana Wynne Jones", "Wynne Jones"),
    ("Say Nothing by Patrick Radden Keefe", "Radden Keefe"),
    ("The Hound of the Baskervilles by Arthur Conan Doyle", "Conan Doyle"),
    ("Peace is Every Step by Thich Nhat Hanh", "Nhat Hanh"),
])
def test_known_two_word_surnames(line: str, family: str) -> None:
    assert families(parse_citation(line).record.author) == [family]


def test_a_reader_remark_in_brackets_after_an_authored_entry() -> None:
    # f2-krishna2-books-read
    line = ("Arthur Conan Doyle: Sherlock Holmes: Adventures of Sherlock Holmes (roughly twelve "
            "stories in one go)")
    assert reading(line)[:2] == ("Sherlock Holmes: Adventures of Sherlock Holmes",
                                 [("Arthur", "Conan Doyle")])


def test_a_bare_title_before_a_bracket_remark_is_still_no_citation() -> None:
    assert not parse_citation("Weekly roundup (more to come soon)").is_citation


def test_whose_work_and_what_kind_then_its_title() -> None:
    # f1-replyall-feed: "Further reading" lines of a feed's notes
    record = parse_citation("Pope Brock's book, Charlatan").record
    assert (record.title, families(record.author)) == ("Charlatan", ["Brock"])
    film = parse_citation("Penny Lane's documentary, Nuts!").record
    assert (film.title, film.type, families(film.director), film.author) == (
        "Nuts!", "motion_picture", ["Lane"], [])


def test_a_paragraph_opening_with_its_entry_keeps_the_main_title() -> None:
    # g-barbara-oakley-recs: the entry, then the blurb; a mention stopped at the colon
    text = ("Range: Why Generalists Triumph in a Specialized World, by David Epstein. Plenty "
            "of LHTLers had urged this one on us, and having read it we understand why. It "
            "makes a clear and persuasive case that a narrow specialism, tempting as it is, "
            "leaves most of us worse off than broad experience does in a world that changes "
            "this fast.\n")
    assert extracted(text) == [("Range: Why Generalists Triumph in a Specialized World",
                                ["Epstein"])]


def test_a_link_whose_address_drops_one_title_word_is_the_works_page() -> None:
    # c-mysterious-universe: a feed's link list; the slug leaves out "than"
    from biblio import extract
    feed = ('<rss><channel><title>Show</title><item><title>Ep 1</title><description><![CDATA['
            '<ul><li><a href="https://www.nbcnews.com/mach/science/silicon-based-life-may-be-'
            'more-just-science-fiction-n748266">Silicon Based Life May Be More Than Just '
            'Science Fiction</a></li><li><a href="https://www.strangefamiliars.com/">Strange '
            'Familiars</a></li></ul>]]></description></item></channel></rss>')
    titles = [c.record.title for c in extract(feed, "feed")]
    assert titles == ["Silicon Based Life May Be More Than Just Science Fiction"]


def test_an_author_cut_short_by_the_page_leaves_the_title() -> None:
    # e1-readers-history-scifi: a directory page cut the description after a given name
    assert extracted("Book recommendation: Inverted World by Christopher...\n") == [
        ("Inverted World", [])]


def test_more_chinese_surnames_come_first() -> None:
    # d-booksaremagic-staff-picks
    record = parse_citation("Notes of a Crocodile by Qiu Miaojin, trans. Bonnie Huie").record
    assert (record.author[0].family, record.author[0].given) == ("Qiu", "Miaojin")
    assert families(parse_citation("Trick Mirror by Jia Tolentino").record.author) == [
        "Tolentino"]


@pytest.mark.parametrize(("text", "publisher"), [
    # a-history-by-the-book, a-nbn-histfic-ubook: the imprint in brackets after a book a
    # sentence names
    ("In this episode, Joe interviews New York Times bestselling author, Stacy Perman about "
     "her latest book, A Grand Complication: The Race to Build the World’s Most Legendary "
     "Watch (Atria Books). She describes the contest between two Gilded Age magnates who "
     "each wanted the finest watch ever made, and what it cost them both to get it.",
     "Atria Books"),
    ("In Bill LeFurgy's Into the Suffering City: A Novel of Baltimore (High Kicker Books), "
     "Sarah Kennecott is a gifted young doctor driven to win justice for murder victims "
     "after her own family is killed. She is unlike the people around her in almost every "
     "way, and the city does not make it easy.", "High Kicker Books"),
])
def test_the_imprint_after_a_book_a_sentence_names(text: str, publisher: str) -> None:
    from biblio import extract
    records = [c.record for c in extract(text + "\n", "text")]
    assert [r.publisher for r in records] == [publisher]


def test_a_bracket_that_names_no_publisher_is_not_an_imprint() -> None:
    from biblio import extract
    text = ("In this episode we talk with Sarah Perry about her new novel, Enlightenment "
            "(out this week), and about why she keeps returning to Essex in her books, "
            "which readers and critics have come to love over the years since her debut.\n")
    assert all(c.record.publisher is None for c in extract(text, "text"))


def test_a_bare_title_in_a_list_of_works_after_an_entry() -> None:
    # f2-jermspeaks-read-books: a reading log's items, one of them a title alone
    text = ("- Thinking, Fast and Slow by Daniel Kahneman\n- Sapiens by Yuval Noah Harari\n"
            "- Educated by Tara Westover\n- The Rest is Noise\n- Quiet by Susan Cain\n")
    assert ("The Rest is Noise", []) in extracted(text, "markdown")


def test_a_duration_is_no_listed_title() -> None:
    from biblio.parse.citation import read_listed_title
    assert read_listed_title("Show More Show Less 20 mins") is None


@pytest.mark.parametrize(("line", "title", "authors"), [
    # e1-meia-horinha: a Portuguese list of names joined by "e"
    ("Hélio: Livro: Gestão de Projetos - Jack Gido e James P. Clements", "Gestão de Projetos",
     ["Gido", "Clements"]),
    ("Mapas Estratégicos - Robert Kaplan y David Norton", "Mapas Estratégicos",
     ["Kaplan", "Norton"]),
])
def test_names_joined_by_and_in_other_languages(line: str, title: str,
                                                authors: list[str]) -> None:
    record = parse_citation(line).record
    assert (record.full_title, families(record.author)) == (title, authors)


def test_italics_end_the_title_before_a_dash_and_a_remark() -> None:
    # c-neomedievalism-dossier
    line = ("Sean McFate, *Durable Disorder: The Return of Private Armies and the Emergence of "
            "Neomedievalism* — PhD thesis, LSE, 2011")
    assert reading(line) == ("Durable Disorder: The Return of Private Armies and the Emergence "
                             "of Neomedievalism", [("Sean", "McFate")], 2011)


def test_a_link_titled_with_a_prose_word_is_still_a_title() -> None:
    # f2-amwam-wiki-reading-list: "talk" names what the link is
    parsed = parse_citation("[Perceived Performance talk](http://assets.eli.wtf/talks/perceived-perf-talk/#/1)")
    assert parsed.is_citation and parsed.record.title == "Perceived Performance talk"


@pytest.mark.parametrize("line", [
    "[Listen for free](https://www.audible.com/pd/B0)",
    "[The authors we have already read are listed here](https://example.com/authors)",
])
def test_a_link_that_speaks_to_the_reader_is_no_title(line: str) -> None:
    assert not parse_citation(line).is_citation
