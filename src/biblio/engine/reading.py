"""Reading one input as a stream of events: report lines, records, problems, episode facts.

Plain text and Markdown notes are read line by line (`biblio.extract.iter_extract`),
so a single huge file costs no more memory than a small one; HTML, feeds and
bibliography files are read whole, one file at a time, through the format
registry.  Each record follows the report line it came from, which lets the
report be written in one streaming pass once citation keys are known.
"""

from __future__ import annotations

import codecs
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .. import formats
from ..extract import LineOutcome, NotesFormat, iter_extract, source_citations
from ..io import decode, sniff
from ..model import Record
from ..problems import BiblioError, Problem, ReadResult
from .inputs import Input

_STREAMED = ("text", "markdown")


@dataclass
class Line:
    """One report line whose record ids are known only when the output is written.

    The `records` records following it in the stream are its own; a wrapped
    line (`shares_previous`) lists the ids of the nearest line before it that
    has records.
    """

    source: str
    line: int | None
    text: str
    status: str
    reason: str | None = None
    records: int = 0
    shares_previous: bool = False


@dataclass
class EpisodeFacts:
    """What notes said about their episode, learnt at their end, for the records before."""

    source: str
    title: str | None
    date: str | None
    url: str | None

    def fill(self, record: Record) -> None:
        origin = record.origin
        if origin is None or origin.source != self.source:
            return
        origin.episode_title = origin.episode_title or self.title
        origin.episode_date = origin.episode_date or self.date
        origin.episode_url = origin.episode_url or self.url


@dataclass
class EpisodeRecord:
    """The episode the notes describe, as a record with its report line (`--include-source`).

    `biblio convert` puts these after every input's citations; so does the batch.
    """

    line: Line
    record: Record


Event = Line | Record | Problem | EpisodeFacts | EpisodeRecord

_SOURCE_REASON = "the episode the notes describe"


def read_input(inp: Input) -> Iterator[Event]:
    """The events of one input, in input order."""
    if inp.format in _STREAMED and inp.path is not None and _plain_utf8(inp.path):
        yield from _streamed(inp, inp.path)
    else:  # stdin, whole-document formats, and legacy encodings (`biblio.io.decode`)
        yield from _whole(inp)


def _plain_utf8(path: Path) -> bool:
    """Whether the file is UTF-8 throughout, with no NUL byte and no BOM past its start.

    Checked a megabyte at a time; other files go through `biblio.io.decode`,
    which repairs them and says so.
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            first = True
            while chunk := handle.read(1 << 20):
                if b"\x00" in chunk or b"\xef\xbb\xbf" in (chunk[3:] if first else chunk):
                    return False
                first = False
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    except FileNotFoundError:
        raise BiblioError(f"{path}: no such file") from None
    except OSError as exc:
        raise BiblioError(f"{path}: cannot read: {exc.strerror}") from exc
    return True


def _streamed(inp: Input, path: Path) -> Iterator[Event]:
    fmt: NotesFormat = "text" if inp.format == "text" else "markdown"
    try:
        with path.open(encoding="utf-8-sig") as handle:
            extraction = iter_extract(handle, fmt, inp.source)
            yield from _outcomes(extraction)
    except OSError as exc:
        raise BiblioError(f"{inp.source}: cannot read: {exc.strerror}") from exc
    for problem in extraction.problems:
        yield from _problem(problem)
    if len(extraction.episodes) == 1:
        episode = extraction.episodes[0]
        yield EpisodeFacts(inp.source, episode.title, episode.date, episode.url)
    for parsed in source_citations(extraction.episodes, inp.source):
        origin = parsed.record.origin
        yield EpisodeRecord(Line(inp.source, origin.line if origin else None, parsed.text,
                                 "record", _SOURCE_REASON, records=1), parsed.record)


def _outcomes(outcomes: Iterator[LineOutcome]) -> Iterator[Event]:
    for outcome in outcomes:
        if outcome.continues is not None:
            owner = outcome.continues
            yield Line(outcome.source, outcome.line, outcome.text, owner.status, owner.reason,
                       shares_previous=bool(owner.citations))
            continue
        yield Line(outcome.source, outcome.line, outcome.text, outcome.status, outcome.reason,
                   records=len(outcome.citations))
        for parsed in outcome.citations:
            yield parsed.record


def _whole(inp: Input) -> Iterator[Event]:
    try:
        data = inp.path.read_bytes() if inp.path is not None else sys.stdin.buffer.read()
    except FileNotFoundError:
        raise BiblioError(f"{inp.source}: no such file") from None
    except OSError as exc:
        raise BiblioError(f"{inp.source}: cannot read: {exc.strerror}") from exc
    text, problems = decode(data, inp.source)
    for problem in problems:
        yield from _problem(problem)
    result: ReadResult = formats.get(inp.format or sniff(text)).read(text, inp.source)
    yield from _result_events(inp, result)
    for entry in result.sources:
        for record in entry.records:
            yield EpisodeRecord(Line(entry.source, entry.line, entry.text, entry.status,
                                     entry.reason, records=1), record)


def _result_events(inp: Input, result: ReadResult) -> Iterator[Event]:
    """A reader's records and report lines, as one stream (records after their line)."""
    given: set[int] = set()
    for entry in result.lines:
        own = [r for r in entry.records if id(r) not in given]
        if entry.status in ("error", "warning"):
            continue  # the problem itself follows, with its line
        yield Line(entry.source, entry.line, entry.text, entry.status, entry.reason,
                   records=len(own), shares_previous=bool(entry.records) and not own)
        for record in own:
            given.add(id(record))
            yield record
    for record in result.records:
        if id(record) in given:
            continue
        origin = record.origin
        yield Line(inp.source, origin.line if origin else None,
                   (origin.text if origin else None) or record.full_title or "", "record",
                   records=1)
        yield record
    for problem in result.problems:
        yield from _problem(problem)


def _problem(problem: Problem) -> Iterator[Event]:
    yield problem
    yield Line(problem.source, problem.line, problem.text or "",
               "warning" if problem.warning else "error", problem.message)

