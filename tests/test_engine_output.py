"""Streamed output: chunks join to what one write gives, and files appear only when complete."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from biblio import formats
from biblio.atomic import AtomicFile
from biblio.engine.output import FormatSink
from biblio.model import Date, Name, Record


def records(n: int) -> list[Record]:
    out = []
    for i in range(n):
        rec = Record(id=f"smith{1900 + i}history", author=[Name(family="Smith", given="Ada")],
                     issued=Date.from_year(1900 + i), publisher="Faber & Faber",
                     publisher_place="London")
        rec.set_full_title(f"A History of Things, Part {i}: Being Accounts")
        out.append(rec)
    return out


@pytest.mark.parametrize("fmt", formats.OUTPUT_FORMATS)
@pytest.mark.parametrize("n", [0, 1, 3, 7])
def test_chunks_join_to_one_write(tmp_path: Path, fmt: str, n: int) -> None:
    target = tmp_path / "out"
    sink = FormatSink(target, fmt, chunk=3)
    for rec in records(n):
        sink.add(rec)
    sink.commit()
    assert target.read_text(encoding="utf-8") == formats.writer(fmt)(records(n))


def test_stdout_when_no_path(capsys: pytest.CaptureFixture[str]) -> None:
    sink = FormatSink(None, "csl-json", chunk=2)
    for rec in records(3):
        sink.add(rec)
    sink.commit()
    assert capsys.readouterr().out == formats.get("csl-json").write(records(3))


def test_output_is_not_there_until_committed(tmp_path: Path) -> None:
    target = tmp_path / "all.bib"
    target.write_text("the previous, good bibliography\n")
    sink = FormatSink(target, "bibtex", chunk=1)
    for rec in records(4):
        sink.add(rec)
    assert target.read_text() == "the previous, good bibliography\n"
    sink.abort()
    assert target.read_text() == "the previous, good bibliography\n"
    assert os.listdir(tmp_path) == ["all.bib"]  # no temporary file left behind


def test_a_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        out = AtomicFile(tmp_path / "new.json")
        out.write("[]\n")
        out.commit()
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.json").stat().st_mode) == 0o644
