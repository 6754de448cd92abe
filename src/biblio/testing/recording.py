"""`FakeApi` that also remembers every request and every refusal, for batch tests.

Resume tests need to know whether a URL was asked twice; rate tests need to
know how many requests the server refused with 429.  Both are read from the
server's side, where a client bug cannot hide them.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Mapping
from typing import Any

from .fakeapi import FakeApi

RequestKey = tuple[str, str, tuple[tuple[str, str], ...]]  # (api, path, sorted query)


class RecordingFakeApi(FakeApi):
    """`requests`: what was answered, in order; `refused`: (api, status) → count.

    `window(api)` is the time from the first to the last request the API
    received, which is what "keeping a host busy" is measured over.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.requests: list[RequestKey] = []
        self.refused: Counter[tuple[str, int]] = Counter()
        self._seen: dict[str, tuple[float, float]] = {}
        self._log_lock = threading.Lock()

    def window(self, api: str) -> float:
        first, last = self._seen.get(api, (0.0, 0.0))
        return last - first

    def _admit(self, api: str, user_agent: str) -> Any:
        now = time.monotonic()
        with self._log_lock:
            first, _ = self._seen.get(api, (now, now))
            self._seen[api] = (first, now)
        refusal = super()._admit(api, user_agent)
        status = getattr(refusal, "status", None)
        if isinstance(status, int):
            with self._log_lock:
                self.refused[(api, status)] += 1
        return refusal

    def answer(self, api: str, path: str, query: Mapping[str, str]) -> Any:
        with self._log_lock:
            self.requests.append((api, path, tuple(sorted(query.items()))))
        return super().answer(api, path, query)

    def clear_log(self) -> None:
        with self._log_lock:
            self.requests.clear()
            self.refused.clear()
            self._seen.clear()
