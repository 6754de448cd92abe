"""`biblio batch` from the command line, against the fake APIs in this process."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from biblio import formats
from biblio.cli import main
from biblio.model import Date, Name, Record
from biblio.testing.archive import synthetic_books, write_archive
from biblio.testing.fakeapi import Book, display_title
from biblio.testing.recording import RecordingFakeApi

BOOKS = synthetic_books(12)


def cited(book: Book) -> Record:
    given, family = book.authors[0].split(" ", 1)
    rec = Record(author=[Name(family=family, given=given)], issued=Date.from_year(book.year or 0))
    rec.set_full_title(display_title(book.title))
    return rec


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[RecordingFakeApi]:
    with RecordingFakeApi(BOOKS) as server:
        for name, value in server.environ().items():
            monkeypatch.setenv(name, value)
        config = tmp_path / "config.toml"
        config.write_text("")
        monkeypatch.setenv("BIBLIO_CONFIG", str(config))
        monkeypatch.setenv("BIBLIO_CACHE_DIR", str(tmp_path / "cache"))
        monkeypatch.setenv("BIBLIO_CONTACT", "tests@example.org")
        yield server


@pytest.fixture
def library(tmp_path: Path) -> Path:
    """Two CSL-JSON files citing the first six books, three of them in both."""
    folder = tmp_path / "libraries"
    folder.mkdir()
    first = [cited(b) for b in BOOKS[:4]]
    second = [cited(b) for b in BOOKS[1:6]]
    (folder / "a.json").write_text(formats.get("csl-json").write(first))
    (folder / "b.json").write_text(formats.get("csl-json").write(second))
    return folder


def test_batch_enriches_each_work_once_and_reports(fake: RecordingFakeApi, library: Path,
                                                   tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    out, report = tmp_path / "out.json", tmp_path / "report.json"
    code = main(["batch", str(library), "--enrich", "all", "--to", "csl-json", "-o", str(out),
                 "--report", str(report), "--rate", "openlibrary=50"])
    assert code == 0, capsys.readouterr().err
    items = json.loads(out.read_text())
    assert len(items) == 9
    assert sum(1 for i in items if i.get("ISBN") and i.get("publisher")) == 9
    search_titles = [dict(q).get("title") for api, path, q in fake.requests
                     if path == "/search.json"]
    assert sorted(search_titles) == sorted(display_title(b.title) for b in BOOKS[:6])
    lines = json.loads(report.read_text())
    assert [e["records"][0]["status"] for e in lines] == ["enriched"] * 9
    assert lines[0]["records"][0]["chosen"]["provider"] == "openlibrary"
    assert lines[0]["ids"] == [items[0]["id"]]
    err = capsys.readouterr().err
    assert "9 citations of 6 works; 6 looked up" in err and "enriched" in err


def test_bibliography_records_are_not_looked_up_by_default(
        fake: RecordingFakeApi, library: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(library), "--to", "csl-json", "--quiet"]) == 0
    assert fake.requests == []
    assert not any("ISBN" in item for item in json.loads(capsys.readouterr().out))


def test_no_lookup_makes_no_request(fake: RecordingFakeApi, library: Path,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(library), "--to", "ris", "--enrich", "none", "--quiet"]) == 0
    assert fake.requests == []
    assert capsys.readouterr().out.count("TY  - BOOK") == 9


def test_an_unreadable_input_is_reported_and_the_rest_converted(
        fake: RecordingFakeApi, library: Path, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    (library / "broken.json").write_text('[{"type": "book", "title": "Half')
    out = tmp_path / "out.bib"
    assert main(["batch", str(library), "--to", "bibtex", "-o", str(out), "--enrich", "none"]) == 1
    assert out.read_text().count("@book{") == 9
    assert "broken.json" in capsys.readouterr().err


@pytest.mark.parametrize(("argv", "message"), [
    (["--shard", "3/2"], "--shard '3/2': expected K/N"),
    (["--shard", "1/2", "-o", "x.json"], "--shard only looks works up"),
    (["--rate", "openlibrary"], "expected API=REQUESTS_PER_SECOND"),
    (["--rate", "nosuchapi=3"], "unknown API 'nosuchapi'"),
    (["-j", "0"], "--jobs must be at least 1"),
])
def test_bad_options_are_explained(fake: RecordingFakeApi, library: Path, argv: list[str],
                                   message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(library), *argv]) == 2
    assert message in capsys.readouterr().err


def test_the_output_format_follows_the_file_name(fake: RecordingFakeApi, library: Path,
                                                 tmp_path: Path) -> None:
    out = tmp_path / "archive.ris"
    assert main(["batch", str(library), "-o", str(out), "--enrich", "none", "--quiet"]) == 0
    assert out.read_text().count("TY  - BOOK") == 9


def test_batch_writes_what_convert_writes_with_lookups(
        fake: RecordingFakeApi, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Looking each work up once changes the requests, not the result."""
    episodes = write_archive(tmp_path / "notes", BOOKS, citations=40, per_episode=8)
    outputs = []
    for command in (["convert", *map(str, sorted(episodes))], ["batch", str(tmp_path / "notes")]):
        name = command[0]
        monkeypatch.setenv("BIBLIO_CACHE_DIR", str(tmp_path / f"cache-{name}"))
        fake.clear_log()
        out, report = tmp_path / f"{name}.bib", tmp_path / f"{name}.json"
        assert main([*command, "--to", "biblatex", "-o", str(out), "--report", str(report)]) == 0
        outputs.append((out.read_text(), report.read_text(), len(fake.requests)))
    (converted, converted_report, _), (batched, batched_report, requests) = outputs
    assert batched == converted and batched_report == converted_report
    assert converted.count("isbn") == 40 and requests > 0
