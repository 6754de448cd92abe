"""Lookup-assisted reading: a misread show-note line read again with the catalogue's help."""

from __future__ import annotations

from pathlib import Path

from biblio.config import CacheSettings, Config
from biblio.lookup.codec import enrichment_from_json, enrichment_to_json
from biblio.lookup.enrichment import Enricher, line_query
from biblio.lookup.http import Http, ServiceError
from biblio.lookup.matching import read_line
from biblio.lookup.providers.base import Candidate, Query
from biblio.lookup.providers.googlebooks import GoogleBooks
from biblio.lookup.providers.openlibrary import OpenLibrary
from biblio.model import Date, Origin, Record
from biblio.parse import parse_citation
from biblio.report import ReportLine
from biblio.testing.fakeapi import Book, FakeApi
from biblio.testing.fakecatalog import words
from matching_helpers import KARAMAZOV, SECOND_SEX, CatalogProvider, edition, name

# Real rows of the Goodreads catalogue (../shared/fixtures/catalog).
JARKA_RUUS = edition("/books/J1", "Jarka Ruus", "Terry Brooks", 2005, "9780345483898",
                     "Del Rey", work="/works/J")
PET_SEMATARY = edition("/books/P1", "Pet Sematary", "Stephen King", 2005, "9781416524342",
                       "Pocket Books", work="/works/P")
NIGHT_SHIFT = edition("/books/N1", "Night Shift", "Stephen King", 1978, "9780385129916",
                      "Doubleday", work="/works/N")
DUNE = edition("/books/D1", "Dune", "Frank Herbert", 1990, "9780441172719", "Ace Books",
               work="/works/D")
PIGGLE_WIGGLE = edition("/books/M1", "Mrs. Piggle-Wiggle", "Betty MacDonald", 1985,
                        "9780064401487", "HarperTrophy", work="/works/M")
CATALOG = [JARKA_RUUS, PET_SEMATARY, NIGHT_SHIFT, DUNE, PIGGLE_WIGGLE]
STAR_WARS = edition("/books/W1", "Star Wars: The New Essential Chronology",
                    "Daniel Wallace/Mark Chiarello/Tommy Lee Edwards", 2005, "9780345449016",
                    "Del Rey", work="/works/W")
SENTIMENTAL = edition("/books/E1", "Sentimental Education",
                      "Gustave Flaubert/Robert Baldick/Geoffrey Wall", 2004, "9780140447972",
                      "Penguin Classics", work="/works/E")
KARE = edition("/books/K9", "Kare First Love Vol. 9", "Kaho Miyasaka", 2006, "9781421505473",
               "VIZ Media LLC", work="/works/K9")
DEBACLE = edition("/books/Z1", "La Débâcle", "Émile Zola/Robert Lethbridge/Elinor Dorday", 2000,
                  "9780192822895", "Oxford University Press", work="/works/Z")
COD = edition("/books/C1", "Cod: A Biography of the Fish That Changed the World",
              "Mark Kurlansky", 1998, "9780140275018", "Penguin Books", work="/works/C")
TOLSTOY_FICTION = edition("/books/T1", "Collected Shorter Fiction: Volume I",
                          "Leo Tolstoy/Aylmer Maude/Nigel J. Cooper", 2001, "9780375411724",
                          "Everyman's Library", work="/works/T")
ILIAD = edition("/books/H1", "The Iliad", "Homer/Andrew Lang", 2011, "9781904633389",
                "Collector's Library", work="/works/H")


class FreeTextProvider(CatalogProvider):
    """`CatalogProvider` that also takes `Query.text`, as Open Library's `q=` does:
    every word in the record's title or authors."""

    free_text = True

    def search(self, query: Query) -> list[Candidate]:
        if not query.text:
            return super().search(query)
        self.calls.append(f"text {query.text}")
        wanted = set(words(query.text))
        return [c for c in self.candidates if wanted <= set(
            words(f"{c.record.full_title} {' '.join(n.display() for n in c.record.author)}"))]


class AnyWordProvider(FreeTextProvider):
    """`FreeTextProvider` that ranks by any word of `Query.text`, as Google Books does."""

    def search(self, query: Query) -> list[Candidate]:
        if not query.text:
            return super().search(query)
        self.calls.append(f"text {query.text}")
        wanted = set(words(query.text))
        shared = [(len(wanted & set(words(f"{c.record.full_title} "
                                          f"{' '.join(n.display() for n in c.record.author)}"))),
                   c) for c in self.candidates]
        return [c for n, c in sorted(shared, key=lambda nc: -nc[0]) if n]


def misread(line: str, title: str, *authors: str, year: int | None = None) -> Record:
    """A record as a parser misread `line`, placed as the extractor places it."""
    record = Record(type="book")
    record.set_full_title(title)
    record.author = [name(a) for a in authors]
    record.issued = Date.from_year(year) if year else None
    record.origin = Origin(source="notes.md", line=3, text=line, found_by="labeller")
    return record


# --------------------------------------------------------------------------- the rule


def test_title_and_family_name_in_the_line_read_it() -> None:
    reading = read_line("Brooks – Jarka Ruus (2002)", JARKA_RUUS)
    assert reading is not None
    assert reading.title == "Jarka Ruus" and [n.display() for n in reading.authors] == \
        ["Terry Brooks"]
    assert reading.unexplained == []
    # Accents and case are folded, words are whole words.
    assert read_line("BROOKS: jarka rúus", JARKA_RUUS) is not None
    assert read_line("Brooksley – Jarka Ruus", JARKA_RUUS) is None


def test_a_line_sharing_one_word_with_a_book_does_not_name_it() -> None:
    assert read_line("An evening with Stephen King's Pet Detective", PET_SEMATARY) is None
    assert read_line("King – Pet Sounds", PET_SEMATARY) is None
    # The author alone, or the title alone, is not enough either.
    assert read_line("Night Shift (1978)", NIGHT_SHIFT) is None
    assert read_line("Stephen King on his night shifts", NIGHT_SHIFT) is None


def test_a_longer_title_in_the_line_is_another_book() -> None:
    assert read_line("Betty MacDonald, Mrs. Piggle-Wiggle Treasury (1995)", PIGGLE_WIGGLE) \
        is None
    assert read_line("Stephen King, Stephen King Collection: Stories from Night Shift",
                     NIGHT_SHIFT) is None


def test_a_one_word_title_must_explain_the_whole_line() -> None:
    assert read_line("Herbert: Dune (1965)", DUNE) is not None
    assert read_line("Herbert – Dune Messiah", DUNE) is None
    assert read_line("Frank Herbert, a Dune guide for beginners", DUNE) is None


def test_a_subtitle_is_read_with_its_article() -> None:
    # Catalogues compare titles without a leading article, but a line keeps
    # the subtitle's: "the" after the colon is the subtitle's first word.
    reading = read_line("Daniel Wallace – Star wars: the new essential chronology", STAR_WARS)
    assert reading is not None
    assert reading.subtitle == "The New Essential Chronology" and reading.unexplained == []


def test_a_title_word_misspelt_by_a_letter_is_still_read() -> None:
    reading = read_line("Flaubert – Sentimental Eductaion (2004)", SENTIMENTAL)
    assert reading is not None and reading.typos == 1
    assert [n.display() for n in reading.authors] == ["Gustave Flaubert"]
    spelt_right = read_line("Flaubert – Sentimental Education (2004)", SENTIMENTAL)
    assert spelt_right is not None and spelt_right.typos == 0
    # Two misspelt words, a word two letters off, or a short word are other titles.
    assert read_line("Flaubert – Sentimnetal Eductaion (2004)", SENTIMENTAL) is None
    assert read_line("Flaubert – Sentimental Edcutaoin (2004)", SENTIMENTAL) is None
    assert read_line("Herbert: Dnue (1965)", DUNE) is None
    assert read_line("Stephen King – Pet Cemetery", PET_SEMATARY) is None
    # A reading needs the author still: a look-alike title alone names nothing.
    assert read_line("Sentimental Eductaion (2004)", SENTIMENTAL) is None


def test_a_misspelt_volume_and_a_transliterated_surname_are_read() -> None:
    reading = read_line("*Kare First Love, Vloume 9* by K. Miiasaka", KARE)
    assert reading is not None and reading.unexplained == []
    assert [n.display() for n in reading.authors] == ["Kaho Miyasaka"]
    assert read_line("*Kare First Love, Vloume 8* by K. Miiasaka", KARE) is None


def test_a_leading_article_the_line_gives_is_part_of_the_title() -> None:
    # "La" is no noise word: left unexplained next to the title, it would make
    # a longer title of it.
    assert read_line("Zola, La Débâcle (1997)", DEBACLE) is not None
    assert read_line("Zola, La Débcâle (1997)", DEBACLE) is not None
    assert read_line("Zola: Débâcle", DEBACLE) is not None


def test_the_query_is_the_lines_words_without_noise() -> None:
    record = misread("*Brooks* – Jarka Ruus (2002), ISBN 978-0-345-48389-8, "
                     "https://example.org/jarka", "Brooks", "Jarka Ruus", year=2002)
    assert line_query(record.origin.text or "", record) == "brooks jarka ruus"
    record = misread("Pet Sematary by S. King & Co.", "Pet Sematary by S. King & Co.")
    assert line_query(record.origin.text or "", record) == "pet sematary king co"


def test_the_query_leaves_out_a_bracketed_year_and_a_possessive() -> None:
    # The parser found nothing in these lines, so no cited year is known; a
    # search engine indexes "Quilter's" as "quilter", never as "quilters".
    unread = Record(type="book")
    assert line_query("Willeford and Burke: New hope for the dead (2004)", unread) == \
        "willeford burke new hope dead"
    assert line_query("J. Chiaverini – The quilter's homecoming", unread) == \
        "chiaverini quilter homecoming"
    assert line_query("George Orwell, 1984 (1949)", unread) == "george orwell 1984"


# --------------------------------------------------------------------------- the enricher


def test_a_swapped_title_and_author_is_read_with_the_catalogue() -> None:
    provider = FreeTextProvider("openlibrary", CATALOG)
    cited = misread("Brooks – Jarka Ruus", "Brooks", "Jarka Ruus")
    result = Enricher([provider]).enrich(cited)
    assert result.status == "enriched" and result.found_by == "lookup"
    assert result.record.title == "Jarka Ruus"
    assert [n.display() for n in result.record.author] == ["Terry Brooks"]
    assert result.record.isbn == "978-0-345-48389-8 0-345-48389-8"
    assert result.filled["ISBN"].key == "/books/J1"
    assert result.filled["title"].provider == "openlibrary"
    assert result.record.origin is not None
    assert result.record.origin.found_by == "lookup"
    assert result.record.origin.text == "Brooks – Jarka Ruus"  # what the line said
    assert any("read with a lookup" in note and "'Jarka Ruus' by Terry Brooks" in note
               and "'Brooks' by Jarka Ruus" in note for note in result.notes)
    # The input record is left alone, its origin included.
    assert cited.title == "Brooks" and cited.origin is not None
    assert cited.origin.found_by == "labeller"
    # One free-text request, after the ordinary ones found nothing.
    assert [c for c in provider.calls if c.startswith("text")] == ["text brooks jarka ruus"]


def test_by_king_taken_into_the_title_is_read_with_the_catalogue() -> None:
    provider = FreeTextProvider("openlibrary", CATALOG)
    result = Enricher([provider]).enrich(
        misread("Pet Sematary by King", "Pet Sematary by King"))
    assert result.status == "enriched" and result.found_by == "lookup"
    assert result.record.title == "Pet Sematary"
    assert [n.display() for n in result.record.author] == ["Stephen King"]
    assert result.record.publisher == "Pocket Books"
    # A record without author is read first: a title search alone rarely finds it.
    assert provider.calls == ["text pet sematary king"]


def test_a_line_naming_no_catalogue_book_stays_not_found() -> None:
    provider = FreeTextProvider("openlibrary", CATALOG)
    result = Enricher([provider]).enrich(
        misread("King – Pet Detective Stories", "King", "Pet Detective Stories"))
    assert result.status == "not-found" and result.found_by is None
    assert result.record.isbn is None and not result.filled
    assert len([c for c in provider.calls if c.startswith("text")]) == 1


def test_a_record_that_matches_costs_no_free_text_request() -> None:
    provider = FreeTextProvider("openlibrary", CATALOG)
    result = Enricher([provider]).enrich(
        misread("Stephen King, Pet Sematary (1983)", "Pet Sematary", "Stephen King",
                year=1983))
    assert result.status == "enriched" and result.found_by is None
    assert result.record.origin is not None and result.record.origin.found_by == "labeller"
    assert not any(c.startswith("text") for c in provider.calls)


def test_records_not_read_from_notes_are_not_read_again() -> None:
    provider = FreeTextProvider("openlibrary", CATALOG)
    cited = misread("Brooks – Jarka Ruus", "Brooks", "Jarka Ruus")
    cited.origin = Origin(source="refs.bib", line=4)  # from a bibliography file: no line text
    result = Enricher([provider]).enrich(cited)
    assert result.status == "not-found"
    assert not any(c.startswith("text") for c in provider.calls)


def test_google_is_asked_the_line_when_open_library_cannot_be_asked() -> None:
    ol = FreeTextProvider("openlibrary", CATALOG, fail=ServiceError(
        "openlibrary answered 503", api="openlibrary", url="http://127.0.0.1/search.json",
        status=503))
    gb = FreeTextProvider("googlebooks", CATALOG)
    result = Enricher([ol, gb]).enrich(misread("Brooks – Jarka Ruus", "Brooks", "Jarka Ruus"))
    assert result.status == "enriched" and result.found_by == "lookup"
    assert [c for c in gb.calls if c.startswith("text")] == ["text brooks jarka ruus"]
    # Open Library's answer reads the line: Google is not asked it too.
    ol = FreeTextProvider("openlibrary", CATALOG)
    gb = FreeTextProvider("googlebooks", CATALOG)
    result = Enricher([ol, gb]).enrich(misread("Brooks – Jarka Ruus", "Brooks", "Jarka Ruus"))
    assert result.found_by == "lookup" and not any(c.startswith("text") for c in gb.calls)


def test_google_is_asked_the_line_when_open_library_finds_nothing_in_it() -> None:
    # Open Library's work lists Homer alone: the translator's name defeats its
    # all-words search, while Google ranks by any word.
    ol = FreeTextProvider("openlibrary", [edition("/works/OL1W", "The Iliad", "Homer", None,
                                                  None, work="/works/OL1W")])
    gb = AnyWordProvider("googlebooks", [ILIAD, *CATALOG])
    result = Enricher([ol, gb]).enrich(misread("Homer and Lang – Iliad (2011)",
                                               "Homer and Lang – Iliad", year=2011))
    assert result.status == "enriched" and result.found_by == "lookup"
    assert result.filled["ISBN"].key == "/books/H1"
    assert [c for c in ol.calls if c.startswith("text")] == ["text homer lang iliad"]
    assert [c for c in gb.calls if c.startswith("text")] == ["text homer lang iliad"]


def test_a_line_the_parser_found_no_title_in_is_read_through_google() -> None:
    # Sentence case and no year: the parser takes the line for prose and reads
    # nothing; "Tolstoi" defeats Open Library's all-words search.
    line = "Leo Tolstoi, collected shorter fiction"
    record = parse_citation(line).record
    assert not record.title
    record.origin = Origin(source="notes.md", line=7, text=line)
    ol = FreeTextProvider("openlibrary", [TOLSTOY_FICTION])
    gb = AnyWordProvider("googlebooks", [*CATALOG, TOLSTOY_FICTION])
    result = Enricher([ol, gb]).enrich(record)
    assert result.status == "enriched" and result.found_by == "lookup"
    assert result.record.title == "Collected Shorter Fiction"
    assert result.filled["ISBN"].key == "/books/T1"
    assert ol.calls == ["text leo tolstoi collected shorter fiction"]
    assert gb.calls == ["text leo tolstoi collected shorter fiction"]


def test_an_answer_the_line_names_is_read_before_giving_up() -> None:
    # "Kurlanski, Cod: …" is read as a "Cod Kurlanski" and the title's
    # subtitle, which scores Kurlansky's Cod below the threshold; but the line
    # names that answer outright (his name transliterated): it is taken, with
    # no free-text request and none of the looser searches.
    line = "Kurlanski, Cod: A Biography of the Fish That Changed the World (1998)"
    record = parse_citation(line).record
    assert record.title == "A Biography of the Fish That Changed the World"
    record.origin = Origin(source="notes.md", line=2, text=line)
    ol = FreeTextProvider("openlibrary", [COD, PET_SEMATARY])
    gb = FreeTextProvider("googlebooks", [])
    gb.search = lambda query: [COD]  # type: ignore[method-assign]  # Google's any-word search
    result = Enricher([ol, gb]).enrich(record)
    assert result.status == "enriched" and result.found_by == "lookup"
    assert result.record.title == "Cod" and result.filled["ISBN"].key == "/books/C1"
    assert ol.calls == ["search A Biography of the Fish That Changed the World / Kurlanski"]
    # Found only by a looser search (the title alone, for an author no answer
    # spells as cited), it is read all the same before the line is given up.
    ol = FreeTextProvider("openlibrary", [COD, PET_SEMATARY])
    result = Enricher([ol]).enrich(record)
    assert result.status == "enriched" and result.found_by == "lookup"
    assert result.filled["ISBN"].key == "/books/C1"
    assert "search A Biography of the Fish That Changed the World / " in ol.calls


def test_a_transliterated_author_the_line_search_misses_is_sought_by_title() -> None:
    # The line's words hold "Dostoevsky", which Open Library's all-words q=
    # cannot find in "Dostoyevsky", and Google names nobody like him: Open
    # Library is still asked the title alone, once.
    ol = FreeTextProvider("openlibrary", KARAMAZOV)
    gb = FreeTextProvider("googlebooks", [])
    gb.search = lambda query: list(SECOND_SEX)  # type: ignore[method-assign]
    result = Enricher([ol, gb]).enrich(misread(
        "F. Dostoevsky – The Brothers Karamazov (2002)", "The Brothers Karamazov",
        "F. Dostoevsky", year=2002))
    assert result.status == "enriched" and result.filled["ISBN"].key == "/books/K2"
    assert ol.calls == ["search The Brothers Karamazov / Dostoevsky",
                        "text dostoevsky brothers karamazov",
                        "search The Brothers Karamazov / "]


def test_a_catalogue_spelling_beside_the_cited_one_is_still_asked() -> None:
    # Google's record names him both ways, so the cited spelling is "found";
    # Open Library files the Avsey translation under "Dostoyevsky" alone and
    # answered nothing: it is asked again with that spelling.
    avsey = edition("/books/K6", "The Karamazov Brothers", "Fyodor Dostoyevsky/Ignat Avsey",
                    1998, "9780192835093", "Oxford University Press", work="/works/K6")
    both = edition("G1", "The Brothers Karamazov",
                   "Fyodor Dostoyevsky/Fyodor Dostoevsky/Richard Pevear", 2002, "9780374528379",
                   provider="googlebooks")
    ol = FreeTextProvider("openlibrary", [avsey])
    gb = FreeTextProvider("googlebooks", [])
    gb.search = lambda query: [both]  # type: ignore[method-assign]
    result = Enricher([ol, gb]).enrich(misread(
        "The Karamazov Brothers by Fyodor Dostoevsky and Avsey (1998)",
        "The Karamazov Brothers", "Fyodor Dostoevsky", "Avsey", year=1998))
    assert result.status == "enriched" and result.filled["ISBN"].key == "/books/K6"
    assert ol.calls[:2] == ["search The Karamazov Brothers / Dostoevsky,Avsey",
                            "search The Karamazov Brothers / Dostoyevsky,Avsey"]


# --------------------------------------------------------------------------- reports


def test_the_report_says_the_reading_came_from_a_lookup() -> None:
    result = Enricher([FreeTextProvider("openlibrary", CATALOG)]).enrich(
        misread("Brooks – Jarka Ruus", "Brooks", "Jarka Ruus"))
    entry = result.to_report()
    assert entry["found_by"] == "lookup"
    assert entry["filled"]["title"]["value"] == "Jarka Ruus"
    line = ReportLine("notes.md", 3, "Brooks – Jarka Ruus", "record", records=[result.record],
                      results=[entry])
    assert line.to_json()["found_by"] == "lookup"
    # Kept through the answer store and the job journal.
    assert enrichment_from_json(enrichment_to_json(result)).found_by == "lookup"


# --------------------------------------------------------------------------- fake APIs


BOOKS = [
    Book("15557", "Jarka Ruus (High Druid of Shannara  #1)", ("Terry Brooks",), "9780345483898",
         "0345483898", "Del Rey", "2005-07-26", "eng", 416, 12122),
    Book("10583", "Pet Sematary", ("Stephen King",), "9781416524342", "1416524347",
         "Pocket Books", "2005-11-01", "eng", 576, 257466),
    Book("10584", "Night Shift", ("Stephen King",), "9780385129916", "0385129912",
         "Doubleday", "1978-02-01", "eng", 336, 90000),
]


def test_parsed_lines_are_read_with_the_fake_apis(tmp_path: Path) -> None:
    with FakeApi(BOOKS, require_contact=True) as fake:
        config = fake.config(Config(contact="tests@example.org",
                                    cache=CacheSettings(dir=tmp_path)))
        with Http(config) as http:
            enricher = Enricher([OpenLibrary(http), GoogleBooks(http)])
            results = {}
            for line in ("Brooks – Jarka Ruus (2005)", "Pet Sematary by Stephen King (1983)",
                         "King – Night Shift Diaries (1990)"):
                record = parse_citation(line).record
                record.origin = Origin(source="notes.md", line=1, text=line)
                results[line] = enricher.enrich(record)
    jarka = results["Brooks – Jarka Ruus (2005)"]
    assert jarka.status == "enriched" and jarka.found_by == "lookup"
    assert jarka.record.title == "Jarka Ruus" and jarka.record.isbn is not None
    assert jarka.record.isbn.startswith("978-0-345-48389-8")
    well_read = results["Pet Sematary by Stephen King (1983)"]
    assert well_read.status == "enriched" and well_read.found_by is None
    other = results["King – Night Shift Diaries (1990)"]
    assert other.found_by is None and other.record.isbn is None
