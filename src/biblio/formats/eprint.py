"""An arXiv preprint's identifier in BibTeX and BibLaTeX.

The model keeps it as Zotero's CSL export does, a preprint's `number`
("arXiv:1301.3781"); biblatex and biber want it as ``eprint`` with
``eprinttype = {arxiv}``, and the BibTeX styles arXiv recommends read
``eprint`` with ``archiveprefix = {arXiv}``.  Zotero's importer reads both.
RIS has no tag for it (Zotero's own RIS export drops a preprint's archive ID),
so it travels as the ``arXiv: 1301.3781`` line that Zotero's arXiv translator
and Better BibTeX keep in Extra (RIS ``M2``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ..model import Record

_PREFIX = "arXiv:"
_EXTRA_LINE = re.compile(r"^[ \t]*arXiv[ \t]*:[ \t]*(\S+)[ \t]*$", re.IGNORECASE)


def _arxiv_id(rec: Record) -> str | None:
    """"1706.03762" of a preprint numbered "arXiv:1706.03762"."""
    number = rec.number or ""
    return number[len(_PREFIX):] if rec.type == "article" and number.startswith(_PREFIX) \
        else None


def add_eprint(rec: Record, add: Callable[[str, str], None], biblatex: bool) -> None:
    if (arxiv := _arxiv_id(rec)) is None:
        return
    add("eprint", "{" + arxiv + "}")
    add("eprinttype" if biblatex else "archiveprefix", "{arXiv}")


def read_eprint(rec: Record, values: Mapping[str, str]) -> None:
    """Keep an entry's arXiv identifier, and call an @misc or @online with one a preprint."""
    archive = (values.get("eprinttype") or values.get("archiveprefix") or "").strip().lower()
    eprint = (values.get("eprint") or "").strip()
    if archive != "arxiv" or not eprint:
        return
    if rec.type in ("document", "webpage"):
        rec.type = "article"
    if rec.type == "article" and rec.number is None:
        rec.number = _PREFIX + eprint


def with_eprint_line(rec: Record, note: str | None) -> str | None:
    """The note (Zotero's Extra) with the preprint's ``arXiv: …`` line first."""
    if (arxiv := _arxiv_id(rec)) is None:
        return note
    return f"arXiv: {arxiv}\n{note}" if note else f"arXiv: {arxiv}"


def take_eprint_line(rec: Record) -> None:
    """An article whose Extra has an ``arXiv: …`` line is that preprint."""
    if rec.type != "article" or rec.number is not None or not rec.note:
        return
    lines = rec.note.split("\n")
    for i, line in enumerate(lines):
        if (m := _EXTRA_LINE.match(line)) is not None:
            rec.number = _PREFIX + m.group(1)
            rec.note = "\n".join(lines[:i] + lines[i + 1:]).strip("\n") or None
            return
