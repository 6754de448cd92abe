"""The fast .bib splitter: the blocks bibtexparser's splitter finds, with right line numbers."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from bibtexparser.library import Library
from bibtexparser.model import (
    Block,
    DuplicateBlockKeyBlock,
    Entry,
    ImplicitComment,
    ParsingFailedBlock,
    String,
)
from bibtexparser.splitter import Splitter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.formats import bibtex
from biblio.formats.bibtex_split import split

BIBFILES = Path(__file__).parent / "data" / "bibfiles"
TEXLIVE = Path("/usr/share/texlive/texmf-dist/bibtex/bib")

# Every kind of block and value, regular and not, in one file.
ODD = r"""% A header with an address: someone@example.org {not a block}
@string{ox = "Oxford"}
@STRING{oup = ox # " University Press"}
@preamble{"\newcommand{\noopsort}[1]{}"}
@comment{This is {ignored}, all of it}
@book{plain,
  author = {Deutscher, Isaac},
  title = {The {Prophet} {Armed}: Trotsky, 1879--1921},
  publisher = oup,
  year = 1954,
  month = jun # "~15",
}
@Article{quoted, title = "A {"}quoted{"} word and {braces {deep {deeper}}}", year = "2001"}
@misc{escaped, note = {a \{ and a \} and \#1 and 50\%}}
@book(paren, title = {Parenthesised})
@book{deep, title = {one {two {three {four {five}}}}}}
@book{dupfield, title = {A}, title = {B}}
@book{plain, title = {Same key again}}
@book{nofields}
@book{broken, title = {Unclosed
@book{after, title = {After the broken one}, note = {mail me@example.org}}
@book{two, title = {Two}} @book{one_line, title = {On one line}}
  @incollection{indented,
    title = {Indented},
    booktitle = {With, commas},
  }
@COMMENTED{notanentry, title = {x}}
@book{last, title = {No newline at the end}}"""


def _signature(library: Library) -> list[tuple[object, ...]]:
    """What biblio reads of each block (not implicit comments or line numbers)."""
    out: list[tuple[object, ...]] = []
    for block in library.blocks:
        if isinstance(block, ImplicitComment):
            continue
        if isinstance(block, Entry):
            fields = tuple((f.key, f.value) for f in block.fields)
            out.append(("entry", block.entry_type, block.key, fields))
        elif isinstance(block, String):
            out.append(("string", block.key, block.value))
        elif isinstance(block, DuplicateBlockKeyBlock):
            out.append(("duplicate", block.key))
        else:
            out.append((type(block).__name__, (block.raw or "").strip()))
    return out


def _bibtexparser(text: str) -> Library:
    logging.getLogger("bibtexparser").disabled = True
    try:
        return Splitter(text).split()
    finally:
        logging.getLogger("bibtexparser").disabled = False


@pytest.mark.parametrize("name", ["odd", *sorted(p.name for p in BIBFILES.glob("*.bib"))])
def test_the_blocks_are_the_ones_bibtexparser_finds(name: str) -> None:
    text = ODD if name == "odd" else (BIBFILES / name).read_text(encoding="utf-8")
    assert _signature(split(text)) == _signature(_bibtexparser(text))


def _lines_point_at_their_blocks(text: str, blocks: list[Block]) -> None:
    lines = text.split("\n")
    for block in blocks:
        if isinstance(block, ImplicitComment) or block.start_line is None:
            continue
        first_line = (block.raw or "").strip().split("\n")[0]
        assert first_line in lines[block.start_line], block.raw


def test_line_numbers_are_those_of_each_block_start() -> None:
    library = split(ODD)
    _lines_point_at_their_blocks(ODD, library.blocks)
    failed = [b for b in library.blocks if isinstance(b, ParsingFailedBlock)]
    assert [(b.start_line, (b.raw or "").split("\n")[0]) for b in failed if b.raw] == [
        (16, "@book{dupfield, title = {A}, title = {B}}"),
        (17, "@book{plain, title = {Same key again}}"),
        (19, "@book{broken, title = {Unclosed"),
    ]


def test_a_quote_inside_braces_does_not_end_a_quoted_value() -> None:
    # bibtexparser 2.1 cuts this value at the brace-protected quote, losing
    # the rest of the entry; BibTeX and biber read it whole.
    text = '@book{k, subtitle = "f{\\"u}r zeitgem{"a}{\\ss} Schaffende", year = "1991"}\n'
    [entry] = split(text).entries
    assert [(f.key, f.value) for f in entry.fields] == [
        ("subtitle", '"f{\\"u}r zeitgem{"a}{\\ss} Schaffende"'),
        ("year", '"1991"'),
    ]


@pytest.mark.parametrize("text", [
    '@book{k,\n  title = "{\\}",\n  title = "\\{abc}"\n}',
    '@book{k,\n  title = "{\\{}",\n  title = "\\}"\n}',
])
def test_a_backslashed_brace_in_quotes_does_not_carry_the_value_into_the_next_field(
        text: str) -> None:
    # Found by the property test below: a group inside quotes ran past the
    # quote that ends the value, and one field swallowed the next.
    assert _signature(split(text)) == _signature(_bibtexparser(text))


@pytest.mark.skipif(not TEXLIVE.is_dir(), reason="texlive-bibtex-extra is not installed")
def test_every_texlive_bibliography_splits_with_right_line_numbers() -> None:
    entries = 0
    for path in sorted(TEXLIVE.rglob("*.bib")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        library = split(text)
        _lines_point_at_their_blocks(text, library.blocks)
        entries += len(library.entries)
    assert entries > 10_000


def test_an_unclosed_entry_is_reported_as_cut_short_by_the_next() -> None:
    text = "@book{broken, title = {Unclosed\n\n@book{good, title = {Good}}\n"
    result = bibtex.read(text, "refs.bib")
    assert [r.id for r in result.records] == ["good"]
    [problem] = result.problems
    assert problem.line == 1
    assert "Unexpected block start: `@book`" in problem.message


# Text inside values: LaTeX, escapes, and characters the splitters treat specially.
_ATOMS = st.sampled_from([
    "abc", " ", "X Y", "\\#", "\\{", "\\}", '\\"', '{"}', "\\", "%", "@", "a@b", ",",
    "=", "#", "\n", "(", ")", "{\\'e}", "~", "--",
])
_INNER = st.recursive(_ATOMS, lambda inner: st.builds("{{{}}}".format, inner), max_leaves=8)
_TEXT = st.lists(_INNER, max_size=5).map("".join)
_PLAIN = st.one_of(
    _TEXT.map("{{{}}}".format),
    # A quote in braces inside quotes is where bibtexparser errs (see above).
    _TEXT.map(lambda t: '"' + t.replace('"', "") + '"'),
    st.sampled_from(["jan", "1999", "ox", "x-y"]),
)
_VALUE = st.lists(_PLAIN, min_size=1, max_size=3).map(" # ".join)
_FIELDS = st.lists(
    st.tuples(st.sampled_from(["title", "author", "year", "note", "x"]), _VALUE), max_size=5
).map(lambda fields: ",\n".join(f"  {name} = {value}" for name, value in fields))
_BLOCK = st.builds(
    "{}k,\n{}{}\n{}".format,
    st.sampled_from(["@book{", "@article{", "@misc(", "@string{", " @book{", "@comment{"]),
    _FIELDS, st.sampled_from(["", ","]), st.sampled_from(["}", "}", ")"]),
)
_FILE = st.builds("{}{}".format, st.sampled_from(["", "comment\n", "@ home\n"]),
                  st.lists(_BLOCK, min_size=1, max_size=4).map("\n".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_FILE)
def test_generated_files_split_as_bibtexparser_splits_them(text: str) -> None:
    assert _signature(split(text)) == _signature(_bibtexparser(text))
