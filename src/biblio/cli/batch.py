"""`biblio batch`: convert a whole archive (folders, globs, feeds), resumably, at API speed."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .. import formats
from ..batch.inputs import Input, discover
from ..batch.job import BatchResult, BatchSettings, every_record, from_notes, run_batch
from ..batch.lookups import Lookups, LookupSettings, configure, parse_rate
from ..batch.output import FormatSink
from ..batch.pool import Stop
from ..batch.progress import print_summary
from ..batch.reading import Event, read_input
from ..problems import BiblioError

DEFAULT_WORKERS = 8
_SHOWN_PROBLEMS = 20


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="convert a whole archive of show notes, feeds and bibliographies",
        description="Read many files, folders, glob patterns and podcast feeds; look each "
                    "cited work up once, concurrently, within every API's rate limit; write "
                    "one output. A stopped job resumes where it stopped (see docs/scaling.md).",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT",
                        help="files, folders (searched recursively), glob patterns "
                             "('notes/**/*.md'), or - for stdin")
    parser.add_argument("--from", dest="input_format", choices=formats.INPUT_FORMATS,
                        help="read every input as this format (default: from the extension)")
    parser.add_argument("-t", "--to", choices=formats.OUTPUT_FORMATS, default="csl-json",
                        help="output format (default: csl-json)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write here (atomically: the file appears when complete); "
                             "default: stdout")
    parser.add_argument("--ascii", action="store_true",
                        help="BibTeX/BibLaTeX: encode non-ASCII characters as LaTeX")
    parser.add_argument("--report", metavar="FILE", help="write the JSON line report here")
    parser.add_argument("--include-source", action="store_true",
                        help="add each episode itself as a record when its notes describe it")
    parser.add_argument("-j", "--jobs", type=int, default=DEFAULT_WORKERS, metavar="N",
                        help=f"lookups in flight at once (default: {DEFAULT_WORKERS}); the "
                             "rate limits, not this, bound the requests per second")
    lookups = parser.add_mutually_exclusive_group()
    lookups.add_argument("--offline", action="store_true",
                         help="answer lookups from the HTTP cache only")
    lookups.add_argument("--no-lookup", action="store_true",
                         help="convert without looking anything up")
    parser.add_argument("--enrich", choices=("notes", "all"), default="notes",
                        help="which records to look up: those read from show notes (default), "
                             "or also those from bibliography files")
    parser.add_argument("--rate", action="append", default=[], metavar="API=N",
                        help="requests per second for one API, e.g. openlibrary=3 "
                             "(repeatable; default: the configuration's)")
    parser.add_argument("--redis", metavar="URL",
                        help="share the HTTP cache and the rate limits with other workers "
                             "through this Redis (redis://host:6379/0)")
    parser.add_argument("--shard", metavar="K/N",
                        help="look up only this worker's share of the works and write no "
                             "output (run N workers with K = 1…N, then one run without --shard)")
    parser.add_argument("--journal", metavar="FILE",
                        help="where finished lookups are recorded for resuming (default: "
                             "OUTPUT.journal when -o is given)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="no progress bar and no summary")
    parser.set_defaults(run=run)


def _shard(text: str | None) -> tuple[int, int] | None:
    if text is None:
        return None
    k, sep, n = text.partition("/")
    if sep and k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n):
        return int(k), int(n)
    raise BiblioError(f"--shard {text!r}: expected K/N with 1 ≤ K ≤ N, e.g. 2/4")


def _journal(args: argparse.Namespace) -> Path | None:
    if args.journal:
        return Path(args.journal)
    if args.output and args.output != "-":
        return Path(args.output + ".journal")
    return None


def run(args: argparse.Namespace) -> int:
    if args.jobs < 1:
        raise BiblioError("--jobs must be at least 1")
    shard = _shard(args.shard)
    if shard is not None and (args.output or args.report or args.no_lookup):
        raise BiblioError("--shard only looks works up: leave out -o, --report and --no-lookup")
    inputs = discover(args.inputs, args.input_format)
    settings = BatchSettings(
        workers=args.jobs,
        journal=_journal(args),
        shard=shard,
        show_progress=not args.quiet and sys.stderr.isatty(),
        report=Path(args.report) if args.report else None,
        wanted=every_record if args.enrich == "all" else from_notes,
    )
    output = Path(args.output) if args.output and args.output != "-" else None
    options = {"ascii": True} if args.ascii else {}
    sink = None if shard is not None else FormatSink(output, args.to, **options)

    def reader(inp: Input) -> Iterator[Event]:
        return read_input(inp, include_source=args.include_source)

    stop = Stop()
    if args.no_lookup:
        result = run_batch(inputs, reader, sink, None, settings, stop=stop)
        _finish(args, result, None)
        return _status(result)
    rates = dict(parse_rate(text) for text in args.rate)
    config = configure(LookupSettings(offline=args.offline, rates=rates, redis_url=args.redis))
    with Lookups(config, stop, redis_url=args.redis) as lookups:
        result = run_batch(inputs, reader, sink, lookups.enrich, settings,
                           cache_hits=lookups.cache_hits, stop=stop)
        _finish(args, result, lookups)
    return _status(result)


def _finish(args: argparse.Namespace, result: BatchResult, lookups: Lookups | None) -> None:
    if args.quiet:
        return
    for problem in result.problems[:_SHOWN_PROBLEMS]:
        print(f"biblio: {problem}", file=sys.stderr)
    if len(result.problems) > _SHOWN_PROBLEMS:
        more = len(result.problems) - _SHOWN_PROBLEMS
        print(f"biblio: … and {more} more problems (see --report)", file=sys.stderr)
    for key, message in list(result.failed.items())[:_SHOWN_PROBLEMS]:
        print(f"biblio: lookup failed ({key}): {message}", file=sys.stderr)
    print(f"biblio: {result.citations} citations of {result.works} works; "
          f"{result.looked_up} looked up, {result.resumed} resumed from the journal",
          file=sys.stderr)
    print_summary(result.statuses, lookups.requests if lookups else Counter(),
                  looked_up=lookups is not None)
    retry = result.statuses.get("offline", 0) + result.statuses.get("failed", 0)
    if retry and _journal(args) is not None:
        print(f"biblio: {retry} records were not looked up; run the same command again to "
              "retry only those", file=sys.stderr)


def _status(result: BatchResult) -> int:
    """0 when everything was read and looked up; 1 when something must be looked at."""
    return 1 if result.problems or result.failed else 0
