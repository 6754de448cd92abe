"""An archive of mixed notes read by the batch: the same records and report as `biblio convert`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio import formats
from biblio.engine import discover, read_input, run
from biblio.engine.reading import EpisodeFacts, Line
from biblio.io import convert
from biblio.model import Record
from biblio.report import Report

ARCHIVE = Path(__file__).parent / "data" / "batch" / "archive"


@pytest.mark.parametrize("name", ["feed.xml", "s2e4.md", "cp1252.txt"])
def test_each_file_converts_as_biblio_convert_converts_it(name: str, tmp_path: Path) -> None:
    source = str(ARCHIVE / name)
    expected = convert([source], "biblatex")
    out, report = tmp_path / "out.bib", tmp_path / "report.json"
    result, _ = run([source], "biblatex", out, report=report, enrich="none")
    assert out.read_text(encoding="utf-8") == expected.output
    assert report.read_text(encoding="utf-8") == Report(expected.lines).dumps()
    assert result.citations == len(expected.records) >= 2


def test_feed_records_keep_their_episode(tmp_path: Path) -> None:
    (feed,) = discover([str(ARCHIVE / "feed.xml")])
    records = [e for e in read_input(feed) if isinstance(e, Record)]
    episodes = [(r.origin.episode_title, r.origin.episode_url) for r in records if r.origin]
    assert episodes == [
        ("The Prophet in Exile", "https://example.org/red-century/12"),
        ("The Prophet in Exile", "https://example.org/red-century/12"),
        ("Kronstadt", "https://example.org/red-century/13"),
        ("Kronstadt", "https://example.org/red-century/13"),
    ]


def test_text_notes_stream_their_lines_records_and_episode(tmp_path: Path) -> None:
    notes = tmp_path / "s1e1.txt"
    notes.write_text("Episode 1: Origins\n\nReading list\n\n"
                     "- Isaac Deutscher, The Prophet Armed (1954)\n\nProducer: Ada Smith\n")
    (inp,) = discover([str(notes)])
    events = list(read_input(inp))
    lines = [e for e in events if isinstance(e, Line)]
    assert [(line.line, line.status, line.records) for line in lines] == [
        (1, "rejected", 0), (3, "rejected", 0), (5, "record", 1), (7, "rejected", 0)]
    record_at = next(i for i, e in enumerate(events) if isinstance(e, Record))
    assert events[record_at - 1] == lines[2]  # a record follows its line
    assert isinstance(events[-1], EpisodeFacts)


def test_a_mixed_archive_in_one_output(tmp_path: Path) -> None:
    out = tmp_path / "archive.json"
    result, _ = run([str(ARCHIVE)], "csl-json", out, enrich="none")
    items = json.loads(out.read_text(encoding="utf-8"))
    assert len(items) == result.citations == 9
    assert len({item["id"] for item in items}) == 9
    titles = {item["title"] for item in items}
    assert "The Good Soldier Švejk" in titles  # read through the cp1252 fallback
    assert formats.get("csl-json").read(out.read_text(), str(out)).problems == []
