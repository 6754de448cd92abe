"""Streaming: plain text and Markdown are read lazily, one line at a time."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest

from biblio.extract import detect_format, iter_extract


def _notes(count: int, consumed: list[int]) -> Iterator[str]:
    yield "Reading list\n"
    for n in range(count):
        consumed.append(n)
        yield f"• Robert Service, Lenin: A Biography ({1900 + n % 100})\n"


@pytest.mark.parametrize("format", ["text", "markdown"])
def test_lines_are_pulled_only_as_outcomes_are_taken(format: str) -> None:
    consumed: list[int] = []
    extraction = iter_extract(_notes(10_000, consumed), format=format)  # type: ignore[arg-type]
    first = [next(extraction) for _ in range(5)]
    assert [o.line for o in first] == [1, 2, 3, 4, 5]
    assert first[1].status == "record"
    # look-ahead is bounded: a list's items are looked over a dozen at a time (a setext
    # heading's underline is the one other line read ahead)
    assert len(consumed) <= 14


def test_auto_detection_on_a_stream_reads_a_bounded_head() -> None:
    consumed: list[int] = []
    extraction = iter_extract(_notes(10_000, consumed))
    next(extraction)
    assert len(consumed) < 300


def test_a_file_object_is_read_in_place() -> None:
    handle = io.StringIO("Further reading\n- Emma Goldman, My Disillusionment in Russia (1923)\n")
    outcomes = list(iter_extract(handle, format="text"))
    assert [o.status for o in outcomes] == ["rejected", "record"]


@pytest.mark.parametrize(
    "head, expected",
    [
        ('<?xml version="1.0"?>\n<rss version="2.0"><channel>', "feed"),
        ('<feed xmlns="http://www.w3.org/2005/Atom">', "feed"),
        ("<!DOCTYPE html>\n<html><body><p>Notes</p>", "html"),
        ("<p>Books mentioned</p><ul><li>X</li></ul>", "html"),
        ("# Episode 4\n\n- *Solaris* by Stanisław Lem (1961)\n", "markdown"),
        ("Reading list\n• Yevgeny Zamyatin, We (1921)\n", "text"),
    ],
)
def test_detect_format(head: str, expected: str) -> None:
    assert detect_format(head) == expected


def test_line_numbers_count_only_real_line_breaks() -> None:
    notes = ("Reading list\r\n\x0cpage two\u2028still line two\r\n"
             "• Emma Goldman, My Disillusionment in Russia (1923)\r\n")
    outcomes = list(iter_extract(notes, format="text"))
    assert [o.line for o in outcomes] == [1, 2, 3]
    assert outcomes[2].status == "record"
