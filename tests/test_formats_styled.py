"""Reading lists in a CSL style (``--to text|markdown|html --style``), as a reader sees them.

The records are real: the Origin Story reading list (examples/), the export
records shared with the citeproc and biber checks, and the bibliography
files in tests/data/bibfiles.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import biblio
from biblio.cli import main
from biblio.model import FieldSource, Record
from biblio.problems import BiblioError
from export_records import RECORDS
from lookup_fixtures import serving

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
NOTES = EXAMPLES / "origin-story-s8e5-shownotes.txt"
BIBFILES = Path(__file__).resolve().parent / "data" / "bibfiles"
BY_ID = {r.id: r for r in RECORDS}

# A style of our own: title, year and note, to see what reaches the note.
NOTE_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Title, year, note</title><id>biblio-test-note</id>
    <updated>2026-01-01T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography>
    <sort><key variable="title"/></sort>
    <layout suffix=".">
      <group delimiter=" ">
        <text variable="title" font-weight="bold"/>
        <date variable="issued" prefix="(" suffix=")"><date-part name="year"/></date>
        <text variable="note" prefix="— "/>
      </group>
    </layout>
  </bibliography>
</style>
"""


def convert_notes(capsys: pytest.CaptureFixture[str], *options: str) -> str:
    assert main(["convert", str(NOTES), "--offline", *options]) == 0
    return capsys.readouterr().out


# ---------------------------------------------------------------- the examples


@pytest.mark.parametrize(("style", "example"), [
    ("apa", "origin-story-s8e5-reading-list-apa.md"),
    ("chicago-author-date", "origin-story-s8e5-reading-list-chicago.md"),
])
def test_the_example_reading_lists_are_what_convert_writes(
        style: str, example: str, capsys: pytest.CaptureFixture[str]) -> None:
    written = convert_notes(capsys, "--to", "markdown", "--style", style)
    assert written == (EXAMPLES / example).read_text(encoding="utf-8")


def test_apa_is_the_default_and_sorts_by_author_then_year(
        capsys: pytest.CaptureFixture[str]) -> None:
    lines = convert_notes(capsys, "--to", "markdown").splitlines()
    assert len(lines) == 19
    assert lines[:3] == [
        "- Beatty, W. (1981). *Reds* \\[Video recording\\].",  # the film, by its director
        "- Borkenau, F. (1938). *The Communist International*.",
        "- Deutscher, I. (1954). *The Prophet Armed: Trotsky, 1879-1921*.",
    ]
    service = [line for line in lines if line.startswith("- Service")]
    assert [re.search(r"\((\d{4})\)", line)[1] for line in service] == [  # type: ignore[index]
        "2000", "2004", "2009"]
    assert lines[-1] == "- Zamyatin, Y. (1921). *We*."


def test_chicago_keeps_full_given_names(capsys: pytest.CaptureFixture[str]) -> None:
    text = convert_notes(capsys, "--to", "text", "--style", "chicago-author-date")
    assert text.splitlines()[:2] == [
        "Beatty, Warren. 1981. Reds.",
        "Borkenau, Franz. 1938. The Communist International.",
    ]
    assert "Wells, H. G. 1920. Russia in the Shadows." in text


@pytest.mark.parametrize(("style", "first"), [
    ("ieee", "[1] F. Borkenau, The Communist International. 1938."),
    ("vancouver", "1. Borkenau F. The Communist International. 1938."),
])
def test_numbered_styles_keep_the_order_of_the_notes(
        style: str, first: str, capsys: pytest.CaptureFixture[str]) -> None:
    lines = convert_notes(capsys, "--to", "text", "--style", style).splitlines()
    assert lines[0] == first
    assert "Reds" in lines[9]  # tenth on the list, as in the notes
    assert lines[-1].startswith(("[19] Y. Zamyatin", "19. Zamyatin Y."))


def test_markdown_escapes_what_would_start_a_nested_list(
        capsys: pytest.CaptureFixture[str]) -> None:
    lines = convert_notes(capsys, "--to", "markdown", "--style", "vancouver").splitlines()
    assert lines[0] == "- 1\\. Borkenau F. The Communist International. 1938."


@pytest.mark.parametrize(("short", "title"), [
    ("apa", "APA Style 7th edition"),
    ("chicago-author-date", "Chicago Manual of Style 18th edition (author-date)"),
    ("chicago-note-bibliography", "Chicago Manual of Style 18th edition (notes and bibliography)"),
    ("mla", "MLA Handbook 9th edition (in-text citations)"),
    ("harvard", "Cite Them Right 12th edition (author-date/Harvard)"),
    ("ieee", "IEEE Reference Guide version 11.29.2023"),
    ("vancouver", "NLM/Vancouver: Citing Medicine 2nd edition (citation-sequence)"),
])
def test_short_names_reach_the_styles_they_name(short: str, title: str) -> None:
    from biblio.formats.csl_styles import resolve

    assert f"<title>{title}</title>" in resolve(short).read_text(encoding="utf-8")


# ---------------------------------------------------------------- the three forms


def test_markdown_italics_links_and_escaping() -> None:
    text = biblio.dumps(RECORDS, "markdown", style="chicago-note-bibliography")
    lines = text.splitlines()
    assert all(line.startswith("- ") for line in lines) and len(lines) == len(RECORDS)
    # The DOI links the title; the style prints the DOI too.
    assert ("- Żeromski, Stefan, and Jan Łukasiewicz. “[Przedwiośnie and the Poles: A Reading]"
            "(https://doi.org/10.2307/2697571).” *Slavic Review* 58, no. 3 (1999): 101–19. "
            "https://doi.org/10.2307/2697571.") in lines
    # Markdown's specials in the text are escaped; the period went inside the quotes.
    assert "*On the Continuity of the Gaseous & Liquid States: 100% of it, $5 #1\\_draft*" in text
    assert "*Global Tuberculosis Report \\~ 2020 ^ Edition*" in text
    assert ("“[The Third Policeman at Sixty: A Reappraisal]"
            "(https://example.org/o_brien?id=1&x=%20).”") in text
    # Sorted by family name, particles as Chicago sorts them.
    families = [re.split(r"[.,] ", line[2:])[0] for line in lines]
    assert families == ["Barnes and Noble", "Deutscher", "Khaldūn", "Kubrick", "Lovelace",
                        "Nakamura", "O'Brien", "Waals", "World Health Organization", "Żeromski"]


def test_html_is_a_list_with_escaped_text_and_linked_titles() -> None:
    text = biblio.dumps(RECORDS, "html", style="apa")
    lines = text.splitlines()
    assert lines[0] == '<ul class="csl-bib-body">' and lines[-1] == "</ul>"
    assert all(line.startswith('  <li class="csl-entry">') and line.endswith("</li>")
               for line in lines[1:-1])
    assert ("(Rand McNally &amp; Company, ed.; 3rd ed.). Barnes &amp; Noble.</li>") in text
    assert ('O\'Brien, F. (2019, February 3). <a href="https://example.org/o_brien?id=1&amp;x=%20">'
            "The Third Policeman at Sixty: A Reappraisal</a>. <i>The Irish Times</i>, 14.") in text
    assert "<i>On the Continuity of the Gaseous &amp; Liquid States: 100% of it" in text
    assert "&lt;" not in text and "<i><i>" not in text


def test_text_puts_the_link_after_the_entry_unless_the_style_printed_it() -> None:
    doi = BY_ID["zeromski1999"].copy()
    doi.doi = "https://doi.org/10.2307/2697571"  # written as a URL: one link all the same
    text = biblio.dumps([doi, BY_ID["obrien2019irish"]], "text", style="mla")
    assert text.count("https://doi.org/10.2307/2697571") == 1
    plain = biblio.dumps([doi], "text", style="nature")  # prints no DOI of its own
    assert plain.endswith(". https://doi.org/10.2307/2697571\n")


def test_a_link_needs_no_escaping_in_any_form() -> None:
    rec = Record(type="webpage", id="w", url="https://en.wikipedia.org/wiki/Reds_(film) x<y>")
    rec.set_full_title("Reds (film)")
    markdown = biblio.dumps([rec], "markdown")
    assert "[Reds (film)](https://en.wikipedia.org/wiki/Reds_%28film%29%20x%3Cy%3E)" in markdown
    html = biblio.dumps([rec], "html")
    assert '<a href="https://en.wikipedia.org/wiki/Reds_%28film%29%20x%3Cy%3E">' in html


# ---------------------------------------------------------------- links


def test_doi_then_url_then_open_library() -> None:
    from biblio.formats.styled import link

    rec = Record(id="b", doi="10.1000/1", url="https://example.org/b")
    rec.sources["publisher"] = FieldSource("openlibrary", "/books/OL1M")
    assert link(rec) == "https://doi.org/10.1000/1"
    rec.doi = None
    assert link(rec) == "https://example.org/b"
    rec.url = "example.org/b"  # not a URL a reader can follow
    assert link(rec) == "https://openlibrary.org/books/OL1M"
    rec.sources = {"ISBN": FieldSource("googlebooks", "abc"),
                   "language": FieldSource("openlibrary", "/works/OL2W")}
    assert link(rec) == "https://openlibrary.org/works/OL2W"
    rec.sources["publisher"] = FieldSource("openlibrary", "/books/OL3M")
    assert link(rec) == "https://openlibrary.org/books/OL3M"  # the edition before the work
    rec.sources = {"ISBN": FieldSource("googlebooks", "abc")}
    assert link(rec) is None


def test_books_found_in_open_library_link_to_their_page(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    with serving(monkeypatch, tmp_path):
        assert main(["convert", str(NOTES), "--to", "markdown"]) == 0
    lines = capsys.readouterr().out.splitlines()
    trotsky = next(line for line in lines if "Trotsky: A Biography" in line)
    assert re.fullmatch(r"- Service, R\. \(2009\)\. \*\[Trotsky: A Biography\]"
                        r"\(https://openlibrary\.org/(books/OL\w+M|works/OL\w+W)\)\*\. "
                        r"Belknap Press of Harvard University Press\.", trotsky), trotsky
    borkenau = next(line for line in lines if "Borkenau" in line)
    assert "](" not in borkenau  # not found: nothing to link to


# ---------------------------------------------------------------- citeproc-py's gaps


def test_extra_lines_in_the_note_are_not_printed(tmp_path: Path) -> None:
    style = tmp_path / "note.csl"
    style.write_text(NOTE_STYLE, encoding="utf-8")
    rec = BY_ID["deutscher2003prophet"].copy()
    rec.note = "original-date: 1954\nFirst published by Oxford University Press"
    rec.original_date = None
    assert biblio.dumps([rec], "text", style=str(style)) == (
        "The Prophet Armed: Trotsky, 1879–1921 (2003) — "
        "First published by Oxford University Press.\n")
    markdown = biblio.dumps([rec], "markdown", style=str(style))
    assert markdown.startswith("- **The Prophet Armed: Trotsky, 1879–1921** (2003)")


def test_a_film_is_cited_by_its_director_where_the_style_prints_directors() -> None:
    film = BY_ID["kubrick1964strangelove"]
    assert biblio.dumps([film], "text", style="apa").startswith("Kubrick, S. (1964). Dr.")
    # Harvard (Cite Them Right) names no director: the film is cited by its title.
    assert biblio.dumps([film], "text", style="harvard").startswith("Dr. Strangelove")


def test_bibliography_files_in_every_short_style() -> None:
    records = biblio.load(BIBFILES / "biblatex-examples-excerpt.bib")
    for style in ("apa", "chicago-author-date", "chicago-note-bibliography", "mla", "harvard",
                  "ieee", "vancouver"):
        text = biblio.dumps(records, "text", style=style)
        assert len(text.splitlines()) == len(records), style
        assert "\ue000" not in text and "  " not in text, style


# ---------------------------------------------------------------- styles and errors


def test_an_unknown_style_lists_the_short_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(NOTES), "--to", "markdown", "--style", "apa7", "--offline"]) == 2
    err = capsys.readouterr().err
    assert "unknown style 'apa7'" in err
    assert ("Short names: apa, chicago-author-date, chicago-note-bibliography, mla, harvard, "
            "ieee, vancouver") in err
    assert "converted" not in err  # nothing was read


def test_a_style_for_a_format_without_styles_is_refused() -> None:
    with pytest.raises(BiblioError, match="a style applies to text, markdown, html output"):
        biblio.dumps(RECORDS, "bibtex", style="apa")


def test_any_packaged_style_by_name_old_name_or_dependent() -> None:
    nature = biblio.dumps([BY_ID["zeromski1999"]], "text", style="nature")
    assert nature.startswith("1. Żeromski, S. & Łukasiewicz, J. Przedwiośnie and the Poles")
    # "harvard1" is the repository's old name of Cite Them Right.
    assert biblio.dumps(RECORDS, "text", style="harvard1") == \
        biblio.dumps(RECORDS, "text", style="harvard")


def test_a_csl_file_by_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    style = tmp_path / "mine.csl"
    style.write_text(NOTE_STYLE, encoding="utf-8")
    html = convert_notes(capsys, "--to", "html", "--style", str(style))
    assert html.splitlines()[1] == '  <li class="csl-entry"><b>How to Be a Liberal: The Story ' \
        "of Freedom and the Fight for Its Survival</b> (2020).</li>"
    assert main(["convert", str(NOTES), "--to", "html", "--style",
                 str(tmp_path / "missing.csl")]) == 2
    assert "missing.csl: no such CSL style file" in capsys.readouterr().err
    bad = tmp_path / "bad.csl"
    bad.write_text("<style>not CSL", encoding="utf-8")
    with pytest.raises(BiblioError, match=r"bad\.csl: not a CSL style"):
        biblio.dumps(RECORDS, "text", style=str(bad))


# ---------------------------------------------------------------- plumbing


def test_markdown_in_reads_show_notes_and_markdown_out_writes_a_list(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notes = tmp_path / "episode.md"
    notes.write_text("## Reading list\n\n- Yevgeny Zamyatin, *We* (1921)\n"
                     "- Emma Goldman, *My Disillusionment in Russia* (1923)\n", encoding="utf-8")
    out = tmp_path / "reading.md"  # the format follows the output's name
    assert main(["convert", str(notes), "--from", "markdown", "-o", str(out), "--offline"]) == 0
    assert out.read_text(encoding="utf-8") == (
        "- Goldman, E. (1923). *My Disillusionment in Russia*.\n"
        "- Zamyatin, Y. (1921). *We*.\n")
    assert "to markdown" in capsys.readouterr().err


def test_the_python_api_writes_what_the_command_writes(
        capsys: pytest.CaptureFixture[str]) -> None:
    written = convert_notes(capsys, "--to", "markdown", "--style", "mla", "--enrich", "none")
    records = biblio.convert([str(NOTES)], "csl-json").records
    assert biblio.dumps(records, "markdown", style="mla") == written


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_batch_writes_what_convert_writes(fmt: str, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    inputs = [str(NOTES), str(BIBFILES / "styles.bib")]
    assert main(["convert", *inputs, "--to", fmt, "--style", "chicago-author-date",
                 "--enrich", "none"]) == 0
    converted = capsys.readouterr().out
    out = tmp_path / "batch.out"
    assert main(["batch", *inputs, "--to", fmt, "--style", "chicago-author-date",
                 "--enrich", "none", "-q", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == converted
    assert converted.count("Borkenau") == 1


def test_batch_refuses_an_unknown_style_before_reading(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["batch", str(NOTES), "--to", "html", "--style", "nope", "--enrich", "none"]) == 2
    assert "unknown style 'nope'" in capsys.readouterr().err


def test_writing_bibtex_does_not_import_citeproc() -> None:
    code = ("import sys, biblio\n"
            "biblio.dumps(biblio.loads('@book{a, title={T}, year=2000}'), 'bibtex')\n"
            "assert not [m for m in sys.modules if m.startswith('citeproc')], 'citeproc'\n"
            "biblio.dumps(biblio.loads('@book{a, title={T}, year=2000}'), 'markdown')\n"
            "assert 'citeproc' in sys.modules\n")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_one_entry_a_line_whatever_the_record_holds() -> None:
    odd = Record(type="book", id="odd", note="line one\nline two")
    odd.set_full_title("A title with \ue000 a private-use character\nand a line break")
    html = biblio.dumps([odd], "html")
    title = "<i>A title with a private-use character and a line break</i>."
    # (citeproc-py prints a title standing in for the author twice: docs/styles.md)
    assert html.splitlines()[1] == f'  <li class="csl-entry">{title} (n.d.). {title}</li>'
    nothing = Record(type="book", id="smith2020")  # no title, no author, no date
    assert biblio.dumps([nothing], "markdown", style="mla") == "- smith2020\n"
