"""An arXiv preprint's identifier survives BibTeX and BibLaTeX both ways, in the
fields biber and arXiv's own BibTeX styles read."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Literal

import pytest

from biblio.formats import bibtex_io, ris
from biblio.model import Date, Name, Record


def _preprint() -> Record:
    return Record(type="article", id="vaswani2017", title="Attention is all you need",
                  author=[Name(family="Vaswani", given="Ashish")], issued=Date.from_year(2017),
                  publisher="arXiv", number="arXiv:1706.03762")


@pytest.mark.parametrize(("dialect", "archive_field"), [("biblatex", "eprinttype"),
                                                        ("bibtex", "archiveprefix")])
def test_the_identifier_is_written_as_an_eprint_and_read_back(
        dialect: Literal["biblatex", "bibtex"], archive_field: str) -> None:
    text = bibtex_io.write([_preprint()], dialect)
    assert "eprint" in text and "{1706.03762}" in text
    assert f"{archive_field}" in text and "{arXiv}" in text
    back = bibtex_io.read(text).records[0]
    assert (back.type, back.number) == ("article", "arXiv:1706.03762")


def test_an_entry_from_another_tool_with_an_arxiv_eprint_is_a_preprint() -> None:
    text = ("@misc{mikolov2013,\n  title = {Efficient Estimation of Word Representations in "
            "Vector Space},\n  author = {Mikolov, Tomas and Chen, Kai},\n  year = {2013},\n"
            "  eprint = {1301.3781},\n  archivePrefix = {arXiv},\n  primaryClass = {cs.CL}\n}\n")
    record = bibtex_io.read(text).records[0]
    assert (record.type, record.number) == ("article", "arXiv:1301.3781")


@pytest.mark.skipif(shutil.which("biber") is None, reason="biber not installed")
def test_biber_keeps_the_eprint(tmp_path: Path) -> None:
    source = tmp_path / "in.bib"
    source.write_text(bibtex_io.write([_preprint()], "biblatex"), encoding="utf-8")
    done = subprocess.run(["biber", "--tool", "--output-file=out.bib", "in.bib"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    out = (tmp_path / "out.bib").read_text(encoding="utf-8")
    assert "EPRINT = {1706.03762}" in out and "EPRINTTYPE = {arXiv}" in out


def test_ris_carries_the_identifier_in_zoteros_extra_and_reads_it_back() -> None:
    text = ris.write([_preprint()])
    assert "TY  - EJOUR" in text and "M2  - arXiv: 1706.03762" in text
    back = ris.read(text).records[0]
    assert (back.type, back.number, back.note) == ("article", "arXiv:1706.03762", None)


def test_a_ris_article_keeps_its_other_extra_lines() -> None:
    text = ("TY  - EJOUR\nTI  - Efficient Estimation of Word Representations in Vector Space\n"
            "AU  - Mikolov, Tomas\nPY  - 2013\nM2  - arXiv: 1301.3781\nM2  - Read for the seminar\n"
            "ER  - \n")
    back = ris.read(text).records[0]
    assert (back.number, back.note) == ("arXiv:1301.3781", "Read for the seminar")
