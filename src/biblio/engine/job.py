"""A batch job: read every input, look each work up once, write one output.

Three stages, each streaming:

1. Read: every input's records and report lines go to a spool on disk, the
   records tagged with their work key; only the set of keys stays in memory.
2. Look up: the first citation of each work not yet in the journal goes to a
   bounded pool of threads (the HTTP layer keeps each API within its rate
   limit); each finished lookup is appended to the journal at once.
3. Write: the spool is read again, each citation gets its work's enrichment
   and a citation key, and output and report are written to temporary files
   that replace their targets only when complete.

Stopping at any point loses nothing that finished: a restart finds finished
works in the journal and the HTTP answers of unfinished ones in the cache.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..keys import KeyAssigner
from ..lookup.result import Enrichment
from ..lookup.stop import Stop
from ..model import Record
from ..problems import BiblioError, Problem
from .apply import apply, changed_variables
from .inputs import Input
from .journal import Entry, Journal
from .pool import run_bounded
from .progress import BatchProgress
from .reading import EpisodeFacts, EpisodeRecord, Event, Line
from .report_stream import ReportWriter, result_entry
from .spool import Spool
from .works import in_shard, work_key

Enrich = Callable[[Record], Enrichment]
Reader = Callable[[Input], Iterable[Event]]
# What the spool holds: report lines, and records with their work key (None:
# not to be looked up).
_Item = tuple[str | None, Record] | Line

# Statuses that are final: an "offline" lookup or a failure is tried again
# by the next run, so it is not journaled as finished.
_FINAL = frozenset({"enriched", "ambiguous", "not-found", "not-a-book", "unchanged"})


class Sink(Protocol):
    """Where output records go; `commit` makes them visible, `abort` throws them away."""

    def add(self, record: Record) -> None: ...

    def commit(self) -> None: ...

    def abort(self) -> None: ...


def from_notes(record: Record) -> bool:
    """Whether `record` was read from show notes (they keep the line's text)."""
    return record.origin is not None and record.origin.text is not None


def every_record(record: Record) -> bool:
    """`--enrich all`: bibliography-file records are looked up too."""
    del record
    return True


@dataclass
class BatchSettings:
    workers: int = 8
    journal: Path | None = None  # None: a temporary journal, nothing to resume from
    shard: tuple[int, int] | None = None  # (k, n): look up only the works of shard k of n
    show_progress: bool = False
    report: Path | None = None
    spool_dir: Path | None = None
    # Which records are looked up: by default those read from show notes, as
    # `biblio convert` does (a bibliography file is someone's curated record).
    wanted: Callable[[Record], bool] = field(default=from_notes)
    include_source: bool = False  # the episodes the notes describe become records too


@dataclass
class BatchResult:
    citations: int = 0
    works: int = 0  # distinct works among the citations
    looked_up: int = 0  # lookups run by this job
    resumed: int = 0  # works found finished in the journal
    failed: dict[str, str] = field(default_factory=dict)  # work key → error message
    statuses: Counter[str] = field(default_factory=Counter)  # per output record
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _State:
    spool: Spool[_Item]
    keys: dict[str, None] = field(default_factory=dict)  # an ordered set of work keys
    taken: set[str] = field(default_factory=set)  # ids the inputs carry
    episodes: dict[str, EpisodeFacts] = field(default_factory=dict)  # source → facts
    sources: list[EpisodeRecord] = field(default_factory=list)  # written after all inputs


def _read(inputs: Iterable[Input], reader: Reader, settings: BatchSettings, state: _State,
          result: BatchResult) -> None:
    """Spool every input; one that cannot be read is a problem, and the others go on."""
    for inp in inputs:
        try:
            for event in reader(inp):
                _take(event, settings.wanted, state, result)
        except BiblioError as exc:
            message = str(exc).removeprefix(f"{inp.source}: ")
            result.problems.append(Problem(inp.source, None, message))
    if settings.include_source:
        for source in state.sources:
            _take(source.line, settings.wanted, state, result)
            _take(source.record, settings.wanted, state, result)
    result.works = len(state.keys)


def _take(event: Event, wanted: Callable[[Record], bool], state: _State,
          result: BatchResult) -> None:
    if isinstance(event, Record):
        if event.id in state.taken:
            event.id = ""  # an earlier input has this key: this record gets its own
        elif event.id:
            state.taken.add(event.id)
        key = work_key(event) if wanted(event) else None
        if key is not None:
            state.keys[key] = None
        state.spool.append((key, event))
        result.citations += 1
    elif isinstance(event, Line):
        state.spool.append(event)
    elif isinstance(event, EpisodeFacts):
        state.episodes[event.source] = event
    elif isinstance(event, EpisodeRecord):
        state.sources.append(event)
    else:
        result.problems.append(event)


def _firsts(spool: Spool[_Item], wanted: set[str]) -> Iterator[tuple[str, Record]]:
    """The first citation of each wanted work, in input order."""
    for item in spool:
        if isinstance(item, Line):
            continue
        key, record = item
        if key is not None and key in wanted:
            wanted.discard(key)
            yield key, record


def _lookups(state: _State, enrich: Enrich, journal: Journal, settings: BatchSettings,
             result: BatchResult, cache_hits: Callable[[], int], stop: Stop) -> None:
    shard = settings.shard
    result.resumed = sum(1 for k in state.keys if k in journal)
    wanted = {k for k in state.keys if k not in journal and (shard is None or in_shard(k, *shard))}

    def look_up(item: tuple[str, Record]) -> Entry:
        record = item[1]
        enrichment = enrich(record)
        return Entry(enrichment, changed_variables(record, enrichment.record))

    with BatchProgress(len(wanted), show=settings.show_progress, cache_hits=cache_hits) as bar:
        for outcome in run_bounded(look_up, _firsts(state.spool, set(wanted)), settings.workers,
                                   stop):
            key = outcome.item[0]
            result.looked_up += 1
            if outcome.error is not None:
                result.failed[key] = str(outcome.error)
                bar.advance(failed=True)
                continue
            assert outcome.value is not None
            journal.add(key, outcome.value, final=outcome.value.enrichment.status in _FINAL)
            bar.advance()


@dataclass
class _Written:
    """One output record with what the report says about it."""

    record: Record
    key: str | None  # its work key; None when not looked up
    status: str
    enrichment: Enrichment | None


def _written(state: _State, journal: Journal, result: BatchResult
             ) -> Iterator[_Written | Line]:
    """The spool again, each citation enriched as its work was."""
    for item in state.spool:
        if isinstance(item, Line):
            yield item
            continue
        key, record = item
        facts = state.episodes.get(record.origin.source or "") if record.origin else None
        if facts is not None:
            facts.fill(record)
        if key is None:
            yield _Written(record, None, "unchanged", None)
            continue
        entry = journal.find(key)
        if entry is not None:
            e = entry.enrichment
            yield _Written(apply(record, e, entry.changed), key, e.status, e)
        else:
            yield _Written(record, key, "failed" if key in result.failed else "unchanged", None)


def _output(state: _State, journal: Journal, sink: Sink, report: ReportWriter | None,
            looked_up: bool, result: BatchResult) -> None:
    citation_keys = KeyAssigner(state.taken)
    for item in _written(state, journal, result):
        if isinstance(item, _Written):
            citation_keys.count(item.record)
    line: Line | None = None
    records: list[Record] = []
    results: list[dict[str, Any]] = []
    owner: tuple[list[Record], list[dict[str, Any]]] = ([], [])

    def flush() -> None:
        if line is not None and report is not None:
            report.add(line, records, results)

    for item in _written(state, journal, result):
        if isinstance(item, Line):
            flush()
            line = item
            if item.shares_previous:
                records, results = owner[0], []
            else:
                records, results = [], []
                if item.records:
                    owner = (records, results)
            continue
        citation_keys.assign(item.record)
        result.statuses[item.status] += 1
        sink.add(item.record)
        records.append(item.record)
        if looked_up and item.key is not None:
            failure = result.failed.get(item.key)
            results.append(result_entry(item.record, item.status, item.enrichment, failure))
    flush()


def run_batch(
    inputs: Iterable[Input],
    reader: Reader,
    sink: Sink | None,
    enrich: Enrich | None = None,
    settings: BatchSettings | None = None,
    cache_hits: Callable[[], int] = lambda: 0,
    stop: Stop | None = None,
) -> BatchResult:
    """Run one batch; `sink` None looks works up without writing (a shard worker).

    `enrich` None converts without lookups.  `stop` is set when the job is
    interrupted; give the same one to the HTTP layer so that its waits end too.
    """
    settings = settings or BatchSettings()
    stop = stop or Stop()
    result = BatchResult()
    journal = Journal(settings.journal)
    try:
        with Spool[_Item](settings.spool_dir) as spool:
            state = _State(spool)
            _read(inputs, reader, settings, state, result)
            if enrich is not None:
                _lookups(state, enrich, journal, settings, result, cache_hits, stop)
            if sink is not None:
                report = ReportWriter(settings.report) if settings.report else None
                try:
                    _output(state, journal, sink, report, enrich is not None, result)
                except BaseException:
                    sink.abort()
                    if report is not None:
                        report.abort()
                    raise
                sink.commit()
                if report is not None:
                    report.commit()
    finally:
        journal.close()
    if settings.journal and sink is not None and not result.failed \
            and not result.statuses.get("offline"):
        journal.remove()  # every work is final and in the output: nothing to resume
    return result
