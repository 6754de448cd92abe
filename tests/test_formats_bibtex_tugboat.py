"""TeX Live's tugboat.bib: every entry pandoc keeps, and LaTeX decoded as pylatexenc would."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

import biblio
from biblio.formats.bibtex_split import split
from biblio.formats.bibtex_values import evaluate
from biblio.formats.latex_text import _slow_decode, decode

TUGBOAT = Path("/usr/share/texlive/texmf-dist/bibtex/bib/beebe/tugboat.bib")
pytestmark = pytest.mark.skipif(not TUGBOAT.exists(), reason="needs texlive-bibtex-extra")


def test_every_entry_pandoc_keeps_is_kept() -> None:
    result = biblio.read(TUGBOAT)
    assert len(result.records) == 4839
    repeated = [p for p in result.problems if "given twice" in p.message]
    assert repeated and all(p.warning for p in repeated)
    assert not [p for p in result.problems if not p.warning]
    if shutil.which("pandoc"):
        out = subprocess.run(["pandoc", "-f", "bibtex", "-t", "csljson", str(TUGBOAT)],
                             capture_output=True, text=True, check=True).stdout
        assert {item["id"] for item in json.loads(out)} == {r.id for r in result.records}


def test_a_repeated_field_keeps_its_first_value() -> None:
    [record] = biblio.loads("@book{k,\n  title = {First},\n  title = {Second},\n"
                            "  year = 1999,\n}\n", "bibtex")
    assert record.title == "First"


def test_the_fast_decoder_agrees_with_pylatexenc_on_real_values() -> None:
    # The fast path covers TeX logos and macros pylatexenc knows nothing of (a journal's
    # own \acro, \Dash, {\it …}); on every such value of the file both must agree.
    blocks = split(TUGBOAT.read_text(encoding="utf-8")).blocks
    values = [evaluate(str(f.value), {}) for block in blocks
              for f in getattr(block, "fields", []) or [] if "\\" in str(f.value)]
    assert len(values) > 1000
    for value in values:
        if "$" not in value and "\\\\" not in value:
            assert decode(value) == _slow_decode(" ".join(value.split())), value
