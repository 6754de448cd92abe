"""Every example in the README runs as written.

The shell and Python blocks are read from README.md itself, so an example
that is edited there is the one that is tested.  They run in a folder that
holds the files they name (real show notes and bibliography files from
``tests/data`` and ``examples/``), with the book APIs served by the fake of
``biblio.testing``.  The quick start's install and test commands are the one
exception: CI runs those itself (``.ci/run``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from biblio.testing.fakeapi import Book
from lookup_fixtures import ORIGIN_STORY_BOOKS, serving

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
DATA = Path(__file__).resolve().parent / "data"
BIN = Path(sys.executable).parent

# The book `biblio lookup` is shown finding: Verso's 2003 edition.
PROPHET_ARMED = Book("9101", "The Prophet Armed: Trotsky, 1879-1921", ("Isaac Deutscher",),
                     "9781859844410", "1859844413", "Verso", "2003", "eng", 540, 500)

_BLOCK = re.compile(r"^```(sh|python)\n(.*?)^```", re.M | re.S)
# Quick-start pieces that CI runs itself: making the venv, installing, the test run.
_CI_ONLY = re.compile(r"-m venv|pip install|-m pytest")


def _blocks(language: str) -> list[str]:
    return [body for lang, body in _BLOCK.findall(README.read_text(encoding="utf-8"))
            if lang == language]


def _commands() -> list[str]:
    commands = []
    for body in _blocks("sh"):
        for line in body.splitlines():
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            kept = [part.strip() for part in line.split("&&") if not _CI_ONLY.search(part)]
            commands.extend(part for part in kept if part.startswith((".venv/bin/biblio",
                                                                     "biblio")))
    return commands


def _workspace(tmp_path: Path) -> Path:
    """A folder holding every file the README's examples name."""
    work = tmp_path / "work"
    (work / "examples").mkdir(parents=True)
    notes = ROOT / "examples" / "origin-story-s8e5-shownotes.txt"
    shutil.copy(notes, work / "examples" / notes.name)
    shutil.copy(notes, work / "notes.txt")
    shutil.copy(DATA / "notes" / "long-read-history-112.md", work / "notes.md")
    shutil.copy(DATA / "notes" / "deep-time-45.html", work / "episode.html")
    shutil.copy(DATA / "notes" / "deep-time-45.html", work / "notes.html")
    shutil.copy(DATA / "notes" / "money-talks-back.xml", work / "feed.xml")
    shutil.copy(DATA / "bibfiles" / "biblatex-examples-excerpt.bib", work / "refs.bib")
    shutil.copy(DATA / "bibfiles" / "zotero-export.ris", work / "library.ris")
    shutil.copy(DATA / "bibfiles" / "styles.bib", work / "thesis.bib")
    shutil.copytree(DATA / "batch" / "archive", work / "notes")
    (work / "feeds").mkdir()
    shutil.copy(DATA / "notes" / "money-talks-back.xml", work / "feeds" / "episode-1.xml")
    return work


@pytest.fixture
def workspace(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Path]:
    with serving(monkeypatch, tmp_path, [*ORIGIN_STORY_BOOKS, PROPHET_ARMED]):
        yield _workspace(tmp_path)


def test_the_readme_has_examples_to_run() -> None:
    commands = _commands()
    assert any("origin-story-s8e5-shownotes.txt" in c for c in commands)  # the quick start
    for verb in ("convert", "lookup", "enrich", "batch"):
        assert any(c.split()[1] == verb for c in commands), verb
    assert _blocks("python")


def test_every_shell_example_runs(workspace: Path) -> None:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    for command in _commands():
        command = command.replace(".venv/bin/biblio", "biblio")
        done = subprocess.run(["bash", "-c", command], cwd=workspace, env=env,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, f"{command}\n{done.stderr}"
        assert "Traceback" not in done.stderr, command


def test_the_quick_start_writes_its_report(workspace: Path) -> None:
    quick = next(c for c in _commands() if "origin-story-s8e5-shownotes.txt" in c)
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["bash", "-c", quick.replace(".venv/bin/biblio", "biblio")],
                          cwd=workspace, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("\n@") + done.stdout.startswith("@") == 19  # the 19 entries
    assert (workspace / "report.json").is_file()


def test_every_python_example_runs(workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(workspace)
    for body in _blocks("python"):
        exec(compile(body, str(README), "exec"), {"__name__": "readme_example"})
