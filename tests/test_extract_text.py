"""Plain-text show notes end to end: the Origin Story episode (examples/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio import extract
from biblio.extract import iter_extract

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "origin-story-s8e5-shownotes.txt"

# (given, family, full title, year) in the order of the notes; the film's person is its director.
READING_LIST = [
    ("Franz", "Borkenau", "The Communist International", 1938),
    ("Isaac", "Deutscher", "The Prophet Armed: Trotsky, 1879-1921", 1954),
    ("Isaac", "Deutscher", "The Prophet Unarmed: Trotsky, 1921-1929", 1959),
    ("Ian", "Dunt",
     "How to Be a Liberal: The Story of Freedom and the Fight for Its Survival", 2020),
    ("Max", "Eastman", "Reflections on the Failure of Socialism", 1955),
    ("Elzbieta", "Ettinger", "Rosa Luxemburg: A Life", 1988),
    ("Emma", "Goldman", "My Disillusionment in Russia", 1923),
    ("Oleg V.", "Khlevniuk", "Stalin: New Biography of a Dictator", 2017),
    ("Dorian", "Lynskey",
     "The Ministry of Truth: A Biography of George Orwell’s Nineteen Eighty-Four", 2019),
    ("Warren", "Beatty", "Reds", 1981),
    ("Bertrand", "Russell", "The Practice and Theory of Bolshevism", 1920),
    ("Robert", "Service", "Lenin: A Biography", 2000),
    ("Robert", "Service", "Stalin: A Biography", 2004),
    ("Robert", "Service", "Trotsky: A Biography", 2009),
    ("Boris", "Souvarine", "Stalin: A Critical Study of Bolshevism", 1939),
    ("Leon", "Trotsky", "Terrorism and Communism: Against Kautsky", 1920),
    ("Dimitri", "Volkogonov", "Lenin: A New Biography", 1994),
    ("H. G.", "Wells", "Russia in the Shadows", 1920),
    ("Yevgeny", "Zamyatin", "We", 1921),
]


@pytest.fixture(scope="module")
def notes() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def test_exactly_the_nineteen_reading_list_entries(notes: str) -> None:
    citations = extract(notes, source=EXAMPLE.name)
    got = []
    for c in citations:
        rec = c.record
        person = (rec.director or rec.author)[0]
        got.append((person.given, person.family, rec.full_title, rec.year))
    assert got == READING_LIST
    assert [c.record.origin.line for c in citations if c.record.origin] == list(range(11, 30))


def test_eighteen_books_and_one_film(notes: str) -> None:
    types = [c.record.type for c in extract(notes)]
    assert types.count("motion_picture") == 1
    assert types.count("book") == 18
    film = next(c.record for c in extract(notes) if c.record.type == "motion_picture")
    assert film.title == "Reds" and film.director[0].family == "Beatty"


def test_every_non_blank_line_is_accounted_for_with_a_reason(notes: str) -> None:
    outcomes = list(iter_extract(notes, source=EXAMPLE.name))
    assert [o.line for o in outcomes] == list(range(1, 39))
    by_line = {o.line: o for o in outcomes}
    for line in (7, 8, 9):  # Patreon, buy the books, YouTube
        assert by_line[line].reason == "call to action"
    assert by_line[10].reason == "section heading"
    assert by_line[30].reason == "credits"
    for line in range(33, 39):  # "- Show", "- Season8", "- Published21 October 2025 …"
        assert by_line[line].status == "rejected"
        assert by_line[line].reason == "episode metadata"
    for line in range(1, 7):  # the episode description
        assert by_line[line].status == "rejected"
        assert by_line[line].reason


def test_episode_metadata_reaches_origins_and_the_source_record(notes: str) -> None:
    citations = extract(notes, source=EXAMPLE.name, include_source=True)
    assert len(citations) == 20
    episode = citations[-1].record
    assert episode.type == "broadcast"
    assert episode.container_title == "Origin Story"
    assert episode.publisher == "Podmasters"
    assert episode.issued is not None and episode.issued.parts == [[2025, 10, 21]]
    assert episode.number == "5"
    assert [a.family for a in episode.author] == ["Dunt", "Lynskey"]
    first = citations[0].record.origin
    assert first is not None and first.episode_date == "2025-10-21"
    assert first.source == EXAMPLE.name and first.line == 11


def test_without_metadata_no_source_record_is_invented() -> None:
    notes = "Further reading\n• Isaac Deutscher, The Prophet Armed: Trotsky, 1879-1921 (1954)\n"
    citations = extract(notes, include_source=True)
    assert [c.record.type for c in citations] == ["book"]


def test_an_inline_list_gives_several_records_on_one_line() -> None:
    notes = (
        "This week: the Kronstadt rebellion and what came after.\n"
        "Books mentioned: The Prophet Armed by Isaac Deutscher (1954); "
        "My Disillusionment in Russia by Emma Goldman (1923)\n"
    )
    outcomes = list(iter_extract(notes))
    assert outcomes[1].status == "record"
    titles = [c.record.title for c in outcomes[1].citations]
    assert titles == ["The Prophet Armed", "My Disillusionment in Russia"]
    assert [c.record.author[0].family for c in outcomes[1].citations] == ["Deutscher", "Goldman"]


def test_a_citation_behind_a_timestamp_is_kept_but_a_bare_chapter_is_not() -> None:
    notes = (
        "Chapters\n"
        "(00:00) Intro\n"
        "(00:41:10) Isaac Deutscher, The Prophet Armed: Trotsky, 1879-1921 (1954)\n"
    )
    outcomes = list(iter_extract(notes, format="text"))
    assert outcomes[1].reason == "timestamp"
    assert outcomes[2].status == "record"
    assert outcomes[2].citations[0].record.author[0].family == "Deutscher"


@pytest.mark.parametrize(
    "line, reason",
    [
        ("This episode is sponsored by Squarespace. Go to squarespace.com/story for 10% off.",
         "sponsor read"),
        ("Use code ORIGIN for 20% off your first order.", "sponsor read"),
        ("Producer: Simon Williams", "credits"),
        ("Music by Jade Bailey", "credits"),
        ("Hosts: Ian Dunt & Dorian Lynskey", "host list"),
        ("Subscribe to Origin Story on YouTube", "call to action"),
        ("Follow us on Instagram @originstorypod", "call to action"),
        ("Season 8, Episode 5", "episode metadata"),
        ("Published: 21 October 2025", "episode metadata"),
        ("https://www.patreon.com/originstory", "call to action"),
        ("https://podmasters.example/origin-story", "bare link"),
        ("(00:12:30) The Kronstadt rebellion", "timestamp"),
    ],
)
def test_furniture_is_rejected_with_its_reason(line: str, reason: str) -> None:
    outcome = next(iter_extract(f"• {line}\n", format="text"))
    assert outcome.status == "rejected"
    assert outcome.reason == reason


def test_a_guest_book_plug_is_a_citation_but_a_merch_plug_is_not() -> None:
    notes = (
        "Get the book: The Dawn of Everything by David Graeber and David Wengrow (2021)\n"
        "Buy the Origin Stories books on Centrism, Fascism and Conspiracy Theory\n"
    )
    outcomes = list(iter_extract(notes, format="text"))
    assert [a.family for a in outcomes[0].citations[0].record.author] == ["Graeber", "Wengrow"]
    assert outcomes[1].reason == "call to action"
