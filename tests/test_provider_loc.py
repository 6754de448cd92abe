"""Library of Congress SRU: MARCXML by ISBN, AACR2 (260) and RDA (264) imprints."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer

from biblio.config import CacheSettings, Config, RetrySettings
from biblio.lookup.http import BadResponseError, Http
from biblio.lookup.providers.base import Query
from biblio.lookup.providers.loc import LibraryOfCongress
from biblio.testing.fakeapi import Book, FakeApi

FIXTURES = Path(__file__).parent / "fixtures" / "api" / "loc"


def make_provider(base_url: str) -> LibraryOfCongress:
    config = Config(contact="reader@example.org", cache=CacheSettings(backend="memory"),
                    retry=RetrySettings(attempts=2, backoff_base=0.01, max_total=2))
    return LibraryOfCongress(Http(config.with_api("loc", base_url=base_url, rate=1000.0,
                                                  burst=100), sleep=lambda s: None))


@pytest.fixture
def provider(httpserver: HTTPServer) -> LibraryOfCongress:
    return make_provider(httpserver.url_for("/LCDB"))


def test_isbn_query_reads_the_marc_record(httpserver: HTTPServer,
                                          provider: LibraryOfCongress) -> None:
    httpserver.expect_request("/LCDB", query_string={
        "version": "1.1", "operation": "searchRetrieve", "query": "bath.ISBN=9781859844410",
        "maximumRecords": "1", "recordSchema": "marcxml",
    }).respond_with_data((FIXTURES / "sru-bath-isbn-9781859844410.xml").read_bytes(),
                         content_type="text/xml;charset=UTF-8")
    [found] = provider.by_isbn("1-85984-441-3")
    record = found.record
    assert (record.title, record.subtitle) == ("The prophet armed", "Trotsky, 1879-1921")
    assert [(n.given, n.family) for n in record.author] == [("Isaac", "Deutscher")]
    assert record.edition == "New ed."
    assert (record.publisher_place, record.publisher) == ("London", "Verso")
    assert record.year == 2003 and record.number_of_pages == "522"  # not the xiv
    assert record.language == "en"
    assert record.isbn == "9781859844410" and found.isbns == ["9781859844410"]
    assert found.key == "2003265102" and found.url == "https://lccn.loc.gov/2003265102"


def test_a_diagnostic_is_an_empty_answer(httpserver: HTTPServer,
                                         provider: LibraryOfCongress) -> None:
    httpserver.expect_request("/LCDB").respond_with_data(
        (FIXTURES / "sru-diagnostic-query-syntax.xml").read_bytes(), content_type="text/xml")
    assert provider.by_isbn("9781859844410") == []


def test_broken_xml_is_a_bad_response(httpserver: HTTPServer,
                                      provider: LibraryOfCongress) -> None:
    httpserver.expect_request("/LCDB").respond_with_data("<zs:searchRetrieveResponse",
                                                         content_type="text/xml")
    with pytest.raises(BadResponseError, match="invalid XML"):
        provider.by_isbn("9781859844410")


def test_xml_entity_bombs_are_refused(httpserver: HTTPServer,
                                      provider: LibraryOfCongress) -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><x>&b;</x>')
    httpserver.expect_request("/LCDB").respond_with_data(bomb, content_type="text/xml")
    with pytest.raises(BadResponseError, match=r"invalid XML.*Entit"):
        provider.by_isbn("9781859844410")


def test_invalid_isbn_and_title_search_send_nothing(httpserver: HTTPServer,
                                                    provider: LibraryOfCongress) -> None:
    assert provider.by_isbn("9781859844411") == []
    assert provider.search(Query(title="The Prophet Armed", authors=["Deutscher"])) == []
    assert httpserver.log == []


def test_fake_rda_record_with_unknown_place() -> None:
    book = Book("7", "Neuromancer", ("William Gibson", "Arne Herløv Petersen"),
                isbn13="9780441569595", publisher="Ace", date="1984-07-01", language="eng",
                pages=271)
    with FakeApi([book]) as fake:
        [found] = make_provider(fake.api_url("loc")).by_isbn("9780441569595")
    record = found.record
    assert record.title == "Neuromancer" and record.publisher == "Ace"
    assert record.publisher_place is None  # "[Place of publication not identified]"
    assert [n.family for n in record.author] == ["Gibson", "Petersen"]
    assert record.year == 1984 and record.number_of_pages == "271"
    assert found.isbns == ["9780441569595"]
