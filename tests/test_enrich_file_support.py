"""Deterministic lookups for the `biblio enrich` tests: "not found", or answers from a table.

The answers are real editions (publisher, place, year, pages, ISBN as printed
in the books); they stand in for what the Enricher would return.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from biblio.lookup.merge import Proposal, normalise
from biblio.lookup.providers.base import Candidate
from biblio.lookup.result import Enrichment, ScoredCandidate, proposed
from biblio.model import Date, FieldSource, Record

BIBFILES = Path(__file__).parent / "data" / "bibfiles"
TEXLIVE = Path("/usr/share/texlive/texmf-dist/bibtex/bib")
TUGBOAT = TEXLIVE / "beebe" / "tugboat.bib"
PRINTING_HISTORY = TEXLIVE / "beebe" / "printing-history.bib"
BIBLATEX_EXAMPLES = TEXLIVE / "biblatex" / "biblatex" / "biblatex-examples.bib"


def not_found(record: Record) -> Enrichment:
    return Enrichment(record=record.copy(), status="not-found",
                      reason="no catalogue record matches well enough")


@dataclass
class Edition:
    publisher: str
    place: str
    year: int
    pages: str
    isbn: str
    edition: str | None = None
    key: str = "/books/OL1M"

    def candidate(self) -> Candidate:
        record = Record(type="book", publisher=self.publisher, publisher_place=self.place,
                        issued=Date.from_year(self.year), number_of_pages=self.pages,
                        isbn=self.isbn, edition=self.edition)
        return Candidate(provider="openlibrary", key=self.key, record=record,
                         url=f"https://openlibrary.org{self.key}", isbns=[self.isbn])


# Keyed by the main title, lower-cased, without a leading article.
EDITIONS: dict[str, Edition] = {
    "prophet armed": Edition("Verso", "London", 2003, "538", "9781859844410",
                             key="/books/OL3709592M"),
    "what is history?": Edition("Penguin Books", "Harmondsworth", 1990, "188", "9780140135848",
                                edition="2", key="/books/OL1867470M"),
    "making of the english working class": Edition(
        "Penguin Books", "London", 1991, "958", "9780140136036", key="/books/OL1631378M"),
    "age of revolution": Edition("Vintage Books", "New York", 1996, "356", "9780679772538",
                                 key="/books/OL796465M"),
    "latex companion": Edition("Addison-Wesley", "Reading, Mass.", 1994, "528", "0201541998",
                               edition="1", key="/books/OL1429050M"),
    "city of suspects": Edition("Duke University Press", "Durham, NC", 2001, "344",
                                "0822327317", key="/books/OL3951880M"),
    "information theory and statistics": Edition(
        "Dover Publications", "Mineola, NY", 1997, "399", "9780486696843",
        key="/books/OL1002212M"),
    "scythe and the rabbit": Edition("RIT Cary Graphic Arts Press", "Rochester, NY", 2012,
                                     "288", "9781933360560", edition="1",
                                     key="/books/OL25328434M"),
}


def title_key(record: Record) -> str:
    title = (record.title or "").lower()
    title = re.sub(r"^(the|a|an|la|le)\s+", "", title)
    return title.split(":")[0].strip()


@dataclass
class TableLookup:
    """Answers from `EDITIONS` the way the Enricher does; records every question."""

    editions: dict[str, Edition] = field(default_factory=lambda: dict(EDITIONS))
    ambiguous: set[str] = field(default_factory=set)
    asked: list[Record] = field(default_factory=list)

    def __call__(self, record: Record) -> Enrichment:
        self.asked.append(record)
        key = title_key(record)
        edition = self.editions.get(key)
        if edition is None:
            return not_found(record)
        scored = ScoredCandidate(edition.candidate(), 0.91)
        scored.candidate.record.set_full_title(record.full_title)
        if key in self.ambiguous:
            other = Edition("Penguin Books", "London", 1990, "208", "9780140206326",
                            key="/books/OL5000000M").candidate()
            other.record.set_full_title(record.full_title)
            return Enrichment(record=record.copy(), status="ambiguous", confidence=0.6,
                              runners_up=[scored, ScoredCandidate(other, 0.58)],
                              reason="several works match about equally well")
        source = FieldSource(provider="openlibrary", key=edition.key, confidence=0.91)
        proposal = Proposal()
        for var in ("ISBN", "publisher", "publisher-place", "issued", "number-of-pages",
                    "edition"):
            value = scored.candidate.record.get(var)
            if value is not None:
                proposal.propose(var, normalise(var, value), source)
        if record.year is not None and record.year < edition.year:
            # Like Enricher: a cited year before the edition's is the original date.
            proposal.propose("issued", Date.from_year(edition.year), source, "replace")
            proposal.propose("original-date", record.issued, FieldSource(provider="input"),
                             "replace", follows="issued")
        return proposed(record, proposal, confidence=0.91, chosen=scored)
