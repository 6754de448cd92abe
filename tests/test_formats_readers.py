"""What independent readers make of the constructs they used to misread.

Each fix is checked by the reader that showed the problem: BibTeX itself
with ``plain.bst`` (and a four-line style that prints how BibTeX splits a
name), biber with ``--validate-datamodel``, pandoc's BibTeX, BibLaTeX and
CSL-JSON readers, rispy.  Each test skips when its program is missing
(Debian: ``texlive-binaries`` + ``texlive-base``, ``biber``, ``pandoc``).

* A film in BibTeX is ``@misc`` with the director in ``author``, as Zotero
  exports it: plain.bst prints the director and knows the entry type.
* biblatex's ``@report`` and ``@thesis`` get their mandatory ``type``.
* ``language`` is a biblatex key in BibLaTeX, ``langid`` a babel name.
* A dropping particle is written "Ludwig van Beethoven", which BibTeX
  splits into First "Ludwig", von "van", Last "Beethoven".
* One ISBN per field unless ``isbn="both"``.
* ``--ascii`` says which fields keep characters without a LaTeX form.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import rispy

import biblio
from biblio.cli import main
from biblio.formats import biblatex, bibtex, csljson, ris
from biblio.formats.isbn_output import written_isbn
from biblio.model import Date, Name, Record
from biblio.problems import BiblioError, Problem
from export_records import RECORDS


def _has_plain_bst() -> bool:
    if shutil.which("bibtex") is None or shutil.which("kpsewhich") is None:
        return False
    found = subprocess.run(["kpsewhich", "plain.bst"], capture_output=True, text=True,
                           check=False)
    return bool(found.stdout.strip())


needs_bibtex = pytest.mark.skipif(not _has_plain_bst(),
                                  reason="bibtex or plain.bst not installed")
needs_biber = pytest.mark.skipif(shutil.which("biber") is None, reason="biber not installed")
needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc not installed")

BLTX = "{http://biblatex-biber.sourceforge.net/biblatexml}"

# A style that prints, for each entry, how BibTeX splits its first author:
# "key:von|last|first|jr".
NAMES_BST = r"""
ENTRY { author } {} {}
FUNCTION {parts}
{ cite$ ":" * author #1 "{vv}|{ll}|{ff}|{jj}" format.name$ * write$ newline$ }
FUNCTION {default.type} { parts }
READ
ITERATE {call.type$}
"""


def _film() -> Record:
    return Record(type="motion_picture", id="kubrick1964", title="Dr. Strangelove",
                  director=[Name(family="Kubrick", given="Stanley")],
                  publisher="Columbia Pictures", issued=Date.from_year(1964))


def _book(key: str, **fields: Any) -> Record:
    fields.setdefault("author", [Name(family="Beethoven", given="Ludwig")])
    return Record(type="book", id=key, title="Letters", publisher="Artaria",
                  issued=Date.from_year(1990), **fields)


def _beethoven(**more: str) -> Name:
    return Name(family="Beethoven", given="Ludwig", dropping_particle="van", **more)


# ---------------------------------------------------------------- running the readers


def _bibtex(workdir: Path, bib: str, style: str = "plain") -> tuple[str, str]:
    """(the .bbl, BibTeX's messages) for every entry of `bib` under `style`."""
    (workdir / "refs.bib").write_text(bib, encoding="utf-8")
    (workdir / "doc.aux").write_text(
        f"\\citation{{*}}\n\\bibdata{{refs}}\n\\bibstyle{{{style}}}\n", encoding="utf-8")
    done = subprocess.run(["bibtex", "doc"], cwd=workdir, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode in (0, 1), done.stdout + done.stderr  # 1: warnings only
    return (workdir / "doc.bbl").read_text(encoding="utf-8"), done.stdout


def _name_parts(workdir: Path, bib: str) -> dict[str, str]:
    (workdir / "names.bst").write_text(NAMES_BST, encoding="utf-8")
    bbl, _ = _bibtex(workdir, bib, "names")
    # format.name$ ties the words of a part with "~".
    return dict(line.replace("~", " ").split(":", 1) for line in bbl.splitlines() if ":" in line)


def _biber(workdir: Path, bib: str) -> tuple[list[str], dict[str, ET.Element]]:
    """(biber's warnings, each entry as biber read it, in BibLaTeXML)."""
    (workdir / "refs.bib").write_text(bib, encoding="utf-8")
    done = subprocess.run(
        ["biber", "--tool", "--validate-datamodel", "--output-format=biblatexml",
         "--output-file=out.bltxml", "refs.bib"],
        cwd=workdir, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    warnings = [line for line in done.stdout.splitlines() if line.startswith("WARN")]
    root = ET.parse(workdir / "out.bltxml").getroot()
    return warnings, {str(e.get("id")): e for e in root.iter(f"{BLTX}entry")}


def _text(entry: ET.Element, field: str) -> list[str]:
    """Every value biber holds for `field` (list fields give one per item)."""
    element = entry.find(f"{BLTX}{field}")
    if element is None:
        return []
    items = element.findall(f"{BLTX}list/{BLTX}item")
    return [i.text or "" for i in items] if items else [element.text or ""]


def _biber_name(entry: ET.Element, role: str) -> dict[str, str]:
    name = entry.find(f"{BLTX}names[@type='{role}']/{BLTX}name")
    assert name is not None
    return {str(p.get("type")): p.text or " ".join(w.text or "" for w in p)
            for p in name.findall(f"{BLTX}namepart")}


def _pandoc(text: str, reader: str) -> dict[str, dict[str, Any]]:
    done = subprocess.run(["pandoc", "-f", reader, "-t", "csljson"], input=text,
                          capture_output=True, text=True, check=True, timeout=60)
    return {item["id"]: item for item in json.loads(done.stdout)}


# ---------------------------------------------------------------- films in BibTeX


@needs_bibtex
def test_plain_bst_prints_the_director_of_a_bibtex_film(tmp_path: Path) -> None:
    bbl, log = _bibtex(tmp_path, bibtex.write([_film()]))
    assert "Stanley Kubrick" in bbl
    assert "isn't style-file defined" not in log  # @movie was; plain falls back to misc
    assert "need author or key" not in log


@needs_bibtex
def test_plain_bst_dropped_the_director_of_the_biblatex_movie(tmp_path: Path) -> None:
    # Why BibTeX no longer writes @movie + editortype: plain prints no editor of a misc.
    bbl, log = _bibtex(tmp_path, biblatex.write([_film()]).replace("date", "year"))
    assert "Kubrick" not in bbl
    assert "isn't style-file defined" in log


@needs_pandoc
def test_pandoc_reads_the_biblatex_film_with_its_director() -> None:
    item = _pandoc(biblatex.write([_film()]), "biblatex")["kubrick1964"]
    assert item["type"] == "motion_picture"
    assert item["director"] == [{"family": "Kubrick", "given": "Stanley"}]


def test_our_reader_reads_the_bibtex_film_back_as_a_film() -> None:
    film = _film()
    film.author = [Name(family="Southern", given="Terry")]
    back = bibtex.read(bibtex.write([film])).records[0]
    assert back.type == "motion_picture"
    # Authors of a film share `author` with its directors, as in RIS.
    assert back.director == film.director + film.author
    assert back.author == []


def test_a_misc_without_our_subtype_stays_a_document_by_its_author() -> None:
    # Zotero's own BibTeX export of a film: nothing in it says film.
    text = "@misc{k, author = {Kubrick, Stanley}, title = {Dr. Strangelove}, year = 1964}"
    back = bibtex.read(text).records[0]
    assert (back.type, back.author, back.director) == (
        "document", [Name(family="Kubrick", given="Stanley")], [])


@needs_bibtex
def test_plain_bst_on_the_export_records(tmp_path: Path) -> None:
    """What docs/formats.md says reaches plain.bst, and what it has no field for."""
    bbl, log = _bibtex(tmp_path, bibtex.write(RECORDS))
    items = {chunk.split("}", 1)[0]: chunk for chunk in bbl.split("\\bibitem{")[1:]}
    book = items["deutscher2003prophet"]
    for kept in ("Isaac Deutscher", "{Prophet} {Armed}", "Number~1 in The {Prophet} {Trilogy}",
                 "Verso, London, 2 edition, May\n  2003", "First published by Oxford"):
        assert kept in book, kept
    # plain has no translator, ISBN, page total, language or original date, and
    # prints the editor of a book only when it has no author.
    for lost in ("Gaulle", "978", "576", "english", "1954", "Tariq"):
        assert lost not in book, lost
    assert "can't use both author and editor fields in deutscher2003prophet" in log
    assert "Stanley Kubrick" in items["kubrick1964strangelove"]
    assert "Columbia" not in items["kubrick1964strangelove"]  # a misc has no publisher
    assert "Technical report WHO/CDS/TB/2020.22, World Health Organization" in \
        items["who2020tuberculosis"]
    assert "{\\em Slavic Review}, 58(3):101--119, September 1999" in items["zeromski1999"]


# ---------------------------------------------------------------- @report and @thesis type


def _report_and_thesis() -> list[Record]:
    return [
        Record(type="report", id="who2020", title="Global Tuberculosis Report",
               author=[Name(literal="World Health Organization")], publisher="WHO",
               issued=Date.from_year(2020)),
        Record(type="thesis", id="doe2001", title="Essays", author=[Name(family="Doe")],
               publisher="University of Tokyo", issued=Date.from_year(2001)),
    ]


@needs_biber
def test_biber_finds_the_mandatory_type_of_report_and_thesis(tmp_path: Path) -> None:
    warnings, entries = _biber(tmp_path, biblatex.write(_report_and_thesis()))
    assert not [w for w in warnings if "Missing mandatory field" in w]
    assert _text(entries["who2020"], "type") == ["techreport"]
    assert _text(entries["doe2001"], "type") == ["phdthesis"]


@needs_pandoc
def test_pandoc_spells_out_biblatex_type_keys() -> None:
    items = _pandoc(biblatex.write(_report_and_thesis()), "biblatex")
    assert (items["who2020"]["genre"], items["doe2001"]["genre"]) == (
        "technical report", "PhD thesis")


def test_the_type_key_reads_back_as_no_genre() -> None:
    # @report + type = {techreport} is biblatex's reading of BibTeX's @techreport.
    records = _report_and_thesis()
    assert [r.genre for r in biblatex.read(biblatex.write(records)).records] == [None, None]


# ---------------------------------------------------------------- language


LANGUAGES = [_book(code.lower(), language=code) for code in ("en", "en-GB", "fr", "ar")]


@needs_biber
def test_biber_gets_biblatex_language_keys_and_babel_langids(tmp_path: Path) -> None:
    warnings, entries = _biber(tmp_path, biblatex.write(LANGUAGES))
    assert warnings == []
    got = {key: (_text(e, "language"), _text(e, "langid")) for key, e in entries.items()}
    assert got == {
        "en": (["english"], ["english"]),
        "en-gb": (["english"], ["british"]),
        "fr": (["french"], ["french"]),
        "ar": (["Arabic"], ["arabic"]),  # no biblatex key: its English name is printed
    }


@needs_biber
def test_bibtex_keeps_the_code_in_language_for_zotero(tmp_path: Path) -> None:
    _, entries = _biber(tmp_path, bibtex.write(LANGUAGES))
    assert _text(entries["en-gb"], "language") == ["en-GB"]
    assert _text(entries["en-gb"], "langid") == ["british"]


@needs_pandoc
@pytest.mark.parametrize(("module", "reader"), [(bibtex, "bibtex"), (biblatex, "biblatex")])
def test_pandoc_reads_the_langid(module: Any, reader: str) -> None:
    items = _pandoc(module.write(LANGUAGES), reader)
    # pandoc gives a babel name its own default region ("english" is en-US).
    assert {key: item.get("language") for key, item in items.items()} == {
        "en": "en-US", "en-gb": "en-GB", "fr": "fr-FR", "ar": "ar",
    }


@pytest.mark.parametrize(("fields", "code"), [
    ("language = {english}, langid = {english}", "en"),  # ours, BibLaTeX
    ("language = {english}, langid = {british}", "en-GB"),
    ("language = {en-GB}, langid = {british}", "en-GB"),  # ours, BibTeX
    ("langid = {ngerman}", "de"),  # Zotero's BibLaTeX export writes langid only
    ("language = {French}", "fr"),
    ("language = {Klingon}", "Klingon"),
])
def test_our_reader_reads_language_names_back_to_codes(fields: str, code: str) -> None:
    back = biblatex.read(f"@book{{k, title = {{T}}, {fields}}}").records[0]
    assert back.language == code


# ---------------------------------------------------------------- particles


NAMES = _book("names", author=[
    _beethoven(),
    Name(family="Waals", given="Johannes Diderik", dropping_particle="van der"),
    _beethoven(suffix="Jr."),
    Name(family="Żeromski", given="Łukasz", dropping_particle="de"),
])


@needs_bibtex
@pytest.mark.parametrize("ascii_only", [False, True], ids=["utf8", "ascii"])
def test_bibtex_finds_the_von_part_of_every_name_form(tmp_path: Path, ascii_only: bool) -> None:
    entries = []
    for n, name in enumerate(NAMES.author):
        rec = NAMES.copy()
        rec.id, rec.author = f"n{n}", [name]
        entries.append(bibtex.write([rec], ascii=ascii_only))
    text = bibtex.write([NAMES], ascii=ascii_only)
    assert "Ludwig van Beethoven and Johannes Diderik van der Waals" in text
    parts = _name_parts(tmp_path, "\n".join(entries))
    assert parts["n0"] == "van|Beethoven|Ludwig|"
    assert parts["n1"] == "van der|Waals|Johannes Diderik|"
    assert parts["n2"] == "van|Beethoven|Ludwig|Jr."  # a suffix needs the comma form
    # "Łukasz" starts with no ASCII letter, so 8-bit BibTeX would take it for a
    # von word in "Łukasz de Żeromski": the comma form is kept.
    assert parts["n3"].split("|")[0] == "de"


@needs_biber
def test_biber_splits_first_von_last(tmp_path: Path) -> None:
    _, entries = _biber(tmp_path, biblatex.write([NAMES]))
    assert _biber_name(entries["names"], "author") == {
        "family": "Beethoven", "given": "Ludwig", "prefix": "van"}


@needs_pandoc
def test_pandoc_reads_a_dropping_particle() -> None:
    item = _pandoc(bibtex.write([NAMES]), "bibtex")["names"]
    assert item["author"][0] == {"family": "Beethoven", "given": "Ludwig",
                                 "dropping-particle": "van"}


# ---------------------------------------------------------------- one ISBN per field


BOTH = _book("pratchett", isbn="978-1-85715-137-4 1-85715-137-2")


@needs_biber
def test_biber_reads_one_valid_isbn(tmp_path: Path) -> None:
    warnings, entries = _biber(tmp_path, biblatex.write([BOTH]))
    assert warnings == []
    assert _text(entries["pratchett"], "isbn") == ["978-1-85715-137-4"]


@needs_biber
def test_biber_flags_both_isbns_in_one_field(tmp_path: Path) -> None:
    warnings, _ = _biber(tmp_path, biblatex.write([BOTH], isbn="both"))
    assert any("Invalid ISBN" in w for w in warnings)


@needs_pandoc
def test_pandoc_gets_one_isbn_from_every_format() -> None:
    for module, reader in ((bibtex, "bibtex"), (biblatex, "biblatex"), (csljson, "csljson")):
        assert _pandoc(module.write([BOTH]), reader)["pratchett"]["ISBN"] == "978-1-85715-137-4"


def test_rispy_gets_one_isbn() -> None:
    assert rispy.loads(ris.write([BOTH]))[0]["issn"] == "978-1-85715-137-4"
    assert rispy.loads(ris.write([BOTH], isbn="both"))[0]["issn"] == BOTH.isbn


@pytest.mark.parametrize("module", [bibtex, biblatex, csljson, ris])
def test_isbn_both_keeps_the_field_and_a_bad_value_is_refused(module: Any) -> None:
    assert BOTH.isbn is not None
    assert BOTH.isbn in module.write([BOTH], isbn="both")
    assert "1-85715-137-2" not in module.write([BOTH])
    with pytest.raises(BiblioError, match="isbn must be one of isbn13, both"):
        module.write([BOTH], isbn="10")


@pytest.mark.parametrize(("stored", "written"), [
    ("978-1-85715-137-4 1-85715-137-2", "978-1-85715-137-4"),
    ("1-85715-137-2 978-1-85715-137-4", "978-1-85715-137-4"),
    ("9781857151374", "9781857151374"),  # one ISBN-13 keeps its spelling
    ("0-14-018585-2", "978-0-14-018585-0"),
    ("9780140449242 (pbk.); 9780141192451", "978-0-14-044924-2"),
    ("n/a", "n/a"),  # no valid ISBN: kept, not lost
])
def test_the_isbn_rule(stored: str, written: str) -> None:
    assert written_isbn(stored, "isbn13") == written


# ---------------------------------------------------------------- --ascii and CJK


CJK = Record(type="book", id="nakamura2010", title="東京の近代建築 and Żeromski",
             author=[Name(family="中村", given="Aiko")], issued=Date.from_year(2010))


def test_ascii_warns_for_each_field_keeping_utf8() -> None:
    problems: list[Problem] = []
    text = bibtex.write([CJK], ascii=True, problems=problems, target="refs.bib")
    assert "{\\.Z}eromski" in text  # what has a LaTeX form gets it
    assert [str(p) for p in problems] == [
        "refs.bib: warning: entry nakamura2010: field author keeps 2 characters that have "
        "no LaTeX form (中村); they are written as UTF-8",
        "refs.bib: warning: entry nakamura2010: field title keeps 7 characters that have "
        "no LaTeX form (東京の近代建築); they are written as UTF-8",
    ]
    assert all(p.warning for p in problems)


def test_no_warning_without_ascii_or_without_such_characters() -> None:
    problems: list[Problem] = []
    bibtex.write([CJK], problems=problems)
    latin = _book("zeromski", author=[Name(family="Żeromski", given="Stefan")])
    biblatex.write([latin], ascii=True, problems=problems)
    assert problems == []


def test_the_cli_shows_the_ascii_warnings(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    source, out = tmp_path / "in.json", tmp_path / "out.bib"
    source.write_text(csljson.write([CJK]), encoding="utf-8")
    assert main(["convert", str(source), "--to", "bibtex", "--ascii", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"biblio: {out}: warning: entry nakamura2010: field title keeps 7 characters " \
           "that have no LaTeX form" in err
    assert "2 warning(s) above" in err
    assert biblio.load(out)[0].title == CJK.title
