"""Google Books: recorded answers with their real defects, and the fake server's quirks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import isbnlib
import pytest
from pytest_httpserver import HTTPServer

from biblio.config import CacheSettings, Config, RetrySettings
from biblio.lookup.http import Http, RateLimitedError
from biblio.lookup.providers.base import Query
from biblio.lookup.providers.googlebooks import GoogleBooks
from biblio.testing.fakeapi import Book, FakeApi

FIXTURES = Path(__file__).parent / "fixtures" / "api" / "googlebooks"


def recorded(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def make_provider(base_url: str, key: str | None = None, attempts: int = 3) -> GoogleBooks:
    config = Config(contact="reader@example.org", cache=CacheSettings(backend="memory"),
                    retry=RetrySettings(attempts=attempts, backoff_base=0.01, max_total=3))
    config = config.with_api("googlebooks", base_url=base_url, rate=1000.0, burst=100, key=key)
    return GoogleBooks(Http(config, sleep=lambda s: None))


@pytest.fixture
def provider(httpserver: HTTPServer) -> GoogleBooks:
    return make_provider(httpserver.url_for("/books/v1"))


def test_search_sends_intitle_and_inauthor_terms_and_the_key(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/books/v1/volumes", query_string={
        "q": "intitle:Children intitle:of intitle:Time inauthor:Tchaikovsky",
        "maxResults": "10", "printType": "books", "key": "k-1",
    }).respond_with_json(recorded("volumes-q-children-of-time-2015.json"))
    provider = make_provider(httpserver.url_for("/books/v1"), key="k-1")
    english, french = provider.search(Query(title="Children of Time", authors=["Tchaikovsky"]))
    assert english.key == "49T5twEACAAJ"
    assert english.record.number_of_pages is None  # pageCount 0 means unknown
    assert english.record.issued is not None and english.record.issued.parts == [[2018, 12, 11]]
    assert english.isbns == ["9780316452502"]
    # "2019-10-03T00:00:00+02:00" is a day, not a timestamp to keep.
    assert french.record.issued is not None and french.record.issued.parts == [[2019, 10, 3]]
    assert french.record.language == "fr" and french.record.publisher == "Editions Gallimard"
    assert french.isbns == ["9782072853319"]  # ISBN-13 first, whatever the API's order


def test_by_isbn_reads_the_full_volume(httpserver: HTTPServer, provider: GoogleBooks) -> None:
    httpserver.expect_request("/books/v1/volumes", query_string={
        "q": "isbn:9780316452502", "maxResults": "10", "printType": "books",
    }).respond_with_json(recorded("volumes-q-children-of-time-2015.json"))
    httpserver.expect_request("/books/v1/volumes/49T5twEACAAJ").respond_with_json(
        recorded("volume-49T5twEACAAJ-children-of-time-en.json"))
    [volume] = provider.by_isbn("0-316-45250-5")  # any spelling; the other item is dropped
    assert volume.record.number_of_pages == "640"  # the list entry said 0
    assert volume.record.isbn == "9780316452502"
    assert volume.record.author[0].family == "Tchaikovsky"


def test_another_isbns_record_is_dropped(httpserver: HTTPServer, provider: GoogleBooks) -> None:
    """Google sometimes answers an ISBN query with another book's record."""
    httpserver.expect_request("/books/v1/volumes").respond_with_json(
        recorded("volumes-q-isbn-9780099560432-2023.json"))
    assert provider.by_isbn("9780008117498") == []
    assert len(httpserver.log) == 1  # no volume fetched for a record we do not trust


def test_unknown_language_and_missing_publisher(httpserver: HTTPServer,
                                                provider: GoogleBooks) -> None:
    answer = recorded("volumes-q-isbn-9780918024565-2021.json")
    httpserver.expect_request("/books/v1/volumes").respond_with_json(answer)
    httpserver.expect_request("/books/v1/volumes/Bq9jQgAACAAJ").respond_with_json(
        answer["items"][0])
    [gibbs] = provider.by_isbn("9780918024565")
    assert gibbs.record.language is None  # "un"
    assert gibbs.record.publisher is None
    assert gibbs.record.year == 1988 and gibbs.record.number_of_pages == "465"


def test_empty_answer_has_no_items_key(httpserver: HTTPServer, provider: GoogleBooks) -> None:
    httpserver.expect_request("/books/v1/volumes").respond_with_json(
        {"kind": "books#volumes", "totalItems": 0})
    assert provider.search(Query(title="Qwzxv Nonexistent")) == []


def test_quota_exceeded_429_is_retried_then_reported(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/books/v1/volumes").respond_with_json(
        recorded("error-429-rate-limit-exceeded.json"), status=429)
    provider = make_provider(httpserver.url_for("/books/v1"), attempts=2)
    with pytest.raises(RateLimitedError, match="googlebooks: HTTP 429"):
        provider.search(Query(title="Dune"))
    assert len(httpserver.log) == 2


BOOKS = [
    Book(str(i), title, (author,), isbn13=isbn, publisher="Ace", date="1990-01-02",
         language="eng", pages=300, popularity=100 - i)
    for i, (title, author, isbn) in enumerate([
        ("Dune", "Frank Herbert", "9780441172719"),
        ("Dune Messiah", "Frank Herbert", "9780593098233"),
        ("Children of Dune", "Frank Herbert", "9780593098240"),
        ("The Left Hand of Darkness", "Ursula K. Le Guin", "9780441478125"),
    ], start=1)
]


def test_fake_search_is_lenient_and_ranked() -> None:
    with FakeApi(BOOKS) as fake:
        provider = make_provider(fake.api_url("googlebooks"))
        found = provider.search(Query(title="Dune Messiah", authors=["Herbert"]))
        assert [c.record.title for c in found] == ["Dune Messiah", "Dune", "Children of Dune"]
        assert found[0].record.language == "en"
        [left_hand] = provider.by_isbn("9780441478125")
        # The one name splitter: the same "Le Guin" as the line parser reads.
        assert (left_hand.record.author[0].family, left_hand.record.author[0].given) == (
            "Le Guin", "Ursula K.")
        assert fake.counts["googlebooks"] == 3  # search, isbn query, full volume


def valid_isbn(number: int) -> str:
    head = f"97800000{number:04d}"
    return head + isbnlib.check_digit13(head)


def test_fake_quirks_show_up_deterministically() -> None:
    catalog = [Book(str(i), f"Title {i}", ("A. Writer",), isbn13=valid_isbn(i), pages=100,
                    date="2001-02-03", language="eng") for i in range(200)]
    with FakeApi(catalog, googlebooks_quirks=True) as fake:
        http = make_provider(fake.api_url("googlebooks")).http
        items = [item for start in range(0, 200, 40) for item in http.get_json(
            "googlebooks", "/volumes", {"q": "title", "maxResults": 40, "startIndex": start},
        )["items"]]
        info = [item["volumeInfo"] for item in items]
        assert len(info) == 200
        assert 5 < sum(v["pageCount"] == 0 for v in info) < 50
        assert 5 < sum(v["language"] == "un" for v in info) < 50
        assert 20 < sum(v["publishedDate"] == "2001" for v in info) < 100
        assert 3 < sum(v["industryIdentifiers"][0]["type"] == "OTHER" for v in info) < 50
        # The same request gives the same defects: tests and benchmarks can rely on them.
        fresh = make_provider(fake.api_url("googlebooks")).http  # an empty cache
        again = fresh.get_json("googlebooks", "/volumes", {"q": "title", "maxResults": 40})
        assert again["items"] == items[:40]
