"""Forms from the real-world training documents, tenth round (citation lines of reading
lists and podcast pages whose boundaries or imprints were read wrongly).

Each text keeps the form (and the facts) of lines of a training document; a few
probe a general form the fix covers beside the line it came from.
"""

from __future__ import annotations

import pytest

from biblio import extract
from biblio.extract.cited_run import cited_run
from biblio.parse import parse_citation
from reading_helpers import extracted, families


@pytest.mark.parametrize(("line", "place"), [
    # b-luther-paideia-2007: a US town with its state, and no publisher
    ("Hijiya, James A. “The Gita of J. Robert Oppenheimer.” Proceedings of the American "
     "Philosophical Society. Philadelphia, PA: 2000. 123-167.", "Philadelphia, PA"),
    # the same form with a town outside the list of publishing towns
    ("Hijiya, James A. “The Gita of J. Robert Oppenheimer.” Proceedings of the American "
     "Philosophical Society. Decorah, IA: 2000. 123-167.", "Decorah, IA"),
])
def test_a_town_with_its_state_is_a_place(line: str, place: str) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert (record.publisher_place, record.publisher) == (place, None)


@pytest.mark.parametrize(("line", "title", "place"), [
    # d-altphi-bib: the subtitle a sentence of its own, the town alone closing the entry
    ("- Barfield, Owen. (1973). Poetic Diction. A Study in Meaning. Middletown.",
     "Poetic Diction. A Study in Meaning", "Middletown"),
    ("- Usher, Mark. (1998). Homeric Stitchings. The Homeric Centos of the Empress Eudocia. "
     "Lanham.", "Homeric Stitchings. The Homeric Centos of the Empress Eudocia", "Lanham"),
])
def test_a_sentence_before_the_town_is_the_subtitle(line: str, title: str, place: str) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert (record.full_title, record.publisher, record.publisher_place) == (title, None, place)


def test_a_publisher_before_the_town_stays_the_publisher() -> None:
    record = parse_citation("Smith, J. (2001). Some Title. Verso Books. London.").record
    assert record is not None
    assert (record.full_title, record.publisher) == ("Some Title", "Verso Books")


def test_the_emphasis_bounds_a_title_that_runs_into_its_imprint() -> None:
    # e2-jaker-cpt917-reading: no stop after the bold title; the list's note mark after it
    record = parse_citation("19. Standing, G. 2019. **Plunder of the Commons: A Manifesto for "
                            "Sharing Public Wealth** Pelican: London`†`").record
    assert record is not None
    assert (record.full_title, record.publisher, record.publisher_place, record.year) == (
        "Plunder of the Commons: A Manifesto for Sharing Public Wealth", "Pelican", "London",
        2019)


@pytest.mark.parametrize(("line", "title", "publisher", "year"), [
    # d-yuweiyin-book-notes: the italics hold a title with a comma; only the imprint follows
    ("- *<u>Volume 4 Fascicle 6, Satisfiability</u>*. Addison-Wesley, 2015.",
     "Volume 4 Fascicle 6, Satisfiability", "Addison-Wesley", 2015),
    ("- *<u>Volume 4 Fascicle 1, Bitwise Tricks & Techniques; Binary Decision Diagrams</u>*. "
     "2009. (ISBN 0-321-58050-8)",
     "Volume 4 Fascicle 1, Bitwise Tricks & Techniques; Binary Decision Diagrams", None, 2009),
])
def test_a_title_in_italics_keeps_its_commas_before_an_imprint(
        line: str, title: str, publisher: str | None, year: int) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert (record.full_title, record.author, record.publisher, record.year) == (
        title, [], publisher, year)


def test_a_title_in_italics_keeps_its_semicolons_in_a_list() -> None:
    text = ("- *<u>Volume 4 Fascicle 5, Mathematical Preliminaries Redux; Introduction to "
            "Backtracking; Dancing Links</u>*. Addison-Wesley, 2019.\n"
            "- *<u>Volume 4 Fascicle 6, Satisfiability</u>*. Addison-Wesley, 2015.\n")
    assert extracted(text, "markdown") == [
        ("Volume 4 Fascicle 5, Mathematical Preliminaries Redux; Introduction to Backtracking; "
         "Dancing Links", []), ("Volume 4 Fascicle 6, Satisfiability", [])]


def test_a_series_of_surnames_closed_by_and_before_the_date() -> None:
    # c-fortran-books: four surnames alone, one of them an everyday word
    record = parse_citation(
        "- Press, Flannery, Teukolsky, and Vetterling (1992). *[Numerical Recipes in Fortran "
        "77](http://fortranwiki.org/fortran/show/Numerical+Recipes+in+Fortran+77)*. Cambridge "
        "University Press").record
    assert record is not None
    assert (record.full_title, [n.family for n in record.author], record.year,
            record.publisher) == ("Numerical Recipes in Fortran 77",
                                  ["Press", "Flannery", "Teukolsky", "Vetterling"], 1992,
                                  "Cambridge University Press")


@pytest.mark.parametrize(("line", "title"), [
    # e1-oscar-project-fischer: a series named by its first title, "series" in lower case
    ("Thursday Murder Club series by Richard Osman", "Thursday Murder Club"),
    ("Mistborn trilogy by Brandon Sanderson", "Mistborn"),
    # a-bookcase-snipd-17: the series' own name, capitalised, stays whole
    ("The Last Musketeer Series by Stuart Gibbs", "The Last Musketeer Series"),
])
def test_a_series_word_in_lower_case_is_no_part_of_the_title(line: str, title: str) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert record.full_title == title


def test_one_word_before_the_colon_is_the_author_in_a_list_of_author_colon_title() -> None:
    # f2-krishna2-books-read: "Full Name: Title" lines, then an author named in one word
    text = ("3. David Byrne: How Music Works\n\n4. Dee Williams: The Big Tiny\n\n"
            "16. Mark Forsyth: Etymologicon\n\n18. Paul Brickhill: The Great Escape\n\n"
            "17. NPR: Tinsel Tales\n\n44. Shakespeare: Hamlet\n\n"
            "46. Various Authors: 36 Books that Changed the World [great courses]\n")
    assert extracted(text, "markdown")[4:] == [
        ("Tinsel Tales", ["NPR"]), ("Hamlet", ["Shakespeare"]),
        ("36 Books that Changed the World", [])]


def test_a_title_and_subtitle_alone_stay_whole_outside_such_a_list() -> None:
    text = "- Sapiens: A Brief History of Humankind\n- Dune: The Butlerian Jihad\n"
    assert all(not authors for _, authors in extracted(text, "markdown"))


def test_a_reading_groups_month_labels_go_before_its_entries() -> None:
    # f2-pml-reading-group-2014: the month before a title with a subtitle and a capital "By",
    # the month a book was reviewed, and a second choice joined by "or" after a semicolon
    text = ("Reviewed January 2014: The Art of Racing in the Rain by Garth Stein<br />\n"
            " March: Leadership the Eleanor Roosevelt Way: Timeless Strategies from the First "
            "Lady of Courage by Robin Gerber; or Eleanor Roosevelt: Transformative First Lady, by "
            "Maurine H. Beasley<br />\n"
            "July:  Drift: The Unmooring of American Military Power By Rachel Maddow<br />\n")
    assert extracted(text) == [
        ("The Art of Racing in the Rain", ["Stein"]),
        ("Leadership the Eleanor Roosevelt Way: Timeless Strategies from the First Lady of "
         "Courage", ["Gerber"]),
        ("Eleanor Roosevelt: Transformative First Lady", ["Beasley"]),
        ("Drift: The Unmooring of American Military Power", ["Maddow"])]


def test_whom_a_title_addresses_is_not_its_author() -> None:
    # f2-jermspeaks-read-books: a reading log of titles alone
    assert parse_citation("- Surely You're Joking, Mr. Feyenman").record.author == []
    assert parse_citation("Green Eggs and Ham, Dr. Seuss").record.author[0].family == "Seuss"


def test_a_name_with_a_lower_case_particle_after_the_series_is_the_author() -> None:
    # f2-benmj-decade-of-books: Goodreads' series in brackets, then "-- Author"
    record = parse_citation("- 2012-04-14\tTinker, Tailor, Soldier, Spy (George Smiley, #5) -- "
                            "John le Carré").record
    assert record is not None
    assert (record.full_title, record.author[0].given, record.author[0].family) == (
        "Tinker, Tailor, Soldier, Spy", "John", "Carré")


@pytest.mark.parametrize(("line", "publisher"), [
    # d-yuweiyin-book-notes: the title in italics, the author, then the university alone
    ("- *<u>Fourier Analysis</u>*. David Morin. Harvard University.", "Harvard University"),
    ("- *<u>Discrete Mathematics Lecture Notes Incomplete Preliminary Version</u>*. Laszlo "
     "Babai. The University of Chicago. [ebook](http://people.cs.uchicago.edu/~laci/06dm/"
     "lecturenotes.pdf).", "The University of Chicago"),
    ("*Concrete Mathematics*. Ronald Graham, Donald Knuth. A great read.", None),
])
def test_an_imprint_sentence_after_the_people_is_the_publisher(
        line: str, publisher: str | None) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert record.publisher == publisher


def test_a_body_named_by_its_initials_before_the_date_is_the_author() -> None:
    # e2-reppl-digital-humans-reading: APA's corporate author
    record = parse_citation(
        "NVIDIA (2021). *Conversational AI demystified*. NVIDIA Developer. URL: "
        "<https://developer.nvidia.com/conversational-ai> (visited on Jun. 20, 2021).").record
    assert record is not None
    assert ([n.literal for n in record.author], record.full_title, record.year) == (
        ["NVIDIA"], "Conversational AI demystified", 2021)


def test_a_remark_after_a_title_first_entry_leaves_its_publisher() -> None:
    # d-bw-montgomery-readings: the list's remark after the imprint
    record = parse_citation(
        "<p>The Cambridge Encyclopedia of Japan. Ed. Richard Bowring and Peter Kornicki. New "
        "York: Cambridge University Press, 1993. Cambridge publishes companion encyclopedias "
        "for China, Russia, India, the Islamic World, Latin America and others.</p>").record
    assert record is not None
    assert (record.publisher, record.publisher_place, record.year) == (
        "Cambridge University Press", "New York", 1993)


def test_apa_roles_in_brackets_joined_by_an_ampersand() -> None:
    # f2-rreece-mybib: the editor and the translator in one bracket after the title
    record = parse_citation("Plato. (2000). *The Republic*. (G. Ferrari, Ed. & T. Griffith, "
                            "Trans.). Cambridge University Press. [(Originally written ca. "
                            "380 BCE)]").record
    assert record is not None
    assert ([n.family for n in record.editor], [n.family for n in record.translator],
            record.publisher) == (["Ferrari"], ["Griffith"], "Cambridge University Press")
    # editors joined by "&" before one role stay together
    record = parse_citation("Smith, J. (2001). Title (A. Smith & B. Jones, Eds.). Penguin.").record
    assert record is not None
    assert [n.family for n in record.editor] == ["Smith", "Jones"]


@pytest.mark.parametrize(("line", "title", "container", "year"), [
    # e2-reppl-digital-humans-reading: biblatex's dash for the author above is read as the
    # list's marker, so the date opens the entry
    ("--- (2018). “Overcoming algorithm aversion: People will use imperfect algorithms if "
     "they can (even slightly) modify them”. In: *Management Science* 64.3, pp. 1155-1170. "
     "DOI: [10.1287/mnsc.2016.2643](https://doi.org/10.1287%2Fmnsc.2016.2643).",
     "Overcoming algorithm aversion: People will use imperfect algorithms if they can (even "
     "slightly) modify them", "Management Science", 2018),
    ("--- (2021b). *It began as an AI-fueled dungeon game. It got much darker*. WIRED. URL: "
     "<https://www.wired.com/story/ai-fueled-dungeon-game-got-much-darker/> (visited on Jun. "
     "20, 2021).", "It began as an AI-fueled dungeon game. It got much darker", "WIRED", 2021),
])
def test_an_entry_that_opens_with_its_date(line: str, title: str, container: str,
                                           year: int) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert (record.full_title, record.container_title, record.year, record.publisher) == (
        title, container, year, None)


def test_the_language_of_the_copy_is_no_part_of_the_title() -> None:
    # e2-jaker-cpt917-reading: "(Spanish)" after the bold title
    record = parse_citation(
        "11. Peet, R. et al. (eds). 2011. **[Global Political Ecology](https://www.researchgate."
        "net/publication/307792509_Global_Political_Ecology)** (Spanish). Routledge: London & "
        "New York.").record
    assert record is not None
    assert (record.full_title, record.publisher, record.publisher_place) == (
        "Global Political Ecology", "Routledge", "London & New York")


@pytest.mark.parametrize(("line", "title", "series"), [
    # f1-overdue-metacast: the series in brackets, without a number, before "by"
    ("Ep 121 - Space Vampire (Choose Your Own Adventure) by Edward Packard", "Space Vampire",
     "Choose Your Own Adventure"),
    # b-jenny-arch-book-club: a subtitle in brackets stays
    ("Is Everyone Hanging Out Without Me? (And Other Concerns) by Mindy Kaling",
     "Is Everyone Hanging Out Without Me? (And Other Concerns)", None),
    # e2-baty-books-read: inside the title's bold it is the title's
    ("- **We Are Legion (We Are Bob)** by Dennis E. Taylor (2019-08-13) // ★★★",
     "We Are Legion (We Are Bob)", None),
])
def test_a_series_in_brackets_before_by(line: str, title: str, series: str | None) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert (record.full_title, record.collection_title) == (title, series)


@pytest.mark.parametrize(("line", "literal"), [
    # f2-rreece-mybib: a collaboration as APA's author
    ("ATLAS Collaboration. (2012). Observation of a new particle in the search for the "
     "Standard Model Higgs boson with the ATLAS detector at the LHC. *Physics Letters B*, 716, "
     "1--29. https://arxiv.org/abs/1207.7214", "ATLAS Collaboration"),
    # f2-benmj-decade-of-books: a given name and an initial before the same word: a person
    ("Stinker from Space by Pamela F Service", None),
])
def test_a_body_ending_in_an_organisations_word(line: str, literal: str | None) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert record.author[0].literal == literal


def test_the_works_an_episode_drew_on_run_together_after_research() -> None:
    # a-symhc-metacast-2025: MLA entries flattened into the episode's description
    text = ("Mar 07, 2025•21 min•Transcript available on Metacast This part of the pellagra "
            "story deals with how common it was in the U.S. in the early twentieth century. "
            "Research: Akst, Daniel. “Pellagra: The Forgotten Plague.” American Heritage. "
            "December 2000. https://www.americanheritage.com/pellagra-forgotten-plague Baird "
            "Rattini, Kristin. “A Deadly Diet.” Discover. Mar2018, Vol. 39 Issue...\n")
    works = [(c.record.full_title, families(c.record.author), c.record.year)
             for c in extract(text)]
    assert ("Pellagra: The Forgotten Plague", ["Akst"], 2000) in works
    assert ("A Deadly Diet", ["Baird Rattini"], None) in works


def test_a_town_and_a_title_in_a_run_open_no_entry() -> None:
    # a-symhc-ubook: "Hoovervilles, But Hooch" and "Morton Grove, Illinois. 1997." are no names
    text = ("Research: Abate, M.A. Not Hoovervilles, But Hooch: Gertrude Chandler Warner’s The "
            "Boxcar Childrenand The Roaring Twenties. Child Lit Educ 47, 257–266 (2016). "
            "Ellsworth, Mary Ellen. “Gertrude Chandler Warner and the Boxcar Children.” Albert "
            "Whitman & Company. Morton Grove, Illinois. 1997.")
    assert [piece.split(".")[0] for piece in cited_run(text)] == [
        "Abate, M", "Ellsworth, Mary Ellen"]


def test_one_entry_right_after_research_and_a_month_cut_short() -> None:
    # a-symhc-metacast-2025: the description ends in its one source, cut off in its date
    text = ("Mar 05, 2025•45 min•Transcript available on Metacast Pellagra in the early "
            "twentieth century may have been the deadliest outbreak of a single nutrient "
            "deficiency in U.S. history. Research: Akst, Daniel. “Pellagra: The Forgotten "
            "Plague.” American Heritage. Dec\n")
    works = [(c.record.full_title, families(c.record.author), c.record.publisher)
             for c in extract(text)]
    assert works == [("Pellagra: The Forgotten Plague", ["Akst"], None)]


def test_a_resources_line_runs_its_entries_together() -> None:
    # a-eoet-butchers: Freakonomics' notes flattened, no space between the entries
    text = ('RESOURCES:"Beef Cow-Calf Production," by Cheryl A. Fairbairn, Lynn F. Kime, Jayson '
            'K. Harper, and John W. Comerford (Penn State Extension Articles, 2020)."Major '
            'Supermarket Chains Changed How They Label Meat, Surprising Customers and USDA," by '
            'Roberto A. Ferdman (The Washington Post, 2014)."From Calf to Kitchen: The Journey '
            'of a Beef Cow," by Dave Eames and Mike McGraw (The Kansas City Star, 2012).\n')
    assert [(title, authors[:1]) for title, authors in extracted(text)] == [
        ("Beef Cow-Calf Production", ["Fairbairn"]),
        ("Major Supermarket Chains Changed How They Label Meat, Surprising Customers and USDA",
         ["Ferdman"]),
        ("From Calf to Kitchen: The Journey of a Beef Cow", ["Eames"])]


@pytest.mark.parametrize(("line", "literal", "container"), [
    # a-eoet-weather: Freakonomics' resources, a body or a programme after "by"
    ("\"Study: Climate Change Has Increased Atmospheric Instability Over Past 40 Years,\" by "
     "University at Albany (2023).", "University at Albany", None),
    ("\"Forecast Process,\" by the U.S. National Weather Service.",
     "U.S. National Weather Service", None),
    ("\"How Will We Handle the Heat?\" by Freakonomics Radio (2022).", None,
     "Freakonomics Radio"),
])
def test_a_body_or_a_programme_after_by(line: str, literal: str | None,
                                         container: str | None) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert ([n.literal for n in record.author][:1] or [None])[0] == literal
    assert record.container_title == container


def test_a_translators_year_and_a_database_name_no_publisher() -> None:
    # d-altphi-bib: the translation's year after the translator
    record = parse_citation("Sertillanges, A.G. (1946). La Vie Intellectuelle. tr. Mary Ryan "
                            "(1987). Washington, D.C.").record
    assert record is not None
    assert ([n.family for n in record.translator], record.publisher, record.year) == (
        ["Ryan"], None, 1946)
    # d-ntw2029-sources: the database the article was read in
    record = parse_citation(
        "- Kjeldgaard-Christiansen, J. (2017). The Bad Breaks of Walter White: An Evolutionary "
        "Approach to the Fictional Antihero. _Evolutionary Studies in Imaginative Culture_, "
        "_1_(1), 103-120. JSTOR. <https://doi.org/10.26613/esic.1.1.19>").record
    assert record is not None
    assert (record.container_title, record.publisher) == (
        "Evolutionary Studies in Imaginative Culture", None)


def test_a_middle_initial_without_its_dot_after_a_given_name() -> None:
    # f2-benmj-decade-of-books: the page's spans name the title and the author
    record = parse_citation('- <span class="date">2011-05-16</span> <span class="book_title">He'
                            '</span> <span class="author_name">Robert A Johnson</span>').record
    assert record is not None
    assert (record.full_title, [(n.given, n.family) for n in record.author]) == (
        "He", [("Robert A", "Johnson")])
    assert parse_citation("Catch A Fire").record.author == []


@pytest.mark.parametrize(("line", "title", "author"), [
    # e1-meia-horinha: the author in brackets after a title with a dash in it
    ("Hélio: Livro: O Poder do Hábito - Por Que Fazemos o Que Fazemos na Vida e Nos Negócios "
     "(Charles Duhigg) - https://books.google.com/books/about/x",
     "O Poder do Hábito - Por Que Fazemos o Que Fazemos na Vida e Nos Negócios", "Duhigg"),
    ("Sapiens - A Brief History of Humankind (Yuval Noah Harari)",
     "Sapiens - A Brief History of Humankind", "Harari"),
    # a full name heading the line stays the author: the bracket names someone else
    ("Stefan Zweig - The World of Yesterday (Anthea Bell)", "The World of Yesterday", "Zweig"),
])
def test_people_in_brackets_say_a_dashed_title_is_whole(line: str, title: str,
                                                        author: str) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert (record.full_title, record.author[0].family) == (title, author)


def test_a_type_label_admits_a_long_title_in_sentence_case() -> None:
    # e1-meia-horinha: a Portuguese title, sentence case after its head, after "Livro:"
    record = parse_citation(
        "Filipe: Livro: Scrum: a arte de fazer o dobro do trabalho na metade do tempo - Jeff "
        "Sutherland (https://www.amazon.com.br/Scrum-fazer-dobro-trabalho-metade/dp/8544100837)"
    ).record
    assert record is not None
    assert (record.full_title, record.author[0].family) == (
        "Scrum: a arte de fazer o dobro do trabalho na metade do tempo", "Sutherland")


@pytest.mark.parametrize(("text", "title", "authors"), [
    # f2-jermspeaks-read-books: a biography, its subject before the colon
    ("- Benjamin Franklin: An American Life\n- The Wise Man's Fear\n- Dune\n",
     "Benjamin Franklin: An American Life", []),
    ("- Walter Isaacson: Benjamin Franklin: An American Life\n",
     "Benjamin Franklin: An American Life", ["Isaacson"]),
])
def test_whose_life_a_biography_tells_is_not_its_author(text: str, title: str,
                                                         authors: list[str]) -> None:
    assert extracted(text, "markdown")[0] == (title, authors)


def test_a_remark_after_a_dash_ends_the_articles_container() -> None:
    # c-neomedievalism-dossier: where the foreword can be read, after the pages
    record = parse_citation(
        "- \"Back to the Future: Neomedievalism and the Postmodern Digital Economy,\" *Journal "
        "of International Affairs* 51:2 (Spring 1998), 361–386 — issue foreword on CIAO: "
        "ciaotest.cc.columbia.edu/olj/jia/jia_spr98fwd.html").record
    assert record is not None
    assert (record.container_title, record.year, record.page) == (
        "Journal of International Affairs", 1998, "361–386")


def test_a_known_magazine_before_a_quoted_title_is_no_person() -> None:
    # f1-boink-podcast-75: "Rolling Stone" reads as a given name and a surname
    record = parse_citation("- Rolling Stone, \"Jonah Falcon's Giant Penis Problem\"").record
    assert record is not None
    assert (record.author, record.container_title, record.type) == (
        [], "Rolling Stone", "article-magazine")


def test_an_alternative_title_after_a_semicolon_is_not_a_second_entry() -> None:
    # d-ntw2029-sources: "Title; or, Other Title", as old titles and some papers run
    text = ("- Kjeldgaard-Christiansen, J. (2021). Relatable Motives and Righteous Causes; or, "
            "Why the Sympathetic Antihero is Not a Moral Psychological Mystery. _Projections_, "
            "_15_(3), 47-67. <https://doi.org/10.3167/proj.2021.150303>\n")
    assert extracted(text, "markdown") == [
        ("Relatable Motives and Righteous Causes; or, Why the Sympathetic Antihero is Not a "
         "Moral Psychological Mystery", ["Kjeldgaard-Christiansen"])]


@pytest.mark.parametrize(("line", "title", "container"), [
    # d-ntw2029-sources: APA's two-sentence title before a journal in italics and its volume
    ("- Garcia-Pelegrin, E., Wilkins, C., & Clayton, N. S. (2021). The Ape That Lived to Tell "
     "the Tale. The Evolution of the Art of Storytelling and Its Relationship to Mental Time "
     "Travel and Theory of Mind. _Frontiers in Psychology_, _12_. "
     "<https://doi.org/10.3389/fpsyg.2021.755783>",
     "The Ape That Lived to Tell the Tale. The Evolution of the Art of Storytelling and Its "
     "Relationship to Mental Time Travel and Theory of Mind", "Frontiers in Psychology"),
    # the chapter's number before its title
    ("- Grodal, T. (2009). 6. Sadness, melodrama, and rituals of loss and death. In _Embodied "
     "visions: Evolution, emotion, culture, and film_ (pp. 122-142). Oxford University Press.",
     "Sadness, melodrama, and rituals of loss and death",
     "Embodied visions: Evolution, emotion, culture, and film"),
])
def test_apa_titles_that_hold_a_stop(line: str, title: str, container: str) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert (record.full_title, record.container_title) == (title, container)
    assert parse_citation("Orwell, G. (1949). 1984. Secker & Warburg.").record.full_title == "1984"


def test_a_capital_in_after_the_quoted_titles_stop_opens_its_book() -> None:
    # d-headlesschicken-book-history: Chicago's chapter, the author's dash for "the same"
    record = parse_citation("<p>———. \"First Steps Toward a History of Reading.\" In The Kiss of "
                            "Lamourette: Reflections in Cultural History. 1990.</p>").record
    assert record is not None
    assert (record.container_title, record.type, record.year) == (
        "The Kiss of Lamourette: Reflections in Cultural History", "chapter", 1990)


def test_the_chapter_a_reading_list_singles_out_of_a_book() -> None:
    # a-iot-calvino, a-iot-foot: In Our Time's reading lists
    text = ("<p>Peter Bondanella and Andrea Ciccarelli (eds.), The Cambridge Companion to the "
            "Italian Novel (Cambridge University Press, 2003), especially the chapter ‘Italo "
            "Calvino and Umberto Eco: Postmodern Masters’</p>\n"
            "<p>Dan Russell (ed.), The Cambridge Companion to Virtue Ethics (Cambridge University "
            "Press), especially ‘Virtue Ethics in the Twentieth Century’ by Timothy (now Sophie "
            "Grace) Chappell</p>\n")
    works = [(c.record.full_title, families(c.record.author), c.record.container_title,
              c.record.type) for c in extract(text, "html")]
    assert works[1] == ("Italo Calvino and Umberto Eco: Postmodern Masters", [],
                        "The Cambridge Companion to the Italian Novel", "chapter")
    assert works[3] == ("Virtue Ethics in the Twentieth Century", ["Chappell"],
                        "The Cambridge Companion to Virtue Ethics", "chapter")


@pytest.mark.parametrize(("line", "title", "author", "publisher"), [
    # f1-swordandlaser-2019, -526: award finalists, "Title, Author (Publisher; Publisher)"
    ("- Spinning Silver, Naomi Novik (Del Rey; Macmillan)", "Spinning Silver", "Novik",
     "Del Rey"),
    ("• Sunward, William Alexander (Saga)", "Sunward", "Alexander", "Saga"),
    ("• Scales, Christopher Hinz (Angry Robot UK)", "Scales", "Hinz", "Angry Robot UK"),
    # initials before the surname are no "Family, Given." head
    ("- Witchmark, C.L. Polk (Tor.com Publishing)", "Witchmark", "Polk", "Tor.com Publishing"),
    ("• Outlaw Planet, M.R. Carey (Orbit UK; Orbit US)", "Outlaw Planet", "Carey", "Orbit UK"),
    # a single initial still is: "Family, I. Title (Publisher)"
    ("Smith, J. Dune (Penguin).", "Dune", "Smith", "Penguin"),
])
def test_title_then_author_then_the_imprint_in_brackets(line: str, title: str, author: str,
                                                         publisher: str) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert (record.full_title, record.author[0].family, record.publisher) == (
        title, author, publisher)


def test_a_reading_logs_semicolons_keep_its_order() -> None:
    # f2-nlubock-reading: "Title; Author; dates", the author's given name not in the list
    text = ("Deep Work; Cal Newport; 2016/5/27 - 2016/6/17\n"
            "Lolita; Vladimir Nabokov; 2016/2/17 - 2016/3/15\n"
            "The Martian; Andy Weir; 2015/12 - 2015/12\n"
            "Kafka on the Shore; Haruki Murakami; 2015/11 - 2015/12\n"
            "Atlas Shrugged; Ayn Rand; 2013/6 - 2013/8\n")
    assert extracted(text)[-1] == ("Atlas Shrugged", ["Rand"])


def test_a_hat_tip_in_brackets_is_no_imprint() -> None:
    # g-melting-asphalt-reading: the blog credits who pointed to the book
    record = parse_citation("<li>Brian Christian and Tom Griffiths, Algorithms to Live By (HT: "
                            "Julia Galef, Ben Mathes).</li>").record
    assert record is not None
    assert (record.full_title, record.publisher, record.publisher_place,
            [n.family for n in record.author]) == (
        "Algorithms to Live By", None, None, ["Christian", "Griffiths"])
