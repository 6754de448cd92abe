"""`biblio enrich` looks up the very record `biblio convert` reads from each entry.

Both go through `formats.bibtex_split`, `bibtex_values` (``@string``, ``#``,
month macros) and `bibtex_io.entry_to_record`, so particles, ``useprefix``,
months, films and their directors come out the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import biblio
from biblio.inplace import DEFAULT_FIELDS, bibtex, enrich_text, ris
from biblio.io import reads
from biblio.model import Date, Name
from test_enrich_file_support import BIBFILES, BIBLATEX_EXAMPLES, PRINTING_HISTORY, TableLookup

ENTRIES = r"""@string{vs = "Ver" # {so}}
@string{ldn = "London"}

@book{neumann1958,
  author = {von Neumann, John},
  title = {The Computer and the Brain},
  publisher = {Yale University Press},
  year = 1958,
  month = jun,
  pages = {xiv + 82},
}

@book{gaulle1954,
  author = {de Gaulle, Charles},
  options = {useprefix=true},
  title = {M{\'e}moires de guerre},
  subtitle = {L'appel},
  publisher = vs,
  address = ldn # ", " # "Paris",
  year = {1954},
  month = {6},
}

@misc{kubrick1964,
  author = {Kubrick, Stanley},
  title = {Dr. Strangelove},
  year = 1964,
  entrysubtype = {film},
}

@movie{welles1941,
  editor = {Welles, Orson},
  editortype = {director},
  title = {Citizen Kane},
  date = {1941-05},
}

@book{printing1991,
  title = {A History of Printing},
  year = {1991--1992},
  pages = {1--400},
  isbn-13 = {978-0-14-044636-4},
}
"""


def in_place_records(text: str) -> dict[str, biblio.Record]:
    return {e.label: e.record for e in bibtex.parse(text, "<string>").entries}


def test_the_looked_up_record_is_the_one_convert_reads() -> None:
    records = in_place_records(ENTRIES)
    assert records == {r.id: r for r in biblio.loads(ENTRIES, "bibtex")}

    neumann = records["neumann1958"]
    # No useprefix: biblatex's default, the "von" is a dropping particle (searched "Neumann").
    assert neumann.author == [Name(family="Neumann", given="John", dropping_particle="von")]
    assert neumann.issued == Date.from_year(1958, 6)
    assert neumann.number_of_pages == "xiv + 82" and neumann.page is None

    gaulle = records["gaulle1954"]
    assert gaulle.author == [Name(family="Gaulle", given="Charles", non_dropping_particle="de")]
    assert gaulle.author[0].sort_family() == "de Gaulle"
    assert gaulle.full_title == "Mémoires de guerre: L'appel"
    assert (gaulle.publisher, gaulle.publisher_place) == ("Verso", "London, Paris")
    assert gaulle.issued == Date.from_year(1954, 6)

    kubrick, welles = records["kubrick1964"], records["welles1941"]
    assert (kubrick.type, kubrick.author, kubrick.director) == (
        "motion_picture", [], [Name(family="Kubrick", given="Stanley")])
    assert (welles.type, welles.editor, welles.director) == (
        "motion_picture", [], [Name(family="Welles", given="Orson")])

    printing = records["printing1991"]
    assert printing.issued == Date.parse("1991/1992")
    assert (printing.page, printing.number_of_pages) == ("1-400", None)
    assert printing.isbn == "978-0-14-044636-4"


REAL_FILES = [*sorted(BIBFILES.glob("*.bib")), BIBLATEX_EXAMPLES, PRINTING_HISTORY]


@pytest.mark.parametrize("path", REAL_FILES, ids=lambda p: p.name)
def test_every_entry_of_real_files_reads_alike(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path} not installed (Debian package texlive-bibtex-extra)")
    text = path.read_text(encoding="utf-8")
    converted = {r.id: r for r in reads(text, "bibtex", "<string>").records}
    records = in_place_records(text)
    assert len(records) >= 2
    assert records == {key: converted[key] for key in records}


def test_a_page_range_is_kept_and_the_page_count_goes_to_its_own_field() -> None:
    text = "@book{d,\n  title = {The Prophet Armed},\n  pages = {1--400},\n}\n"
    result = enrich_text(text, "bibtex", TableLookup(), fields=("number-of-pages",))
    assert result.text == "@book{d,\n  title = {The Prophet Armed},\n  pagetotal = {538},\n" \
        "  pages = {1--400},\n}\n"
    counted = text.replace("1--400", "????")  # a page count still to be found
    result = enrich_text(counted, "bibtex", TableLookup(), fields=("number-of-pages",))
    assert result.text == text.replace("1--400", "538")


def test_only_the_new_fields_change_in_an_entry_read_through_macros() -> None:
    text = ENTRIES.replace("A History of Printing", "The Prophet Armed").replace(
        "  year = {1991--1992},\n", "").replace("  isbn-13 = {978-0-14-044636-4},\n", "")
    result = enrich_text(text, "bibtex", TableLookup(), fields=("publisher",))
    assert result.text == text.replace(
        "  title = {The Prophet Armed},\n", "  title = {The Prophet Armed},\n"
        "  publisher = {Verso},\n")


def test_the_ris_editor_edits_the_tags_convert_writes_and_reads() -> None:
    book = biblio.Record(type="book", title="The Prophet Armed", publisher="Verso",
                         publisher_place="London", edition="2", number_of_pages="538",
                         isbn="978-1-85984-441-0", issued=Date.from_year(2003),
                         original_date=Date.from_year(1954))
    text = biblio.dumps([book], "ris")
    [entry] = ris.parse(text, "<string>").entries
    assert entry.record.publisher == "Verso"
    for var in DEFAULT_FIELDS:
        tag = entry.field_name(var)
        assert tag is not None and f"\n{tag}  - " in text, var
        assert all(e.start < e.end for e in entry.set(var, "x")), var  # replaced, not added
    chapter = "TY  - CHAP\nTI  - Trotsky\nSP  - 12\nEP  - 40\nER  - \n"
    [entry] = ris.parse(chapter, "<string>").entries
    assert entry.record.page == "12-40"
    assert entry.field_name("number-of-pages") is None  # a chapter's SP is its first page
