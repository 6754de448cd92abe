"""parse_citation says no to show-note prose, credits, sponsor reads and metadata."""

from __future__ import annotations

import pytest

from biblio import parse_citation


@pytest.mark.parametrize(
    "line",
    [
        "Support Origin Story on Patreon",
        "• Subscribe to Origin Story on YouTube",
        "Written and presented by Ian Dunt and Dorian Lynskey. Producer: Simon Williams. "
        "Music by Jade Bailey. Art by Jim Parrett.",
        "Producer: Simon Williams",
        "Music by Jade Bailey",
        "Edited by Tom Harris",
        'Theme music: "Lost in Time" by Kevin MacLeod (incompetech.com)',
        "- Season8",
        "Season 3, Episode 12",
        "S08E05",
        "(00:12:30) The February Revolution",
        "[01:02:15] Listener questions",
        "This episode is sponsored by Squarespace. Go to squarespace.com/origin for 10% off.",
        "See acast.com/privacy for privacy and opt-out information.",
        "Follow us on Twitter @OriginStoryPod",
        "https://www.originstory.example/episodes/s8e5",
        "Hosts: Ian Dunt, Dorian Lynskey",
        "Ian Dunt and Dorian Lynskey",
        "Reading list",
        "Week 4 – Stalinism",
        "Lenin, Trotsky and Stalin, Part Two: Power",
        "In this episode, Tom and Dominic discuss the life of Leon Trotsky (1879-1940).",
        "The Treaty of Brest-Litovsk (1918) took Russia out of the war.",
        "Tom Holland is the author of Rubicon (2003) and Dominion (2019).",
        "How did Stalin outwit his rivals to take over from Lenin, and how did Trotsky blow it?",
        "",
        "   ",
        "•",
    ],
)
def test_not_a_citation(line: str) -> None:
    parsed = parse_citation(line)
    assert not parsed.is_citation
    assert parsed.reason
    assert parsed.confidence == 0.0 and parsed.spans == []


def test_reason_names_the_kind_of_line() -> None:
    assert parse_citation("(00:45) Intro").reason == "timestamp"
    assert "credit" in (parse_citation("Producer: Simon Williams").reason or "")
    assert parse_citation("Support the show on Patreon").reason == "call to action"


def test_a_line_longer_than_any_citation_is_refused_quickly() -> None:
    parsed = parse_citation("Isaac Deutscher, The Prophet Armed (1954) " * 100)
    assert not parsed.is_citation and "longer than" in (parsed.reason or "")


@pytest.mark.parametrize(
    "line",
    [
        "Lenin (1870–1924)",
        "Rosa Luxemburg, 1871–1919",
        "Sheila Fitzpatrick, Honorary Professor of History at the University of Sydney",
        "Exec Producers: Tony Pastor & Jack Davenport",
        '"Socialism in one country" was Stalin\'s slogan.',
        "Cover image: Boris Kustodiev, The Bolshevik (1920)",
        "Episode 5: Lenin, Trotsky and Stalin, Part Two",
    ],
)
def test_look_alikes_are_refused(line: str) -> None:
    assert not parse_citation(line).is_citation


@pytest.mark.parametrize("line", [
    "November 27, 2022",  # under a blog post's title: once read as a book called "November 27"
    "Nov. 27, 2022",
    "3 March 2021",
    "Tuesday, March 3rd, 2021",
])
def test_a_date_line_is_not_a_work(line: str) -> None:
    parsed = parse_citation(line)
    assert not parsed.is_citation
    assert parsed.reason == "a date, not a work"


def test_a_month_and_year_alone_may_still_be_a_title() -> None:
    # "August 1914" is a novel; only a line with a day is surely a date.
    record = parse_citation("Aleksandr Solzhenitsyn, August 1914 (1971)").record
    assert record.title == "August 1914"


@pytest.mark.parametrize(("line", "reason"), [
    ("Music from josephmcdade.com", "credits"),
    ("By Mark Linsenmayer, Wes Alwan, Seth Paskin, Dylan Casey", "credits"),
    ("ABC News | Charlie Gibson, Kate Gibson", "credits"),
    ("Author: ABC News | Charlie Gibson, Kate Gibson", "host list"),
    ("“If it isn’t mine to run, I’d rather not own it.” — Sam Zell", "a quotation"),
    ("Shannon Moore, service mechanic for the International Union of Elevator Constructors.",
     "describes a person, not a work"),
])
def test_page_furniture_seen_on_real_show_note_pages(line: str, reason: str) -> None:
    parsed = parse_citation(line)
    assert (parsed.is_citation, parsed.reason) == (False, reason)


def test_a_credit_verb_before_by_is_no_title() -> None:
    assert not parse_citation("The Seen and the Unseen - hosted by Amit Varma").record.author
    assert parse_citation("The Story of Art by E. H. Gombrich").record.title == "The Story of Art"


def test_a_date_and_time_run_together_is_no_isbn() -> None:
    assert not parse_citation("2025-01-2020:271").is_citation
