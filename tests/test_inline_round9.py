"""Works named in running prose, round 9: lines from the training split of the real-world
corpus's feeds (issue 9) — episode summaries, titles that head an episode, and the
sentence shapes that name a work without markup."""

from __future__ import annotations

import pytest

from biblio.extract import iter_extract
from biblio.extract.inline import find_heading_mentions, find_mentions


def _read(line: str) -> list[tuple[str | None, list[str]]]:
    return [(p.record.full_title, [n.family or "" for n in p.record.author])
            for p in find_mentions(line)]


def _heading(line: str) -> list[str | None]:
    return [p.record.full_title for p in find_heading_mentions(line)]


@pytest.mark.parametrize(("line", "expected"), [
    # a single-quoted title may hold a word's apostrophe
    ("Jack Goldsmith's memoir 'In Hoffa's Shadow' follows his digging into what his "
     "stepfather had to do with the 1975 disappearance of labor boss Jimmy Hoffa.",
     [("In Hoffa's Shadow", ["Goldsmith"])]),
    # "adaptation of" names a work
    ("Plus, film critic Justin Chang on Greta Gerwig's new adaptation of 'Little Women.'",
     [("Little Women", [])]),
    # "X's book on Y, Title": a lone given name is no author
    ("Check out Evan's book on Paul Le Roux, The Mastermind, here.",
     [("The Mastermind", [])]),
    # the link's ", here" is no part of the title
    ("Check out Evan's book on Paul Le Roux, <a href=\"https://www.amazon.com/dp/B07G6X3Z47/"
     "\"><em>The Mastermind</em>, here</a>.", [("The Mastermind", [])]),
    # a writer's name, then the title in brackets
    ("In this piece, author Bonnie Tsui (Why We Swim), actress Joy Bryant, submarine pilot "
     "Erika Bergman, and others tell how water shapes their days.",
     [("Why We Swim", ["Tsui"])]),
    # a book to come, when, then its title after a comma
    ("As some of you know, I have a new book coming out in September, Something Deeply "
     "Hidden: Quantum Worlds and the Emergence of Spacetime. To mark it, the next couple of "
     "months will bring more quantum episodes than usual.",
     [("Something Deeply Hidden: Quantum Worlds and the Emergence of Spacetime", [])]),
    # a kind word in the feed's language before a quoted title in sentence case
    ("Joana Serrat, que amb el seu últim disc, \"Hardcore from the heart\", s'ha guanyat "
     "tots els elogis.", [("Hardcore from the heart", [])]),
    # a pronoun after "the one" is no title
    ("Not every one of his books is a triumph, but this is the one I'd hand to anyone who "
     "thinks he's \"only\" a mass-market writer.", []),
])
def test_sentences_that_name_a_work(line: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _read(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("\"Todos mienten\" o la subversió del Cluedo", ["Todos mienten"]),
    ("\"La abuela\" i \"Belfast\", per gaudir del cinema", ["La abuela", "Belfast"]),
    ("S'estrena, per fi, un dels millors films del 2021, \"Drive my car\"", ["Drive my car"]),
    # a saying, a series' name before its episode, a word set apart mid-sentence
    ("Gov. Andrew Cuomo: ‘It’s Making Sure We Live Through This.’", []),
    ("‘1619,’ Episode 4: How the Bad Blood Started", []),
    ("Selenskyj sieht \"Vorwärtsbewegung\" im Süden", []),
])
def test_an_episode_title_heads_with_the_works_it_covers(line: str, expected: list[str]) -> None:
    assert _heading(line) == expected


_SUMMARY = "Charlize Theron's new film, 'Bombshell,' tells the story of the women at Fox News."
_FEED = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Fresh Air</title>
<item>
<title>Best Of: Charlize Theron</title>
<description><![CDATA[{_SUMMARY}]]></description>
<content:encoded><![CDATA[{_SUMMARY}]]></content:encoded>
</item>
</channel></rss>
"""


def test_an_episode_summary_is_read_for_the_works_it_names() -> None:
    outcomes = {o.line: [c.record.full_title for c in o.citations]
                for o in iter_extract(_FEED, source="feed.xml")}
    assert outcomes[6] == ["Bombshell"]  # the summary the full notes repeat
    assert outcomes[7] == ["Bombshell"]


def test_a_trademark_sign_makes_a_product() -> None:
    page = ("<html><body><ul><li><a href=\"https://arkcrystals.com/product/64-ark-crystal-bundle/\">"
            "64 ARK® Crystal Assembly – Isotropic Vector Matrix</a></li></ul></body></html>")
    assert all(not o.citations for o in iter_extract(page, format="html"))
