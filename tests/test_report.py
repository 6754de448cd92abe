"""The line report: one entry per non-blank input line, ids resolved when written."""

from __future__ import annotations

import json
from pathlib import Path

from biblio.formats import get
from biblio.keys import assign_keys
from biblio.model import Record
from biblio.report import Report, ReportLine

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "origin-story-s8e5-shownotes.txt"
MARKDOWN = Path(__file__).parent / "data" / "notes" / "long-read-history-112.md"


def test_notes_reader_reports_every_line_and_the_ids_given_later() -> None:
    result = get("text").read(EXAMPLE.read_text(encoding="utf-8"), source="origin.txt")
    assert len(result.records) == 19
    assign_keys(result.records)
    entries = Report(result.lines).to_json()
    assert [e["line"] for e in entries] == list(range(1, 39))
    assert set(entries[0]) == {"source", "line", "text", "status", "reason", "ids"}
    deutscher = entries[11]
    [sure] = deutscher.pop("field_confidence")  # the chance each field read is right
    assert set(sure) == {"author", "title", "issued"} and min(sure.values()) > 0.8
    assert deutscher == {
        "source": "origin.txt",
        "line": 12,
        "text": "• Isaac Deutscher, The Prophet Armed: Trotsky, 1879-1921 (1954)",
        "status": "record",
        "reason": None,
        "ids": ["deutscher1954prophet"],
    }
    assert entries[6]["status"] == "rejected"
    assert entries[6]["ids"] == []
    assert "Patreon" in entries[6]["text"] and entries[6]["reason"]


def test_a_line_with_two_citations_lists_both_ids() -> None:
    result = get("markdown").read(MARKDOWN.read_text(encoding="utf-8"), source="ep112.md")
    assign_keys(result.records)
    entry = next(e for e in Report(result.lines).to_json() if e["line"] == 12)
    assert entry["ids"] == ["kurson2018rocket", "parry2009moonshot"]
    wrapped = next(e for e in Report(result.lines).to_json() if e["line"] == 27)
    assert wrapped["status"] == "record" and wrapped["ids"] == ["cadbury2005space"]


def test_later_steps_add_per_record_results(tmp_path: Path) -> None:
    book, film = Record(title="Lenin"), Record(type="motion_picture", title="Reds")
    report = Report([
        ReportLine("notes.txt", 3, "• Robert Service, Lenin (2000)", "record", records=[book]),
        ReportLine("notes.txt", 4, "• Reds (1981)", "record", records=[film]),
    ])
    report.add_result(book, "enriched", 0.9712, provider="openlibrary", key="OL123W")
    enriched = book.copy()
    report.relink(film, enriched)  # a step may hand back a new record object
    report.add_result(enriched, "not-a-book")
    book.id, enriched.id = "service2000lenin", "reds1981"
    path = tmp_path / "report.json"
    report.write(path)
    entries = json.loads(path.read_text(encoding="utf-8"))
    assert entries[0]["records"] == [{"id": "service2000lenin", "status": "enriched",
                                      "confidence": 0.971, "provider": "openlibrary",
                                      "key": "OL123W"}]
    assert entries[1]["ids"] == ["reds1981"]
    assert entries[1]["records"] == [{"id": "reds1981", "status": "not-a-book"}]
    assert report.counts() == {"record": 2}


def test_feed_errors_are_reported_as_lines() -> None:
    result = get("feed").read("<rss><channel><item><title>Ep 1</title></chanel></rss>",
                              source="feed.xml")
    errors = [line for line in result.lines if line.status == "error"]
    assert len(errors) == 1 and errors[0].line == 1
    assert result.problems and str(result.problems[0]).startswith("feed.xml:1:")
