"""HTML show notes end to end (tests/data/notes/deep-time-45.html)."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio import extract
from biblio.extract import LineOutcome, iter_extract

PAGE = Path(__file__).parent / "data" / "notes" / "deep-time-45.html"

EXPECTED = [  # source line where the text starts, family, main title, year
    (30, "Benton", "When Life Nearly Died", 2003),
    (32, "Kolbert", "The Sixth Extinction", 2014),
    (33, "Brannen", "The Ends of the World", 2017),
    (34, "Erwin", "Extinction", 2006),
    (37, "Fortey", "Life", 1997),
    (38, "Gould", "Wonderful Life", 1989),
]


@pytest.fixture(scope="module")
def outcomes() -> list[LineOutcome]:
    return list(iter_extract(PAGE.read_text(encoding="utf-8"), source=PAGE.name))


def test_the_citations_with_their_source_lines() -> None:
    citations = extract(PAGE.read_text(encoding="utf-8"), source=PAGE.name)
    got = [(c.record.origin.line if c.record.origin else None, c.record.author[0].family,
            c.record.title, c.record.year) for c in citations]
    assert got == EXPECTED


def test_links_and_emphasis_reach_the_parser() -> None:
    citations = extract(PAGE.read_text(encoding="utf-8"))
    benton = citations[0].record
    assert benton.url == "https://bookshop.example/when-life-nearly-died"
    assert benton.subtitle == "The Greatest Mass Extinction of All Time"
    assert benton.publisher == "Thames & Hudson"
    assert citations[2].record.publisher == "Ecco"


def test_report_text_is_what_the_reader_sees(outcomes: list[LineOutcome]) -> None:
    by_line = {o.line: o for o in outcomes}
    assert by_line[30].text.startswith("When Life Nearly Died: The Greatest Mass Extinction")
    assert "<" not in by_line[30].text and "&amp;" not in by_line[30].text


def test_furniture_and_page_chrome(outcomes: list[LineOutcome]) -> None:
    by_line = {o.line: o for o in outcomes}
    assert by_line[14].reason == "page navigation"
    assert by_line[17].reason == "episode metadata"
    assert by_line[18].reason == "prose"
    assert {by_line[24].reason, by_line[25].reason} == {"timestamp"}
    assert by_line[41].reason == "sponsor read"
    assert by_line[43].reason == "credits"
    assert by_line[44].reason == "call to action"
    assert not any("dataLayer" in o.text or "margin" in o.text for o in outcomes)


def test_head_metadata_makes_the_source_record() -> None:
    citations = extract(PAGE.read_text(encoding="utf-8"), include_source=True)
    episode = citations[-1].record
    assert episode.type == "broadcast"
    assert episode.full_title == "Episode 45: The Great Dying"
    assert episode.container_title == "Deep Time"
    assert episode.url == "https://deeptime.example/episodes/45-the-great-dying"
    assert episode.issued is not None and episode.issued.parts == [[2023, 9, 5]]


def test_br_separated_lines_in_a_fragment() -> None:
    fragment = (
        "<p><b>Books mentioned:</b> The Prophet Armed by Isaac Deutscher (1954);\n"
        "Lenin: A Biography by Robert Service (2000)</p>\n"
        "<p>Reading list<br>\nEmma Goldman, My Disillusionment in Russia (1923)<br>\n"
        "H. G. Wells, Russia in the Shadows (1920)</p>"
    )
    outcomes = list(iter_extract(fragment, format="html"))
    records = [(o.line, [c.record.author[0].family for c in o.citations])
               for o in outcomes if o.citations]
    # a paragraph broken over two source lines: each work on the line where its title is
    assert records == [(1, ["Deutscher"]), (2, ["Service"]), (4, ["Goldman"]), (5, ["Wells"])]
    assert {o.line: o.continues.line for o in outcomes if o.continues} == {}


def test_line_is_where_the_text_starts_not_the_tag() -> None:
    page = ("<ul>\n  <li>\n\n    Emma Goldman, <i>My Disillusionment\n    in Russia</i> (1923)\n"
            "  </li>\n</ul>\n<h2>Further reading</h2>\n<ul><li>\nH. G. Wells, Russia in the Shadows"
            " (1920)</li></ul>")
    outcomes = [o for o in iter_extract(page, format="html") if o.citations]
    assert [o.line for o in outcomes] == [4, 10]
    assert outcomes[0].text == "Emma Goldman, My Disillusionment in Russia (1923)"


def test_a_marked_section_the_html_parser_does_not_know_costs_only_itself() -> None:
    # html.parser gives up on "<![DOCTYPE …" (found by tests/test_hostile_fuzz.py).
    page = ("<html><body><p>Reading for next week:</p>\n<![DOCTYPE x [<!ENTITY a 'b'>]>\n"
            "<p>Dune by Frank Herbert (1965)</p>\n<![ 1\n"
            "<p>Kindred by Octavia E. Butler (1979)</p>\n<![ CDATA [ x\n"
            "<p>Beloved by Toni Morrison (1987)</p></body></html>")
    got = [(c.record.title, c.record.origin.line if c.record.origin else None)
           for c in extract(page, source="week3.html")]
    assert got == [("Dune", 3), ("Kindred", 5), ("Beloved", 7)]
