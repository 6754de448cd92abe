"""The real show notes in examples/: the reading list parses, everything else is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio import parse_citation

NOTES = Path(__file__).resolve().parent.parent / "examples" / "origin-story-s8e5-shownotes.txt"
LINES = NOTES.read_text(encoding="utf-8").splitlines()
START = LINES.index("Reading list") + 1
READING = LINES[START:START + 19]
OTHER = [line for line in LINES if line not in READING]

# (family of the first author or director, title, year) as the notes give them
EXPECTED = [
    ("Borkenau", "The Communist International", 1938),
    ("Deutscher", "The Prophet Armed: Trotsky, 1879-1921", 1954),
    ("Deutscher", "The Prophet Unarmed: Trotsky, 1921-1929", 1959),
    ("Dunt", "How to Be a Liberal: The Story of Freedom and the Fight for Its Survival", 2020),
    ("Eastman", "Reflections on the Failure of Socialism", 1955),
    ("Ettinger", "Rosa Luxemburg: A Life", 1988),
    ("Goldman", "My Disillusionment in Russia", 1923),
    ("Khlevniuk", "Stalin: New Biography of a Dictator", 2017),
    ("Lynskey", "The Ministry of Truth: A Biography of George Orwell’s Nineteen Eighty-Four", 2019),
    ("Beatty", "Reds", 1981),
    ("Russell", "The Practice and Theory of Bolshevism", 1920),
    ("Service", "Lenin: A Biography", 2000),
    ("Service", "Stalin: A Biography", 2004),
    ("Service", "Trotsky: A Biography", 2009),
    ("Souvarine", "Stalin: A Critical Study of Bolshevism", 1939),
    ("Trotsky", "Terrorism and Communism: Against Kautsky", 1920),
    ("Volkogonov", "Lenin: A New Biography", 1994),
    ("Wells", "Russia in the Shadows", 1920),
    ("Zamyatin", "We", 1921),
]


@pytest.mark.parametrize(("line", "want"), list(zip(READING, EXPECTED, strict=True)))
def test_reading_list_line(line: str, want: tuple[str, str, int]) -> None:
    family, title, year = want
    parsed = parse_citation(line)
    assert parsed.is_citation, parsed.reason
    record = parsed.record
    people = record.author or record.director
    assert len(people) == 1 and people[0].family == family
    assert record.full_title == title
    assert record.year == year


def test_the_film_is_a_film_with_its_director() -> None:
    record = parse_citation("• Reds, co-written and directed by Warren Beatty (1981)").record
    assert record.type == "motion_picture"
    assert [(n.given, n.family) for n in record.director] == [("Warren", "Beatty")]
    assert record.author == []


def test_books_are_books_and_wells_keeps_his_initials() -> None:
    record = parse_citation("• H. G. Wells, Russia in the Shadows (1920)").record
    assert record.type == "book"
    assert (record.author[0].given, record.author[0].family) == ("H. G.", "Wells")


@pytest.mark.parametrize("line", [line for line in OTHER if line.strip()])
def test_other_lines_are_not_citations(line: str) -> None:
    assert not parse_citation(line).is_citation
