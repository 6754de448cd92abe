"""Forms from the real-world training documents: schedule dates, HTML list items,
emphasised links, editions after a title, "tr. by" with a surname."""

from __future__ import annotations

from biblio.parse import parse_citation
from reading_helpers import families


def test_a_schedule_date_before_the_entry_is_not_the_title() -> None:
    for line in ("November 2014: The Aviator's Wife by Melanie Benjamin",
                 "October 2008 – The Aviator's Wife by Melanie Benjamin"):
        p = parse_citation(line)
        assert p.record.full_title == "The Aviator's Wife"
        assert families(p.record.author) == ["Benjamin"]
        assert p.record.year is None


def test_a_month_alone_stays_in_the_title() -> None:
    p = parse_citation("March – Geraldine Brooks")
    assert p.record.full_title == "March"


def test_an_html_list_item_with_a_linked_italic_title() -> None:
    p = parse_citation('<strong>6.</strong> Sakaya Murata -<i> <a href="https://www.goodreads.com/'
                       'review/show/1">Convenience Store Woman</a></i> (4/5)<br>')
    assert p.is_citation
    assert p.record.full_title == "Convenience Store Woman"
    assert families(p.record.author) == ["Murata"]
    assert p.record.get("URL") == "https://www.goodreads.com/review/show/1"


def test_an_emphasised_markdown_link_is_the_title_and_an_edition_leaves_it() -> None:
    p = parse_citation("- Monahan, John F. (2011). *[Numerical Methods of Statistics, 2nd ed.]"
                       "(https://example.org/nmos2/)*. Cambridge University Press")
    assert p.record.full_title == "Numerical Methods of Statistics"
    assert p.record.get("edition") == "2"
    assert p.record.year == 2011
    assert p.record.get("publisher") == "Cambridge University Press"
    assert p.record.get("URL") == "https://example.org/nmos2/"


def test_a_slash_publisher_is_not_a_place() -> None:
    p = parse_citation("- Cheney, Ward (2012). *[Numerical Mathematics and Computing]"
                       "(https://example.org/)*. Brooks/Cole: Cengage Learning")
    assert p.record.get("publisher-place") is None


def test_tr_by_a_surname_names_the_translator() -> None:
    p = parse_citation("The Odyssey by Homer, tr. by Fitzgerald")
    assert p.record.full_title == "The Odyssey"
    assert families(p.record.author) == ["Homer"]
    assert families(p.record.get("translator")) == ["Fitzgerald"]
    p = parse_citation("Gilgamesh, tr. by Ferry")
    assert p.record.full_title == "Gilgamesh"
    assert families(p.record.get("translator")) == ["Ferry"]


def test_lines_that_must_not_change() -> None:
    p = parse_citation("• Isaac Deutscher, The Prophet Armed: Trotsky, 1879-1921 (1954)")
    assert (p.record.full_title, p.record.year) == ("The Prophet Armed: Trotsky, 1879-1921", 1954)
    p = parse_citation("*Title* by [Ann Author](https://example.org)")
    assert p.record.full_title == "Title"
    assert not parse_citation("2025-01-2020:271").is_citation
