"""Enrich the entries of a parsed file: decide each field, collect the edits, report.

Lookup is injected (`Lookup`), so the same engine runs against the real
Enricher, a warm cache, or a test double that answers "not found".
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from ..engine.pool import run_bounded
from ..lookup.merge import Proposal, display, in_place, is_empty, merge, normalise
from ..lookup.providers.base import Candidate
from ..lookup.result import BOOK_TYPES, Enrichment
from ..model import FieldSource, Record
from ..problems import Problem
from .document import Document, EditableEntry
from .edits import Edit, apply_edits
from .patch import unified_diff
from .values import DEFAULT_FIELDS, USER_NAMES

Lookup = Callable[[Record], Enrichment]

# Asked about an ambiguous match: returns the candidate to use, an ISBN typed
# by the user (looked up in turn), or None to leave the entry alone.
Chooser = Callable[[EditableEntry, Enrichment], Candidate | str | None]



@dataclass
class Filled:
    """A field biblio wrote: added, or (with --overwrite) replaced."""

    label: str
    line: int
    var: str
    field: str
    value: str
    source: FieldSource
    replaced: str | None = None  # the previous value, when overwritten


@dataclass
class Conflict:
    """An existing value the lookup disagrees with; left as it is."""

    label: str
    line: int
    var: str
    field: str
    existing: str
    found: str
    source: FieldSource

    def __str__(self) -> str:
        where = f" ({self.source.key})" if self.source.key else ""
        return (f"{self.label}: {self.field} is {self.existing!r}, {self.source.provider}{where} "
                f"says {self.found!r}; kept (--overwrite {USER_NAMES.get(self.var, self.var)} "
                "replaces it)")


@dataclass
class Unmatched:
    """An entry that was looked up but not enriched, and why."""

    label: str
    line: int
    status: str
    reason: str


@dataclass
class FileEnrichment:
    """The outcome for one file: the new text and everything the user should know."""

    source: str
    original: str
    text: str
    filled: list[Filled] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    unmatched: list[Unmatched] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # the lookup's warnings, per entry
    edits: list[Edit] = field(default_factory=list)
    entries: int = 0
    looked_up: int = 0

    @property
    def changed(self) -> bool:
        return self.text != self.original

    def diff(self) -> str:
        """A unified diff from the original file to the enriched one."""
        return unified_diff(self.original, self.edits, self.source)


def enrich_document(
    doc: Document,
    source: str,
    lookup: Lookup,
    *,
    fields: Sequence[str] = DEFAULT_FIELDS,
    overwrite: Collection[str] = (),
    choose: Chooser | None = None,
    jobs: int = 1,
) -> FileEnrichment:
    """Look up every book entry of `doc` and fill `fields` where they are missing.

    With `jobs` > 1 the look-ups run that many at a time (`lookup` must then be
    thread-safe, as `biblio.lookup.service.Lookups.enrich` is); the entries
    are still decided and edited in file order.
    """
    result = FileEnrichment(source=source, original=doc.text, text=doc.text,
                            problems=list(doc.problems), entries=len(doc.entries))
    edits = result.edits
    todo: list[tuple[EditableEntry, list[str]]] = []
    for entry in doc.entries:
        if entry.kind not in BOOK_TYPES:
            continue
        wanted = [v for v in fields if entry.field_name(v) is not None]
        if _worth_lookup(entry.record, wanted, overwrite):
            todo.append((entry, wanted))
    answers = _look_up_all([entry.record for entry, _ in todo], lookup, jobs)
    for (entry, wanted), enrichment in zip(todo, answers, strict=True):
        result.looked_up += 1
        result.notes.extend(f"{entry.label}: {note}" for note in enrichment.notes)
        proposal = _resolve(entry, enrichment, lookup, choose, result)
        if proposal is not None:
            edits.extend(_decide(entry, wanted, proposal, overwrite, result))
    result.text = apply_edits(doc.text, edits)
    return result


def _look_up_all(records: list[Record], lookup: Lookup, jobs: int) -> list[Enrichment]:
    """Every record's enrichment, in order, `jobs` at a time."""
    if jobs <= 1 or len(records) <= 1:
        return [lookup(record) for record in records]
    found: dict[int, Enrichment] = {}
    for outcome in run_bounded(lookup, records, jobs):
        if outcome.error is not None:
            raise outcome.error
        assert outcome.value is not None
        found[id(outcome.item)] = outcome.value
    return [found[id(record)] for record in records]


def _worth_lookup(record: Record, wanted: list[str], overwrite: Collection[str]) -> bool:
    return any(is_empty(record.get(v)) or v in overwrite for v in wanted)


def _resolve(entry: EditableEntry, enrichment: Enrichment, lookup: Lookup,
             choose: Chooser | None, result: FileEnrichment) -> Proposal | None:
    """What the lookup proposes for an entry, after asking the user when ambiguous."""
    if enrichment.status == "ambiguous" and choose is not None:
        answer = choose(entry, enrichment)
        if isinstance(answer, Candidate):
            score = next((s.score for s in [enrichment.chosen, *enrichment.runners_up]
                          if s is not None and s.candidate is answer), 1.0)
            return _candidate_proposal(answer, score)
        if isinstance(answer, str):
            retry = entry.record.copy()
            retry.isbn = answer
            return _resolve(entry, lookup(retry), lookup, None, result)
        result.unmatched.append(Unmatched(entry.label, entry.line, "skipped", "skipped by you"))
        return None
    if enrichment.status not in ("enriched", "unchanged"):
        reason = enrichment.reason or enrichment.status
        result.unmatched.append(Unmatched(entry.label, entry.line, enrichment.status, reason))
        return None
    return enrichment.proposal


def _candidate_proposal(candidate: Candidate, score: float) -> Proposal:
    """The candidate the user picked, all its values proposed."""
    source = FieldSource(provider=candidate.provider, key=candidate.key, confidence=score)
    proposal = Proposal()
    for var in DEFAULT_FIELDS:
        value = candidate.record.get(var)
        if not is_empty(value):
            proposal.propose(var, normalise(var, value), candidate.record.sources.get(var, source))
    return proposal


def _decide(entry: EditableEntry, wanted: list[str], proposal: Proposal,
            overwrite: Collection[str], result: FileEnrichment) -> list[Edit]:
    """The edits for one entry, never mixing two editions in it (`merge.in_place`)."""
    compared = [v for v in proposal.values if entry.field_name(v) is not None]
    merged = merge(entry.record, proposal, in_place(wanted, compared, overwrite))
    for change in merged.conflicts:
        result.conflicts.append(Conflict(entry.label, entry.line, change.var,
                                         entry.field_name(change.var) or change.var,
                                         display(change.before), display(change.value),
                                         change.source))
    edits: list[Edit] = []
    for change in merged.written:
        edits.extend(entry.set(change.var, change.value))
        replaced = None if change.before is None else display(change.before)
        result.filled.append(Filled(entry.label, entry.line, change.var,
                                    entry.field_name(change.var) or change.var,
                                    display(change.value), change.source, replaced=replaced))
    if merged.withheld:
        names = [USER_NAMES.get(v, v) for v in merged.withheld]
        differ = f"{' and '.join(names)} differ{'s' if len(names) == 1 else ''}"
        result.unmatched.append(Unmatched(
            entry.label, entry.line, "other-edition",
            f"the edition found ({_describe(proposal)}) is not the one cited ({differ}), so "
            f"nothing was taken from it; --overwrite {','.join(names)} takes that edition"))
    return edits


def _describe(proposal: Proposal) -> str:
    parts = [display(proposal.values[v].value) for v in ("publisher", "issued")
             if v in proposal.values]
    return ", ".join(parts) or "another edition"
