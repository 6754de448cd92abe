"""Reading lists kept in German, or by German readers: DIN-style entries ("Name,
Vorname: Titel. Ort: Verlag Jahr."), a "Leseliste" of "Author - Title" lines in
sentence case, and Markdown hard line breaks.  The entries are from public reading
lists on GitHub (headings reworded), except the DIN one, written in that form from the
novel's own imprint."""

from __future__ import annotations

from biblio import iter_extract
from reading_helpers import csl_reading as _read


def test_name_colon_title_then_place_colon_publisher_and_year() -> None:
    record = _read("Kehlmann, Daniel: Die Vermessung der Welt. Reinbek: Rowohlt 2005.")
    assert record["author"] == [{"family": "Kehlmann", "given": "Daniel"}]
    assert record["title"] == "Die Vermessung der Welt"
    assert (record["publisher-place"], record["publisher"]) == ("Reinbek", "Rowohlt")
    assert record["issued"] == {"date-parts": [[2005]]}


def test_four_authors_in_reading_order() -> None:
    record = _read("Nils Baratella, Ansgar Lorenz, Stefania Maffeis, and Juliane Eva Reichert "
                   "(2017): _Hannah Arendt_. Paderborn: Wilhelm Fink.")
    assert [(a["family"], a["given"]) for a in record["author"]] == [
        ("Baratella", "Nils"), ("Lorenz", "Ansgar"), ("Maffeis", "Stefania"),
        ("Reichert", "Juliane Eva")]
    assert record["publisher"] == "Wilhelm Fink"


def test_a_leseliste_of_author_dash_title_lines() -> None:
    text = ("## Leseliste\n\n"
            "- Kübra Gümüsay - Sprache und sein\n"
            "- Tupoka Ogette - Exit racism\n"
            "- Theweleit - Männerphantasien\n")
    works = [(c.record.to_csl()["title"], c.record.author[0].family)
             for o in iter_extract(text, "markdown") for c in o.citations]
    assert works == [("Sprache und sein", "Gümüsay"), ("Exit racism", "Ogette"),
                     ("Männerphantasien", "Theweleit")]


def test_a_markdown_hard_line_break_is_no_part_of_the_title() -> None:
    text = ("## 2021\n\n"
            "[Heinrich Mann](https://de.wikipedia.org/wiki/Heinrich_Mann) - "
            "[Der Untertan](https://de.wikipedia.org/wiki/Der_Untertan) \\\n"
            "[Juli Zeh](https://en.wikipedia.org/wiki/Juli_Zeh) - "
            "[Nullzeit](https://de.wikipedia.org/wiki/Nullzeit_(Roman)) \\\n")
    titles = [c.record.to_csl()["title"] for o in iter_extract(text, "markdown")
              for c in o.citations]
    assert titles == ["Der Untertan", "Nullzeit"]


def test_one_authors_linked_works_are_each_a_work() -> None:
    text = ("## Leseliste\n\n"
            "- bell hooks - [Feminism is for everybody](https://www.amazon.de/FEMINISM-EVERYBODY"
            "-Passionate-bell-hooks/dp/0745317332), [die Bedeutung von Klasse]"
            "(https://www.unrast-verlag.de/vorankuendigungen/die-bedeutung-von-klasse-detail)\n")
    works = [(c.record.to_csl()["title"], c.record.author[0].family)
             for o in iter_extract(text, "markdown") for c in o.citations]
    assert works == [("Feminism is for everybody", "hooks"),
                     ("die Bedeutung von Klasse", "hooks")]
