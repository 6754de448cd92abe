"""``biblio convert``: bibliography files (and show notes) to BibTeX, BibLaTeX, CSL-JSON, RIS,
or to a reading list formatted in a CSL style (text, Markdown, HTML).

Thin by design: the pipeline is the engine (`biblio.engine.run`), as for
``biblio batch``; this module parses options and prints the summary on stderr.
"""

from __future__ import annotations

import argparse
import sys

from .. import engine, formats
from ..engine import BatchResult
from ..problems import BiblioError, errors
from .lookup_options import add_lookup_options, lookup_settings
from .output_options import add_output_options, write_options


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="convert bibliography files between formats",
        description="Read INPUT files (merged; '-' is stdin) and write one bibliography. "
        "Bad entries are reported with file and line; the good ones still convert.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument(
        "--to", choices=formats.OUTPUT_FORMATS,
        help="output format (default: from the -o extension); text, markdown and html "
        "write a reading list in a citation style (--style)",
    )
    parser.add_argument(
        "--from", dest="from_format", choices=formats.INPUT_FORMATS, metavar="FORMAT",
        help="input format (default: from each file's extension, else from its content); "
        f"one of {', '.join(formats.INPUT_FORMATS)}",
    )
    parser.add_argument("-o", "--output", default="-", help="output file ('-': stdout, default)")
    add_output_options(parser)
    notes = parser.add_argument_group("show notes (text, markdown, html, feed)")
    notes.add_argument(
        "--report", metavar="REPORT.json",
        help="write what became of every non-blank input line (record or rejected, and why)",
    )
    notes.add_argument(
        "--include-source", action="store_true",
        help="also write the episode the notes describe (type broadcast) when they say enough",
    )
    add_lookup_options(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    to = args.to or _format_of_output(args.output)
    result, lookups = engine.run(
        args.inputs, to, args.output if args.output != "-" else None,
        input_format=args.from_format, report=args.report, workers=args.jobs,
        enrich=args.enrich, lookup=lookup_settings(args), include_source=args.include_source,
        write_options=write_options(args), warn=_warn, show_progress=sys.stderr.isatty(),
    )
    _summarise(result, to)
    if lookups is not None and result.looked_up + result.stored:
        counts = ", ".join(f"{n} {status}" for status, n in sorted(result.statuses.items())
                           if status != "unchanged")
        print(f"biblio: looked up {result.works} work(s) for {result.wanted} record(s): "
              f"{counts}", file=sys.stderr)
    return 1 if errors(result.problems) or result.failed else 0


def _warn(message: str) -> None:
    print(f"biblio: warning: {message}", file=sys.stderr)


def _format_of_output(output: str) -> str:
    name = formats.from_extension(output) if output != "-" else None
    if name not in formats.OUTPUT_FORMATS:
        raise BiblioError(
            f"name the output format with --to ({', '.join(formats.OUTPUT_FORMATS)})")
    return str(name)


def _summarise(result: BatchResult, to: str) -> None:
    for problem in result.problems:
        print(f"biblio: {problem}", file=sys.stderr)
    summary = (f"biblio: converted {result.citations} record(s) from {result.inputs} "
               f"input(s) to {to}")
    if result.lines:
        summary += f"; {result.lines.total()} line(s) read: " + ", ".join(
            f"{count} {status}" for status, count in sorted(result.lines.items()))
    failed = len(errors(result.problems))
    if failed:
        summary += f"; {failed} problem(s) above"
    if len(result.problems) > failed:
        summary += f"; {len(result.problems) - failed} warning(s) above"
    print(summary, file=sys.stderr)
    for key, message in result.failed.items():
        print(f"biblio: lookup failed ({key}): {message}", file=sys.stderr)
