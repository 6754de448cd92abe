"""CSL-JSON: valid against the official schema, and shaped for Zotero's importer."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import HealthCheck, given, settings

from biblio.formats import csljson
from biblio.model import Date, Name, Record
from test_formats_roundtrip import records

VALIDATOR = jsonschema.Draft7Validator(csljson.schema())


def _items(recs: list[Record]) -> list[dict[str, object]]:
    items: list[dict[str, object]] = json.loads(csljson.write(recs))
    return items


def test_the_schema_is_the_official_file() -> None:
    schema = csljson.schema()
    assert schema["$id"].endswith("/input/json/csl-data.json")
    assert {"type", "id"} <= set(schema["items"]["required"])


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records())
def test_output_validates_against_the_csl_schema(rec: Record) -> None:
    VALIDATOR.validate(_items([rec]))


def test_unknown_variables_go_under_custom_so_the_file_stays_valid() -> None:
    rec = Record(id="x", title="T", extra={"podcast-feed": "https://example.org/feed"})
    rec.type = "Podcast"  # not a CSL type: Zotero would reject the whole file
    [item] = _items([rec])
    VALIDATOR.validate([item])
    assert item["type"] == "document"
    assert item["custom"] == {"podcast-feed": "https://example.org/feed"}


def test_particles_are_folded_the_way_zotero_stores_them() -> None:
    rec = Record(id="x", title="Mémoires de guerre", author=[
        Name(family="Gaulle", given="Charles", non_dropping_particle="de"),
        Name(family="Beethoven", given="Ludwig", dropping_particle="van"),
        Name(family="King", given="Martin Luther", suffix="Jr."),
        Name(family="hooks", given="bell"),
        Name(literal="Société Générale"),
    ])
    [item] = _items([rec])
    assert item["author"] == [
        {"family": "de Gaulle", "given": "Charles", "parse-names": True},
        {"family": "Beethoven", "given": "Ludwig van", "parse-names": True},
        {"family": "King", "given": "Martin Luther, Jr.", "parse-names": True},
        {"family": "hooks", "given": "bell"},
        {"literal": "Société Générale"},
    ]
    back = csljson.read(csljson.write([rec])).records[0]
    assert back.author == rec.author


def test_a_family_name_that_only_looks_like_a_particle_is_kept_whole() -> None:
    rec = Record(id="x", title="T", author=[Name(family="de la Fontaine", given="Jean")])
    [item] = _items([rec])
    assert item["author"] == [{"family": "de la Fontaine", "given": "Jean", "parse-names": False}]
    assert csljson.read(csljson.write([rec])).records[0].author == rec.author


def test_zotero_exports_are_split_like_citeproc_js_does() -> None:
    text = json.dumps([{"id": "a", "type": "book", "title": "Le Deuxième Sexe",
                        "author": [{"family": "de Beauvoir", "given": "Simone"}]}])
    [rec] = csljson.read(text, "zotero.json").records
    assert rec.author == [Name(family="Beauvoir", given="Simone", non_dropping_particle="de")]


def test_the_original_date_is_written_twice_and_read_once() -> None:
    rec = Record(id="x", title="The Prophet Armed", issued=Date.from_year(2003),
                 original_date=Date.from_year(1954), note="Verso edition")
    [item] = _items([rec])
    assert item["original-date"] == {"date-parts": [[1954]]}
    assert item["note"] == "original-date: 1954\nVerso edition"
    [back] = csljson.read(csljson.write([rec])).records
    assert back.original_date == Date.from_year(1954)
    assert back.note == "Verso edition"


def test_an_extra_line_alone_gives_the_original_date() -> None:
    text = '[{"id": "a", "type": "book", "title": "T", "note": "Original Date: 1954-03"}]'
    [rec] = csljson.read(text).records
    assert rec.original_date == Date.from_year(1954, 3)
    assert rec.note is None


def test_dates_are_written_as_date_parts() -> None:
    [item] = _items([Record(id="x", title="T", issued=Date.from_year(1993, 7))])
    assert item["issued"] == {"date-parts": [[1993, 7]]}


def test_an_unknown_type_is_reported_and_the_other_items_kept() -> None:
    text = (
        '[\n  {"id": "good", "type": "book", "title": "One"},\n'
        '  {"id": "bad", "type": "Podcast", "title": "Two"},\n'
        '  {"id": "fine", "type": "Book", "title": "Three"}\n]\n'
    )
    result = csljson.read(text, "refs.json")
    assert [r.id for r in result.records] == ["good", "fine"]
    assert [r.type for r in result.records] == ["book", "book"]
    [problem] = result.problems
    assert (problem.source, problem.line) == ("refs.json", 3)
    assert "unknown CSL type 'Podcast'" in problem.message


def test_invalid_json_names_the_line_and_keeps_the_items_before_it() -> None:
    text = (
        '[\n  {"id": "one", "type": "book", "title": "One"},\n'
        '  {"id": "two", "type": "book", "title": "Two",}\n]\n'
    )
    result = csljson.read(text, "broken.json")
    assert [r.id for r in result.records] == ["one"]
    [problem] = result.problems
    assert problem.line == 3
    assert str(problem).startswith("broken.json:3: invalid JSON")


def test_a_single_item_object_is_read() -> None:
    [rec] = csljson.read('{"id": "a", "type": "book", "title": "Solo"}').records
    assert rec.title == "Solo"


def test_a_book_has_every_variable_of_zoteros_table() -> None:
    rec = Record(
        id="deutscher2003prophet", title="The Prophet Armed", isbn="9781859844410",
        publisher="Verso", publisher_place="London", edition="2",
        issued=Date.from_year(2003, 5, 1), editor=[Name(family="Ali", given="Tariq")],
        translator=[Name(family="Smith", given="Ann")], collection_title="Classics",
        collection_number="4", number_of_pages="576", language="en", note="Extra text",
        original_date=Date.from_year(1954),
    )
    [item] = _items([rec])
    assert {k: item[k] for k in ("ISBN", "publisher", "publisher-place", "edition",
                                 "collection-title", "collection-number", "number-of-pages",
                                 "language")} == {
        "ISBN": "9781859844410", "publisher": "Verso", "publisher-place": "London",
        "edition": "2", "collection-title": "Classics", "collection-number": "4",
        "number-of-pages": "576", "language": "en",
    }
    assert item["issued"] == {"date-parts": [[2003, 5, 1]]}
    assert item["editor"] == [{"family": "Ali", "given": "Tariq"}]
    assert item["translator"] == [{"family": "Smith", "given": "Ann"}]
    assert item["note"] == "original-date: 1954\nExtra text"
