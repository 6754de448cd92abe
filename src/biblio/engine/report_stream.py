"""The JSON line report, written while the output is written, one line at a time.

Same shape and bytes as `biblio.report.Report.dumps` (an array of
`ReportLine.to_json` objects, two-space indented), without holding the
report of a whole archive in memory.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..atomic import AtomicFile
from ..lookup.result import Enrichment
from ..model import Record
from ..report import ReportLine
from .reading import Line


def result_entry(record: Record, status: str, enrichment: Enrichment | None,
                 failure: str | None = None) -> dict[str, Any]:
    """A record's lookup verdict, as `biblio convert`'s report gives it (`Enrichment.to_report`).

    The work was looked up once, for its first citation; `record` is this
    citation, so the entry carries its own id.
    """
    if enrichment is None:
        entry: dict[str, Any] = {"id": record.id, "status": status}
        if failure:
            entry["reason"] = failure
        return entry
    entry = enrichment.to_report()
    entry["id"] = record.id
    return entry


class ReportWriter:
    """Streams report lines into `path`; the file appears on `commit`."""

    def __init__(self, path: Path) -> None:
        self._file = AtomicFile(path)
        self._count = 0

    def add(self, line: Line, records: list[Record], results: list[dict[str, Any]]) -> None:
        entry = ReportLine(line.source, line.line, line.text, line.status, line.reason,
                           records=records, results=results).to_json()
        text = json.dumps([entry], ensure_ascii=False, indent=2)[2:-2]  # drop "[\n" and "\n]"
        self._file.write(("[\n" if not self._count else ",\n") + text)
        self._count += 1

    def commit(self) -> None:
        self._file.write("\n]\n" if self._count else "[]\n")
        self._file.commit()

    def abort(self) -> None:
        self._file.abort()


class ReportLines:
    """Collects the report in memory, as `ReportLine`s (for `biblio.convert`)."""

    def __init__(self) -> None:
        self.lines: list[ReportLine] = []

    def add(self, line: Line, records: list[Record], results: list[dict[str, Any]]) -> None:
        self.lines.append(ReportLine(line.source, line.line, line.text, line.status,
                                     line.reason, records=records, results=results))

    def commit(self) -> None:
        """Nothing to make visible: the lines are the caller's already."""

    def abort(self) -> None:
        self.lines.clear()
