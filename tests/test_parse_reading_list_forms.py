"""Forms seen on real reading-list pages that the first parser missed (issue 9).

The lines are of the shapes those pages use, with other books in them; the
accuracy on the pages themselves is measured by benchmarks/parse_accuracy.py.
"""

from __future__ import annotations

import biblio
from biblio import parse_citation
from biblio.extract.judge import ELSEWHERE_MIN_CONFIDENCE


def test_a_translator_in_brackets_after_the_title() -> None:
    record = parse_citation("The Odyssey - Homer (translated by Emily Wilson)").record
    assert (record.title, [n.family for n in record.author]) == ("The Odyssey", ["Homer"])
    assert [(n.given, n.family) for n in record.translator] == [("Emily", "Wilson")]


def test_a_title_backed_only_by_its_translator() -> None:
    record = parse_citation("Gilgamesh - (translated by Stephen Mitchell)").record
    assert record.title == "Gilgamesh" and not record.author
    assert [n.family for n in record.translator] == ["Mitchell"]


def test_an_html_link_pasted_into_a_text_page() -> None:
    parsed = parse_citation(
        '<a href="https://www.amazon.com/dp/0143037757"> Postwar</a> by Tony Judt')
    assert parsed.record.title == "Postwar"
    assert parsed.record.url == "https://www.amazon.com/dp/0143037757"
    assert [n.family for n in parsed.record.author] == ["Judt"]
    assert parsed.span_text("title") == ["Postwar"]


def test_a_comment_after_the_citation_is_left_out() -> None:
    parsed = parse_citation("* **Donald Norman** – The Design of Everyday Things. "
                            "A classic that every designer reads.")
    assert parsed.is_citation
    assert parsed.record.title == "The Design of Everyday Things"
    assert [n.family for n in parsed.record.author] == ["Norman"]


def test_a_place_alone_in_the_imprint() -> None:
    record = parse_citation("Mary Beard, *SPQR, A History of Ancient Rome*, (London, 2015). "
                            "A lively survey that covers a thousand years.").record
    assert (record.publisher_place, record.publisher, record.year) == ("London", None, 2015)


def test_a_sentence_is_still_not_a_citation() -> None:
    assert not parse_citation("We talked about it. It was great and we loved it a lot.").is_citation


def test_a_possessive_surname_before_a_linked_title() -> None:
    record = parse_citation("Knuth's [Literate Programming](http://example.org/lp)").record
    assert (record.title, [n.family for n in record.author]) == ("Literate Programming",
                                                                  ["Knuth"])
    pair = parse_citation("Strunk & White's [The Elements of Style](http://example.org/eos)")
    assert [n.family for n in pair.record.author] == ["Strunk", "White"]


def test_names_joined_by_a_bare_comma_after_a_dash() -> None:
    record = parse_citation("Superforecasting - Philip Tetlock, Dan Gardner").record
    assert record.title == "Superforecasting"
    assert [n.family for n in record.author] == ["Tetlock", "Gardner"]


def test_years_in_brackets_inside_a_title_are_not_the_split() -> None:
    record = parse_citation("The Age of Revolution (1789 - 1848) - Eric Hobsbawm").record
    assert [n.family for n in record.author] == ["Hobsbawm"]
    assert record.title is not None and record.title.startswith("The Age of Revolution")
    assert record.year is None  # the span the book covers, not when it appeared


def test_weak_readings_are_kept_in_reading_lists_only() -> None:
    lines = ["Housekeeping by Robinson", "Toni Morrison – song of solomon"]
    for line in lines:
        parsed = parse_citation(line)
        assert parsed.is_citation and parsed.confidence < ELSEWHERE_MIN_CONFIDENCE
    listed = biblio.extract("Books mentioned\n" + "\n".join(lines) + "\n", "text")
    assert [p.record.title for p in listed] == ["Housekeeping", "song of solomon"]
    elsewhere = biblio.extract("Notes\n\n" + "\n\n".join(lines) + "\n", "text")
    assert elsewhere == []


def test_an_everyday_word_after_by_is_no_author() -> None:
    record = parse_citation("Stand by Me (1986)").record
    assert (record.title, record.author) == ("Stand by Me", [])


def test_a_remark_in_brackets_after_the_author_is_left_out() -> None:
    for line, title in [("This Bird Has Flown by Susanna Hoffs (4/4)", "This Bird Has Flown"),
                        ("Empire Falls by Richard Russo (paperback)", "Empire Falls"),
                        ("Uprooted by Naomi Novik [transcript]", "Uprooted")]:
        record = parse_citation(line).record
        assert record.title == title and len(record.author) == 1


def test_names_then_an_italic_title() -> None:
    record = parse_citation("Ursula K. Le Guin *The Dispossessed: An Ambiguous Utopia*").record
    assert (record.full_title, record.author[0].family) == (
        "The Dispossessed: An Ambiguous Utopia", "Le Guin")


def test_a_heading_that_is_a_citation() -> None:
    notes = ("## Books mentioned\n\n"
             "#### Ursula K. Le Guin *The Dispossessed: An Ambiguous Utopia*\n"
             "#### Fiction\n"
             '### Reider Payne, "War and Diplomacy in the Napoleonic Era" (Bloomsbury, 2019)\n')
    found = biblio.extract(notes, "markdown")
    assert [(p.record.title, p.record.author[0].family) for p in found] == [
        ("The Dispossessed", "Le Guin"), ("War and Diplomacy in the Napoleonic Era", "Payne")]


def test_a_person_whose_surname_is_an_organisation_word() -> None:
    record = parse_citation("Hello Stranger by Katherine Center (7/11)").record
    assert [(n.given, n.family) for n in record.author] == [("Katherine", "Center")]


def test_fields_between_dashes_title_author_publisher_year() -> None:
    # "Never Let Me Go" reads like a name to the name reader; Ishiguro surely is one
    for line in ("Never Let Me Go – Kazuo Ishiguro – Faber & Faber – 2005",
                 "Kazuo Ishiguro – Never Let Me Go – Faber & Faber – 2005"):
        record = parse_citation(line).record
        assert (record.full_title, [n.family for n in record.author], record.publisher) == (
            "Never Let Me Go", ["Ishiguro"], "Faber & Faber")
        assert record.issued is not None and record.issued.parts == [[2005]]


def test_a_remark_as_the_third_field_is_no_publisher() -> None:
    record = parse_citation("Dune - Frank Herbert - Ace").record
    assert (record.full_title, record.publisher) == ("Dune", "Ace")
    parsed = parse_citation("Never Let Me Go - Kazuo Ishiguro - my favourite this year")
    assert not parsed.is_citation or parsed.record.publisher is None


def test_a_page_count_after_the_year_is_no_title() -> None:
    record = parse_citation("Never Let Me Go, Kazuo Ishiguro, 2005, 288 pp.").record
    assert (record.full_title, [n.family for n in record.author]) == (
        "Never Let Me Go", ["Ishiguro"])
    assert record.get("number-of-pages") == "288"


def test_columns_run_together_with_wide_gaps() -> None:
    # a history reading list copied from a table (onceiwasacleverboy.blogspot.com, 2014):
    # author, title and publisher set off by runs of spaces
    record = parse_citation('Malcolm Barber " The Crusader States"   Yale University Press').record
    assert (record.full_title, record.publisher) == ("The Crusader States", "Yale University Press")
    record = parse_citation("Sarah Foot  Athelstan: The First King of England  Yale UP").record
    assert (record.full_title, [n.family for n in record.author], record.publisher) == (
        "Athelstan: The First King of England", ["Foot"], "Yale UP")


def test_a_wide_gap_before_a_year_or_a_sentence_is_no_column() -> None:
    record = parse_citation("Jitterbug Perfume; Tom Robbins  1984").record
    assert record.full_title == "Jitterbug Perfume"
    record = parse_citation("JUNE  -The Heaven & Earth Grocery Store by James McBride").record
    assert (record.full_title, record.publisher) == ("The Heaven & Earth Grocery Store", None)


def test_a_title_and_the_shops_page_for_that_book() -> None:
    # under a plain "Links:" heading as much as under "Books mentioned"
    found = biblio.extract("Links:\nThe Selfish Gene: https://www.amazon.com/dp/0198788606\n"
                           "Richard Dawkins: https://www.goodreads.com/author/show/1194\n",
                           "text")
    assert [(p.record.title, p.record.type, p.record.url) for p in found] == [
        ("The Selfish Gene", "book", "https://www.amazon.com/dp/0198788606")]
    # a short link may lead anywhere: it needs a list of books around it
    assert not parse_citation("Our picks: https://amzn.to/2abcDEF").is_citation


def test_a_title_with_commas_in_a_list_of_titles() -> None:
    # "Guns, Germs, and Steel" reads as two surnames before a title to the comma form; in a
    # list of titles alone it is one more title
    found = biblio.extract("Books mentioned\n\n- The Dispossessed\n- A Distant Mirror\n"
                           "- Guns, Germs, and Steel\n- The Lean Startup\n", "markdown")
    assert [p.record.full_title for p in found] == [
        "The Dispossessed", "A Distant Mirror", "Guns, Germs, and Steel", "The Lean Startup"]
