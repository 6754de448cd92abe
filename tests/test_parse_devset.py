"""The labelled development set: accuracy may not fall below what the issue asks."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "data" / "parse_devset.jsonl"


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("parse_accuracy",
                                                  ROOT / "benchmarks" / "parse_accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ITEMS = [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines()]


def test_devset_size_and_labels() -> None:
    citations = [it for it in ITEMS if it["citation"]]
    assert len(citations) >= 400
    assert len(ITEMS) - len(citations) >= 150
    assert len({it["text"] for it in ITEMS}) == len(ITEMS)
    for item in citations:
        assert item["title"] and item["type"]
        for role in ("author", "editor", "translator", "director"):
            for name in item.get(role, []):
                assert set(name) <= {"family", "given", "suffix", "literal"}


@pytest.mark.parametrize("split", ["dev", "test"])
def test_accuracy(split: str) -> None:
    result: dict[str, Any] = _benchmark().evaluate(
        [it for it in ITEMS if it["split"] == split], show_errors=False)
    f1 = {field: values[2] for field, values in result["fields"].items()}
    for field in ("author", "title", "issued"):
        assert f1[field] >= 0.97, field
    for field in ("publisher", "publisher-place"):
        assert f1[field] >= 0.95, field
    assert result["exact"] >= 0.90
    assert result["emitted"] <= 0.01
