"""``biblio lookup``: one citation or ISBN in, the match and its evidence out.

Shows what `biblio convert` would fill for that line and why: the match,
its confidence, how the edition was chosen, the runners-up, and the
provider record every field came from (``--json`` for scripts).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from typing import Any

from .. import isbn as isbns
from ..lookup.matching import EditionRule, MatchSettings
from ..lookup.result import Enrichment, candidate_summary
from ..lookup.service import Lookups, LookupSettings
from ..model import Record
from ..parse import parse_citation
from ..problems import BiblioError

_ISBN_ONLY = re.compile(r"^\s*(?:ISBN(?:-1[03])?:?\s*)?[0-9Xx][0-9Xx\s\u2010-\u2015-]{8,20}\s*$",
                        re.IGNORECASE)


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "lookup",
        help="look one citation or ISBN up in the book APIs",
        description="Find the book a citation (\"Isaac Deutscher, The Prophet Armed (1954)\") "
        "or an ISBN names: the match, its confidence, the runners-up and where each field "
        "came from. Exit status 0 when a match was applied, 1 otherwise.",
    )
    parser.add_argument("citation", metavar="CITATION_OR_ISBN")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument("--offline", action="store_true",
                        help="make no network requests (use only the local cache)")
    parser.add_argument("--no-cache", action="store_true",
                        help="neither read nor write the persistent HTTP cache")
    parser.add_argument("--edition", choices=("earliest", "latest"), default="earliest",
                        help="edition to take when neither an ISBN nor the cited year picks "
                        "one (default: earliest in print)")
    parser.add_argument("--language", default="en",
                        help="preferred edition language when the citation has none "
                        "(ISO 639-1, default: en)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    record = citation_record(args.citation)
    before = record.to_csl()
    settings = MatchSettings(edition_rule=EditionRule(order=args.edition,
                                                      language=args.language))
    lookup = LookupSettings(offline=args.offline, cache=not args.no_cache, match=settings)
    with Lookups(settings=lookup, warn=_warn) as lookups:
        result = lookups.enrich(record)
    if args.json:
        print(json.dumps(as_json(args.citation, before, result), ensure_ascii=False, indent=2))
    else:
        print(as_text(args.citation, result))
    return 0 if result.status == "enriched" else 1


def _warn(message: str) -> None:
    print(f"biblio: warning: {message.split('; records are')[0]}", file=sys.stderr)


def citation_record(text: str) -> Record:
    """The record to look up: a bare ISBN, or what the parser reads in the citation."""
    if _ISBN_ONLY.match(text):
        isbn13 = isbns.to_isbn13(text)
        if isbn13 is None:
            raise BiblioError(f"{text.strip()!r} is not a valid ISBN (check digit or length)")
        return Record(type="book", isbn=isbn13)
    parsed = parse_citation(text)
    if not parsed.is_citation:
        raise BiblioError(f"{text!r} does not read as a citation: {parsed.reason}")
    return parsed.record


def as_json(query: str, before: dict[str, Any], result: Enrichment) -> dict[str, Any]:
    entry = result.to_report()
    entry.pop("id", None)
    return {"query": query, "cited": before, **entry, "record": result.record.to_csl()}


def as_text(query: str, result: Enrichment) -> str:
    lines = [query, f"  status      {result.status}" + (
        f", confidence {result.confidence:.2f}" if result.confidence else "")]
    if result.reason:
        lines.append(f"  why         {result.reason}")
    if result.chosen is not None and result.status == "enriched":
        lines.append(f"  match       {_describe(candidate_summary(result.chosen))}")
        if result.edition_reason:
            lines.append(f"  edition     chosen by {_EDITION_REASONS[result.edition_reason]}")
    if result.filled:
        lines.append("  filled")
        width = max(len(var) for var in result.filled)
        for var, source in result.filled.items():
            value = _show(result.record.get(var))
            origin = source.provider + (f" {source.key}" if source.key else "")
            lines.append(f"    {var:<{width}}  {value}  ← {origin}")
    if result.runners_up:
        lines.append("  runners-up")
        lines.extend(f"    {_describe(candidate_summary(r))}" for r in result.runners_up)
    lines.extend(f"  note        {note}" for note in result.notes)
    return "\n".join(lines)


_EDITION_REASONS = {
    "isbn": "the ISBN cited",
    "year": "the year cited",
    "rule": "the edition rule (no ISBN or edition of the cited year)",
}


def _describe(summary: dict[str, Any]) -> str:
    authors = ", ".join(summary["authors"][:2])
    facts = ", ".join(str(v) for v in (summary["publisher"], summary["year"]) if v)
    text = f"{summary['score']:.2f}  {summary['title']}"
    text += f" — {authors}" if authors else ""
    text += f" ({facts})" if facts else ""
    return f"{text}  [{summary['provider']} {summary['key']}]"


def _show(value: Any) -> str:
    iso = getattr(value, "iso", None)
    return str(iso()) if callable(iso) else str(value)
