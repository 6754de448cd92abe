"""`biblio enrich` on the command line: outputs, dry runs, in-place writes, interactive choices."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

import pytest

import biblio
from biblio.cli import main
from biblio.inplace import enrich_text
from biblio.inplace.prompt import TerminalChooser
from biblio.testing.fakeapi import Book, FakeApi
from test_enrich_file_support import BIBFILES, Edition, TableLookup


def answer_with(monkeypatch: pytest.MonkeyPatch, table: TableLookup) -> None:
    """Make the CLI's enricher answer from `table` instead of the book APIs."""
    @contextmanager
    def fake_lookups(**options: object) -> Iterator[SimpleNamespace]:
        yield SimpleNamespace(enrich=table)

    monkeypatch.setattr("biblio.cli.enrich.Lookups", fake_lookups)


@pytest.fixture
def lookup(monkeypatch: pytest.MonkeyPatch) -> TableLookup:
    table = TableLookup()
    answer_with(monkeypatch, table)
    return table


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    path = tmp_path / "refs.bib"
    path.write_bytes((BIBFILES / "styles.bib").read_bytes())
    return path


def test_dry_run_prints_a_diff_and_writes_nothing(lookup: TableLookup, refs: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    before = refs.read_bytes()
    assert main(["enrich", str(refs), "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"--- {refs}\n+++ {refs}\n@@ ")
    assert "+\tpublisher = {Verso},\n" in out
    assert refs.read_bytes() == before
    assert not refs.with_name("refs.bib.bak").exists()
    assert f"{refs}:36: braudel1949: not-found: no catalogue record matches well enough" in err
    assert "14 fields filled in 4 entries (5 of 6 entries looked up); 0 conflicts" in err


def test_in_place_keeps_a_backup_and_replaces_the_file(lookup: TableLookup, refs: Path) -> None:
    before = refs.read_bytes()
    refs.chmod(0o640)
    assert main(["enrich", str(refs), "--in-place", "--fields", "isbn"]) == 0
    assert refs.with_name("refs.bib.bak").read_bytes() == before
    after = refs.read_text()
    assert len(re.findall(r"isbn *= \{978", after)) == 3 and 'ISBN = "978' in after
    assert refs.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in refs.parent.iterdir() if p.name.startswith(".")] == []


def test_in_place_without_changes_leaves_the_file_alone(monkeypatch: pytest.MonkeyPatch,
                                                        refs: Path) -> None:
    answer_with(monkeypatch, TableLookup(editions={}))
    mtime = refs.stat().st_mtime_ns
    assert main(["enrich", str(refs), "-i"]) == 0
    assert refs.stat().st_mtime_ns == mtime and not refs.with_name("refs.bib.bak").exists()


def test_output_file_and_stdout(lookup: TableLookup, refs: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "enriched.bib"
    assert main(["enrich", str(refs), "-o", str(out), "--overwrite", "publisher"]) == 0
    assert "\tpublisher = {Verso},\n" in out.read_text()
    capsys.readouterr()
    assert main(["enrich", str(refs), "--fields", "pages"]) == 0
    printed = capsys.readouterr().out
    assert "\tpagetotal = {538},\n" in printed and "isbn" not in printed


def test_problems_give_exit_status_1_and_lines(lookup: TableLookup, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "reading.bib"
    path.write_bytes((BIBFILES / "broken-middle.bib").read_bytes())
    assert main(["enrich", str(path), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert f"{path}:11: entry could not be parsed" in err
    assert f"{path}:26: carr1961: missing ',' between fields; entry kept as it is" in err


def test_bad_options_are_errors(lookup: TableLookup, refs: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["enrich", str(refs), "--fields", "isbn,colour"]) == 2
    assert "unknown field 'colour'" in capsys.readouterr().err
    assert main(["enrich", str(refs), "--interactive"]) == 2  # stdin is not a terminal here
    assert "--interactive needs a terminal" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["enrich", str(refs), "--in-place", "-o", "x.bib"])


def test_python_api_is_exported(refs: Path) -> None:
    result = biblio.enrich_file(refs, TableLookup(), dry_run=True)
    assert result.changed and "isbn = {" in result.diff()


def _interactive(answers: list[str], lookup: TableLookup) -> tuple[str, list[str]]:
    said: list[str] = []
    replies = iter(answers)
    chooser = TerminalChooser(ask=lambda prompt: next(replies), say=said.append)
    text = (BIBFILES / "styles.bib").read_text()
    result = enrich_text(text, "bibtex", lookup, choose=chooser)
    return result.text, said


def test_interactive_accept_takes_the_best_match() -> None:
    text, said = _interactive([""], TableLookup(ambiguous={"what is history?"}))
    assert "  pagetotal = {188},\n" in text
    assert "\nCarr1961 (line 17): What Is History?, 1990" in said
    assert "  2) What Is History? — Penguin Books — 1990 — 978-0-14-020632-6  " \
        "[openlibrary /books/OL5000000M, 0.58]" in said


def test_interactive_choose_a_candidate_by_number() -> None:
    text, _ = _interactive(["2"], TableLookup(ambiguous={"what is history?"}))
    assert "  pagetotal = {208},\n" in text


def test_interactive_skip_and_retry_after_a_bad_answer() -> None:
    text, said = _interactive(["7", "s"], TableLookup(ambiguous={"what is history?"}))
    assert "pagetotal = {188}" not in text and "pagetotal = {208}" not in text
    assert "  '7' is neither a choice nor a valid ISBN" in said


def test_interactive_isbn_is_looked_up_instead() -> None:
    lookup = TableLookup(ambiguous={"what is history?"})
    text, _ = _interactive(["0-14-013584-7"], lookup)
    retried = [r for r in lookup.asked if r.id == "Carr1961"]
    assert [r.isbn for r in retried] == [None, "9780140135848"]
    assert "  pagetotal = {188},\n" not in text  # the retry is ambiguous too: nothing is guessed


def test_the_real_enricher_against_local_fake_apis(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The whole path: CLI, Enricher, providers, HTTP, served from 127.0.0.1."""
    poetics = Book(id="13270", title="Poetics", authors=("Aristotle", "Malcolm Heath"),
                   isbn13="9780140446364", isbn10="0140446362", publisher="Penguin Classics",
                   date="1996-09-26", language="eng", pages=144, popularity=12610)
    refs = tmp_path / "thesis.bib"
    refs.write_text(
        "@book{heath1996,\n  author = {Aristotle},\n  title = {Poetics},\n"
        "  translator = {Heath, Malcolm},\n  publisher = {Penguin Classics},\n  year = 1996,\n}\n"
        "\n@book{lucas1968,\n  author = {Aristotle},\n  title = {Poetics},\n"
        "  publisher = {Clarendon Press},\n  year = 1968,\n}\n")
    with FakeApi([poetics]) as fake:
        for name, value in fake.environ().items():
            monkeypatch.setenv(name, value)
        (tmp_path / "config.toml").write_text("")
        monkeypatch.setenv("BIBLIO_CONFIG", str(tmp_path / "config.toml"))
        monkeypatch.setenv("BIBLIO_CACHE_DIR", str(tmp_path / "cache"))
        monkeypatch.setenv("BIBLIO_CONTACT", "tests@example.org")
        assert main(["enrich", str(refs), "--in-place"]) == 0
    text = refs.read_text()
    assert "  year = 1996,\n  pagetotal = 144,\n  isbn = {978-0-14-044636-4 0-14-044636-2},\n}" \
        in text
    assert "  publisher = {Clarendon Press},\n  year = 1968,\n}" in text
    err = capsys.readouterr().err
    assert "lucas1968: other-edition: the edition found (Penguin Classics, 1996" in err


def test_a_latin1_file_stays_latin1_and_unwritable_values_change_nothing(tmp_path: Path) -> None:
    path = tmp_path / "old.ris"
    original = "TY  - BOOK\nTI  - What is history?\nAU  - Carr, Edward Hallett\nPY  - 1990\n" \
        "N1  - Exemplaire annoté\nER  - \n"
    path.write_bytes(original.encode("latin-1"))
    result = biblio.enrich_file(path, TableLookup(), in_place=True)
    assert path.read_bytes() == result.text.encode("latin-1")
    assert "PB  - Penguin Books\n" in result.text
    path.write_bytes(original.encode("latin-1"))
    polish = TableLookup(editions={"what is history?": Edition(
        "Państwowy Instytut Wydawniczy", "Warszawa", 1990, "190", "9780140135848")})
    with pytest.raises(biblio.BiblioError, match="cannot be written in the file's encoding"):
        biblio.enrich_file(path, polish, in_place=True)
    assert path.read_bytes() == original.encode("latin-1")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.ris", "old.ris.bak"]
