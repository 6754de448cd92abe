"""Citation keys: one assigner (`biblio.keys`) and one suffix rule for every writer."""

from __future__ import annotations

import re

import biblio
from biblio.keys import assign_keys
from biblio.model import Date, Name, Record


def book(title: str, family: str, year: int, key: str = "") -> Record:
    return Record(id=key, title=title, author=[Name(family=family, given="I.")],
                  issued=Date.from_year(year))


def written_keys(text: str, fmt: str) -> list[str]:
    if fmt == "ris":
        return re.findall(r"^ID  - (.*)$", text, re.MULTILINE)
    return re.findall(r"^@\w+\{([^,]*),", text, re.MULTILINE)


def test_repeated_keys_get_letters_in_every_writer() -> None:
    records = [book("The Prophet Armed", "Deutscher", 1954) for _ in range(2)]
    records.append(book("The Prophet Armed", "Deutscher", 1954, key="deutscher1954prophet"))
    for fmt in ("bibtex", "biblatex", "ris"):
        assert written_keys(biblio.dumps(records, fmt), fmt) == [
            "deutscher1954propheta", "deutscher1954prophetb", "deutscher1954prophet"]
    assert [r.id for r in records] == ["", "", "deutscher1954prophet"]  # callers' records kept


def test_a_key_given_twice_is_kept_once_and_the_repeat_gets_its_own() -> None:
    # Two .bib files merged by hand: the same key for two works (it was "x-2" in BibTeX).
    records = [book("The Prophet Armed", "Deutscher", 1954, key="deutscher"),
               book("The Prophet Unarmed", "Deutscher", 1959, key="deutscher")]
    for fmt in ("bibtex", "ris"):
        assert written_keys(biblio.dumps(records, fmt), fmt) == [
            "deutscher", "deutscher1959prophet"]
    assign_keys(records)
    assert [r.id for r in records] == ["deutscher", "deutscher1959prophet"]


def test_bibtex_keys_lose_what_bibtex_cannot_read_and_stay_unique() -> None:
    records = [book("We", "Zamyatin", 1921, key="my key"),
               book("We", "Zamyatin", 1921, key="mykey"),
               book("We", "Zamyatin", 1921, key="{}")]
    assert written_keys(biblio.dumps(records, "bibtex"), "bibtex") == [
        "mykey", "zamyatin1921wea", "zamyatin1921web"]
    assert written_keys(biblio.dumps(records, "ris"), "ris") == ["my key", "mykey", "{}"]


def test_a_bib_file_with_a_key_twice_converts_to_unique_keys() -> None:
    text = ("@book{carr, title = {What is History?}, author = {Carr, E. H.}, year = 1961}\n"
            "@book{carr, title = {The Twenty Years' Crisis}, author = {Carr, E. H.}, "
            "year = 1939}\n")
    result = biblio.io.reads(text, "bibtex")
    out = biblio.dumps(result.records, "bibtex")
    assert written_keys(out, "bibtex") == ["carr", "carr1939twenty"]
