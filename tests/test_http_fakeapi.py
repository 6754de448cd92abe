"""The fake API server other tests and benchmarks rely on: shapes, options, the catalog."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import requests

from biblio.config import CacheSettings, Config, RetrySettings
from biblio.lookup.http import Http
from biblio.lookup.providers.base import Query
from biblio.lookup.providers.openlibrary import OpenLibrary
from biblio.testing.fakeapi import Book, FakeApi, catalog_path, display_title, load_catalog

BOOKS = [
    Book("1", "The Iliad", ("Homer", "Robert Fagles"), isbn13="9780140275360",
         isbn10="0140275363", publisher="Penguin Classics", date="1998-11-01", language="eng",
         pages=683, popularity=300),
    Book("2", "The Iliad", ("Homer", "Richmond Lattimore"), isbn13="9780226470498",
         publisher="University of Chicago Press", date="2011-10-15", language="eng",
         pages=640, popularity=200),
    Book("3", "The Odyssey", ("Homer",), isbn13="9780140268867", publisher="Penguin",
         date="1999-11-01", language="eng", pages=541, popularity=250),
]


@pytest.fixture
def fake() -> Iterator[FakeApi]:
    with FakeApi(BOOKS) as server:
        yield server


def client(fake: FakeApi) -> Http:
    config = fake.config(Config(contact="reader@example.org",
                                cache=CacheSettings(backend="memory"),
                                retry=RetrySettings(attempts=3, backoff_base=0.01,
                                                    max_total=5)))
    for api in ("openlibrary", "googlebooks", "loc"):
        config = config.with_api(api, rate=1000.0, burst=100)
    return Http(config)


def test_open_library_shapes(fake: FakeApi) -> None:
    http = client(fake)
    default = http.get_json("openlibrary", "/search.json", {"title": "iliad"})
    assert default["numFound"] == 1
    assert "isbn" not in default["docs"][0]  # the default fields leave ISBNs out
    asked = http.get_json("openlibrary", "/search.json",
                          {"title": "iliad", "fields": "key,isbn,publisher", "limit": 5})
    assert asked["docs"] == [{"key": "/works/OL1W",
                              "isbn": ["0140275363", "9780140275360", "9780226470498"],
                              "publisher": ["Penguin Classics", "University of Chicago Press"]}]
    page = http.get_json("openlibrary", "/works/OL1W/editions.json", {"limit": 1})
    assert page["size"] == 2 and len(page["entries"]) == 1
    assert page["links"]["next"] == "/works/OL1W/editions.json?limit=1&offset=1"
    books = http.get_json("openlibrary", "/api/books", {
        "bibkeys": "ISBN:0140275363,ISBN:9780000000002", "format": "json", "jscmd": "data"})
    assert list(books) == ["ISBN:0140275363"]
    assert books["ISBN:0140275363"]["publish_date"] == "November 1, 1998"


def test_requests_are_counted_per_api(fake: FakeApi) -> None:
    http = client(fake)
    http.get_json("openlibrary", "/search.json", {"q": "homer"})
    http.get_json("googlebooks", "/volumes", {"q": "intitle:odyssey"})
    http.get_bytes("loc", "", {"operation": "searchRetrieve", "version": "1.1",
                               "query": "bath.ISBN=9780140268867"})
    assert fake.counts == {"openlibrary": 1, "googlebooks": 1, "loc": 1}
    fake.reset_counts()
    assert fake.counts == {}


def test_contact_is_required_when_asked() -> None:
    with FakeApi(BOOKS, require_contact=True) as fake:
        url = fake.api_url("openlibrary") + "/search.json?title=iliad"
        bare = requests.get(url, headers={"User-Agent": "python-requests/2.32"}, timeout=5)
        assert bare.status_code == 403
        named = requests.get(url, headers={"User-Agent": "biblio/0.1 (me@example.org)"},
                             timeout=5)
        assert named.status_code == 200


def test_server_side_rate_limit_answers_429_and_the_client_waits() -> None:
    with FakeApi(BOOKS, rate_limits={"openlibrary": 4.0}) as fake:
        provider = OpenLibrary(client(fake))
        started = time.monotonic()
        for title in ("iliad", "odyssey", "the iliad", "the odyssey", "homer iliad",
                      "homer odyssey"):
            provider.search(Query(title=title))
        assert fake.counts["openlibrary"] > 6  # some answers were 429 and retried
        assert time.monotonic() - started >= 0.9  # Retry-After: 1 was obeyed


def test_injected_faults_come_first(fake: FakeApi) -> None:
    fake.fail("googlebooks", 503, times=2)
    http = client(fake)
    answer = http.get_json("googlebooks", "/volumes", {"q": "isbn:9780140268867"})
    assert answer["items"][0]["volumeInfo"]["title"] == "The Odyssey"
    assert fake.counts["googlebooks"] == 3


def test_environ_points_a_subprocess_at_the_fake(fake: FakeApi) -> None:
    env = fake.environ()
    assert env["BIBLIO_OPENLIBRARY_URL"] == fake.url + "/openlibrary"
    assert set(env) == {"BIBLIO_OPENLIBRARY_URL", "BIBLIO_GOOGLEBOOKS_URL", "BIBLIO_LOC_URL"}


def test_display_title_drops_the_series() -> None:
    assert display_title("Harry Potter and the Half-Blood Prince (Harry Potter  #6)") == \
        "Harry Potter and the Half-Blood Prince"
    assert display_title("The Fellowship of the Ring (The Lord of the Rings  #1)") == \
        "The Fellowship of the Ring"


@pytest.mark.skipif(catalog_path() is None, reason="shared catalog not available")
def test_shared_catalog_loads_with_its_quirks() -> None:
    books = load_catalog()
    assert len(books) == 11127
    by_id = {b.id: b for b in books}
    assert by_id["1"].authors == ("J.K. Rowling", "Mary GrandPré")
    assert by_id["1"].date == "2006-09-16"
    assert by_id["31373"].date == "2000-11"  # 11/31/2000 does not exist
    assert by_id["12224"].authors[0] == "Sam Bass Warner, Jr."
    assert sum(b.pages == 0 for b in books) == 76
