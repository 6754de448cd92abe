"""ISBN hygiene: what biblio accepts, rewrites and refuses.

The bad numbers are the real defects of the Goodreads catalogue in
../shared/fixtures/catalog (documented in its SOURCES.md).
"""

from __future__ import annotations

import pytest

from biblio import isbn


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("978-0-14-018585-0", "9780140185850"),
        ("0140185852", "9780140185850"),
        ("ISBN 0-14-018585-2", "9780140185850"),
        ("978 0 14 018585 0", "9780140185850"),
        ("978–0–14–018585–0", "9780140185850"),  # en dashes pasted from a web page
        ("043938950x", "9780439389501"),  # lower-case check character
        ("979-10-90636-07-1", "9791090636071"),  # a 979-1 ISBN has no ISBN-10
    ],
)
def test_to_isbn13_accepts_every_spelling(text: str, expected: str) -> None:
    assert isbn.to_isbn13(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "0312349486",  # bad check digit
        "084386874",  # nine characters
        "9781903254",  # truncated ISBN-13
        "9780977795306",  # ISBN-13 with a bad check digit
        "0073999768442",  # a UPC product code, valid EAN but not an ISBN
        "9790007672386",  # an ISMN (printed music)
        "",
        None,
    ],
)
def test_invalid_numbers_are_refused(text: str | None) -> None:
    assert isbn.to_isbn13(text) is None
    assert not isbn.is_valid(text)


def test_isbn10_exists_only_for_978() -> None:
    assert isbn.to_isbn10("9780140185850") == "0140185852"
    assert isbn.to_isbn10("9791090636071") is None
    assert isbn.to_isbn10("not an isbn") is None


def test_hyphenate_keeps_the_length_given() -> None:
    assert isbn.hyphenate("9780140185850") == "978-0-14-018585-0"
    assert isbn.hyphenate("0140185852") == "0-14-018585-2"
    assert isbn.hyphenate("9780977795306") is None


def test_display_gives_isbn13_then_isbn10() -> None:
    assert isbn.display("9781859844410") == "978-1-85984-441-0 1-85984-441-3"
    assert isbn.display("9791090636071") == "979-10-90636-07-1"


def test_find_isbns_in_a_show_note_line() -> None:
    line = ("Isaac Deutscher, The Prophet Armed (Verso, 2003), ISBN 1-85984-441-3; "
            "also sold as 9781859844410 and wrongly as 9780977795306")
    assert isbn.find_isbns(line) == ["9781859844410"]
    assert isbn.find_invalid(line) == ["9780977795306"]
    assert isbn.first("0140185852 9780140185850") == "9780140185850"
    assert isbn.first("no number here") is None


def test_the_isbn_in_a_shop_or_catalogue_link() -> None:
    from biblio.isbn import isbn_in_link

    assert isbn_in_link("https://www.amazon.com/Selfish-Gene/dp/0198788606/ref=sr_1_1") == \
        "9780198788607"
    assert isbn_in_link("https://bookshop.org/a/123/9780385534260") == "9780385534260"
    assert isbn_in_link("https://bookshop.org/p/books/the-wager/18404541?ean=9780385534260") \
        == "9780385534260"
    assert isbn_in_link("https://www.amazon.com/dp/B07D23CFGR") is None  # an e-book's ASIN
    assert isbn_in_link("https://www.amazon.com/dp/0198788607") is None  # a bad checksum
    assert isbn_in_link("https://example.org/books/9780385534260") is None
    # canonical.org/~kragen/progbooks.html links each book to isbn.nu by its ISBN-10
    assert isbn_in_link("http://isbn.nu/0465026567") == "9780465026562"
    assert isbn_in_link("https://www.worldcat.org/isbn/9780465026562") == "9780465026562"
    assert isbn_in_link("http://isbn.nu/0465026568") is None  # a bad checksum
