"""The output options mean the same on `biblio convert` and `biblio batch`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio.cli import main

NOTES = "Books mentioned\nHaruki Murakami, Norwegian Wood ノルウェイの森 (1987)\n"


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    return path


def _run(command: str, notes: Path, out: Path, *extra: str) -> int:
    lookups = ["--offline"] if command == "convert" else ["--enrich", "none"]
    return main([command, str(notes), "--to", "bibtex", "-o", str(out), *lookups, *extra])


@pytest.mark.parametrize("command", ["convert", "batch"])
def test_one_isbn_13_by_default_and_both_on_request(command: str, tmp_path: Path) -> None:
    # What a lookup stores: the edition's ISBN-13 and ISBN-10.
    looked_up = tmp_path / "refs.json"
    looked_up.write_text(json.dumps([{
        "id": "murakami2000norwegian", "type": "book", "title": "Norwegian Wood",
        "author": [{"family": "Murakami", "given": "Haruki"}],
        "ISBN": "978-0-09-944882-2 0-09-944882-3", "issued": {"date-parts": [[2000]]},
    }]), encoding="utf-8")
    out = tmp_path / "out.bib"
    assert _run(command, looked_up, out) == 0
    assert "isbn   = {978-0-09-944882-2}" in out.read_text(encoding="utf-8")
    assert _run(command, looked_up, out, "--isbn", "both") == 0
    assert "isbn   = {978-0-09-944882-2 0-09-944882-3}" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["convert", "batch"])
def test_ascii_says_what_it_could_not_encode(command: str, notes: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.bib"
    assert _run(command, notes, out, "--ascii") == 0
    err = capsys.readouterr().err
    assert "field title keeps 7 characters that have no LaTeX form (ノルウェイの森)" in err
    assert "ノルウェイの森" in out.read_text(encoding="utf-8")
