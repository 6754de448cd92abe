"""Open Library: recorded answers (2013 and 2026 shapes) and the fake server's behaviour."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from biblio.config import CacheSettings, Config, RetrySettings
from biblio.lookup.http import Http
from biblio.lookup.providers.base import Query
from biblio.lookup.providers.openlibrary import SEARCH_FIELDS, OpenLibrary
from biblio.testing.fakeapi import Book, FakeApi

FIXTURES = Path(__file__).parent / "fixtures" / "api" / "openlibrary"


def recorded(name: str) -> object:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def gatsby_entry() -> dict[str, Any]:
    """The recorded `jscmd=data` entry of a 2004 Gatsby, to alter per test."""
    answer = recorded("api-books-jscmd-data-isbn-9780743273565.json")
    assert isinstance(answer, dict)
    entry: dict[str, Any] = answer["ISBN:9780743273565"]
    return entry


@pytest.fixture
def provider(httpserver: HTTPServer) -> OpenLibrary:
    config = Config(contact="reader@example.org", cache=CacheSettings(backend="memory"),
                    retry=RetrySettings(attempts=2, backoff_base=0.01, max_total=2))
    config = config.with_api("openlibrary", base_url=httpserver.url_for("/ol"), rate=1000.0,
                             burst=100)
    return OpenLibrary(Http(config))


def test_search_asks_for_the_fields_it_needs(httpserver: HTTPServer,
                                             provider: OpenLibrary) -> None:
    httpserver.expect_request("/ol/search.json", query_string={
        "title": "lord of the rings", "author": "tolkien", "fields": ",".join(SEARCH_FIELDS),
        "limit": "10",
    }).respond_with_json(recorded("search-title-author-lord-of-the-rings-tolkien-2013.json"))
    works = provider.search(Query(title="lord of the rings", authors=["tolkien", "Tolkien"]))
    assert len(works) == 81
    lotr = works[0]
    assert lotr.key == lotr.work_key == "/works/OL27448W"  # 2013 answers: bare "OL27448W"
    assert lotr.first_publish_year == 1954
    assert lotr.record.title == "The Lord of the Rings"
    assert [n.family for n in lotr.record.author] == ["Tolkien"]
    assert lotr.record.language is None  # Spanish and English editions: no single language
    assert lotr.record.publisher is None  # 33 publishers: that is for `editions` to settle
    assert len(lotr.isbns) > 100 and all(len(i) == 13 for i in lotr.isbns)
    assert lotr.url is not None and lotr.url.endswith("/ol/works/OL27448W")


def test_search_2026_shape_with_trimmed_isbns(httpserver: HTTPServer,
                                              provider: OpenLibrary) -> None:
    httpserver.expect_request("/ol/search.json").respond_with_json(
        recorded("search-q-fields-limit3-dune-2026.json"))
    dune, children, god_emperor = provider.search(Query(title="dune", authors=["herbert"]))
    assert (dune.key, dune.first_publish_year) == ("/works/OL893414W", 1965)
    assert dune.record.author[0].family == "Herbert"
    # ISBN-10s become ISBN-13s; every one is kept, in the API's order.
    assert dune.isbns[:4] == ["9780425043769", "9780593099322", "9780441010622",
                              "9780441172634"]
    assert "9780450035692" in dune.isbns
    assert children.record.title == "Children of Dune"
    assert god_emperor.first_publish_year == 1981


def test_no_title_or_author_means_no_request(httpserver: HTTPServer,
                                            provider: OpenLibrary) -> None:
    assert provider.search(Query(year=1965)) == []
    assert httpserver.log == []


def test_an_author_alone_lists_the_authors_works(httpserver: HTTPServer,
                                                 provider: OpenLibrary) -> None:
    httpserver.expect_request("/ol/search.json", query_string={
        "author": "Herbert", "fields": ",".join(SEARCH_FIELDS), "limit": "100",
    }).respond_with_json({"numFound": 1, "docs": [{
        "key": "/works/OL893415W", "title": "Dune", "author_name": ["Frank Herbert"],
        "first_publish_year": 1965, "edition_count": 120}]})
    [dune] = provider.search(Query(authors=["Herbert"]))
    assert dune.record.title == "Dune" and dune.key == "/works/OL893415W"


def test_editions_follow_the_next_link(httpserver: HTTPServer, provider: OpenLibrary) -> None:
    httpserver.expect_request("/ol/works/OL27258W/editions.json", query_string="limit=100") \
        .respond_with_json(recorded("works-OL27258W-editions-limit10-2013.json"))
    httpserver.expect_request("/ol/works/OL27258W/editions.json",
                              query_string="limit=10&offset=10") \
        .respond_with_json(recorded("works-OL27258W-editions-limit10-offset10.json"))
    httpserver.expect_request("/ol/search.json").respond_with_json({"docs": [{
        "key": "/works/OL27258W", "title": "Neuromancer", "author_name": ["William Gibson"],
        "first_publish_year": 1984}]})
    work = provider.search(Query(title="Neuromancer", authors=["Gibson"]))[0]
    editions = provider.editions(work)
    assert len(editions) == 11
    danish = editions[0]
    assert danish.key == "/books/OL17987798M" and danish.work_key == "/works/OL27258W"
    record = danish.record
    assert (record.title, record.subtitle) == ("Neuromantiker", "roman")
    assert [n.family for n in record.author] == ["Gibson"]  # from the work: editions hold keys
    assert (record.publisher, record.publisher_place) == ("Per Kof", "Copenhagen")
    assert record.year == 1995 and record.number_of_pages == "322"
    assert record.language == "da" and record.edition == "2. udg./1. opl."
    assert danish.isbns == ["9788790136291"] and record.isbn == "9788790136291"
    assert danish.first_publish_year == 1984
    ace = editions[-1]
    assert ace.record.issued is not None and ace.record.issued.parts == [[1984, 7, 1]]
    assert ace.isbns == ["9780441569595"]


def test_by_isbn_asks_both_forms_in_one_request(httpserver: HTTPServer,
                                                provider: OpenLibrary) -> None:
    httpserver.expect_request("/ol/api/books", query_string={
        "bibkeys": "ISBN:9780743273565,ISBN:0743273567", "format": "json", "jscmd": "data",
    }).respond_with_json(recorded("api-books-jscmd-data-isbn-9780743273565.json"))
    [gatsby] = provider.by_isbn("978-0-7432-7356-5")
    record = gatsby.record
    assert len(httpserver.log) == 1
    assert gatsby.key == "/books/OL23109860M"
    assert record.title == "The Great Gatsby"
    assert [(n.given, n.family) for n in record.author] == [("F. Scott", "Fitzgerald")]
    assert (record.publisher, record.publisher_place) == ("Scribner", "New York, New York, USA")
    assert record.year == 2004 and record.number_of_pages == "180"
    assert record.isbn == "9780743273565" and gatsby.isbns == ["9780743273565"]


def test_an_edition_filed_under_its_isbn10_alone_is_found(httpserver: HTTPServer,
                                                         provider: OpenLibrary) -> None:
    entry = gatsby_entry()
    entry["identifiers"] = {"isbn_10": ["0743273567"], "openlibrary": ["OL23109860M"]}
    httpserver.expect_request("/ol/api/books").respond_with_json({"ISBN:0743273567": entry})
    [gatsby] = provider.by_isbn("9780743273565")
    assert gatsby.isbns == ["9780743273565"] and gatsby.record.isbn == "9780743273565"


def test_another_editions_record_is_not_taken_for_the_isbn(httpserver: HTTPServer,
                                                          provider: OpenLibrary) -> None:
    entry = gatsby_entry()
    entry["identifiers"] = {"isbn_13": ["9780684801520"], "openlibrary": ["OL7264448M"]}
    httpserver.expect_request("/ol/api/books").respond_with_json({"ISBN:9780743273565": entry})
    assert provider.by_isbn("9780743273565") == []


def test_unknown_isbn_is_an_empty_answer(httpserver: HTTPServer, provider: OpenLibrary) -> None:
    httpserver.expect_request("/ol/api/books").respond_with_json({})
    assert provider.by_isbn("9780000000002") == []


def test_a_single_edition_work_is_given_as_its_edition(httpserver: HTTPServer,
                                                       provider: OpenLibrary) -> None:
    httpserver.expect_request("/ol/search.json").respond_with_json({"numFound": 1, "docs": [{
        "key": "/works/OL1968368W", "title": "The Prophet Armed", "subtitle": "Trotsky 1879-1921",
        "author_name": ["Isaac Deutscher"], "first_publish_year": 1954, "edition_count": 1,
        "edition_key": ["OL6194025M"], "isbn": ["0192810650", "9780192810656"],
        "publisher": ["Oxford University Press"], "publish_date": ["1954"],
        "number_of_pages_median": 540, "language": ["eng"]}]})
    [armed] = provider.search(Query(title="The Prophet Armed", authors=["Deutscher"]))
    assert armed.key == "/books/OL6194025M" and armed.work_key == "/works/OL1968368W"
    record = armed.record
    assert record.year == 1954 and record.publisher == "Oxford University Press"
    assert record.number_of_pages == "540" and record.language == "en"
    assert armed.isbns == ["9780192810656"]


def test_by_isbns_batches_25_per_request(httpserver: HTTPServer, provider: OpenLibrary) -> None:
    httpserver.expect_request("/ol/api/books").respond_with_json(
        recorded("api-books-jscmd-data-isbn-9780316030571.json"))
    isbns = ["9780316030571"] + [f"97800000000{i:02d}" for i in range(29)]
    found = provider.by_isbns(isbns)
    assert len(httpserver.log) == 2
    asked = [r.args["bibkeys"].split(",") for r, _ in httpserver.log]
    assert [len(a) for a in asked] == [25, 5]
    [weapons] = found["9780316030571"]
    assert weapons.record.title == "Use of Weapons"
    assert weapons.record.author[0].family == "Banks"
    assert weapons.record.publisher == "Orbit" and weapons.record.issued is not None
    assert weapons.record.issued.parts == [[2008, 7, 28]]
    assert weapons.record.number_of_pages == "480"
    assert sum(len(v) for v in found.values()) == 1


# ------------------------------------------------------------ against the fake server

KARAMAZOV = [
    Book("10", "The Brothers Karamazov", ("Fyodor Dostoyevsky", "Richard Pevear"),
         isbn13="9780374528379", publisher="Farrar, Straus and Giroux", date="2002-06-14",
         language="eng", pages=796, popularity=500),
    Book("11", "The Brothers Karamazov", ("Fyodor Dostoyevsky", "Constance Garnett"),
         isbn13="9780451527349", publisher="Signet Classics", date="1999-06-01",
         language="en-US", pages=736, popularity=90),
    Book("12", "Die Brüder Karamasow", ("Fyodor Dostoyevsky",), isbn13="9783596294138",
         publisher="Fischer", date="1986", language="ger", pages=1000),
    Book("13", "Harry Potter and the Half-Blood Prince (Harry Potter  #6)",
         ("J.K. Rowling", "Mary GrandPré"), isbn13="9780439785969", date="2006-09-16",
         language="eng", pages=652, popularity=2_000_000),
]


@pytest.fixture
def fake() -> Iterator[FakeApi]:
    with FakeApi(KARAMAZOV, require_contact=True) as server:
        yield server


def fake_provider(fake: FakeApi) -> OpenLibrary:
    config = fake.config(Config(contact="reader@example.org",
                                cache=CacheSettings(backend="memory")))
    return OpenLibrary(Http(config.with_api("openlibrary", rate=1000.0, burst=100)))


def test_fake_search_groups_editions_into_works(fake: FakeApi) -> None:
    provider = fake_provider(fake)
    [work] = provider.search(Query(title="The Brothers Karamazov", authors=["Dostoyevsky"]))
    assert work.first_publish_year == 1999
    assert work.isbns == ["9780374528379", "9780451527349"]
    assert work.record.language == "en"  # "eng" and "en-US" are one language
    editions = provider.editions(work)
    assert [e.record.publisher for e in editions] == ["Farrar, Straus and Giroux",
                                                      "Signet Classics"]
    assert [e.record.year for e in editions] == [2002, 1999]
    assert fake.counts["openlibrary"] == 2


def test_fake_search_needs_every_word(fake: FakeApi) -> None:
    provider = fake_provider(fake)
    assert provider.search(Query(title="The Brothers Karamazov Annotated")) == []
    assert provider.search(Query(title="Brothers Karamazov", authors=["Tolstoy"])) == []
    [potter] = provider.search(Query(title="Half-Blood Prince", authors=["Rowling"]))
    assert potter.record.title == "Harry Potter and the Half-Blood Prince"  # no "(Series #6)"


def test_fake_by_isbn_names_the_authors(fake: FakeApi) -> None:
    [edition] = fake_provider(fake).by_isbn("9783596294138")
    assert edition.record.title == "Die Brüder Karamasow"
    assert edition.record.author[0].family == "Dostoyevsky"
    assert fake.counts["openlibrary"] == 1


def test_fake_hidden_books_are_unknown_to_that_api_only(fake: FakeApi) -> None:
    fake.hide("openlibrary", ["9783596294138"])
    assert fake_provider(fake).by_isbn("9783596294138") == []
