"""A field given twice: the entry is kept with the first value, as BibTeX keeps it.

BibTeX warns "I'm ignoring KEY's extra "FIELD" field --line N" and keeps the
first value; biblio says the same as a warning on the repeat's line.  (pandoc
and biber keep the last value, without a word.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bibtexparser.model import DuplicateFieldKeyBlock

from biblio.formats import bibtex
from biblio.formats.bibtex_split import split
from biblio.problems import errors

TUGBOAT = Path("/usr/share/texlive/texmf-dist/bibtex/bib/beebe/tugboat.bib")

# The same entry read by the splitter's regex, and by bibtexparser (a
# parenthesised entry is not one the regex takes).
REPEATED = {
    "braces": "@book{deutscher1954,\n  title = {The Prophet Armed},\n  year = 1954,\n"
              "  title = {The Prophet Unarmed},\n}\n",
    "parentheses": "@book(deutscher1954,\n  title = {The Prophet Armed},\n  year = 1954,\n"
                   "  title = {The Prophet Unarmed},\n)\n",
}


@pytest.mark.parametrize("form", sorted(REPEATED))
def test_the_first_value_is_kept_with_a_warning_on_the_repeat_line(form: str) -> None:
    result = bibtex.read("% refs\n\n" + REPEATED[form], "refs.bib")
    [record] = result.records
    assert (record.id, record.title, record.issued and record.issued.year) == (
        "deutscher1954", "The Prophet Armed", 1954)
    [warning] = result.problems
    assert warning.warning and not errors(result.problems)
    assert str(warning) == ("refs.bib:6: warning: entry deutscher1954: field title given twice; "
                            "the first value is kept")


def test_names_differing_only_in_case_are_the_same_field() -> None:
    # bibtexparser takes Title for another field; BibTeX does not.
    text = "@book{k,\n  Title = {First},\n  TITLE = {Second},\n  title = {Third},\n}\n"
    [block] = split(text).blocks
    assert isinstance(block, DuplicateFieldKeyBlock)
    result = bibtex.read(text, "refs.bib")
    assert [r.title for r in result.records] == ["First"]
    assert [(p.line, p.message) for p in result.problems] == [
        (3, "entry k: field TITLE given twice; the first value is kept"),
        (4, "entry k: field title given twice; the first value is kept")]


@pytest.mark.parametrize("repeat_first", [True, False])
def test_an_entry_with_a_repeated_field_still_counts_for_duplicate_keys(
        repeat_first: bool) -> None:
    repeat = "@book{k, title = {A}, title = {B}}\n"
    plain = "@book{k, title = {C}}\n"
    text = repeat + plain if repeat_first else plain + repeat
    result = bibtex.read(text, "refs.bib")
    assert [r.id for r in result.records] == ["k", ""]  # the second gets a new key
    assert any("duplicate key 'k'" in p.message for p in errors(result.problems))


def test_a_missing_comma_is_still_an_error() -> None:
    text = "@book{k,\n  title = {A}\n  year = 1999,\n  title = {B},\n}\n"
    result = bibtex.read(text, "refs.bib")
    assert not result.records
    assert "a missing comma?" in errors(result.problems)[0].message


@pytest.mark.skipif(not TUGBOAT.exists(), reason="needs texlive-bibtex-extra")
def test_tugboat_warns_where_bibtex_does() -> None:
    # bibtex on tugboat.bib: "I'm ignoring Anonymous:TB10-3-445's extra "bibsource"
    # field --line 21140", and so on for the four repeats.
    result = bibtex.read(TUGBOAT.read_text(encoding="utf-8"), "tugboat.bib")
    assert len(result.records) == 4839
    assert [(p.line, p.message) for p in result.problems] == [
        (line, f"entry {key}: field {name} given twice; the first value is kept")
        for line, key, name in [
            (21140, "Anonymous:TB10-3-445", "bibsource"),
            (21144, "Anonymous:TB10-3-445", "acknowledgement"),
            (21164, "Anonymous:TB10-3-461", "bibsource"),
            (21168, "Anonymous:TB10-3-461", "acknowledgement"),
        ]
    ]
