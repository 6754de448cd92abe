"""A line that asks the listener to buy or read a book still names the book: "Order
Chris Stirewalt's book …" (f1-kickass-news, a real feed's notes), the issue's "Buy Title
by Author: …" and "Check out Title: A Subtitle by A and B"."""

from __future__ import annotations

from biblio import extract, parse_citation


def _read(line: str) -> list[tuple[str | None, list[str | None]]]:
    return [(p.record.title, [a.family for a in p.record.author])
            for p in extract(line + "\n", "text")]


def test_an_order_line_names_the_book_it_sells() -> None:
    found = _read("Order Chris Stirewalt's book Every Man a King: A Short, Colorful History "
                  "of American Populist on Amazon, subscribe to his podcast")
    assert [(title[:16] if title else title, authors) for title, authors in found] == [
        ("Every Man a King", ["Stirewalt"])]


def test_buy_title_by_author_with_the_shop_link() -> None:
    assert _read("Buy The Dawn of Everything by David Graeber: "
                 "https://publisher.example/books/dawn") == [
        ("The Dawn of Everything", ["Graeber"])]


def test_check_out_is_not_part_of_the_title() -> None:
    csl = parse_citation("Check out Thinking in Systems: A Primer by Donella Meadows and "
                         "Diana Wright").record.to_csl()
    assert csl["title"] == "Thinking in Systems: A Primer"
    assert [a["family"] for a in csl["author"]] == ["Meadows", "Wright"]


def test_a_call_to_buy_that_names_no_book_stays_a_call() -> None:
    line = ("Buy or preorder any of the books they mention and enter NEWRELEASEPLEASE at "
            "checkout for 10% off your order!")  # a-ftfp-432
    assert _read(line) == []
    assert not parse_citation("Check out our Patreon by clicking here").is_citation
