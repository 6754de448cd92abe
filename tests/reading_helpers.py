"""How the parser tests look at a reading: title, family names, year."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from biblio import extract, iter_extract, parse_citation
from biblio.model import Name


def reading(line: str) -> tuple[str | None, list[tuple[str | None, str | None]], int | None]:
    """One line read as a citation: its full title, (given, family) names and year."""
    parsed = parse_citation(line)
    assert parsed.is_citation, parsed.reason
    record = parsed.record
    return record.full_title, [(n.given, n.family) for n in record.author], record.year


def csl_reading(line: str) -> dict[str, Any]:
    """One line read as a citation, as the CSL-JSON record a user gets."""
    parsed = parse_citation(line)
    assert parsed.is_citation, parsed.reason
    return parsed.record.to_csl()


def families(names: Iterable[Name] | None) -> list[str | None]:
    """Family names, or the whole name of an organisation."""
    return [n.family or n.literal for n in names or []]


def extracted(text: str, fmt: str = "text") -> list[tuple[str | None, list[str | None]]]:
    """What `biblio.extract` finds in a document: full titles with the authors' families."""
    return [(c.record.full_title, families(c.record.author))
            for c in extract(text, fmt)]  # type: ignore[arg-type]


def line_records(text: str, fmt: str = "text") -> list[tuple[int, str | None, list[str]]]:
    """Line, full title and authors of every record a document gives, in line order."""
    return [(o.line, c.record.full_title, [n.display() for n in c.record.author])
            for o in iter_extract(text, fmt) for c in o.citations]  # type: ignore[arg-type]


def works_by_line(text: str, fmt: str = "text") -> dict[int, list[tuple[str, list[str]]]]:
    """Each line's works, as (full title, authors' family names), by its line."""
    return {line: [(title, families) for title, families, _, _ in works]
            for line, works in line_works(text, fmt).items()}


def line_works(text: str,
               fmt: str = "text") -> dict[int, list[tuple[str, list[str], list[str], str]]]:
    """Line → (full title, authors' family names, their given names, type) of each record;
    an organisation stands by its whole name."""
    return {o.line: [(c.record.full_title or "", [n.family or n.literal or ""
                                                 for n in c.record.author],
                      [n.given or "" for n in c.record.author], c.record.type)
                     for c in o.citations]
            for o in iter_extract(text, fmt)  # type: ignore[arg-type]
            if o.citations}
