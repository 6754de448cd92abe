"""The document-level rules on their own: headings, furniture filters, list markers, dates."""

from __future__ import annotations

import pytest

from biblio.extract.dates import iso_date
from biblio.extract.sections import reading_label, section_kind
from biblio.parse.markup import clean, plain_text, strip_marker
from biblio.parse.rejection import rejection_reason as rejection


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("Reading list", "reading"),
        ("Further Reading:", "reading"),
        ("**Books mentioned**", "reading"),
        ("## Books mentioned in this episode", "reading"),
        ("Sources", "reading"),
        ("References and further reading", "reading"),
        ("Episode resources", "reading"),
        ("What we're reading", "reading"),
        # reading logs kept by year (a public GitHub log's headings)
        ("# Books I have read", "reading"),
        ("## Books in 2017", "reading"),
        ("## Books I read in 2016", "reading"),
        ("Books in Print", None),
        ("Credits", "credits"),
        ("Information", "metadata"),
        ("Hosts & Guests", "hosts"),
        ("Timestamps", "timestamps"),
        ("Chapters:", "timestamps"),
        ("Sponsors", "sponsors"),
        ("Support the show", "support"),
        ("Show notes", "other"),  # a heading of its own: what follows is judged afresh
        ("Links", None),
        ("Isaac Deutscher, The Prophet Armed (1954)", None),
    ],
)
def test_section_kind(heading: str, kind: str | None) -> None:
    assert section_kind(heading) == kind


def test_reading_label_splits_off_the_list() -> None:
    assert reading_label("Books mentioned: Rocket Men by Robert Kurson (2018)") == (
        "Books mentioned", "Rocket Men by Robert Kurson (2018)")
    assert reading_label("**Further reading:** *Solaris* by Stanisław Lem") == (
        "Further reading", "*Solaris* by Stanisław Lem")
    assert reading_label("Get the book: The Dawn of Everything by David Graeber (2021)") == (
        "Get the book", "The Dawn of Everything by David Graeber (2021)")
    assert reading_label("Buy David's new book: Empire of Pain") == (
        "Buy David's new book", "Empire of Pain")
    assert reading_label("Producer: Simon Williams") is None
    assert reading_label("Stalin: A Biography") is None


@pytest.mark.parametrize(
    "line",
    [
        "Isaac Deutscher, The Prophet Armed: Trotsky, 1879-1921 (1954)",
        "Reds, co-written and directed by Warren Beatty (1981)",
        "H. G. Wells, Russia in the Shadows (1920)",
        "The Right Stuff by Tom Wolfe (1979)",
        "Language, Truth and Logic by A. J. Ayer (1936)",
        "Code Girls by Liza Mundy (2017)",
        "Robert Caro, The Power Broker: Robert Moses and the Fall of New York (Knopf, 1974)",
        "Music for Chameleons by Truman Capote (1980)",
        "Season of Migration to the North by Tayeb Salih (1966)",
        "Follow the Money by Steve Hamm (2022)",
        "Support Your Local Gunfighter, directed by Burt Kennedy (1971)",
    ],
)
def test_citations_pass_the_filters(line: str) -> None:
    assert rejection(line) is None


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Support Origin Story on Patreon", "call to action"),
        ("Buy the Origin Stories books on Centrism, Fascism and Conspiracy Theory",
         "call to action"),
        ("Get ad-free episodes and bonus content at patreon.com/show", "call to action"),
        ("Written and presented by Ian Dunt and Dorian Lynskey. Producer: Simon Williams.",
         "credits"),
        ("Group Editor: Andrew Harrison", "credits"),
        ("Art by Jim Parrett", "credits"),
        ("Origin Story is a Podmasters production", "credits"),
        ("Deep Time is written and hosted by Dr Lena Park.", "credits"),
        ("Our thanks to this week's sponsor, Acme. Use promo code PROPHET.", "sponsor read"),
        ("Head to athleticgreens.com/story to claim the offer", "sponsor read"),
        ("Hosts & guests: Ian Dunt, Dorian Lynskey", "host list"),
        ("FrequencyUpdated weekly", "episode metadata"),
        ("Published21 October 2025 at 23:00 UTC", "episode metadata"),
        ("Season8", "episode metadata"),
        ("Episode5", "episode metadata"),
        ("RatingExplicit", "episode metadata"),
        ("S08E05", "episode metadata"),
        ("Duration: 58:12", "episode metadata"),
        ("© 2025 Podmasters Ltd", "episode metadata"),
        ("Twitter: @originstorypod", "social handle or contact"),
        ("01:02:03 Closing thoughts", "timestamp"),
        ("https://www.example.org/episode/5", "bare link"),
        ("***", "no text"),
    ],
)
def test_furniture(line: str, reason: str) -> None:
    assert rejection(line) == reason


@pytest.mark.parametrize(
    "line, content, is_item",
    [
        ("• Franz Borkenau, The Communist International (1938)",
         "Franz Borkenau, The Communist International (1938)", True),
        ("- Show", "Show", True),
        ("12. Emma Goldman, My Disillusionment in Russia (1923)",
         "Emma Goldman, My Disillusionment in Russia (1923)", True),
        ("(3) Max Eastman, Reflections (1955)", "Max Eastman, Reflections (1955)", True),
        ("H. G. Wells, Russia in the Shadows (1920)", "H. G. Wells, Russia in the Shadows (1920)",
         False),
        ("V. I. Lenin, The State and Revolution (1917)",
         "V. I. Lenin, The State and Revolution (1917)", False),
        ("*Solaris* by Stanisław Lem", "*Solaris* by Stanisław Lem", False),
        ("1984 by George Orwell", "1984 by George Orwell", False),
    ],
)
def test_list_markers(line: str, content: str, is_item: bool) -> None:
    assert strip_marker(line) == (content, is_item)


def test_plain_text_flattens_inline_markdown() -> None:
    assert plain_text("[Red Moon Rising](https://x.example/rmr) by *Matthew  Brzezinski*") == \
        "Red Moon Rising by Matthew Brzezinski"
    assert plain_text("**Support the show** on <https://patreon.com/x>") == \
        "Support the show on https://patreon.com/x"


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Tue, 09 Jan 2024 05:00:00 GMT", "2024-01-09"),
        ("2023-09-05T06:00:00+00:00", "2023-09-05"),
        ("21 October 2025 at 23:00 UTC", "2025-10-21"),
        ("October 21st, 2025", "2025-10-21"),
        ("31 February 2025", None),
        ("last Tuesday", None),
    ],
)
def test_dates(text: str, iso: str | None) -> None:
    assert iso_date(text) == iso


def test_one_clean_up_for_filters_and_parser() -> None:
    """The extractor's filters and the parser read inline Markdown alike."""
    line = "- [Reds](https://en.wikipedia.org/wiki/Reds_(film)) and snake_case_title ***Dune***"
    assert plain_text(strip_marker(line)[0]) == clean(line).text
    assert clean(line).text == "Reds and snake_case_title Dune"
    assert clean(line).links == ((0, 4, "https://en.wikipedia.org/wiki/Reds_(film)"),)
    assert plain_text("![cover](cover.jpg) Dune by Frank Herbert") == "cover Dune by Frank Herbert"
    assert clean("![cover](cover.jpg) Dune").links == ()


def test_caseless_rules_match_as_ignorecase() -> None:
    """The rejection rules read an ASCII line in lower case, case-sensitively (quicker);
    every line of the real-world corpus and of the development set gets the same answer
    from each rule as the rule under IGNORECASE gives it."""
    import json
    import re
    from pathlib import Path

    from biblio.parse import rejection as rules

    data = Path(__file__).parent / "data"
    lines = [line.strip() for doc in sorted((data / "realworld" / "docs").iterdir())
             for line in doc.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines += [json.loads(raw)["text"] for raw in
              (data / "parse_devset.jsonl").read_text(encoding="utf-8").splitlines()]
    lines += ["SUBSCRIBE NOW", "Hosts: Ann", "EPISODE 12", "Published: March 3, 2021",
              "We Talk About Books", "ſupport us", "İnstagram: @x", "KEYWORDS: ﬁction",
              "Join our newsletter; this show is produced by X for Y Podcasts, 20% off",
              "Use promo code X for a free trial. A Wondery original", "Special  offer on Patreon"]
    # the rules found anywhere, searched one by one where the line holds their words, give
    # the reason the one alternation of them all gave
    alternation = re.compile("|".join(f"(?P<r{i}>{pattern})" for i, (_, _, pattern)
                                      in enumerate(rules._ANYWHERE_RULES)),
                             re.IGNORECASE | re.VERBOSE)
    for line in lines:
        m = alternation.search(line)
        expected = rules._ANYWHERE_RULES[int(m.lastgroup[1:])][0] if m and m.lastgroup else None
        assert rules._anywhere_reason(line, line.lower()) == expected, line
    for pattern in (rules._START, rules._METADATA_RE, rules._DATE_LINE_RE,
                    rules._PROSE_WORDS_RE, rules._CLAUSE_WORD_RE):
        folded = pattern._folded
        ignorecase = re.compile(folded.pattern, folded.flags | re.IGNORECASE)
        for line in lines:
            for quick, slow in ((pattern.match(line, line.lower()), ignorecase.match(line)),
                                (pattern.search(line, line.lower()), ignorecase.search(line))):
                assert (quick and (quick.span(), quick.lastgroup)) == (
                    slow and (slow.span(), slow.lastgroup)), line
