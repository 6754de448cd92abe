"""`biblio enrich FILE`: fill missing fields of a .bib, .ris or CSL-JSON file in place."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..inplace import FileEnrichment, enrich_file, parse_fields
from ..inplace.enrich import Chooser
from ..inplace.prompt import TerminalChooser
from ..lookup.service import Lookups
from ..problems import BiblioError
from .lookup_options import add_lookup_options, lookup_settings

FORMATS = ("bibtex", "biblatex", "ris", "csl-json")


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "enrich",
        help="fill missing ISBN, publisher, place… in a bibliography file",
        description="Look up the books of a BibTeX/BibLaTeX, RIS or CSL-JSON file and add "
                    "the fields they lack, leaving every other byte of the file as it is.",
    )
    parser.add_argument("file", help="a .bib, .ris or .json (CSL-JSON) file")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("-o", "--output", help="write the enriched file here")
    target.add_argument("-i", "--in-place", action="store_true",
                        help="replace FILE (a backup is kept as FILE.bak)")
    target.add_argument("--dry-run", action="store_true",
                        help="print a unified diff of what would change; write nothing")
    parser.add_argument("--fields", metavar="LIST",
                        help="fields to fill, comma-separated (default: isbn,publisher,place,"
                             "edition,year,original-date,pages)")
    parser.add_argument("--overwrite", metavar="LIST", default="",
                        help="fields whose existing value may be replaced when the lookup "
                             "disagrees (default: none; disagreements are reported)")
    parser.add_argument("--interactive", action="store_true",
                        help="ask about each ambiguous match (needs a terminal)")
    parser.add_argument("--format", choices=FORMATS,
                        help="the file's format, when its extension does not say")
    add_lookup_options(parser, scope=False)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        fields = parse_fields(args.fields)
        overwrite = parse_fields(args.overwrite) if args.overwrite else ()
    except ValueError as exc:
        raise BiblioError(str(exc)) from None
    choose: Chooser | None = None
    if args.interactive:
        if not (sys.stdin.isatty() and sys.stderr.isatty()):
            raise BiblioError("--interactive needs a terminal")
        choose = TerminalChooser(ask=_ask, say=_say)
    settings = lookup_settings(args)
    with Lookups(settings=settings, warn=lambda message: _say(f"biblio: warning: {message}")
                 ) as lookups:
        result = enrich_file(
            args.file, output=args.output, in_place=args.in_place, fields=fields,
            overwrite=overwrite, choose=choose, format=args.format, dry_run=args.dry_run,
            jobs=args.jobs, lookup=lookups.enrich,
        )
    if args.dry_run:
        sys.stdout.write(result.diff())
    elif not args.in_place and args.output is None:
        sys.stdout.write(result.text)
    report(result)
    return 1 if result.problems else 0


def report(result: FileEnrichment) -> None:
    """What happened, on stderr: one line per problem, conflict and miss, then a summary."""
    for problem in result.problems:
        _say(str(problem))
    for conflict in result.conflicts:
        _say(f"{result.source}:{conflict.line}: {conflict}")
    for miss in result.unmatched:
        _say(f"{result.source}:{miss.line}: {miss.label}: {miss.status}: {miss.reason}")
    for note in result.notes:
        _say(f"{result.source}: {note}")
    entries = len({f.label for f in result.filled})
    _say(f"{result.source}: {len(result.filled)} fields filled in {entries} entries "
         f"({result.looked_up} of {result.entries} entries looked up); "
         f"{len(result.conflicts)} conflicts; {len(result.problems)} unreadable parts kept as "
         "they are")


def _ask(prompt: str) -> str:
    sys.stderr.write(prompt)
    sys.stderr.flush()
    return sys.stdin.readline()


def _say(text: str) -> None:
    print(text, file=sys.stderr)
