"""The episode the notes belong to: facts gathered from metadata and credit lines.

Podcast pages put them at the bottom ("Published21 October 2025 at 23:00 UTC",
"Season8", "Episode5", "X is a Podmasters production"), so they are gathered
while reading and applied at the end.  With `--include-source` they become a
record of their own (type broadcast).
"""

from __future__ import annotations

import re

from ..model import Date, Origin, Record
from ..parse.names import person_name
from .blocks import Episode
from .dates import iso_date

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("date", re.compile(
        r"^(?:published|released|aired|first\s+broadcast|broadcast|posted|date)\s*(?:on\s*)?[:：]?"
        r"\s*(?P<v>.{6,60})$", re.I)),
    ("season", re.compile(r"^(?:season|series)\s*[:：#]?\s*(?P<v>\d{1,3})\s*$", re.I)),
    ("number", re.compile(r"^(?:episode|ep\.?)\s*[:：#]?\s*(?P<v>\d{1,4})\s*$", re.I)),
    ("season_number", re.compile(r"^s(?P<s>\d{1,2})\s*e(?P<v>\d{1,4})\b", re.I)),
    ("people", re.compile(
        r"^(?:(?:written|produced)\s+and\s+)?(?:presented|hosted)(?:\s+(?:and|&)\s+\w+)?\s+by\s+"
        r"(?P<v>[^.;]{3,200})", re.I)),
    ("people", re.compile(r"^(?:hosts?|presenters?|presented\s+by|hosted\s+by)\s*[:：]\s*"
                          r"(?P<v>[^.;]{3,200})", re.I)),
    ("production", re.compile(
        r"(?:^|[.;]\s+)(?P<show>[A-Z][\w'’&:-]*(?:\s+[A-Z0-9][\w'’&:-]*){0,5})\s+is\s+an?\s+"
        r"(?P<v>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*){0,3})\s+(?:production|podcast)\b")),
    ("show", re.compile(
        r"^(?:support|subscribe\s+to|follow|rate|review)\s+(?P<v>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*"
        r"){0,4})\s+(?:on|at|via)\s+(?:patreon|youtube|spotify|apple|instagram|twitter)", re.I)),
    ("front", re.compile(r"^(?P<k>title|date|url|permalink|link|show|podcast|season|episode)\s*:"
                         r"\s*[\"']?(?P<v>.*?)[\"']?\s*$", re.I)),
]
_SPLIT_PEOPLE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*")


def harvest(plain: str, episode: Episode) -> bool:
    """Fill what `plain` (one metadata or credit line) says about the episode; True if any."""
    found = False
    for kind, pattern in _PATTERNS:
        m = pattern.search(plain)
        if m is None:
            continue
        found = True
        value = m.group("v").strip()
        if kind == "date":
            episode.date = episode.date or iso_date(value)
        elif kind == "season":
            episode.season = episode.season or value
        elif kind == "number":
            episode.number = episode.number or value
        elif kind == "season_number":
            episode.season = episode.season or m.group("s")
            episode.number = episode.number or value
        elif kind == "people" and not episode.people:
            episode.people = [p for p in _SPLIT_PEOPLE.split(value) if p]
        elif kind == "production":
            episode.show = episode.show or m.group("show").strip()
            episode.publisher = episode.publisher or value
        elif kind == "show":
            episode.show = episode.show or value
        elif kind == "front" and value:
            key = m.group("k").lower()
            if key == "date":
                episode.date = episode.date or iso_date(value)
            elif key in ("url", "permalink", "link"):
                episode.url = episode.url or value
            elif key in ("show", "podcast"):
                episode.show = episode.show or value
            elif key == "season":
                episode.season = episode.season or value
            elif key == "episode":
                episode.number = episode.number or value
            else:
                episode.title = episode.title or value
    return found


def episode_record(episode: Episode, source: str) -> Record:
    """The episode as a CSL `broadcast`: show as container-title, hosts as authors."""
    record = Record(type="broadcast")
    title = episode.title
    if title is None:
        numbering = [f"Season {episode.season}"] if episode.season else []
        numbering += [f"Episode {episode.number}"] if episode.number else []
        title = ", ".join(numbering) or None
    record.set_full_title(title)
    record.container_title = episode.show
    record.author = [person_name(person) for person in episode.people]
    record.publisher = episode.publisher
    record.url = episode.url
    record.number = episode.number
    if episode.season:
        record.note = f"Season {episode.season}"
    if episode.date:
        year, month, day = (int(p) for p in episode.date.split("-"))
        record.issued = Date.from_year(year, month, day)
    record.genre = "Podcast episode"
    record.origin = Origin(source=source, line=episode.line, episode_title=episode.title,
                           episode_date=episode.date, episode_url=episode.url)
    return record
