"""`biblio lookup`: a citation or an ISBN against the fake APIs, as text and as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio.cli import main
from lookup_fixtures import serving


def test_a_citation_prints_match_confidence_and_sources(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serving(monkeypatch, tmp_path):
        status = main(["lookup", "Robert Service, Trotsky: A Biography (2009)"])
    out = capsys.readouterr().out
    assert status == 0
    assert "status      enriched, confidence 1.00" in out
    assert "edition     chosen by the year cited" in out
    filled = {line.split()[0]: line.split(None, 1)[1] for line in out.splitlines()
              if "←" in line}
    assert filled["ISBN"] == "978-0-674-03615-4 0-674-03615-8  ← openlibrary /books/OL9002M"
    assert filled["publisher"].startswith("Belknap Press of Harvard University Press  ←")
    assert "title" not in filled and "issued" not in filled  # the citation had them


def test_an_isbn_is_looked_up_directly(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serving(monkeypatch, tmp_path) as fake:
        status = main(["lookup", "--json", "978-0-14-018585-0"])
    result = json.loads(capsys.readouterr().out)
    assert status == 0
    assert result["status"] == "enriched"
    assert result["chosen"]["edition_chosen_by"] == "isbn"
    assert result["record"]["title"] == "We"
    assert result["record"]["author"][0] == {"family": "Zamyatin", "given": "Yevgeny"}
    assert result["record"]["publisher"] == "Penguin Classics"
    assert result["filled"]["publisher"]["provider"] == "openlibrary"
    assert fake.counts["googlebooks"] == 0


def test_json_lists_runners_up_when_nothing_fits(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with serving(monkeypatch, tmp_path):
        status = main(["lookup", "--json", "Robert Service, Stalin: A Biography (2004)"])
    result = json.loads(capsys.readouterr().out)
    assert status == 1
    assert result["status"] == "not-found"
    assert result["filled"] == {}
    assert "ISBN" not in result["record"]
    assert result["runners_up"][0]["title"] == "Trotsky: A Biography"


def test_an_invalid_isbn_is_an_error_not_a_lookup(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lookup", "0312349486"]) == 2
    assert "not a valid ISBN" in capsys.readouterr().err


def test_no_network_is_one_warning_and_status_offline(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # conftest points every API at a closed port on 127.0.0.1; no retries here.
    config = tmp_path / "config.toml"
    config.write_text("[retry]\nattempts = 1\n", encoding="utf-8")
    monkeypatch.setenv("BIBLIO_CONFIG", str(config))
    monkeypatch.setattr("biblio.lookup.http._hint_given", True)  # the contact hint: once only
    assert main(["lookup", "Yevgeny Zamyatin, We (1921)"]) == 1
    captured = capsys.readouterr()
    assert "status      offline" in captured.out
    assert captured.err.count("warning") == 1  # not one per API asked


def test_no_cache_asks_again_and_leaves_no_cache_behind(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    counts = []
    with serving(monkeypatch, tmp_path) as fake:
        for _ in range(2):
            fake.reset_counts()
            assert main(["lookup", "--no-cache", "Oleg V. Khlevniuk, Stalin (2015)"]) == 0
            counts.append(sum(fake.counts.values()))
    assert counts[0] == counts[1] > 0
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())
    assert "978-0-300-16694-1" in capsys.readouterr().out  # the 2015 hardback
