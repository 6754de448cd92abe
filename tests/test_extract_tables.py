"""Markdown tables of works are read by their header: each row is one work, whatever
the column order, and the other columns (status, genre, dates, ratings) stay out.

The rows keep the form (and the facts) of rows of training documents: a reading log
(``Author | Title | Status | Date read | Owned?``, no outer pipes) and a book club's
tables (``Name | Author | Genre | …``, ``Name | Date | 📕 Book``).
"""

from __future__ import annotations

from biblio import iter_extract
from biblio.extract.tables import column_roles, row_cells, row_citation
from reading_helpers import extracted

READING_LOG = """\
# Everything I have finished reading

Author | Title | Status | Date read | Owned?
:------ |:------|:------:|:---------:|:------:
Kurt Vonnegut | Slaughterhouse-Five | r | | Y
Charlotte Bronte | Jane Eyre | r | | Y
Orwell, George | Nineteen Eighty-Four | rr | 2019 | N
"""

BOOK_CLUB = """\
| Name | Author | Genre | Status | Reading Date | Suggestor |
| --- | --- | --- | --- | --- | --- |
| Quichotte | Salman Rushdie | Fiction | Read | October 25, 2022 → November 29, 2022 | P7 |
| Freakonomics | Steven Levitt & Stephen J Dubner | Non-fiction | Read | January 31, 2023 | P2 |

| Name | Date | 📕 Book |
| --- | --- | ---  |
| Initial | September 27, 2022 |  |
| November | November 29, 2022 | Quichotte |
"""


def test_a_reading_log_table_gives_each_row_as_a_work_and_its_header_as_none() -> None:
    assert extracted(READING_LOG, "markdown") == [
        ("Slaughterhouse-Five", ["Vonnegut"]),
        ("Jane Eyre", ["Bronte"]),
        ("Nineteen Eighty-Four", ["Orwell"]),
    ]
    reasons = {o.line: o.reason for o in iter_extract(READING_LOG, "markdown")}
    assert reasons[3] == "table header"


def test_the_header_decides_which_column_is_the_title() -> None:
    assert extracted(BOOK_CLUB, "markdown") == [
        ("Quichotte", ["Rushdie"]),
        ("Freakonomics", ["Levitt", "Dubner"]),
        ("Quichotte", []),
    ]
    outcomes = {o.line: o for o in iter_extract(BOOK_CLUB, "markdown")}
    assert outcomes[8].reason == "table row without a title"  # a month with no book


def test_a_table_without_a_title_column_is_left_to_the_line_reader() -> None:
    assert column_roles(row_cells("| Name | Date | Venue |")) is None
    assert column_roles(row_cells("| Name | Author |")) == ["title", "author"]


def test_a_cell_holding_more_than_a_title_is_not_marked_as_one() -> None:
    roles = column_roles(row_cells("| Title | Author |"))
    assert roles is not None
    assert row_citation(row_cells("| Computer Lib/Dream Machines (1974) | Ted Nelson |"),
                        roles) == "Computer Lib/Dream Machines (1974) by Ted Nelson"
    assert row_citation(row_cells("| bad karma | Paul Wilson |"), roles) == \
        "*bad karma* by Paul Wilson"


COURSE_LIST = """\
<table>
<tr><th>Course</th><th>Semester</th><th>Title, with Author(s) and Translators</th>
<th>edition info</th></tr>
<tr><td>CC101</td><td>F14</td><td>Gilgamesh, tr. by Ferry</td>
<td><a href="#">B&amp;N</a></td></tr>
<tr><td>CC101</td><td>F14</td><td>The Odyssey by Homer, tr. by Fitzgerald</td>
<td><a href="#">B&amp;N</a></td></tr>
</table>
"""


def test_an_html_table_is_read_by_its_header_and_its_shop_links_are_no_works() -> None:
    outcomes = list(iter_extract(COURSE_LIST, "html"))
    assert [(c.record.full_title, [n.family for n in c.record.author],
             [n.family for n in c.record.translator])
            for o in outcomes for c in o.citations] == [
        ("Gilgamesh", [], ["Ferry"]),
        ("The Odyssey", ["Homer"], ["Fitzgerald"]),
    ]
    assert outcomes[0].reason == "table header"


def test_a_header_may_say_more_than_its_role_but_reading_date_is_no_title() -> None:
    assert column_roles(row_cells("| Title, with Author(s) | Semester |")) == ["title", None]
    assert column_roles(row_cells("| Name | Author | Reading Date |")) == [
        "title", "author", None]


def test_an_isbn_column_reaches_the_record() -> None:
    table = ("| Title | Author | ISBN-13 |\n| --- | --- | --- |\n"
             "| Dune | Frank Herbert | 9780441172719 |\n")
    [parsed] = [c for o in iter_extract(table, "markdown") for c in o.citations]
    assert (parsed.record.full_title, parsed.record.isbn) == ("Dune", "9780441172719")


def test_a_sentence_case_title_in_its_column_is_still_a_title() -> None:
    table = ("| Name | Author | Genre | Suggestor |\n| --- | --- | --- | --- |\n"
             "| Beautiful world where are you | Sally Rooney | Fiction | alifeee |\n")
    assert extracted(table, "markdown") == [("Beautiful world where are you", ["Rooney"])]
