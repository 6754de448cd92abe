"""pandoc, an independent reader, gets the same CSL data from all our outputs.

``pandoc -f bibtex|biblatex|csljson -t csljson`` must read back what we
wrote: names with their particles, organisations whole, capitals kept, LaTeX
specials decoded, the original date.  Skipped only when pandoc is absent.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from typing import Any

import pytest

from biblio.formats import biblatex, bibtex, csljson
from biblio.formats.csljson import from_item
from biblio.model import Date, Name, Record

pytestmark = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")


def _book() -> Record:
    rec = Record(
        type="book",
        id="deutscher2003prophet",
        author=[Name(family="Deutscher", given="Isaac")],
        translator=[Name(family="Gaulle", given="Charles", non_dropping_particle="de")],
        editor=[Name(literal="Open University Press & Co")],
        issued=Date.from_year(2003, 5, 1),
        original_date=Date.from_year(1954),
        publisher="Verso",
        publisher_place="London",
        isbn="9781859844410",
        number_of_pages="576",
        collection_title="Classics of the USSR",
        collection_number="4",
        edition="2",
        note="Translated from the Russian edition",
    )
    rec.set_full_title("The Prophet Armed: Trotsky, 1879–1921")
    return rec


def _titled(rec: Record) -> Record:
    rec.set_full_title(rec.title)  # "Title: Subtitle" split as every reader splits it
    return rec


RECORDS = [_titled(r) for r in [
    _book(),
    Record(
        type="book",
        id="waals1873continuity",
        title="On the Continuity of the Gaseous and Liquid States — 50% of it & more",
        author=[
            Name(family="Waals", given="Johannes Diderik", non_dropping_particle="van der"),
            Name(family="King", given="Martin Luther", suffix="Jr."),
        ],
        issued=Date.from_year(1873),
        publisher="Sijthoff $ Co #1",
        publisher_place="Leiden",
    ),
    Record(
        type="chapter",
        id="ibn1967muqaddimah",
        title="The Muqaddimah_ An Introduction to History {revised}",
        author=[Name(family="Khaldūn", given="Ibn")],
        editor=[Name(family="Rosenthal", given="Franz")],
        container_title="Bollingen Series",
        page="12-34",
        issued=Date.from_year(1967),
        publisher="Princeton University Press",
    ),
    Record(
        type="article-journal",
        id="zeromski1999",
        title="Przedwiośnie and the Poles: A Reading",
        author=[Name(family="Żeromski", given="Stefan"), Name(family="Łukasiewicz", given="Jan")],
        container_title="Slavic Review",
        volume="58",
        issue="3",
        page="101-119",
        issued=Date.from_year(1999, 9),
        doi="10.2307/2697571",
    ),
    Record(
        type="motion_picture",
        id="kubrick1964strangelove",
        title="Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb",
        director=[Name(family="Kubrick", given="Stanley")],
        issued=Date.from_year(1964),
        publisher="Columbia Pictures",
    ),
    Record(
        type="thesis",
        id="nakamura2010",
        title="東京の近代建築 and the Tokyo Station",
        author=[Name(family="Nakamura", given="Aiko")],
        publisher="University of Tokyo",
        genre="PhD thesis",
        issued=Date.from_year(2010),
    ),
    Record(
        type="report",
        id="who2020",
        title="Global Tuberculosis Report ~ 2020 ^ edition",
        author=[Name(literal="World Health Organization")],
        number="WHO/CDS/TB/2020.22",
        publisher="World Health Organization",
        publisher_place="Geneva",
        issued=Date.from_year(2020, 10, 14),
    ),
    Record(
        type="webpage",
        id="obrien2019",
        title="O'Brien's “Quotes” Page",
        author=[Name(family="O'Brien", given="Flann")],
        container_title="The Irish Times",
        url="https://example.org/o_brien?id=1&x=%20",
        issued=Date.from_year(2019, 2, 3),
        accessed=Date.from_year(2024, 1, 5),
    ),
]]


def _pandoc(text: str, reader: str) -> list[dict[str, Any]]:
    done = subprocess.run(
        ["pandoc", "-f", reader, "-t", "csljson"],
        input=text, capture_output=True, text=True, check=True, timeout=60,
    )
    items: list[dict[str, Any]] = json.loads(done.stdout)
    return items


def _normalise(item: dict[str, Any]) -> dict[str, Any]:
    """What may differ without a reader being wrong: typography and derived keys."""
    item = json.loads(json.dumps(item, ensure_ascii=False).replace("’", "'"))
    item.pop("title-short", None)
    return item


def _by_id(items: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {item["id"]: _normalise(item) for item in items}


@pytest.fixture(scope="module")
def from_csl() -> dict[str, dict[str, Any]]:
    return _by_id(_pandoc(csljson.write(RECORDS), "csljson"))


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: r.id)
def test_pandoc_reads_our_csl_json_as_the_record(rec: Record,
                                                 from_csl: dict[str, dict[str, Any]]) -> None:
    back = from_item(from_csl[rec.id])
    for name in ("type", "title", "subtitle", "author", "editor", "translator", "director",
                 "issued", "original_date", "publisher", "publisher_place", "container_title",
                 "page", "volume", "issue", "number", "isbn", "doi", "url", "note", "genre"):
        assert getattr(back, name) == getattr(rec, name), name


@pytest.mark.parametrize(("module", "reader"), [(bibtex, "bibtex"), (biblatex, "biblatex")])
def test_pandoc_reads_our_bibtex_like_our_csl_json(
    module: Any, reader: str, from_csl: dict[str, dict[str, Any]]
) -> None:
    got = _by_id(_pandoc(module.write(RECORDS), reader))
    assert set(got) == set(from_csl)
    for key, item in got.items():
        assert _typed(item) == _expected_from_bib(from_csl[key], module), key


def _expected_from_bib(item: dict[str, Any], module: Any) -> dict[str, Any]:
    """What pandoc makes of our .bib where it cannot match the CSL-JSON.

    A BibLaTeX report without a genre has biblatex's ``type = {techreport}``,
    which pandoc spells out.  The BibTeX film is ``@misc`` with the director
    in ``author`` (for classic styles and Zotero), which pandoc reads as a
    document by its author.
    """
    expected = dict(item)
    if module is biblatex and item["type"] == "report" and "genre" not in item:
        expected["genre"] = "technical report"
    if module is bibtex and item["type"] == "motion_picture":
        expected["author"] = expected.pop("director")
        expected["type"] = "document"
    return expected


def test_pandoc_reads_the_ascii_encoding_too(from_csl: dict[str, dict[str, Any]]) -> None:
    got = _by_id(_pandoc(bibtex.write(RECORDS, ascii=True), "bibtex"))
    for key, item in got.items():
        assert _typed(item) == _expected_from_bib(from_csl[key], bibtex), key


def _typed(item: dict[str, Any]) -> dict[str, Any]:
    """pandoc 2.17 gives a ``@misc`` an empty type, later versions "document"."""
    return {**item, "type": item["type"] or "document"}
