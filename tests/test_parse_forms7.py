"""Forms from the seventh round of training errors: labels that present a title."""

from biblio import parse_citation


def test_title_author_label_is_no_part_of_the_title() -> None:
    record = parse_citation("Favorite Penguin Classics Title/Author: The Narrow Road to the"
                            " Deep North, by Matsuo Basho").record
    assert (record.title, record.author[0].family) == (
        "The Narrow Road to the Deep North", "Basho")


def test_title_label_without_a_by_is_left_alone() -> None:
    parsed = parse_citation("Working Title: Notes Toward a Memoir")
    assert parsed.record.full_title != "Notes Toward a Memoir" or not parsed.is_citation


def test_interview_about_a_title_and_its_topics() -> None:
    from biblio.extract.inline import find_mentions

    line = ("In this interview, I chat with Sy Montgomery about What the Chicken Knows , her"
            " title and cover, what draws her to chickens, and lots more.")
    found = [(p.record.title, p.record.author[0].family) for p in find_mentions(line)]
    assert found == [("What the Chicken Knows", "Montgomery")]


def test_interview_about_a_subject_names_no_work() -> None:
    from biblio.extract.inline import find_mentions

    line = "This week I talk with Jane Smith about Climate Change, and much more besides."
    assert find_mentions(line) == []
