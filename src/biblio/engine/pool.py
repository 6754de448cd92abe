"""A bounded pool of lookup threads that stops promptly on Ctrl-C.

Lookups spend their time waiting: on the network and on the rate limiter.
Threads suit that; the bound on work in flight keeps memory flat however many
works are queued.  `Stop` turns the limiter's and the retries' sleeps into
interruptible waits, so a stopped job does not first wait for slots it no
longer needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Generic, TypeVar

from ..lookup.stop import Stop

T = TypeVar("T")
R = TypeVar("R")


@dataclass
class Outcome(Generic[T, R]):
    item: T
    value: R | None = None
    error: Exception | None = None


def run_bounded(
    fn: Callable[[T], R],
    items: Iterable[T],
    workers: int,
    stop: Stop | None = None,
    backlog: int | None = None,
) -> Iterator[Outcome[T, R]]:
    """Apply `fn` to `items` on `workers` threads; outcomes in completion order.

    At most `backlog` items (default: twice the workers) are taken from
    `items` ahead of their results.  When the consumer stops early (an
    exception, Ctrl-C, ``close()``) queued items are dropped, `stop` is set,
    and running calls are awaited so their answers still reach the cache.
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    limit = backlog if backlog is not None else 2 * workers
    source = iter(items)
    pending: dict[Future[R], T] = {}
    executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="biblio-lookup")
    finished = False
    try:
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                pending[executor.submit(fn, item)] = item
            if not pending:
                finished = True
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                item = pending.pop(future)
                error = future.exception()
                if error is None:
                    yield Outcome(item, value=future.result())
                elif isinstance(error, Exception):
                    yield Outcome(item, error=error)
                else:
                    raise error
    finally:
        if not finished and stop is not None:
            stop.set()
        executor.shutdown(wait=True, cancel_futures=True)
