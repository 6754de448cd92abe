"""`biblio convert` on show notes: --report, --include-source, --from, --offline.

No test looks books up: `--enrich none`, or `--offline --no-cache` (no network, no cache).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from biblio.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "origin-story-s8e5-shownotes.txt"
NOTES = Path(__file__).parent / "data" / "notes"


def test_origin_story_to_csl_json_with_report(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out, report = tmp_path / "out.json", tmp_path / "report.json"
    code = main(["convert", str(EXAMPLE), "--to", "csl-json", "-o", str(out),
                 "--report", str(report), "--offline", "--no-cache"])
    assert code == 0
    items = json.loads(out.read_text(encoding="utf-8"))
    assert len(items) == 19
    assert items[1]["id"] == "deutscher1954prophet"
    assert items[1]["title"] == "The Prophet Armed: Trotsky, 1879-1921"
    assert items[1]["issued"] == {"date-parts": [[1954]]}
    entries = json.loads(report.read_text(encoding="utf-8"))
    assert len(entries) == 38
    assert sum(1 for e in entries if e["status"] == "record") == 19
    assert entries[11]["ids"] == ["deutscher1954prophet"]
    assert entries[11]["source"] == str(EXAMPLE)
    assert all(e["reason"] for e in entries if e["status"] == "rejected")
    assert "38 line(s) read: 19 record, 19 rejected" in capsys.readouterr().err


def test_include_source_adds_the_episode(tmp_path: Path) -> None:
    out, report = tmp_path / "out.json", tmp_path / "report.json"
    assert main(["convert", str(EXAMPLE), "--to", "csl-json", "-o", str(out),
                 "--include-source", "--report", str(report), "--enrich", "none"]) == 0
    items = json.loads(out.read_text(encoding="utf-8"))
    episode = items[-1]
    assert episode["type"] == "broadcast"
    assert episode["container-title"] == "Origin Story"
    assert episode["issued"] == {"date-parts": [[2025, 10, 21]]}
    entries = json.loads(report.read_text(encoding="utf-8"))
    assert entries[-1]["ids"] == [episode["id"]]
    assert entries[-1]["line"] == 7  # the first line that told us about the episode


def test_from_names_the_kind_when_the_extension_does_not(tmp_path: Path) -> None:
    notes = tmp_path / "episode-notes"
    shutil.copy(NOTES / "long-read-history-112.md", notes)
    out = tmp_path / "out.ris"
    assert main(["convert", str(notes), "--from", "markdown", "-o", str(out),
                 "--enrich", "none"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.count("TY  - ") == 9
    assert "Brzezinski" in text


def test_feed_to_bibtex(tmp_path: Path) -> None:
    out = tmp_path / "out.bib"
    assert main(["convert", str(NOTES / "money-talks-back.xml"), "-o", str(out),
                 "--enrich", "none"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.count("@book") == 6
    assert "phillipson2010adam" in text
