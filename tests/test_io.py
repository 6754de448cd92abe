"""The Python API: load / loads / read / dump / dumps, decoding and sniffing."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import biblio
from biblio.io import convert, decode, sniff
from biblio.lookup.service import LookupSettings
from biblio.model import Date, Name, Record
from biblio.problems import BiblioError

BIB = """@book{deutscher1954prophet,
  author = {Deutscher, Isaac},
  title = {The {Prophet} {Armed}: Trotsky, 1879--1921},
  publisher = {Oxford University Press},
  year = {1954},
}
"""


def test_load_a_file_by_its_extension(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    [rec] = biblio.load(path)
    assert rec.full_title == "The Prophet Armed: Trotsky, 1879–1921"
    assert rec.author == [Name(family="Deutscher", given="Isaac")]
    assert rec.origin is not None and (rec.origin.source, rec.origin.line) == (str(path), 1)


def test_load_text_sniffs_the_format() -> None:
    assert biblio.load(BIB)[0].id == "deutscher1954prophet"
    assert biblio.loads('[{"id": "a", "type": "book", "title": "T"}]')[0].title == "T"
    assert biblio.loads("TY  - BOOK\nTI  - T\nER  - \n")[0].title == "T"


def test_load_raises_with_file_and_line_when_a_part_is_bad(tmp_path: Path) -> None:
    path = tmp_path / "bad.ris"
    path.write_text("TI  - T\nTY  - BOOK\nTI  - T\n", encoding="utf-8")
    with pytest.raises(BiblioError, match=r"bad\.ris:1: RIS tag outside a record"):
        biblio.load(path)


def test_read_returns_records_and_problems(tmp_path: Path) -> None:
    path = tmp_path / "mixed.bib"
    path.write_text(BIB + "@book{broken, title={x\n", encoding="utf-8")
    result = biblio.read(path)
    assert [r.id for r in result.records] == ["deutscher1954prophet"]
    assert [p.line for p in result.problems] == [7]


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BiblioError, match="no such file"):
        biblio.load(tmp_path / "nope.bib")


def test_dumps_and_dump(tmp_path: Path) -> None:
    rec = Record(title="Caliban and the Witch", author=[Name(family="Federici", given="Silvia")],
                 issued=Date.from_year(2004))
    assert json.loads(biblio.dumps([rec], "csl-json"))[0]["title"] == "Caliban and the Witch"
    biblio.dump([rec], tmp_path / "out.ris")
    assert (tmp_path / "out.ris").read_text(encoding="utf-8").startswith("TY  - BOOK\n")
    with pytest.raises(BiblioError, match="cannot write 'feed'"):
        biblio.dumps([rec], "feed")


def test_utf8_bom_and_utf16_are_decoded() -> None:
    assert decode("\ufeff@book{a,}".encode(), "a.bib") == ("@book{a,}", [])
    assert decode("\ufeffTY  - BOOK".encode("utf-16-le"), "a.ris") == ("TY  - BOOK", [])
    assert decode("\ufeffTY  - BOOK".encode("utf-16-be"), "a.ris") == ("TY  - BOOK", [])


def test_clear_cp1252_is_decoded() -> None:
    data = "TI  - Caf\u00e9 “Noir” – Zürich\n".encode("cp1252")
    assert decode(data, "old.ris") == ("TI  - Café “Noir” – Zürich\n", [])


def test_an_unknown_encoding_is_reported_with_its_lines() -> None:
    good = b"TY  - BOOK\nTI  - Fine\nER  - \n"
    bad = b"TY  - BOOK\nTI  - \x81\x8d broken\nER  - \n"
    text, problems = decode(good + bad, "mixed.ris")
    [problem] = problems
    assert (problem.source, problem.line) == ("mixed.ris", 5)
    assert "not valid UTF-8" in problem.message
    assert text.startswith("TY  - BOOK\nTI  - Fine\n")


def test_convert_merges_inputs_and_keys_duplicates(tmp_path: Path) -> None:
    one = tmp_path / "one.bib"
    one.write_text(BIB, encoding="utf-8")
    two = tmp_path / "two.json"
    two.write_text(json.dumps([{"id": "deutscher1954prophet", "type": "book",
                                "title": "The Prophet Unarmed",
                                "author": [{"family": "Deutscher", "given": "Isaac"}],
                                "issued": {"date-parts": [[1959]]}}]), encoding="utf-8")
    result = convert([str(one), str(two)], "csl-json")
    assert result.ok
    ids = [item["id"] for item in json.loads(result.output)]
    assert ids == ["deutscher1954prophet", "deutscher1959prophet"]


def test_convert_looks_works_up_only_when_asked(tmp_path: Path) -> None:
    """The library call makes no request by default; asked offline, it marks the records."""
    notes = tmp_path / "notes.txt"
    notes.write_text("Books mentioned:\n\n- Isaac Deutscher, The Prophet Armed (1954)\n",
                     encoding="utf-8")
    plain = convert([str(notes)], "csl-json")
    assert [r.status for r in plain.lines] == ["rejected", "record"]
    assert all(not line.results for line in plain.lines)
    asked = convert([str(notes)], "csl-json", enrich="notes",
                    lookup=LookupSettings(offline=True, cache=False))
    (entry,) = asked.lines[1].results
    assert entry["status"] == "offline" and entry["id"] == asked.records[0].id


NOTES = Path(__file__).parent / "data" / "notes"
EXAMPLES = Path(__file__).parents[1] / "examples"


@pytest.mark.parametrize(("text", "expected"), [
    ((NOTES / "money-talks-back.xml").read_text(encoding="utf-8"), "feed"),
    ('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry/></feed>\n',
     "feed"),
    ((NOTES / "deep-time-45.html").read_text(encoding="utf-8"), "html"),
    ("<p>Books: <em>The Prophet Armed</em> by Isaac Deutscher</p>\n<p>More</p>\n", "html"),
    ((NOTES / "long-read-history-112.md").read_text(encoding="utf-8"), "markdown"),
    ("[Episode 5](https://example.org/5)\n\n## Reading list\n- Deutscher, *The Prophet Armed*\n",
     "markdown"),
    ((EXAMPLES / "origin-story-s8e5-shownotes.txt").read_text(encoding="utf-8"), "text"),
    (BIB, "bibtex"),
    ("\ufeff[\n  {\"id\": \"a\"}\n]", "csl-json"),
    ("[]", "csl-json"),
    ('{"items": []}', "csl-json"),
    ("TY  - BOOK\nTI  - T\nER  - \n", "ris"),
])
def test_the_format_is_guessed_from_the_content(text: str, expected: str) -> None:
    assert sniff(text) == expected


def test_show_notes_on_stdin_need_no_from(monkeypatch: pytest.MonkeyPatch) -> None:
    notes = (EXAMPLES / "origin-story-s8e5-shownotes.txt").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(notes)))
    result = convert(["-"], "csl-json")
    assert result.ok
    titles = {item["title"] for item in json.loads(result.output)}
    assert {"The Communist International", "My Disillusionment in Russia", "We"} <= titles


def test_converting_a_bib_file_loads_no_lookup_machinery(tmp_path: Path) -> None:
    """`biblio convert` imports the HTTP stack only when a record is looked up (start-up time)."""
    source = tmp_path / "refs.bib"
    source.write_text(BIB, encoding="utf-8")
    script = (
        "import sys\n"
        "from biblio.cli import main\n"
        "code = main(['convert', sys.argv[1], '--to', 'ris', '-o', sys.argv[2]])\n"
        "loaded = {'requests', 'requests_cache', 'redis', 'biblio.lookup.http',"
        " 'biblio.lookup.enrichment',"
        " 'biblio.cli.lookup', 'biblio.cli.batch'} & set(sys.modules)\n"
        "print(code, sorted(loaded))\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(source), str(tmp_path / "out.ris")],
                          capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[0] == "0 []"
    assert "TI  - The Prophet Armed" in (tmp_path / "out.ris").read_text(encoding="utf-8")
