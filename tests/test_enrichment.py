"""The Enricher: query strategy, statuses, what is filled and from where."""

from __future__ import annotations

from biblio.lookup.enrichment import Enricher
from biblio.lookup.http import HttpError, OfflineError, ServiceError
from biblio.model import Date, Name, Record
from matching_helpers import INVISIBLE_MAN, KARAMAZOV, SECOND_SEX, CatalogProvider, edition, name

CATALOG = [*KARAMAZOV, *INVISIBLE_MAN, *SECOND_SEX]


def cite(title: str, *authors: str, year: int | None = None, isbn: str | None = None,
         kind: str = "book") -> Record:
    record = Record(type=kind, isbn=isbn)
    record.set_full_title(title)
    record.author = [name(a) for a in authors]
    record.issued = Date.from_year(year) if year else None
    return record


def test_the_edition_of_the_cited_year_is_applied_with_its_sources() -> None:
    provider = CatalogProvider("openlibrary", CATALOG)
    cited = cite("The Brothers Karamazov", "Fyodor Dostoyevsky", year=2002)
    result = Enricher([provider]).enrich(cited)
    assert result.status == "enriched"
    assert result.edition_reason == "year"
    assert result.record.isbn == "978-0-374-52837-9 0-374-52837-3"
    assert result.record.publisher == "Farrar  Straus and Giroux"
    assert result.filled["ISBN"].provider == "openlibrary"
    assert result.filled["ISBN"].key == "/books/K2"
    assert "issued" not in result.filled  # the cited year was the edition's
    assert result.record.sources == result.filled
    assert cited.isbn is None  # the input record is left alone
    assert provider.calls == ["search The Brothers Karamazov / Dostoyevsky"]


def test_a_first_publication_year_is_kept_as_original_date() -> None:
    result = Enricher([CatalogProvider("openlibrary", CATALOG)]).enrich(
        cite("The Invisible Man", "H. G. Wells", year=1897))
    assert result.status == "enriched"
    assert result.record.year == 1992  # the earliest edition in print
    assert result.record.original_date == Date.from_year(1897)
    assert result.filled["issued"].key == "/books/I2"
    assert result.filled["original-date"].provider == "input"


def test_a_transliterated_author_is_found_by_retrying_without_the_author() -> None:
    provider = CatalogProvider("openlibrary", CATALOG)
    result = Enricher([provider]).enrich(cite("Brothers Karamazov", "F. Dostoevsky"))
    assert result.status == "enriched"
    assert provider.calls == ["search Brothers Karamazov / Dostoevsky",
                              "search Brothers Karamazov / "]


def test_a_transliterated_author_is_asked_as_another_catalogue_spells_it() -> None:
    # Open Library needs every word ("Dostoevsky" is not its "Dostoyevsky");
    # Google, lenient, answers with another of the author's works, spelt as
    # the catalogues spell him: Open Library is asked again with that spelling.
    ol = CatalogProvider("openlibrary", KARAMAZOV)
    idiot = edition("gb:ID", "The Idiot", "Fyodor Dostoyevsky", 2003, "9780140447927",
                    "Penguin Classics", provider="googlebooks")
    gb = CatalogProvider("googlebooks", [idiot])
    gb.search = lambda query: [idiot]  # type: ignore[method-assign]
    result = Enricher([ol, gb]).enrich(cite("The Brothers Karamazov", "Fyodor Dostoevsky",
                                            year=2002))
    assert result.status == "enriched" and result.filled["ISBN"].key == "/books/K2"
    assert ol.calls == ["search The Brothers Karamazov / Dostoevsky",
                        "search The Brothers Karamazov / Dostoyevsky"]


def test_a_misspelt_title_is_found_among_the_authors_works() -> None:
    provider = CatalogProvider("openlibrary", CATALOG)
    result = Enricher([provider]).enrich(cite("The Invisbile Man", "H. G. Wells", year=1897))
    assert result.status == "enriched" and result.record.publisher is not None
    assert provider.calls == ["search The Invisbile Man / Wells", "search Invisbile Man / Wells",
                              "search The Invisbile Man / ", "search None / Wells"]


def test_an_edition_of_the_cited_year_missing_from_the_first_catalogue_is_sought_next() -> None:
    ol = CatalogProvider("openlibrary", INVISIBLE_MAN)
    gb = CatalogProvider("googlebooks", [edition(
        "gb:IM", "The Invisible Man", "H.G. Wells", 2010, "9781936594092", "Tribeca Books",
        provider="googlebooks")])
    result = Enricher([ol, gb]).enrich(cite("The Invisible Man", "H. G. Wells", year=2010))
    assert result.status == "enriched" and result.edition_reason == "year"
    assert result.record.publisher == "Tribeca Books"
    # A year before every edition is the first publication: nothing more is asked.
    gb.calls.clear()
    result = Enricher([ol, gb]).enrich(cite("The Invisible Man", "H. G. Wells", year=1897))
    assert result.record.publisher == "Aerie" and gb.calls == []


def test_films_are_not_sent_to_book_apis() -> None:
    provider = CatalogProvider("openlibrary", CATALOG)
    film = cite("Reds", kind="motion_picture", year=1981)
    film.director = [Name(given="Warren", family="Beatty")]
    result = Enricher([provider]).enrich(film)
    assert result.status == "not-a-book"
    assert result.reason == "a motion_picture is not looked up in book catalogues"
    assert provider.calls == []


def test_a_book_in_no_catalogue_gets_no_isbn() -> None:
    ol = CatalogProvider("openlibrary", CATALOG)
    gb = CatalogProvider("googlebooks", [edition(
        "gb:1", "The Communist Manifesto", "Karl Marx", 2002, "9780140447576", "Penguin",
        provider="googlebooks")])
    result = Enricher([ol, gb]).enrich(
        cite("The Communist International", "Franz Borkenau", year=1938))
    assert result.status == "not-found"
    assert result.record.isbn is None and not result.filled
    # Asked only after Open Library had nothing: title and author, without
    # "The", title alone, then the author's works (for a misspelt title).
    assert len(gb.calls) == 4


def test_the_second_provider_is_asked_when_the_first_fails() -> None:
    failing = CatalogProvider("openlibrary", CATALOG, fail=ServiceError(
        "HTTP 503 after retries", api="openlibrary", url="http://127.0.0.1/search.json",
        status=503))
    google = CatalogProvider("googlebooks", [edition(
        "gb:SS", "The Second Sex", "Simone de Beauvoir", 2011, "9780307277787", "Vintage",
        provider="googlebooks")])
    failures: list[HttpError] = []
    result = Enricher([failing, google], on_failure=failures.append).enrich(
        cite("The Second Sex", "Simone de Beauvoir", year=1949))
    assert result.status == "enriched"
    assert result.filled["publisher"].provider == "googlebooks"
    assert [f.status for f in failures] == [503]


def test_no_network_marks_the_record_offline_and_keeps_it() -> None:
    error = OfflineError("cannot connect", api="openlibrary", url="http://127.0.0.1:9/")
    cited = cite("The Second Sex", "Simone de Beauvoir", year=1949)
    result = Enricher([CatalogProvider("openlibrary", CATALOG, fail=error)]).enrich(cited)
    assert result.status == "offline"
    assert result.record.to_csl() == cited.to_csl()
    assert "cannot connect" in (result.reason or "")


def test_a_cited_isbn_is_checked_and_asked_for_directly() -> None:
    provider = CatalogProvider("openlibrary", CATALOG)
    result = Enricher([provider]).enrich(
        cite("The Brothers Karamazov", "Dostoevsky", year=1880, isbn="0-14-044924-8"))
    assert provider.calls == ["isbn 9780140449242"]
    assert result.status == "enriched" and result.edition_reason == "isbn"
    assert result.record.isbn == "978-0-14-044924-2 0-14-044924-8"
    assert result.record.publisher == "Penguin Books Ltd"


def test_an_isbn_of_another_book_is_reported_as_a_conflict() -> None:
    wrong = edition("/books/W", "Heat", "William Goldman", 1986, "9780446300001", "Warner Books")
    provider = CatalogProvider("openlibrary", [wrong, *CATALOG])
    result = Enricher([provider]).enrich(
        cite("The Second Sex", "Simone de Beauvoir", isbn="9780446300001"))
    assert result.status == "conflict"
    assert provider.calls == ["isbn 9780446300001"]  # no search: the line contradicts itself
    assert result.filled == {} and result.record.publisher is None
    assert result.record.isbn == "978-0-446-30000-1 0-446-30000-4"  # the user's, untouched
    assert result.reason == "ISBN 978-0-446-30000-1 belongs to 'Heat' (William Goldman; " \
        "openlibrary /books/W), not to the cited 'The Second Sex'"
    assert [r.candidate.key for r in result.runners_up] == ["/books/W"]
    assert result.to_report()["status"] == "conflict"


def test_the_isbn_a_shop_link_carries_is_asked_for() -> None:
    # "The Brothers Karamazov: https://www.amazon.com/dp/0140449248": the ASIN of a printed
    # book is its ISBN-10, and the edition it names is the one cited
    cited = cite("The Brothers Karamazov", "Dostoevsky")
    cited.url = "https://www.amazon.com/Brothers-Karamazov-Penguin-Classics/dp/0140449248/"
    provider = CatalogProvider("openlibrary", CATALOG)
    result = Enricher([provider]).enrich(cited)
    assert provider.calls == ["isbn 9780140449242"]
    assert result.status == "enriched" and result.edition_reason == "isbn"
    assert result.record.publisher == "Penguin Books Ltd"
    assert result.notes[0].startswith("ISBN 978-0-14-044924-2 read from the link")


def test_a_shop_link_to_another_book_is_a_conflict_not_a_guess() -> None:
    cited = cite("The Second Sex", "Simone de Beauvoir")
    cited.url = "https://bookshop.org/a/123/9780140449242"  # a Karamazov edition's page
    result = Enricher([CatalogProvider("openlibrary", CATALOG)]).enrich(cited)
    assert result.status == "conflict" and result.record.isbn is None


def test_an_invalid_isbn_is_dropped_with_a_note() -> None:
    result = Enricher([CatalogProvider("openlibrary", CATALOG)]).enrich(
        cite("The Second Sex", "Simone de Beauvoir", isbn="0312349486"))
    assert result.notes == ["ISBN '0312349486' is not a valid ISBN (checksum or length): dropped"]
    assert result.record.isbn == "978-0-09-974421-4 0-09-974421-X"


def test_values_already_in_the_record_are_not_overwritten() -> None:
    cited = cite("The Second Sex", "Simone de Beauvoir", year=1997)
    cited.publisher = "Vintage"
    result = Enricher([CatalogProvider("openlibrary", CATALOG)]).enrich(cited)
    assert result.record.publisher == "Vintage"
    assert "publisher" not in result.filled and "ISBN" in result.filled


def test_two_equally_good_works_are_reported_not_applied() -> None:
    service = edition("/books/ST1", "Stalin: A Biography", "Robert Service", 2005,
                      "9780674016972", "Belknap Press")
    khlevniuk = edition("/books/ST2", "Stalin: New Biography of a Dictator",
                        "Oleg V. Khlevniuk", 2015, "9780300163889", "Yale University Press")
    result = Enricher([CatalogProvider("openlibrary", [service, khlevniuk])]).enrich(
        cite("Stalin"))
    assert result.status == "ambiguous"
    assert result.record.isbn is None
    assert {r.candidate.key for r in result.runners_up} == {"/books/ST1", "/books/ST2"}


def test_an_unreachable_api_is_not_asked_again_in_the_run() -> None:
    error = OfflineError("network error: connection refused", api="openlibrary",
                         url="http://127.0.0.1:9/search.json")
    error.__cause__ = ConnectionRefusedError()
    provider = CatalogProvider("openlibrary", CATALOG, fail=error)
    enricher = Enricher([provider])
    results = [enricher.enrich(cite("The Second Sex", "Simone de Beauvoir")) for _ in range(3)]
    assert [r.status for r in results] == ["offline"] * 3
    assert len(provider.calls) == 1


def test_a_cache_miss_in_offline_mode_does_not_stop_later_lookups() -> None:
    miss = OfflineError("offline mode and this answer is not cached", api="openlibrary",
                        url="http://127.0.0.1:9/search.json")
    provider = CatalogProvider("openlibrary", CATALOG, fail=miss)
    enricher = Enricher([provider])
    enricher.enrich(cite("The Second Sex", "Simone de Beauvoir"))
    enricher.enrich(cite("The Invisible Man", "H. G. Wells"))
    assert len(provider.calls) == 2
