"""Works named inside sentences of show notes and feed descriptions (issue 9)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import biblio
from biblio.cli import main
from biblio.extract.inline import find_mentions


@pytest.mark.parametrize(("sentence", "title", "authors"), [
    ("Historian Jane Smith on her book The Long Road: A History of Roads in Britain, "
     "out now.", "The Long Road: A History of Roads in Britain", ["Smith"]),
    ("Buy The Undercover Economist by Tim Harford: https://publisher.example/books/123",
     "The Undercover Economist", ["Harford"]),
    ("Check out Superforecasting: The Art and Science of Prediction by Philip Tetlock and "
     "Dan Gardner", "Superforecasting: The Art and Science of Prediction", ["Tetlock", "Gardner"]),
    ("Opinions ranged from the experimental novella *A Violent Age* by Sarah Blake to more.",
     "A Violent Age", ["Blake"]),
    ("This week they read the 1963 cult novel The Lowlife by Alexander Baron. Joining them "
     "is a guest.", "The Lowlife", ["Baron"]),
    ("Our guest is J. Ryan Stradal, author of Saturday Night at the Lakeside Supper Club.",
     "Saturday Night at the Lakeside Supper Club", ["Stradal"]),
])
def test_a_sentence_naming_a_work(sentence: str, title: str, authors: list[str]) -> None:
    [found] = find_mentions(sentence)
    assert found.record.full_title == title
    assert [n.family for n in found.record.author] == authors
    assert found.method == "inline"


def test_a_repeated_sentence_is_read_once_and_handed_out_as_copies() -> None:
    sentence = "This week they read the 1963 cult novel The Lowlife by Alexander Baron."
    [first] = find_mentions(sentence)
    first.record.title = "Changed"
    first.record.author.append(first.record.author[0])
    first.spans.clear()
    [again] = find_mentions(sentence)
    assert again.record.full_title == "The Lowlife"
    assert [n.family for n in again.record.author] == ["Baron"]
    assert again.spans


@pytest.mark.parametrize("sentence", [
    "In this episode we talk about the history of the Roman Empire with a historian.",
    "Our guest is the author of several books on economics and a keen gardener.",
    "We recorded this one in London, and the sound is by the team at Studio Nine.",
])
def test_a_sentence_that_names_no_work_yields_nothing(sentence: str) -> None:
    assert find_mentions(sentence) == []


def test_the_report_marks_inline_readings(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text(
        "This week the historian Jane Smith joins us, and we talk for a long while about "
        "roads, maps and travellers in the old days of the coaching inns.\n\n"
        "Historian Jane Smith on her book The Long Road: A History of Roads in Britain, out "
        "now from all good shops and libraries everywhere.\n", encoding="utf-8")
    for command, lookups in (("convert", "--offline"), ("batch", "--enrich=none")):
        report = tmp_path / f"{command}.json"
        assert main([command, str(notes), "--to", "csl-json", "-o", str(tmp_path / "o.json"),
                     lookups, "--report", str(report)]) == 0
        lines = {entry["line"]: entry for entry in json.loads(report.read_text("utf-8"))}
        assert lines[3]["status"] == "record" and lines[3]["found_by"] == "inline"
        assert lines[1]["status"] == "rejected" and "found_by" not in lines[1]


def test_inline_records_carry_their_origin() -> None:
    [parsed] = biblio.extract("Historian Jane Smith on her book The Long Road, a study of "
                              "roads and the people on them across six centuries of travel.\n",
                              "text")
    assert parsed.record.origin is not None and parsed.record.origin.found_by == "inline"


@pytest.mark.parametrize(("sentence", "title", "authors"), [
    ("This week, Annie is reading You Could Make This Place Beautiful by Maggie Smith.",
     "You Could Make This Place Beautiful", ["Smith"]),
    ("For Kate, no classic beats The Great Gatsby by F. Scott Fitzgerald. So we went on.",
     "The Great Gatsby", ["Fitzgerald"]),
    ("Paula Hawkins knows mysteries, and her new one, The Blue Hour, opens well.",
     "The Blue Hour", ["Hawkins"]),
])
def test_more_sentences_naming_a_work(sentence: str, title: str, authors: list[str]) -> None:
    [found] = find_mentions(sentence)
    assert (found.record.full_title, [n.family for n in found.record.author]) == (title, authors)


@pytest.mark.parametrize("sentence", [
    "The music is Written by John Smith and performed live.",
    "Sales were driven by Strong Demand in Europe this year.",
])
def test_a_capitalised_run_by_someone_is_not_always_a_work(sentence: str) -> None:
    assert find_mentions(sentence) == []


def test_an_isbn_in_a_sentence_gets_the_title_the_sentence_gives() -> None:
    notes = ("In this episode, Joe interviews Romulus Hillsborough about his recent book, "
             "Samurai Revolution: The Dawn of Modern Japan (Tuttle Publishing, ISBN "
             "978-4805312353). They talk for an hour about swords and the end of an era.\n")
    [parsed] = biblio.extract(notes, "text")
    assert parsed.record.full_title == "Samurai Revolution: The Dawn of Modern Japan"
    assert parsed.record.isbn == "9784805312353"


def test_a_year_in_brackets_after_the_title_is_its_year() -> None:
    [found] = find_mentions("She has asked us to talk about The Dream Songs (1969) by John "
                            "Berryman, a book that made its author famous.")
    assert (found.record.full_title, found.record.year) == ("The Dream Songs", 1969)
    assert [n.family for n in found.record.author] == ["Berryman"]


def test_a_list_run_together_inside_a_paragraph() -> None:
    # Directory sites flatten show notes: the list after "RESOURCES:" loses its line breaks.
    paragraph = ("Zachary Crockett gives a pointer on hands and the people who model them. "
                 'RESOURCES:"How to Become a Hand Model," by Jack Smart (Backstage, 2024).'
                 '"Meet the Agent," by Christian Allaire (Vogue, 2021). EXTRAS:"The Puffy '
                 'Shirt" S5.E2 of Seinfeld (1993).\n')
    found = [(p.record.full_title, p.record.year) for p in biblio.extract(paragraph, "text")]
    assert ("How to Become a Hand Model", 2024) in found
    assert ("Meet the Agent", 2021) in found
