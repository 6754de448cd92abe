"""Markdown show notes end to end (tests/data/notes/long-read-history-112.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio import extract
from biblio.extract import LineOutcome, iter_extract

NOTES = Path(__file__).parent / "data" / "notes" / "long-read-history-112.md"

EXPECTED = [  # line, family, title (main), year
    (12, "Kurson", "Rocket Men", 2018),
    (12, "Parry", "Moonshot", 2009),
    (22, "Wolfe", "The Right Stuff", 1979),
    (23, "Shetterly", "Hidden Figures", 2016),
    (24, "Brzezinski", "Red Moon Rising", 2007),
    (25, "Chaikin", "A Man on the Moon", 1994),
    (26, "Cadbury", "Space Race", 2005),
    (31, "Lem", "Solaris", 1961),
    (32, "Bradbury", "The Martian Chronicles", 1950),
]


@pytest.fixture(scope="module")
def outcomes() -> list[LineOutcome]:
    return list(iter_extract(NOTES.read_text(encoding="utf-8"), source=NOTES.name))


def test_the_citations_and_nothing_else() -> None:
    citations = extract(NOTES.read_text(encoding="utf-8"), source=NOTES.name)
    got = [(c.record.origin.line if c.record.origin else None, c.record.author[0].family,
            c.record.title, c.record.year) for c in citations]
    assert got == EXPECTED


def test_markdown_details_reach_the_record() -> None:
    citations = extract(NOTES.read_text(encoding="utf-8"))
    by_title = {c.record.title: c.record for c in citations}
    assert by_title["Red Moon Rising"].url == "https://bookshop.example/red-moon-rising"
    assert by_title["A Man on the Moon"].subtitle == "The Voyages of the Apollo Astronauts"
    assert by_title["A Man on the Moon"].publisher == "Viking"
    assert by_title["Space Race"].publisher == "Fourth Estate"  # from the wrapped second line


def test_wrapped_item_lines_share_the_record(outcomes: list[LineOutcome]) -> None:
    by_line = {o.line: o for o in outcomes}
    assert by_line[27].continues is by_line[26]
    assert by_line[27].status == "record"


def test_furniture_reasons(outcomes: list[LineOutcome]) -> None:
    by_line = {o.line: o for o in outcomes}
    assert by_line[2].reason == "front matter"
    assert by_line[8].reason == "section heading"
    assert by_line[10].reason == "prose"
    assert {by_line[n].reason for n in (16, 17, 18)} == {"timestamp"}
    assert by_line[36].reason == "sponsor read"
    assert by_line[38].reason == "sponsor read"
    assert {by_line[n].reason for n in (42, 43, 44)} == {"credits"}
    assert by_line[46].reason == "separator"
    assert by_line[48].reason == "call to action"
    assert by_line[49].reason == "call to action"


def test_every_non_blank_line_once(outcomes: list[LineOutcome]) -> None:
    lines = NOTES.read_text(encoding="utf-8").splitlines()
    expected = [n for n, text in enumerate(lines, start=1) if text.strip()]
    assert [o.line for o in outcomes] == expected


def test_front_matter_names_the_episode() -> None:
    citations = extract(NOTES.read_text(encoding="utf-8"), include_source=True)
    episode = citations[-1].record
    assert episode.type == "broadcast"
    assert episode.full_title == "Episode 112: The Space Race"
    assert episode.container_title == "The Long Read History"
    assert episode.url == "https://longreadhistory.example/episodes/112-space-race"
    assert episode.issued is not None and episode.issued.parts == [[2024, 3, 14]]
    origin = citations[0].record.origin
    assert origin is not None and origin.episode_title == "Episode 112: The Space Race"


def test_sub_heading_keeps_reading_list_and_code_is_skipped() -> None:
    notes = (
        "## Further reading\n\n### On Trotsky\n\n"
        "1. Isaac Deutscher, *The Prophet Armed* (1954)\n\n"
        "```\nRobert Service, Lenin: A Biography (2000)\n```\n\n"
        "## Credits\n\nIsaac Deutscher, The Prophet Unarmed (1959)\n"
    )
    outcomes = list(iter_extract(notes, format="markdown"))
    records = [o for o in outcomes if o.status == "record"]
    assert [o.line for o in records] == [5]
    code = [o for o in outcomes if o.reason == "code block"]
    assert [o.line for o in code] == [7, 8, 9]
    assert outcomes[-1].reason == "credits"
