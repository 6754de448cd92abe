"""Real-looking records that exercise every export construct independent readers must keep.

Shared by the biber and citeproc-py checks: books with editors, translators,
original dates, series and editions; a chapter; a journal article; a film; a
newspaper article; a conference paper, a report and a thesis; particles,
suffixes, organisations with "and" and commas; LaTeX specials, accents and
CJK in titles.
"""

from __future__ import annotations

from biblio.model import Date, Name, Record


def _titled(rec: Record, full_title: str) -> Record:
    rec.set_full_title(full_title)
    return rec


RECORDS: list[Record] = [
    _titled(Record(
        type="book",
        id="deutscher2003prophet",
        author=[Name(family="Deutscher", given="Isaac")],
        editor=[Name(family="Ali", given="Tariq")],
        translator=[Name(family="Gaulle", given="Charles", non_dropping_particle="de")],
        issued=Date.from_year(2003, 5),
        original_date=Date.from_year(1954),
        publisher="Verso",
        publisher_place="London",
        isbn="9781859844410",
        number_of_pages="576",
        collection_title="The Prophet Trilogy",
        collection_number="1",
        edition="2",
        language="en",
        note="First published by Oxford University Press",
    ), "The Prophet Armed: Trotsky, 1879–1921"),
    _titled(Record(
        type="book",
        id="waals1873continuity",
        author=[
            Name(family="Waals", given="Johannes Diderik", non_dropping_particle="van der"),
        ],
        translator=[Name(family="King", given="Martin Luther", suffix="Jr.")],
        issued=Date.from_year(1988),
        original_date=Date.from_year(1873),
        publisher="North-Holland",
        publisher_place="Amsterdam",
        collection_title="Studies in Statistical Mechanics",
        collection_number="14",
        language="nl",
    ), "On the Continuity of the Gaseous & Liquid States: 100% of it, $5 #1_draft"),
    _titled(Record(
        type="book",
        id="bn2010atlas",
        author=[Name(literal="Barnes and Noble, Inc.")],
        editor=[Name(literal="Rand McNally & Company")],
        issued=Date.from_year(2010),
        publisher="Barnes & Noble",
        publisher_place="New York",
        isbn="9781435123144",
        edition="3",
        number_of_pages="320",
    ), "Atlas of the World: Żeromski's Poland, Curaçao and 東京"),
    _titled(Record(
        type="chapter",
        id="ibn1967muqaddimah",
        author=[Name(family="Khaldūn", given="Ibn")],
        editor=[Name(family="Rosenthal", given="Franz")],
        container_title="The Muqaddimah: An Introduction to History",
        page="12-34",
        issued=Date.from_year(1967),
        publisher="Princeton University Press",
        publisher_place="Princeton",
    ), "On Sedentary Culture: The Rise of Cities"),
    _titled(Record(
        type="article-journal",
        id="zeromski1999",
        author=[Name(family="Żeromski", given="Stefan"), Name(family="Łukasiewicz", given="Jan")],
        container_title="Slavic Review",
        volume="58",
        issue="3",
        page="101-119",
        issued=Date.from_year(1999, 9),
        doi="10.2307/2697571",
    ), "Przedwiośnie and the Poles: A Reading"),
    _titled(Record(
        type="motion_picture",
        id="kubrick1964strangelove",
        director=[Name(family="Kubrick", given="Stanley")],
        issued=Date.from_year(1964),
        publisher="Columbia Pictures",
        publisher_place="Los Angeles",
    ), "Dr. Strangelove or: How I Learned to Stop Worrying and Love the Bomb"),
    _titled(Record(
        type="article-newspaper",
        id="obrien2019irish",
        author=[Name(family="O'Brien", given="Flann")],
        container_title="The Irish Times",
        issued=Date.from_year(2019, 2, 3),
        page="14",
        url="https://example.org/o_brien?id=1&x=%20",
        accessed=Date.from_year(2024, 1, 5),
    ), "The Third Policeman at Sixty: A Reappraisal"),
    _titled(Record(
        type="paper-conference",
        id="lovelace1843notes",
        author=[Name(family="Lovelace", given="Ada")],
        editor=[Name(family="Babbage", given="Charles")],
        container_title="Proceedings of the Analytical Society: Turin Meeting",
        publisher="Richard & John E. Taylor",
        publisher_place="London",
        page="666-731",
        issued=Date.from_year(1843),
    ), "Notes on the Analytical Engine: Sketch by L. F. Menabrea"),
    _titled(Record(
        type="report",
        id="who2020tuberculosis",
        author=[Name(literal="World Health Organization")],
        number="WHO/CDS/TB/2020.22",
        genre="Technical report",
        publisher="World Health Organization",
        publisher_place="Geneva",
        number_of_pages="208",
        issued=Date.from_year(2020, 10, 14),
        isbn="9789240013131",
    ), "Global Tuberculosis Report ~ 2020 ^ edition"),
    _titled(Record(
        type="thesis",
        id="nakamura2010tokyo",
        author=[Name(family="Nakamura", given="Aiko")],
        genre="PhD thesis",
        publisher="University of Tokyo",
        publisher_place="Tokyo",
        issued=Date.from_year(2010),
        language="ja",
    ), "東京の近代建築: Modern Architecture in Tokyo, 1868–1945"),
]
