"""Forms read in the forty-fourth round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract
from biblio.parse import parse_citation
from biblio.parse.markup import clean


def _records(text: str, form: str = "markdown") -> list[dict[str, object]]:
    return [c.record.to_csl() for o in iter_extract(text, form) for c in o.citations]


def test_a_cover_whose_words_follow_it_shows_them_once() -> None:
    # bp2-bharathkrishnan-books-2022: a generated reading log heads each book with its cover
    cover = "https://covers.openlibrary.org/b/isbn/9780063028050-M.jpg"
    assert clean(f"## ![Termination Shock]({cover}) Termination Shock").text == "Termination Shock"
    assert clean(f"[![Dune]({cover})](https://example.org/dune) *Dune* by Frank Herbert").text \
        == "Dune by Frank Herbert"
    # (an image whose alt text is not what follows keeps showing it)
    assert clean(f"![cover]({cover}) Dune").text == "cover Dune"


def test_a_byline_linked_to_author_pages_names_the_heading_s_authors() -> None:
    # bp2-bharathkrishnan-books-2022
    log = "\n".join([
        "# 2022: 40 Authors, 16 / 37 Books Read", "",
        "## ![Termination Shock](https://covers.openlibrary.org/b/isbn/9780063028050-M.jpg)"
        " Termination Shock",
        "*[Neal Stephenson](../authors/NealStephenson)*", "",
        "[Massachusetts Library](https://library.minlib.net/search/i=9780063028050)"
        " / [Open Library](https://openlibrary.org/isbn/9780063028050)"
        " / [Amazon](https://amazon.com/dp/0063028050)", "",
        ":star: :star: :star: :star: :star:", "",
        "## ![Trillion Dollar Coach](https://covers.openlibrary.org/b/isbn/9780062839268-M.jpg)"
        " Trillion Dollar Coach",
        "*[Eric Schmidt](../authors/EricSchmidt)"
        " & [Jonathan Rosenberg](../authors/JonathanRosenberg)"
        " & [Alan Eagle](../authors/AlanEagle)*", ""])
    assert [(r["title"], [a["family"] for a in r["author"]]) for r in _records(log)] == [
        ("Termination Shock", ["Stephenson"]),
        ("Trillion Dollar Coach", ["Schmidt", "Rosenberg", "Eagle"])]


def test_a_year_and_a_separator_before_title_by_author_is_the_year_it_was_read() -> None:
    # bm4-cyrusstoller-book-list: "<span>2021</span> &raquo; <a …>Title</a> by <span>Author</span>"
    page = ('<ul>\n<li class="text-left">\n    <span class="small-muted">2021</span> &raquo;\n'
            '    <a href="https://www.amazon.com/dp/1328683788/">Tools of Titans: The Tactics,'
            ' Routines, and Habits of Billionaires, Icons, and World-Class Performers</a> by\n'
            '    <span class="nowrap">Timothy Ferriss</span>\n</li>\n</ul>\n')
    [record] = _records(page, "html")
    assert record["title"] == ("Tools of Titans: The Tactics, Routines, and Habits of"
                               " Billionaires, Icons, and World-Class Performers")
    assert record["author"] == [{"family": "Ferriss", "given": "Timothy"}]
    # (a title's own year keeps its colon, and a year with no title after it is the title)
    assert [r["title"] for r in _records("- 2001: A Space Odyssey by Arthur C. Clarke\n"
                                         "- 1984 - George Orwell\n")] == [
        "2001: A Space Odyssey", "1984"]


def test_a_paragraph_whose_lines_are_numbered_entries_is_a_list() -> None:
    # bo4-isamilefchik-film-reviews: a film log written as numbered lines inside one <p>,
    # in lower case, each with its year and the reviewer's score
    page = ("<h1>Film Reviews</h1>\n<p>\n\n1. the autopsy of jane doe (2016): 7.9/10\n"
            "2. kandahar (2001): 9.5/10\n3. the third man (1949): 10/10\n</p>\n")
    found = [(o.line, c.record.title, c.record.issued.year if c.record.issued else None)
             for o in iter_extract(page, "html") for c in o.citations]
    assert found == [(4, "the autopsy of jane doe", 2016), (5, "kandahar", 2001),
                     (6, "the third man", 1949)]
    # (lines not numbered one after another stay one paragraph)
    assert not _records("<p>\n1. we met at ten\n3. then we left\n7. it rained\n</p>\n", "html")
    # (to the rules a lower-case line with no score is no entry; a list of them is the
    # labeller's to read)
    assert not parse_citation("the third man (1949)").is_citation
    assert parse_citation("the third man (1949): 10/10").record.title == "the third man"


def test_works_straight_after_their_kind_in_a_sentence_are_named() -> None:
    # ah1-berlinale-podcast-feed names its festival films after their kind ("Die
    # Wettbewerbsfilme Margin Call und The Prize"); English notes write it the same way
    found = [(o.line, [c.record.title for c in o.citations]) for o in iter_extract(
        "This week we discuss the films Margin Call, Coriolanus and The Guard, all of"
        " which we enjoyed a great deal.\n\nBooks That Changed My Life, and Might Change Yours\n",
        "text")]
    assert found == [(1, ["Margin Call", "Coriolanus", "The Guard"]), (3, [])]


def test_a_link_its_words_call_someones_home_page_is_no_work() -> None:
    # bu4-haskellinterlude-70: the links under an interview's notes
    found = [(o.line, [c.record.title for c in o.citations]) for o in iter_extract(
        "## Links\n\n- [Phil Wadler’s home page](https://homepages.inf.ed.ac.uk/wadler/)\n"
        "- [Bob Harper’s homepage](https://www.cs.cmu.edu/~rwh/)\n"
        "- [Propositions as Types](https://homepages.inf.ed.ac.uk/wadler/papers/propositions-as-"
        "types/propositions-as-types.pdf)\n", "markdown")]
    assert found == [(1, []), (3, []), (4, []), (5, ["Propositions as Types"])]


def test_a_reading_lists_advice_in_sentence_case_is_no_title() -> None:
    # bf2-aureon-69-reading-list and s2-jonoropeza-summer-2019: the advice under a list
    found = [(o.line, [c.record.title for c in o.citations]) for o in iter_extract(
        "## Books\n\n- Work through the exercises\n- Make one small change\n"
        "- Success makes you feel you need less margin for error\n- Make Time\n"
        "- The Road to React: Your journey to master React\n", "markdown")]
    assert found == [(1, []), (3, []), (4, []), (5, []), (6, ["Make Time"]),
                     (7, ["The Road to React"])]


def test_a_sites_menu_up_a_level_and_its_feed_are_no_works() -> None:
    # be4-aldridge-info-theory-reading-group, bu4-haskellinterlude-70, bn4-yarukinai-episode-55
    page = ('<ul>\n<li><a class="menu" href="../me">About Me</a></li>\n'
            '<li><a href="../../">Home</a></li>\n'
            '<li><a href="/feed.xml">RSSで購読</a></li>\n</ul>\n')
    assert not _records(page, "html")


def test_an_entrys_imprint_or_venue_line_is_no_title_of_its_own() -> None:
    # ao3-libui-western-world-similar, u2-pinktrombone-bibliography: entries set over lines
    for line in ("The Scarecrow Press, 1970", "Houghton Mifflin , 1983",
                 "Proceedings of the 2000 International Computer Music Conference. 2000."):
        assert not parse_citation(line).is_citation, line
    # (a title holding a publisher's word is a title: "The House That Jack Built (2018)")
    assert parse_citation("The House That Jack Built (2018)").record.title \
        == "The House That Jack Built"


def test_a_list_that_sets_its_titles_in_bold_reads_a_bold_item_as_one() -> None:
    # bv2-lucasfoulkes-manga
    found = [(o.line, [c.record.title for c in o.citations]) for o in iter_extract(
        "1. **Knitting by the Window** by Takaru Hokazono\n2. **Service Area** by Inio Asano\n"
        "3. **Goodbye, Eri** by Tatsuki Fujimoto\n4. **Locker Room**\n5. **Tokidoki**\n",
        "markdown")]
    assert found[3:] == [(4, ["Locker Room"]), (5, ["Tokidoki"])]
    # (bold alone elsewhere is a label: "**Fiction**")
    assert not _records("**Fiction**\n\n**Non-fiction**\n")


def test_a_title_set_apart_whole_keeps_its_comma() -> None:
    # bv2-hparra-audiobooks: "[Title](…). Author. Year." with a comma in the title
    record = parse_citation("[Thinking, Fast and Slow](http://amzn.to/x). Daniel Kahneman."
                            " 2011.").record
    assert (record.title, [a.family for a in record.author]) == (
        "Thinking, Fast and Slow", ["Kahneman"])
    # (a canon's name before a comma is its author still: "Homer, The Odyssey. Trans. …")
    record = parse_citation("Homer, The Odyssey. Trans. Robert Fagles. New York: Penguin,"
                            " 1996.").record
    assert (record.title, [a.family for a in record.author]) == ("The Odyssey", ["Homer"])
