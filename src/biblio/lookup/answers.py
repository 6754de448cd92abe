"""The answer store: what a look-up concluded for a work, kept beside the HTTP cache.

The HTTP cache saves the network, yet replaying a work's requests still costs
milliseconds of session machinery and matching per citation.  The store keeps
the conclusion instead (the chosen edition and the fields with their
provenance, or not-found, or ambiguous with its candidates), so a warm or
offline run answers without touching `requests` at all.

An answer is keyed by the work's normalised query (`biblio.lookup.works`) and
by a fingerprint of everything that decides matching (providers and their
addresses, match settings, fields filled): change a setting and the old
answers are missed, not replayed.  Not-found answers age faster than found
ones, since catalogues grow.  Each answer is committed as it is stored, so a
killed run keeps every answer it finished.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..model import Record
from ..problems import BiblioError
from .codec import enrichment_from_json, enrichment_to_json, proposal_from_json, proposal_to_json
from .merge import CITING, Proposal, merge
from .result import Enrichment

if TYPE_CHECKING:
    import redis

# Bump when the stored form or its meaning changes: old answers are then missed.
STORE_FORMAT = "biblio-answers/3"
# Final statuses, worth remembering in the store and the journal; an "offline"
# look-up (and a failed one, which has no answer) is asked again by the next run.
FINAL_STATUSES = frozenset({"enriched", "ambiguous", "conflict", "not-found", "not-a-book",
                            "unchanged"})
_DAY = 86_400.0
_BATCH = 500  # keys per SQLite question (its default limit is 999 parameters)


@dataclass(frozen=True)
class Ages:
    """How long an answer is believed, in seconds: a not-found is asked again sooner."""

    found: float = 30 * _DAY
    not_found: float = 7 * _DAY

    def of(self, status: str) -> float:
        return self.not_found if status == "not-found" else self.found


class Answer:
    """A work's look-up: its first citation's enrichment, and what it proposes.

    Every citation of the work gets the proposal merged in (`apply`), keeping
    its own id, origin, wording and notes.  Stored, an answer is two JSON
    lines (`to_text`): the status and the proposal, then the enrichment with
    its candidates for the report.  Read back, it decodes only what is asked
    of it: a warm run applies thousands of proposals and reads no candidate.
    """

    def __init__(self, enrichment: Enrichment | None, *, stored: str | None = None) -> None:
        if enrichment is None and stored is None:
            raise ValueError("an answer needs its enrichment or its stored form")
        self._enrichment = enrichment
        self._stored = stored  # `to_text`'s form, when read back
        self._head: dict[str, Any] | None = None
        self._proposal: Proposal | None = None if enrichment is None else enrichment.proposal

    @property
    def enrichment(self) -> Enrichment:
        if self._enrichment is None:
            assert self._stored is not None
            tail = self._stored[self._stored.index("\n") + 1:]
            self._enrichment = enrichment_from_json(json.loads(tail))
        return self._enrichment

    @property
    def proposal(self) -> Proposal:
        if self._proposal is None:
            self._proposal = proposal_from_json(self._stored_head()["proposal"])
        return self._proposal

    def _stored_head(self) -> dict[str, Any]:
        if self._head is None:
            assert self._stored is not None
            self._head = json.loads(self._stored[:self._stored.index("\n")])
        return self._head

    @property
    def final(self) -> bool:
        return self.status in FINAL_STATUSES

    @property
    def status(self) -> str:
        if self._enrichment is not None or self._stored is None:
            return self.enrichment.status
        return str(self._stored_head()["status"])

    def apply(self, record: Record) -> Record:
        """A copy of `record` with the work's proposal merged in, as citations take it."""
        return merge(record, self.proposal, CITING).record

    def to_text(self) -> str:
        if self._stored is None:
            head = {"status": self.status, "proposal": proposal_to_json(self.proposal)}
            self._stored = "\n".join(
                json.dumps(part, ensure_ascii=False, separators=(",", ":"))
                for part in (head, enrichment_to_json(self.enrichment)))
        return self._stored

    @classmethod
    def from_text(cls, text: str) -> Answer:
        return cls(None, stored=text)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Answer):
            return NotImplemented
        return self.enrichment == other.enrichment

    __hash__ = None  # type: ignore[assignment]  # mutable, like the dataclass it replaces

    def __repr__(self) -> str:
        return f"Answer({self.enrichment!r})"


def fingerprint(parts: Iterable[object]) -> str:
    """A short digest of the settings that decide matching, for answer keys."""
    text = "\x1f".join([STORE_FORMAT, *map(repr, parts)])
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def answer_key(work: str, settings: str) -> str:
    """The store's key for a work key under a settings fingerprint (work first: shards
    are split on the key's first digits)."""
    return f"{work}@{settings}"


class AnswerStore(Protocol):
    """Where answers live between runs: SQLite beside the HTTP cache, Redis, or memory."""

    def get(self, key: str) -> Answer | None: ...

    def get_many(self, keys: Iterable[str]) -> dict[str, Answer]:
        """The answers of those `keys` that have one: one question for many works."""
        ...

    def __contains__(self, key: str) -> bool: ...

    def known(self, keys: Iterable[str]) -> set[str]:
        """Which of `keys` have an answer: one question for many works."""
        ...

    def put(self, key: str, answer: Answer) -> None: ...

    def close(self) -> None: ...


class MemoryAnswers:
    """Answers for this run only (``--no-cache``)."""

    def __init__(self, ages: Ages | None = None) -> None:
        self._answers: dict[str, Answer] = {}
        del ages  # nothing outlives the run

    def get(self, key: str) -> Answer | None:
        return self._answers.get(key)

    def get_many(self, keys: Iterable[str]) -> dict[str, Answer]:
        return {key: self._answers[key] for key in keys if key in self._answers}

    def __contains__(self, key: str) -> bool:
        return key in self._answers

    def known(self, keys: Iterable[str]) -> set[str]:
        return {key for key in keys if key in self._answers}

    def put(self, key: str, answer: Answer) -> None:
        if answer.final:
            self._answers[key] = answer

    def close(self) -> None:
        self._answers.clear()


class SqliteAnswers:
    """Answers in one SQLite file, shared by the threads of a run (and by runs in turn)."""

    def __init__(self, path: Path, ages: Ages | None = None) -> None:
        self.path = path
        self.ages = ages or Ages()
        self._lock = threading.Lock()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, "
                             "expires REAL NOT NULL, data TEXT NOT NULL)")
        except (OSError, sqlite3.Error) as exc:
            raise BiblioError(f"{path}: cannot open the answer store ({exc})") from exc

    def get(self, key: str) -> Answer | None:
        return self.get_many([key]).get(key)

    def get_many(self, keys: Iterable[str]) -> dict[str, Answer]:
        return {key: Answer.from_text(data) for key, data in self._select("key, data", keys)}

    def __contains__(self, key: str) -> bool:
        return bool(self.known([key]))

    def known(self, keys: Iterable[str]) -> set[str]:
        return {key for (key,) in self._select("key", keys)}

    def _select(self, columns: str, keys: Iterable[str]) -> Iterator[tuple[str, ...]]:
        """Rows of the unexpired answers among `keys`, `_BATCH` keys per question."""
        now, batch = time.time(), list(keys)
        for start in range(0, len(batch), _BATCH):
            chunk = batch[start:start + _BATCH]
            marks = ",".join("?" * len(chunk))
            with self._lock:
                rows = self._db.execute(f"SELECT {columns} FROM answers WHERE expires > ? "
                                        f"AND key IN ({marks})", (now, *chunk)).fetchall()
            yield from rows

    def put(self, key: str, answer: Answer) -> None:
        if not answer.final:
            return
        status = answer.status
        data = answer.to_text()
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?)",
                             (key, time.time() + self.ages.of(status), data))

    def close(self) -> None:
        with self._lock:
            self._db.close()


class RedisAnswers:
    """Answers in Redis, beside the shared HTTP cache, aged by Redis itself."""

    PREFIX = "biblio:answer:"

    def __init__(self, client: redis.Redis, ages: Ages | None = None) -> None:
        self._redis = client
        self.ages = ages or Ages()

    def get(self, key: str) -> Answer | None:
        return self.get_many([key]).get(key)

    def get_many(self, keys: Iterable[str]) -> dict[str, Answer]:
        batch = list(keys)
        if not batch:
            return {}
        values = self._redis.mget([self.PREFIX + key for key in batch])
        return {key: Answer.from_text(_text(data))
                for key, data in zip(batch, values, strict=True) if data is not None}

    def __contains__(self, key: str) -> bool:
        return bool(self._redis.exists(self.PREFIX + key))

    def known(self, keys: Iterable[str]) -> set[str]:
        batch = list(keys)
        pipe = self._redis.pipeline(transaction=False)
        for key in batch:
            pipe.exists(self.PREFIX + key)
        return {key for key, there in zip(batch, pipe.execute(), strict=True) if there}

    def put(self, key: str, answer: Answer) -> None:
        if not answer.final:
            return
        status = answer.status
        data = answer.to_text()
        self._redis.set(self.PREFIX + key, data, ex=max(1, int(self.ages.of(status))))

    def close(self) -> None:
        self._redis.close()


def _text(data: bytes | str) -> str:
    """Redis answers bytes, unless the client was made to decode them."""
    return data.decode("utf-8") if isinstance(data, bytes) else data
