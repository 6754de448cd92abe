"""The real APIs' awkward behaviours, as the fake servers play them, and how biblio copes.

Each scenario of the matching evaluation is switchable in `FakeApi`: editions
filed under one ISBN form, ISBN look-ups answered with another edition,
windowed quotas, the published rate limits, 403 for an anonymous client.
"""

from __future__ import annotations

import dataclasses

import requests

from biblio.config import CacheSettings, Config, RetrySettings
from biblio.lookup.enrichment import Enricher
from biblio.lookup.http import Http
from biblio.lookup.providers.base import Query
from biblio.lookup.providers.googlebooks import GoogleBooks
from biblio.lookup.providers.openlibrary import OpenLibrary
from biblio.model import Date, Name, Record
from biblio.testing.fakeapi import PUBLISHED_LIMITS, Book, FakeApi
from biblio.testing.fakerecords import pick
from biblio.testing.recording import RecordingFakeApi

LATTIMORE = Book("2", "The Iliad", ("Homer", "Richmond Lattimore"), isbn13="9780226470498",
                 isbn10="0226470490", publisher="University of Chicago Press", date="1961",
                 language="eng", pages=527, popularity=200)
FAGLES = Book("1", "The Iliad", ("Homer", "Robert Fagles"), isbn13="9780140275360",
              isbn10="0140275363", publisher="Penguin Classics", date="1998-11-01",
              language="eng", pages=683, popularity=300)
ODYSSEY = Book("3", "The Odyssey", ("Homer", "Robert Fagles"), isbn13="9780140268867",
               isbn10="0140268863", publisher="Penguin", date="1999-11-01", language="eng",
               pages=541, popularity=250)


def picked(book: Book, quirk: str, one_in: int, *, wanted: bool = True) -> Book:
    """`book` under the first id the fake picks (or spares) for `quirk`."""
    number = next(n for n in range(100, 10_000)
                  if pick(dataclasses.replace(book, id=str(n)), quirk, one_in) == wanted)
    return dataclasses.replace(book, id=str(number))


def client(fake: FakeApi, contact: str | None = None) -> Http:
    """Fast retries and no client-side pacing: the server is local."""
    settings = fake.config(Config(contact=contact, cache=CacheSettings(backend="memory"),
                                  retry=RetrySettings(attempts=2, backoff_base=0.01,
                                                      max_total=2)))
    for api in ("openlibrary", "googlebooks"):
        settings = settings.with_api(api, rate=1000.0, burst=100)
    return Http(settings)


def cite(title: str, author: str, year: int, isbn: str | None = None) -> Record:
    record = Record(type="book", title=title, isbn=isbn)
    given, _, family = author.rpartition(" ")
    record.author = [Name(given=given or None, family=family)]
    record.issued = Date.from_year(year)
    return record


def test_an_edition_catalogued_under_its_isbn10_alone_is_found_by_its_isbn13() -> None:
    old = picked(LATTIMORE, "isbn10-only", 3)
    with FakeApi([old, FAGLES], isbn_forms=True) as fake:
        raw = requests.get(fake.api_url("openlibrary") + "/api/books", timeout=5, params={
            "bibkeys": "ISBN:9780226470498", "format": "json", "jscmd": "data"}).json()
        assert raw == {}  # filed under 0226470490 only
        provider = OpenLibrary(client(fake, contact="reader@example.org"))
        [found] = provider.by_isbn("9780226470498")
        assert found.isbns == ["9780226470498"] and found.record.publisher == \
            "University of Chicago Press"
        assert fake.counts["openlibrary"] == 2  # ours asked both forms in one request


def test_a_volume_listing_its_isbn10_alone_is_found_by_its_isbn13() -> None:
    volume = picked(FAGLES, "isbn13-only", 6, wanted=False)
    volume = dataclasses.replace(volume, isbn13=None)
    with FakeApi([volume, ODYSSEY], isbn_forms=True) as fake:
        [found] = GoogleBooks(client(fake)).by_isbn("9780140275360")
        assert found.isbns == ["9780140275360"]


def test_an_isbn_answered_with_another_edition_is_not_taken_for_it() -> None:
    misfiled = picked(LATTIMORE, "misfiled-openlibrary", 12)
    with FakeApi([misfiled, FAGLES], misfiled_isbns=True) as fake:
        http = client(fake, contact="reader@example.org")
        assert OpenLibrary(http).by_isbn("9780226470498") == []
        # The enricher then finds the work by title and the cited edition among its editions.
        result = Enricher([OpenLibrary(http)]).enrich(
            cite("The Iliad", "Homer", 1961, isbn="9780226470498"))
        assert result.status == "enriched" and result.edition_reason == "isbn"
        assert result.record.isbn == "978-0-226-47049-8 0-226-47049-0"
        assert result.record.publisher == "University of Chicago Press"


def test_a_spent_quota_answers_429_and_a_short_window_says_when_to_retry() -> None:
    with FakeApi([FAGLES], quotas={"googlebooks": [(60.0, 2), (86_400.0, 3)]}) as fake:
        url = fake.api_url("googlebooks") + "/volumes?q=isbn:9780140275360"
        answers = [requests.get(url, timeout=5) for _ in range(4)]
        assert [a.status_code for a in answers] == [200, 200, 429, 429]
        assert 0 < int(answers[2].headers["Retry-After"]) <= 60
        assert answers[2].json()["error"]["errors"][0]["reason"] == "rateLimitExceeded"


def test_a_daily_quota_gives_no_retry_after() -> None:
    with FakeApi([FAGLES], quotas={"googlebooks": [(86_400.0, 1)]}) as fake:
        url = fake.api_url("googlebooks") + "/volumes?q=isbn:9780140275360"
        assert requests.get(url, timeout=5).status_code == 200
        refused = requests.get(url, timeout=5)
        assert refused.status_code == 429 and "Retry-After" not in refused.headers


def test_our_default_rate_keeps_below_open_librarys_published_limit() -> None:
    fake = RecordingFakeApi([FAGLES, LATTIMORE, ODYSSEY], rate_limits=PUBLISHED_LIMITS,
                            require_contact=True)
    with fake:
        config = fake.config(Config(contact="reader@example.org",
                                    cache=CacheSettings(backend="memory")))
        provider = OpenLibrary(Http(config))  # the default limits, unchanged
        for n in range(9):
            provider.search(Query(title=f"iliad {n}"))
        assert fake.counts["openlibrary"] == 9 and not fake.refused


def test_our_client_always_names_a_contact() -> None:
    with FakeApi([FAGLES], require_contact=True) as fake:
        bare = requests.get(fake.api_url("openlibrary") + "/search.json?title=iliad",
                            headers={"User-Agent": "python-requests/2.32"}, timeout=5)
        assert bare.status_code == 403
        for contact in ("reader@example.org", None):
            [iliad] = OpenLibrary(client(fake, contact=contact)).search(Query(title="Iliad"))
            assert iliad.record.title == "The Iliad"


def test_an_api_that_refuses_us_is_not_asked_again_in_the_run() -> None:
    with FakeApi([FAGLES, ODYSSEY]) as fake:
        fake.fail("openlibrary", 403)
        http = client(fake, contact="reader@example.org")
        enricher = Enricher([OpenLibrary(http), GoogleBooks(http)])
        first = enricher.enrich(cite("The Iliad", "Homer", 1998))
        second = enricher.enrich(cite("The Odyssey", "Homer", 1999))
        assert first.status == second.status == "enriched"
        assert second.chosen is not None and second.chosen.candidate.provider == "googlebooks"
        assert fake.counts["openlibrary"] == 1


def test_a_spent_daily_quota_rests_the_api_instead_of_asking_per_record() -> None:
    aeneid = Book("4", "The Aeneid", ("Virgil", "Robert Fagles"), isbn13="9780143105138",
                  publisher="Penguin Classics", date="2008", language="eng", pages=486)
    with FakeApi([FAGLES, ODYSSEY, aeneid], quotas={"googlebooks": [(86_400.0, 1)]}) as fake:
        enricher = Enricher([GoogleBooks(client(fake))])
        assert enricher.enrich(cite("The Iliad", "Homer", 1998)).status == "enriched"
        refused = enricher.enrich(cite("The Odyssey", "Homer", 1999))
        assert refused.status == "not-found" and "429" in (refused.reason or "")
        asked = fake.counts["googlebooks"]  # the first answer, then the retries refused
        assert enricher.enrich(cite("The Aeneid", "Virgil", 2008)).status == "not-found"
        assert fake.counts["googlebooks"] == asked
