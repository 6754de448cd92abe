"""The job journal and the spool: what a stopped job finds again when it restarts."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.engine.journal import Journal
from biblio.engine.spool import Spool
from biblio.lookup.answers import Answer
from biblio.lookup.codec import enrichment_from_json, enrichment_to_json
from biblio.lookup.merge import Proposal
from biblio.lookup.providers.base import Candidate
from biblio.lookup.result import Enrichment, ScoredCandidate, proposed
from biblio.model import Date, FieldSource, Name, Origin, Record
from biblio.problems import BiblioError


def enriched() -> Enrichment:
    rec = Record(id="deutscher1954prophet", author=[Name(family="Deutscher", given="Isaac")],
                 issued=Date.from_year(2003), original_date=Date.from_year(1954),
                 publisher="Verso", isbn="978-1-85984-441-4",
                 origin=Origin(source="s8e5.txt", line=42, episode_title="The Prophet"))
    rec.set_full_title("The Prophet Armed: Trotsky, 1879–1921")
    src = FieldSource(provider="openlibrary", key="/books/OL1M", confidence=0.93)
    edition = Record(publisher="Verso", issued=Date.from_year(2003), isbn="9781859844410")
    cand = Candidate(provider="openlibrary", key="/books/OL1M", record=edition,
                     work_key="/works/OL1W", first_publish_year=1954, isbns=["9781859844410"])
    proposal = Proposal(cleaned={"editor": []}, found_by="lookup")
    proposal.propose("publisher", "Verso", src)
    proposal.propose("author", [Name(family="Deutscher", given="Isaac")], src)
    proposal.propose("issued", Date.from_year(2003), src, "replace")
    proposal.propose("original-date", Date.from_year(1954), FieldSource(provider="input"),
                     "replace", follows="issued")
    return Enrichment(record=rec, status="enriched", confidence=0.93,
                      chosen=ScoredCandidate(cand, 0.93), runners_up=[ScoredCandidate(cand, 0.4)],
                      filled={"publisher": src, "ISBN": src, "issued": src,
                              "original-date": FieldSource(provider="input")},
                      proposal=proposal)


def test_codec_round_trip_is_lossless() -> None:
    e = enriched()
    assert enrichment_from_json(enrichment_to_json(e)) == e


def test_journal_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "job.journal"
    with Journal(path) as journal:
        journal.add("k1", Answer(enriched()))
        journal.add("k2", Answer(Enrichment(record=Record(title="Nowhere"), status="not-found",
                                           reason="no catalogue record matches well enough")))
    with Journal(path) as again:
        assert len(again) == 2 and "k1" in again and "k3" not in again
        assert again.find("k1") == Answer(enriched())
        assert again.find("k2").enrichment.status == "not-found"  # type: ignore[union-attr]


def test_a_line_torn_by_a_crash_is_dropped_and_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "job.journal"
    with Journal(path) as journal:
        journal.add("k1", Answer(enriched()))
    with path.open("ab") as handle:
        handle.write(b'{"key": "k2", "enrichment": {"rec')  # killed mid-write
    with Journal(path) as again:
        assert len(again) == 1
        again.add("k3", Answer(enriched()))
    with Journal(path) as third:
        assert sorted(["k1", "k3"]) == sorted(k for k in ("k1", "k2", "k3") if k in third)
        assert third.find("k3").enrichment == enriched()


def test_answers_read_back_in_any_order_are_the_ones_written(tmp_path: Path) -> None:
    with Journal(tmp_path / "j") as journal:
        for i in range(5):
            journal.add(f"k{i}", Answer(Enrichment(Record(title=f"T{i}"), "not-found")))
        titles = [journal.find(f"k{i}").enrichment.record.title for i in (4, 0, 3, 1)]
        assert titles == ["T4", "T0", "T3", "T1"]


def test_a_file_that_is_not_a_journal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "out.bib"
    path.write_text("@book{x, title={Y}}\n")
    with pytest.raises(BiblioError, match=r"out\.bib:1: not a biblio job journal"):
        Journal(path)


def test_a_journal_of_an_older_biblio_is_refused_with_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "job.journal"
    path.write_text('{"format":"biblio-journal/1"}\n{"key":"k1","final":true,"changed":[]}\n')
    with pytest.raises(BiblioError, match=r"job\.journal:1: a journal of an older biblio "
                                          r"\(biblio-journal/1\); delete it"):
        Journal(path)


def test_journal_removal(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "j")
    journal.remove()
    assert not (tmp_path / "j").exists()


def test_spool_replays_records_in_order(tmp_path: Path) -> None:
    spool: Spool[tuple[str, Record]]
    with Spool(tmp_path, memory_items=300) as spool:  # in memory, then on disk
        for i in range(1000):
            spool.append((f"k{i % 7}", Record(title=f"Book {i}", origin=Origin(line=i + 1))))
        for _ in range(2):  # as many passes as needed
            seen = list(spool)
            assert len(seen) == 1000
            assert seen[999][0] == "k5" and seen[999][1].title == "Book 999"
            assert seen[10][1].origin == Origin(line=11)


def test_an_enrichment_carries_over_to_other_citations_of_the_work() -> None:
    first = Record(author=[Name(family="Deutscher")], issued=Date.from_year(1954),
                   isbn="9781859844410", origin=Origin(source="e1.txt", line=3))
    first.set_full_title("The Prophet Armed")
    src = FieldSource(provider="openlibrary", key="/books/OL1M", confidence=0.93)
    proposal = Proposal(cleaned={"ISBN": "978-1-85984-441-0"})
    proposal.propose("publisher", "Verso", src)
    proposal.propose("ISBN", "978-1-85984-441-0 1-85984-441-3", src)  # the cited one stays
    proposal.propose("issued", Date.from_year(2003), src, "replace")
    proposal.propose("original-date", Date.from_year(1954), FieldSource(provider="input"),
                     "replace", follows="issued")
    answer = Answer(proposed(first, proposal, confidence=0.93))
    assert answer.apply(first) == answer.enrichment.record
    assert sorted(answer.enrichment.filled) == ["issued", "original-date", "publisher"]

    other = first.copy()
    other.set_full_title("The prophet armed")  # cited in its own words elsewhere
    other.origin, other.note = Origin(source="e9.txt", line=12), "see chapter 3"
    stored = Answer.from_text(answer.to_text())
    out = stored.apply(other)
    assert (out.title, out.note, out.origin) == ("The prophet armed", "see chapter 3",
                                                 Origin(source="e9.txt", line=12))
    assert (out.publisher, out.isbn, out.year) == ("Verso", "978-1-85984-441-0", 2003)
    assert out.original_date == Date.from_year(1954)
    assert out.sources["publisher"].provider == "openlibrary"
    assert other.publisher is None  # the input is not modified
    assert out.original_date is not None
    out.original_date.parts[0][0] = 1066
    assert stored.apply(other).original_date == Date.from_year(1954)  # nor the answer


def test_lookups_that_are_not_final_serve_this_run_only(tmp_path: Path) -> None:
    path = tmp_path / "j"
    offline = Answer(Enrichment(Record(title="We"), "offline", reason="no network"))
    with Journal(path) as journal:
        journal.add("k1", offline, final=False)
        assert "k1" not in journal  # a later run must try it again…
        assert journal.find("k1") == offline  # …but this run writes what it got
    with Journal(path) as again:
        assert "k1" not in again and again.find("k1") is None


def test_an_anonymous_journal_works_without_a_file() -> None:
    with Journal(None) as journal:
        journal.add("k1", Answer(enriched()))
        assert journal.find("k1") == Answer(enriched())


def test_two_jobs_cannot_share_a_journal(tmp_path: Path) -> None:
    with Journal(tmp_path / "j"), pytest.raises(BiblioError, match="another biblio batch"):
        Journal(tmp_path / "j")
    with Journal(tmp_path / "j") as after:  # free again once the first job closed it
        assert len(after) == 0
