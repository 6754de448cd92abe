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
