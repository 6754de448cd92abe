"""The answer store: a warm run asks nobody, a changed setting asks again, a killed run keeps
what it finished."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from batch_helpers import batch_env, journal_entries
from biblio.cli import main
from biblio.config import Config
from biblio.lookup.answers import Ages, Answer, SqliteAnswers
from biblio.lookup.matching import MatchSettings
from biblio.lookup.result import Enrichment
from biblio.lookup.service import Lookups, LookupSettings
from biblio.model import Name, Record
from biblio.testing.archive import synthetic_books, write_archive
from biblio.testing.fakeapi import Book
from biblio.testing.recording import RecordingFakeApi

BOOKS: list[Book] = synthetic_books(30)


@pytest.fixture
def fake() -> Iterator[RecordingFakeApi]:
    with RecordingFakeApi(BOOKS) as server:
        yield server


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    write_archive(tmp_path / "notes", BOOKS, citations=60, per_episode=10)
    return tmp_path / "notes"


def _use(monkeypatch: pytest.MonkeyPatch, fake: RecordingFakeApi, tmp_path: Path) -> None:
    for name, value in batch_env(fake, tmp_path).items():
        if name.startswith("BIBLIO_"):
            monkeypatch.setenv(name, value)


def test_a_warm_run_answers_every_work_from_the_store(
        fake: RecordingFakeApi, notes: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _use(monkeypatch, fake, tmp_path)
    cold, warm = tmp_path / "cold.json", tmp_path / "warm.json"
    assert main(["convert", str(notes), "-o", str(cold), "--report", str(tmp_path / "r1")]) == 0
    assert fake.requests
    (tmp_path / "cache" / "http-cache.sqlite").unlink()  # not even the HTTP cache is needed
    fake.clear_log()
    assert main(["convert", str(notes), "-o", str(warm), "--report", str(tmp_path / "r2")]) == 0
    assert fake.requests == []
    assert warm.read_text() == cold.read_text()
    assert (tmp_path / "r1").read_text() == (tmp_path / "r2").read_text()


def test_a_changed_setting_is_not_answered_from_the_store(tmp_path: Path) -> None:
    store = SqliteAnswers(tmp_path / "answers.sqlite")
    asked: list[str] = []

    def enrich(record: Record) -> Enrichment:
        asked.append(record.title or "")
        return Enrichment(record.copy(), "not-found")

    record = Record(title="The Prophet Armed", author=[Name(family="Deutscher")])
    settings = [LookupSettings(), LookupSettings(),
                LookupSettings(match=MatchSettings(threshold=0.9)),
                LookupSettings(providers=("googlebooks", "openlibrary"))]
    keys = []
    for setting in settings:
        lookups = Lookups(Config(), settings=setting, answers=store, enrich=enrich)
        lookups.look_up(record)
        keys.append(lookups.settings_key)
    assert len(asked) == 3  # the second run, same settings, was answered from the store
    assert len(set(keys)) == 3
    store.close()


def test_not_found_answers_age_sooner_and_expired_ones_are_missed(tmp_path: Path) -> None:
    store = SqliteAnswers(tmp_path / "answers.sqlite", Ages(found=60.0, not_found=0.0))
    record = Record(title="The Prophet Armed", author=[Name(family="Deutscher")])
    found = Answer(Enrichment(record.copy(), "enriched", confidence=0.9))
    missing = Answer(Enrichment(record.copy(), "not-found"))
    offline = Answer(Enrichment(record.copy(), "offline"))
    store.put("found", found)
    store.put("missing", missing)
    store.put("offline", offline)  # asked again next run: never stored
    assert store.get("found") == found and "found" in store
    time.sleep(0.01)
    assert store.get("missing") is None and store.get("offline") is None
    store.close()


def test_the_store_survives_a_killed_run(fake: RecordingFakeApi, tmp_path: Path) -> None:
    """SIGKILL mid-run: every answer finished before it is there for the next run."""
    slow = RecordingFakeApi(BOOKS, latency=0.2)
    write_archive(tmp_path / "notes", BOOKS, citations=30, per_episode=10)
    with slow:
        env = batch_env(slow, tmp_path)
        journal = tmp_path / "out.json.journal"
        worker = subprocess.Popen(
            [sys.executable, "-m", "biblio", "batch", str(tmp_path / "notes"), "-o",
             str(tmp_path / "out.json"), "-j", "2", "--quiet"], env=env,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while journal_entries(journal) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        finished = journal_entries(journal)
        assert finished >= 3 and not (tmp_path / "out.json").exists()
        journal.unlink()  # the store alone must carry the answers over
        slow.clear_log()
        done = subprocess.run(
            [sys.executable, "-m", "biblio", "batch", str(tmp_path / "notes"), "-o",
             str(tmp_path / "out.json"), "--quiet"], env=env, capture_output=True, text=True,
            check=False, timeout=120)
        assert done.returncode == 0, done.stderr
        works = len({json.dumps(i.get("title")) for i in
                     json.loads((tmp_path / "out.json").read_text())})
        searched = {dict(q).get("title") for _, path, q in slow.requests
                    if path == "/search.json"}
        assert len(searched) <= works - finished
