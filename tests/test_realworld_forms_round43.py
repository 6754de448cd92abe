"""Forms read in the forty-third round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract
from biblio.model import Name
from biblio.parse.markup import clean


def _records(text: str) -> list[dict[str, object]]:
    return [c.record.to_csl() for o in iter_extract(text, "markdown") for c in o.citations]


def test_links_inside_a_bold_entry_are_links() -> None:
    # ab3-1iis-principles-bibliography and as2-modalhistory-syllabus: a bibliography that
    # sets each whole entry in bold, its works linked inside
    cleaned = clean("**[The Girls of Slender Means](https://example.org/girls) by Muriel Spark**."
                    " The title drew me in")
    assert cleaned.text == "The Girls of Slender Means by Muriel Spark. The title drew me in"
    assert [(cleaned.text[a:b], url) for a, b, url in cleaned.links] == [
        ("The Girls of Slender Means", "https://example.org/girls")]
    address = "https://github.com/benbrastmckie/ModelChecker/blob/master/Counterfactuals.pdf"
    records = _records(f"**Brast-McKie, Benjamin. [\"Counterfactual Worlds\"]({address}), JPL**\n")
    assert [(r["title"], r["URL"]) for r in records] == [("Counterfactual Worlds", address)]


def test_one_authors_linked_works_in_a_bold_entry_are_each_a_work() -> None:
    records = _records("**Bret Victor — [*Inventing on Principle*]"
                       "(https://worrydream.com/#!/InventingOnPrinciple), [*Learnable Programming*]"
                       "(https://worrydream.com/#!/LearnableProgramming)**  \n")
    assert [(r["title"], r["URL"], r["author"]) for r in records] == [
        ("Inventing on Principle", "https://worrydream.com/#!/InventingOnPrinciple",
         [{"family": "Victor", "given": "Bret"}]),
        ("Learnable Programming", "https://worrydream.com/#!/LearnableProgramming",
         [{"family": "Victor", "given": "Bret"}])]


def test_a_single_emphasised_link_still_marks_its_title() -> None:
    # (the guard: "**[Title](…)**" alone keeps its emphasis, the title's mark)
    cleaned = clean("**[Stoic Backgammon](https://www.amazon.com/dp/B0GXW6KRDH/)**")
    assert cleaned.text == "Stoic Backgammon"
    assert cleaned.emphasis == ((0, 16),)


def test_a_kind_and_a_comma_before_the_linked_entry_is_a_label() -> None:
    # aj2-podlets-12-learning-distributed-systems: "Book, [Title, Author](…)"
    records = _records("- Book, [Designing Data-Intensive Applications, M. Kleppmann]"
                       "(https://dataintensive.net)\n"
                       "- Book, [Distributed Systems, M. van Steen and A.S. Tanenbaum]"
                       "(https://www.distributed-systems.net/index.php/books/)"
                       " (free with registration)\n")
    assert [(r["title"], [a["family"] for a in r["author"]]) for r in records] == [
        ("Designing Data-Intensive Applications", ["Kleppmann"]),
        ("Distributed Systems", ["Steen", "Tanenbaum"])]


def test_a_title_of_several_words_before_an_initial_is_no_inverted_name() -> None:
    # (the guard: "Surname Surname, I. Title" stays a compound surname)
    records = _records("- Lloyd Webber, A. Cats. London: Faber, 1981.\n")
    assert [(r["title"], r["author"]) for r in records] == [
        ("Cats", [{"family": "Lloyd Webber", "given": "A."}])]


def test_title_dash_subtitle_dash_author() -> None:
    # aj2-podlets-12-learning-distributed-systems: "[Title - Subtitle - Author](…)"
    records = _records("- [Systems Programming - Designing and Developing Distributed Applications"
                       " - Richard Anthony](https://www.amazon.com/dp/012800729X)\n"
                       "- [Distributed Systems - Design Concepts - Sunil Kumar]"
                       "(https://www.amazon.com/dp/1842659332)\n")
    assert [(r["title"], r["author"]) for r in records] == [
        ("Systems Programming - Designing and Developing Distributed Applications",
         [{"family": "Anthony", "given": "Richard"}]),
        ("Distributed Systems - Design Concepts", [{"family": "Kumar", "given": "Sunil"}])]
    # (the guard: two common words after the last dash are no author)
    records = _records("- British Fantasy Awards – August Derleth Award – Horror Novel\n")
    assert all(r.get("author") != [{"family": "Novel", "given": "Horror"}] for r in records)


def test_a_heading_of_title_dash_known_person_is_a_work() -> None:
    # bj2-teddyballgm-tbr: a reading queue heads each card "### Title — Author"
    text = ("## Tier 2 — Strong Recommendation\n\n"
            "### The Lies of Locke Lamora — Scott Lynch\n\n"
            "**Predicted rating:** 8/10\n\n"
            "### Catch-22 — Joseph Heller\n\n"
            "**Predicted rating:** 7.5/10\n")
    assert [(r["title"], r["author"]) for r in _records(text)] == [
        ("The Lies of Locke Lamora", [{"family": "Lynch", "given": "Scott"}]),
        ("Catch-22", [{"family": "Heller", "given": "Joseph"}])]
    # (the guard: a section's heading in the same shape names no work)
    assert _records("### Layer 5 — Emotional Language\n\nWords for what a person feels.\n") == []


def test_a_heading_among_headed_works_keeps_the_author_their_form_gives() -> None:
    # ab2-lugaw-read-2021: a reading log's headings "Title :: Author :: Read …", the first
    # read before the others vouch for it
    text = "".join(f"<h2>{entry}</h2>\n<p>Some notes on it.</p>\n" for entry in (
        "Tender Is the Flesh :: Agustina Bazterrica :: Read Aug. 5-8",
        "The Left Hand of Darkness :: Ursula K. Le Guin :: Read Aug. 1–14",
        "The Only Good Indians :: Stephen Graham Jones :: Read Aug. 14-15",
        "Horrorstör :: Grady Hendrix :: Read Aug. 21"))
    records = [c.record for o in iter_extract(text, "html") for c in o.citations]
    assert [(r.title, r.author[0].family if r.author else None) for r in records] == [
        ("Tender Is the Flesh", "Bazterrica"), ("The Left Hand of Darkness", "Le Guin"),
        ("The Only Good Indians", "Jones"), ("Horrorstör", "Hendrix")]


def test_a_posts_date_over_its_byline_is_no_title() -> None:
    # bj3-infogram-must-read-books-about-maps: the post's date and writer open the page
    text = ("2016-09-07 by Anete Ezera\n"
            "Maps were among the first ways people drew data, and they still are.\n")
    assert [c for o in iter_extract(text, "text") for c in o.citations] == []


def test_a_row_opening_with_a_cover_cell_is_reported_on_its_words_line() -> None:
    # ai2-groundedarchitecture-bookshelf: a shelf laid out as a table, a cover in the
    # first cell and the entry in the next
    text = ("<table>\n<tr>\n<td class=\"icon-container\">\n"
            "<img src=\"assets/images/software-architecture-elevator.webp\" class=\"book\" />\n"
            "</td>\n<td>\n"
            "<b>The Software Architect Elevator: Redefining the Architect's Role</b> by Gregor"
            " Hohpe casts architects as the people who link engineering and management.\n"
            "</td>\n</tr>\n</table>\n")
    found = [(o.line, c.record.full_title) for o in iter_extract(text, "html") for c in o.citations]
    assert found == [(7, "The Software Architect Elevator: Redefining the Architect's Role")]


def test_a_list_of_links_to_the_sites_own_pages_is_its_menu() -> None:
    # bk4-unavoceillini-recommended-reading: a sidebar menu without a <nav>, one item unclosed
    text = ('<div id="sidebar">\n    <ul>\n'
            '        <li><a href="./index.html">Home</a></li>\n'
            '        <li><a href="./who_we_are.html">Who We Are</a></li>\n'
            '        <li><a href="./join_our_chapter.html">Join our Chapter</a>\n'
            '        <li><a href="./latin_mass_directory.html">Latin Mass Directory</a>\n'
            '            </li>\n'
            '        <li><a href="./recommended_reading.html">Recommended Reading</a></li>\n'
            '    </ul>\n</div>\n'
            '<h2>Recommended Reading</h2>\n'
            '<ul><li><i>The Spirit of the Liturgy</i> by Joseph Ratzinger</li></ul>\n')
    assert [c.record.title for o in iter_extract(text, "html") for c in o.citations] == [
        "The Spirit of the Liturgy"]


def test_a_doubted_entry_its_blurb_names_again_is_kept() -> None:
    # bl3-longboardsguide-books-penned-by-skaters: "Name’s Title" on a line of its own, the
    # paragraph under it speaking of the same title
    text = ("Skate writers are a rarer breed than skate filmers, and here are a few of them.\n"
            "Tara Jepsen’s Like a Dog\n"
            "Among novels about skating, few feel as raw as Like a Dog.\n"
            "Karl Watson’s My First Skateboard\n"
            "A book for children who have just found the board.\n")
    found = [(o.line, c.record.title, c.record.author[0].family)
             for o in iter_extract(text, "text") for c in o.citations]
    assert found == [(2, "Like a Dog", "Jepsen")]


def test_a_raw_html_item_wrapped_over_lines_is_one_entry_and_its_stars_no_part() -> None:
    # aq2-kyscg-books-2020: a Markdown page's raw HTML list, its items wrapped mid-link and
    # closed by the reader's stars
    text = ('<li><a href="https://www.amazon.com/dp/0399588191">Born\n'
            'a Crime</a> by Trevor\n'
            'Noah *</li>\n'
            '<li><a href="https://www.amazon.com/dp/0553213997">The\n'
            'Odyssey</a> by Homer,\n'
            'translated by Allen Mandelbaum *</li>\n')
    read = [(r["title"], r["author"][0]["family"], r.get("translator")) for r in _records(text)]
    assert read == [
        ("Born a Crime", "Noah", None),
        ("The Odyssey", "Homer", [{"family": "Mandelbaum", "given": "Allen"}])]


def test_an_edition_closing_the_title_is_the_records_edition() -> None:
    # aw2-jlacar-coderetreat-references, ax3-anandtech-roman-history-books,
    # bd2-gabrielbarberini-eecs-books: the edition written after the title
    read = [(r["title"], r.get("edition")) for r in _records(
        "- Effective Java, Third Edition by Joshua Bloch\n"
        "- Roman Society (2nd ed.) by Henry C. Boren\n"
        "- Think Python 2nd Edition - Allen Downey\n")]
    assert read == [("Effective Java", "3"), ("Roman Society", "2"), ("Think Python", "2")]
    # (not an edition inside the title, before its subtitle)
    read = [(r["title"], r.get("edition")) for r in _records(
        "- Data Mining, Second Edition: Practical Machine Learning Tools by Ian Witten\n")]
    assert read == [("Data Mining, Second Edition: Practical Machine Learning Tools", None)]


def test_a_track_tables_song_and_composer_columns() -> None:
    # bn2-alantam-music-albums: an album's track list, numbered, the composer beside
    text = ("| # | 歌名 | 作曲 | 填词 | 监制 |\n"
            "|---|---|---|---|---|\n"
            "| 1. | 反斗星 | Michael Lloyd |  |  |\n"
            "| 3. | 愿你接受 | Larry Williams |  |  |\n")
    assert [(r["title"], r["author"][0]["family"]) for r in _records(text)] == [
        ("反斗星", "Lloyd"), ("愿你接受", "Williams")]


def test_a_nickname_in_quotes_inside_a_name_is_no_part_of_it() -> None:
    # bm3-notesfromtheroad-motorcycle-travel-books, aw2-jlacar-coderetreat-references
    read = [(r["title"], r["author"]) for r in _records(
        "- The Motorcycle Diaries by Ernesto \"Che\" Guevara - ...and here is the original!\n")]
    assert read == [("The Motorcycle Diaries", [{"family": "Guevara", "given": "Ernesto"}])]


def test_an_isbn10_labelled_without_its_hyphen_is_an_isbn() -> None:
    # ad3-tatll-short-story-club: Goodreads' "ISBN 9781984877802 (ISBN10: 1984877801)"
    from biblio.parse.identifiers import find_identifiers
    text = "ISBN\t9781984877802 (ISBN10: 1984877801)"
    assert [(f.value, text[f.start:f.end]) for f in find_identifiers(text)] == [
        ("9781984877802", "9781984877802"), ("9781984877802", "1984877801")]
    assert [(r.get("title"), r["ISBN"]) for r in _records(f"* {text}\n")] == [
        (None, "9781984877802")]


def test_a_vietnamese_name_is_family_name_first() -> None:
    # ag2-quybookrista-reading, ag2-baotrung-books: Vietnamese writers in a reading log
    from biblio.parse.names import parse_name_list, parse_person
    assert parse_person("Nguyễn Trương Quý") == Name(family="Nguyễn", given="Trương Quý")
    assert parse_name_list("Quốc Khánh, Hạo Nhiên") == [
        Name(family="Quốc", given="Khánh"), Name(family="Hạo", given="Nhiên")]
    # (the guard: accents other languages write keep the name in reading order)
    assert parse_person("Gabriel García Márquez") == Name(family="García Márquez",
                                                           given="Gabriel")


def test_a_syllabus_selections_from_and_pages_set_are_no_part_of_the_entry() -> None:
    # bp4-lcthomas-disaster-fiction-calendar: a course calendar's readings
    read = [(r["title"], r["author"][0]["family"], r.get("container-title"),
             r["issued"]["date-parts"][0][0]) for r in _records(
        "- Frantz Fanon, selections from “On Violence in the International Context,” *The"
        " Wretched of the Earth* (1963), pg 53-60 (BB)\n"
        "- Ben Hervey, selections from *Night of the Living Dead* (2008),"
        " pg 22-27, 111-121 (BB)\n")]
    assert read == [
        ("On Violence in the International Context", "Fanon", "The Wretched of the Earth", 1963),
        ("Night of the Living Dead", "Hervey", None, 2008)]


def test_emphasis_split_by_a_space_is_one_title() -> None:
    # bp4-lcthomas-disaster-fiction-calendar, b-rosamundm-2019: a page's markup broken
    # mid-title
    cleaned = clean("Rob Nixon, <em>Slow Violence</em> <em>and the Environmentalism of the"
                    " Poor</em> (2011)")
    assert [cleaned.text[a:b] for a, b in cleaned.emphasis] == [
        "Slow Violence and the Environmentalism of the Poor"]
    # (not two titles a comma lists)
    cleaned = clean("*Iliad*, *Odyssey*")
    assert [cleaned.text[a:b] for a, b in cleaned.emphasis] == ["Iliad", "Odyssey"]
