"""The trained labeller: reproducible from the corpus, used only where the rules read nothing."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

import biblio
from biblio import parse_citation
from biblio.parse.labeller import (
    MODEL_FILE,
    Labeller,
    current_labeller,
    default_labeller,
    reading_with,
    tokenize,
)
from biblio.parse.markup import clean
from biblio.parse.training import align, corpus_documents, examples, fit, train

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "realworld"
SHIPPED = ROOT / "src" / "biblio" / "data" / MODEL_FILE
READING_LIST = CORPUS / "docs" / "c-awazez-books.md"  # a training document


def test_the_shipped_model_is_what_the_corpus_trains(tmp_path: Path) -> None:
    # One command retrains it (python -m biblio.parse.training); the same corpus gives the
    # same bytes, so a stale model file fails here.
    pytest.importorskip("pycrfsuite")
    lines = train(CORPUS, tmp_path / MODEL_FILE)
    assert lines > 100
    assert (tmp_path / MODEL_FILE).read_bytes() == SHIPPED.read_bytes()


def test_training_reads_the_training_part_only() -> None:
    splits = json.loads((CORPUS / "splits.json").read_text(encoding="utf-8"))["documents"]
    held_out = {doc for doc, part in splits.items() if part == "heldout"}
    seen = {example.document for example in examples(CORPUS)}
    assert seen and held_out and not seen & held_out


def test_gold_values_become_token_labels() -> None:
    cleaned = clean("The Dream Songs by John Berryman (1969)")
    tokens = tokenize(cleaned.text)
    labels = align(cleaned, tokens, [{"title": "The Dream Songs", "year": 1969,
                                      "author": [{"family": "Berryman", "given": "John"}]}])
    assert labels == ["title", "title", "title", "other", "author", "author", "other",
                      "year", "other"]


def test_a_line_whose_title_is_not_in_it_is_not_taught() -> None:
    cleaned = clean("Some other words entirely")
    assert align(cleaned, tokenize(cleaned.text), [{"title": "The Dream Songs"}]) is None


def test_the_labeller_reads_a_line_with_field_confidences() -> None:
    labeller = default_labeller()
    assert labeller is not None
    reading = labeller.label(clean("The Phantom Tollbooth by Norton Juster"))
    assert "title" in reading.spans
    assert all(0.0 <= c <= 1.0 for c in reading.confidence.values())


def test_a_reading_list_line_no_rule_reads_goes_to_the_labeller() -> None:
    # "Title Author" with no separator: a shape of real reading lists the rules cannot split.
    notes = "Books mentioned\nThe Phantom Tollbooth Norton Juster\n"
    [parsed] = biblio.extract(notes, "text")
    assert parsed.method == "labeller"
    assert parsed.record.title == "The Phantom Tollbooth"
    assert [n.family for n in parsed.record.author] == ["Juster"]
    assert set(parsed.field_confidence) == {"title", "author"}
    assert parsed.record.origin is not None and parsed.record.origin.found_by == "labeller"


def test_outside_reading_lists_and_in_parse_citation_the_labeller_is_not_asked() -> None:
    assert not parse_citation("The Phantom Tollbooth Norton Juster").is_citation
    assert biblio.extract("Some notes\n\nThe Phantom Tollbooth Norton Juster\n", "text") == []


def test_training_reads_only_the_documents_it_is_given() -> None:
    # Cross-validation trains each fold's model on the other folds' documents.
    seen = {example.document for example in examples(CORPUS, [READING_LIST])}
    assert seen == {READING_LIST.stem}


def test_a_chosen_model_stands_for_the_shipped_one_inside_the_block_only(
        tmp_path: Path) -> None:
    pytest.importorskip("pycrfsuite")
    model = tmp_path / MODEL_FILE
    assert fit(examples(CORPUS, [READING_LIST]), model) > 0
    chosen = Labeller(str(model))
    with reading_with(chosen):
        assert current_labeller() is chosen
    assert current_labeller() is default_labeller()


def test_with_no_model_chosen_the_rules_read_alone() -> None:
    # What cross-validation's --rules-only measures: the same line, no labeller to read it.
    notes = "Books mentioned\nThe Phantom Tollbooth Norton Juster\n"
    with reading_with(None):
        assert biblio.extract(notes, "text") == []
    assert [p.method for p in biblio.extract(notes, "text")] == ["labeller"]


def _cross_validation() -> ModuleType:
    spec = importlib.util.spec_from_file_location("labeller_cv",
                                                  ROOT / "benchmarks" / "labeller_cv.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_cross_validation_folds_hold_each_training_source_whole() -> None:
    cv = _cross_validation()
    documents = corpus_documents(CORPUS, "train")
    folds = cv.folds(documents, 5, 15)
    assert sorted(doc for fold in folds for doc in fold) == sorted(documents)
    source_of = cv.realworld_splits.documents()
    fold_of_source: dict[str, set[int]] = {}
    for i, fold in enumerate(folds):
        for doc in fold:
            fold_of_source.setdefault(source_of.get(doc.stem, doc.stem), set()).add(i)
    assert all(len(found_in) == 1 for found_in in fold_of_source.values())
    assert folds == cv.folds(documents, 5, 15)  # a fixed seed deals the same folds


def test_the_labeller_takes_no_sentence_for_a_title() -> None:
    # A reading list in a feed whose items are news links set in sentences: the model
    # labels the words a title, but a long sentence with nothing else is none.
    from biblio.parse.citation import read_with_labeller
    line = ("More on [Ms. Bloom’s involvement in the Weinstein case]"
            "(https://www.nytimes.com/2017/10/07/business/lisa-bloom-weinstein-attorney.html).")
    assert read_with_labeller(line) is None
