"""Forms read in the twenty-seventh round: a link to a site's front page by the site's
name; titles in Chinese title marks, with the writer's country and a name written in Han
characters with a middle dot.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the lines around them are our own words.
"""
from biblio import iter_extract

# A team's required reading (w2-exceedra-required-reading, a GitHub Markdown page): the
# blogs and shows it follows, each a link to the site's front page by its name.
_BLOGS = """#### Blogs

- [Hanselminutes](http://hanselminutes.com/)
- [MSDev show](http://msdevshow.com/)
- [Conficient](https://conficient.wordpress.com/)
- [The Phoenix Project](https://en.wikipedia.org/wiki/The_Phoenix_Project_(novel))
"""


def test_a_link_to_a_sites_front_page_by_its_name_is_the_site() -> None:
    outcomes = {o.line: o for o in iter_extract(_BLOGS, "markdown")}
    for line in (3, 4, 5):
        assert not outcomes[line].citations
        assert "link to a site" in (outcomes[line].reason or "")
    # a link to a page of its own still names a work
    assert outcomes[6].citations[0].record.full_title == "The Phoenix Project"


# A reader's podcast list (z3-devonzuegel-books-podcasts, a GitHub Markdown page): a show's
# name in italics, linked to the show's own front page, names the show as a work.
_SHOWS = """## Podcasts I keep coming back to

- [*EconTalk*](https://econtalk.org)
- [*The Memory Palace*](http://thememorypalace.us)
"""


def test_a_name_in_italics_linked_to_its_own_site_is_still_a_work() -> None:
    outcomes = {o.line: o for o in iter_extract(_SHOWS, "markdown")}
    assert outcomes[3].citations[0].record.full_title == "EconTalk"
    assert outcomes[4].citations[0].record.full_title == "The Memory Palace"


# A bookshelf page (ak2-69mike-bookshelf, a site's HTML): each book's title in Chinese
# title marks, the writer's country in brackets, then the writer, a Western name written in
# Han characters with a middle dot between given name and surname.
def test_a_title_in_chinese_marks_then_country_and_writer() -> None:
    from biblio import parse_citation

    parsed = parse_citation("《娱乐至死》 (US) 尼尔·波兹曼")
    assert parsed.record.full_title == "娱乐至死"
    assert [(a.family, a.given) for a in parsed.record.author or []] == [("波兹曼", "尼尔")]
    parsed = parse_citation("《苏东坡传》 (CN) 林语堂")
    assert [(a.family, a.given) for a in parsed.record.author or []] == [("林", "语堂")]


# A reader's 2016 list (ad2-ariel12138-booklist-2016, a site's HTML): a title in Chinese
# title marks is a title whatever its case, as italics are not.
def test_a_title_in_chinese_marks_need_not_be_in_title_case() -> None:
    from biblio import parse_citation

    assert parse_citation("《Think in java 4th》").record.full_title == "Think in java 4th"
    assert not parse_citation("*Think in java 4th*").is_citation


# A reading group's proposals (aj2-clulab-nlp-reading-group-fall2016, a GitHub Markdown
# page): each paper's title as a heading, the address of its PDF or preprint on the line
# under it.
_PROPOSED = """# Proposed by Mihai:

## Combining Natural Logic and Shallow Reasoning for Question Answering
http://nlp.stanford.edu/pubs/angeli2016naturalli.pdf

## A Thorough Examination of the CNN/Daily Mail Reading Comprehension Task
https://arxiv.org/abs/1606.02858

## Visualizing and Understanding Neural Models in NLP
http://arxiv.org/abs/1506.01066

## Meeting notes
http://example.org/notes/
"""


def test_headings_over_the_addresses_of_papers_are_those_papers() -> None:
    outcomes = {o.line: o for o in iter_extract(_PROPOSED, "markdown")}
    paper = outcomes[3].citations[0].record
    assert paper.full_title == ("Combining Natural Logic and Shallow Reasoning for "
                                "Question Answering")
    assert (paper.type, paper.url) == ("article-journal",
                                       "http://nlp.stanford.edu/pubs/angeli2016naturalli.pdf")
    assert outcomes[4].continues is outcomes[3]
    assert outcomes[9].citations[0].record.url == "http://arxiv.org/abs/1506.01066"
    # a heading over an address that is no paper's stays a heading
    assert not outcomes[12].citations
