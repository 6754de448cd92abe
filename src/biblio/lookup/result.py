"""The outcome of enriching one record: what was filled, from where, how sure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from ..model import FieldSource, Record
from .merge import Proposal, merge
from .providers.base import Candidate

# "conflict": the cited ISBN belongs to another book than the cited title and
# author; nothing is applied and the ISBN's record is reported.
# CSL types that book catalogues describe; everything else passes through.
BOOK_TYPES: frozenset[str] = frozenset({"book", "classic"})

# CSL variables proposed from the chosen edition, in the order reports list
# them; a citation takes those it lacks, so title and author come in for a
# bare ISBN.  An original date comes from catalogues that know the work's
# (Wikidata).  (Here, not in `enrichment`, so that a warm run's answer keys
# need no HTTP stack.)
EDITION_FIELDS: tuple[str, ...] = (
    "title", "author", "ISBN", "publisher", "publisher-place", "issued", "number-of-pages",
    "edition", "language", "original-date",
)

Status = Literal["enriched", "ambiguous", "conflict", "not-found", "offline", "not-a-book",
                 "unchanged"]


@dataclass
class ScoredCandidate:
    candidate: Candidate
    score: float  # match confidence in [0, 1]


@dataclass
class Enrichment:
    """`record` is a new Record; the input record is never modified."""

    record: Record
    status: Status
    confidence: float = 0.0
    chosen: ScoredCandidate | None = None
    runners_up: list[ScoredCandidate] = field(default_factory=list)
    filled: dict[str, FieldSource] = field(default_factory=dict)  # CSL variable → source
    reason: str | None = None  # why not enriched, in words a user can act on
    # How the edition was picked: "isbn" (the cited ISBN), "year" (the cited
    # year) or "rule" (matching.EditionRule), for reports.
    edition_reason: str | None = None
    notes: list[str] = field(default_factory=list)  # warnings, e.g. an invalid ISBN dropped
    # "lookup" when the record's title and authors were read from the line with
    # the catalogue's help (the line as parsed matched nothing); else None.
    found_by: str | None = None
    # What the look-up proposes for the cited record (`record` is that
    # proposal merged into it): what every other citation of the work gets.
    proposal: Proposal = field(default_factory=Proposal)

    def to_report(self) -> dict[str, Any]:
        """This record's entry in a JSON report (`records` of a line's report object)."""
        entry: dict[str, Any] = {
            "id": self.record.id,
            "status": self.status,
            "confidence": round(self.confidence, 3),
        }
        if self.reason:
            entry["reason"] = self.reason
        if self.found_by:
            entry["found_by"] = self.found_by
        if self.chosen is not None:
            entry["chosen"] = {**candidate_summary(self.chosen),
                               "edition_chosen_by": self.edition_reason}
        entry["filled"] = {
            var: {"value": _json_value(self.record.get(var)), "provider": source.provider,
                  "key": source.key, "confidence": round(source.confidence, 3)}
            for var, source in self.filled.items()
        }
        entry["runners_up"] = [candidate_summary(r) for r in self.runners_up]
        if self.notes:
            entry["notes"] = list(self.notes)
        return entry


def proposed(record: Record, proposal: Proposal, **details: Any) -> Enrichment:
    """`record` enriched as a citation takes `proposal`: how every enrichment is made."""
    merged = merge(record, proposal)
    return Enrichment(merged.record, "enriched", filled=merged.filled, proposal=proposal,
                      **details)


def candidate_summary(scored: ScoredCandidate) -> dict[str, Any]:
    """A candidate as a person checks it: where it is, what it is, how well it matched."""
    candidate, record = scored.candidate, scored.candidate.record
    return {
        "provider": candidate.provider,
        "key": candidate.key,
        "work": candidate.work_key,
        "url": candidate.url,
        "score": round(scored.score, 3),
        "title": record.full_title,
        "authors": [n.display() for n in record.author],
        "year": record.year,
        "publisher": record.publisher,
        "isbn": candidate.isbns[0] if len(candidate.isbns) == 1 else None,
    }


def _json_value(value: Any) -> Any:
    if isinstance(value, list):
        return [_json_value(v) for v in value]
    to_csl = getattr(value, "to_csl", None)
    return to_csl() if callable(to_csl) else value
