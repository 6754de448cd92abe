"""Finding a batch's inputs: files, folders, globs, stdin; stable order, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.engine.inputs import Input, discover
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
                                     ("2024/s1e2.md", "markdown"), ("-", "text")]


def test_from_overrides_extensions(archive: Path) -> None:
    found = discover([str(archive / "cover.jpg")], forced_format="markdown")
    assert names(found, archive) == [("cover.jpg", "markdown")]


@pytest.mark.parametrize(("spec", "message"), [
    ("missing.txt", r"missing\.txt: no such file or directory"),
    ("cover.jpg", r"cover\.jpg: cannot tell the format from the extension; use --from"),
    ("*.pdf", r"\*\.pdf: the pattern matches no file in a format biblio reads"),
])
def test_errors_name_the_input(archive: Path, spec: str, message: str) -> None:
    with pytest.raises(BiblioError, match=message):
        discover([str(archive / spec)])


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(BiblioError, match="no files in a format biblio reads"):
        discover([str(tmp_path / "empty")])
