"""Forms read in the forty-first round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract
from reading_helpers import line_works as _read


def test_a_name_particle_does_not_open_the_next_word() -> None:
    # ae4-future-hindsight-feed: "Haass le(ads)" had been read as a name ending in "le",
    # leaving the title's author as "Richard" alone
    text = ("Dr. Richard Haass leads the Council on Foreign Relations as its President and is "
            "the author of The Bill of Obligations: Ten Habits of Good Citizens. We ask what "
            "citizens owe each other.\n")
    read = _read(text, "text")
    assert read[1] == [("The Bill of Obligations: Ten Habits of Good Citizens", ["Haass"],
                        ["Richard"], "book")]


def test_a_name_particle_between_name_words_stays() -> None:
    text = "Ursula K. Le Guin is the author of The Dispossessed, and we talk about it.\n"
    read = _read(text, "text")
    assert read[1][0][1] == ["Le Guin"]


def test_a_lone_surname_owning_a_quoted_title_is_its_writer() -> None:
    # ac1-usaquizshow-bookish-special and u2-one-book-list: one surname's possessive before a
    # quoted title
    text = ("The first film borrows only a little from Lovecraft’s “The Outsider,” while the "
            "remake owes him much more.\n"
            "Set beside it, Krafft-Ebing's 'Psychopathia Sexualis' seems almost tame.\n")
    read = _read(text, "text")
    assert read[1] == [("The Outsider", ["Lovecraft"], [""], "book")]
    assert read[2] == [("Psychopathia Sexualis", ["Krafft-Ebing"], [""], "book")]


def test_a_possessive_that_names_no_writer_gives_no_quoted_work() -> None:
    # a given name alone, a country, an outlet, or a name that opens the sentence
    text = ("We loved Jami's “Pretty Good Advice,” and then went home.\n"
            "Later we laughed at America's “Funniest Moments” again.\n"
            "Then NPR's “Morning Edition” came on.\n"
            "Smith's “Big Idea” was on every poster.\n")
    assert _read(text, "text") == {}


def test_the_kind_of_work_before_by_is_not_part_of_the_title() -> None:
    # ah2-jasonhong-reading-list: "[Title](…) - Book by Writer"
    text = ("1. [The Art of Monitoring](https://artofmonitoring.com/) - Book by James Turnbull\n"
            "2. The Outsider, a novel by Albert Camus\n")
    read = _read(text, "markdown")
    assert read[1] == [("The Art of Monitoring", ["Turnbull"], ["James"], "book")]
    assert read[2] == [("The Outsider", ["Camus"], ["Albert"], "book")]


def test_a_kind_after_a_colon_stays_the_subtitle() -> None:
    read = _read("- Wolf Hall: A Novel by Hilary Mantel\n", "markdown")
    assert read[1][0][0] == "Wolf Hall: A Novel"


def test_a_verb_opening_the_sentence_is_no_part_of_the_owner() -> None:
    # a-lrb-acast and ah3-nochargebookbunch-book-club-picks: "Reviewing Jenni Nuttall’s …"
    text = ("Reviewing Jenni Nuttall’s Mother Tongue, our guest traces where our words for the "
            "body came from.\n"
            "Discussing Barbara Chase-Riboud’s Hottentot Venus, for one, took us somewhere new.\n")
    read = _read(text, "text")
    assert read[1] == [("Mother Tongue", ["Nuttall"], ["Jenni"], "book")]
    assert read[2] == [("Hottentot Venus", ["Chase-Riboud"], ["Barbara"], "book")]


def test_a_debut_or_a_novel_in_stories_set_off_by_commas_is_a_work() -> None:
    # m1-otherppl-feed: "His novel-in-stories, Making Nice, …"
    text = ("Matt Sumell is the guest. His novel-in-stories, Making Nice, is in shops now.\n"
            "Megan Nolan is back. Her debut, Acts of Desperation, came out in 2021.\n")
    read = _read(text, "text")
    assert read[1] == [("Making Nice", ["Sumell"], ["Matt"], "book")]
    assert read[2] == [("Acts of Desperation", ["Nolan"], ["Megan"], "book")]


def test_a_debut_without_its_comma_is_no_cue() -> None:
    # "debut" names a work only when its title follows it after a comma
    assert _read("Her debut Album Night was a mess, she says.\n", "text") == {}


# bc4-seabirdcassidy-recommended-reading and an4-0xreklaw-reading: start tags whose
# attributes run over several lines, with the entry's text after them.
_CARDS = """<article class="book">
    <img src="/assets/images/books/god-emperor-of-dune.jpg" class="medium-book"
    alt="The cover of God Emperor Of Dune">
    God Emperor Of Dune, Frank Herbert, 1981
</article>
<ul>
  <li>
    <a
      href="https://www.senate.gov/artandhistory/history/resources/pdf/Washingtons_Farewell_Address.pdf"
      target="_blank"
      >Washington's Farewell Address</a
    >
  </li>
</ul>
"""


def test_text_after_a_start_tag_over_several_lines_is_on_its_own_line() -> None:
    read = _read(_CARDS, "html")
    assert read[4] == [("God Emperor Of Dune", ["Herbert"], ["Frank"], "book")]
    assert read[11][0][0] == "Washington's Farewell Address"
    assert set(read) == {4, 11}


def test_styled_spans_of_a_wordpress_export_are_no_part_of_the_words() -> None:
    # bc2-brianvp-recommended-reading: a WordPress page exported to Markdown keeps each run
    # of words in <span style="font-weight: 400;">
    text = ('<span style="font-weight: 400;">Most software books are </span>_<span '
            'style="font-weight: 400;">awful</span>_<span style="font-weight: 400;">, '
            'so buy these few and skip the rest.</span>\n'
            '\n'
            '<table class="table">\n'
            '  <tr>\n'
            '    <td>\n'
            '      <a href="http://www.amazon.com/Code-Language-Computer-Hardware-Software/dp/'
            '0735611319"><span style="font-weight: 400;">Code</span></a>\n'
            '    </td>\n'
            '  </tr>\n'
            '</table>\n')
    read = _read(text, "markdown")
    assert read == {6: [("Code", [], [], "book")]}


def test_an_initial_then_a_given_name_is_one_name_in_a_bibliography() -> None:
    # bc2-syncshepherd-recovery-bibliography: Chicago entries of writers who go by an initial
    # and a given name ("E. James Wilder"); before, "James" was read as the title
    text = ("**Warner, Marcus, and E. James Wilder.** *Rare Leadership: 4 Uncommon Habits for "
            "Increasing Trust, Joy, and Engagement in the People You Lead.* Chicago: Moody "
            "Publishers, 2016.\n"
            "\n"
            "Fitzgerald, F. Scott. The Great Gatsby. New York: Scribner, 1925.\n"
            "\n"
            "Smith, J. Dune Messiah. New York: Ace, 1969.\n")
    read = _read(text, "markdown")
    assert read[1] == [("Rare Leadership: 4 Uncommon Habits for Increasing Trust, Joy, and "
                        "Engagement in the People You Lead", ["Warner", "Wilder"],
                        ["Marcus", "E. James"], "book")]
    assert read[3] == [("The Great Gatsby", ["Fitzgerald"], ["F. Scott"], "book")]
    assert read[5] == [("Dune Messiah", ["Smith"], ["J."], "book")]  # no given name follows


def test_a_rarer_given_name_after_an_initial_is_known_by_the_title_and_imprint_after_it() -> None:
    text = ("Haggard, H. Rider. King Solomon's Mines. London: Cassell, 1885.\n"
            "Smith, J. Dune. New York: Ace, 1969.\n")
    read = _read(text, "text")
    assert read[1] == [("King Solomon's Mines", ["Haggard"], ["H. Rider"], "book")]
    assert read[2] == [("Dune", ["Smith"], ["J."], "book")]


def test_a_library_catalogue_entry_over_three_lines() -> None:
    # bc3-slpl-model-trains-and-railroading: title, writer and an ISBD imprint (a spaced
    # colon between town and publisher), each on its own line
    text = ("Model railway : layout, construction, and design techniques\n"
            "Nigel Burkin.\n"
            "Ramsbury, Wiltshire : Crowood Press, 2010.\n"
            "Plan the layout before you buy a single piece of track.\n"
            "The Hornby book of scenic railway modelling\n"
            "by Chris Ellis.\n"
            "London : Conway, 2010.\n")
    outcomes = [o for o in iter_extract(text, "text") if o.citations]
    assert [o.line for o in outcomes] == [1, 5]
    first, second = (o.citations[0].record for o in outcomes)
    assert (first.title, first.subtitle) == ("Model railway", "layout, construction, and design "
                                                              "techniques")
    assert (first.publisher, first.get("publisher-place"), first.year) == (
        "Crowood Press", "Ramsbury, Wiltshire", 2010)
    assert (second.publisher, second.get("publisher-place"), second.year) == ("Conway", "London",
                                                                             2010)


def test_a_viewers_list_under_a_movies_heading() -> None:
    # bd4-ryantuck-movies: a pandoc page "movies" listing films, some typed in lower case
    text = ("<h1 id=\"movies\">movies</h1>\n<ul>\n<li>Cider House Rules</li>\n"
            "<li>Smokey and the Bandit</li>\n<li>rosewater</li>\n<li>the fountain</li>\n"
            "<li>the fly</li>\n<li>spotlight</li>\n<li>Mulholland drive</li>\n</ul>\n")
    read = _read(text, "html")
    assert read[3] == [("Cider House Rules", [], [], "motion_picture")]
    assert read[9] == [("Mulholland drive", [], [], "motion_picture")]


def test_a_link_to_the_sites_films_page_heads_nothing() -> None:
    # aq2-hnvoid-record-of-reading: "[Movies](movies.html)" above the reading log is the
    # site's navigation; the books under the next heading stay books
    text = ("[Movies](movies.html)<br>\n\n# Books I Have Got Through\n\n"
            "| Book | Writer |\n|:---:|:---:|\n| Flask Web Development | Miguel Grinberg |\n")
    read = _read(text, "markdown")
    assert read[7] == [("Flask Web Development", ["Grinberg"], ["Miguel"], "book")]


def test_a_bold_title_and_its_subtitle_in_one_link_are_one_title() -> None:
    # bd2-czmyt-favorite-books: "[**Title**: Subtitle](shop link)" over "by Writer"
    text = ("- [**On Tyranny**: Twenty Lessons from the Twentieth Century](https://www.amazon.com/"
            "Tyranny-Twenty-Lessons-Twentieth-Century/dp/0804190119)\n"
            "    by Timothy Snyder\n")
    read = _read(text, "markdown")
    assert read[1] == [("On Tyranny: Twenty Lessons from the Twentieth Century", ["Snyder"],
                        ["Timothy"], "book")]


def test_a_bold_title_then_its_writer_in_one_link_stay_apart() -> None:
    read = _read("- [*The Power* -- Naomi Alderman](#the-power)\n", "markdown")
    assert read[1] == [("The Power", ["Alderman"], ["Naomi"], "book")]


def test_a_remark_after_a_line_break_under_an_item_is_no_part_of_the_entry() -> None:
    # bd2-czmyt-favorite-books: an item's entry, then its writer's remarks, each after a <br />
    text = ("- ## History / Politics\n\n"
            "    - [**On Tyranny (Expanded Audio Edition)**: Updated with Twenty New Lessons from "
            "Russia's War on Ukraine](https://www.amazon.com/Tyranny-Expanded-Audio-Updated-"
            "Lessons/dp/B09VMR31RT)\n"
            "        by Timothy Snyder\n"
            "        <br />***Get the longer audio version.***\n")
    read = _read(text, "markdown")
    assert read[3] == [("On Tyranny (Expanded Audio Edition): Updated with Twenty New Lessons "
                        "from Russia's War on Ukraine", ["Snyder"], ["Timothy"], "book")]


def test_author_date_entries_with_a_remark_after_the_bold_title() -> None:
    # bd2-alexhkurz-technology-democracy-books: "Writers (Year) **Title** Remark …"
    text = ("- Sean B Carroll (2005) **Endless Forms Most Beautiful: The New Science of Evo Devo "
            "and the Making of the Animal Kingdom** Embryology seen as a way into evolution.\n"
            "- Lee Vinsel, Andrew L. Russell (2020) **The Innovation Delusion** Maintenance "
            "against novelty: which of them pays?\n"
            "- David Lewis, Wim Vandekerckhove (2011) **Whistleblowing and Democratic Values**.\n")
    read = _read(text, "markdown")
    assert read[1] == [("Endless Forms Most Beautiful: The New Science of Evo Devo and the "
                        "Making of the Animal Kingdom", ["Carroll"], ["Sean B"], "book")]
    assert read[2] == [("The Innovation Delusion", ["Vinsel", "Russell"], ["Lee", "Andrew L."],
                        "book")]
    assert read[3] == [("Whistleblowing and Democratic Values", ["Lewis", "Vandekerckhove"],
                        ["David", "Wim"], "book")]


def test_an_imprint_after_a_bold_title_is_still_read() -> None:
    read = _read("- Smith, J. (2019) **Plunder of the Commons** Pelican: London.\n", "markdown")
    assert read[1] == [("Plunder of the Commons", ["Smith"], ["J."], "book")]


def test_a_paper_stacked_over_three_lines_with_its_journal_last() -> None:
    # be4-aldridge-info-theory-reading-group: title, authors, then "Journal, volume:issue,
    # pages, year", each after a <br />
    text = ("<ul>\n<li>Zero-error information theory<br />\n"
            "J. K&#246;rner and A. Orlitsky<br />\n"
            "<i>IEEE Transactions on Information Theory</i>,\n"
            "<strong>44</strong>:6, 2207-2229, 1998<br />\n</li>\n</ul>\n")
    outcomes = [o for o in iter_extract(text, "html") if o.citations]
    assert [o.line for o in outcomes] == [2]
    record = outcomes[0].citations[0].record
    assert (record.type, record.title, record.container_title) == (
        "article-journal", "Zero-error information theory",
        "IEEE Transactions on Information Theory")
    assert (record.volume, record.issue, record.page, record.year) == (
        "44", "6", "2207-2229", 1998)
    assert [n.family for n in record.author] == ["Körner", "Orlitsky"]


def test_a_cards_link_gives_the_part_the_page_names_its_title() -> None:
    # be4-a17s-watched: each film a link holding its kind, title, rating and date
    text = ('<ul>\n  <li class="row">\n    <a class="row__link" href="/watched/honey-dont/">\n'
            '      <span class="row__kind">🎬 Film</span>\n'
            '      <span class="row__title">Honey Don&#39;t!</span>\n'
            '      <span class="row__rating" aria-label="3 out of 5">★★★</span>\n'
            '      <time class="row__date" datetime="2026-06-26">Jun 26</time>\n'
            '    </a>\n  </li>\n</ul>\n')
    read = _read(text, "html")
    assert list(read) == [5]
    assert read[5][0][0] == "Honey Don't!"


def test_an_edition_in_brackets_before_the_dash_is_the_edition() -> None:
    # be2-blake-bird-quant-reading-list: "Title (3rd ed.) — Writer"
    text = ("- Python for Data Analysis (3rd ed.) — Wes McKinney\n"
            "- Learning SQL (3rd Edition) - Alan Beaulieu\n")
    outcomes = [o for o in iter_extract(text, "markdown") if o.citations]
    records = [o.citations[0].record for o in outcomes]
    assert [(r.title, r.edition, r.author[0].family) for r in records] == [
        ("Python for Data Analysis", "3", "McKinney"), ("Learning SQL", "3", "Beaulieu")]
