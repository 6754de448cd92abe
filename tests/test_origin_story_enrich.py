"""The Origin Story reading list converted end to end against the fake APIs.

The books the fake catalogue holds get ISBNs and publishers; the others
come out not-found with no ISBN at all; the film is left alone.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio.cli import main
from lookup_fixtures import serving

NOTES = Path(__file__).resolve().parents[1] / "examples" / "origin-story-s8e5-shownotes.txt"


def convert(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *extra: str
            ) -> tuple[dict[str, dict[str, object]], list[dict[str, object]]]:
    out, report = tmp_path / "out.json", tmp_path / "report.json"
    with serving(monkeypatch, tmp_path):
        assert main(["convert", str(NOTES), "-o", str(out), "--report", str(report),
                     *extra]) == 0
    items = {item["id"]: item for item in json.loads(out.read_text(encoding="utf-8"))}
    return items, json.loads(report.read_text(encoding="utf-8"))


def test_books_in_the_catalogue_get_isbn_and_publisher(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    items, _ = convert(monkeypatch, tmp_path)
    we = items["zamyatin1921we"]
    # The lookup keeps ISBN-13 and ISBN-10; writers write the ISBN-13 only.
    assert (we["ISBN"], we["publisher"]) == ("978-0-14-018585-0", "Penguin Classics")
    assert we["original-date"] == {"date-parts": [[1921]]}  # the year the note gives
    trotsky = items["service2009trotsky"]
    assert trotsky["ISBN"].startswith("978-0-674-03615-4")
    assert trotsky["publisher"] == "Belknap Press of Harvard University Press"
    assert "original-date" not in trotsky  # the note cites this very edition
    # Cited 2017, a reprint of the 2016 paperback: its ISBN, the cited year kept.
    stalin = items["khlevniuk2017stalin"]
    assert stalin["ISBN"].startswith("978-0-300-21978-4")
    assert stalin["issued"] == {"date-parts": [[2017]]}
    assert items["lynskey2019ministry"]["ISBN"].startswith("978-1-5098-9073-6")


def test_other_books_are_not_found_and_the_film_is_left_alone(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    items, report = convert(monkeypatch, tmp_path)
    results = {r["id"]: r for line in report for r in line.get("records", [])}
    found = {"zamyatin1921we", "service2009trotsky", "khlevniuk2017stalin",
             "lynskey2019ministry"}
    assert {i for i, r in results.items() if r["status"] == "enriched"} == found
    film = results["beatty1981reds"]
    assert (film["status"], film["reason"]) == (
        "not-a-book", "a motion_picture is not looked up in book catalogues")
    not_found = {i for i, r in results.items() if r["status"] == "not-found"}
    assert len(not_found) == 14  # every other book on the list
    for key in not_found:
        assert "ISBN" not in items[key] and "publisher" not in items[key]
        assert results[key]["filled"] == {}
    assert {"service2000lenin", "service2004stalin", "wells1920russia",
            "russell1920practice"} <= not_found


def test_the_report_says_where_each_field_came_from(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _, report = convert(monkeypatch, tmp_path)
    line = next(line for line in report if "Zamyatin" in line["text"])
    (entry,) = line["records"]
    assert entry["status"] == "enriched" and entry["confidence"] >= 0.9
    assert entry["chosen"]["key"] == "/books/OL9001M"
    assert entry["filled"]["ISBN"] == {
        "value": "978-0-14-018585-0 0-14-018585-2", "provider": "openlibrary",
        "key": "/books/OL9001M", "confidence": entry["confidence"]}
    assert entry["filled"]["original-date"]["provider"] == "input"


def test_offline_without_a_cache_writes_the_records_unenriched(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    items, report = convert(monkeypatch, tmp_path, "--offline")
    assert "ISBN" not in items["zamyatin1921we"]
    statuses = {r["status"] for line in report for r in line.get("records", [])}
    assert statuses == {"offline", "not-a-book"}
    assert capsys.readouterr().err.count("warning") == 1


def test_a_second_run_is_answered_from_the_cache(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    outputs = []
    with serving(monkeypatch, tmp_path) as fake:
        for options in ([], ["--offline"]):
            fake.reset_counts()
            out = tmp_path / f"out{len(outputs)}.json"
            assert main(["convert", str(NOTES), "-o", str(out), *options]) == 0
            outputs.append((json.loads(out.read_text(encoding="utf-8")), sum(fake.counts.values())))
    (first, requests), (again, requests_again) = outputs
    assert again == first
    assert requests >= 19 and requests_again == 0
