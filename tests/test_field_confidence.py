"""Confidence per field: counted on the corpus's training part, shipped, and shown to users."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import biblio
from biblio import parse_citation
from biblio.extract.reading import read_notes
from biblio.parse.calibration import (
    TABLE_FILE,
    Table,
    corpus_readings,
    count,
    judged,
    shipped_table,
)
from biblio.parse.labeller import Labeller, reading_with
from biblio.parse.training import corpus_documents
from biblio.report import Report

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "realworld"
SHIPPED = ROOT / "src" / "biblio" / "data" / TABLE_FILE
MODEL = ROOT / "src" / "biblio" / "data" / "labeller.crfsuite"


def test_the_shipped_table_is_what_the_training_part_counts() -> None:
    # `python -m biblio.parse.training` writes it after the labeller; a rule change that
    # moves any reading of the training part makes the shipped table stale, and fails here.
    pytest.importorskip("pycrfsuite")
    with reading_with(Labeller(str(MODEL))):
        table = count(corpus_readings(CORPUS, corpus_documents(CORPUS, "train")))
    assert table.to_json() == SHIPPED.read_text(encoding="utf-8")


def test_a_reading_gives_a_chance_for_each_field_it_read() -> None:
    parsed = parse_citation("Isaac Deutscher, The Prophet Armed: Trotsky, 1879-1921 (1954)")
    assert set(parsed.field_confidence) == {"title", "author", "issued"}
    assert all(0.5 < c < 1.0 for c in parsed.field_confidence.values())


def test_a_surname_alone_is_less_sure_than_a_full_name() -> None:
    full = parse_citation("The Dispossessed by Ursula K. Le Guin")
    surname = parse_citation("Housekeeping by Robinson")
    assert full.form == surname.form == "by"
    assert surname.field_confidence["author"] < full.field_confidence["author"]


def test_a_refused_line_has_no_field_confidence() -> None:
    assert parse_citation("Support Origin Story on Patreon").field_confidence == {}


def test_a_rare_band_borrows_from_its_fields_rate() -> None:
    table = Table({"title": {"": [90, 100], "0.5": [1, 1]}}, prior=4.0)
    rare = table.chance("title", "0.5")
    assert rare is not None and 0.9 < rare < 1.0  # one right reading does not make it sure
    assert table.chance("title", "0.3") == pytest.approx(91 / 102)  # the field's own rate
    assert table.chance("DOI", "0.5") is None


def test_a_reading_that_pairs_with_no_gold_work_has_every_field_wrong() -> None:
    emitted = parse_citation("The Prophet Armed by Isaac Deutscher")
    verdicts = list(judged([([emitted], [])]))
    assert {f for _, f, _ in verdicts} == {"title", "author"}
    assert not any(ok for _, _, ok in verdicts)
    gold = [{"title": "The Prophet Armed", "author": [{"family": "Deutscher", "given": "I."}]}]
    assert all(ok for _, _, ok in judged([([emitted], gold)]))


def test_the_shipped_table_is_about_as_sure_as_the_training_part_is_right() -> None:
    table = shipped_table()
    assert table is not None
    right, total = table.counts["title"][""]
    assert total > 1000 and 0.8 < right / total < 1.0


def test_the_report_shows_each_records_field_confidence() -> None:
    notes = "Books mentioned\nThe Phantom Tollbooth Norton Juster\nHousekeeping by Robinson\n"
    result = read_notes(notes, "notes.txt", "text")
    entries = Report(result.lines).to_json()
    by_line = {e["line"]: e for e in entries}
    labelled = by_line[2]
    assert labelled["found_by"] == "labeller"
    [fields] = labelled["field_confidence"]
    assert set(fields) == {"title", "author"}
    assert set(by_line[3]["field_confidence"][0]) == {"title", "author"}
    assert "field_confidence" not in by_line[1]
    json.dumps(entries)


def test_extracted_records_carry_their_field_confidence_in_their_origin() -> None:
    [parsed] = biblio.extract("Further reading\n\nHousekeeping by Marilynne Robinson (1980)\n",
                              "text")
    assert parsed.record.origin is not None
    assert parsed.record.origin.field_confidence == parsed.field_confidence
    assert set(parsed.field_confidence) == {"title", "author", "issued"}
