"""Lines the first version of the parser got wrong: prose, chapters, unusual names,
title-first dashes and italic titles alone in a reading list."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from biblio import parse_citation
from biblio.extract import iter_extract

ROOT = Path(__file__).resolve().parent.parent


def _people(line: str) -> list[tuple[str | None, str | None]]:
    return [(n.given, n.family) for n in parse_citation(line).record.author]


@pytest.mark.parametrize("line", ROOT.joinpath(
    "examples", "origin-story-s8e5-shownotes.txt").read_text(encoding="utf-8").splitlines()[1:6])
def test_prose_paragraphs_of_the_show_notes_are_refused(line: str) -> None:
    assert not parse_citation(line).is_citation


def test_a_long_sentence_is_refused_before_any_reader_runs() -> None:
    parsed = parse_citation(
        "The historian we spoke to argues that the famine was no accident but the result of "
        "choices made in Moscow, and that “socialism in one country” made it worse.")
    assert not parsed.is_citation
    assert "prose" in (parsed.reason or "")


def test_sentence_case_titles_of_apa_are_still_read() -> None:
    parsed = parse_citation(
        "Scott, J. C. (1998). Seeing like a state: How certain schemes to improve the human "
        "condition have failed. Yale University Press.")
    assert parsed.is_citation
    assert parsed.record.title == "Seeing like a state"
    assert parsed.record.publisher == "Yale University Press"


def test_quoted_title_by_author_in_a_book_is_a_chapter() -> None:
    parsed = parse_citation(
        '"The Original Affluent Society" by Marshall Sahlins, in *Stone Age Economics* (1972)')
    record = parsed.record
    assert record.type == "chapter"
    assert [(n.given, n.family) for n in record.author] == [("Marshall", "Sahlins")]
    assert record.title == "The Original Affluent Society"
    assert record.container_title == "Stone Age Economics"
    assert record.year == 1972


def test_quoted_title_by_author_in_a_known_magazine_stays_an_article() -> None:
    record = parse_citation(
        '"The Case for Reparations" by Ta-Nehisi Coates, in The Atlantic (2014)').record
    assert record.type == "article-magazine"
    assert record.container_title == "The Atlantic"


@pytest.mark.parametrize("line", [
    "bell hooks, All About Love (2000)",
    "All About Love by bell hooks",
    "All About Love – bell hooks",
])
def test_authors_who_write_their_names_in_lower_case(line: str) -> None:
    assert _people(line) == [("bell", "hooks")]
    assert parse_citation(line).record.title == "All About Love"


@pytest.mark.parametrize(("line", "given", "family"), [
    ("Caroline Criado Perez, Invisible Women (2019)", "Caroline", "Criado Perez"),
    ("Young Stalin by Simon Sebag Montefiore (2007)", "Simon", "Sebag Montefiore"),
    ("Gabriel García Márquez, One Hundred Years of Solitude (1967)", "Gabriel",
     "García Márquez"),
    # most three-word names are given, middle, family
    ("Tomás Eloy Martínez, Santa Evita (1995)", "Tomás Eloy", "Martínez"),
    ("Ursula K. Le Guin, The Dispossessed (1974)", "Ursula K.", "Le Guin"),
    ("Mary Ann Shadd, A Plea for Emigration (1852)", "Mary Ann", "Shadd"),
])
def test_compound_surnames_only_where_a_lexicon_says_so(line: str, given: str,
                                                          family: str) -> None:
    assert _people(line) == [(given, family)]


@pytest.mark.parametrize(("line", "title"), [
    ("Things Fall Apart – Chinua Achebe", "Things Fall Apart"),
    ("Chinua Achebe – Things Fall Apart", "Things Fall Apart"),
    ("Mother Courage – Bertolt Brecht", "Mother Courage"),
    ("Bertolt Brecht – Mother Courage", "Mother Courage"),
    ("Nervous Conditions – Tsitsi Dangarembga (1988)", "Nervous Conditions"),
    ("Chinua Achebe, Things Fall Apart (1958)", "Things Fall Apart"),
])
def test_which_side_of_a_dash_is_the_author(line: str, title: str) -> None:
    parsed = parse_citation(line)
    assert parsed.record.title == title
    assert len(parsed.record.author) == 1
    assert parsed.record.author[0].family in ("Achebe", "Brecht", "Dangarembga")


@pytest.mark.parametrize(("line", "author"), [
    ("Terry Jones, Starship Titanic (2001)", "Jones"),  # names are common words too
    ("Haruki Murakami – Naokos Lächeln", "Murakami"),  # and foreign titles rare ones
    ("Billy Crystal – Absolutely Mahvelous", "Crystal"),
])
def test_word_frequency_alone_does_not_overturn_author_first(line: str, author: str) -> None:
    assert [n.family for n in parse_citation(line).record.author] == [author]


def test_initials_mark_the_name_side() -> None:
    parsed = parse_citation("Selected Poems – T. S. Eliot")
    assert parsed.record.title == "Selected Poems"
    assert [(n.given, n.family) for n in parsed.record.author] == [("T. S.", "Eliot")]


@pytest.mark.parametrize("line", ["- *Solaris*", "*Solaris*", "• _Roadside Picnic_"])
def test_an_italic_title_alone_is_a_weak_reading(line: str) -> None:
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.title in ("Solaris", "Roadside Picnic")
    assert not parsed.record.author
    assert 0.3 <= parsed.confidence < 0.6
    assert [s.field for s in parsed.spans] == ["title"]


@pytest.mark.parametrize("line", ["**Further reading**", "- *Further reading*",
                                  "*we talk about this a lot*"])
def test_bold_lead_ins_and_italic_prose_are_not_titles(line: str) -> None:
    assert not parse_citation(line).is_citation


NOTES = """# Episode 12

We talk about Soviet science fiction.

*Solaris*

## Reading list

- *Solaris*
- Solaris (1961)
- *The Master and Margarita* by Mikhail Bulgakov
"""


def test_extract_takes_an_italic_title_only_inside_a_reading_list() -> None:
    found = [(o.line, c.record.title) for o in iter_extract(
        io.StringIO(NOTES), format="markdown", source="notes.md") for c in o.citations]
    assert found == [(9, "Solaris"), (10, "Solaris"), (11, "The Master and Margarita")]
