"""One line never costs the document."""

from __future__ import annotations

import json

import biblio
from biblio import parse_citation
from biblio.parse.parsed import Parsed

NOTES = """Further reading
Reds (1981), with Warren Beatty
Isaac Deutscher, The Prophet Armed (1954)
Yevgeny Zamyatin, We (1921)
"""


def test_a_with_clause_without_authors_leaves_a_serialisable_record() -> None:
    # Once a whole page was lost to "Object of type Name is not JSON serializable".
    for line in ("Reds (1981), with Warren Beatty", "Some Title (1999), with John Smith"):
        record = parse_citation(line).record
        json.dumps(record.to_csl())
        assert not record.author


def test_with_joins_the_authors_when_there_are_some() -> None:
    record = parse_citation("Factfulness by Hans Rosling, with Ola Rosling (2018)").record
    assert [n.given for n in record.author] == ["Hans", "Ola"]


def test_a_fault_on_one_line_is_that_line_s_report_entry() -> None:
    def fragile(text: str) -> Parsed:
        if "Deutscher" in text:
            raise ValueError("boom")
        return parse_citation(text)

    outcomes = list(biblio.iter_extract(NOTES, "text", parse=fragile))
    by_line = {o.line: o for o in outcomes}
    assert by_line[3].reason == "could not be read (ValueError: boom)"
    assert by_line[3].status == "rejected"
    assert [c.record.title for c in by_line[4].citations] == ["We"]
    assert by_line[2].citations  # the line before is read as usual
