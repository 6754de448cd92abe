"""`biblio batch`: convert a whole archive (folders, globs, feeds), resumably, at API speed."""

from __future__ import annotations

import argparse
import signal
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from .. import engine, formats
from ..engine import BatchResult
from ..engine.progress import print_summary
from ..lookup.service import Lookups
from ..problems import BiblioError, errors
from .lookup_options import add_lookup_options, lookup_settings
from .output_options import add_output_options, write_options

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
    parser.add_argument("-t", "--to", choices=formats.OUTPUT_FORMATS,
                        help="output format (default: from the -o extension, else csl-json); "
                             "text, markdown and html write a reading list in a citation "
                             "style (--style)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write here (atomically: the file appears when complete); "
                             "default: stdout")
    add_output_options(parser)
    parser.add_argument("--report", metavar="FILE", help="write the JSON line report here")
    parser.add_argument("--include-source", action="store_true",
                        help="add each episode itself as a record when its notes describe it")
    add_lookup_options(parser)
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


def _output_format(args: argparse.Namespace) -> str:
    if args.to:
        return str(args.to)
    implied = formats.from_extension(args.output) if args.output else None
    return implied if implied in formats.OUTPUT_FORMATS else "csl-json"


def _journal(args: argparse.Namespace) -> Path | None:
    if args.journal:
        return Path(args.journal)
    if args.output and args.output != "-":
        return Path(args.output + ".journal")
    return None


def run(args: argparse.Namespace) -> int:
    lookup = lookup_settings(args)
    shard = _shard(args.shard)
    if shard is not None and (args.output or args.report or args.enrich == "none"):
        raise BiblioError("--shard only looks works up: leave out -o, --report and "
                          "--enrich none")
    # `kill` and service managers stop a batch as Ctrl-C does: answers in flight are kept.
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    result, lookups = engine.run(
        args.inputs, _output_format(args), args.output if args.output != "-" else None,
        input_format=args.input_format,
        report=args.report,
        journal=_journal(args),
        workers=args.jobs,
        enrich=args.enrich,
        lookup=lookup,
        shard=shard,
        include_source=args.include_source,
        write_options=write_options(args),
        show_progress=not args.quiet and sys.stderr.isatty(),
        warn=None if args.quiet else _warn,
    )
    _finish(args, result, lookups)
    return 1 if errors(result.problems) or result.failed else 0


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
          f"{result.looked_up} looked up, {result.stored} answered from the answer store, "
          f"{result.resumed} resumed from the journal", file=sys.stderr)
    print_summary(result.statuses, lookups.requests if lookups else Counter(),
                  looked_up=lookups is not None)
    retry = result.statuses.get("offline", 0) + result.statuses.get("failed", 0)
    if retry and _journal(args) is not None:
        print(f"biblio: {retry} records were not looked up; run the same command again to "
              "retry only those", file=sys.stderr)


def _warn(message: str) -> None:
    print(f"biblio: warning: {message}", file=sys.stderr)
