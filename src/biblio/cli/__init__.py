"""The `biblio` command: a thin layer over the Python API.

Each subcommand lives in its own module with ``add_parser(subparsers)`` and
``run(args) -> int``; this module only wires them together.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from .. import __version__
from ..problems import BiblioError

SUBCOMMANDS: tuple[str, ...] = ("convert", "lookup", "enrich", "batch")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with `command`, only that subcommand's module is imported.

    The others get a bare entry, enough for argparse to accept or list the
    name, so ``biblio convert`` does not import the HTTP stack that ``biblio
    lookup`` needs.
    """
    parser = argparse.ArgumentParser(
        prog="biblio",
        description="Turn citations in show notes and bibliography files into real records.",
    )
    parser.add_argument("--version", action="version", version=f"biblio {__version__}")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in SUBCOMMANDS:
        if command is not None and name != command:
            subparsers.add_parser(name)
            continue
        importlib.import_module(f"biblio.cli.{name}").add_parser(subparsers)
    return parser


def _command(argv: Sequence[str]) -> str | None:
    """The subcommand `argv` names: its first word that is not an option."""
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    return first if first in SUBCOMMANDS else None


class _LevelFormatter(logging.Formatter):
    """``biblio: warning: …``: the same shape as the commands' own messages."""

    def format(self, record: logging.LogRecord) -> str:
        return f"biblio: {record.levelname.lower()}: {record.getMessage()}"


def _setup_logging() -> None:
    logger = logging.getLogger("biblio")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_LevelFormatter())
        logger.addHandler(handler)
        logger.setLevel(logging.WARNING)


def main(argv: Sequence[str] | None = None) -> int:
    _setup_logging()
    if argv is None:
        argv = sys.argv[1:]
    parser = build_parser(_command(argv))
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except BiblioError as exc:
        print(f"biblio: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("biblio: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
