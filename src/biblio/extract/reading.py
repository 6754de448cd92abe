"""Show notes as a format reader: records for `biblio convert`, plus the line report."""

from __future__ import annotations

from ..problems import ReadResult
from ..report import ReportLine
from . import NotesFormat, fill_origins, iter_extract, source_citations
from .outcome import LineOutcome


def read_notes(text: str, source: str, format: NotesFormat) -> ReadResult:
    """Every citation in the notes as a record, every non-blank line in `lines`.

    The episodes the notes describe go to `sources`, for callers that want
    them as records too (`biblio convert --include-source`).
    """
    extraction = iter_extract(text, format, source)
    result = ReadResult()
    owners: dict[int, ReportLine] = {}
    citations = []
    for outcome in extraction:
        line = report_line(outcome, owners)
        result.lines.append(line)
        citations.extend(outcome.citations)
    fill_origins(citations, extraction.episodes)
    result.records = [c.record for c in citations]
    result.problems = list(extraction.problems)
    for problem in extraction.problems:
        result.lines.append(ReportLine(source, problem.line, problem.text or "",
                                       status="warning" if problem.warning else "error",
                                       reason=problem.message))
    for episode in source_citations(extraction.episodes, source):
        origin = episode.record.origin
        result.sources.append(ReportLine(
            source, origin.line if origin else None, episode.text, status="record",
            reason="the episode the notes describe", records=[episode.record]))
    return result


def report_line(outcome: LineOutcome, owners: dict[int, ReportLine]) -> ReportLine:
    """The report entry of one outcome; a wrapped line shares its first line's records."""
    if outcome.continues is not None:
        owner = owners[id(outcome.continues)]
        return ReportLine(outcome.source, outcome.line, outcome.text, status=owner.status,
                          reason=owner.reason, records=owner.records)
    line = ReportLine(outcome.source, outcome.line, outcome.text, status=outcome.status,
                      reason=outcome.reason, records=[c.record for c in outcome.citations])
    owners[id(outcome)] = line
    return line
