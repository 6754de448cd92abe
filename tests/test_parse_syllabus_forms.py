"""Course syllabi on GitHub, read as a student importing the readings would want them.

The names, titles, years and pages are as two public course repositories wrote them
(a writing course's Markdown schedule and a literature course's week-by-week
schedule); the notes around them (where the text is kept, what to read of it) are
reworded.
"""

from __future__ import annotations

import pytest

from biblio import iter_extract
from reading_helpers import csl_reading as _read


@pytest.mark.parametrize(("line", "family", "given", "title"), [
    ("Toni Morrison (1931--2019), “Recitatif” (read in full) [Course Reserves]",
     "Morrison", "Toni", "Recitatif"),
    ('Gloria Anzaldúa (1942--2004), "How to Tame a Wild Tongue" (read in full) [Course Reserves]',
     "Anzaldúa", "Gloria", "How to Tame a Wild Tongue"),
    ("Friedrich Hayek (1899-1992), The Road to Serfdom", "Hayek", "Friedrich",
     "The Road to Serfdom"),
])
def test_an_authors_life_is_not_the_year_of_the_work(line: str, family: str, given: str,
                                                      title: str) -> None:
    record = _read(line)
    assert record["author"] == [{"family": family, "given": given}]
    assert record["title"] == title
    assert "issued" not in record  # 1931 is when Morrison was born, not when she wrote it


def test_a_span_of_publication_after_apa_initials_is_still_the_date() -> None:
    record = _read("**Land, N. (1987–2007).** *Fanged noumena: Collected writings 1987–2007*.")
    assert record["issued"] == {"date-parts": [[1987]]}


def test_surnames_before_a_quoted_reading_with_its_pages() -> None:
    record = _read("Smith and Kim, “Grammar Fundamentals”, pp. 21--50 [Course Reserves]")
    assert record["author"] == [{"family": "Smith"}, {"family": "Kim"}]
    assert record["title"] == "Grammar Fundamentals"
    assert record["page"] == "21–50"


def test_pages_after_a_title_in_italics_end_the_title() -> None:
    record = _read("Margery Kempe (*c.*1373--*c.*1439), *The Book of Margery Kempe*, pp. 3--20 "
                   "(first book, the prologues)")
    assert record["title"] == "The Book of Margery Kempe"
    assert record["page"] == "3–20"
    assert record["author"] == [{"family": "Kempe", "given": "Margery"}]
    assert "issued" not in record


@pytest.mark.parametrize(("line", "author", "title"), [
    ("Teju Cole, _Open City_ through ch. 6.", {"family": "Cole", "given": "Teju"}, "Open City"),
    ("Cole, _Open City_ to end.", {"family": "Cole"}, "Open City"),
    ("Slesinger, _The Unpossessed_ through part 1, ch. 5; `HW 6`.", {"family": "Slesinger"},
     "The Unpossessed"),
])
def test_what_the_syllabus_sets_to_read_is_cut_off(line: str, author: dict[str, str],
                                                    title: str) -> None:
    record = _read(line)
    assert record["author"] == [author]
    assert record["title"] == title


def test_a_title_that_goes_to_the_end_keeps_its_words() -> None:
    record = _read("Céline, Journey to the End of the Night")
    assert record["title"] == "Journey to the End of the Night"


def test_a_schedule_line_gives_the_italic_work_its_surname() -> None:
    text = ("## Schedule\n\n"
            "* Monday, 11 Sep: Cole, _Open City_ through ch. 6.\n"
            "* Wednesday, 4 Oct: De Certeau, “Walking in the City”; `HW 5`.\n"
            "* Wednesday, 18 Oct: McKay, _Amiable with Big Teeth_ through ch. 8; `HW 7`\n")
    works = [(c.record.to_csl()["title"], c.record.to_csl().get("author"))
             for o in iter_extract(text, "markdown") for c in o.citations]
    assert works == [
        ("Open City", [{"family": "Cole"}]),
        ("Walking in the City", [{"family": "De Certeau"}]),
        ("Amiable with Big Teeth", [{"family": "McKay"}]),
    ]


def test_a_required_text_with_its_edition_in_brackets() -> None:
    record = _read("Required text: Physical Biology of the Cell (2nd ed) by Phillips, Kondev, "
                   "Theriot and Garcia (ISBN: 0815344503)")
    assert record["title"] == "Physical Biology of the Cell"  # the label is no part of it
    assert record["edition"] == "2"  # no longer dropped as a remark
    assert [a["family"] for a in record["author"]] == ["Phillips", "Kondev", "Theriot", "Garcia"]
    assert record["ISBN"] == "9780815344506"
