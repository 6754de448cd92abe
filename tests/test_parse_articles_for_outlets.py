"""Show notes that list the articles an episode drew on: "Writer for Outlet: “Headline",
often with the closing quote lost and a host's name before it (Political Gabfest's notes,
slice G of the real corpus)."""

from __future__ import annotations

import pytest

from biblio import parse_citation


@pytest.mark.parametrize(("line", "title", "families", "outlet"), [
    ("Anne Applebaum for the Atlantic: “History Will Judge the Complicit",
     "History Will Judge the Complicit", ["Applebaum"], "Atlantic"),
    ("Emily: Ally Mutnick and Zach Montellaro for Politico: “Redistricting Sprint Begins With "
     "Major Census Data Drop”",
     "Redistricting Sprint Begins With Major Census Data Drop", ["Mutnick", "Montellaro"],
     "Politico"),
    ("Listener chatter from Cyrus Farivar @cfarivar: Jason Kottke for Kottke.org: “The Last "
     "Documented Widow of a Civil War Veteran Has Died at the Age of 101",
     "The Last Documented Widow of a Civil War Veteran Has Died at the Age of 101", ["Kottke"],
     "Kottke.org"),
])
def test_writers_outlet_and_headline(line: str, title: str, families: list[str],
                                     outlet: str) -> None:
    record = parse_citation(line).record
    assert record.title == title
    assert [n.family for n in record.author] == families
    assert record.container_title == outlet
    assert record.type != "book"


def test_the_year_it_ran_in() -> None:
    record = parse_citation("Emily Bazelon for Slate in 2013: “Voting Rights 2.0").record
    assert (record.title, record.container_title) == ("Voting Rights 2.0", "Slate")
    assert record.issued is not None and record.issued.year == 2013


def test_a_sentence_quoting_a_phrase_is_no_article() -> None:
    # the writer must be named in full: "He wrote for …" names nobody
    assert not parse_citation("He wrote for the Atlantic: “a long piece").is_citation


def test_quotes_inside_an_unclosed_headline_are_part_of_it() -> None:
    record = parse_citation(
        "Emily:  Charlie Savage and Adam Goldman for the New York Times: “Outsider Tapped in "
        "Flynn Case Calls Justice Dept. Reversal a ‘Gross Abuse’ of Power").record
    assert record.title == ("Outsider Tapped in Flynn Case Calls Justice Dept. Reversal a "
                            "‘Gross Abuse’ of Power")
    assert [n.family for n in record.author] == ["Savage", "Goldman"]
