"""A batch killed halfway and restarted: no finished request repeated, the same output."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from batch_helpers import batch_env, journal_entries, run_batch_cli, start_batch
from biblio.testing.archive import synthetic_books, write_archive
from biblio.testing.recording import RecordingFakeApi

JOBS = 4
BOOKS = synthetic_books(60)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("archive")
    write_archive(directory / "notes", BOOKS, citations=200, per_episode=10)
    return directory / "notes"


@pytest.fixture(scope="module")
def server() -> Iterator[RecordingFakeApi]:
    """One server for the module: its address appears in the records' URLs."""
    with RecordingFakeApi(BOOKS, latency=0.03) as api:
        yield api


@pytest.fixture
def fake(server: RecordingFakeApi) -> RecordingFakeApi:
    server.clear_log()
    return server


def args(archive: Path, out: Path) -> list[str]:
    return [str(archive), "--to", "csl-json", "-o", str(out), "--report", str(out) + ".report",
            "-j", str(JOBS), "--rate", "openlibrary=20", "--quiet"]


@pytest.fixture(scope="module")
def reference(archive: Path, server: RecordingFakeApi, tmp_path_factory: pytest.TempPathFactory
              ) -> tuple[bytes, bytes, list[tuple[object, ...]]]:
    """Output, report and requests of an uninterrupted run on a fresh cache."""
    tmp = tmp_path_factory.mktemp("reference")
    server.clear_log()
    out = tmp / "all.json"
    done = run_batch_cli(args(archive, out), batch_env(server, tmp))
    assert done.returncode == 0, done.stderr
    requests = list(server.requests)
    return out.read_bytes(), Path(str(out) + ".report").read_bytes(), requests


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL],
                         ids=["SIGINT", "SIGTERM", "SIGKILL"])
def test_killed_and_restarted_gives_the_same_output_without_repeating_requests(
    archive: Path, reference: tuple[bytes, bytes, list[tuple[object, ...]]],
    fake: RecordingFakeApi, tmp_path: Path, sig: signal.Signals,
) -> None:
    out, env = tmp_path / "all.json", batch_env(fake, tmp_path)
    journal = Path(str(out) + ".journal")
    process = start_batch(args(archive, out), env)
    deadline = time.monotonic() + 60
    while journal_entries(journal) < 12 and process.poll() is None:
        assert time.monotonic() < deadline, "the batch made no progress"
        time.sleep(0.01)
    assert process.poll() is None, "the batch finished before it could be stopped"
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    if sig != signal.SIGKILL:
        assert process.returncode == 130, stderr
        assert "interrupted" in stderr
    else:
        assert process.returncode == -signal.SIGKILL
    assert not out.exists(), "no output may appear before the job completes"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    finished = journal_entries(journal)
    assert 12 <= finished < 60
    first = list(fake.requests)
    fake.clear_log()

    done = run_batch_cli(args(archive, out), env)
    assert done.returncode == 0, done.stderr
    second = list(fake.requests)
    ref_out, ref_report, ref_requests = reference
    assert out.read_text(encoding="utf-8") == ref_out.decode("utf-8")
    assert Path(str(out) + ".report").read_text(encoding="utf-8") == ref_report.decode("utf-8")
    assert not journal.exists()  # complete: nothing left to resume

    repeated = set(first) & set(second)
    if sig != signal.SIGKILL:
        assert repeated == set()  # requests in flight were awaited and cached
    else:
        assert len(repeated) <= JOBS  # only answers lost in flight are asked again
    assert set(first) | set(second) == set(ref_requests)


def test_a_finished_job_run_again_asks_nothing(archive: Path, fake: RecordingFakeApi,
                                               tmp_path: Path) -> None:
    out, env = tmp_path / "all.json", batch_env(fake, tmp_path)
    assert run_batch_cli(args(archive, out), env).returncode == 0
    first = out.read_bytes()
    fake.clear_log()
    assert run_batch_cli(args(archive, out), env).returncode == 0
    assert fake.requests == [] and out.read_bytes() == first
