"""Podcast feeds end to end: RSS with several episodes, Atom, broken XML."""

from __future__ import annotations

from pathlib import Path

from biblio import extract
from biblio.extract import iter_extract

FEED = Path(__file__).parent / "data" / "notes" / "money-talks-back.xml"


def test_each_citation_keeps_its_episode() -> None:
    citations = extract(FEED.read_text(encoding="utf-8"), source=FEED.name)
    got = [(c.record.author[0].family, c.record.year, c.record.origin.episode_title,
            c.record.origin.episode_date, c.record.origin.line)
           for c in citations if c.record.origin]
    assert got == [
        ("Ahamed", 2009, "The Great Inflation", "2024-01-09", 20),
        ("Friedman", 1963, "The Great Inflation", "2024-01-09", 21),
        ("Phillipson", 2010, "Adam Smith's Invisible Hand", "2024-01-23", 35),
        ("Rothschild", 2001, "Adam Smith's Invisible Hand", "2024-01-23", 36),
        ("Mazzucato", 2013, "Mission Economy", "2024-02-06", 47),
        ("Raworth", 2017, "Mission Economy", "2024-02-06", 48),
    ]
    urls = {c.record.origin.episode_url for c in citations if c.record.origin}
    assert "https://moneytalksback.example/episodes/invisible-hand" in urls
    friedman = citations[1].record
    assert [a.family for a in friedman.author] == ["Friedman", "Schwartz"]


def test_furniture_inside_items_is_rejected() -> None:
    outcomes = {o.line: o for o in iter_extract(FEED.read_text(encoding="utf-8"))}
    assert outcomes[4].reason == "show metadata (title)"
    assert outcomes[9].reason == "episode metadata (title)"
    assert outcomes[15].reason.startswith("episode summary")
    assert outcomes[23].reason == "timestamp"
    assert outcomes[24].reason == "sponsor read"
    assert outcomes[38].reason == "call to action"
    assert outcomes[50].reason == "credits"


def test_include_source_gives_one_broadcast_per_episode() -> None:
    citations = extract(FEED.read_text(encoding="utf-8"), include_source=True)
    episodes = [c.record for c in citations if c.record.type == "broadcast"]
    assert [e.title for e in episodes] == [
        "The Great Inflation", "Adam Smith's Invisible Hand", "Mission Economy"]
    assert {e.container_title for e in episodes} == {"Money Talks Back"}
    assert episodes[0].number == "31" and episodes[0].note == "Season 3"
    assert episodes[2].author[0].family == "Osei"


ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Slow History</title>
  <entry>
    <title>Rosa</title>
    <link rel="alternate" href="https://slowhistory.example/rosa"/>
    <published>2022-01-15T08:00:00Z</published>
    <content type="xhtml">
      <div xmlns="http://www.w3.org/1999/xhtml">
        <h3>Further reading</h3>
        <ul>
          <li>Elzbieta Ettinger, <i>Rosa Luxemburg: A Life</i> (1988)</li>
        </ul>
      </div>
    </content>
  </entry>
</feed>
"""


def test_atom_with_xhtml_content() -> None:
    citations = extract(ATOM)
    assert len(citations) == 1
    record = citations[0].record
    assert (record.author[0].family, record.full_title, record.year) == (
        "Ettinger", "Rosa Luxemburg: A Life", 1988)
    assert record.origin is not None
    assert record.origin.line == 12
    assert record.origin.episode_url == "https://slowhistory.example/rosa"
    assert record.origin.episode_date == "2022-01-15"


def test_broken_feed_keeps_earlier_episodes_and_reports_the_line() -> None:
    broken = FEED.read_text(encoding="utf-8").replace(
        "<title>Mission Economy</title>", "<title>Mission Economy</titel>")
    extraction = iter_extract(broken, format="feed", source="feed.xml")
    outcomes = list(extraction)
    assert sum(len(o.citations) for o in outcomes) == 4
    assert len(extraction.problems) == 1
    problem = extraction.problems[0]
    assert problem.line == 41 and "not well-formed" in problem.message
    assert str(problem).startswith("feed.xml:41:")


def test_a_break_costs_only_its_own_episode() -> None:
    broken = FEED.read_text(encoding="utf-8").replace(
        "<title>The Great Inflation</title>", "<title>The Great Inflation</titel>")
    extraction = iter_extract(broken, format="feed", source="feed.xml")
    outcomes = list(extraction)
    [problem] = extraction.problems
    assert str(problem) == "feed.xml:9: not well-formed XML: mismatched tag"
    episodes = {c.record.origin.episode_title for o in outcomes for c in o.citations
                if c.record.origin}
    assert episodes == {"Adam Smith's Invisible Hand", "Mission Economy"}


def test_entities_are_neither_expanded_nor_lost() -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa">\n'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<rss><channel><title>&b;</title>'
            '<item><title>One</title></item></channel></rss>')
    extraction = iter_extract(bomb, format="feed", source="bomb.xml")
    list(extraction)
    assert [str(p) for p in extraction.problems] == [
        "bomb.xml:1: warning: the feed declares entities (DOCTYPE); they were not expanded",
        "bomb.xml:3: warning: entity &b; was not expanded; kept as text (line 3)",
    ]
    assert [e.title for e in extraction.episodes] == ["One"]


def test_rss_1_0_items() -> None:
    rdf = (
        '<?xml version="1.0"?>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        "<channel><title>Old Show</title></channel>\n"
        "<item><title>Ep 1</title><link>http://old.example/1</link><dc:date>2004-05-06</dc:date>\n"
        "<description>Reading list: Emma Goldman, My Disillusionment in Russia (1923)"
        "</description></item>\n</rdf:RDF>\n"
    )
    citations = extract(rdf, include_source=True)
    origin = citations[0].record.origin
    assert origin is not None
    assert (origin.line, origin.episode_title, origin.episode_date) == (5, "Ep 1", "2004-05-06")
    assert citations[1].record.container_title == "Old Show"
