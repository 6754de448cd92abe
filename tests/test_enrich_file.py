"""`enrich_file` / `enrich_text`: fields added in each entry's own style, nothing else touched."""

from __future__ import annotations

import difflib
import json
import re
import shutil
import subprocess
from collections import Counter
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
        "\tyear = {2003},\n" \
        "\tpagetotal = {538},\n" \
        "\tisbn = {978-1-85984-441-0 1-85984-441-3},\n" \
        "}\n" in text


def test_aligned_equals_signs_stay_aligned() -> None:
    text = enrich("styles.bib").text
    assert "  title     = {What Is History?},\n" \
        "  edition   = {2},\n" \
        "  year      = {1990},\n" \
        "  pagetotal = {188},\n" \
        "  isbn      = {978-0-14-013584-8 0-14-013584-7},\n" \
        "  publisher = {Penguin},\n" \
        "  address   = {Harmondsworth},\n}" in text


def test_one_line_entry_stays_on_one_line_with_bare_numbers() -> None:
    text = enrich("styles.bib").text
    assert "@book{hobsbawm1962, author = {Eric Hobsbawm}, title = {The Age of Revolution: " \
        "Europe 1789--1848}, publisher = {Vintage Books}, address = {New York}, year = 1996, " \
        "pagetotal = 356, isbn = {978-0-679-77253-8 0-679-77253-7}}\n" in text


def test_quotes_parentheses_macros_and_no_trailing_comma() -> None:
    text = enrich("styles.bib").text
    assert "@Book(thompson1963,\n" \
        '    Author = "E. P. Thompson",\n' \
        '    Title = "The Making of the English " # "Working Class",\n' \
        "    Publisher = penguin,\n" \
        '    Address = "London",\n' \
        "    Year = 1991,\n" \
        "    Pagetotal = 958,\n" \
        '    ISBN = "978-0-14-013603-6 0-14-013603-7"\n' \
        ")\n" in text


def test_articles_are_not_looked_up() -> None:
    lookup = TableLookup()
    enrich("styles.bib", lookup)
    assert "hobsbawm1952" not in {r.id for r in lookup.asked}
    assert {r.id for r in lookup.asked} == {"deutscher_prophet_1954", "Carr1961",
                                             "hobsbawm1962", "thompson1963", "braudel1949"}


# The 1961 Macmillan first edition, as a file would cite it, against Penguin's 1990 one.
MACMILLAN = {"what is history?": Edition("Macmillan", "London", 1990, "188", "9780140135848",
                                         edition="2", key="/books/OL1867470M")}


def test_a_different_publisher_is_a_conflict_and_no_edition_facts_are_mixed_in() -> None:
    result = enrich("styles.bib", TableLookup(editions=MACMILLAN))
    conflict = next(c for c in result.conflicts if c.label == "Carr1961")
    assert (conflict.var, conflict.existing, conflict.found) == ("publisher", "Penguin",
                                                                 "Macmillan")
    assert conflict.source.provider == "openlibrary" and conflict.source.key == "/books/OL1867470M"
    assert conflict.line == 17 and "--overwrite publisher" in str(conflict)
    assert result.text == read("styles.bib")  # no ISBN or pages of another edition
    other = next(u for u in result.unmatched if u.label == "Carr1961")
    assert other.status == "other-edition"
    assert other.reason == ("the edition found (Macmillan, 1990) is not the one cited (publisher "
                            "differs), so nothing was taken from it; --overwrite publisher takes "
                            "that edition")


def test_overwrite_takes_the_other_edition_replacing_values_in_place() -> None:
    result = enrich("styles.bib", TableLookup(editions=MACMILLAN), overwrite={"publisher"})
    assert "  edition   = {2},\n" in result.text
    assert "  publisher = {Macmillan},\n  address   = {London},\n}" in result.text
    replaced = [(f.label, f.var, f.replaced) for f in result.filled if f.replaced]
    assert replaced == [("Carr1961", "publisher", "Penguin")]
    assert result.conflicts == []


def test_a_macro_use_is_replaced_by_a_value_only_when_overwritten() -> None:
    gollancz = {"making of the english working class": Edition(
        "Victor Gollancz", "London", 1991, "848", "9780575004115")}
    kept = enrich("styles.bib", TableLookup(editions=gollancz))
    assert "    Publisher = penguin,\n" in kept.text
    assert [(c.existing, c.found) for c in kept.conflicts] == [("Penguin Books",
                                                                 "Victor Gollancz")]
    replaced = enrich("styles.bib", TableLookup(editions=gollancz), overwrite={"publisher"})
    assert '    Publisher = "Victor Gollancz",\n' in replaced.text
    assert "@string{penguin = \"Penguin Books\"}" in replaced.text


def test_a_later_edition_keeps_the_cited_year_as_original_date_when_the_year_is_replaced() -> None:
    verso = {"prophet armed": Edition("Verso", "London", 2003, "538", "9781859844410")}
    text = enrich("broken-middle.bib", TableLookup(editions=verso)).text
    entry = text[:text.index("@book{deutscher1959")]
    cited = entry.replace("{2003}", "{1954}")
    lookup = TableLookup(editions=verso)
    result = enrich_text(cited, "bibtex", lookup, overwrite={"issued"})
    assert "  year = {2003},\n  origdate = {1954},\n  pagetotal = {538},\n" in result.text
    kept = enrich_text(cited, "bibtex", lookup)
    assert kept.text == cited and [c.var for c in kept.conflicts] == ["issued"]


def test_fields_limit_what_is_filled() -> None:
    result = enrich("styles.bib", fields=("ISBN",))
    assert {f.var for f in result.filled} == {"ISBN"}
    assert result.conflicts == []


def test_fields_do_not_hide_a_clash_that_makes_the_edition_another() -> None:
    result = enrich("styles.bib", TableLookup(editions=MACMILLAN), fields=("ISBN",))
    assert result.filled == [] and [c.var for c in result.conflicts] == ["publisher"]


def test_agreeing_values_are_neither_filled_nor_conflicts() -> None:
    result = enrich("styles.bib")
    assert result.conflicts == []
    assert [f.var for f in result.filled if f.label == "deutscher_prophet_1954"] == [
        "publisher", "number-of-pages", "ISBN"]  # address London and year 2003 agreed


def test_entries_already_complete_are_not_looked_up() -> None:
    lookup = TableLookup()
    enrich("biblatex-examples-excerpt.bib", lookup, fields=("publisher",))
    asked = {r.id for r in lookup.asked}
    assert "aristotle:anima" not in asked  # publisher = cup (a macro) counts as present
    assert "kullback" not in asked


def test_biblatex_entries_get_bare_numbers_and_list_every_clash() -> None:
    result = enrich("biblatex-examples-excerpt.bib")
    entry = result.text[result.text.index("@book{piccato"):]
    assert "  date         = 2001,\n  pagetotal    = 344,\n" \
        "  isbn         = {978-0-8223-2731-8 0-8223-2731-7},\n" \
        "  publisher    = {Duke University Press},\n" \
        "  location     = {Durham and London},\n" in entry  # "Durham, NC" agrees
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
    assert result.conflicts == []


def test_non_ascii_values_are_latex_encoded_in_an_ascii_file() -> None:
    lookup = TableLookup(editions={"what is history?": Edition(
        "Penguin", "Bruxelles & Liège", 1990, "222", "9782707117229")})
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
        '"given": "Isaac"}], "issued": {"date-parts": [[2003]]}},')


def test_original_date_in_csl_json_follows_the_file_layout() -> None:
    cited = read("zotero-export.json").replace('"2003"', '"1954"')
    lookup = TableLookup()
    text = enrich_text(cited, "csl-json", lookup, overwrite={"issued"}).text
    assert '\t\t"original-date": {\n\t\t\t"date-parts": [\n\t\t\t\t[\n\t\t\t\t\t1954\n' \
        '\t\t\t\t]\n\t\t\t]\n\t\t},\n' in text
    one_line = read("one-per-line.json").replace("[[2003]]", "[[1954]]")
    compact = enrich_text(one_line, "csl-json", lookup, overwrite={"issued"}).text
    assert '"original-date": {"date-parts": [[1954]]}' in compact
    assert '"issued": {"date-parts": [[2003]]}' in compact


def test_zotero_original_date_in_note_counts_as_present() -> None:
    lookup = TableLookup(editions={"méditerranée et le monde méditerranéen à l'époque de "
                                   "philippe ii": Edition("Armand Colin", "Paris", 1966, "589",
                                                          "9782200371654")})
    result = enrich("zotero-export.json", lookup)
    assert not any(f.var == "original-date" for f in result.filled)
    assert any(f.var == "publisher" for f in result.filled)


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


def changed_lines(diff: str) -> tuple[Counter[str], Counter[str]]:
    """Lines a diff removes and adds, net of lines it removes and puts back unchanged."""
    rows = [r for r in diff.splitlines() if not r.startswith(("---", "+++", "@@"))]
    removed = Counter(r[1:] for r in rows if r[:1] == "-")
    added = Counter(r[1:] for r in rows if r[:1] == "+")
    return removed - added, added - removed


@pytest.mark.parametrize("name", [*GOOD_FILES, "broken-middle.bib"])
def test_diff_applies_with_patch_and_changes_what_difflib_sees(name: str,
                                                              tmp_path: Path) -> None:
    patch = shutil.which("patch")
    for overwrite in ((), ("issued", "publisher")):
        result = enrich(name, overwrite=overwrite)
        expected = "".join(difflib.unified_diff(
            result.original.splitlines(keepends=True), result.text.splitlines(keepends=True),
            fromfile=name, tofile=name))
        assert changed_lines(result.diff()) == changed_lines(expected)
        if patch is None:
            continue
        target = tmp_path / name
        target.write_bytes(result.original.encode())
        subprocess.run([patch, "--quiet", str(target)], input=result.diff().encode(),
                       check=True)
        assert target.read_bytes() == result.text.encode()


def test_ris_year_replacement_keeps_da_and_py_together_and_original_date_goes_to_m2() -> None:
    cited = read("zotero-export.ris").replace("DA  - 2003\r\nPY  - 2003",
                                              "DA  - 1954\r\nPY  - 1954")
    result = enrich_text(cited, "ris", TableLookup(), overwrite={"issued"})
    record = result.text[:result.text.index("ER  - ")]
    assert "DA  - 2003\r\nPY  - 2003\r\n" in record
    assert record.endswith("M2  - original-date: 1954\r\nSP  - 538\r\n"
                           "SN  - 978-1-85984-441-0 1-85984-441-3\r\n")
    again = enrich_text(result.text, "ris", TableLookup(), overwrite={"issued"})
    assert again.text == result.text  # the original date is read back from M2


def test_ris_m2_with_other_extra_lines_is_left_alone() -> None:
    cited = read("zotero-export.ris").replace(
        "DA  - 2003\r\nPY  - 2003", "DA  - 1954\r\nPY  - 1954\r\nM2  - Reprinted with corrections")
    result = enrich_text(cited, "ris", TableLookup(), overwrite={"issued"})
    assert "M2  - Reprinted with corrections\r\n" in result.text
    assert "original-date" not in result.text


def test_naming_the_biblatex_dialect_writes_location() -> None:
    text = read("broken-middle.bib")
    assert "  address = {London},\n" in enrich_text(text, "bibtex", TableLookup()).text
    assert "  location = {London},\n" in enrich_text(text, "biblatex", TableLookup()).text
