"""A reading log kept as fields between pipes ("Title | Author | shelves"), as a
to-read list exported from a book tracker gives them.  The lines are a public
to-read list's own."""

from __future__ import annotations

import pytest

from biblio import iter_extract, parse_citation


@pytest.mark.parametrize(("line", "title", "family", "given"), [
    ("Matilda | Roald Dahl | kids,owned", "Matilda", "Dahl", "Roald"),
    ("Red Team Blues | Cory Doctorow | hackers,owned", "Red Team Blues", "Doctorow", "Cory"),
    ("Before the Coffee Gets Cold: Tales from the Café | Toshikazu Kawaguchi | "
     "contemporary,spl,scld", "Before the Coffee Gets Cold: Tales from the Café",
     "Kawaguchi", "Toshikazu"),
])
def test_the_title_and_the_author_come_first_and_the_shelves_are_dropped(
        line: str, title: str, family: str, given: str) -> None:
    record = parse_citation(line).record
    assert record is not None
    csl = record.to_csl()
    assert csl["title"] == title
    assert csl["author"] == [{"family": family, "given": given}]
    assert "publisher" not in csl  # "kids,owned" is a shelf, not an imprint


def test_a_year_field_is_the_works_own() -> None:
    record = parse_citation("Sapiens: A Brief History of Humankind | Yuval Noah Harari | 2015"
                            ).record
    assert record is not None and record.year == 2015


def test_a_byline_between_pipes_is_no_work() -> None:
    # a page's byline: a label, then two people run together
    assert not parse_citation("By: ABC News | Charlie Gibson Kate Gibson").is_citation


def test_a_whole_log_of_pipe_fields_is_read_as_a_list() -> None:
    text = ("Wild Winter | John D. Burns | nature\n"
            "Matilda | Roald Dahl | kids,owned\n"
            "Red Team Blues | Cory Doctorow | hackers,owned\n"
            "Coding Democracy | Maureen Webb | hackers\n")
    titles = [c.record.to_csl()["title"] for o in iter_extract(text, "text") for c in o.citations]
    assert titles == ["Wild Winter", "Matilda", "Red Team Blues", "Coding Democracy"]
