""""X is the author of the young adult novel “Title”": words between "author of" and the
kind of work still make X its author (a radio programme's episode note, reworded
around its facts)."""

from __future__ import annotations

from biblio.extract.inline import find_mentions


def test_the_author_of_an_adjectived_novel() -> None:
    found = find_mentions('Sara Farizan is the author of the young adult novel "If You Could '
                          'Be Mine" from Algonquin Young Readers.')
    assert [(m.record.full_title, [a.family for a in m.record.author]) for m in found] == [
        ("If You Could Be Mine", ["Farizan"])]


def test_a_writer_heard_in_a_film_is_not_its_author() -> None:
    found = find_mentions("Plus: why words the novelist James Baldwin wrote six decades ago, "
                          "heard in the film “I Am Not Your Negro,” speak so directly to today.")
    assert [(m.record.full_title, m.record.author) for m in found] == [
        ("I Am Not Your Negro", [])]
