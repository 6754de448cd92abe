"""A stop flag for lookups that wait: on the network, the rate limiter and retries.

Threads cannot be killed, so every wait of a lookup goes through `Stop.sleep`,
which ends at once (raising `Cancelled`) when the job is stopped.
"""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """Raised inside a worker whose job is stopping."""


class Stop:
    """A stop flag whose `sleep` wakes up, and raises, once the flag is set."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    @property
    def is_set(self) -> bool:
        return self._event.is_set()

    def sleep(self, seconds: float) -> None:
        if self._event.wait(seconds if seconds > 0 else 0):
            raise Cancelled
