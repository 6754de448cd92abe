"""biber, the reader behind biblatex, reads our BibLaTeX and BibTeX without loss.

biber runs in tool mode with ``--validate-datamodel`` against biblatex's own
data model, and re-emits what it read: as BibLaTeXML, where every name is
split into family, given, prefix and suffix by biber itself, and as
BibLaTeX, which our reader must read back to the same records.  The
expectation for each record is written out here in biblatex's terms, not
taken from our field table, so a wrong table row fails.  Skipped only when
biber is absent (Debian package ``biber``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import biblio
from biblio.formats.latex_text import decode
from biblio.model import Date, Name, Record
from export_records import RECORDS

pytestmark = pytest.mark.skipif(shutil.which("biber") is None, reason="biber not installed")

BLTX = "{http://biblatex-biber.sourceforge.net/biblatexml}"
# Fields biblatex's own data model lacks for an entry type: biber keeps them
# (the output tests below prove it) but --validate-datamodel flags each one.
# biblatex's non-standard types (manual §2.1.3, "treated as @misc by the
# standard styles") have no fields of their own, so every field of a film is
# flagged; a report has an ISRN but no ISBN.
FIELDLESS_TYPES = {"movie"}
UNIVERSAL_FIELDS = {"entrytype", "options", "date", "url", "urldate", "doi"}
# A misc has no publisher in biblatex (BibTeX's film is a misc, as Zotero writes it).
MISSING_FIELDS = {"report": {"isbn"}, "misc": {"publisher"}}
_DATAMODEL_WARNING = re.compile(
    r"Entry '(?P<key>[^']+)' \([^)]*\): Invalid field '(?P<field>[^']+)' "
    r"for entrytype '(?P<type>[^']+)'"
)

# CSL type → the biblatex entry type biber must report, from either dialect.
ENTRY_TYPES = {
    "book": "book",
    "chapter": "incollection",
    "article-journal": "article",
    "article-newspaper": "article",
    "motion_picture": "movie",
    "paper-conference": "inproceedings",
    "report": "report",
    "thesis": "thesis",
}
# Types whose publisher biblatex calls the institution.
INSTITUTIONS = {"report", "thesis"}
ARTICLES = {"article-journal", "article-newspaper"}


# Language codes of the records → babel's langid and biblatex's language key.
LANGID = {"en": "english", "nl": "dutch", "ja": "japanese"}


@dataclass
class BiberRun:
    dialect: str
    log: list[str]  # biber's WARN and ERROR lines
    entries: dict[str, dict[str, Any]]  # what biber read, from its BibLaTeXML
    bib: str  # biber's BibLaTeX output


def _biber(workdir: Path, source: Path, output_format: str, output: str) -> list[str]:
    done = subprocess.run(
        ["biber", "--tool", "--validate-datamodel", f"--output-format={output_format}",
         f"--output-file={output}", source.name],
        cwd=workdir, capture_output=True, text=True, timeout=120, check=False,
    )
    log = [line for line in (done.stdout + done.stderr).splitlines()
           if line.startswith(("WARN", "ERROR"))]
    assert done.returncode == 0, done.stdout + done.stderr
    return log


@pytest.fixture(scope="module", params=[("biblatex", False), ("bibtex", False), ("bibtex", True)],
                ids=["biblatex", "bibtex", "bibtex-ascii"])
def biber(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> BiberRun:
    dialect, ascii_only = request.param
    workdir = tmp_path_factory.mktemp("biber")
    source = workdir / "refs.bib"
    source.write_text(biblio.dumps(RECORDS, dialect, ascii=ascii_only), encoding="utf-8")
    log = _biber(workdir, source, "biblatexml", "refs.bltxml")
    entries = _read_biblatexml(workdir / "refs.bltxml")
    log += _biber(workdir, source, "bibtex", "out.bib")
    return BiberRun(dialect, log, entries, (workdir / "out.bib").read_text(encoding="utf-8"))


# ---------------------------------------------------------------- biber's view


def _read_biblatexml(path: Path) -> dict[str, dict[str, Any]]:
    entries: dict[str, dict[str, Any]] = {}
    for entry in ET.parse(path).getroot().iter(f"{BLTX}entry"):
        fields: dict[str, Any] = {"entrytype": entry.get("entrytype")}
        for child in entry:
            tag = child.tag.removeprefix(BLTX)
            if tag == "names":
                fields[str(child.get("type"))] = [_name(n) for n in child.iter(f"{BLTX}name")]
            elif tag == "date":
                fields[(child.get("type") or "") + "date"] = child.text
            else:
                fields[tag] = _value(child)
        entries[str(entry.get("id"))] = fields
    return entries


def _name(element: ET.Element) -> dict[str, str]:
    """Name parts as biber split them: {"family": "Waals", "prefix": "van der", ...}."""
    parts: dict[str, str] = {}
    for part in element.findall(f"{BLTX}namepart"):
        words = [w.text or "" for w in part.findall(f"{BLTX}namepart")] or [part.text or ""]
        parts[str(part.get("type"))] = decode(" ".join(words))
    return parts


def _value(element: ET.Element) -> Any:
    """A list field as a list of strings, a range as "start-end", else the text."""
    listed = element.find(f"{BLTX}list")
    if listed is None:
        return decode(element.text or "")
    items: list[str] = []
    for item in listed.findall(f"{BLTX}item"):
        start = item.find(f"{BLTX}start")
        if start is None:
            items.append(decode(item.text or ""))
        else:
            end = item.find(f"{BLTX}end")
            items.append("-".join(decode(e.text or "") for e in (start, end) if e is not None))
    return items if element.tag != f"{BLTX}pages" else ",".join(items)


# ---------------------------------------------------------------- what biber should see


def _parts(name: Name) -> dict[str, str]:
    if name.literal is not None:
        return {"family": name.literal}
    parts = {
        "family": name.family,
        "given": name.given,
        "prefix": name.non_dropping_particle or name.dropping_particle,
        "suffix": name.suffix,
    }
    return {k: v for k, v in parts.items() if v}


def _iso(date: Date | None) -> str | None:
    return date.iso() if date is not None else None


def expected(rec: Record, dialect: str) -> dict[str, Any]:
    """The record in biblatex's data model, written out by hand.

    BibTeX writes a film as Zotero does: ``@misc``, the director as author.
    """
    film_as_misc = dialect == "bibtex" and rec.type == "motion_picture"
    directors_apart = rec.director and not film_as_misc
    fields: dict[str, Any] = {
        "entrytype": "misc" if film_as_misc else ENTRY_TYPES[rec.type],
        "author": [_parts(n) for n in (rec.director if film_as_misc else []) + rec.author],
        "editor": [_parts(n) for n in rec.editor or (rec.director if directors_apart else [])],
        "editortype": "director" if directors_apart else None,
        "translator": [_parts(n) for n in rec.translator],
        "title": rec.full_title,
        "journaltitle" if rec.type in ARTICLES else "booktitle": rec.container_title,
        "entrysubtype": "newspaper" if rec.type == "article-newspaper"
        else "film" if film_as_misc else None,
        "series": rec.collection_title,
        "number": rec.collection_number or rec.issue or rec.number,
        "type": rec.genre,
        "volume": rec.volume,
        "edition": rec.edition,
        "institution" if rec.type in INSTITUTIONS else "publisher":
            [rec.publisher] if rec.publisher else None,
        "location": [rec.publisher_place] if rec.publisher_place else None,
        "language": [rec.language if dialect == "bibtex" else LANGID[rec.language]]
        if rec.language else None,
        "langid": LANGID[rec.language] if rec.language else None,
        "pages": rec.page,
        "pagetotal": rec.number_of_pages,
        "isbn": rec.isbn,
        "doi": rec.doi,
        "url": rec.url,
        "date": _iso(rec.issued),
        "origdate": _iso(rec.original_date),
        "urldate": _iso(rec.accessed),
        "note": rec.note,
    }
    if any(n.non_dropping_particle for n in rec.author + rec.editor + rec.translator):
        fields["options"] = "useprefix=true"
    return {k: v for k, v in fields.items() if v}


# ---------------------------------------------------------------- tests


def _entrytype(rec: Record, dialect: str) -> str:
    return str(expected(rec, dialect)["entrytype"])


def _outside_datamodel(entrytype: str, field: str) -> bool:
    if entrytype in FIELDLESS_TYPES:
        return field not in UNIVERSAL_FIELDS
    return field in MISSING_FIELDS.get(entrytype, set())


def test_biber_reports_no_errors_and_flags_only_fields_biblatex_lacks(biber: BiberRun) -> None:
    lacking = {(rec.id, field) for rec in RECORDS for field in expected(rec, biber.dialect)
               if _outside_datamodel(_entrytype(rec, biber.dialect), field)}
    flagged = set()
    unexplained = []
    for line in biber.log:
        m = _DATAMODEL_WARNING.search(line)
        if m and (m["key"], m["field"]) in lacking:
            flagged.add((m["key"], m["field"]))
        else:
            unexplained.append(line)
    assert unexplained == []
    assert flagged == lacking


def test_biber_reads_every_entry(biber: BiberRun) -> None:
    assert set(biber.entries) == {r.id for r in RECORDS}


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: r.id)
def test_biber_reads_every_field_with_its_value(rec: Record, biber: BiberRun) -> None:
    assert biber.entries[rec.id] == expected(rec, biber.dialect)


def test_biber_splits_particles_suffixes_and_organisations_like_the_record(
    biber: BiberRun,
) -> None:
    assert biber.entries["waals1873continuity"]["author"] == [
        {"family": "Waals", "given": "Johannes Diderik", "prefix": "van der"}
    ]
    assert biber.entries["waals1873continuity"]["translator"] == [
        {"family": "King", "given": "Martin Luther", "suffix": "Jr."}
    ]
    assert biber.entries["deutscher2003prophet"]["translator"] == [
        {"family": "Gaulle", "given": "Charles", "prefix": "de"}
    ]
    assert biber.entries["bn2010atlas"]["author"] == [{"family": "Barnes and Noble, Inc."}]


@pytest.mark.parametrize("rec", RECORDS, ids=lambda r: r.id)
def test_our_reader_reads_bibers_biblatex_back_to_the_record(rec: Record,
                                                            biber: BiberRun) -> None:
    back = {r.id: r for r in biblio.loads(biber.bib, "biblatex")}[rec.id]
    back.origin = None
    assert back == rec
