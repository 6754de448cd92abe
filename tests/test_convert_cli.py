"""``biblio convert`` end to end: files, stdin/stdout, problems, exit status."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from biblio.cli import main

RIS = (
    "TY  - BOOK\nTI  - Caliban and the Witch\nAU  - Federici, Silvia\nDA  - 2004///\n"
    "PB  - Autonomedia\nCY  - New York\nER  - \n"
)
BIB = (
    "@book{deutscher1954prophet, author={Deutscher, Isaac}, title={The Prophet Armed},"
    " year=1954}\n"
)


def test_convert_a_file_to_stdout(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "books.ris"
    path.write_text(RIS, encoding="utf-8")
    assert main(["convert", str(path), "--to", "biblatex"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("@book{federici2004caliban,\n")
    assert "location  = {New York}" in out
    assert "converted 1 record(s) from 1 input(s) to biblatex" in err


def test_several_inputs_are_merged_into_the_output_file(tmp_path: Path) -> None:
    (tmp_path / "a.ris").write_text(RIS, encoding="utf-8")
    (tmp_path / "b.bib").write_text(BIB, encoding="utf-8")
    out = tmp_path / "all.json"
    code = main(["convert", str(tmp_path / "a.ris"), str(tmp_path / "b.bib"), "-o", str(out)])
    assert code == 0
    items = json.loads(out.read_text(encoding="utf-8"))
    assert [i["id"] for i in items] == ["federici2004caliban", "deutscher1954prophet"]


def test_stdin_needs_no_extension(monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BIB.encode())))
    assert main(["convert", "-", "--to", "ris"]) == 0
    assert "TI  - The Prophet Armed" in capsys.readouterr().out


def test_problems_are_listed_good_records_kept_and_the_exit_is_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.bib"
    other = BIB.replace("{deutscher1954prophet", "{other")
    bad.write_text(BIB + "@book{oops, title={Unclosed\n\n" + other, encoding="utf-8")
    code = main(["convert", str(bad), str(tmp_path / "missing.ris"), "--to", "csl-json"])
    out, err = capsys.readouterr()
    assert code == 1
    assert len(json.loads(out)) == 2
    lines = err.strip().splitlines()
    assert lines[0].startswith(f"biblio: {bad}:2: malformed BibTeX entry")
    assert lines[1] == f"biblio: {tmp_path / 'missing.ris'}: no such file"
    assert lines[-1].endswith("2 problem(s) above")


def test_the_output_format_can_come_from_the_output_name(tmp_path: Path) -> None:
    (tmp_path / "a.ris").write_text(RIS, encoding="utf-8")
    assert main(["convert", str(tmp_path / "a.ris"), "-o", str(tmp_path / "a.bib")]) == 0
    assert (tmp_path / "a.bib").read_text(encoding="utf-8").startswith("@book{")


def test_no_output_format_is_a_usage_error(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.ris").write_text(RIS, encoding="utf-8")
    assert main(["convert", str(tmp_path / "a.ris")]) == 2
    assert "name the output format with --to" in capsys.readouterr().err


def test_ascii_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"id": "z", "type": "book", "title": "Przedwiośnie"}]),
                    encoding="utf-8")
    assert main(["convert", str(path), "--to", "bibtex", "--ascii"]) == 0
    assert r"Przedwio{\'s}nie" in capsys.readouterr().out


def test_the_installed_command_runs() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "biblio", "convert", "-", "--from", "ris", "--to", "csl-json"],
        input=RIS, capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["publisher-place"] == "New York"
