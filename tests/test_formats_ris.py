"""RIS: the tags Zotero's importer reads, and a reader that rispy alone is not."""

from __future__ import annotations

import rispy

from biblio.formats import ris
from biblio.model import Date, Name, Record


def _book() -> Record:
    rec = Record(
        type="book",
        id="deutscher2003prophet",
        author=[Name(family="Deutscher", given="Isaac"), Name(literal="Open University")],
        editor=[Name(family="Gaulle", given="Charles", non_dropping_particle="de")],
        translator=[Name(family="King", given="Martin Luther", suffix="Jr.")],
        collection_editor=[Name(family="Hobsbawm", given="Eric")],
        issued=Date.from_year(2003, 5, 1),
        original_date=Date.from_year(1954),
        publisher="Verso",
        publisher_place="London",
        isbn="9781859844410",
        number_of_pages="576",
        language="en",
        collection_title="Classics",
        collection_number="4",
        edition="2",
        note="First printing",
    )
    rec.set_full_title("The Prophet Armed: Trotsky, 1879–1921")
    return rec


def _lines(text: str) -> list[tuple[str, str]]:
    return [(line[:2], line[6:]) for line in text.splitlines() if line[2:6] == "  - "]


def test_a_book_uses_the_tags_zotero_reads() -> None:
    lines = _lines(ris.write([_book()]))
    assert lines[0] == ("TY", "BOOK")
    assert lines[-1] == ("ER", "")
    tags = dict(lines)
    assert [v for t, v in lines if t == "AU"] == ["Deutscher, Isaac", "Open University"]
    assert tags["A3"] == "de Gaulle, Charles"  # a book's editor; A2 would be its series editor
    assert tags["A2"] == "Hobsbawm, Eric"
    assert tags["A4"] == "King, Martin Luther, Jr."
    assert tags["DA"] == "2003/05/01/"
    assert tags["PY"] == "2003"
    assert tags["SP"] == "576"  # number of pages of a book
    assert tags["T2"] == "Classics" and tags["M1"] == "4"
    assert tags["SN"] == "9781859844410"
    assert tags["CY"] == "London" and tags["PB"] == "Verso" and tags["ET"] == "2"
    assert [v for t, v in lines if t == "M2"] == ["original-date: 1954", "First printing"]


def test_a_chapter_has_its_editor_in_a2_and_pages_in_sp_ep() -> None:
    rec = Record(type="chapter", id="c", title="Permanent Revolution", container_title="Essays",
                 editor=[Name(family="Ali", given="Tariq")], page="12-34")
    tags = dict(_lines(ris.write([rec])))
    assert tags["TY"] == "CHAP"
    assert tags["A2"] == "Ali, Tariq"
    assert tags["T2"] == "Essays"
    assert (tags["SP"], tags["EP"]) == ("12", "34")


def test_rispy_reads_what_we_write() -> None:
    entries = rispy.loads(ris.write([_book(), _book()]))
    assert len(entries) == 2
    assert entries[0]["type_of_reference"] == "BOOK"
    assert entries[0]["authors"] == ["Deutscher, Isaac", "Open University"]


def test_the_original_date_comes_back_from_the_extra_line() -> None:
    [back] = ris.read(ris.write([_book()])).records
    assert back.original_date == Date.from_year(1954)
    assert back.note == "First printing"
    assert back.editor == _book().editor
    assert back.translator == _book().translator


def test_a_byte_order_mark_and_one_space_tags_are_read() -> None:
    text = "\ufeffTY - BOOK\nTI - Caliban and the Witch\nAU - Federici, Silvia\nPY - 2004\nER - \n"
    assert rispy.loads(text) == []  # why rispy alone is not enough
    [rec] = ris.read(text, "zotero.ris").records
    assert rec.title == "Caliban and the Witch"
    assert rec.author == [Name(family="Federici", given="Silvia")]
    assert rec.issued == Date.from_year(2004)


def test_a_record_without_er_ends_at_the_next_record_and_is_kept_with_a_warning() -> None:
    text = (
        "TY  - BOOK\nTI  - One\nER  - \n\n"
        "TY  - BOOK\nTI  - Two\n\n"
        "TY  - BOOK\nTI  - Three\nER  - \n"
        "TY  - JOUR\nTI  - Four\n"
    )
    result = ris.read(text, "refs.ris")
    assert [r.title for r in result.records] == ["One", "Two", "Three", "Four"]
    assert [r.origin.line for r in result.records if r.origin] == [1, 5, 8, 11]
    first, last = result.problems
    assert str(first) == "refs.ris:5: warning: RIS record has no ER line; kept"
    assert (last.line, last.warning) == (11, True)


def test_other_tools_tags_are_understood() -> None:
    text = (
        "TY  - JOUR\nT1  - Title\nA1  - Smith, Jane\nJO  - ignored\nT2  - Journal\n"
        "Y1  - 1999/07//\nSP  - 5\nEP  - 9\nN1  - A note\nUR  - https://example.org\nER  - \n"
    )
    [rec] = ris.read(text).records
    assert rec.type == "article-journal"
    assert rec.title == "Title"
    assert rec.author == [Name(family="Smith", given="Jane")]
    assert rec.container_title == "Journal"
    assert rec.issued == Date.from_year(1999, 7)
    assert rec.page == "5-9"
    assert rec.note == "A note"


def test_a_file_without_records_says_so() -> None:
    [problem] = ris.read("just some text\n", "notes.ris").problems
    assert problem.line == 1 and "no RIS records" in problem.message
