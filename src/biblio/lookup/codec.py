"""Lossless JSON form of records, enrichments and proposals, for the journal and the store.

CSL-JSON is not enough here: a resumed job must rebuild exactly the record an
uninterrupted job would have written, provenance and origin included.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..lookup.merge import Proposal, Proposed
from ..lookup.providers.base import Candidate
from ..lookup.result import Enrichment, ScoredCandidate
from ..model import DATE_FIELDS, NAME_FIELDS, Date, FieldSource, Name, Origin, Record

_NAME_ATTRS = frozenset(NAME_FIELDS.values())
_DATE_ATTRS = frozenset(DATE_FIELDS.values())
_RECORD_DEFAULTS = {f.name: f for f in dataclasses.fields(Record)}


def _default(attr: str) -> Any:
    f = _RECORD_DEFAULTS[attr]
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return f.default


def record_to_json(record: Record) -> dict[str, Any]:
    """The record's fields that differ from their defaults, as JSON values."""
    out: dict[str, Any] = {}
    for attr in _RECORD_DEFAULTS:
        value = getattr(record, attr)
        if value == _default(attr):
            continue
        if dataclasses.is_dataclass(value) or attr in ("sources", "extra") or attr in _NAME_ATTRS:
            out[attr] = _plain(value)
        else:
            out[attr] = value
    return out


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def record_from_json(data: dict[str, Any]) -> Record:
    kwargs: dict[str, Any] = {}
    for attr, value in data.items():
        if attr in _NAME_ATTRS:
            kwargs[attr] = [Name(**n) for n in value]
        elif attr in _DATE_ATTRS:
            kwargs[attr] = Date(**value)
        elif attr == "sources":
            kwargs[attr] = {k: FieldSource(**v) for k, v in value.items()}
        elif attr == "origin":
            kwargs[attr] = Origin(**value)
        else:
            kwargs[attr] = value
    # As unpickling does: the fields given, defaults for the rest, without a
    # keyword call of fifty fields per record (an answer holds several).
    record = Record.__new__(Record)
    record.__setstate__(kwargs)
    return record


def _candidate_to_json(c: Candidate) -> dict[str, Any]:
    data = {f.name: getattr(c, f.name) for f in dataclasses.fields(c)}
    data["record"] = record_to_json(c.record)
    return data


def _candidate_from_json(data: dict[str, Any]) -> Candidate:
    return Candidate(**{**data, "record": record_from_json(data["record"])})


def _scored_to_json(s: ScoredCandidate) -> dict[str, Any]:
    return {"candidate": _candidate_to_json(s.candidate), "score": s.score}


def _scored_from_json(data: dict[str, Any]) -> ScoredCandidate:
    return ScoredCandidate(candidate=_candidate_from_json(data["candidate"]), score=data["score"])


def enrichment_to_json(e: Enrichment) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in dataclasses.fields(e):
        value = getattr(e, f.name)
        if f.name == "record":
            out[f.name] = record_to_json(value)
        elif f.name == "chosen":
            out[f.name] = None if value is None else _scored_to_json(value)
        elif f.name == "runners_up":
            out[f.name] = [_scored_to_json(s) for s in value]
        elif f.name == "filled":
            out[f.name] = {k: dataclasses.asdict(v) for k, v in value.items()}
        elif f.name == "proposal":
            out[f.name] = proposal_to_json(value)
        else:
            out[f.name] = _plain(value)
    return out


def enrichment_from_json(data: dict[str, Any]) -> Enrichment:
    kwargs = dict(data)
    kwargs["record"] = record_from_json(data["record"])
    kwargs["chosen"] = None if data.get("chosen") is None else _scored_from_json(data["chosen"])
    kwargs["runners_up"] = [_scored_from_json(s) for s in data.get("runners_up", [])]
    kwargs["filled"] = filled_from_json(data.get("filled", {}))
    kwargs["proposal"] = proposal_from_json(data.get("proposal", {}))
    return Enrichment(**kwargs)


def proposal_to_json(proposal: Proposal) -> dict[str, Any]:
    """A compact form: a warm run decodes one proposal per work, and little else."""
    sources: list[list[Any]] = []
    index: dict[tuple[Any, ...], int] = {}
    values: dict[str, list[Any]] = {}
    for var, p in proposal.values.items():
        source = (p.source.provider, p.source.key, p.source.confidence)
        number = index.setdefault(source, len(sources))
        if number == len(sources):
            sources.append(list(source))
        values[var] = [_compact(p.value), number, p.action, p.follows]
    data: dict[str, Any] = {"values": values, "sources": sources}
    if proposal.cleaned:
        data["cleaned"] = {var: _compact(v) for var, v in proposal.cleaned.items()}
    if proposal.found_by:
        data["found_by"] = proposal.found_by
    return data


def proposal_from_json(data: dict[str, Any]) -> Proposal:
    sources = [FieldSource(*source) for source in data["sources"]]
    values = {var: Proposed(_value_from_json(var, value), sources[number], action, follows)
              for var, (value, number, action, follows) in data["values"].items()}
    cleaned = {var: _value_from_json(var, v) for var, v in data.get("cleaned", {}).items()}
    return Proposal(values, cleaned, data.get("found_by"))


def _compact(value: Any) -> Any:
    """A value's JSON form without the fields left at their defaults (names, dates)."""
    if isinstance(value, list):
        return [_compact(v) for v in value]
    if isinstance(value, Name):
        return {k: v for k, v in vars(value).items() if v is not None}
    if isinstance(value, Date):
        return {k: v for k, v in vars(value).items() if v}
    return _plain(value)


def _value_from_json(var: str, value: Any) -> Any:
    """A CSL variable's value as the model holds it (`Record.get`'s form)."""
    if value is None:
        return None
    if var in NAME_FIELDS:
        return [Name(**n) for n in value]
    if var in DATE_FIELDS:
        return Date(**value)
    return value


def filled_from_json(data: dict[str, Any]) -> dict[str, FieldSource]:
    return {var: FieldSource(**source) for var, source in data.items()}
