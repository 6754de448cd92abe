"""Forms read in the twenty-eighth round: papers in sentence case before their authors'
surnames and a year, titles before a paper's address, a link's text before its site, a
title before one surname or an inverted name, a book group's hour, conferences by their
acronyms, a reader's day in brackets; and what is refused: institutions by name and a
site's own sections.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the lines around them are our own words.
"""
from biblio import iter_extract, parse_citation


def _authors(line: str) -> list[tuple[str | None, str | None]]:
    return [(a.family, a.given) for a in parse_citation(line).record.author or []]


# A reader's paper-a-day log (ai3-garrettallen-paper-a-day, a text file): a paper's title
# in sentence case, then its first author's surname and the year in brackets, then its
# address.
def test_a_paper_in_sentence_case_before_surname_and_year() -> None:
    line = ("Extended critical regimes of deep neural networks (Qu 2022) "
            "https://arxiv.org/abs/2203.12967")
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.full_title == "Extended critical regimes of deep neural networks"
    assert _authors(line) == [("Qu", None)]
    assert parsed.record.issued is not None and parsed.record.issued.year == 2022
    # a sentence that cites its source is no entry
    assert not parse_citation("Deep learning got much better at this. See the review "
                              "(Qu 2022)").is_citation


# The same log: a title, then a paper's address (a PDF), with no author or year.
def test_a_title_before_a_papers_address() -> None:
    line = ("Free Energy Minimization for Decoding and Cryptoanalysis "
            "http://www.inference.org.uk/mackay/fes.pdf")
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.full_title == "Free Energy Minimization for Decoding and Cryptoanalysis"
    assert parsed.record.type == "article-journal"
    # a label over a PDF is none
    assert not parse_citation("Slides: https://example.org/talk.pdf").is_citation


# A developer's reading list (ah2-jasonhong-reading-list, a GitHub Markdown page): a link's
# text that is no one's name is the work; after the dash, the site it is on.
def test_a_links_text_before_its_site_is_the_title() -> None:
    parsed = parse_citation(
        "1. [Memory Allocation](https://samwho.dev/memory-allocation/) - Sam Who Dot Dev")
    assert parsed.record.full_title == "Memory Allocation"
    assert not parsed.record.author
    # a person's name as the link's text still names the author
    parsed = parse_citation("- [Stan Gordon](https://example.org/stan) - The Thing in the Woods")
    assert parsed.record.full_title == "The Thing in the Woods"


# A to-read list (w2-krisfoster-to-read, Markdown) and a reading log (z3-yangpicui-books-
# read, text): one surname after a comma, an inverted name after a dash.
def test_a_title_then_one_surname_or_an_inverted_name() -> None:
    assert parse_citation("* Rationality, Pinker").record.full_title == "Rationality"
    assert _authors("* Rationality, Pinker") == [("Pinker", None)]
    assert parse_citation("Mastery - Greene, Robert").record.full_title == "Mastery"
    assert _authors("Mastery - Greene, Robert") == [("Greene", "Robert")]
    # a surname first still reads the other way round
    assert _authors("Freud, Uncanny") == [("Freud", None)]
    # a firm's ending or a town after the comma names no author
    firm = "by Craig Hunt. Published by O'Reilly & Associates, Inc."
    assert not parse_citation(firm).record.author


# A library's book groups (aj3-framingham-library-book-groups, a stored page): the day,
# the hour or the branch, a dash glued to it, then the book.
def test_a_book_groups_day_and_hour_before_the_entry() -> None:
    parsed = parse_citation("April 17 at 10:00 am- The Lamplighters by Emma Stonex")
    assert parsed.record.full_title == "The Lamplighters"
    assert _authors("April 17 at 10:00 am- The Lamplighters by Emma Stonex") == [
        ("Stonex", "Emma")]
    assert parse_citation("April 15 at the Main Library- Howl by Allen Ginsberg"
                          ).record.full_title == "Howl"


# A reading group's paper table (al2-ucsd-seelab-iot-hd-reading-group, Markdown): a
# conference by its acronym and the year in brackets is where the paper appeared.
def test_a_conference_by_its_acronym_in_brackets() -> None:
    record = parse_citation("[Random Feature Attention](https://openreview.net/pdf?id=QtTKTdVrFBB)"
                            " (ICLR 2021)").record
    assert record.full_title == "Random Feature Attention"
    assert record.container_title == "ICLR"
    assert record.publisher is None
    assert record.type == "paper-conference"


# A reader's year in books (al3-heycaseybrown-34-books-2023, a stored page): the day the
# book was finished, the year in two figures, is no imprint.
def test_a_readers_day_in_brackets_is_no_publisher() -> None:
    record = parse_citation("1. Go Tell it on the Mountain, James Baldwin (31 Jan 23)").record
    assert record.full_title == "Go Tell it on the Mountain"
    assert record.publisher is None


# A course's links (d-smockle-philosophy, Markdown) and a syllabus page (z2-eng3090-
# readings, HTML): universities and centres named alone are no works.
_SCHOOLS = """## Programs

- [Catholic University of America][2]
- [Marquette University][3]
- UNC Chapel Hill Writing Center
- The Midnight Library by Matt Haig
"""


def test_an_institution_named_alone_is_no_work() -> None:
    outcomes = {o.line: o for o in iter_extract(_SCHOOLS, "markdown")}
    for line in (3, 4, 5):
        assert not outcomes[line].citations
        assert outcomes[line].reason == "an institution, not a work"
    assert outcomes[6].citations[0].record.full_title == "The Midnight Library"


# A designer's reading page (al2-imaginarydesign-reading-list, a site's HTML): each post's
# tag and the site's menu link to the site's own sections by their names.
_MENU = """<ul>
<li><a href="design">Design</a></li>
<li><a href="/about/">About</a></li>
<li><a href="2021-10-21-gone/">Gone</a></li>
</ul>
"""


def test_a_sites_own_sections_by_name_are_no_works() -> None:
    outcomes = {o.line: o for o in iter_extract(_MENU, "html")}
    assert not outcomes[2].citations
    assert not outcomes[3].citations
    # a page of its own, named after the work, is kept
    assert [c.record.full_title for c in outcomes[4].citations] == ["Gone"]


# A C++ show's episode page (al4-cppcast-scott-meyers, a Hugo site's Markdown): the page's
# fields in TOML between "+++" lines are the page's own, never works.
_HUGO = '''+++
Description = "Scott Meyers talks about his books on C++."
title = "Effective C++"
Date = "2015-09-09"
+++

### Links

 - [Effective Modern C++](http://amzn.to/1M0xNAk)
'''


def test_toml_front_matter_is_the_pages_own() -> None:
    outcomes = {o.line: o for o in iter_extract(_HUGO, "markdown")}
    for line in range(1, 6):
        assert outcomes[line].reason == "front matter"
        assert not outcomes[line].citations
    assert outcomes[9].citations[0].record.full_title == "Effective Modern C++"
