"""The look-up options `biblio convert`, `biblio batch` and `biblio enrich` share, stated once."""

from __future__ import annotations

import argparse
from typing import get_args

from ..engine import Scope
from ..lookup.service import LookupSettings, parse_rate
from ..problems import BiblioError

DEFAULT_JOBS = 8


def add_lookup_options(parser: argparse.ArgumentParser, *, scope: bool = True) -> None:
    """--enrich, --offline, --no-cache, --rate, --jobs and --redis, same names and meaning."""
    group = parser.add_argument_group("book lookups (ISBN, publisher, edition)")
    if scope:
        group.add_argument(
            "--enrich", choices=get_args(Scope), default="notes",
            help="which records to look up in the book APIs: citations read from show notes "
            "(default), all records (bibliography files too), or none",
        )
    group.add_argument(
        "--offline", action="store_true",
        help="make no network requests: answer from the answer store and the HTTP cache only",
    )
    group.add_argument(
        "--no-cache", action="store_true",
        help="neither read nor write the persistent cache and answer store "
        "(answers kept for this run only)",
    )
    group.add_argument(
        "--rate", action="append", default=[], metavar="API=N",
        help="requests per second for one API, e.g. openlibrary=3 "
        "(repeatable; default: the configuration's)",
    )
    group.add_argument(
        "-j", "--jobs", type=int, default=DEFAULT_JOBS, metavar="N",
        help=f"lookups in flight at once (default: {DEFAULT_JOBS}); the rate limits, "
        "not this, bound the requests per second",
    )
    group.add_argument(
        "--redis", metavar="URL",
        help="share the HTTP cache, the answer store and the rate limits with other "
        "workers through this Redis (redis://host:6379/0)",
    )


def lookup_settings(args: argparse.Namespace) -> LookupSettings:
    """The `LookupSettings` the shared flags ask for."""
    if args.jobs < 1:
        raise BiblioError("--jobs must be at least 1")
    if args.no_cache and args.redis:
        raise BiblioError("--no-cache and --redis contradict each other: choose one")
    return LookupSettings(offline=args.offline, cache=not args.no_cache,
                          rates=dict(parse_rate(text) for text in args.rate),
                          redis_url=args.redis)
