"""Forms read in the forty-seventh round.

The entries, names and markup come from training documents of the real-world corpus
(each test names its source); the sentences around them are our own words.
"""
from biblio import iter_extract


def _records(text: str, form: str = "markdown") -> list[dict[str, object]]:
    return [c.record.to_csl() for o in iter_extract(text, form) for c in o.citations]


def test_a_quoted_paper_by_its_first_author_et_al() -> None:
    # ai3-adrirubio-dl-reading-list: a checklist of deep-learning papers
    papers = ("## Sequence models\n"
              '- [ ] "Sequence to Sequence Learning with Neural Networks" by Sutskever et al.'
              ' (2014)\n'
              '- [ ] "Attention Is All You Need" by Vaswani et al. (2017)\n')
    assert [(r["title"], r["author"], r["issued"]) for r in _records(papers, "text")] == [
        ("Sequence to Sequence Learning with Neural Networks", [{"family": "Sutskever"}],
         {"date-parts": [[2014]]}),
        ("Attention Is All You Need", [{"family": "Vaswani"}], {"date-parts": [[2017]]})]
    # a word that is no surname before "et al." names nobody
    [paper] = _records('- "Playing Atari with Deep Reinforcement Learning" by Many et al.\n',
                       "text")
    assert "author" not in paper


def test_a_quoted_paper_by_two_surnames() -> None:
    # ai3-adrirubio-dl-reading-list: the same checklist, papers of two authors
    [paper] = _records('- [ ] "Batch Normalization: Accelerating Deep Network Training by Reducing'
                       ' Internal Covariate Shift" by Ioffe & Szegedy (2015)\n', "text")
    assert paper["author"] == [{"family": "Ioffe"}, {"family": "Szegedy"}]
    # one word alone after "by" may be a firm or a show, not a writer
    [episode] = _records('- "The Making of a Console" by Nintendo\n', "text")
    assert "author" not in episode


def test_a_shops_edition_word_in_brackets_is_not_part_of_the_title() -> None:
    # n2-shscs911-joplin-book-list: a school's list copied from a shop's product pages
    [book] = _records("The Princess and Curdie (Illustrated) by George MacDonald | Goodreads\n",
                      "text")
    assert (book["title"], book["author"]) == ("The Princess and Curdie",
                                               [{"family": "MacDonald", "given": "George"}])
    [book] = _records("The Odyssey (Annotated) by Homer\n", "text")
    assert book["title"] == "The Odyssey"


def test_a_hyphen_glued_to_the_authors_name_parts_author_and_title() -> None:
    # aw3-threadsandthoughts-favourite-books-2008: a blogger's list of books she loves
    books = ("Books I Love - My Own List\n\n"
             "Douglas Adams- Hitchiker’s Guide to the Galaxy (and the rest of the series)\n\n"
             "Jane Austen- Pride and Prejudice\n")
    assert [(r["title"], r["author"]) for r in _records(books, "text")] == [
        ("Hitchiker’s Guide to the Galaxy", [{"family": "Adams", "given": "Douglas"}]),
        ("Pride and Prejudice", [{"family": "Austen", "given": "Jane"}])]
    # d-alifeee-book-club: the same hyphen between a title and its subtitle parts nothing
    club = _records("Books I Love - My Own List\n\nJane Austen- Emma\n\n"
                    "Invisible Women- Exposing Data Bias in a World Designed for Men\n", "text")
    assert [r.get("author") for r in club if r["title"] != "Emma"] in ([], [None])


def test_a_line_of_a_papers_authors_alone_is_no_citation() -> None:
    # cy4-1789120321-publication: a researcher's list, the authors under each paper's title
    page = ("<ul>\n<li><b>Ming Wen</b>, Zifan Xie, Kaixuan Luo, Xiao Chen, Yibiao Yang, and"
            " Hai Jin</li>\n</ul>\n")
    assert _records(page, "html") == []
    # be4-aldridge-info-theory-reading-group: authors by their initials, the same way
    assert _records("<p>Y Polyanskiy, HV Poor, and S Verdu<br /></p>\n", "html") == []
