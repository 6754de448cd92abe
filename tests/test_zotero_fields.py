"""The shapes Zotero's own import translators turn into the right Zotero fields.

Each expectation below was checked by running Zotero's ``RIS.js``, ``BibTeX.js``
and ``CSL JSON.js`` on biblio's output (see docs/formats.md, "Checked against
Zotero's import translators").  These tests pin the output, not Zotero's code:
if one fails, the field no longer arrives in Zotero the way it was checked.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

import biblio
from biblio.model import Date, Name, Record


def _book() -> Record:
    rec = Record(
        type="book",
        id="deutscher2003prophet",
        author=[Name(family="Deutscher", given="Isaac")],
        editor=[Name(family="Ali", given="Tariq")],
        translator=[
            Name(family="Waals", given="Johannes Diderik", non_dropping_particle="van der")
        ],
        publisher="Verso",
        publisher_place="London",
        edition="2",
        issued=Date.from_year(2003, 5, 1),
        original_date=Date.from_year(1954),
        collection_title="Life of Trotsky",
        collection_number="1",
        number_of_pages="540",
        isbn="9781859844410",
        language="en",
        note="Reprint of the Oxford edition",
    )
    rec.set_full_title("The Prophet Armed: Trotsky, 1879–1921")
    return rec


def _film() -> Record:
    return Record(
        type="motion_picture",
        id="eisenstein1925battleship",
        title="Battleship Potemkin",
        director=[Name(family="Eisenstein", given="Sergei")],
        publisher="Goskino",
        issued=Date.from_year(1925, 12, 21),
    )


def _article() -> Record:
    return Record(
        type="article-journal",
        id="carr1961history",
        title="What Is History?",
        author=[Name(family="Carr", given="Edward Hallett")],
        container_title="Past & Present",
        volume="12",
        issue="3",
        page="45-67",
        issued=Date.from_year(1961, 6),
        doi="10.1000/xyz123",
    )


def _chapter() -> Record:
    return Record(
        type="chapter",
        id="hobsbawm1983invention",
        title="Introduction: Inventing Traditions",
        author=[Name(family="Hobsbawm", given="Eric")],
        editor=[Name(family="Hobsbawm", given="Eric"), Name(family="Ranger", given="Terence")],
        container_title="The Invention of Tradition",
        publisher="Cambridge University Press",
        page="1-14",
        issued=Date.from_year(1983),
        isbn="9780521246453",
    )


def _report() -> Record:
    return Record(
        type="report",
        id="who2019report",
        title="World Health Statistics 2019",
        author=[Name(literal="World Health Organization")],
        publisher="WHO Press",
        number="WHO/DAD/2019.1",
        issued=Date.from_year(2019, 4),
    )


def _names() -> Record:
    return Record(
        type="book",
        id="names",
        title="Letters",
        author=[
            Name(family="Gaulle", given="Charles", non_dropping_particle="de"),
            Name(family="Beethoven", given="Ludwig", dropping_particle="van"),
            Name(family="King", given="Martin Luther", suffix="Jr."),
            Name(literal="Barnes and Noble"),
        ],
        issued=Date.from_year(1990),
    )


def _ris(rec: Record) -> list[str]:
    return biblio.dumps([rec], "ris").splitlines()


def _bib(rec: Record, dialect: str) -> dict[str, str]:
    text = biblio.dumps([rec], dialect)
    return {m[1]: m[2] for m in re.finditer(r"^\s+(\w+)\s*=\s*(.*?),?$", text, re.MULTILINE)}


def _csl(rec: Record) -> dict[str, Any]:
    item: dict[str, Any] = json.loads(biblio.dumps([rec], "csl-json"))[0]
    return item


# Zotero field -> the RIS lines RIS.js maps to it for a book (TY  - BOOK).
BOOK_RIS = {
    "ISBN": ["SN  - 9781859844410"],
    "publisher": ["PB  - Verso"],
    "place": ["CY  - London"],
    "edition": ["ET  - 2"],
    "date": ["DA  - 2003/05/01/", "PY  - 2003"],
    "editor": ["A3  - Ali, Tariq"],
    "translator": ["A4  - van der Waals, Johannes Diderik"],
    "series": ["T2  - Life of Trotsky"],
    "seriesNumber": ["M1  - 1"],
    "numPages": ["SP  - 540"],
    "language": ["LA  - en"],
    "extra (note, original date)": [
        "M2  - original-date: 1954",
        "M2  - Reprint of the Oxford edition",
    ],
}


@pytest.mark.parametrize("zotero_field", sorted(BOOK_RIS))
def test_book_field_reaches_zotero_through_ris(zotero_field: str) -> None:
    lines = _ris(_book())
    assert lines[0] == "TY  - BOOK"
    for line in BOOK_RIS[zotero_field]:
        assert line in lines


def test_ris_writes_the_extra_lines_in_order_original_date_first() -> None:
    lines = [line for line in _ris(_book()) if line.startswith("M2  - ")]
    assert lines == ["M2  - original-date: 1954", "M2  - Reprint of the Oxford edition"]


# Zotero field -> BibTeX.js field and the value it reads (same for BibTeX and BibLaTeX
# unless the dialect is named).
BOOK_BIBTEX = {
    "ISBN": ("isbn", "{9781859844410}"),
    "publisher": ("publisher", "{Verso}"),
    "edition": ("edition", "{2}"),
    "editor": ("editor", "{Ali, Tariq}"),
    "translator": ("translator", "{van der Waals, Johannes Diderik}"),
    "series": ("series", "{Life of {Trotsky}}"),
    "seriesNumber": ("number", "{1}"),
    "numPages": ("pagetotal", "{540}"),
    "date": ("date", "{2003-05-01}"),
}


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
@pytest.mark.parametrize("zotero_field", sorted(BOOK_BIBTEX))
def test_book_field_reaches_zotero_through_bibtex(dialect: str, zotero_field: str) -> None:
    name, value = BOOK_BIBTEX[zotero_field]
    assert _bib(_book(), dialect)[name] == value


def test_language_reaches_zotero_as_written_in_language() -> None:
    # BibTeX.js copies `language` as it is and drops `langid`: BibTeX keeps the
    # code Zotero wants; BibLaTeX has biblatex's key, which Zotero keeps as "english".
    assert _bib(_book(), "bibtex")["language"] == "{en}"
    assert _bib(_book(), "biblatex")["language"] == "{english}"


def test_place_is_address_in_bibtex_and_location_in_biblatex() -> None:
    # BibTeX.js reads both; `address` wins when both are present.
    assert _bib(_book(), "bibtex")["address"] == "{London}"
    assert _bib(_book(), "biblatex")["location"] == "{London}"


def test_bibtex_date_comes_after_month_so_zotero_keeps_the_full_date() -> None:
    # BibTeX.js glues `month` onto `year`; a later `date` replaces both.
    names = list(_bib(_book(), "bibtex"))
    assert names.index("year") < names.index("month") < names.index("date")


BOOK_CSL = {
    "ISBN": ("ISBN", "9781859844410"),
    "publisher": ("publisher", "Verso"),
    "place": ("publisher-place", "London"),
    "edition": ("edition", "2"),
    "date": ("issued", {"date-parts": [[2003, 5, 1]]}),
    "originalDate": ("original-date", {"date-parts": [[1954]]}),
    "editor": ("editor", [{"family": "Ali", "given": "Tariq"}]),
    "series": ("collection-title", "Life of Trotsky"),
    "seriesNumber": ("collection-number", "1"),
    "numPages": ("number-of-pages", "540"),
    "language": ("language", "en"),
    "extra": ("note", "original-date: 1954\nReprint of the Oxford edition"),
}


@pytest.mark.parametrize("zotero_field", sorted(BOOK_CSL))
def test_book_field_reaches_zotero_through_csl_json(zotero_field: str) -> None:
    variable, value = BOOK_CSL[zotero_field]
    assert _csl(_book())[variable] == value


def test_csl_json_translator_is_folded_the_way_zotero_stores_it() -> None:
    # itemFromCSLJSON drops non-dropping-particle: the particle goes into family.
    translator = _csl(_book())["translator"][0]
    assert (translator["family"], translator["given"]) == ("van der Waals", "Johannes Diderik")


def test_film_director_and_distributor() -> None:
    lines = _ris(_film())
    assert lines[0] == "TY  - MPCT"  # RIS.js: film
    assert "AU  - Eisenstein, Sergei" in lines  # AU of a film is its director
    assert "PB  - Goskino" in lines  # distributor
    fields = _bib(_film(), "biblatex")
    assert biblio.dumps([_film()], "biblatex").startswith("@movie{")  # BibTeX.js: film
    assert (fields["editor"], fields["editortype"]) == ("{Eisenstein, Sergei}", "{director}")
    # BibTeX: as Zotero's own BibTeX export writes a film (BibTeX.js: a document
    # by its author); the entrysubtype, which BibTeX.js ignores, is for our reader.
    fields = _bib(_film(), "bibtex")
    assert biblio.dumps([_film()], "bibtex").startswith("@misc{")
    assert (fields["author"], fields["entrysubtype"]) == ("{Eisenstein, Sergei}", "{film}")
    assert "editor" not in fields
    item = _csl(_film())
    assert item["type"] == "motion_picture"
    assert "publisher-place" not in item  # it would make Zotero import a video recording
    assert item["director"] == [{"family": "Eisenstein", "given": "Sergei"}]


def test_an_episode_host_is_written_to_ris() -> None:
    episode = Record(
        type="broadcast",
        title="The Prophet Armed",
        author=[Name(family="Doe", given="John")],
        container_title="Origin Story",
    )
    lines = _ris(episode)
    # Zotero imports ADVS as a film, whose only AU is the director (its primary creator).
    assert lines[0] == "TY  - ADVS"
    assert "AU  - Doe, John" in lines
    back = biblio.loads(biblio.dumps([episode], "ris"), "ris")[0]
    assert back.director == [Name(family="Doe", given="John")]


def test_article_journal_volume_issue_pages() -> None:
    lines = _ris(_article())
    assert lines[0] == "TY  - JOUR"
    for line in ("T2  - Past & Present", "VL  - 12", "IS  - 3", "SP  - 45", "EP  - 67",
                 "DO  - 10.1000/xyz123", "DA  - 1961/06//"):
        assert line in lines
    fields = _bib(_article(), "bibtex")
    assert fields["journal"] == r"{Past \& Present}"
    assert (fields["volume"], fields["number"], fields["pages"]) == ("{12}", "{3}", "{45--67}")
    item = _csl(_article())
    assert (item["container-title"], item["volume"], item["issue"], item["page"]) == (
        "Past & Present", "12", "3", "45-67")


def test_chapter_book_title_editors_and_pages() -> None:
    lines = _ris(_chapter())
    assert lines[0] == "TY  - CHAP"
    # For a chapter RIS.js reads A2 as editor (A3 would be the series editor).
    assert [line for line in lines if line.startswith("A2")] == [
        "A2  - Hobsbawm, Eric", "A2  - Ranger, Terence"]
    assert "T2  - The Invention of Tradition" in lines
    assert ("SP  - 1" in lines) and ("EP  - 14" in lines)
    assert biblio.dumps([_chapter()], "bibtex").startswith("@incollection{")
    assert _bib(_chapter(), "bibtex")["booktitle"] == "{The {Invention} of {Tradition}}"


def test_report_number_and_institution() -> None:
    lines = _ris(_report())
    assert lines[0] == "TY  - RPRT"
    assert "SN  - WHO/DAD/2019.1" in lines  # RIS.js: reportNumber for a report
    assert "PB  - WHO Press" in lines  # institution
    fields = _bib(_report(), "bibtex")
    assert biblio.dumps([_report()], "bibtex").startswith("@techreport{")
    assert (fields["number"], fields["institution"]) == ("{WHO/DAD/2019.1}", "{WHO Press}")
    assert _csl(_report())["number"] == "WHO/DAD/2019.1"


def test_names_are_written_the_way_zotero_stores_them() -> None:
    lines = [line for line in _ris(_names()) if line.startswith("AU")]
    assert lines == [
        "AU  - de Gaulle, Charles",  # non-dropping particle stays with the family name
        "AU  - Beethoven, Ludwig van",  # dropping particle goes with the given name
        "AU  - King, Martin Luther, Jr.",  # RIS.js keeps everything after the first comma
        "AU  - Barnes and Noble",  # no comma: one-field (organisation) name
    ]
    # BibTeX.js takes all before the first comma as the last name, and splits a
    # name without one at its last space (cleanAuthor): "Ludwig van" + "Beethoven".
    assert _bib(_names(), "bibtex")["author"] == (
        "{de Gaulle, Charles and Ludwig van Beethoven and King, Jr., Martin Luther"
        " and {Barnes and Noble}}"
    )
    authors = _csl(_names())["author"]
    assert [(a.get("family"), a.get("given"), a.get("literal")) for a in authors] == [
        ("de Gaulle", "Charles", None),
        ("Beethoven", "Ludwig van", None),
        ("King", "Martin Luther, Jr.", None),
        (None, None, "Barnes and Noble"),
    ]


def _translated() -> Record:
    return Record(
        type="book",
        id="trotsky1932history",
        title="History of the Russian Revolution",
        author=[Name(family="Trotsky", given="Leon")],
        original_date=Date.from_year(1930),
        original_title="История русской революции",
        original_publisher="Granit",
        original_publisher_place="Berlin",
        note="Volume 1 of 3",
    )


EXTRA_LINES = [
    "original-date: 1930",
    "original-title: История русской революции",
    "original-publisher: Granit",
    "original-publisher-place: Berlin",
    "Volume 1 of 3",
]


def test_original_title_and_publisher_reach_zotero_extra_through_ris() -> None:
    # RIS.js drops OP and has no tag for the original publisher: M2 (Extra) is the way.
    lines = _ris(_translated())
    assert [line[6:] for line in lines if line.startswith("M2  - ")] == EXTRA_LINES
    assert "OP  - История русской революции" in lines  # for other RIS readers


def test_original_title_and_publisher_reach_zotero_extra_through_csl_json() -> None:
    # itemFromCSLJSON has no mapping for original-title (nor, before schema 41, for the
    # original publisher); the variables stay for other CSL processors.
    item = _csl(_translated())
    assert item["note"].split("\n") == EXTRA_LINES
    variables = ("original-title", "original-publisher", "original-publisher-place")
    originals = [item[v] for v in variables]
    assert originals == ["История русской революции", "Granit", "Berlin"]


@pytest.mark.parametrize("fmt", ["ris", "csl-json"])
def test_extra_lines_are_read_back_into_their_variables(fmt: str) -> None:
    back = biblio.loads(biblio.dumps([_translated()], fmt), fmt)[0]
    assert (back.original_title, back.original_publisher, back.original_publisher_place) == (
        "История русской революции", "Granit", "Berlin")
    assert back.original_date == Date.from_year(1930)
    assert back.note == "Volume 1 of 3"


def test_an_extra_line_already_in_the_note_is_kept_once() -> None:
    rec = Record(type="book", id="x", title="X", note="Original Title: Der Prophet\nplain")
    lines = [line[6:] for line in _ris(rec) if line.startswith("M2  - ")]
    assert lines == ["original-title: Der Prophet", "plain"]
    assert biblio.loads(biblio.dumps([rec], "ris"), "ris")[0].original_title == "Der Prophet"
