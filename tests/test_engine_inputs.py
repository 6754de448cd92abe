"""Finding a batch's inputs: files, folders, globs, stdin; stable order, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.engine.inputs import Input, discover
from biblio.engine.reading import read_input
from biblio.problems import BiblioError


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    files = ["2024/s1e2.md", "2024/s1e10.txt", "2023/s0e1.html", "feed.xml", "refs.bib",
             "library.json", "notes.RIS", "cover.jpg", ".git/config.txt", "2024/.draft.txt"]
    for name in files:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    return tmp_path


def names(inputs: list[Input], root: Path) -> list[tuple[str, str]]:
    return [(str(i.path.relative_to(root)) if i.path else "-", i.format) for i in inputs]


def test_a_folder_gives_its_readable_files_sorted_without_hidden_ones(archive: Path) -> None:
    assert names(discover([str(archive)]), archive) == [
        ("2023/s0e1.html", "html"), ("2024/s1e10.txt", "text"), ("2024/s1e2.md", "markdown"),
        ("feed.xml", "feed"), ("library.json", "csl-json"), ("notes.RIS", "ris"),
        ("refs.bib", "bibtex"),
    ]


def test_globs_files_and_stdin_keep_the_order_given_and_each_file_once(archive: Path) -> None:
    found = discover([str(archive / "refs.bib"), str(archive / "2024" / "*"), "-",
                      str(archive / "**" / "*.bib")])
    assert names(found, archive) == [("refs.bib", "bibtex"), ("2024/s1e10.txt", "text"),
                                     ("2024/s1e2.md", "markdown"), ("-", None)]


def test_from_overrides_extensions(archive: Path) -> None:
    found = discover([str(archive / "cover.jpg")], forced_format="markdown")
    assert names(found, archive) == [("cover.jpg", "markdown")]


def test_a_pattern_matching_nothing_is_an_error(archive: Path) -> None:
    with pytest.raises(BiblioError, match=r"\*\.pdf: the pattern matches no file in a format"):
        discover([str(archive / "*.pdf")])


def test_a_named_file_is_kept_and_reading_tells_what_is_wrong(archive: Path) -> None:
    """A missing file costs only itself; a file without a known extension is read by content."""
    found = discover([str(archive / "missing.txt"), str(archive / "cover.jpg")])
    assert names(found, archive) == [("missing.txt", "text"), ("cover.jpg", None)]
    with pytest.raises(BiblioError, match=r"missing\.txt: no such file"):
        list(read_input(found[0]))


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(BiblioError, match="no files in a format biblio reads"):
        discover([str(tmp_path / "empty")])
