"""Citation-line forms read in the eleventh round, from the training part's errors."""
from biblio import parse_citation


def test_a_given_name_with_a_middle_initial_names_the_author_after_the_title() -> None:
    # f1-swordandlaser-2019.txt: "Sam" is no census given name, but "Sam J." is a person
    record = parse_citation("- Blackfish City, Sam J. Miller (Ecco; Orbit UK)").record
    assert record is not None
    csl = record.to_csl()
    assert csl["title"] == "Blackfish City"
    assert csl["author"] == [{"family": "Miller", "given": "Sam J."}]
    assert csl["publisher"] == "Ecco"


def test_an_unlisted_given_name_with_a_middle_initial() -> None:
    # f1-swordandlaser-526.txt
    record = parse_citation("• Casual, Koji A. Dae (Tenebrous)").record
    assert record is not None
    csl = record.to_csl()
    assert (csl["title"], csl["author"], csl["publisher"]) == (
        "Casual", [{"family": "Dae", "given": "Koji A."}], "Tenebrous")


def test_a_numeral_after_a_word_is_no_middle_initial() -> None:
    record = parse_citation("The Histories, Book I. (Penguin, 2003)").record
    assert record is None or record.to_csl().get("author") is None or all(
        a.get("given") != "Book" for a in record.to_csl()["author"])


def test_of_two_authors_after_the_title_one_known_given_name_is_enough() -> None:
    # f1-swordandlaser-526.txt: "Aliya" is no census given name; "Oliver K." is a person, and
    # the bracket after them is the publisher; "Link" is the flattened page's link label (the
    # line was refused)
    record = parse_citation(
        "• City of All Seasons, Oliver K. Langmead & Aliya Whiteley (Titan) Link").record
    assert record is not None
    csl = record.to_csl()
    assert (csl["title"], csl["publisher"]) == ("City of All Seasons", "Titan")
    assert csl["author"] == [{"family": "Langmead", "given": "Oliver K."},
                             {"family": "Whiteley", "given": "Aliya"}]
