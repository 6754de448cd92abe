"""The batch job with the network replaced by a counting enricher."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from biblio.config import Config
from biblio.engine.inputs import Input
from biblio.engine.job import BatchSettings, run_batch
from biblio.engine.reading import Event
from biblio.lookup import service as lookup
from biblio.lookup.answers import MemoryAnswers
from biblio.lookup.merge import Proposal
from biblio.lookup.result import Enrichment, proposed
from biblio.model import Date, FieldSource, Name, Origin, Record
from biblio.problems import Problem

BOOKS = [("Deutscher", "The Prophet Armed", 1954), ("Zamyatin", "We", 1921),
         ("Reed", "Ten Days That Shook the World", 1919), ("Serge", "Memoirs of a Revolutionary",
                                                          1951)]


def episodes(n: int) -> list[Input]:
    return [Input(Path(f"s1e{i}.txt"), "text") for i in range(1, n + 1)]


def reader(inp: Input) -> Iterator[Event]:
    """Every episode cites every book (in its own casing), and has one bad line."""
    episode = int(inp.source.split("e")[-1].split(".")[0])
    for line, (family, title, year) in enumerate(BOOKS, start=1):
        text = f"{family}, {title} ({year})"
        rec = Record(author=[Name(family=family)], issued=Date.from_year(year),
                     origin=Origin(source=inp.source, line=line, text=text))
        rec.set_full_title(title.upper() if episode % 2 else title)
        yield rec
    yield Problem(inp.source, 9, "unreadable line")


class Lookups(lookup.Lookups):
    """Look-ups whose enricher fills the publisher, counts calls and can fail on demand."""

    def __init__(self, fail: str | None = None, offline: str | None = None) -> None:
        super().__init__(Config(), answers=MemoryAnswers(), enrich=self.publisher_of)
        self.calls: Counter[str] = Counter()
        self.fail, self.offline = fail, offline
        self._calls_lock = threading.Lock()

    def publisher_of(self, record: Record) -> Enrichment:
        title = (record.title or "").lower()
        with self._calls_lock:
            self.calls[title] += 1
        if self.fail and self.fail in title:
            raise RuntimeError("HTTP 503 after retries")
        out = record.copy()
        if self.offline and self.offline in title:
            return Enrichment(out, "offline", reason="no network")
        proposal = Proposal()
        proposal.propose("publisher", f"Publisher of {record.title}",
                         FieldSource("openlibrary", "/books/OL1M", 0.9))
        return proposed(record, proposal, confidence=0.9)


class ListSink:
    def __init__(self) -> None:
        self.records: list[Record] = []
        self.committed = self.aborted = False

    def add(self, record: Record) -> None:
        self.records.append(record)

    def commit(self) -> None:
        self.committed = True

    def abort(self) -> None:
        self.aborted = True


def test_each_work_is_looked_up_once_and_every_citation_enriched(tmp_path: Path) -> None:
    lookups, sink = Lookups(), ListSink()
    result = run_batch(episodes(6), reader, sink, lookups,
                       BatchSettings(workers=4, journal=tmp_path / "j"))
    assert sum(lookups.calls.values()) == 4 and set(lookups.calls.values()) == {1}
    assert (result.citations, result.works, result.looked_up) == (24, 4, 4)
    assert sink.committed and len(sink.records) == 24
    assert all(r.publisher and r.publisher.startswith("Publisher of ") for r in sink.records)
    # Each citation keeps its own wording and origin.
    assert sink.records[0].title == "THE PROPHET ARMED"
    assert sink.records[4].title == "The Prophet Armed"
    assert sink.records[5].origin == Origin(source="s1e2.txt", line=2,
                                            text="Zamyatin, We (1921)")
    assert result.statuses == Counter({"enriched": 24})
    assert [p.line for p in result.problems] == [9] * 6
    assert len({r.id for r in sink.records}) == 24  # keys unique: deutscher1954propheta…
    assert not (tmp_path / "j").exists()  # finished: nothing left to resume


def test_a_restart_looks_up_only_what_was_not_finished(tmp_path: Path) -> None:
    journal = tmp_path / "j"
    first = Lookups(fail="memoirs")
    result = run_batch(episodes(3), reader, ListSink(), first,
                       BatchSettings(workers=2, journal=journal))
    assert len(result.failed) == 1 and result.statuses["failed"] == 3
    assert journal.exists()  # kept, since one work must be tried again
    second, sink = Lookups(), ListSink()
    again = run_batch(episodes(3), reader, sink, second, BatchSettings(workers=2, journal=journal))
    assert list(second.calls) == ["memoirs of a revolutionary"]
    assert again.resumed == 3 and again.statuses == Counter({"enriched": 12})


def test_offline_lookups_are_written_but_tried_again_next_time(tmp_path: Path) -> None:
    journal = tmp_path / "j"
    run_batch(episodes(2), reader, ListSink(), Lookups(offline="we"),
              BatchSettings(journal=journal))
    second = Lookups()
    run_batch(episodes(2), reader, ListSink(), second, BatchSettings(journal=journal))
    assert list(second.calls) == ["we"]


def test_shards_split_the_lookups_and_write_nothing(tmp_path: Path) -> None:
    calls: Counter[str] = Counter()
    for k in (1, 2, 3):
        lookups = Lookups()
        run_batch(episodes(2), reader, None, lookups,
                  BatchSettings(shard=(k, 3), journal=tmp_path / f"j{k}"))
        calls.update(lookups.calls)
    assert sum(calls.values()) == 4 and set(calls.values()) == {1}


def test_only_wanted_records_are_looked_up(tmp_path: Path) -> None:
    lookups = Lookups()
    result = run_batch(episodes(2), reader, ListSink(), lookups,
                       BatchSettings(wanted=lambda r: (r.title or "").lower() == "we"))
    assert list(lookups.calls) == ["we"]
    assert result.statuses == Counter({"enriched": 2, "unchanged": 6})


def test_without_lookups_records_pass_through(tmp_path: Path) -> None:
    sink = ListSink()
    result = run_batch(episodes(2), reader, sink)
    assert result.statuses == Counter({"unchanged": 8}) and result.looked_up == 0
    assert sink.records[0].publisher is None


def test_an_error_while_writing_aborts_the_output(tmp_path: Path) -> None:
    class Broken(ListSink):
        def add(self, record: Record) -> None:
            raise OSError("disk full")

    sink = Broken()
    with pytest.raises(OSError):
        run_batch(episodes(1), reader, sink, Lookups(), BatchSettings(journal=tmp_path / "j"))
    assert sink.aborted and not sink.committed
    assert (tmp_path / "j").exists()  # the lookups are kept for the next try
