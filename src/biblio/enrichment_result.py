"""The outcome of enriching one record: what was filled, from where, how sure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from .model import FieldSource, Record
from .providers.base import Candidate

Status = Literal["enriched", "ambiguous", "not-found", "offline", "not-a-book", "unchanged"]


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
