"""Wikidata: works with their original publication date, and editions by ISBN."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from biblio.config import CacheSettings, Config
from biblio.lookup.http import Http
from biblio.lookup.providers.base import Query
from biblio.lookup.providers.wikidata import Wikidata

FIXTURES = Path(__file__).parent / "fixtures" / "api" / "wikidata"

# (action, the parameter that tells requests apart, its value) → recorded answer
ANSWERS = {
    ("wbsearchentities", "search", "Nineteen Eighty-Four"):
        "wbsearchentities-nineteen-eighty-four.json",
    ("wbgetentities", "ids", "Q208460|Q1136633"): "wbgetentities-Q208460-Q1136633.json",
    ("wbgetentities", "ids", "Q3335"): "wbgetentities-labels-Q3335-Q7275478.json",
    ("wbgetentities", "ids", "Q3335|Q7275478"): "wbgetentities-labels-Q3335-Q7275478.json",
    ("query", "srsearch", "haswbstatement:P212=978-0-452-28423-4|P957=0-452-28423-6"):
        "query-search-haswbstatement-isbn-9780452284234.json",
    ("wbgetentities", "ids", "Q107295386"): "wbgetentities-Q107295386.json",
    ("wbgetentities", "ids", "Q208460"): "wbgetentities-Q208460.json",
}
KEYS = {"wbsearchentities": "search", "wbgetentities": "ids", "query": "srsearch"}


def answer(request: Request) -> Response:
    action = request.args["action"]
    name = ANSWERS.get((action, KEYS[action], request.args[KEYS[action]]))
    if name is None or request.args.get("format") != "json":
        return Response(json.dumps({"error": {"code": "unexpected"}}), 400)
    return Response((FIXTURES / name).read_bytes(), 200, content_type="application/json")


@pytest.fixture
def provider(httpserver: HTTPServer) -> Wikidata:
    httpserver.expect_request("/w/api.php").respond_with_handler(answer)
    config = Config(contact="reader@example.org", cache=CacheSettings(backend="memory"))
    config = config.with_api("wikidata", base_url=httpserver.url_for(""), rate=1000.0, burst=10)
    return Wikidata(Http(config))


def test_search_keeps_works_with_an_author_and_their_first_date(provider: Wikidata) -> None:
    [novel] = provider.search(Query(title="Nineteen Eighty-Four", authors=["Orwell"]))
    assert novel.key == novel.work_key == "Q208460"  # the 1984 film has no author (P50)
    assert novel.first_publish_year == 1949
    assert novel.record.original_date is not None
    assert novel.record.original_date.parts == [[1949, 6, 8]]  # the deprecated 1948 is ignored
    assert [(n.given, n.family) for n in novel.record.author] == [("George", "Orwell")]
    assert novel.url is not None and novel.url.endswith("/wiki/Q208460")


def test_by_isbn_finds_the_edition_and_its_work(provider: Wikidata,
                                                httpserver: HTTPServer) -> None:
    [edition] = provider.by_isbn("0452284236")
    record = edition.record
    assert edition.key == "Q107295386" and edition.work_key == "Q208460"
    assert record.title == "1984" and record.publisher == "Plume"
    assert record.year == 2003 and record.number_of_pages == "328"
    assert record.original_date is not None and record.original_date.year == 1949
    assert edition.first_publish_year == 1949
    assert record.author[0].family == "Orwell"  # from the work: the edition names nobody
    assert record.isbn == "9780452284234" and edition.isbns == ["9780452284234"]
    assert len(httpserver.log) == 4  # search, edition, work, labels


def test_unknown_title_and_bad_isbn(provider: Wikidata, httpserver: HTTPServer) -> None:
    assert provider.by_isbn("9780452284235") == []  # bad check digit: nothing asked
    assert provider.search(Query(authors=["Orwell"])) == []
    assert httpserver.log == []
