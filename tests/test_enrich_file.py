"""`enrich_file` / `enrich_text`: fields added in each entry's own style, nothing else touched."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from bibtexparser.entrypoint import parse_string

from biblio.formats import from_extension
from biblio.inplace import FileEnrichment, Lookup, enrich_file, enrich_text
from biblio.problems import BiblioError
from test_enrich_file_support import BIBFILES, Edition, TableLookup, not_found

ALL_FILES = sorted(p.name for p in BIBFILES.iterdir() if p.suffix in (".bib", ".ris", ".json"))
GOOD_FILES = [name for name in ALL_FILES if not name.startswith("broken")]


def read(name: str) -> str:
    return (BIBFILES / name).read_bytes().decode("utf-8")


def enrich(name: str, lookup: Lookup | None = None, **options: Any) -> FileEnrichment:
    fmt = from_extension(name)
    assert fmt is not None
    return enrich_text(read(name), fmt, lookup or TableLookup(), source=name, **options)


def only_additions(old: str, new: str) -> str:
    """The text added to `old`; fails if anything of `old` was changed or removed."""
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    added: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        assert tag in ("insert", "replace"), (tag, a[i1:i2])
        before, after = "".join(a[i1:i2]), "".join(b[j1:j2])
        chars = difflib.SequenceMatcher(None, before, after, autojunk=False)
        for op, k1, k2, m1, m2 in chars.get_opcodes():
            assert op in ("equal", "insert"), (op, before[k1:k2], after[m1:m2])
            if op == "insert":
                added.append(after[m1:m2])
    return "".join(added)


FIELD_PATTERNS = {
    ".bib": r"[A-Za-z-]+\s*=",
    ".ris": r"(?m)^[A-Z][A-Z0-9]  - ",
    ".json": r'"[^"]+":',
}


@pytest.mark.parametrize("name", ALL_FILES)
def test_not_found_everywhere_gives_the_same_bytes(name: str) -> None:
    result = enrich(name, not_found)
    assert result.text == read(name)
    assert not result.changed and result.diff() == ""
    assert result.filled == [] and result.conflicts == []


@pytest.mark.parametrize("name", [n for n in GOOD_FILES if n != "tugboat-excerpt.bib"])
def test_answered_lookups_only_add_fields(name: str) -> None:
    result = enrich(name)
    added = only_additions(read(name), result.text)
    assert result.filled, "the table answers at least one book of every file"
    fields = re.findall(FIELD_PATTERNS[name[name.rindex("."):]], added)
    assert len(fields) == len(result.filled)


def test_tugboat_articles_are_not_looked_up() -> None:
    lookup = TableLookup()
    result = enrich("tugboat-excerpt.bib", lookup)
    assert lookup.asked == [] and result.text == read("tugboat-excerpt.bib")
    assert result.entries == 10


def test_zotero_style_bibtex_gets_tabs_braces_and_trailing_comma() -> None:
    text = enrich("styles.bib").text
    assert "@book{deutscher_prophet_1954,\n" \
        "\taddress = {London},\n" \
        "\ttitle = {The {Prophet} {Armed}: {Trotsky}, 1879--1921},\n" \
        "\tpublisher = {Verso},\n" \
        "\tauthor = {Deutscher, Isaac},\n" \
        "\tyear = {1954},\n" \
        "\tpagetotal = {538},\n" \
        "\tisbn = {978-1-85984-441-0 1-85984-441-3},\n" \
        "}\n" in text


def test_aligned_equals_signs_stay_aligned() -> None:
    text = enrich("styles.bib").text
    assert "  title     = {What Is History?},\n" \
        "  edition   = {2},\n" \
        "  year      = {1961},\n" \
        "  pagetotal = {188},\n" in text
    assert "  publisher = {Macmillan},\n  address   = {Harmondsworth},\n}" in text


def test_one_line_entry_stays_on_one_line_with_bare_numbers() -> None:
    text = enrich("styles.bib").text
    assert "@book{hobsbawm1962, author = {Eric Hobsbawm}, title = {The Age of Revolution: " \
        "Europe 1789--1848}, publisher = {Vintage Books}, address = {New York}, year = 1962, " \
        "pagetotal = 356, isbn = {978-0-679-77253-8 0-679-77253-7}}\n" in text


def test_quotes_parentheses_macros_and_no_trailing_comma() -> None:
    text = enrich("styles.bib").text
    assert "@Book(thompson1963,\n" \
        '    Author = "E. P. Thompson",\n' \
        '    Title = "The Making of the English " # "Working Class",\n' \
        "    Publisher = gollancz,\n" \
        '    Address = "London",\n' \
        "    Year = 1963,\n" \
        "    Pagetotal = 958,\n" \
        '    ISBN = "978-0-14-013603-6 0-14-013603-7"\n' \
        ")\n" in text


def test_articles_are_not_looked_up() -> None:
    lookup = TableLookup()
    enrich("styles.bib", lookup)
    assert "hobsbawm1952" not in {r.id for r in lookup.asked}
    assert {r.id for r in lookup.asked} == {"deutscher_prophet_1954", "Carr1961",
                                             "hobsbawm1962", "thompson1963", "braudel1949"}


def test_a_different_existing_value_is_a_conflict_not_an_overwrite() -> None:
    result = enrich("styles.bib")
    conflict = next(c for c in result.conflicts if c.label == "Carr1961" and c.var == "publisher")
    assert (conflict.existing, conflict.found) == ("Macmillan", "Penguin Books")
    assert conflict.source.provider == "openlibrary" and conflict.source.key == "/books/OL1867470M"
    assert conflict.line == 17
    assert "publisher = {Macmillan}" in result.text
    assert "--overwrite publisher" in str(conflict)


def test_overwrite_replaces_only_the_named_field_in_place() -> None:
    result = enrich("styles.bib", overwrite={"publisher"})
    assert "  publisher = {Penguin Books},\n" in result.text
    assert "    Publisher = \"Penguin Books\",\n" in result.text  # the macro use is replaced
    replaced = [f for f in result.filled if f.replaced is not None]
    assert {(f.label, f.replaced) for f in replaced} == {("Carr1961", "Macmillan"),
                                                         ("thompson1963", "Victor Gollancz")}
    assert all(c.var != "publisher" for c in result.conflicts)
    assert any(c.var == "issued" for c in result.conflicts)


def test_overwriting_the_year_keeps_the_cited_year_as_original_date() -> None:
    result = enrich("styles.bib", overwrite={"issued"})
    assert "\tyear = {2003},\n\torigdate = {1954},\n" in result.text
    without = enrich("styles.bib")
    assert "origdate" not in without.text  # the cited year stays the entry's year


def test_fields_limit_what_is_filled() -> None:
    result = enrich("styles.bib", fields=("ISBN",))
    assert {f.var for f in result.filled} == {"ISBN"}
    assert {c.var for c in result.conflicts} == set()


def test_agreeing_values_are_neither_filled_nor_conflicts() -> None:
    lookup = TableLookup(editions={"prophet armed": Edition(
        "Verso", "London", 1954, "538", "9781859844410")})
    result = enrich("styles.bib", lookup)
    assert [c.var for c in result.conflicts] == []
    assert [f.var for f in result.filled] == ["publisher", "number-of-pages", "ISBN"]


def test_entries_already_complete_are_not_looked_up() -> None:
    lookup = TableLookup()
    enrich("biblatex-examples-excerpt.bib", lookup, fields=("publisher",))
    asked = {r.id for r in lookup.asked}
    assert "aristotle:anima" not in asked  # publisher = cup (a macro) counts as present
    assert "kullback" not in asked


def test_biblatex_entries_get_bare_numbers_and_report_conflicts() -> None:
    result = enrich("biblatex-examples-excerpt.bib")
    entry = result.text[result.text.index("@book{kullback"):]
    entry = entry[:entry.index("\n}\n")]
    assert "  year         = 1959,\n  pagetotal    = 399,\n" \
        "  isbn         = {978-0-486-69684-3 0-486-69684-7},\n" in entry
    assert "  publisher    = {John Wiley \\& Sons},\n  location     = {New York},\n" in entry
    conflicts = {(c.var, c.existing, c.found) for c in result.conflicts if c.label == "kullback"}
    assert conflicts == {("publisher", "John Wiley & Sons", "Dover Publications"),
                         ("publisher-place", "New York", "Mineola, NY"),
                         ("issued", "1959", "1997")}


def test_beebe_placeholder_pages_are_filled_in_place() -> None:
    lookup = TableLookup(editions={"der frühdruck im deutschen südwesten, 1473-1500": Edition(
        "Württembergische Landesbibliothek", "Stuttgart", 1979, "303", "9783777279299")})
    result = enrich("beebe-printing-history-excerpt.bib", lookup)
    entry = result.text[result.text.index("@Book{Amelung:1979:FID"):]
    assert '  pages =        "303",\n' in entry[:entry.index("\n}\n")]
    assert [(f.field, f.value) for f in result.filled] == [("pages", "303")]


def test_beebe_isbn_with_volume_note_agrees_with_the_plain_isbn() -> None:
    lookup = TableLookup(editions={"der frühdruck im deutschen südwesten, 1473-1500": Edition(
        "Württembergische Landesbibliothek", "Stuttgart", 1979, "303", "3777279293")})
    result = enrich("beebe-printing-history-excerpt.bib", lookup)
    assert [c.var for c in result.conflicts] == []


def test_non_ascii_values_are_latex_encoded_in_an_ascii_file() -> None:
    lookup = TableLookup(editions={"what is history?": Edition(
        "Éditions La Découverte", "Bruxelles & Liège", 1988, "222", "9782707117229")})
    text = enrich("styles.bib", lookup).text
    assert "  address   = {Bruxelles \\& Li{\\`e}ge},\n" in text
    assert text.isascii()


def test_ris_tags_go_before_er_with_crlf() -> None:
    result = enrich("zotero-export.ris")
    text = result.text
    assert "ST  - What is history?\r\nKW  - Historiography\r\nKW  - History -- Philosophy\r\n" \
        "N1  - The George Macaulay Trevelyan lectures delivered in the University of " \
        "Cambridge, January-March 1961\r\nET  - 2\r\nPB  - Penguin Books\r\nCY  - Harmondsworth" \
        "\r\nSP  - 188\r\nSN  - 978-0-14-013584-8 0-14-013584-7\r\nER  - \r\n" in text
    assert "\n" not in text.replace("\r\n", "")
    assert text.count("TY  - ") == 6 and text.count("ER  - ") == 6


def test_ris_journal_articles_and_chapters_are_left_alone() -> None:
    lookup = TableLookup()
    enrich("zotero-export.ris", lookup)
    assert [r.title for r in lookup.asked] == [
        "The prophet armed", "What is history?", "The age of revolution",
        "The making of the English working class"]


def test_zotero_csl_json_gets_tab_indented_keys_beside_neighbours() -> None:
    text = enrich("zotero-export.json").text
    assert '\t\t"publisher-place": "London",\n' \
        '\t\t"number-of-pages": "538",\n' \
        '\t\t"ISBN": "978-1-85984-441-0 1-85984-441-3",\n' \
        '\t\t"title": "The prophet armed: Trotsky, 1879-1921",\n' in text
    items = json.loads(text)
    original = json.loads(read("zotero-export.json"))
    for new, old in zip(items, original, strict=True):
        assert {k: new[k] for k in old} == old
        assert list(new)[:2] == ["id", "type"]


def test_sorted_ascii_csl_json_stays_sorted_and_escaped() -> None:
    lookup = TableLookup(editions={"prophet armed": Edition(
        "Verso", "Zürich", 2003, "538", "9781859844410")})
    text = enrich("sorted-ascii.json", lookup, overwrite={"publisher-place"}).text
    assert text.isascii()
    first = json.loads(text)[0]
    assert list(first) == sorted(first)
    assert first["publisher-place"] == "Zürich"
    assert '"publisher-place": "Z\\u00fcrich"' in text


def test_one_line_csl_items_stay_on_one_line() -> None:
    text = enrich("one-per-line.json").text
    lines = text.splitlines()
    assert len(lines) == 4
    assert lines[1] == (
        '  {"id": "deutscher1954", "type": "book", "title": "The Prophet Armed", '
        '"publisher": "Verso", "publisher-place": "London", "number-of-pages": "538", '
        '"ISBN": "978-1-85984-441-0 1-85984-441-3", "author": [{"family": "Deutscher", '
        '"given": "Isaac"}], "issued": {"date-parts": [[1954]]}},')


def test_original_date_in_csl_json_follows_the_file_layout() -> None:
    lookup = TableLookup(editions={"prophet armed": Edition(
        "Verso", "London", 2003, "538", "9781859844410")})
    text = enrich("zotero-export.json", lookup, overwrite={"issued"}).text
    assert '\t\t"original-date": {\n\t\t\t"date-parts": [\n\t\t\t\t[\n\t\t\t\t\t1954\n' \
        '\t\t\t\t]\n\t\t\t]\n\t\t},\n' in text
    compact = enrich("one-per-line.json", lookup, overwrite={"issued"}).text
    assert '"original-date": {"date-parts": [[1954]]}' in compact


def test_zotero_original_date_in_note_counts_as_present() -> None:
    lookup = TableLookup(editions={"méditerranée et le monde méditerranéen à l'époque de "
                                   "philippe ii": Edition("Armand Colin", "Paris", 1966, "589",
                                                          "9782200371654")})
    result = enrich("zotero-export.json", lookup, overwrite={"issued"})
    assert not any(f.var == "original-date" for f in result.filled)


def test_enrich_file_writes_output_and_refuses_unknown_formats(tmp_path: Path) -> None:
    source = tmp_path / "refs.bib"
    source.write_bytes((BIBFILES / "styles.bib").read_bytes())
    out = tmp_path / "out.bib"
    result = enrich_file(source, TableLookup(), output=out)
    assert out.read_text() == result.text != source.read_text()
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    with pytest.raises(BiblioError, match=r"cannot (edit|tell)"):
        enrich_file(notes, TableLookup())


def test_enriched_bibtex_parses_to_the_same_entries_plus_new_fields() -> None:
    old_text = read("beebe-printing-history-excerpt.bib")
    lookup = TableLookup(editions={"scythe and the rabbit": Edition(
        "RIT Cary Graphic Arts Press", "Rochester, NY", 2012, "288", "9781933360560",
        edition="1")})
    new_text = enrich("beebe-printing-history-excerpt.bib", lookup).text
    old, new = parse_string(old_text), parse_string(new_text)
    assert [b.raw for b in old.strings] == [b.raw for b in new.strings]
    assert [b.raw for b in old.preambles] == [b.raw for b in new.preambles]
    for a, b in zip(old.entries, new.entries, strict=True):
        extra = {k: v.value for k, v in b.fields_dict.items() if k not in a.fields_dict}
        assert {k: v.value for k, v in a.fields_dict.items()} == \
            {k: v.value for k, v in b.fields_dict.items() if k in a.fields_dict}
        if a.key == "Amert:2012:SRS":
            assert extra == {"edition": "1"}
        else:
            assert extra == {}


@pytest.mark.parametrize("name", GOOD_FILES + ["broken-middle.bib"])
def test_diff_is_what_diff_u_prints(name: str) -> None:
    for overwrite in ((), ("issued", "publisher")):
        result = enrich(name, overwrite=overwrite)
        expected = "".join(difflib.unified_diff(
            result.original.splitlines(keepends=True), result.text.splitlines(keepends=True),
            fromfile=name, tofile=name))
        assert result.diff() == expected
