"""``biblio convert``: bibliography files (and show notes) to BibTeX, BibLaTeX, CSL-JSON, RIS,
or to a reading list formatted in a CSL style (text, Markdown, HTML).

Thin by design: the pipeline is `biblio.io.convert`; this module parses
options, writes the output and prints the summary on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import formats
from ..io import Conversion, convert
from ..lookup.step import open_step
from ..problems import BiblioError, errors
from ..report import Report
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
    notes.add_argument(
        "--offline", action="store_true",
        help="make no network requests (book lookups use only the local cache)",
    )
    lookups = parser.add_argument_group("book lookups (ISBN, publisher, edition)")
    lookups.add_argument(
        "--enrich", choices=("notes", "all", "none"), default="notes",
        help="which records to look up in the book APIs: citations read from show notes "
        "(default), all records, or none",
    )
    lookups.add_argument(
        "--no-cache", action="store_true",
        help="neither read nor write the persistent HTTP cache (answers kept for this run only)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    to = args.to or _format_of_output(args.output)
    options = {**write_options(args),
               "target": args.output if args.output != "-" else "<stdout>"}
    with open_step(args.enrich, offline=args.offline, cache=not args.no_cache,
                   warn=_warn) as enrich:
        result = convert(args.inputs, to, args.from_format, steps=[enrich],
                         write_options=options, include_source=args.include_source)
    _write(result.output, args.output)
    report = Report(result.lines)
    enrich.annotate(report)
    if args.report:
        _write(report.dumps(), args.report)
    _summarise(result, to)
    if enrich.results:
        counts = ", ".join(f"{n} {status}" for status, n in sorted(enrich.counts().items()))
        print(f"biblio: looked up {len(enrich.results)} record(s): {counts}", file=sys.stderr)
    return 0 if result.ok else 1


def _warn(message: str) -> None:
    print(f"biblio: warning: {message}", file=sys.stderr)


def _format_of_output(output: str) -> str:
    name = formats.from_extension(output) if output != "-" else None
    if name not in formats.OUTPUT_FORMATS:
        raise BiblioError(
            f"name the output format with --to ({', '.join(formats.OUTPUT_FORMATS)})")
    return str(name)


def _write(text: str, output: str) -> None:
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise BiblioError(f"{output}: cannot write ({exc.strerror})") from None


def _summarise(result: Conversion, to: str) -> None:
    for problem in result.problems:
        print(f"biblio: {problem}", file=sys.stderr)
    inputs = len(result.inputs)
    summary = (
        f"biblio: converted {len(result.records)} record(s) from {inputs} input(s) to {to}"
    )
    if result.lines:
        counts = Report(result.lines).counts()
        summary += f"; {len(result.lines)} line(s) read: " + ", ".join(
            f"{count} {status}" for status, count in sorted(counts.items()))
    failed = len(errors(result.problems))
    if failed:
        summary += f"; {failed} problem(s) above"
    if len(result.problems) > failed:
        summary += f"; {len(result.problems) - failed} warning(s) above"
    print(summary, file=sys.stderr)
