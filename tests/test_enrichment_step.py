"""The enrichment step of `biblio convert`: which records it looks up, what it reports."""

from __future__ import annotations

from biblio.lookup.enrichment import Enricher
from biblio.lookup.http import OfflineError, ServiceError
from biblio.lookup.step import EnrichStep, failure_warner
from biblio.model import Origin, Record
from biblio.report import Report, ReportLine
from matching_helpers import KARAMAZOV, CatalogProvider, name


def karamazov(origin: Origin) -> Record:
    record = Record(type="book", origin=origin)
    record.set_full_title("The Brothers Karamazov")
    record.author = [name("Fyodor Dostoyevsky")]
    return record


def test_only_citations_from_show_notes_are_looked_up_by_default() -> None:
    from_notes = karamazov(Origin(source="notes.txt", line=3, text="Dostoyevsky, Karamazov"))
    from_bibtex = karamazov(Origin(source="thesis.bib", line=12))
    step = EnrichStep(Enricher([CatalogProvider("openlibrary", KARAMAZOV)]).enrich)
    out = step([from_notes, from_bibtex])
    assert out[0].isbn is not None and out[1] is from_bibtex
    assert EnrichStep(step.enrich, "all")([from_bibtex])[0].isbn is not None
    assert EnrichStep(step.enrich, "none")([from_notes]) == [from_notes]


def test_the_report_line_gets_the_enriched_record_and_its_entry() -> None:
    record = karamazov(Origin(source="notes.txt", line=3, text="Dostoyevsky, Karamazov"))
    line = ReportLine(source="notes.txt", line=3, text="Dostoyevsky, Karamazov",
                      status="record", records=[record])
    report = Report([line])
    step = EnrichStep(Enricher([CatalogProvider("openlibrary", KARAMAZOV)]).enrich)
    (enriched,) = step([record])
    enriched.id = "dostoyevsky1984brothers"
    step.annotate(report)
    (entry,) = report.to_json()[0]["records"]
    assert line.records == [enriched]
    assert entry["id"] == "dostoyevsky1984brothers"
    assert entry["status"] == "enriched"
    assert entry["filled"]["ISBN"]["key"] == entry["chosen"]["key"]
    assert entry["chosen"]["edition_chosen_by"] == "rule"


def test_failures_are_told_once_per_api_and_kind_and_offline_once_in_all() -> None:
    told: list[str] = []
    failed = failure_warner(told.append)
    for api in ("openlibrary", "googlebooks", "openlibrary"):
        failed(OfflineError("cannot connect", api=api, url="http://127.0.0.1:9/"))
    for _ in range(2):
        failed(ServiceError("HTTP 503 after retries", api="googlebooks",
                            url="http://127.0.0.1:9/volumes", status=503))
    assert len(told) == 2
    assert told[0].startswith("openlibrary: cannot connect")
    assert told[1].endswith("other book APIs are asked instead")
