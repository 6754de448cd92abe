"""Whole real bibliographies from TeX Live (texlive-bibtex-extra); skipped where not installed.

Nelson H. F. Beebe's tugboat.bib (4,800 entries, @Preamble, @String, two
entries with a field given twice) and printing-history.bib (books, "????"
placeholders), and biblatex's biblatex-examples.bib.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string

from biblio.inplace import enrich_text
from biblio.lookup.merge import Proposal, normalise
from biblio.lookup.result import Enrichment, ScoredCandidate, proposed
from biblio.model import FieldSource, Record
from test_enrich_file_support import (
    BIBLATEX_EXAMPLES,
    PRINTING_HISTORY,
    TUGBOAT,
    Edition,
    TableLookup,
    not_found,
)


def text_of(path: Path) -> str:
    if not path.exists():
        pytest.skip(f"{path} not installed (Debian package texlive-bibtex-extra)")
    return path.read_text(encoding="utf-8")


def same_edition(record: Record) -> Enrichment:
    """Every book found, agreeing with what the entry says, adding what it lacks."""
    edition = Edition(record.publisher or "Dover Publications", record.publisher_place or
                      "New York", record.year or 2000, "321",
                      record.isbn or "9780486696843", edition="1")
    candidate = edition.candidate()
    proposal = Proposal()
    for var in ("ISBN", "publisher", "publisher-place", "number-of-pages", "edition"):
        proposal.propose(var, normalise(var, candidate.record.get(var)),
                         FieldSource("openlibrary", edition.key, 0.9))
    return proposed(record, proposal, confidence=0.9, chosen=ScoredCandidate(candidate, 0.9))


def test_tugboat_without_answers_is_byte_identical() -> None:
    text = text_of(TUGBOAT)
    lookup = TableLookup()
    result = enrich_text(text, "bibtex", lookup, source="tugboat.bib")
    assert result.text == text
    assert result.entries == 4837 and lookup.asked == []  # articles are never looked up
    assert [(p.line, p.text) for p in result.problems] == [
        (21126, "@Article{Anonymous:TB10-3-445,"), (21150, "@Article{Anonymous:TB10-3-461,")]


def test_biblatex_examples_without_answers_is_byte_identical() -> None:
    text = text_of(BIBLATEX_EXAMPLES)
    result = enrich_text(text, "bibtex", not_found)
    assert result.text == text and result.problems == []
    assert result.looked_up == 40  # its books, mvbooks, references…


def test_printing_history_answered_changes_only_missing_fields() -> None:
    text = text_of(PRINTING_HISTORY)
    result = enrich_text(text, "bibtex", same_edition, source="printing-history.bib")
    assert result.filled and [p.line for p in result.problems] == [13955, 15207]
    old, new = parse_string(text), parse_string(result.text)
    assert [b.raw for b in old.strings] == [b.raw for b in new.strings]
    assert [b.raw for b in old.preambles] == [b.raw for b in new.preambles]
    assert [b.raw for b in old.comments] == [b.raw for b in new.comments]
    assert [b.raw for b in old.failed_blocks] == [b.raw for b in new.failed_blocks]
    filled = {(f.label, f.field) for f in result.filled}
    for a, b in zip(old.entries, new.entries, strict=True):
        assert (a.key, a.entry_type) == (b.key, b.entry_type)
        for key, field in a.fields_dict.items():
            if field.value != b.fields_dict[key].value:
                assert field.value == "????" and (a.key, key) in filled
        added = [k for k in b.fields_dict if k not in a.fields_dict]
        assert all((a.key, k) in filled for k in added)
    placeholders = [f for f in result.filled if f.field == "pages"]
    assert len(placeholders) == 8  # every book whose page count was "????"
