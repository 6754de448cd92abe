"""Batch conversion of whole archives: de-duplicated, concurrent, rate-limited, resumable.

`convert_archive` is what ``biblio batch`` runs; `run_batch` is the engine
underneath, for callers that bring their own reader, enricher or sink.
See docs/scaling.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from ..lookup.service import Lookups, LookupSettings, configure
from ..lookup.stop import Stop
from .inputs import Input, discover
from .job import BatchResult, BatchSettings, Sink, every_record, from_notes, run_batch
from .output import FormatSink
from .reading import read_input


def convert_archive(
    inputs: Sequence[str],
    to: str = "csl-json",
    output: str | Path | None = None,
    *,
    input_format: str | None = None,
    report: str | Path | None = None,
    journal: str | Path | None = None,
    workers: int = 8,
    lookups: bool = True,
    enrich: Literal["notes", "all"] = "notes",
    offline: bool = False,
    rates: Mapping[str, float] | None = None,
    redis_url: str | None = None,
    shard: tuple[int, int] | None = None,
    include_source: bool = False,
    write_options: Mapping[str, Any] | None = None,
    show_progress: bool = False,
) -> tuple[BatchResult, Lookups | None]:
    """Convert every input (files, folders, globs, ``-``) into one `to` bibliography.

    `output` None writes to stdout; with `shard` nothing is written, only
    that shard's works are looked up.  Returns the result and, when lookups
    ran, the (closed) `Lookups`, whose `requests` say what the APIs were asked.
    """
    found = discover(inputs, input_format)
    settings = BatchSettings(
        workers=workers,
        journal=Path(journal) if journal else None,
        shard=shard,
        show_progress=show_progress,
        report=Path(report) if report else None,
        wanted=every_record if enrich == "all" else from_notes,
        include_source=include_source,
    )
    sink = None if shard is not None else \
        FormatSink(Path(output) if output else None, to, **(write_options or {}))

    stop = Stop()
    client: Lookups | None = None
    if not lookups:
        result = run_batch(found, read_input, sink, None, settings, stop=stop)
    else:
        config = configure(LookupSettings(offline=offline, rates=dict(rates or {}),
                                          redis_url=redis_url))
        with Lookups(config, stop, redis_url=redis_url) as client:
            result = run_batch(found, read_input, sink, client.enrich, settings,
                               cache_hits=client.cache_hits, stop=stop)
    if sink is not None:
        result.problems.extend(sink.problems)
    return result, client


__all__ = [
    "BatchResult",
    "BatchSettings",
    "FormatSink",
    "Input",
    "Lookups",
    "Sink",
    "convert_archive",
    "discover",
    "read_input",
    "run_batch",
]
