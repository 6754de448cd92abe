"""Citation-line forms read in the twelfth round, from the training part's errors."""
import pytest

from biblio import iter_extract, parse_citation


@pytest.mark.parametrize(("line", "title", "volume"), [
    # h-cimcai-philosophy-bib.md: APA sets the volumes and a description of the work in
    # brackets after the italic title; neither is part of the title
    ("**Peirce, C. S. (1903).** *Pragmatism* (lectures).", "Pragmatism", None),
    ("**Heidegger, M. (1924).** *Basic concepts of Aristotelian philosophy* (lecture course).",
     "Basic concepts of Aristotelian philosophy", None),
    ("**Habermas, J. (1981).** *The theory of communicative action* (Vols. 1–2).",
     "The theory of communicative action", "1–2"),
    ("**Russell, B., & Whitehead, A. N. (1910–1913).** *Principia mathematica* (Vols. I–III).",
     "Principia mathematica", "I–III"),
])
def test_apa_brackets_after_the_title_are_volumes_or_a_description(
        line: str, title: str, volume: str | None) -> None:
    record = parse_citation(line).record
    assert record is not None
    csl = record.to_csl()
    assert csl["title"] == title
    assert csl.get("volume") == volume
    assert "publisher" not in csl


def test_a_bare_place_in_a_series_is_cut_from_the_title() -> None:
    # i-priyanjana-books-read.txt
    record = parse_citation("1. Katherine Rundell - Impossible Creatures #1").record
    assert record is not None
    csl = record.to_csl()
    assert (csl["title"], csl["author"]) == (
        "Impossible Creatures", [{"family": "Rundell", "given": "Katherine"}])


def test_after_one_word_the_number_is_the_titles_own() -> None:
    record = parse_citation("Catch #22 by Joe Smith").record
    assert record is not None and record.title == "Catch #22"


def test_a_grade_after_a_comma_is_no_author() -> None:
    # i-bekabug-kindergarten-books.md: "Grade K" was read as a person called K
    parsed = parse_citation("Letters and Numbers for Me Student Workbook, Grade K")
    assert not parsed.is_citation or not parsed.record.author
    record = parse_citation("The Autobiography of Malcolm X, Malcolm X").record
    assert record is not None and record.to_csl()["author"] == [
        {"family": "X", "given": "Malcolm"}]


def test_a_title_then_a_surely_named_person_after_a_colon() -> None:
    # c-lyceum-to-read.md: the link's text was one title
    record = parse_citation(
        "- [Essays and Lectures: Ralph Waldo Emerson](https://www.librarything.com/work/37677)"
    ).record
    assert record is not None
    csl = record.to_csl()
    assert (csl["title"], csl["author"]) == (
        "Essays and Lectures", [{"family": "Emerson", "given": "Ralph Waldo"}])


@pytest.mark.parametrize("line", ["Sound Design: Jane Smith", "Special Guest: John Green",
                                  "Cover Art: Sarah Jones"])
def test_a_credit_of_the_same_shape_is_no_citation(line: str) -> None:
    assert not parse_citation(line).is_citation


@pytest.mark.parametrize(("line", "title", "family"), [
    # docs/parsing.md listed the first as a known weakness: "Silent Spring" passed for a name
    ("Silent Spring – Carson (1962)", "Silent Spring", "Carson"),
    ("Kazuo Ishiguro – Klara (2021)", "Klara", "Ishiguro"),
    ("Ocean Vuong – Time Is a Mother (2022)", "Time Is a Mother", "Vuong"),
])
def test_common_words_before_a_dated_surname_are_the_title(
        line: str, title: str, family: str) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert (record.title, record.author[0].family) == (title, family)


def test_a_short_given_name_the_census_list_leaves_out() -> None:
    # f2-nlubock-reading.txt: "Andy" is no census name (an everyday word by frequency), so
    # "High Output Management" was read as a person and "Andy Grove" as the title
    record = parse_citation("High Output Management; Andy Grove; 2016/9/27 - 2016/11/14").record
    assert record is not None
    csl = record.to_csl()
    assert (csl["title"], csl["author"]) == (
        "High Output Management", [{"family": "Grove", "given": "Andy"}])


def test_a_last_sentence_opening_with_an_article_is_the_subtitle() -> None:
    # i-brimmings-draw-list-2019.txt: the subtitle was read as the publisher
    record = parse_citation("Yuval Noah Harari. Homo Deus. A Brief History of Tomorrow.").record
    assert record is not None
    csl = record.to_csl()
    assert csl["title"] == "Homo Deus. A Brief History of Tomorrow"
    assert "publisher" not in csl
    record = parse_citation("Smith, John. The Big Book. The Viking Press.").record
    assert record is not None and record.publisher == "The Viking Press"


def test_a_bare_title_amid_an_unmarked_run_of_entries() -> None:
    # b-rose-city-reader-club.txt: a run of "Title by Author" lines holds a bare title with
    # the reader's remark; the heading in capitals after the run stays refused
    text = ("Amsterdam by Ian McEwan\nHonolulu by Alan Brennert\n"
            "The Girl With the Dragon Tattoo (my review is here)\n"
            "Small Island by Andrea Levy (my review is here)\nThe Red Tent by Anita Diamant\n"
            "NOTES\n")
    found = {o.line: [c.record.title for c in o.citations] for o in iter_extract(text, "text")}
    assert found[3] == ["The Girl With the Dragon Tattoo"]
    assert found[6] == []


def test_a_possessive_inside_the_title_before_by() -> None:
    # a-backlog-books.txt: read as a book by "Dirk Gently"; the day it is to be discussed
    # closes the line
    record = parse_citation("Next episode: Dirk Gently's Holistic Detective Agency by Douglas "
                            "Adams on January 4th.").record
    assert record is not None
    csl = record.to_csl()
    assert (csl["title"], csl["author"]) == (
        "Dirk Gently's Holistic Detective Agency", [{"family": "Adams", "given": "Douglas"}])
    record = parse_citation("Sheila Fitzpatrick's The Russian Revolution (1982)").record
    assert record is not None and record.author[0].family == "Fitzpatrick"


def test_a_short_remark_sentence_after_the_authors_name() -> None:
    # github.com/divyanshu013/blog content/blog/books-2023/index.md (the remark reworded)
    record = parse_citation(
        "[**Zen and the Art of Motorcycle Maintenance: An Inquiry Into Values**](https://www."
        "goodreads.com/book/show/629.Zen_and_the_Art_of_Motorcycle_Maintenance) (Phaedrus, "
        "book 1) by Robert M. Pirsig. A tough read. 4 ⭐️").record
    assert record is not None
    csl = record.to_csl()
    assert csl["author"] == [{"family": "Pirsig", "given": "Robert M."}]
    assert csl["title"] == "Zen and the Art of Motorcycle Maintenance: An Inquiry Into Values"
    assert (csl["collection-title"], csl["collection-number"]) == ("Phaedrus", "1")


@pytest.mark.parametrize(("line", "authors"), [
    # github.com/mhartz25/mhartz25.github.io content/posts/books_2023.md: "Will" is a given
    # name the census list leaves out, so the couple was refused; "Van Der" was given names
    ("#### The Lessons of History by Will and Ariel Durant",
     [{"family": "Durant", "given": "Will"}, {"family": "Durant", "given": "Ariel"}]),
    ("#### The Body Keeps the Score by Bessel Van Der Kolk",
     [{"family": "Van Der Kolk", "given": "Bessel"}]),
])
def test_names_from_a_reading_log_outside_the_corpus(line: str, authors: list[dict[str, str]]
                                                     ) -> None:
    record = parse_citation(line.removeprefix("#### ")).record
    assert record is not None
    assert record.to_csl()["author"] == authors


_HEADED_LOG = """\
#### Mickey7 by Edward Ashton

Good premise, let down by the telling.

#### Project Hail Mary by Andy Wier

It was good.

#### The Lessons of History by Will and Ariel Durant

A set formula: a view, then its counterview.

#### How Will You Measure Your Life

One of the best of the year.

#### Sex, Drugs, and Coco Puffs by Chuck Klosterman

A very different set of essays.
"""


def test_a_bare_title_among_headings_that_name_works() -> None:
    # github.com/mhartz25/mhartz25.github.io content/posts/books_2023.md (comments reworded):
    # each book heads its own comment; one heading gives no author
    titles = [c.record.title for o in iter_extract(_HEADED_LOG, "markdown")
              for c in o.citations]
    assert titles == ["Mickey7", "Project Hail Mary", "The Lessons of History",
                      "How Will You Measure Your Life", "Sex, Drugs, and Coco Puffs"]


def test_a_guests_words_among_guest_headings_are_no_work() -> None:
    text = "".join(f"## {h}\n\nWhat they said.\n\n" for h in (
        "Dan Drezner: ‘Foreign Policy for Campaigns is Like an Unexploded Landmine’",
        "Jim Messina: ‘It Was Always Going to be Close’", "Maureen Dowd: ‘This is Pure Madness’",
        "Taegan Goddard: Outcomes Look Bleak for Republicans"))
    last = list(iter_extract(text, "markdown"))[-2]
    assert last.citations == []


def test_a_symbol_in_a_components_tags_is_no_part_of_the_title() -> None:
    # github.com/rmkubik/next-blog posts/2023-what-i-read/index.md
    text = ("### <Icon>📝</Icon> [How to Take Smart Notes](https://www.goodreads.com/book/show/"
            "60581868-how-to-take-smart-notes) by Sönke Ahrens\n")
    (outcome,) = list(iter_extract(text, "markdown"))
    record = outcome.citations[0].record
    assert (record.title, record.author[0].family) == ("How to Take Smart Notes", "Ahrens")


@pytest.mark.parametrize("line", [
    # blogs.westlakelibrary.org/2021/02/staff-picks-youll-love-part-16/
    "Nancy (Youth Services) recommends: Miss Benson’s Beetle by Rachel Joyce",
    "Nancy recommends Miss Benson’s Beetle by Rachel Joyce",
])
def test_who_recommends_the_book_is_no_part_of_its_title(line: str) -> None:
    record = parse_citation(line).record
    assert record is not None
    assert (record.title, record.author[0].family) == ("Miss Benson’s Beetle", "Joyce")


def test_a_periodical_after_a_dated_title_stays_the_container() -> None:
    record = parse_citation("Hitchens, C. (2002, March 1). Why Orwell still matters. "
                            "The Guardian.").record
    assert record is not None
    csl = record.to_csl()
    assert (csl["title"], csl["container-title"]) == ("Why Orwell still matters", "The Guardian")
