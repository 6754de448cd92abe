"""Names as citations write them, split into CSL parts."""

from __future__ import annotations

import pytest

from biblio import Name
from biblio.extract.blocks import Episode
from biblio.extract.episode import episode_record
from biblio.lookup.providers.values import people
from biblio.parse.names import parse_inverted_list, parse_name_list, parse_person, person_name


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Isaac Deutscher", Name(family="Deutscher", given="Isaac")),
        ("H. G. Wells", Name(family="Wells", given="H. G.")),
        ("J.K. Galbraith", Name(family="Galbraith", given="J.K.")),
        ("Simone de Beauvoir", Name(family="Beauvoir", given="Simone",
                                    non_dropping_particle="de")),
        ("Jan van der Ploeg", Name(family="Ploeg", given="Jan", non_dropping_particle="van der")),
        ("Ursula K. Le Guin", Name(family="Le Guin", given="Ursula K.")),
        ("Martin Luther King Jr.", Name(family="King", given="Martin Luther", suffix="Jr.")),
        ("Mario Vargas Llosa", Name(family="Vargas Llosa", given="Mario")),
        ("Tomás Eloy Martínez", Name(family="Martínez", given="Tomás Eloy")),
        ("Yang Jisheng", Name(family="Yang", given="Jisheng")),
        ("Jung Chang", Name(family="Chang", given="Jung")),
        ("Neil deGrasse Tyson", Name(family="Tyson", given="Neil deGrasse")),
        ("Ibn Khaldun", Name(family="Khaldun", non_dropping_particle="Ibn")),
    ],
)
def test_reading_order(text: str, want: Name) -> None:
    assert parse_person(text) == want


@pytest.mark.parametrize("text", ["The Prophet Armed", "How to Be a Liberal", "Stalin's Rise",
                                  "Episode 5", "H. G."])
def test_titles_are_not_names(text: str) -> None:
    assert parse_person(text) is None


def test_lists_need_and_before_the_last_name() -> None:
    assert parse_name_list("Ian Dunt and Dorian Lynskey") == [
        Name(family="Dunt", given="Ian"), Name(family="Lynskey", given="Dorian")]
    assert len(parse_name_list("Georg Adler, Peter Hudis and Annelies Laschitza") or []) == 3
    assert parse_name_list("Benjamin Moser, New Directions") is None
    assert parse_name_list("Donald A. Yates and James E. Irby, New Directions") is None


def test_organisations_stay_whole() -> None:
    assert parse_name_list("Intergovernmental Panel on Climate Change") == [
        Name(literal="Intergovernmental Panel on Climate Change")]
    assert parse_name_list("Oxford University Press") is None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Marx, K., & Engels, F.", [("Marx", "K."), ("Engels", "F.")]),
        ("Hall, S. and Jacques, M.", [("Hall", "S."), ("Jacques", "M.")]),
        ("Marx, Karl, and Friedrich Engels", [("Marx", "Karl"), ("Engels", "Friedrich")]),
        ("Levitsky, Steven, and Daniel Ziblatt", [("Levitsky", "Steven"),
                                                  ("Ziblatt", "Daniel")]),
        ("de Waal, F.", [("Waal", "F.")]),
        ("Read, Christopher", [("Read", "Christopher")]),
    ],
)
def test_sorting_order(text: str, want: list[tuple[str, str]]) -> None:
    names = parse_inverted_list(text)
    assert names is not None
    assert [(n.family, n.given) for n in names] == want


def test_suffix_after_comma_joins_the_name() -> None:
    names = parse_inverted_list("Sewell, William H., Jr.")
    assert names == [Name(family="Sewell", given="William H.", suffix="Jr.")]


@pytest.mark.parametrize(("text", "family", "given", "suffix"), [
    ("Ursula K. Le Guin", "Le Guin", "Ursula K.", None),
    ("Le Guin, Ursula K.", "Le Guin", "Ursula K.", None),
    ("Martin Luther King Jr.", "King", "Martin Luther", "Jr."),
    ("Martin Luther King, Jr.", "King", "Martin Luther", "Jr."),
    ("King, Martin Luther, Jr.", "King", "Martin Luther", "Jr."),
    ("W. E. B. Du Bois", "Du Bois", "W. E. B.", None),
    ("Gabriel García Márquez", "García Márquez", "Gabriel", None),
    ("Homer", "Homer", None, None),
    # titles before a name are no part of it, as catalogues file them
    ("Prof. Neil deGrasse Tyson", "Tyson", "Neil deGrasse", None),
    ("Dr. Oliver Sacks", "Sacks", "Oliver", None),
])
def test_one_splitter_for_parser_providers_and_episodes(
        text: str, family: str, given: str | None, suffix: str | None) -> None:
    """The line parser, the book APIs' author fields and a feed's hosts split alike."""
    name = person_name(text)
    assert (name.family, name.given, name.suffix) == (family, given, suffix)
    assert people([text]) == [name]
    if "," not in text:
        parsed = parse_person(text)
        assert parsed is not None and (parsed.family, parsed.given) == (family, given)
        episode = Episode(title="An episode", people=[text])
        assert episode_record(episode, "feed.xml").author == [name]


def test_a_middle_initial_i_is_no_pronoun() -> None:
    # a real reading list's entry (a GitHub Pages reading list); "I." is Rhys's initial, not
    # the first person that marks a sentence
    from biblio import parse_citation

    parsed = parse_citation("Machine Learning with R, the tidyverse and mlr by Hefin I. Rhys")
    assert parsed.is_citation
    assert (parsed.record.full_title, parsed.record.author[0].given) == (
        "Machine Learning with R, the tidyverse and mlr", "Hefin I.")


def test_a_surname_alone_keeps_its_capital_particle() -> None:
    # "Du Bois" is a surname, not a given name "Du" (as "W. E. B. Du Bois" files it);
    # "Al Gore" and "Van Jones" open with given names
    assert (parse_person("Du Bois").family, parse_person("Du Bois").given) == ("Du Bois", None)
    assert parse_person("Al Gore").family == "Gore"
    assert parse_person("Van Jones").family == "Jones"
    from biblio import parse_citation

    record = parse_citation("The Souls of Black Folk by Du Bois").record
    assert [a.family for a in record.author] == ["Du Bois"]


def test_a_middle_initial_after_a_quoted_title_and_dash() -> None:
    # "K." is an initial, not a broadcaster's capitals ("BBC News")
    from biblio import parse_citation

    record = parse_citation('"The Left Hand of Darkness" - Ursula K. Le Guin').record
    assert record.type == "book"
    assert [(a.family, a.given) for a in record.author] == [("Le Guin", "Ursula K.")]


def test_initials_run_into_the_surname() -> None:
    # "J.F. Webb and D.H.Farmer (eds) The Age of Bede  Penguin Classics", a real list's line
    assert (parse_person("D.H.Farmer").family, parse_person("D.H.Farmer").given) == (
        "Farmer", "D.H.")
    from biblio import parse_citation

    record = parse_citation("J.F. Webb and D.H.Farmer (eds) The Age of Bede  Penguin "
                            "Classics").record
    assert [n.family for n in record.editor] == ["Webb", "Farmer"]
    assert (record.full_title, record.publisher) == ("The Age of Bede", "Penguin Classics")
