"""Reading logs kept on personal sites and GitHub pages, read the way their owners would
want them imported.  Titles, names and links are as the pages gave them; headings and
notes around them are reworded."""

from __future__ import annotations

from biblio import iter_extract, parse_citation
from reading_helpers import extracted


def _works(text: str) -> list[tuple[str | None, list[str | None]]]:
    return extracted(text, "markdown")


def test_a_favourites_star_in_bold_is_no_part_of_the_title() -> None:
    text = ("## What I read this year\n\n"
            "1. __*__ [Lonesome Dove](https://www.goodreads.com/book/show/256008.Lonesome_Dove)"
            " by Larry McMurty\n"
            "1. [The Hobbit](https://www.goodreads.com/book/show/5907.The_Hobbit)"
            " by J.R.R. Tolkien\n")
    assert _works(text) == [("Lonesome Dove", ["McMurty"]), ("The Hobbit", ["Tolkien"])]


def test_a_name_and_a_year_before_films_existed_are_the_author_and_the_date() -> None:
    # "(Andrei Tarkovsky, 1979)" after a title names a director; 1861 cannot
    text = ("- Great Expectations (Charles Dickens, 1861)\n"
            "- The Adventures of Tom Sawyer (Mark Twain, 1876)\n")
    records = [c.record for o in iter_extract(text, "markdown") for c in o.citations]
    assert [(r.type, r.author[0].family, r.year) for r in records] == [
        ("book", "Dickens", 1861), ("book", "Twain", 1876)]


def test_under_a_heading_of_books_the_name_in_brackets_is_the_author() -> None:
    text = ("## Sample books\n\n"
            "- The Great Gatsby (F. Scott Fitzgerald, 1925)\n"
            "- To Kill a Mockingbird (Harper Lee, 1960)\n\n"
            "## Films we watched\n\n"
            "- Stalker (Andrei Tarkovsky, 1979)\n")
    records = [c.record for o in iter_extract(text, "markdown") for c in o.citations]
    assert [(r.type, [a.family for a in r.author], [d.family for d in r.director])
            for r in records] == [
        ("book", ["Fitzgerald"], []), ("book", ["Lee"], []),
        ("motion_picture", [], ["Tarkovsky"])]


def test_a_papers_heading_opens_a_reading_list_and_et_al_names_the_author() -> None:
    text = ("## Papers\n"
            "- [Efficient Estimation of Word Representations in Vector Space]"
            "(https://arxiv.org/abs/1301.3781) - Mikolov et al.\n")
    records = [c.record for o in iter_extract(text, "markdown") for c in o.citations]
    assert len(records) == 1
    csl = records[0].to_csl()
    assert csl["title"] == "Efficient Estimation of Word Representations in Vector Space"
    assert csl["author"] == [{"family": "Mikolov"}]  # only a surname stands before "et al."
    assert (csl["type"], csl["number"]) == ("article", "arXiv:1301.3781")  # a preprint


def test_google_scholars_arxiv_preprint_is_the_repository_not_a_press() -> None:
    parsed = parse_citation("Vaswani, A., et al. (2017). Attention is all you need. arXiv "
                            "preprint arXiv:1706.03762.")
    csl = parsed.record.to_csl()
    assert (csl["type"], csl["publisher"], csl["number"]) == ("article", "arXiv",
                                                              "arXiv:1706.03762")


def test_a_journal_article_that_links_its_arxiv_copy_stays_a_journal_article() -> None:
    parsed = parse_citation("Halpern SD, Ubel PA, Caplan AL. Solid-organ transplantation in "
                            "HIV-infected patients. N Engl J Med. 2002 Jul 25;347(4):284-7. "
                            "https://arxiv.org/abs/1207.7214")
    assert parsed.record is not None and parsed.record.type == "article-journal"


def test_a_wiki_link_shows_its_words_and_a_linked_tag_shows_nothing() -> None:
    text = ("## evergreen books\n\n"
            "- Beyond Good and Evil by Friedrich Nietzsche\n"
            "- [[thoughts/Philosophy and Nietzsche|Nietzsche and Philosophy]] by Gilles Deleuze\n")
    assert _works(text) == [("Beyond Good and Evil", ["Nietzsche"]),
                            ("Nietzsche and Philosophy", ["Deleuze"])]
    linked = ("# Reading List\n\n- [The old guard (scaling over 100)]"
              "(https://randsinrepose.com/archives/the-old-guard/)[[dunbars-number]]\n")
    assert _works(linked) == [("The old guard (scaling over 100)", [])]


def test_a_score_or_a_strike_is_no_part_of_the_entry() -> None:
    text = ("## Books\n\n"
            "- Sapiens, by Yuval Noah Harari. Rating: 4/5\n"
            "- ~~Sapiens by Yuval Noah Harari~~\n"
            "- Sapiens by Yuval Noah Harari (8/10)\n")
    assert _works(text) == [("Sapiens", ["Harari"])] * 3


def test_a_reading_lists_sub_heading_that_names_a_person_gives_its_titles_their_author() -> None:
    text = ("## Books\n\n### Ursula K. Le Guin\n\n- The Dispossessed\n"
            "- The Left Hand of Darkness\n\n### Fiction\n\n- Dune\n")
    assert _works(text) == [("The Dispossessed", ["Le Guin"]),
                            ("The Left Hand of Darkness", ["Le Guin"]), ("Dune", [])]


def test_a_surname_alone_after_the_dash_is_the_author_when_a_year_backs_it() -> None:
    csl = parse_citation("Pride and Prejudice — Austen (1813)").record.to_csl()
    assert (csl["title"], csl["author"], csl["issued"]) == (
        "Pride and Prejudice", [{"family": "Austen"}], {"date-parts": [[1813]]})
    # no year: unsure, so a weak reading that only a reading list keeps
    unsure = parse_citation("Pride and Prejudice — Austen")
    assert unsure.record.full_title == "Pride and Prejudice"
    assert unsure.confidence < 0.5


def test_a_year_in_square_brackets_before_the_dash_is_the_works() -> None:
    csl = parse_citation("Pride and Prejudice [1813] - Jane Austen").record.to_csl()
    assert (csl["title"], csl["issued"]) == ("Pride and Prejudice", {"date-parts": [[1813]]})


def test_writers_given_names_the_census_list_leaves_out() -> None:
    # "Terry" is an everyday word to a word list, "Horatio" too rare for the census list
    csl = parse_citation("Ragged Dick, Horatio Alger, Jr.").record.to_csl()
    assert csl["author"] == [{"family": "Alger", "given": "Horatio", "suffix": "Jr"}]
    csl = parse_citation("Feet of Clay - Terry Pratchett").record.to_csl()
    assert (csl["title"], csl["author"]) == ("Feet of Clay",
                                             [{"family": "Pratchett", "given": "Terry"}])


def test_will_as_a_writers_given_name() -> None:
    csl = parse_citation("_An Elegant Puzzle_ -- Will Larson").record.to_csl()
    assert (csl["title"], csl["author"]) == ("An Elegant Puzzle",
                                             [{"family": "Larson", "given": "Will"}])
    csl = parse_citation("Will Power by John Smith").record.to_csl()
    assert csl["title"] == "Will Power"  # a title that opens with the word stays a title


def test_writers_given_names_that_are_everyday_words() -> None:
    csl = parse_citation("Fahrenheit 451 - Ray Bradbury").record.to_csl()
    assert (csl["title"], csl["author"]) == ("Fahrenheit 451",
                                             [{"family": "Bradbury", "given": "Ray"}])
    csl = parse_citation("Lab Girl - Hope Jahren").record.to_csl()
    assert csl["author"] == [{"family": "Jahren", "given": "Hope"}]
    # "Don Quixote" is a title, not a man called Quixote
    assert parse_citation("Don Quixote - Miguel de Cervantes").record.to_csl()["title"] == \
        "Don Quixote"
