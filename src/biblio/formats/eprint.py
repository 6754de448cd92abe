"""An arXiv preprint's identifier in BibTeX and BibLaTeX.

The model keeps it as Zotero's CSL export does, a preprint's `number`
("arXiv:1301.3781"); biblatex and biber want it as ``eprint`` with
``eprinttype = {arxiv}``, and the BibTeX styles arXiv recommends read
``eprint`` with ``archiveprefix = {arXiv}``.  Zotero's importer reads both.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from ..model import Record

_PREFIX = "arXiv:"


def add_eprint(rec: Record, add: Callable[[str, str], None], biblatex: bool) -> None:
    if rec.type != "article" or not (rec.number or "").startswith(_PREFIX):
        return
    add("eprint", "{" + (rec.number or "")[len(_PREFIX):] + "}")
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
