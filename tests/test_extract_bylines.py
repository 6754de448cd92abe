"""A title over its byline: "A Great and Terrible Beauty", then "by Libba Bray".

The titles and names are a public library's staff-picks archive (dekalblibrary.org, the
titles shown twice as the page shows them, cover text then heading) and a bookshop's
staff picks (splitrockbks.com); the staff's remarks are rewritten.  A page's own name over
its byline, as two podcast pages of the real corpus open, stays no work.
"""

from __future__ import annotations

from biblio import iter_extract, parse_citation

LIBRARY = """\
Staff Picks: Archives

What our staff were reading in earlier years, list by list, the newest lists last.

Tuesdays with Morrie: An Old Man, a Young Man, and Life's Greatest Lesson

Tuesdays with Morrie: An Old Man, a Young Man, and Life's Greatest Lesson

by Mitch Albom

Angela says: "Once I opened it I kept going to the last page."

Read more ...
A Great and Terrible Beauty

A Great and Terrible Beauty

by Libba Bray

Fran says: "A boarding-school mystery with magic in it; I finished it in a day."

Read more ...
Breaking The News: How the Media Undermine American Democracy

Breaking The News: How the Media Undermine American Democracy

by James Fallows
"""

SHOP = """\
<html><body><h1>September 2023 Staff Picks</h1>
<div class="abaproduct">
<div class="abaproduct-title"><a href="/book/9781737925842">Boomhouse</a></div>
<div class="abaproduct-authors">By <a href="/author/hart">Summer J. Hart</a></div>
<p>Chosen by: Heidi</p>
</div>
<div class="abaproduct">
<div class="abaproduct-title"><a href="/book/9780593359266">Mister Magic: A Novel</a></div>
<div class="abaproduct-authors">By <a href="/author/white">Kiersten White</a></div>
<p>Chosen by: Julie</p>
</div>
</body></html>
"""


def _works(text: str, fmt: str = "text") -> list[tuple[int, str | None, list[str]]]:
    return [(o.line, c.record.full_title, [f"{a.given} {a.family}" for a in c.record.author])
            for o in iter_extract(text, fmt) for c in o.citations]  # type: ignore[arg-type]


def test_each_title_takes_the_authors_of_the_byline_under_it() -> None:
    assert _works(LIBRARY) == [
        (7, "Tuesdays with Morrie: An Old Man, a Young Man, and Life's Greatest Lesson",
         ["Mitch Albom"]),
        (16, "A Great and Terrible Beauty", ["Libba Bray"]),
        (25, "Breaking The News: How the Media Undermine American Democracy",
         ["James Fallows"]),
    ]


def test_the_byline_is_reported_as_part_of_its_entry() -> None:
    outcomes = {o.line: o for o in iter_extract(LIBRARY, "text")}
    assert outcomes[18].continues is outcomes[16]
    assert outcomes[18].status == "record"


def test_a_shop_title_link_takes_its_byline() -> None:
    assert [(title, names) for _, title, names in _works(SHOP, "html")] == [
        ("Boomhouse", ["Summer J. Hart"]),
        ("Mister Magic: A Novel", ["Kiersten White"]),
    ]


def test_a_page_name_over_its_byline_is_no_work() -> None:
    # the openings of two real podcast pages (a-mindscape-podcastrepublic, g-gabfest-globalplayer)
    assert _works("Sean Carroll's Mindscape\n\nBy Sean Carroll\n\n"
                  "To listen, open the app on your phone.\n") == []
    assert _works("Political Gabfest\n\nPolitical Gabfest\n\nBy Slate Podcasts\n") == []


def test_one_pair_alone_needs_a_heading_that_names_works() -> None:
    pair = "Factfulness: Ten Reasons We're Wrong About the World\n\nby Hans Rosling\n"
    assert _works(pair) == []
    assert _works("Books mentioned\n\n" + pair) == [
        (3, "Factfulness: Ten Reasons We're Wrong About the World", ["Hans Rosling"])]


BOOK_CLUB = """\
August 2023/ July 2024 Book Club list
The chairs choose the year's books from the titles members suggest
January
The Storied Life of AJ Fikry,
by Gabrielle Zevin, 2014
A trade review praising the bookshop setting, rewritten here.
February
Eleanor Oliphant is Completely Fine,
by Gail Honeyman, 2017
March
Mad Honey,
by Jodi Picoult and Jennifer Kinney Boylan, 2022
"""  # h-newcomers-losgatos-bookclub (a training document of the real corpus)


def test_a_book_club_byline_gives_the_year_too() -> None:
    found = [(o.line, c.record.full_title, [a.family for a in c.record.author],
              c.record.issued.parts[0][0] if c.record.issued else None)
             for o in iter_extract(BOOK_CLUB, "text") for c in o.citations]
    assert found == [
        (4, "The Storied Life of AJ Fikry", ["Zevin"], 2014),
        (8, "Eleanor Oliphant is Completely Fine", ["Honeyman"], 2017),
        (11, "Mad Honey", ["Picoult", "Boylan"], 2022),  # a title a name-reader would take
    ]


def test_a_byline_with_its_year_is_no_title() -> None:
    assert not parse_citation("by Gabrielle Zevin, 2014").is_citation
    assert parse_citation("By the Light of the Moon, 2014").is_citation
