"""The line report (`--report report.json`): what became of every non-blank input line.

One entry per line: where it is (`source`, `line`), what it says (`text`),
its `status` (`record`, `rejected`, `error` for input that could not be
read, or `warning` for input read despite a fault), the `reason` for a
rejection, and the `ids` of the records it produced; `found_by` says
``inline`` for works named in a sentence and ``labeller`` for lines the
trained labeller read where no rule did; `field_confidence` gives, per
record, the chance that each field read from the line is right (0–1, counted
on real reading lists), so a user knows which readings to check by hand.
Later steps add per-record results with `Report.add_result` (enrichment adds
`{"id", "status", "confidence", ...}` under `records`) without knowing how
lines were read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import Record


@dataclass
class ReportLine:
    """One input line and its fate.

    `records` are the Record objects themselves, so ids given later (citation
    keys are assigned just before writing) show up in the report.
    """

    source: str
    line: int | None
    text: str
    status: str = "rejected"
    reason: str | None = None
    records: list[Record] = field(default_factory=list)
    results: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        return [record.id for record in self.records]

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "source": self.source,
            "line": self.line,
            "text": self.text,
            "status": self.status,
            "reason": self.reason,
            "ids": self.ids,
        }
        found_by = sorted({r.origin.found_by for r in self.records
                           if r.origin is not None and r.origin.found_by})
        if found_by:
            out["found_by"] = ", ".join(found_by)  # "inline": named in a sentence
        sure = [r.origin.field_confidence if r.origin is not None else {} for r in self.records]
        if any(sure):
            out["field_confidence"] = sure  # per record, in the order of `ids`
        if self.results:
            out["records"] = list(self.results)
        return out


class Report:
    """All lines of one conversion, in input order."""

    def __init__(self, lines: Iterable[ReportLine] = ()) -> None:
        self.lines: list[ReportLine] = list(lines)
        self._index: dict[int, list[ReportLine]] | None = None  # id(record) → its lines

    def __iter__(self) -> Iterator[ReportLine]:
        return iter(self.lines)

    def __len__(self) -> int:
        return len(self.lines)

    def extend(self, lines: Iterable[ReportLine]) -> None:
        self.lines.extend(lines)
        self._index = None

    def lines_of(self, record: Record) -> list[ReportLine]:
        """The lines that produced `record` (a wrapped item spans several)."""
        if self._index is None:
            self._index = {}
            for line in self.lines:
                for produced in line.records:
                    self._index.setdefault(id(produced), []).append(line)
        return self._index.get(id(record), [])

    def relink(self, old: Record, new: Record) -> None:
        """Point the lines that produced `old` at `new` (a step replaced the record)."""
        for line in self.lines_of(old):
            line.records = [new if r is old else r for r in line.records]
        if self._index is not None:
            self._index[id(new)] = self._index.pop(id(old), [])

    def add_result(self, record: Record, status: str, confidence: float | None = None,
                   **details: Any) -> None:
        """Attach a later step's verdict on `record` to the first line that produced it.

        `details` are JSON-ready values (provider keys, filled fields, runners-up);
        the id is read when the report is written, after keys are assigned.
        """
        lines = self.lines_of(record)
        if not lines:
            raise KeyError(f"record {record.id or record.full_title!r} is not in the report")
        entry: dict[str, Any] = {"id": _LazyId(record), "status": status}
        if confidence is not None:
            entry["confidence"] = round(confidence, 3)
        entry.update(details)
        lines[0].results.append(entry)

    def to_json(self) -> list[dict[str, Any]]:
        return [_resolved(line.to_json()) for line in self.lines]

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"

    def write(self, path: str | Path) -> None:
        Path(path).write_text(self.dumps(), encoding="utf-8")

    def counts(self) -> dict[str, int]:
        """Lines per status, for a one-line summary."""
        out: dict[str, int] = {}
        for line in self.lines:
            out[line.status] = out.get(line.status, 0) + 1
        return out


@dataclass(frozen=True)
class _LazyId:
    record: Record


def _resolved(entry: dict[str, Any]) -> dict[str, Any]:
    if "records" in entry:
        entry["records"] = [
            {key: (value.record.id if isinstance(value, _LazyId) else value)
             for key, value in result.items()}
            for result in entry["records"]
        ]
    return entry
