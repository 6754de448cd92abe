"""What a person watching sees: the live line on a terminal, the summary table at the end."""

from __future__ import annotations

import io
from collections import Counter

from rich.console import Console

from biblio.engine.progress import BatchProgress, summary_table


def test_progress_counts_works_cache_hits_and_failures() -> None:
    stream = io.StringIO()
    hits = iter(range(100))
    bar = BatchProgress(4, show=True, cache_hits=lambda: next(hits), stream=stream)
    with bar:
        bar.advance()
        bar.advance(failed=True)
        bar.advance()
    text = stream.getvalue()
    assert "3/4" in text and "cache hits 2" in text and "failed 1" in text


def test_progress_is_silent_when_not_shown() -> None:
    stream = io.StringIO()
    with BatchProgress(4, show=False, cache_hits=lambda: 0, stream=stream) as bar:
        bar.advance()
    assert stream.getvalue() == "" and bar.failed == 0


def render(statuses: Counter[str], requests: Counter[tuple[str, str]], looked_up: bool) -> str:
    console = Console(file=io.StringIO(), width=100)
    console.print(summary_table(statuses, requests, looked_up))
    return console.file.getvalue()  # type: ignore[attr-defined, no-any-return]


def test_summary_lists_every_status_after_lookups_and_requests_per_api() -> None:
    text = render(Counter({"enriched": 870, "not-found": 93, "failed": 2}),
                  Counter({("openlibrary", "network"): 412, ("openlibrary", "cache"): 37}), True)
    for label, count in [("enriched", 870), ("ambiguous", 0), ("not found", 93), ("offline", 0),
                         ("not a book", 0), ("failed", 2)]:
        assert any(label in row and row.rstrip(" │").endswith(str(count))
                   for row in text.splitlines()), label
    assert "openlibrary requests (network / cache)" in text and "412 / 37" in text


def test_summary_without_lookups_lists_only_what_happened() -> None:
    text = render(Counter({"unchanged": 20}), Counter(), False)
    assert "unchanged" in text and "enriched" not in text
