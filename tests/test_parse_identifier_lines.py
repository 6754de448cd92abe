"""A line that gives an ISBN or a DOI always yields a record carrying it.

The identifier alone lets a lookup find the work, so however the rest of the
line reads (a sponsor-like sentence, a bare number, a half-parsed title) it is
never rejected, and the extractor keeps it outside reading lists too.
"""

from __future__ import annotations

import pytest

import biblio
from biblio import parse_citation


@pytest.mark.parametrize(("line", "isbn"), [
    ("Dune by Frank Herbert (1965) [ISBN 0441172717]", "9780441172719"),
    ("ISBN 978-0-14-018585-0", "9780140185850"),
    ("Frank Herbert, Dune (ISBN 978-0441172719)", "9780441172719"),
    ("get it here, 9780140185850, it is great", "9780140185850"),
])
def test_isbn_lines_are_books_with_their_isbn(line: str, isbn: str) -> None:
    parsed = parse_citation(line)
    assert parsed.is_citation
    assert parsed.record.type == "book"
    assert parsed.record.isbn == isbn


def test_a_full_reading_is_kept_when_the_line_also_reads_as_a_citation() -> None:
    record = parse_citation("Dune by Frank Herbert (1965) [ISBN 0441172717]").record
    assert (record.title, record.author[0].family, record.year) == ("Dune", "Herbert", 1965)


def test_doi_lines_keep_their_doi() -> None:
    parsed = parse_citation("Read this: https://doi.org/10.1038/nature12373 great paper")
    assert parsed.is_citation and parsed.record.doi == "10.1038/nature12373"


def test_an_identifier_alone_is_low_confidence() -> None:
    assert parse_citation("ISBN 978-0-14-018585-0").confidence < 0.6


def test_extraction_keeps_identifier_lines_outside_reading_lists() -> None:
    notes = ("We talked about lots of things today.\n\n"
             "ISBN 978-0-14-018585-0\n"
             "doi:10.1038/nature12373\n")
    found = biblio.extract(notes, "text")
    assert [(p.record.isbn, p.record.doi) for p in found] == [
        ("9780140185850", None), (None, "10.1038/nature12373")]


def test_identifier_only_records_get_keys_from_the_identifier() -> None:
    records = [p.record for p in biblio.extract("ISBN 978-0-14-018585-0\n", "text")]
    text = biblio.dumps(records, "bibtex")
    assert text.startswith("@book{isbn9780140185850,")


def test_a_number_that_is_not_an_isbn_is_not_a_citation() -> None:
    assert not parse_citation("Call us on 0441172718 today").is_citation  # bad checksum
