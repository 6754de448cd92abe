"""A batch job: read every input, look each work up once, write one output.

This is the one engine behind `biblio convert`, `biblio batch` and the
Python API.  Three stages, each streaming:

1. Read: every input's records and report lines go to a spool (the first
   thousands in memory, the rest on disk), the records tagged with their
   work's answer key; beyond the spool only the set of keys stays in memory.
2. Look up: works the answer store already knows cost nothing; the first
   citation of each other work not yet in the journal goes to a bounded pool
   of threads (the HTTP layer keeps each API within its rate limit); each
   finished lookup is stored and journaled at once.
3. Write: the spool is read again, each citation gets its work's answer and
   a citation key, and output and report are written to temporary files that
   replace their targets only when complete.

Stopping at any point loses nothing that finished: a restart finds finished
works in the answer store (or the journal) and the HTTP answers of
unfinished ones in the cache.
"""

from __future__ import annotations

import itertools
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..io import gc_paused
from ..keys import KeyAssigner
from ..lookup.answers import Answer
from ..lookup.stop import Stop
from ..lookup.works import in_shard
from ..model import Record
from ..problems import BiblioError, Problem
from .inputs import Input
from .journal import Journal
from .pool import run_bounded
from .progress import BatchProgress
from .reading import EpisodeFacts, EpisodeRecord, Event, Line
from .report_stream import ReportWriter, result_entry
from .spool import Spool

Reader = Callable[[Input], Iterable[Event]]
# What the spool holds: report lines, and records with their work key (None:
# not to be looked up).
_Item = tuple[str | None, Record] | Line


class Lookups(Protocol):
    """What the engine needs of the look-up side (`biblio.lookup.service.Lookups`)."""

    def key(self, record: Record) -> str: ...

    def known(self, keys: Iterable[str]) -> set[str]: ...

    def stored(self, keys: Iterable[str]) -> dict[str, Answer]: ...

    def look_up(self, record: Record, key: str | None = None) -> Answer: ...

    def cache_hits(self) -> int: ...


class ReportSink(Protocol):
    """Where report lines go: a JSON file (`ReportWriter`) or a list (`ReportLines`)."""

    def add(self, line: Line, records: list[Record], results: list[dict[str, Any]]) -> None: ...

    def commit(self) -> None: ...

    def abort(self) -> None: ...


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
    report: Path | ReportSink | None = None  # a path: the JSON report is written there
    spool_dir: Path | None = None
    # Which records are looked up: by default those read from show notes, as
    # `biblio convert` does (a bibliography file is someone's curated record).
    wanted: Callable[[Record], bool] = field(default=from_notes)
    include_source: bool = False  # the episodes the notes describe become records too


@dataclass
class BatchResult:
    inputs: int = 0
    citations: int = 0
    wanted: int = 0  # citations to be looked up
    works: int = 0  # distinct works among the citations
    looked_up: int = 0  # lookups run by this job
    resumed: int = 0  # works found finished in the journal
    stored: int = 0  # works the answer store knew, asked of no API
    failed: dict[str, str] = field(default_factory=dict)  # work key → error message
    statuses: Counter[str] = field(default_factory=Counter)  # per output record
    lines: Counter[str] = field(default_factory=Counter)  # report lines by status
    problems: list[Problem] = field(default_factory=list)


@dataclass
class _State:
    spool: Spool[_Item]
    key_of: Callable[[Record], str] | None  # a wanted record's answer key; None: no lookups
    keys: dict[str, None] = field(default_factory=dict)  # an ordered set of answer keys
    taken: set[str] = field(default_factory=set)  # ids the inputs carry
    episodes: dict[str, EpisodeFacts] = field(default_factory=dict)  # source → facts
    sources: list[EpisodeRecord] = field(default_factory=list)  # written after all inputs


def _read(inputs: Iterable[Input], reader: Reader, settings: BatchSettings, state: _State,
          result: BatchResult) -> None:
    """Spool every input; one that cannot be read is a problem, and the others go on."""
    for inp in inputs:
        result.inputs += 1
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
        key = state.key_of(event) if state.key_of is not None and wanted(event) else None
        if key is not None:
            state.keys[key] = None
            result.wanted += 1
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


def _lookups(state: _State, lookups: Lookups, journal: Journal, settings: BatchSettings,
             result: BatchResult, stop: Stop) -> None:
    shard = settings.shard
    result.resumed = sum(1 for k in state.keys if k in journal)
    mine = [key for key in state.keys
            if key not in journal and (shard is None or in_shard(key, *shard))]
    stored = lookups.known(mine)  # answered in the write stage, without a thread
    result.stored = len(stored)
    wanted = {key for key in mine if key not in stored}

    if not wanted:
        return  # every work answered already: no need to read the spool for first citations

    def look_up(item: tuple[str, Record]) -> Answer:
        return lookups.look_up(item[1], item[0])

    with BatchProgress(len(wanted), show=settings.show_progress,
                       cache_hits=lookups.cache_hits) as bar:
        for outcome in run_bounded(look_up, _firsts(state.spool, set(wanted)), settings.workers,
                                   stop):
            key = outcome.item[0]
            result.looked_up += 1
            if outcome.error is not None:
                result.failed[key] = str(outcome.error)
                bar.advance(failed=True)
                continue
            assert outcome.value is not None
            journal.add(key, outcome.value, final=outcome.value.final)
            bar.advance()


@dataclass
class _Written:
    """One output record with what the report says about it."""

    record: Record
    key: str | None  # its answer key; None when not looked up
    status: str


class _Answers:
    """A work's answer for the write stage: the journal's, else the store's, decoded once.

    The write stage reads the spool twice (citation keys, then output), and a
    work is cited many times; decoding its answer once per citation was most
    of a warm run's time.  Bounded, so memory stays flat on any archive.
    """

    SIZE = 16_384
    WINDOW = 500  # spool items whose answers are fetched from the store in one question

    def __init__(self, journal: Journal, lookups: Lookups | None) -> None:
        self._journal, self._lookups = journal, lookups
        self._recent: OrderedDict[str, Answer | None] = OrderedDict()

    def find(self, key: str) -> Answer | None:
        if key not in self._recent:
            self.fetch([key])
        self._recent.move_to_end(key)
        return self._recent[key]

    def fetch(self, keys: Iterable[str]) -> None:
        """Bring the answers of `keys` in: the journal's, else the store's, many at once."""
        missing = [k for k in dict.fromkeys(keys) if k not in self._recent]
        found = {k: a for k in missing if (a := self._journal.find(k)) is not None}
        asked = [k for k in missing if k not in found]
        if asked and self._lookups is not None:
            found.update(self._lookups.stored(asked))
        for key in missing:
            self._recent[key] = found.get(key)
            if len(self._recent) > self.SIZE:
                self._recent.popitem(last=False)

    def windows(self, items: Iterable[_Item]) -> Iterator[_Item]:
        """The spool's items, with each window's answers fetched before it is handed out."""
        window: list[_Item] = []
        for item in items:
            window.append(item)
            if len(window) == self.WINDOW:
                yield from self._fetched(window)
                window = []
        yield from self._fetched(window)

    def _fetched(self, window: list[_Item]) -> list[_Item]:
        self.fetch(item[0] for item in window if not isinstance(item, Line) and item[0])
        return window


def _written(state: _State, answers: _Answers, result: BatchResult, start: int = 0
             ) -> Iterator[_Written | Line]:
    """The spool again from its `start`-th item, each citation enriched as its work was."""
    for item in answers.windows(state.spool.starting_at(start)):
        if isinstance(item, Line):
            yield item
            continue
        key, record = item
        facts = state.episodes.get(record.origin.source or "") if record.origin else None
        if facts is not None:
            facts.fill(record)  # the same in every pass: the spool may hand out this record again
        if key is None:
            yield _Written(record, None, "unchanged")
            continue
        answer = answers.find(key)
        if answer is not None:
            yield _Written(answer.apply(record), key, answer.status)
        else:
            yield _Written(record, key, "failed" if key in result.failed else "unchanged")


def _output(state: _State, journal: Journal, lookups: Lookups | None, sink: Sink,
            report: ReportSink | None, result: BatchResult) -> None:
    """Write every record and report line, after a first pass that counts citation keys.

    The first pass keeps what it wrote for the items the spool holds in
    memory (as many again, so memory stays bounded); the rest are applied
    again, which is cheaper than spooling the applied records once more.
    """
    citation_keys = KeyAssigner(state.taken)
    answers = _Answers(journal, lookups)
    kept: list[_Written | Line] = []
    for item in _written(state, answers, result):
        if len(kept) < state.spool.in_memory:
            kept.append(item)
        if isinstance(item, _Written):
            citation_keys.count(item.record)
    looked_up = lookups is not None
    line: Line | None = None
    records: list[Record] = []
    results: list[dict[str, Any]] = []
    owner: tuple[list[Record], list[dict[str, Any]]] = ([], [])

    def flush() -> None:
        if line is not None and report is not None:
            report.add(line, records, results)

    for item in itertools.chain(kept, _written(state, answers, result, len(kept))):
        if isinstance(item, Line):
            flush()
            line = item
            result.lines[item.status] += 1
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
        if looked_up and report is not None and item.key is not None:
            answer = answers.find(item.key)
            failure = result.failed.get(item.key)
            results.append(result_entry(item.record, item.status,
                                        answer.enrichment if answer else None, failure))
    flush()


def run_batch(
    inputs: Iterable[Input],
    reader: Reader,
    sink: Sink | None,
    lookups: Lookups | None = None,
    settings: BatchSettings | None = None,
    stop: Stop | None = None,
) -> BatchResult:
    """Run one job; `sink` None looks works up without writing (a shard worker).

    `lookups` None converts without lookups.  `stop` is set when the job is
    interrupted; give the same one to the HTTP layer so that its waits end too.
    """
    settings = settings or BatchSettings()
    stop = stop or Stop()
    result = BatchResult()
    journal = Journal(settings.journal)
    try:
        with Spool[_Item](settings.spool_dir) as spool:
            state = _State(spool, lookups.key if lookups is not None else None)
            # Reading and writing make millions of small acyclic objects; the
            # cyclic collector would walk the whole heap again and again (a
            # third of a warm run).  It stays on for the look-ups' threads.
            with gc_paused():
                _read(inputs, reader, settings, state, result)
            if lookups is not None:
                _lookups(state, lookups, journal, settings, result, stop)
            if sink is not None:
                report = ReportWriter(settings.report) if isinstance(settings.report, Path) \
                    else settings.report
                try:
                    with gc_paused():
                        _output(state, journal, lookups, sink, report, result)
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
