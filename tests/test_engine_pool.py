"""The bounded lookup pool: concurrency, bounded backlog, errors, early stop."""

from __future__ import annotations

import threading
import time

import pytest

from biblio.engine.pool import run_bounded
from biblio.lookup.stop import Cancelled, Stop


def test_runs_concurrently_and_returns_every_item() -> None:
    active, peak = [0], [0]
    lock = threading.Lock()

    def slow(n: int) -> int:
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.02)
        with lock:
            active[0] -= 1
        return n * n

    results = {o.item: o.value for o in run_bounded(slow, range(40), workers=8)}
    assert results == {n: n * n for n in range(40)}
    assert peak[0] == 8


def test_takes_items_lazily() -> None:
    taken = []

    def source() -> object:
        for n in range(1000):
            taken.append(n)
            yield n

    outcomes = run_bounded(lambda n: n, source(), workers=2, backlog=4)
    first = next(outcomes)
    assert first.value is not None
    assert len(taken) <= 5  # never reads far ahead of the results
    outcomes.close()


def test_an_error_belongs_to_its_item() -> None:
    def fail_on_three(n: int) -> int:
        if n == 3:
            raise ValueError("bad item")
        return n

    outcomes = list(run_bounded(fail_on_three, range(6), workers=3))
    errors = [o for o in outcomes if o.error is not None]
    assert [o.item for o in errors] == [3] and isinstance(errors[0].error, ValueError)
    assert len(outcomes) == 6


def test_stopping_early_wakes_sleeping_workers() -> None:
    stop = Stop()
    started = threading.Event()

    def waits_for_a_slot(n: int) -> int:
        if n > 0:
            started.set()
            stop.sleep(30)  # a rate-limit wait that must not hold up the exit
        return n

    outcomes = run_bounded(waits_for_a_slot, range(10), workers=4, stop=stop)
    assert next(outcomes).item == 0
    started.wait(5)
    t0 = time.monotonic()
    outcomes.close()
    assert stop.is_set and time.monotonic() - t0 < 5


def test_stop_sleep_raises_once_set() -> None:
    stop = Stop()
    stop.sleep(0)  # not set: returns
    stop.set()
    with pytest.raises(Cancelled):
        stop.sleep(10)
