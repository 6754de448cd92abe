"""Real files from tests/data, broken at random: every reader reports, none raises.

Each example truncates a file, inserts bytes, deletes one brace / bracket / hyphen /
angle bracket / quote, or repeats a line.  Reading must give records and
`Problem`s (a `BiblioError` at most), quickly; and for the bibliography
formats, whose records end where the next begins, every record that ended
before the damaged line must come through unchanged.
"""

from __future__ import annotations

import time
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.io import read_bytes
from biblio.problems import BiblioError, ReadResult

DATA = Path(__file__).parent / "data"
BIBLIOGRAPHIES = [
    "bibfiles/zotero-export.json", "bibfiles/one-per-line.json", "bibfiles/zotero-export.ris",
    "bibfiles/biblatex-examples-excerpt.bib",
]
NOTES = [
    ("notes/long-read-history-112.md", "markdown"), ("notes/long-read-history-112.md", "text"),
    ("notes/deep-time-45.html", "html"), ("notes/money-talks-back.xml", "feed"),
]
_JUNK = st.one_of(
    st.binary(min_size=1, max_size=8),
    st.sampled_from([
        b"\x00", b"\xef\xbb\xbf", b"\xff", b"\r", b"{", b"}", b"[", b"]", b"<", b"&", b'"',
        b"]]>", b"<![CDATA[", b"<!--", b"&nbsp;", b"<!DOCTYPE x [<!ENTITY a 'b'>]>",
        b"@book{", b"@string{a = {", b"TY  - ", b"ER  - \n", b"\n\n", b"1e999", b"[[[[[[",
    ]),
)
_STRUCTURE = b'{}[]<>"-'  # the hyphen of RIS tag lines
_SETTINGS = settings(max_examples=40, deadline=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def _mutations(draw: st.DrawFn, data: bytes) -> tuple[bytes, int]:
    """`data` broken once, and the offset where the damage starts."""
    kind = draw(st.sampled_from(["truncate", "insert", "delete", "duplicate"]))
    if kind == "truncate":
        pos = draw(st.integers(0, len(data) - 1))
        return data[:pos], pos
    if kind == "insert":
        pos = draw(st.integers(1, len(data)))  # not before a leading BOM-like prefix
        return data[:pos] + draw(_JUNK) + data[pos:], pos
    if kind == "delete":
        spots = [i for i, byte in enumerate(data) if byte in _STRUCTURE]
        pos = draw(st.sampled_from(spots))
        return data[:pos] + data[pos + 1:], pos
    lines = data.split(b"\n")
    index = draw(st.integers(0, len(lines) - 1))
    pos = sum(len(line) + 1 for line in lines[:index])
    return b"\n".join(lines[:index + 1] + lines[index:]), pos


def _read(data: bytes, name: str, fmt: str | None) -> ReadResult | None:
    start = time.perf_counter()
    try:
        result = read_bytes(data, name, fmt)
    except BiblioError:
        return None
    assert time.perf_counter() - start < 5.0
    lines = data.count(b"\n") + data.count(b"\r") + 1
    for problem in result.problems:
        assert problem.source == name and problem.message
        assert problem.line is None or 1 <= problem.line <= lines, str(problem)
    return result


@pytest.mark.parametrize("name", BIBLIOGRAPHIES)
@_SETTINGS
@given(data=st.data())
def test_broken_bibliography_keeps_the_records_before_the_damage(name: str,
                                                                  data: st.DataObject) -> None:
    original = (DATA / name).read_bytes()
    broken, pos = data.draw(_mutations(original))
    result = _read(broken, name, None)
    if result is None:
        return
    before = read_bytes(original, name).records
    damaged_line = original[:pos].count(b"\n") + 1
    # A record is untouched when the next one starts on a line before the damage.
    kept = [rec.title for rec, after in pairwise(before)
            if after.origin and (after.origin.line or 0) < damaged_line]
    assert [rec.title for rec in result.records][: len(kept)] == kept


@pytest.mark.parametrize(("name", "fmt"), NOTES)
@_SETTINGS
@given(data=st.data())
def test_broken_notes_are_read_line_by_line(name: str, fmt: str, data: st.DataObject) -> None:
    original = (DATA / name).read_bytes()
    broken, _ = data.draw(_mutations(original))
    result = _read(broken, name, fmt)
    assert result is not None  # notes have no structure to refuse
    for line in result.lines:
        assert line.status in ("record", "rejected", "error", "warning")
        assert line.line is None or line.line >= 1
