"""Enrichment as a step of `biblio convert`: records in, enriched records out, results kept.

`biblio.io.convert` runs steps over plain record lists; this step also keeps
each record's `Enrichment`, so that the report can say, per input line, what
was found, how sure, and where every filled field came from.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from typing import TYPE_CHECKING, Literal

from ..config import Config
from ..model import Record
from ..report import Report

# The enricher and the HTTP stack (requests, the cache backends) are imported
# when a record is first looked up, so converting a .bib file never loads them.
if TYPE_CHECKING:
    from .enrichment import Enricher
    from .http import HttpError
    from .result import Enrichment

# "notes": only citations read from show notes (a bibliography file is
# already someone's curated record: `biblio enrich` is for those).
Scope = Literal["notes", "all", "none"]


class EnrichStep:
    """A `biblio.io.Step` that enriches records with `enrich` (an `Enricher.enrich`)."""

    def __init__(self, enrich: Callable[[Record], Enrichment], scope: Scope = "notes") -> None:
        self.enrich = enrich
        self.scope: Scope = scope
        self.results: list[tuple[Record, Enrichment]] = []  # (input record, its enrichment)

    def __call__(self, records: list[Record]) -> list[Record]:
        out = []
        for record in records:
            if not self.wanted(record):
                out.append(record)
                continue
            result = self.enrich(record)
            self.results.append((record, result))
            out.append(result.record)
        return out

    def wanted(self, record: Record) -> bool:
        if self.scope == "none":
            return False
        return self.scope == "all" or (record.origin is not None and record.origin.text is not None)

    def annotate(self, report: Report) -> None:
        """Point the report at the enriched records and add each one's `records` entry."""
        for old, result in self.results:
            report.relink(old, result.record)
            if not report.lines_of(result.record):
                continue  # a record from a bibliography file has no report line
            entry = result.to_report()
            del entry["id"]  # the report reads ids late, after citation keys are given
            status, confidence = entry.pop("status"), entry.pop("confidence")
            report.add_result(result.record, status, confidence, **entry)

    def counts(self) -> Counter[str]:
        return Counter(result.status for _, result in self.results)


@contextmanager
def open_step(scope: Scope = "notes", *, config: Config | None = None, offline: bool = False,
              cache: bool = True, warn: Callable[[str], None]) -> Iterator[EnrichStep]:
    """An `EnrichStep` over the configured APIs, opened only if a record needs it.

    Converting a BibTeX file to RIS thus touches neither the network nor the
    cache.  API failures go to `warn` through `failure_warner`.
    """
    failed = failure_warner(warn)

    with ExitStack() as stack:
        enricher: Enricher | None = None

        def enrich(record: Record) -> Enrichment:
            nonlocal enricher
            if enricher is None:
                from .enrichment import open_enricher

                enricher = stack.enter_context(open_enricher(
                    config, offline=offline, cache=cache, on_failure=failed))
            return enricher.enrich(record)

        yield EnrichStep(enrich, scope)


def failure_warner(warn: Callable[[str], None]) -> Callable[[HttpError], None]:
    """An `Enricher.on_failure` that tells `warn` once per API and kind of failure.

    A missing network is told once in all, so a run offline gives one
    warning, not one per record and API.
    """
    warned: set[tuple[str, str]] = set()

    def failed(error: HttpError) -> None:
        from .http import OfflineError

        offline = isinstance(error, OfflineError)
        key = ("", "offline") if offline else (error.api, type(error).__name__)
        if key in warned:
            return
        warned.add(key)
        if offline:
            warn(f"{error}; records are written unenriched and marked offline in the report")
        else:
            warn(f"{error}; other book APIs are asked instead")

    return failed
