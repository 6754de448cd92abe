"""Broken entries mid-file: kept byte for byte and reported by line; the rest is enriched."""

from __future__ import annotations

from biblio.inplace import enrich_text
from test_enrich_file_support import BIBFILES, TableLookup


def read(name: str) -> str:
    return (BIBFILES / name).read_text(encoding="utf-8")


def block(text: str, start: str, end: str) -> str:
    at = text.index(start)
    return text[at:text.index(end, at) + len(end)]


def test_bibtex_broken_entries_are_kept_and_reported_with_lines() -> None:
    original = read("broken-middle.bib")
    result = enrich_text(original, "bibtex", TableLookup(), source="reading.bib")
    assert [(p.line, p.text) for p in result.problems] == [
        (11, "@book{deutscher1959,"),
        (17, "@book{deutscher1963"),
        (26, "@book{carr1961,"),
        (29, "@book{thompson1963,"),
    ]
    assert "missing ',' between fields" in result.problems[2].message
    assert "title" in result.problems[3].message
    assert str(result.problems[0]).startswith("reading.bib:11: entry could not be parsed")
    broken = block(original, "@book{deutscher1959,", "\n\n@book{hobsbawm1962")
    assert broken in result.text  # everything between the good entries, byte for byte
    assert {f.label for f in result.filled} == {"deutscher1954", "hobsbawm1962"}
    assert "  title = {The Age of Revolution},\n  publisher = {Vintage Books},\n" in result.text


def test_bibtex_problem_text_names_the_entry_when_the_key_is_known() -> None:
    result = enrich_text(read("broken-middle.bib"), "bibtex", TableLookup())
    assert result.problems[2].message.startswith("carr1961: ")


def test_ris_record_without_er_is_kept_and_the_next_ones_enriched() -> None:
    original = read("broken-middle.ris")
    result = enrich_text(original, "ris", TableLookup(), source="export.ris")
    assert [(p.line, p.message) for p in result.problems] == [
        (12, "record has no ER line before the next TY or the end of the file; kept as it is"),
        (31, "ER line outside a record (no TY before it); kept as it is"),
    ]
    unclosed = block(original, "TY  - BOOK\nTI  - The age of revolution", ".pdf\n")
    assert unclosed in result.text
    assert "ET  - 1\nPB  - Penguin Books\nCY  - London\nSP  - 958\n" \
        "SN  - 978-0-14-013603-6 0-14-013603-7\nER  - \n\nER  - \n" in result.text
    assert {f.value for f in result.filled if f.var == "publisher"} == {"Penguin Books"}


def test_csl_items_zotero_would_reject_are_kept_and_reported() -> None:
    original = read("broken-middle.json")
    result = enrich_text(original, "csl-json", TableLookup(), source="library.json")
    assert [(p.line, p.message) for p in result.problems] == [
        (24, "item has unknown CSL type 'Book'; kept as it is"),
        (45, "item has no id; kept as it is"),
    ]
    assert '"type": "Book",\n    "language": "en",\n    "source": "Open WorldCat",\n' \
        '    "title": "What is history?",' in result.text
    assert [f.label for f in result.filled] == [
        "http://zotero.org/users/local/kR8vQ2sT/items/7VJ3ZQ2M"] * 2


def test_invalid_json_keeps_the_rest_of_the_file_after_the_error() -> None:
    text = (
        '[\n'
        '  {"id": "carr1961", "type": "book", "title": "What Is History?"},\n'
        '  {"id": "deutscher1954", "type": "book", "title": "The Prophet Armed" "x": 1},\n'
        '  {"id": "thompson1963", "type": "book", "title": "The Making of the English Working '
        'Class"}\n'
        ']\n'
    )
    result = enrich_text(text, "csl-json", TableLookup(), source="hand.json")
    assert [(p.line, p.message.split(";")[0]) for p in result.problems] == [
        (3, "invalid JSON (Expecting ',' delimiter, column 72)")]
    lines = result.text.splitlines()
    assert lines[1].startswith('  {"id": "carr1961", "type": "book", "title": "What Is History?", '
                               '"edition": "2", "publisher": "Penguin Books"')
    assert lines[2:] == text.splitlines()[2:]


def test_csljson_nested_too_deep_is_kept_and_the_rest_enriched() -> None:
    # The reader's guard serves `biblio enrich` too: no RecursionError, nothing lost.
    deep = "[" * 100_000 + "]" * 100_000
    original = ('[\n{"id": "deep", "type": "book", "title": "X", "note": ' + deep + '},\n'
                '{"id": "hobsbawm1962", "type": "book", "title": "The Age of Revolution",'
                ' "author": [{"family": "Hobsbawm", "given": "Eric"}]}\n]\n')
    result = enrich_text(original, "csl-json", TableLookup(), source="refs.json")
    assert [(p.line, p.message) for p in result.problems] == [
        (2, "item nested more than 100 levels deep; kept as it is")]
    assert deep in result.text
    assert {f.label for f in result.filled} == {"hobsbawm1962"}
