"""A "Books mentioned:" list of bare titles, with or without a shop's short link after
each, as an interview podcast's episode description gives it (the titles and links are
that description's; the lines around them are reworded)."""

from __future__ import annotations

from biblio import iter_extract


def _titles(text: str) -> list[str]:
    return [c.record.to_csl()["title"] for o in iter_extract(text, "text") for c in o.citations]


def test_titles_with_a_short_shop_link_under_the_heading() -> None:
    text = ("Books mentioned:\n"
            "- Einstein's Dreams: https://amzn.to/2PBa96X\n"
            "- Mind is Flat: https://amzn.to/2I3YB84\n\n"
            "This episode is brought to you by a sponsor.\n")
    records = [c.record for o in iter_extract(text, "text") for c in o.citations]
    assert [(r.to_csl()["title"], r.url) for r in records] == [
        ("Einstein's Dreams", "https://amzn.to/2PBa96X"),
        ("Mind is Flat", "https://amzn.to/2I3YB84")]


def test_a_run_of_bare_titles_straight_under_the_heading() -> None:
    text = "Books mentioned:\nEinstein's Dreams\nMind is Flat\nThe Righteous Mind\n"
    assert _titles(text) == ["Einstein's Dreams", "Mind is Flat", "The Righteous Mind"]


def test_a_run_of_lines_under_another_heading_is_not_read_as_titles() -> None:
    text = "Episode links:\nEinstein's Dreams\nMind is Flat\nThe Righteous Mind\n"
    assert _titles(text) == []
