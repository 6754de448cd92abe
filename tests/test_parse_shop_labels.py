"""Shop links' labels after an entry ("| Amazon | Bookshop") are no part of it.

Lines from a podcast's show notes (The Readerly Report, 2022), as the page wrote them.
"""

from __future__ import annotations

import pytest

from biblio import extract, parse_citation


@pytest.mark.parametrize(("line", "title", "family"), [
    ("Groundskeeping by Lee Cole | Amazon | Bookshop", "Groundskeeping", "Cole"),
    ("Like A Sister by Kellye Garrett | Amazon | Bookshop", "Like A Sister", "Garrett"),
    ("Strangers on A Train by Patricia Highsmith | Amazon | Bookshop",
     "Strangers on A Train", "Highsmith"),
    # the page's links flattened into text: the labels run on to the author's name
    ("Mercy Street by Jennifer HaighAmazonBookshop", "Mercy Street", "Haigh"),
    ("The Fortunate Ones by Ed TarkingtonAmazonBookshop", "The Fortunate Ones", "Tarkington"),
])
def test_shop_labels_after_the_entry_are_dropped(line: str, title: str, family: str) -> None:
    parsed = parse_citation(line)
    assert parsed.record.title == title
    assert [n.family for n in parsed.record.author] == [family]
    assert "Amazon" not in "".join(parsed.span_text("author") + parsed.span_text("title"))


def test_a_shop_name_inside_a_title_stays() -> None:
    parsed = parse_citation("Into the Amazon by Jane Doe")
    assert parsed.record.title == "Into the Amazon"


def test_shop_labels_alone_are_no_entry() -> None:
    assert not parse_citation("Amazon | Bookshop").is_citation



def test_a_title_with_a_shop_link_is_a_book_not_a_web_page() -> None:
    # the "Books mentioned" form: a bare title and its shop link
    notes = ("## Books mentioned\n\n* The Gene: https://amzn.to/3abcdE\n"
             "* Sapiens: https://amzn.to/3xyz\n* Homo Deus: https://amzn.to/3xyw\n")
    assert [(p.record.title, p.record.type) for p in extract(notes, "markdown")][:1] == [
        ("The Gene", "book")]
    parsed = parse_citation("Sapiens by Yuval Noah Harari https://amzn.to/3xyz")
    assert parsed.record.type == "book"
    assert parsed.record.url == "https://amzn.to/3xyz"
