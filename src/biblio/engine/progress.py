"""What a person watching a batch sees: a live progress line and a closing summary.

Both go to stderr and only to a terminal, so output piped into a file or a
CI log stays clean; `--quiet` silences them on a terminal too.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

# Statuses in the order the summary lists them, with their labels.
STATUS_LABELS: dict[str, str] = {
    "enriched": "enriched",
    "ambiguous": "ambiguous",
    "not-found": "not found",
    "offline": "offline",
    "not-a-book": "not a book",
    "unchanged": "unchanged",
    "failed": "failed",
}


class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:.1f}/s", style="progress.data.speed")


class BatchProgress:
    """Counts works as they finish and shows done/total, cache hits, failures, rate, ETA.

    `cache_hits` is polled on each update, since the HTTP layer counts them.
    """

    def __init__(self, total: int, *, show: bool, cache_hits: Callable[[], int],
                 stream: TextIO | None = None) -> None:
        self._cache_hits = cache_hits
        self.failed = 0
        self._progress: Progress | None = None
        if show:
            console = Console(file=stream or sys.stderr)
            self._progress = Progress(
                TextColumn("lookups"), BarColumn(), MofNCompleteColumn(),
                TextColumn("cache hits {task.fields[cache]}"),
                TextColumn("failed {task.fields[failed]}"),
                _RateColumn(), TimeRemainingColumn(), console=console, transient=False,
            )
            self._task = self._progress.add_task("lookups", total=total, cache=0, failed=0)

    def advance(self, failed: bool = False) -> None:
        self.failed += failed
        if self._progress is not None:
            self._progress.update(self._task, advance=1, cache=self._cache_hits(),
                                  failed=self.failed)

    def __enter__(self) -> BatchProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()


# Always listed after lookups, even at zero, so a summary reads the same every time.
_MAIN = ("enriched", "ambiguous", "not-found", "offline", "not-a-book")


def summary_table(statuses: Counter[str], requests: Counter[tuple[str, str]],
                  looked_up: bool = True) -> Table:
    """Records per status, then requests per API (network and cache)."""
    table = Table(title="biblio batch", show_header=True, header_style="bold")
    table.add_column("records")
    table.add_column("count", justify="right")
    for status, label in STATUS_LABELS.items():
        if statuses.get(status) or (looked_up and status in _MAIN):
            table.add_row(label, str(statuses.get(status, 0)))
    for status in sorted(set(statuses) - set(STATUS_LABELS)):
        table.add_row(status, str(statuses[status]))
    apis = sorted({api for api, _ in requests})
    for api in apis:
        table.add_row(f"{api} requests (network / cache)",
                      f"{requests[(api, 'network')]} / {requests[(api, 'cache')]}")
    return table


def print_summary(statuses: Counter[str], requests: Counter[tuple[str, str]],
                  looked_up: bool = True, stream: TextIO | None = None) -> None:
    Console(file=stream or sys.stderr).print(summary_table(statuses, requests, looked_up))
