"""BibTeX and BibLaTeX: what styles, biber and Zotero's importer need to see."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.formats import biblatex, bibtex
from biblio.model import Date, Name, Record


def _prophet() -> Record:
    rec = Record(
        type="book",
        author=[Name(family="Deutscher", given="Isaac")],
        translator=[Name(family="Gaulle", given="Charles", non_dropping_particle="de")],
        editor=[Name(literal="Barnes and Noble, Inc.")],
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
    )
    rec.set_full_title("The Prophet Armed: Trotsky, 1879–1921")
    return rec


def _field(text: str, name: str) -> str:
    for line in text.splitlines():
        key, sep, value = line.strip().partition("=")
        if sep and key.strip() == name:
            return value.strip().rstrip(",")
    raise AssertionError(f"no {name} in\n{text}")


def test_a_book_has_the_fields_zotero_reads() -> None:
    text = bibtex.write([_prophet()])
    assert text.startswith("@book{deutscher1954prophet,\n")  # keyed by the cited (original) year
    assert _field(text, "author") == "{Deutscher, Isaac}"
    assert _field(text, "translator") == "{de Gaulle, Charles}"
    assert _field(text, "editor") == "{{Barnes and Noble, Inc.}}"
    assert _field(text, "address") == "{London}"
    assert _field(text, "pagetotal") == "{576}"
    assert _field(text, "series") == "{Classics}"
    assert _field(text, "number") == "{4}"
    assert _field(text, "year") == "{2003}"
    assert _field(text, "month") == "may"
    assert _field(text, "date") == "{2003-05-01}"
    assert _field(text, "origdate") == "{1954}"
    assert _field(text, "language") == "{en}"
    assert _field(text, "options") == "{useprefix=true}"


def test_biblatex_uses_its_own_field_names() -> None:
    text = biblatex.write([_prophet()])
    assert _field(text, "location") == "{London}"
    assert _field(text, "date") == "{2003-05-01}"
    assert "year" not in text and "address" not in text


def test_capitals_are_protected_word_by_word_never_the_whole_title() -> None:
    rec = Record(id="x")
    rec.set_full_title("The history of the USSR: Trotsky and iPhone culture")
    title = _field(bibtex.write([rec]), "title")
    assert title == "{The history of the {USSR}: Trotsky and {iPhone} culture}"
    rec.set_full_title("The Prophet Armed")
    assert _field(bibtex.write([rec]), "title") == "{The {Prophet} {Armed}}"


def test_latex_specials_are_escaped() -> None:
    rec = Record(id="x", title="R&D costs 50% of $5 #1 in_fact {x} ~ ^ \\ a--b")
    title = _field(bibtex.write([rec]), "title")
    assert title == (
        r"{R\&{D} costs 50\% of \$5 \#1 in\_fact \{x\} {\textasciitilde} "
        r"{\textasciicircum} {\textbackslash} a-{}-b}"
    )
    assert bibtex.read(bibtex.write([rec])).records[0].title == rec.title


def test_ascii_option_encodes_accents_as_latex() -> None:
    rec = Record(id="x", title="Przedwiośnie", author=[Name(family="Żeromski", given="Stefan")])
    text = bibtex.write([rec], ascii=True)
    assert text.isascii()
    assert _field(text, "author") == r"{{\.Z}eromski, Stefan}"
    assert bibtex.read(text).records[0].author == rec.author


def test_films_are_movies_with_a_director() -> None:
    rec = Record(type="motion_picture", id="kubrick1964", title="Dr. Strangelove",
                 director=[Name(family="Kubrick", given="Stanley")], issued=Date.from_year(1964))
    text = biblatex.write([rec])
    assert text.startswith("@movie{kubrick1964,")
    assert _field(text, "editor") == "{Kubrick, Stanley}"
    assert _field(text, "editortype") == "{director}"
    assert biblatex.read(text).records[0].director == rec.director


def test_newspaper_articles_keep_their_subtype() -> None:
    rec = Record(type="article-newspaper", id="x", title="T", container_title="The Guardian")
    text = biblatex.write([rec])
    assert _field(text, "entrysubtype") == "{newspaper}"
    assert _field(text, "journaltitle") == "{The Guardian}"
    assert biblatex.read(text).records[0].type == "article-newspaper"


def test_keys_are_readable_and_deduplicated() -> None:
    recs = [Record(title="The Prophet Armed", author=[Name(family="Deutscher", given="I.")],
                   issued=Date.from_year(1954)) for _ in range(3)]
    text = bibtex.write(recs)
    keys = [line.split("{")[1].rstrip(",") for line in text.splitlines() if line.startswith("@")]
    assert keys == ["deutscher1954propheta", "deutscher1954prophetb", "deutscher1954prophetc"]
    assert all(r.id == "" for r in recs)  # the caller's records are not changed


def test_real_world_bibtex_is_decoded() -> None:
    text = r"""
@string{vs = "Verso"}
@Book{Deutscher:1954,
  Author    = "Deutscher, Isaac and {\'E}mile Zola and van der Waals, J. D. and others",
  Title     = {The {P}rophet {A}rmed},
  Publisher = vs,
  Year      = 1954,
  Month     = jun,
  Note      = {Original Date: 1921},
  Pages     = {1--400},
}
"""
    [rec] = bibtex.read(text, "old.bib").records
    assert rec.id == "Deutscher:1954"
    assert rec.title == "The Prophet Armed"
    assert rec.publisher == "Verso"
    assert rec.issued == Date.from_year(1954, 6)
    assert rec.author == [
        Name(family="Deutscher", given="Isaac"),
        Name(family="Zola", given="Émile"),
        Name(family="Waals", given="J. D.", dropping_particle="van der"),
    ]
    assert rec.original_date == Date.from_year(1921)
    assert rec.note is None
    assert rec.page == "1-400"


def test_string_macros_and_concatenation_are_evaluated() -> None:
    text = r"""
@STRING{ox = "Oxford"}
@string{oup = ox # " University Press"}
@book{k,
  title     = "The Prophet " # {Armed} # ": Trotsky \# 1",
  publisher = OUP,
  address   = ox,
  year      = 1954,
  month     = jun # "~15",
  note      = undefinedmacro,
}
"""
    [rec] = bibtex.read(text).records
    assert rec.full_title == "The Prophet Armed: Trotsky # 1"
    assert rec.publisher == "Oxford University Press"
    assert rec.publisher_place == "Oxford"
    assert rec.issued == Date.from_year(1954, 6)
    assert rec.note == "undefinedmacro"  # kept as written rather than lost


@pytest.mark.parametrize(("value", "text"), [
    (r"The {\TeX book}", "The TeXbook"),
    (r"The \TeX{}book", "The TeXbook"),
    (r"{\TeX}", "TeX"),
    (r"The {\LaTeX} Companion", "The LaTeX Companion"),
    (r"\LaTeX\ and \BibTeX", "LaTeX and BibTeX"),
    (r"G{\"o}del, Escher, Bach", "Gödel, Escher, Bach"),
    (r"Caf\'{e} Society", "Café Society"),
    (r"Stra{\ss}e", "Straße"),
    (r"Faber \& Faber", "Faber & Faber"),
    ("1914--1918 and 1939---1945", "1914–1918 and 1939—1945"),
    ("Vol.~2", "Vol.\u00a02"),
])
def test_latex_in_titles_is_decoded(value: str, text: str) -> None:
    [rec] = bibtex.read("@book{k, title = {" + value + "}}").records
    assert rec.full_title == text


def test_a_malformed_entry_is_reported_and_the_others_converted() -> None:
    text = (
        "@book{one, title={One}, year=2001}\n"
        "\n"
        "@book{two, title={Two, year=2002\n"
        "\n"
        "@book{three, title={Three}, year=2003}\n"
        "@book{one, title={One again}}\n"
    )
    result = bibtex.read(text, "refs.bib")
    assert [r.title for r in result.records] == ["One", "Three", "One again"]
    assert result.records[2].id == ""  # a duplicate key is not reused
    first, second = result.problems
    assert (first.source, first.line) == ("refs.bib", 3)
    assert first.message.startswith("malformed BibTeX entry")
    assert second.line == 6 and "duplicate key 'one'" in second.message



def test_a_missing_comma_between_fields_is_reported_not_swallowed() -> None:
    # bibtexparser reads the year into the author value; the names would be wrong.
    text = (
        "@book{deutscher1954,\n"
        "  author = {Deutscher, Isaac}\n"
        "  year = 1954,\n"
        "  title = {The Prophet Armed}\n"
        "}\n"
        '@book{zamyatin1921, author = "Zamyatin, Yevgeny", title = "We" # { (novel)}}\n'
    )
    result = bibtex.read(text, "refs.bib")
    assert [r.full_title for r in result.records] == ["We (novel)"]
    (problem,) = result.problems
    assert (problem.source, problem.line) == ("refs.bib", 1)
    assert problem.message == (
        "entry 'deutscher1954': field 'author' goes on after its closing delimiter "
        "with 'year = 1954' (a missing comma?)"
    )

TEXLIVE_BIB = Path("/usr/share/texlive/texmf-dist/bibtex/bib")


@pytest.mark.skipif(not TEXLIVE_BIB.is_dir(), reason="texlive-bibtex-extra not installed")
def test_real_bib_files_from_texlive_read_without_crashing() -> None:
    files = [p for p in sorted(TEXLIVE_BIB.rglob("*.bib")) if p.stat().st_size < 100_000][:40]
    assert files
    total = 0
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        result = bibtex.read(text, str(path))
        total += len(result.records)
        for rec in result.records:
            biblatex.write([rec])  # everything read can be written
    assert total > 100
