"""The one engine: read → extract → parse → de-duplicate works → look up → apply → write.

`run` is what ``biblio convert`` and ``biblio batch`` run, with the same
options; `run_batch` is the engine underneath, for callers that bring their
own reader, look-ups or sink.  `convert` is the engine with defaults; `batch`
adds the journal, shards and Redis.  See docs/scaling.md.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from ..config import Config
from ..lookup.service import Lookups, LookupSettings, configure
from ..lookup.stop import Stop
from .inputs import Input, discover
from .job import (
    BatchResult,
    BatchSettings,
    ReportSink,
    Sink,
    every_record,
    from_notes,
    run_batch,
)
from .output import FormatSink
from .reading import read_input
from .report_stream import ReportLines

# Which records are looked up: those read from show notes (a bibliography
# file is someone's curated record: `biblio enrich` is for those), all, none.
Scope = Literal["notes", "all", "none"]


def run(
    inputs: Sequence[str],
    to: str = "csl-json",
    output: str | Path | None = None,
    *,
    input_format: str | None = None,
    report: str | Path | ReportSink | None = None,
    journal: str | Path | None = None,
    workers: int = 8,
    enrich: Scope = "notes",
    lookup: LookupSettings | None = None,
    config: Config | None = None,
    shard: tuple[int, int] | None = None,
    include_source: bool = False,
    write_options: Mapping[str, Any] | None = None,
    show_progress: bool = False,
    warn: Callable[[str], None] | None = None,
    sink: Sink | None = None,
    stop: Stop | None = None,
) -> tuple[BatchResult, Lookups | None]:
    """Convert every input (files, folders, globs, ``-``) into one `to` bibliography.

    `output` None writes to stdout, unless a `sink` takes the records; with
    `shard` nothing is written, only that shard's works are looked up.
    Returns the result and, when lookups ran, the (closed) `Lookups`, whose
    `requests` say what the APIs were asked.  API failures go to `warn`, once
    per API and kind.
    """
    found = discover(inputs, input_format)
    settings = BatchSettings(
        workers=workers,
        journal=Path(journal) if journal else None,
        shard=shard,
        show_progress=show_progress,
        report=Path(report) if isinstance(report, str) else report,
        wanted=every_record if enrich == "all" else from_notes,
        include_source=include_source,
    )
    if sink is None and shard is None:
        sink = FormatSink(Path(output) if output else None, to, **(write_options or {}))
    stop = stop or Stop()
    client: Lookups | None = None
    if enrich == "none":
        result = run_batch(found, read_input, sink, None, settings, stop=stop)
    else:
        lookup = lookup or LookupSettings()
        with Lookups(configure(lookup, config), stop, settings=lookup, warn=warn) as client:
            result = run_batch(found, read_input, sink, client, settings, stop=stop)
    if isinstance(sink, FormatSink):
        result.problems.extend(sink.problems)
    return result, client


__all__ = [
    "BatchResult",
    "BatchSettings",
    "FormatSink",
    "Input",
    "Lookups",
    "ReportLines",
    "ReportSink",
    "Scope",
    "Sink",
    "discover",
    "read_input",
    "run",
    "run_batch",
]
